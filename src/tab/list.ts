import type { DecisionPage, DecisionView } from '../domain/reporting.js';
import { asApiError, type Query } from './api.js';
import { button, fill, h, markInvalid } from './dom.js';
import { DATE_HINT, formatDate, formatDateNumeric, parseUkDate, plural, ukToday } from './format.js';
import type { OptionList } from './labels.js';
import { readParams, writeParams, type Ctx } from './ui.js';

/** The list filters, named as the API's query parameters. */
const FILTER_KEYS = ['from', 'to', 'decision', 'lawfulBasis', 'consent', 'area', 'urgency', 'lead', 'status', 'reference'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

const SELECTS: { key: FilterKey; label: string; list: OptionList }[] = [
  { key: 'decision', label: 'Decision', list: 'decisions' },
  { key: 'lawfulBasis', label: 'Lawful basis', list: 'lawfulBases' },
  { key: 'consent', label: 'Consent', list: 'consents' },
  { key: 'area', label: 'Area of concern', list: 'areas' },
  { key: 'urgency', label: 'Urgency', list: 'urgencies' },
  { key: 'lead', label: 'Safeguarding lead', list: 'leads' },
  { key: 'status', label: 'Record status', list: 'statuses' },
];

const DATE_KEYS: readonly FilterKey[] = ['from', 'to'];
/** A date typed day/month/year: a text field, because a date input shows the browser's own order (mm/dd/yyyy in a US browser). */
const dateInput = () => h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', class: 'date-input' });

const REFERENCE_PATTERN = /^(ISA|DEC)(-[0-9A-Z]{0,6})?$|^[A-Z]{1,3}$/;

export function filtersFromUrl(): Filters {
  const params = readParams();
  const f: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  return f;
}

export interface ListView {
  element: HTMLElement;
  /** Loads the first page for the current filters. */
  reload(): Promise<void>;
  /** Puts focus back on a row's reference button (after the detail closes); false when the row is gone. */
  focusRow(recordId: string): boolean;
}

/** The decision list: filters, the table, "Load more" with continuation tokens, and the CSV export. */
export function createListView(ctx: Ctx, openDetail: (row: DecisionView, trigger: HTMLElement) => void): ListView {
  const { labels } = ctx;
  let filters = filtersFromUrl();
  let rows: DecisionView[] = [];
  let continuation: string | undefined;
  let loading = false;
  let exporting = false;
  /** Bumped on every new first-page load, so a slow older answer is dropped. */
  let generation = 0;

  // Filters form.
  const fields = new Map<FilterKey, HTMLInputElement | HTMLSelectElement>();
  const field = (key: FilterKey, label: string, control: HTMLInputElement | HTMLSelectElement, hint?: string) => {
    control.id = `filter-${key}`;
    control.name = key;
    fields.set(key, control);
    const hintId = hint ? `filter-${key}-hint` : undefined;
    if (hintId) control.setAttribute('aria-describedby', hintId);
    return h('div', { class: 'field' }, h('label', { for: control.id }, label), hint ? h('p', { class: 'hint', id: hintId }, hint) : null, control);
  };
  const dateError = h('p', { class: 'field-error', id: 'filter-dates-error', hidden: true });
  const referenceError = h('p', { class: 'field-error', id: 'filter-reference-error', hidden: true });
  const form = h(
    'form',
    { class: 'filters', 'aria-labelledby': 'filters-heading', novalidate: true },
    h('h2', { id: 'filters-heading', tabindex: -1 }, 'Filter decisions'),
    h(
      'div',
      { class: 'field-grid' },
      field('from', 'Decided from', dateInput(), DATE_HINT),
      field('to', 'Decided to', dateInput(), DATE_HINT),
      SELECTS.map(({ key, label, list }) =>
        field(key, label, h('select', {}, h('option', { value: '' }, 'Any'), (labels.options[list] ?? []).map((o) => h('option', { value: o.value }, labels.short(list, o.value))))),
      ),
      field('reference', 'Reference', h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false', inputmode: 'text' }), 'The whole reference or its beginning, such as ISA-7K.'),
    ),
    dateError,
    referenceError,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Apply filters'), button('Clear filters', () => clearFilters())),
  );

  const exportButton = button('Export CSV', () => void exportCsv());
  const exportNote = h('span', { class: 'export-note', id: 'export-note' });
  exportButton.setAttribute('aria-describedby', exportNote.id);
  const count = h('p', { class: 'count', id: 'list-count', 'data-testid': 'list-count' });
  const tableBody = h('tbody');
  const table = h(
    'table',
    { class: 'data decisions-table' },
    h('caption', { id: 'decisions-caption' }, 'Decision records, newest first'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Reference', 'Decided on', 'Decision', 'Lawful basis', 'Consent', 'Area of concern', 'Urgency', 'Lead', 'Status', 'Decision maker'].map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
    tableBody,
  );
  const tableRegion = h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': 'decisions-caption', tabindex: 0 }, table);
  const empty = h('p', { class: 'empty', hidden: true }, 'No decisions match these filters.');
  const moreButton = button('Load more decisions', () => void loadMore(), { hidden: true });
  const moreNote = h('span', { class: 'export-note' });
  const results = h('div', { class: 'results', 'aria-busy': 'false' }, h('div', { class: 'results-bar' }, count, h('div', { class: 'export' }, exportNote, exportButton)), tableRegion, empty, h('div', { class: 'more' }, moreButton, moreNote));

  const element = h('div', { class: 'list-view' }, form, h('h2', { class: 'visually-hidden' }, 'Results'), results);

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = readForm();
    if (!next) return;
    filters = next;
    writeParams(Object.fromEntries(FILTER_KEYS.map((k) => [k, filters[k]])));
    void reload();
  });

  writeForm();

  function writeForm(): void {
    for (const k of FILTER_KEYS) {
      const control = fields.get(k);
      const value = filters[k] ?? '';
      if (control) control.value = DATE_KEYS.includes(k) && value ? formatDateNumeric(value) : value;
    }
  }

  function showFieldError(p: HTMLElement, controls: (HTMLInputElement | HTMLSelectElement | undefined)[], message: string | undefined): void {
    p.textContent = message ?? '';
    p.hidden = !message;
    for (const c of controls) if (c) markInvalid(c, p.id, Boolean(message));
  }

  /** The form's filters, or undefined (with the problem shown by the field) when they cannot be sent. */
  function readForm(): Filters | undefined {
    const next: Filters = {};
    const unreadable: FilterKey[] = [];
    for (const k of FILTER_KEYS) {
      const v = fields.get(k)?.value.trim() ?? '';
      if (!v) continue;
      if (DATE_KEYS.includes(k)) {
        const day = parseUkDate(v);
        if (day) next[k] = day;
        else unreadable.push(k);
      } else next[k] = k === 'reference' ? v.toUpperCase() : v;
    }
    const from = fields.get('from');
    const to = fields.get('to');
    const dateProblem = unreadable.length
      ? `Enter ${unreadable.map((k) => (k === 'from' ? '"Decided from"' : '"Decided to"')).join(' and ')} as a real date: ${DATE_HINT.toLowerCase()}`
      : next.from && next.to && next.from > next.to
        ? '"Decided to" must not be before "Decided from".'
        : undefined;
    const refProblem = next.reference && !REFERENCE_PATTERN.test(next.reference) ? 'Enter a reference such as ISA-7K3Q or DEC-4M2P, or its beginning.' : undefined;
    showFieldError(dateError, [from, to], dateProblem);
    showFieldError(referenceError, [fields.get('reference')], refProblem);
    if (dateProblem) fields.get(unreadable[0] ?? 'to')?.focus();
    else if (refProblem) fields.get('reference')?.focus();
    return dateProblem || refProblem ? undefined : next;
  }

  function clearFilters(): void {
    filters = {};
    writeForm();
    showFieldError(dateError, [fields.get('from'), fields.get('to')], undefined);
    showFieldError(referenceError, [fields.get('reference')], undefined);
    writeParams(Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined])));
    void reload();
  }

  const query = (): Query => ({ ...filters });

  function renderRow(v: DecisionView): HTMLTableRowElement {
    const ref = button(v.reference, () => openDetail(v, ref), { class: 'link-button', 'data-record-id': v.recordId });
    const consent = [labels.short('consents', v.consent), v.sharedWithoutConsent ? h('span', { class: 'badge badge-warn' }, 'Shared without consent') : null];
    const status = v.status === 'amended' ? `${labels.of('statuses', v.status)} (version ${v.version})` : labels.of('statuses', v.status);
    const dash = h('span', { class: 'none' }, h('span', { 'aria-hidden': 'true' }, '—'), h('span', { class: 'visually-hidden' }, 'None'));
    return h(
      'tr',
      { 'data-record-id': v.recordId },
      h('th', { scope: 'row' }, ref),
      h('td', {}, h('time', { datetime: v.decidedOn }, formatDate(v.decidedOn))),
      h('td', {}, labels.of('decisions', v.decision)),
      h('td', {}, v.lawfulBasis ? labels.short('lawfulBases', v.lawfulBasis) : dash.cloneNode(true)),
      h('td', {}, consent),
      h('td', {}, v.area ? labels.short('areas', v.area) : dash.cloneNode(true)),
      h('td', {}, v.urgency ? labels.of('urgencies', v.urgency) : dash.cloneNode(true)),
      h('td', {}, v.lead?.displayName ?? dash.cloneNode(true)),
      h('td', {}, status),
      h('td', {}, v.decisionMaker.displayName),
    );
  }

  function renderCount(): void {
    const shown = plural(rows.length, 'decision', 'decisions');
    count.textContent = continuation ? `Showing the newest ${shown}. More are available.` : rows.length ? `Showing all ${shown}.` : 'Showing 0 decisions.';
    tableRegion.hidden = rows.length === 0;
    empty.hidden = rows.length > 0;
    moreButton.hidden = !continuation;
  }

  function setBusy(busy: boolean): void {
    loading = busy;
    results.setAttribute('aria-busy', String(busy));
    moreButton.setAttribute('aria-disabled', String(busy));
  }

  async function reload(): Promise<void> {
    const mine = ++generation;
    setBusy(true);
    count.textContent = 'Loading decisions…';
    ctx.status('Loading decisions…');
    try {
      const page = await ctx.api.get<DecisionPage>('decisions', query());
      if (mine !== generation) return;
      rows = page.items;
      continuation = page.continuation;
      fill(tableBody, rows.map(renderRow));
      renderCount();
      ctx.clearAlert();
      ctx.status(count.textContent ?? '');
    } catch (err) {
      if (mine !== generation) return;
      ctx.status('');
      count.textContent = rows.length ? `Showing ${plural(rows.length, 'decision', 'decisions')} from before; they could not be refreshed.` : 'The decisions could not be loaded.';
      tableRegion.hidden = rows.length === 0;
      ctx.failed(asApiError(err), () => void reload());
    } finally {
      if (mine === generation) setBusy(false);
    }
  }

  async function loadMore(): Promise<void> {
    if (loading || !continuation) return;
    const mine = generation;
    const hadFocus = document.activeElement === moreButton;
    setBusy(true);
    moreNote.textContent = 'Loading more decisions…';
    ctx.status('Loading more decisions…');
    try {
      const page = await ctx.api.get<DecisionPage>('decisions', { ...query(), continuation });
      if (mine !== generation) return;
      const added = page.items.map(renderRow);
      rows = rows.concat(page.items);
      continuation = page.continuation;
      tableBody.append(...added);
      renderCount();
      ctx.clearAlert();
      ctx.status(`${plural(page.items.length, 'more decision', 'more decisions')} loaded. ${count.textContent ?? ''}`);
      // Keyboard users carry on from the first new row rather than from a button that may have gone.
      if (hadFocus && added[0]) added[0].querySelector('button')?.focus();
    } catch (err) {
      if (mine !== generation) return;
      ctx.status('');
      // The rows already shown stay; only the next page is asked for again (or, if the server cannot continue from there, the list from the start).
      const e = asApiError(err);
      if (e.code === 'bad_request') ctx.alert(e.message, { label: 'Reload the list', action: () => void reload() });
      else ctx.failed(e, () => void loadMore());
    } finally {
      moreNote.textContent = '';
      if (mine === generation) setBusy(false);
    }
  }

  async function exportCsv(): Promise<void> {
    if (exporting) return;
    exporting = true;
    exportButton.setAttribute('aria-disabled', 'true');
    exportNote.textContent = 'Preparing export…';
    ctx.status('Preparing export…');
    try {
      const file = await ctx.api.download('export.csv', query(), `decisions-${ukToday()}.csv`);
      const url = URL.createObjectURL(file.blob);
      const link = h('a', { href: url, download: file.filename, class: 'visually-hidden' }, file.filename);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      ctx.clearAlert();
      exportNote.textContent = `Downloaded ${file.filename}`;
      ctx.status(`Export ready: ${file.filename} has been downloaded.`);
    } catch (err) {
      exportNote.textContent = 'The export failed.';
      ctx.status('');
      ctx.failed(asApiError(err), () => void exportCsv());
    } finally {
      exporting = false;
      exportButton.removeAttribute('aria-disabled');
    }
  }

  return {
    element,
    reload,
    focusRow(recordId) {
      const b = tableBody.querySelector<HTMLButtonElement>(`button[data-record-id="${CSS.escape(recordId)}"]`);
      b?.focus();
      return Boolean(b);
    },
  };
}
