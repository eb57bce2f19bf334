import { escapeMarkdown } from '../../domain/text.js';
import { CONSENT_STATUSES, RECIPIENTS } from '../../domain/advice.js';
import { DECISIONS, LAWFUL_BASES, PERSON_TOLD, SHARE_METHODS, type DecisionRecord } from '../../domain/decision.js';
import { RECOMMENDATIONS, ukDateTime, type AdviceAnswer, type AdviceRequest } from '../../domain/request.js';
import { identifierNote } from '../advice/draft.js';
import type { AnswerView, CardData, CheckView, Fact } from '../cards.js';
import type { DecisionFinding } from './check.js';
import { AMEND_REASON_FIELD, DECISION_CHOICES, DECISION_FIELDS, emptyDecisionValues, type DecisionFormValues, type DecisionProblems } from './form.js';

/** Cards for recording, reading and listing decision records, built from stored data only. */

/** Findings listed on the form (each about 700 bytes with its toggle); the rest are counted. */
export const MAX_DECISION_FINDINGS_SHOWN = 8;

const when = ukDateTime;

function day(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function answerView(answer: AdviceAnswer | undefined): AnswerView {
  if (!answer) return { recommendation: '', text: '', by: '', when: '' };
  return { recommendation: RECOMMENDATIONS[answer.recommendation], text: answer.text, by: answer.by.displayName, when: when(answer.at) };
}

export interface DecisionFormOptions {
  /** The request advice was sought on (absent when recording without advice). */
  request?: AdviceRequest | undefined;
  /** The version being amended: its reference and the advice it recorded. */
  record?: DecisionRecord | undefined;
  recordId: string;
  baseVersion: number;
  amendId?: string;
  /** The latest date accepted (UK today, see `ukToday`). */
  maxDate: string;
  amending?: boolean;
  values?: Partial<Record<string, string>>;
  problems?: DecisionProblems | Partial<Record<string, string>>;
  notice?: string;
  /** Findings of the identifier check still waiting for the asker. */
  check?: readonly DecisionFinding[];
}

/** One toggle per flagged item, even when it appears in several fields (a confirmation is by item). */
function mergeFindings(findings: readonly DecisionFinding[]): DecisionFinding[] {
  const byKey = new Map<string, DecisionFinding>();
  for (const f of findings) {
    const seen = byKey.get(f.key);
    if (!seen) byKey.set(f.key, { ...f });
    else if (!seen.fieldLabel.split('; ').includes(f.fieldLabel)) seen.fieldLabel = `${seen.fieldLabel}; ${f.fieldLabel}`;
  }
  return [...byKey.values()];
}

export function decisionFormCard(o: DecisionFormOptions): { name: 'decisionForm'; data: CardData['decisionForm'] } {
  const fields = [...DECISION_FIELDS, AMEND_REASON_FIELD] as const;
  const start: DecisionFormValues = emptyDecisionValues();
  if (!o.values && o.request) {
    // Consent as the walk-through settled it, so the record and the leads' card agree.
    start.consent = o.request.guidance?.consent ?? o.request.fields.consent;
    start.recipients = o.request.fields.recipients.join(',');
  }
  const values = Object.fromEntries(fields.map((f) => [f, o.values?.[f] ?? start[f]])) as Record<string, string>;
  const problems = Object.fromEntries(fields.map((f) => [f, o.problems?.[f] ?? ''])) as Record<string, string>;
  const advice = o.request?.answer ?? o.record?.advice;
  const findings = mergeFindings(o.check ?? []);
  const check: CheckView = { active: findings.length > 0, findings: findings.slice(0, MAX_DECISION_FINDINGS_SHOWN), count: findings.length };
  return {
    name: 'decisionForm',
    data: {
      requestId: o.request?.id ?? o.record?.requestId ?? '',
      recordId: o.recordId,
      baseVersion: o.baseVersion,
      amendId: o.amendId ?? '',
      amending: o.amending ?? false,
      reference: o.record?.reference ?? o.request?.reference ?? '',
      advice: answerView(advice),
      hasAdvice: advice !== undefined,
      values,
      problems,
      hasProblems: Object.values(problems).some((p) => p !== ''),
      notice: o.notice ?? '',
      choices: DECISION_CHOICES,
      check,
      maxDate: o.maxDate,
    },
  };
}

/** The recorded facts in the order of 002 §13.3 and rule 7: decision and reasons; what, with whom, why; consent; telling; how and when; limits; advice; who decided. */
export function decisionFacts(r: DecisionRecord, versionCount: number): Fact[] {
  const c = r.content;
  const facts: Fact[] = [{ title: 'Reference', value: r.reference }];
  const add = (title: string, value: string | undefined) => {
    if (value) facts.push({ title, value });
  };
  add('Version', `${r.version} of ${versionCount}`);
  add('Decision', DECISIONS[c.decision]);
  add('Reasons', c.reasons);
  add('What was shared', c.whatShared);
  add('What was asked for, if different', c.requestedDiffered);
  add('Shared with', c.recipients.map((k) => RECIPIENTS[k]).join('; '));
  add('Receiving agency or role', c.recipientRole);
  add('Purpose', c.purpose);
  add('Lawful basis', c.lawfulBasis && LAWFUL_BASES[c.lawfulBasis]);
  add('Consent', CONSENT_STATUSES[c.consent]);
  add('Why the public interest outweighs confidentiality', c.publicInterestJustification);
  add('Person told', c.personTold && PERSON_TOLD[c.personTold]);
  add('Why not told', c.notToldReason);
  add('How shared', c.sharedHow?.map((m) => SHARE_METHODS[m]).join('; '));
  add('Date shared', c.sharedOn && day(c.sharedOn));
  add('Time limits', c.timeLimits);
  add('Restrictions on further use', c.restrictions);
  if (r.advice) {
    add('Advice received', `${RECOMMENDATIONS[r.advice.recommendation]} — ${r.advice.by.displayName}, ${when(r.advice.at)}`);
    add('What the lead advised', r.advice.text);
  } else add('Advice received', 'None recorded with this decision');
  add('Guidance the asker saw', r.guidance?.packTitle);
  add('Decision made by', `${r.decisionMaker.displayName}, ${when(r.decidedAt)}`);
  add('Identifier check', identifierNote(r.identifierCheck));
  return facts;
}

/** The facts short enough to paste as a summary: the choices made, who and when — not the written answers. */
const COPY_FACTS = new Set([
  'Reference',
  'Version',
  'Decision',
  'Shared with',
  'Lawful basis',
  'Consent',
  'Person told',
  'How shared',
  'Date shared',
  'Advice received',
  'Decision made by',
]);

/**
 * A short "Label: value" summary to paste into a case system, reference first: the choices, not
 * the written answers (they are in the record above, and in the Decisions tab, in full).
 */
export function decisionCopyText(r: DecisionRecord, versionCount: number): string {
  const facts = decisionFacts(r, versionCount).filter((f) => COPY_FACTS.has(f.title));
  const amended = r.amendment ? [{ title: 'Amended', value: `${r.amendment.by.displayName}, ${when(r.amendment.at)}` }] : [];
  return [...facts, ...amended, { title: 'Full record', value: `the reasons and details are kept under ${r.reference}` }]
    .map((f) => `${f.title}: ${f.value.replace(/\s*\r?\n\s*/g, ' ')}`)
    .join('\n');
}

/** What an amendment changed: the labels of the facts that differ from the version before. */
export function changedFacts(record: DecisionRecord, previous: DecisionRecord | undefined): string[] {
  if (!previous) return [];
  const skip = new Set(['Version', 'Decision made by', 'Identifier check']);
  const before = new Map(decisionFacts(previous, 1).map((f) => [f.title, f.value]));
  const after = new Map(decisionFacts(record, 1).map((f) => [f.title, f.value]));
  const titles = [...new Set([...before.keys(), ...after.keys()])].filter((t) => !skip.has(t));
  return titles.filter((t) => before.get(t) !== after.get(t));
}

export interface SummaryOptions {
  notice?: string;
  /** The version before this one (for "what changed"). */
  previous?: DecisionRecord | undefined;
}

export function decisionSummaryCard(record: DecisionRecord, versionCount: number, options: SummaryOptions = {}): { name: 'decisionSummary'; data: CardData['decisionSummary'] } {
  const { notice = '', previous } = options;
  const changed = changedFacts(record, previous?.version === record.version - 1 ? previous : undefined);
  const copyText = decisionCopyText(record, versionCount);
  // The amendment is shown above the facts, so it is not repeated among them; the copy text holds everything.
  // Fact values render Markdown in Teams: what people typed is escaped there (the copy text is a TextRun).
  const facts = decisionFacts(record, versionCount).map((f) => ({ ...f, value: escapeMarkdown(f.value) }));
  return {
    name: 'decisionSummary',
    data: {
      recordId: record.recordId,
      reference: record.reference,
      version: record.version,
      versionCount,
      facts,
      copyText,
      // One line each: Teams shows a TextRun's line breaks as spaces, so each line is its own block.
      copyLines: copyText.split('\n').map((text) => ({ text })),
      changes: record.version > 1 ? (changed.length > 0 ? `Changed from version ${record.version - 1}: ${changed.join(', ')}.` : `No answers changed from version ${record.version - 1}.`) : '',
      otherVersions: Array.from({ length: versionCount }, (_, i) => i + 1)
        .filter((v) => v !== record.version)
        .slice(-10)
        .map((v) => ({ version: v, title: `Version ${v}${v === versionCount ? ' (latest)' : ''}` })),
      amendment: record.amendment
        ? { by: record.amendment.by.displayName, when: when(record.amendment.at), reason: record.amendment.reason }
        : { by: '', when: '', reason: '' },
      isAmendment: record.amendment !== undefined,
      notice,
    },
  };
}

/** The latest version of each record, newest first. */
export function myDecisionsCard(records: readonly DecisionRecord[]): { name: 'myDecisions'; data: CardData['myDecisions'] } {
  const latest = new Map<string, DecisionRecord>();
  for (const r of records) {
    const seen = latest.get(r.recordId);
    if (!seen || r.version > seen.version) latest.set(r.recordId, r);
  }
  const items = [...latest.values()]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((r) => ({
      recordId: r.recordId,
      reference: r.reference,
      decision: DECISIONS[r.content.decision],
      when: `${r.version > 1 ? 'Amended' : 'Recorded'} ${when(r.createdAt)}`,
      version: r.version,
    }));
  return { name: 'myDecisions', data: { items, hasItems: items.length > 0 } };
}
