import type { LeadsQueue, LeadsRequestDetail, QueueItem } from '../domain/leads-api.js';
import { asApiError, type Api, type ApiError } from './api.js';
import { button, byId, fill, h, type Child } from './dom.js';
import { formatDateTime, plural } from './format.js';
import type { PageShell } from './shell.js';
import { readParams, writeParams } from './ui.js';

/** What the leads' view gets from its session. */
export interface LeadsCtx {
  api: Api;
  page: PageShell;
  /** Inside Teams: opens a deep link through Teams (outside it, the link opens as a link). */
  openLink: ((url: string) => Promise<void>) | undefined;
  /** Sign-in, "not a lead" and "Teams did not answer" replace the page; other failures are alerts. */
  failed(err: ApiError, retry?: () => void): void;
}

/**
 * The leads' queue: a line of counts, then the open requests of the lead's settings by group
 * (unclaimed, yours, waiting on the asker, held by a colleague, recently answered), each with its
 * deadline in words; a reference opens the request (the anonymised question, its fields and the
 * exchanges) with a link to its card in the leads' channel, where the card's actions apply.
 */
export function showLeadsView(ctx: LeadsCtx): void {
  const { api, page } = ctx;
  const root = h('div', { class: 'leads' });
  let queue: LeadsQueue | undefined;
  let shown = false;
  /** A claim or release since the queue was read: Back reads it again. */
  let stale = false;

  async function load(focus = false): Promise<void> {
    page.status('Loading your queue…');
    if (!shown) page.loading('Loading your queue…');
    try {
      queue = await api.get<LeadsQueue>('queue');
      stale = false;
    } catch (e) {
      ctx.failed(asApiError(e), () => void load(focus));
      return;
    }
    fill(page.signedIn, 'Signed in as ', h('strong', {}, queue.user.displayName));
    page.signedIn.hidden = false;
    if (!shown) {
      page.panel(root);
      shown = true;
    }
    const open = readParams().get('request');
    if (open) {
      void openRequest(open);
      return;
    }
    renderList(focus);
  }

  function renderList(focus: boolean): void {
    if (!queue) return;
    const q = queue;
    const several = q.settings.length > 1;
    const c = q.counts;
    const summary = [
      `${c.unclaimed} unclaimed`,
      `${c.mine} yours`,
      `${c.waiting} waiting on the asker`,
      plural(c.past, 'past its deadline', 'past their deadline'),
      `${c.near} due soon`,
      // Rule 7: advice given, and the asker has not recorded their decision yet (reminders go out; this is the figure an audit asks for).
      `${q.awaitingDecision} advised, decision not yet recorded`,
    ];
    const groups = q.groups
      .map(({ group, label }) => ({ label, items: q.items.filter((i) => i.group === group) }))
      .filter((g) => g.items.length > 0)
      .map((g, n) => groupTable(g.label, g.items, several, n));
    fill(
      root,
      h('h2', { id: 'queue-heading', tabindex: -1 }, 'Your queue'),
      h(
        'p',
        { class: 'meta' },
        `${several ? 'Settings' : 'Setting'}: ${q.settings.map((s) => s.name).join(', ')} · updated ${formatDateTime(q.at)} `,
        button('Refresh', () => void load(true), { class: 'link-button' }),
      ),
      q.unreachable > 0
        ? h('p', { class: 'notice', role: 'note' }, `Teams did not answer for ${plural(q.unreachable, "other setting's leads' team", "other settings' leads' teams")}: if you are a lead there too, those requests are not shown. Refresh to ask again.`)
        : null,
      h('ul', { class: 'queue-summary', 'aria-label': 'Your queue at a glance' }, summary.map((s) => h('li', {}, s))),
      groups.length ? groups : h('p', { class: 'empty' }, "No open requests in your settings' queues."),
      q.truncated ? h('p', { class: 'notice' }, 'A setting has more open requests than this page holds: the oldest are shown. See the leads’ channel for the rest.') : null,
    );
    page.status(`${plural(q.items.length, 'request', 'requests')} in your queue.`);
    if (focus) byId('queue-heading').focus();
  }

  function groupTable(label: string, items: QueueItem[], several: boolean, n: number): HTMLElement {
    const id = `group-${n}`;
    return h(
      'section',
      { class: 'queue-group', 'aria-labelledby': id },
      h('h3', { id }, `${label} (${items.length})`),
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'data queue-table' },
          h('caption', { class: 'visually-hidden' }, label),
          h(
            'thead',
            {},
            h('tr', {}, ['Reference', several ? 'Setting' : null, 'Status', 'Urgency', 'Asked', 'Deadline', 'Held by'].filter(Boolean).map((t) => h('th', { scope: 'col' }, t))),
          ),
          h(
            'tbody',
            {},
            items.map((i) =>
              h(
                'tr',
                { 'data-request': i.requestId },
                h('th', { scope: 'row' }, referenceButton(i)),
                several ? h('td', {}, i.settingName) : null,
                h('td', {}, i.statusLabel, i.waitingOnAsker ? h('span', { class: 'badge' }, 'Waiting on the asker') : null),
                h('td', {}, i.urgencyLabel),
                h('td', {}, `${i.age} ago`),
                h('td', {}, deadlineText(i)),
                h('td', {}, holderText(i)),
              ),
            ),
          ),
        ),
      ),
    );
  }

  function referenceButton(i: QueueItem): HTMLButtonElement {
    const b: HTMLButtonElement = button(i.reference, () => void openRequest(i.requestId, b), { class: 'link-button', 'aria-label': `Open request ${i.reference}` });
    return b;
  }

  async function openRequest(requestId: string, trigger?: HTMLElement): Promise<void> {
    writeParams({ request: requestId });
    page.status('Opening the request…');
    let detail: LeadsRequestDetail;
    try {
      detail = await api.get<LeadsRequestDetail>(`queue/${encodeURIComponent(requestId)}`);
    } catch (e) {
      const err = asApiError(e);
      if (err.code === 'not_found') {
        writeParams({ request: undefined });
        renderList(false);
        page.alert(err.message);
        return;
      }
      ctx.failed(err, () => void openRequest(requestId, trigger));
      return;
    }
    renderDetail(detail, trigger);
  }

  async function back(trigger?: HTMLElement): Promise<void> {
    writeParams({ request: undefined });
    const again = trigger?.closest('tr')?.getAttribute('data-request');
    if (stale) await load(!again);
    else renderList(!again);
    const row = again ? root.querySelector<HTMLElement>(`tr[data-request="${CSS.escape(again)}"] button`) : null;
    row?.focus();
  }

  function renderDetail(d: LeadsRequestDetail, trigger?: HTMLElement): void {
    const i = d.item;
    const link = i.channelLink;
    const facts: [string, Child][] = [
      ['Setting', i.settingName],
      ['Status', i.statusLabel],
      ['Urgency', i.urgencyLabel],
      ['Asked', `${i.age} ago`],
      ['Deadline', i.deadline ? deadlineText(i) : 'None now'],
      ['Held by', holderText(i)],
      ...(d.asker ? [['Asked by', d.asker] as [string, Child]] : []),
    ];
    const channel = link
      ? h(
          'a',
          { href: link, target: '_blank', rel: 'noopener noreferrer', class: 'channel-link' },
          "Open its card in the leads' channel",
        )
      : null;
    channel?.addEventListener('click', (e) => {
      if (!ctx.openLink || !link) return;
      e.preventDefault();
      ctx.openLink(link).catch(() => window.open(link, '_blank', 'noopener'));
    });
    const backButton = button('Back to the queue', () => void back(trigger));
    const act = (action: 'claim' | 'release', label: string) => {
      const b = button(label, () => void run(), { class: action === 'claim' ? 'primary' : undefined });
      let busy = false;
      const run = async () => {
        if (busy) return;
        busy = true;
        b.setAttribute('aria-disabled', 'true');
        page.status(action === 'claim' ? 'Claiming…' : 'Releasing…');
        try {
          const next = await api.post<LeadsRequestDetail>(`queue/${encodeURIComponent(i.requestId)}/${action}`, {});
          stale = true;
          page.clearAlert();
          renderDetail(next, trigger);
          page.status(action === 'claim' ? `You have claimed ${i.reference}.` : `You have released ${i.reference}.`);
        } catch (e) {
          const err = asApiError(e);
          busy = false;
          b.removeAttribute('aria-disabled');
          if (err.code === 'conflict') {
            stale = true;
            await openRequest(i.requestId, trigger);
            page.alert(err.message);
          } else ctx.failed(err, () => void run());
        }
      };
      return b;
    };
    const actions =
      i.status === 'sent' ? act('claim', 'Claim') : i.status === 'claimed' && i.holder?.isYou ? act('release', 'Release') : null;
    fill(
      root,
      h(
        'div',
        { class: 'detail' },
        h('div', { class: 'detail-bar' }, backButton),
        h('h2', { id: 'request-heading', tabindex: -1 }, `Request ${i.reference}`),
        h('dl', { class: 'facts' }, facts.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v)))),
        actions ? h('div', { class: 'actions' }, actions) : null,
        channel
          ? h('p', {}, channel, ' — assign, answer, ask the asker or close it there, on the card.')
          : h('p', { class: 'none' }, "Not yet posted in the leads' channel."),
        h('section', { 'aria-labelledby': 'question-heading' }, h('h3', { id: 'question-heading' }, 'The question (anonymised)'), h('p', { class: 'text' }, d.question)),
        h('section', { 'aria-labelledby': 'fields-heading' }, h('h3', { id: 'fields-heading' }, 'Details'), h('dl', { class: 'facts' }, d.fields.map((f) => h('div', {}, h('dt', {}, f.label), h('dd', {}, f.value))))),
        h(
          'section',
          { 'aria-labelledby': 'exchanges-heading' },
          h('h3', { id: 'exchanges-heading' }, 'Follow-up questions and replies'),
          d.exchanges.length
            ? h(
                'ol',
                { class: 'plain exchanges' },
                d.exchanges.map((x) => h('li', {}, h('p', { class: 'meta' }, `${x.from === 'lead' ? 'Lead' : 'Asker'}: ${x.by}, ${formatDateTime(x.at)}`), h('p', { class: 'text' }, x.text))),
              )
            : h('p', { class: 'none' }, 'None yet.'),
        ),
        d.answer
          ? h(
              'section',
              { 'aria-labelledby': 'advice-heading' },
              h('h3', { id: 'advice-heading' }, 'Advice given'),
              h('p', {}, h('strong', {}, d.answer.recommendation)),
              h('p', { class: 'text' }, d.answer.text),
              h('p', { class: 'meta' }, `${d.answer.by}, ${formatDateTime(d.answer.at)}`),
            )
          : null,
      ),
    );
    root.querySelector('.detail')?.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') void back(trigger);
    });
    page.status(`Request ${i.reference} open.`);
    byId('request-heading').focus();
  }

  void load();
}

/** The deadline in words; past ones red, near ones marked, each with its words (never colour alone). */
function deadlineText(i: QueueItem): Child {
  if (!i.deadline) return h('span', { class: 'none' }, '—');
  return h('span', { class: `deadline deadline-${i.deadline.state}` }, i.deadline.label);
}

function holderText(i: QueueItem): Child {
  if (!i.holder) return h('span', { class: 'none' }, 'No one yet');
  return i.holder.isYou ? `You (${i.holder.displayName})` : i.holder.displayName;
}
