import type { Metrics, WeekFigures } from '../domain/reporting.js';
import { asApiError } from './api.js';
import type { ChartSpec, DrawChart, DrawnChart, Series } from './chart-spec.js';
import { fill, h, markInvalid, type Child } from './dom.js';
import { DATE_HINT, addDays, formatDate, formatDateNumeric, formatMinutes, parseUkDate, plural, ukToday } from './format.js';
import { readParams, reducedMotion, writeParams, type Ctx } from './ui.js';

export interface TrendsView {
  element: HTMLElement;
  /** Loads the figures the first time the view is shown. */
  shown(): void;
}

const WEEKS = 12;

interface ChartDef {
  id: string;
  title: string;
  spec: ChartSpec;
  /** What the chart shows, for its accessible name. */
  summary: string;
  /** Columns of the data table, after the week. */
  columns: string[];
  cells: (w: WeekFigures) => string[];
}

const weekLabel = (week: string) => formatDate(week).replace(/ \d{4}$/, '');

function peak(weeks: readonly WeekFigures[], value: (w: WeekFigures) => number): string {
  let best: WeekFigures | undefined;
  for (const w of weeks) if (!best || value(w) > value(best)) best = w;
  return best && value(best) > 0 ? ` The highest was ${value(best)} in the week beginning ${formatDate(best.week)}.` : '';
}

function chartDefs(m: Metrics, decisionLabel: (d: 'share' | 'share_part' | 'not_share') => string): ChartDef[] {
  const weeks = m.weeks;
  const labels = weeks.map((w) => weekLabel(w.week));
  const span = weeks.length ? `${plural(weeks.length, 'week', 'weeks')} from ${formatDate(m.from)}` : 'no weeks';
  const t = m.totals;
  const minutes = (get: (w: WeekFigures) => number | undefined) => weeks.map((w) => get(w) ?? null);
  const time = (v: number | undefined) => formatMinutes(v);
  const decisions: Series[] = [
    { label: decisionLabel('share'), values: weeks.map((w) => w.decisions.share), colour: 1, fill: 'solid' },
    { label: decisionLabel('share_part'), values: weeks.map((w) => w.decisions.share_part), colour: 3, fill: 'stripes' },
    { label: decisionLabel('not_share'), values: weeks.map((w) => w.decisions.not_share), colour: 2, fill: 'dots' },
  ];
  return [
    {
      id: 'requests',
      title: 'Requests for advice per week',
      spec: { kind: 'bar', labels, unit: 'count', series: [{ label: 'Requests', values: weeks.map((w) => w.requests), colour: 1, fill: 'solid' }] },
      summary: `Bar chart of requests for advice per week, ${span}: ${t.requests} in total.${peak(weeks, (w) => w.requests)}`,
      columns: ['Requests'],
      cells: (w) => [String(w.requests)],
    },
    {
      id: 'times',
      title: 'Time to claim and to answer per week',
      spec: {
        kind: 'line',
        labels,
        unit: 'minutes',
        series: [
          { label: 'Time to claim, median', values: minutes((w) => w.claimMinutes.p50), colour: 1, fill: 'solid', point: 'circle' },
          { label: 'Time to claim, 90th percentile', values: minutes((w) => w.claimMinutes.p90), colour: 1, fill: 'dashed', point: 'circle' },
          { label: 'Time to answer, median', values: minutes((w) => w.answerMinutes.p50), colour: 2, fill: 'solid', point: 'rectRot' },
          { label: 'Time to answer, 90th percentile', values: minutes((w) => w.answerMinutes.p90), colour: 2, fill: 'dashed', point: 'rectRot' },
        ],
      },
      summary: `Line chart of the median and 90th percentile time from asking to claim and to answer, per week, ${span}. Over the whole period: time to claim, median ${time(t.claimMinutes.p50)}, 90th percentile ${time(t.claimMinutes.p90)}; time to answer, median ${time(t.answerMinutes.p50)}, 90th percentile ${time(t.answerMinutes.p90)}.`,
      columns: ['Time to claim, median', 'Time to claim, 90th percentile', 'Time to answer, median', 'Time to answer, 90th percentile'],
      cells: (w) => [time(w.claimMinutes.p50), time(w.claimMinutes.p90), time(w.answerMinutes.p50), time(w.answerMinutes.p90)],
    },
    {
      id: 'decisions',
      title: 'Decisions per week',
      spec: { kind: 'bar', stacked: true, labels, unit: 'count', series: decisions },
      summary: `Stacked bar chart of decisions per week, ${span}. In total: ${decisions.map((s, i) => `${s.label} ${[t.decisions.share, t.decisions.share_part, t.decisions.not_share][i]}`).join(', ')}.`,
      columns: decisions.map((s) => s.label),
      cells: (w) => [String(w.decisions.share), String(w.decisions.share_part), String(w.decisions.not_share)],
    },
    {
      id: 'followThrough',
      title: 'Advice given, decision not recorded, by the week asked',
      spec: { kind: 'bar', labels, unit: 'count', series: [{ label: 'Advice given, no decision recorded yet', values: weeks.map((w) => w.awaitingDecision), colour: 3, fill: 'solid' }] },
      summary: `Bar chart, per week the request was asked, of requests that have had advice and have no decision recorded yet, ${span}: ${t.awaitingDecision} in total.${peak(weeks, (w) => w.awaitingDecision)}`,
      columns: ['Advice given, no decision recorded yet'],
      cells: (w) => [String(w.awaitingDecision)],
    },
    {
      id: 'consent',
      title: 'Shared without consent, and escalations, per week',
      spec: {
        kind: 'bar',
        labels,
        unit: 'count',
        series: [
          { label: 'Shared without consent', values: weeks.map((w) => w.sharedWithoutConsent), colour: 4, fill: 'solid' },
          { label: 'Escalations', values: weeks.map((w) => w.escalations), colour: 2, fill: 'stripes' },
        ],
      },
      summary: `Bar chart, per week, of decisions to share without consent and of escalations (requests not claimed or answered in time), ${span}. In total: shared without consent ${t.sharedWithoutConsent}, escalations ${t.escalations}.`,
      columns: ['Shared without consent', 'Escalations'],
      cells: (w) => [String(w.sharedWithoutConsent), String(w.escalations)],
    },
  ];
}

