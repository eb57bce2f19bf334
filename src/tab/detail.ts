import type { AuditEntry } from '../domain/audit-trail.js';
import type { DecisionRecord } from '../domain/decision.js';
import type { FieldChange } from '../domain/record-fields.js';
import type { DecisionDetail } from '../domain/tab-api.js';
import type { Child } from './dom.js';
import { h } from './dom.js';
import { formatDate, formatDateTime, plural } from './format.js';
import type { Labels, OptionList } from './labels.js';

export type Row = [label: string, value: Child];

/** A definition list of the rows that have a value. */
export function facts(rows: (Row | false | undefined)[], attrs: Record<string, string> = {}): HTMLDListElement {
  const shown = rows.filter((r): r is Row => Array.isArray(r) && r[1] !== undefined && r[1] !== null && r[1] !== '');
  return h('dl', { class: 'facts', ...attrs }, shown.map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value))));
}

/** Free text as the user approved it, line breaks kept. */
export const text = (s: string | undefined): Child => (s ? h('span', { class: 'text' }, s) : undefined);
export const time = (iso: string | undefined): Child => (iso ? h('time', { datetime: iso }, formatDateTime(iso)) : undefined);
const list = (labels: Labels, kind: OptionList, values: readonly string[] | string | undefined): Child => {
  // One choice or several (a single-choice field may become a list): both read the same.
  const all = typeof values === 'string' ? [values] : values;
  return all && all.length ? (all.length === 1 ? labels.of(kind, all[0]) : h('ul', { class: 'plain' }, all.map((v) => h('li', {}, labels.of(kind, v))))) : undefined;
};

function identifierCheck(labels: Labels, c: DecisionRecord['identifierCheck']): string {
  if (c.found === 0) return 'No possible identifiers were found in the written answers.';
  const kept = c.keptAsNotIdentifying
    ? ` ${plural(c.keptAsNotIdentifying, 'was', 'were')} kept as not identifying${c.keptKinds.length ? ` (${c.keptKinds.map((k) => labels.of('identifierKinds', k).toLowerCase()).join(', ')})` : ''}.`
    : '';
  return `${plural(c.found, 'possible identifier was', 'possible identifiers were')} found; ${c.replaced} replaced.${kept}`;
}

/** Field by field, what an amendment changed from the version before it. */
function changesTable(v: DecisionRecord, changes: readonly FieldChange[]): HTMLElement {
  const captionId = `changes-${v.version}-caption`;
  const none = h('span', { class: 'none' }, 'None');
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-labelledby': captionId, tabindex: 0 },
    h(
      'table',
      { class: 'data changes-table' },
      h('caption', { id: captionId }, `What changed in version ${v.version} from version ${v.version - 1}`),
      h('thead', {}, h('tr', {}, ['Field', 'Before', 'After'].map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        changes.length
          ? changes.map((c) => h('tr', {}, h('th', { scope: 'row' }, c.label), h('td', {}, c.before ? text(c.before) : none.cloneNode(true)), h('td', {}, c.after ? text(c.after) : none.cloneNode(true))))
          : h('tr', {}, h('td', { colspan: 3 }, 'No field changed; only the amendment itself was recorded.')),
      ),
    ),
  );
}

function versionSection(labels: Labels, v: DecisionRecord, latest: boolean, changes: readonly FieldChange[] | undefined): HTMLElement {
  const c = v.content;
  const field = (key: keyof DecisionRecord['content']) => labels.of('fields', key);
  const headingId = `version-${v.version}-heading`;
  const kind = v.amendment ? 'amendment' : 'original record';
  return h(
    'article',
    { class: `version${v.amendment ? ' amended' : ''}`, 'aria-labelledby': headingId },
    h('h4', { id: headingId }, `Version ${v.version}`, h('span', { class: 'tag' }, latest ? `latest, ${kind}` : kind)),
    h('p', { class: 'meta' }, 'Recorded ', time(v.createdAt), ' by ', v.decisionMaker.displayName, '.'),
    v.amendment
      ? h(
          'div',
          { class: 'amendment' },
          h('p', {}, h('strong', {}, 'Amendment: '), 'made by ', v.amendment.by.displayName, ' on ', time(v.amendment.at), '.'),
          h('p', {}, h('strong', {}, 'Why: '), text(v.amendment.reason)),
        )
      : null,
    v.amendment && changes ? changesTable(v, changes) : null,
    facts([
      [field('decision'), labels.of('decisions', c.decision)],
      [field('reasons'), text(c.reasons)],
      [field('whatShared'), text(c.whatShared)],
      [field('requestedDiffered'), text(c.requestedDiffered)],
      [field('recipients'), list(labels, 'recipients', c.recipients)],
      [field('recipientRole'), text(c.recipientRole)],
      [field('purpose'), text(c.purpose)],
      [field('lawfulBasis'), c.lawfulBasis ? labels.of('lawfulBases', c.lawfulBasis) : 'None given'],
      [field('consent'), labels.of('consents', c.consent)],
      [field('publicInterestJustification'), text(c.publicInterestJustification)],
      [field('personTold'), c.personTold ? labels.of('personTold', c.personTold) : undefined],
      [field('notToldReason'), text(c.notToldReason)],
      [field('sharedHow'), list(labels, 'shareMethods', c.sharedHow)],
      [field('sharedOn'), c.sharedOn ? h('time', { datetime: c.sharedOn }, formatDate(c.sharedOn)) : undefined],
      [field('timeLimits'), text(c.timeLimits)],
      [field('restrictions'), text(c.restrictions)],
      ['Decision made', time(v.decidedAt)],
      ['Identifier check', identifierCheck(labels, v.identifierCheck)],
    ]),
  );
}

