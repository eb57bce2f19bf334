import type { AuditPack, PackFact } from '../domain/audit-pack.js';
import { facts, text, time } from './detail.js';
import { h, type Child } from './dom.js';

/**
 * A record's audit pack as a document to print (or save as PDF): numbered, labelled sections, each
 * starting a new page when printed (styles.css, `@media print`). The server sends it in words
 * (`src/domain/audit-pack.ts`), so this only lays it out.
 */

const labelled = (rows: readonly PackFact[]) => facts(rows.map((r) => [r.label, text(r.value)]));

function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'pack-section', 'aria-labelledby': `pack-${id}-heading`, 'data-part': id }, h('h3', { id: `pack-${id}-heading` }, title), ...children);
}

const citations = (list: readonly string[]): Child => (list.length ? h('p', { class: 'meta' }, `Source: ${list.join('; ')}`) : null);

function dataTable(id: string, caption: string, headers: readonly string[], rows: readonly Child[][], empty: string): HTMLElement {
  return h(
    'table',
    { class: 'data', id },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headers.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, rows.length ? rows.map((cells) => h('tr', {}, cells.map((c) => h('td', {}, c)))) : h('tr', {}, h('td', { colspan: headers.length }, empty))),
  );
}

function requestSection(p: AuditPack): HTMLElement {
  const r = p.request;
  if (!r) return section('request', '1. The request for advice', h('p', {}, 'This decision was recorded without asking for advice.'));
  return section(
    'request',
    '1. The request for advice (anonymised)',
    facts([
      ['Reference', p.reference],
      ['Asked by', r.askedBy],
      ['Asked', time(r.askedAt)],
      ['Claimed', time(r.claimedAt) ?? 'Not claimed'],
      ['Answered', time(r.answeredAt) ?? 'Not answered'],
      ['Safeguarding lead', r.lead],
      ['Status now', r.status],
    ]),
    h('h4', {}, 'What the asker said about the situation'),
    labelled(r.fields),
    h('h4', { id: 'pack-question-heading' }, 'The question as sent'),
    h('blockquote', { class: 'question', 'aria-labelledby': 'pack-question-heading' }, text(r.question)),
    h('p', { class: 'meta' }, `Identifier check: ${r.identifierCheck}`),
  );
}

function guidanceSection(p: AuditPack): HTMLElement {
  const g = p.request?.guidance;
  if (!g) return section('guidance', '2. Guidance shown to the asker', h('p', {}, p.request ? 'This request was made before guidance packs were kept with requests; what the asker was shown is not recorded.' : 'No request, so no guidance was shown.'));
  return section(
    'guidance',
    '2. Guidance shown to the asker',
    facts([
      ['Guidance pack', g.packTitle],
      ['Pack id and version', `${g.packId}, version ${g.packVersion}`],
      ['Consent, as the answers settled it', g.consent],
      ['The asker said they would not share', g.notSharing ? 'Yes' : 'No'],
    ]),
    h(
      'ol',
      { class: 'pack-steps' },
      g.steps.map((s) =>
        h(
          'li',
          {},
          h('h4', {}, s.title),
          facts([
            ['Question', text(s.question)],
            ['Answer', text(s.answer)],
            ['Shown to the asker', text(s.shown)],
          ]),
          citations(s.citations),
        ),
      ),
    ),
    h('h4', {}, 'Shown at the end (recording the decision)'),
    h('p', {}, text(g.closing.shown)),
    citations(g.closing.citations),
  );
}

function exchangesSection(p: AuditPack): HTMLElement {
  return section(
    'exchanges',
    '3. Follow-up exchanges',
    p.exchanges.length
      ? h(
          'ol',
          { class: 'conversation' },
          p.exchanges.map((x) => h('li', {}, h('p', { class: 'meta' }, h('strong', {}, x.from), ` (${x.who}), `, time(x.at)), h('p', {}, text(x.text)))),
        )
      : h('p', {}, 'No follow-up messages.'),
  );
}

function adviceSection(p: AuditPack): HTMLElement {
  const a = p.advice;
  return section(
    'advice',
    '4. Advice from the safeguarding lead',
    a
      ? facts([
          ['Recommendation', a.recommendation],
          ['Advice', text(a.text)],
          ['Given by', a.by],
          ['Given at', time(a.at)],
        ])
      : h('p', {}, 'No advice was given before this decision was recorded.'),
  );
}

function versionsSection(p: AuditPack): HTMLElement {
  return section(
    'versions',
    `5. The decision: ${p.versions.length === 1 ? 'one version' : `${p.versions.length} versions, oldest first`}`,
    p.versions.map((v) =>
      h(
        'article',
        { class: `version${v.amendment ? ' amended' : ''}`, 'aria-labelledby': `pack-version-${v.version}` },
        h('h4', { id: `pack-version-${v.version}` }, `Version ${v.version}: ${v.kind.toLowerCase()}`),
        h('p', { class: 'meta' }, 'Recorded ', time(v.recordedAt), ' by ', v.recordedBy, '.'),
        v.amendment
          ? h('div', { class: 'amendment' }, h('p', {}, h('strong', {}, 'Amended by: '), v.amendment.by, ', ', time(v.amendment.at)), h('p', {}, h('strong', {}, 'Why: '), text(v.amendment.reason)))
          : null,
        v.changes
          ? dataTable(
              `pack-changes-${v.version}`,
              `What changed in version ${v.version} from version ${v.version - 1}`,
              ['Field', 'Before', 'After'],
              v.changes.map((c) => [c.label, c.before ? text(c.before) : 'None', c.after ? text(c.after) : 'None']),
              'No field changed; only the amendment itself was recorded.',
            )
          : null,
        labelled(v.fields),
        facts([
          ['Decision made', time(v.decidedAt)],
          ['Identifier check', v.identifierCheck],
        ]),
      ),
    ),
  );
}

function trailSection(p: AuditPack): HTMLElement {
  return section(
    'trail',
    '6. Audit trail',
    dataTable(
      'pack-trail',
      `Audit trail for ${p.reference}, oldest first`,
      ['When', 'Who', 'Action', 'Applies to', 'Details'],
      p.trail.map((e) => [time(e.at), e.who, e.action, e.appliesTo, e.details.length ? h('ul', { class: 'plain' }, e.details.map((d) => h('li', {}, `${d.label}: ${d.value}`))) : '']),
      'No audit events.',
    ),
  );
}

/** The pack as a document: a cover with the reference, then its six parts. */
export function renderAuditPack(p: AuditPack): HTMLElement {
  return h(
    'article',
    { class: 'audit-pack', 'aria-labelledby': 'pack-title' },
    h(
      'header',
      { class: 'pack-cover' },
      h('h2', { id: 'pack-title', tabindex: -1 }, `Audit pack: ${p.reference}`),
      h('p', {}, 'An information-sharing decision record and everything it followed from, for a case review. Every text is as its writer approved it after the identifier check.'),
      facts([
        ['Reference', p.reference],
        ['Made', time(p.generatedAt)],
        ['Parts', '1. Request · 2. Guidance · 3. Follow-up exchanges · 4. Advice · 5. Decision versions · 6. Audit trail'],
      ]),
    ),
    requestSection(p),
    guidanceSection(p),
    exchangesSection(p),
    adviceSection(p),
    versionsSection(p),
    trailSection(p),
  );
}