function tiles(m: Metrics, decisionLabel: (d: 'share' | 'share_part' | 'not_share') => string): HTMLElement {
  const t = m.totals;
  const tile = (label: string, value: string, note?: string) => h('div', { class: 'tile' }, h('dt', {}, label), h('dd', {}, h('span', { class: 'value' }, value), note ? h('span', { class: 'note' }, note) : null));
  const timeNote = (n: number, what: string) => (n ? `from ${plural(n, 'request', 'requests')} ${what}` : `no requests ${what}`);
  return h(
    'dl',
    { class: 'tiles', 'aria-label': 'Headline figures' },
    tile('Requests for advice', String(t.requests), `${t.answered} answered`),
    tile('Median time to claim', formatMinutes(t.claimMinutes.p50), timeNote(t.claimMinutes.n, 'claimed')),
    tile('90th percentile time to claim', formatMinutes(t.claimMinutes.p90)),
    tile('Median time to answer', formatMinutes(t.answerMinutes.p50), timeNote(t.answerMinutes.n, 'answered')),
    tile('90th percentile time to answer', formatMinutes(t.answerMinutes.p90)),
    tile(decisionLabel('share'), String(t.decisions.share), 'decisions'),
    tile(decisionLabel('share_part'), String(t.decisions.share_part), 'decisions'),
    tile(decisionLabel('not_share'), String(t.decisions.not_share), 'decisions'),
    tile('Advice given, decision not recorded', String(m.awaitingDecisionNow), 'requests, now (rule 7)'),
    tile('Shared without consent', String(t.sharedWithoutConsent), 'decisions'),
    tile('Escalations', String(t.escalations), 'deadlines missed'),
  );
}

function legend(def: ChartDef): Child {
  if (def.spec.series.length < 2) return null;
  return h(
    'ul',
    { class: 'legend', 'aria-label': `Key to ${def.title.toLowerCase()}` },
    def.spec.series.map((s) => h('li', {}, h('span', { class: `swatch c${s.colour} ${def.spec.kind}-${s.fill}${s.point ? ` point-${s.point}` : ''}`, 'aria-hidden': 'true' }), s.label)),
  );
}

function dataTable(def: ChartDef, m: Metrics): HTMLElement {
  return h(
    'details',
    { class: 'chart-data' },
    h('summary', {}, `Show the figures: ${def.title.toLowerCase()}`),
    h(
      'div',
      { class: 'table-scroll', role: 'region', 'aria-label': `${def.title}, figures`, tabindex: 0 },
      h(
        'table',
        { class: 'data' },
        h('caption', {}, def.title),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Week beginning'), def.columns.map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, m.weeks.map((w) => h('tr', {}, h('th', { scope: 'row' }, formatDate(w.week)), def.cells(w).map((c) => h('td', {}, c))))),
      ),
    ),
  );
}

