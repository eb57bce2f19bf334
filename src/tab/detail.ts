import type { AuditEvent } from '../domain/audit.js';
import type { DecisionRecord } from '../domain/decision.js';
import type { DecisionDetail } from '../domain/tab-api.js';
import type { Child } from './dom.js';
import { h } from './dom.js';
import { formatDate, formatDateTime, humanise, plural } from './format.js';
import type { Labels, OptionList } from './labels.js';

type Row = [label: string, value: Child];

/** A definition list of the rows that have a value. */
function facts(rows: (Row | false | undefined)[], attrs: Record<string, string> = {}): HTMLDListElement {
  const shown = rows.filter((r): r is Row => Array.isArray(r) && r[1] !== undefined && r[1] !== null && r[1] !== '');
  return h('dl', { class: 'facts', ...attrs }, shown.map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value))));
}

/** Free text as the user approved it, line breaks kept. */
const text = (s: string | undefined): Child => (s ? h('span', { class: 'text' }, s) : undefined);
const time = (iso: string | undefined): Child => (iso ? h('time', { datetime: iso }, formatDateTime(iso)) : undefined);
const list = (labels: Labels, kind: OptionList, values: readonly string[] | undefined): Child =>
  values && values.length ? (values.length === 1 ? labels.of(kind, values[0]) : h('ul', { class: 'plain' }, values.map((v) => h('li', {}, labels.of(kind, v))))) : undefined;

function identifierCheck(labels: Labels, c: DecisionRecord['identifierCheck']): string {
  if (c.found === 0) return 'No possible identifiers were found in the written answers.';
  const kept = c.keptAsNotIdentifying
    ? ` ${plural(c.keptAsNotIdentifying, 'was', 'were')} kept as not identifying${c.keptKinds.length ? ` (${c.keptKinds.map((k) => labels.of('identifierKinds', k).toLowerCase()).join(', ')})` : ''}.`
    : '';
  return `${plural(c.found, 'possible identifier was', 'possible identifiers were')} found; ${c.replaced} replaced.${kept}`;
}

function versionSection(labels: Labels, v: DecisionRecord, latest: boolean): HTMLElement {
  const c = v.content;
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
    facts([
      ['Decision', labels.of('decisions', c.decision)],
      ['Reasons', text(c.reasons)],
      ['What was shared', text(c.whatShared)],
      ['What was asked for, where it differed', text(c.requestedDiffered)],
      ['Shared with', list(labels, 'recipients', c.recipients)],
      ['Receiving agency or role', text(c.recipientRole)],
      ['Purpose', text(c.purpose)],
      ['Lawful basis', c.lawfulBasis ? labels.of('lawfulBases', c.lawfulBasis) : 'None given'],
      ['Consent', labels.of('consents', c.consent)],
      ['Public interest justification', text(c.publicInterestJustification)],
      ['Person told', c.personTold ? labels.of('personTold', c.personTold) : undefined],
      ['Why they were not told', text(c.notToldReason)],
      ['How it was shared', c.sharedHow ? c.sharedHow.map((m) => labels.of('shareMethods', m)).join('; ') : undefined],
      ['When it was shared', c.sharedOn ? h('time', { datetime: c.sharedOn }, formatDate(c.sharedOn)) : undefined],
      ['Time limits', text(c.timeLimits)],
      ['Restrictions on further use', text(c.restrictions)],
      ['Decision made', time(v.decidedAt)],
      ['Identifier check', identifierCheck(labels, v.identifierCheck)],
    ]),
  );
}

function auditTable(labels: Labels, reference: string, events: readonly (AuditEvent & { on: string })[]): HTMLElement {
  const details = (d: AuditEvent['details']) => {
    const entries = Object.entries(d);
    return entries.length ? h('ul', { class: 'plain' }, entries.map(([k, v]) => h('li', {}, `${humanise(k)}: ${typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v)}`))) : undefined;
  };
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
          ? events.map((e) => h('tr', {}, h('td', {}, time(e.at)), h('td', {}, e.actor.displayName), h('td', {}, labels.of('auditActions', e.action)), h('td', {}, e.on), h('td', {}, details(e.details) ?? '')))
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
  const audit = [
    ...d.audit.map((e) => ({ ...e, on: 'Decision record' })),
    ...(r?.trail ?? []).map((e) => ({ ...e, on: 'Request for advice' })),
  ].sort((a, b) => a.at.localeCompare(b.at));

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
      versions.map((v, i) => versionSection(labels, v, i === 0)),
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
    h('section', { 'aria-labelledby': 'audit-heading' }, h('h3', { id: 'audit-heading' }, 'Audit trail'), auditTable(labels, view.reference, audit)),
  ];
}