function auditTable(reference: string, events: readonly AuditEntry[]): HTMLElement {
  const details = (d: AuditEntry['details']) => (d.length ? h('ul', { class: 'plain' }, d.map(({ label, value }) => h('li', {}, `${label}: ${value}`))) : undefined);
  const on = (e: AuditEntry) => (e.subject === 'decision' ? 'Decision record' : 'Request for advice');
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-labelledby': 'audit-caption', tabindex: 0 },
    h(
      'table',
      { class: 'data audit-table' },
      h('caption', { id: 'audit-caption' }, `Audit trail for ${reference}, oldest first`),
      h('thead', {}, h('tr', {}, ['When', 'Who', 'Action', 'Applies to', 'Details'].map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        events.length
          ? events.map((e) => h('tr', {}, h('td', {}, time(e.at)), h('td', {}, e.who), h('td', {}, e.actionLabel), h('td', {}, on(e)), h('td', {}, details(e.details) ?? '')))
          : h('tr', {}, h('td', { colspan: 5 }, 'No audit events.')),
      ),
    ),
  );
}

/** The whole record: every version (latest first), the advice, the request it followed and the audit trail. */
export function renderDetail(labels: Labels, d: DecisionDetail): HTMLElement[] {
  const { view } = d;
  const versions = [...d.versions].sort((a, b) => b.version - a.version);
  const latest = versions[0];
  const advice = latest?.advice ?? d.request?.answer;
  const r = d.request;
  // The request's events first where times are equal: it was asked before the decision it led to.
  const audit = [...(r?.trail ?? []), ...d.audit].sort((a, b) => a.at.localeCompare(b.at));
  const changesOf = new Map(d.changes.map((c) => [c.version, c.changes]));

  const summary = facts([
    ['Decision', labels.of('decisions', view.decision)],
    ['Decided on', h('time', { datetime: view.decidedOn }, formatDate(view.decidedOn))],
    ['Decision maker', view.decisionMaker.displayName],
    ['Status', view.status === 'amended' ? `${labels.of('statuses', view.status)}: ${plural(view.version, 'version', 'versions')}, last changed ${formatDateTime(view.lastChangedAt)}` : labels.of('statuses', view.status)],
    ['Shared without consent', view.sharedWithoutConsent ? 'Yes' : 'No'],
  ]);

  return [
    h('section', { 'aria-labelledby': 'summary-heading' }, h('h3', { id: 'summary-heading' }, 'Summary'), summary),
    h(
      'section',
      { 'aria-labelledby': 'versions-heading' },
      h('h3', { id: 'versions-heading' }, versions.length > 1 ? `Versions (${versions.length}, latest first)` : 'The decision'),
      versions.map((v, i) => versionSection(labels, v, i === 0, changesOf.get(v.version))),
    ),
    h(
      'section',
      { 'aria-labelledby': 'advice-heading' },
      h('h3', { id: 'advice-heading' }, 'Advice from the safeguarding lead'),
      advice
        ? facts([
            ['Recommendation', labels.of('recommendations', advice.recommendation)],
            ['Advice', text(advice.text)],
            ['Given by', advice.by.displayName],
            ['Given at', time(advice.at)],
          ])
        : h('p', {}, 'This decision was recorded without asking for advice.'),
    ),
    h(
      'section',
      { 'aria-labelledby': 'request-heading' },
      h('h3', { id: 'request-heading' }, 'The request for advice'),
      r
        ? [
            facts([
              ['Reference', r.reference],
              ['Area of concern', labels.of('areas', r.fields.area)],
              ['Urgency', labels.of('urgencies', r.fields.urgency)],
              ['Status', labels.of('requestStatuses', r.status)],
              ['Asked', time(r.createdAt)],
              ['Claimed', time(r.claimedAt) ?? 'Not claimed'],
              ['Answered', time(r.answeredAt) ?? 'Not answered'],
              ['Safeguarding lead', view.lead?.displayName],
              ['People involved', list(labels, 'peopleInvolved', r.fields.involved)],
              ['Age', labels.of('ageBands', r.fields.ageBand)],
              ['Kinds of information', list(labels, 'informationKinds', r.fields.informationKinds)],
              ['Might be shared with', list(labels, 'recipients', r.fields.recipients)],
              ['Consent when asked', labels.of('consents', r.fields.consent)],
              ["Asker's role", labels.of('askerRoles', r.fields.askerRole)],
            ]),
            h('h4', { id: 'question-heading' }, 'The question (anonymised)'),
            h('blockquote', { class: 'question', 'aria-labelledby': 'question-heading' }, text(r.question)),
            h('h4', {}, 'Follow-up conversation'),
            r.conversation.length
              ? h(
                  'ol',
                  { class: 'conversation' },
                  r.conversation.map((x) =>
                    h('li', { class: `from-${x.from}` }, h('p', { class: 'meta' }, h('strong', {}, x.from === 'lead' ? 'Safeguarding lead' : 'Asker'), ` (${x.by.displayName}), `, time(x.at)), h('p', {}, text(x.text))),
                  ),
                )
              : h('p', {}, 'No follow-up messages.'),
          ]
        : h('p', {}, 'This decision did not follow a request for advice.'),
    ),
    h('section', { 'aria-labelledby': 'audit-heading' }, h('h3', { id: 'audit-heading' }, 'Audit trail'), auditTable(view.reference, audit)),
  ];
}