/** Headline figures and weekly charts for a period (default: the last 12 weeks). */
export function createTrendsView(ctx: Ctx): TrendsView {
  const params = readParams();
  const today = ukToday();
  // The last 12 weeks: from the Monday eleven weeks before this week's Monday, to today.
  const thisMonday = addDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
  // The period as YYYY-MM-DD; the fields show it day/month/year (text fields: a date input follows the browser's order).
  const period = { from: params.get('trendsFrom') ?? addDays(thisMonday, -7 * (WEEKS - 1)), to: params.get('trendsTo') ?? today };
  const dateInput = (id: string, name: string, day: string) =>
    h('input', { type: 'text', id, name, inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', class: 'date-input', 'aria-describedby': 'trends-hint', value: formatDateNumeric(day) });
  const fromInput = dateInput('trends-from', 'from', period.from);
  const toInput = dateInput('trends-to', 'to', period.to);
  const error = h('p', { class: 'field-error', id: 'trends-error', hidden: true });
  const form = h(
    'form',
    { class: 'filters period', 'aria-labelledby': 'period-heading', novalidate: true },
    h('h2', { id: 'period-heading' }, 'Period'),
    h('p', { class: 'hint', id: 'trends-hint' }, DATE_HINT),
    h(
      'div',
      { class: 'field-grid' },
      h('div', { class: 'field' }, h('label', { for: 'trends-from' }, 'Period from'), fromInput),
      h('div', { class: 'field' }, h('label', { for: 'trends-to' }, 'Period to'), toInput),
    ),
    error,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Show trends')),
  );
  const body = h('div', { class: 'trends-body', 'aria-busy': 'false' });
  const element = h('div', { class: 'trends-view' }, form, body);

  let loaded = false;
  let metrics: Metrics | undefined;
  let drawn: DrawnChart[] = [];
  let draw: DrawChart | undefined;
  let generation = 0;

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const from = parseUkDate(fromInput.value);
    const to = parseUkDate(toInput.value);
    const problem =
      from === undefined || to === undefined ? 'Enter both dates.' : from === null || to === null ? `Enter real dates: ${DATE_HINT.toLowerCase()}` : from > to ? '"Period to" must not be before "Period from".' : undefined;
    error.textContent = problem ?? '';
    error.hidden = !problem;
    for (const input of [fromInput, toInput]) markInvalid(input, error.id, Boolean(problem));
    if (problem || !from || !to) {
      (from ? toInput : fromInput).focus();
      return;
    }
    period.from = from;
    period.to = to;
    writeParams({ trendsFrom: from, trendsTo: to });
    void load();
  });

  const decisionLabel = (d: 'share' | 'share_part' | 'not_share') => ctx.labels.of('decisions', d);

  function drawCharts(): void {
    for (const c of drawn) c.destroy();
    drawn = [];
    if (!metrics || !draw) return;
    for (const def of chartDefs(metrics, decisionLabel)) {
      const canvas = body.querySelector<HTMLCanvasElement>(`canvas[data-chart="${def.id}"]`);
      if (canvas) drawn.push(draw(canvas, def.spec, { animate: !reducedMotion(), formatMinutes }));
    }
  }

  function render(m: Metrics): void {
    const defs = chartDefs(m, decisionLabel);
    for (const c of drawn) c.destroy();
    drawn = [];
    fill(
      body,
      h('h2', {}, `Trends: weeks beginning ${formatDate(m.from)} to ${formatDate(m.to)}`),
      h(
        'p',
        { class: 'hint' },
        'Requests are counted in the week they were asked; decisions in the week they were made. Weeks begin on Monday. "Advice given, decision not recorded" counts answered requests with no decision record yet; it goes down when the decision is recorded.',
      ),
      h('h3', {}, 'Headline figures'),
      tiles(m, decisionLabel),
      defs.map((def) =>
        h(
          'section',
          { class: 'chart', 'aria-labelledby': `chart-${def.id}-heading` },
          h('h3', { id: `chart-${def.id}-heading` }, def.title),
          legend(def),
          h('div', { class: 'chart-box' }, h('canvas', { role: 'img', 'aria-label': def.summary, 'data-chart': def.id }, def.summary)),
          dataTable(def, m),
        ),
      ),
    );
  }

  async function load(): Promise<void> {
    const mine = ++generation;
    body.setAttribute('aria-busy', 'true');
    if (!metrics) fill(body, h('p', { class: 'loading' }, 'Loading trends…'));
    ctx.status('Loading trends…');
    try {
      const [m, chartModule] = await Promise.all([ctx.api.get<Metrics>('metrics', { from: period.from, to: period.to }), draw ? undefined : import('./charts.js')]);
      if (mine !== generation) return;
      if (chartModule) draw = chartModule.drawChart;
      metrics = m;
      render(m);
      drawCharts();
      ctx.clearAlert();
      ctx.status(`Trends loaded for ${plural(m.weeks.length, 'week', 'weeks')}.`);
    } catch (err) {
      if (mine !== generation) return;
      ctx.status('');
      if (!metrics) fill(body, h('p', {}, 'The trends could not be loaded.'));
      ctx.failed(asApiError(err), () => void load());
    } finally {
      if (mine === generation) body.setAttribute('aria-busy', 'false');
    }
  }

  ctx.onThemeChange(() => drawCharts());

  return {
    element,
    shown() {
      if (loaded) return;
      loaded = true;
      void load();
    },
  };
}
