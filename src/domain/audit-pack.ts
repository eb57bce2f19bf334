import { AGE_BANDS, AREAS_OF_CONCERN, ASKER_ROLES, CONSENT_STATUSES, INFORMATION_KINDS, PEOPLE_INVOLVED, RECIPIENTS, URGENCIES } from './advice.js';
import type { AuditEvent } from './audit.js';
import { auditEntry, type AuditContext } from './audit-trail.js';
import type { DecisionRecord } from './decision.js';
import { RECORD_FIELDS, changesBetween, fieldLabel, fieldText } from './record-fields.js';
import { RECOMMENDATIONS, REQUEST_STATUSES, type AdviceRequest } from './request.js';

/**
 * One record's whole story for a case review, in words: the anonymised request and what its asker
 * was shown, the follow-up exchanges, the lead's advice, every decision version with what changed
 * and why, and both audit trails. It holds only what the record and its request hold, with people
 * by name and no id but the reference (and the guidance pack's id, which names a published pack).
 */

export interface PackFact {
  label: string;
  value: string;
}

export interface AuditPack {
  reference: string;
  /** When the pack was made (ISO); the page prints it. */
  generatedAt: string;
  request?: {
    status: string;
    askedAt: string;
    askedBy: string;
    claimedAt?: string;
    answeredAt?: string;
    lead?: string;
    /** The structured fields of the request form, labelled. */
    fields: PackFact[];
    /** The question as sent, after the identifier check. */
    question: string;
    identifierCheck: string;
    /** The walk-through as the asker saw it; absent on requests made before guidance packs. */
    guidance?: {
      packId: string;
      packVersion: number;
      packTitle: string;
      consent: string;
      notSharing: boolean;
      steps: { title: string; question: string; answer: string; shown: string; citations: string[] }[];
      closing: { shown: string; citations: string[] };
    };
  };
  exchanges: { from: string; who: string; at: string; text: string }[];
  advice?: { recommendation: string; text: string; by: string; at: string };
  /** Oldest first. */
  versions: {
    version: number;
    kind: 'Original record' | 'Amendment';
    recordedAt: string;
    recordedBy: string;
    decidedAt: string;
    amendment?: { by: string; at: string; reason: string };
    /** Field by field, what it changed from the version before (versions 2 onwards). */
    changes?: { label: string; before: string; after: string }[];
    fields: PackFact[];
    identifierCheck: string;
  }[];
  /** Both trails (request's and record's) together, oldest first; the request's first where times are equal. */
  trail: { at: string; who: string; action: string; appliesTo: string; details: PackFact[] }[];
}

export interface AuditPackInput {
  /** The record's versions, oldest first (at least one). */
  versions: readonly DecisionRecord[];
  request: AdviceRequest | undefined;
  recordTrail: readonly AuditEvent[];
  requestTrail: readonly AuditEvent[];
  ctx: AuditContext;
  now: Date;
}

/** Where a request status is the asker's own word ("Withdrawn by you"), the reader's. */
const STATUS_FOR_READER: Partial<Record<AdviceRequest['status'], string>> = { withdrawn: 'Withdrawn by the asker' };

const one = (labels: Readonly<Record<string, string>>, code: string) => labels[code] ?? code;
const many = (labels: Readonly<Record<string, string>>, codes: readonly string[]) => codes.map((c) => one(labels, c)).join('; ');
const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } => (value === undefined || value === '' ? {} : ({ [key]: value } as { [P in K]: V }));

type Check = DecisionRecord['identifierCheck'];

/** An identifier check's counts in words (counts and kinds only: the check never keeps the text). */
export function identifierCheckText(c: Check, kinds: Readonly<Record<string, string>>, what: string): string {
  if (c.found === 0) return `No possible identifiers were found in ${what}.`;
  const found = `${c.found} possible identifier${c.found === 1 ? ' was' : 's were'} found in ${what}; ${c.replaced} replaced.`;
  if (!c.keptAsNotIdentifying) return found;
  const kindList = c.keptKinds.map((k) => (kinds[k] ?? k).toLowerCase()).join(', ');
  return `${found} ${c.keptAsNotIdentifying} ${c.keptAsNotIdentifying === 1 ? 'was' : 'were'} kept as not identifying${kindList ? ` (${kindList})` : ''}.`;
}

function requestPart(r: AdviceRequest, ctx: AuditContext): NonNullable<AuditPack['request']> {
  const f = r.fields;
  const g = r.guidance;
  return {
    status: STATUS_FOR_READER[r.status] ?? REQUEST_STATUSES[r.status],
    askedAt: r.createdAt,
    askedBy: r.asker.displayName,
    ...optional('claimedAt', r.claimedAt),
    ...optional('answeredAt', r.answeredAt),
    ...optional('lead', r.lead?.displayName),
    fields: [
      { label: 'Area of concern', value: one(AREAS_OF_CONCERN, f.area) },
      { label: 'Urgency', value: one(URGENCIES, f.urgency) },
      { label: 'People involved', value: many(PEOPLE_INVOLVED, f.involved) },
      { label: 'Age', value: one(AGE_BANDS, f.ageBand) },
      { label: 'Kinds of information', value: many(INFORMATION_KINDS, f.informationKinds) },
      { label: 'Might be shared with', value: many(RECIPIENTS, f.recipients) },
      { label: 'Consent when asked', value: one(CONSENT_STATUSES, f.consent) },
      { label: "Asker's role", value: one(ASKER_ROLES, f.askerRole) },
    ],
    question: r.question,
    identifierCheck: identifierCheckText(r.identifierCheck, ctx.identifierKinds, 'the question'),
    ...(g
      ? {
          guidance: {
            packId: g.pack.id,
            packVersion: g.pack.version,
            packTitle: g.packTitle,
            consent: one(CONSENT_STATUSES, g.consent),
            notSharing: g.notSharing,
            steps: g.steps.map((s) => ({ title: s.title, question: s.question, answer: s.answerTitle, shown: s.text, citations: s.citations })),
            closing: { shown: g.closing.text, citations: g.closing.citations },
          },
        }
      : {}),
  };
}

function versionFields(v: DecisionRecord): PackFact[] {
  const content = v.content as Record<string, unknown>;
  return RECORD_FIELDS.map((field) => ({ label: fieldLabel(field), value: fieldText(field, content[field]) })).filter((f) => f.value !== '');
}

/** The audit pack of one record, from its versions, the request it followed and both trails. */
export function buildAuditPack(input: AuditPackInput): AuditPack {
  const { versions, request, ctx } = input;
  const latest = versions.at(-1);
  if (!latest) throw new Error('an audit pack needs at least one version');
  const advice = latest.advice ?? request?.answer;
  const trail = [...input.requestTrail.map((e) => ({ e, order: 0 })), ...input.recordTrail.map((e) => ({ e, order: 1 }))]
    .sort((a, b) => a.e.at.localeCompare(b.e.at) || a.order - b.order)
    .map(({ e }) => {
      const entry = auditEntry(e, ctx);
      return { at: entry.at, who: entry.who, action: entry.actionLabel, appliesTo: e.subjectType === 'decision' ? 'Decision record' : 'Request for advice', details: entry.details };
    });
  return {
    reference: latest.reference,
    generatedAt: input.now.toISOString(),
    ...(request ? { request: requestPart(request, ctx) } : {}),
    exchanges: (request?.conversation ?? []).map((x) => ({ from: x.from === 'lead' ? 'Safeguarding lead' : 'Asker', who: x.by.displayName, at: x.at, text: x.text })),
    ...(advice ? { advice: { recommendation: one(RECOMMENDATIONS, advice.recommendation), text: advice.text, by: advice.by.displayName, at: advice.at } } : {}),
    versions: versions.map((v, i) => ({
      version: v.version,
      kind: v.amendment ? 'Amendment' : 'Original record',
      recordedAt: v.createdAt,
      recordedBy: v.amendment?.by.displayName ?? v.decisionMaker.displayName,
      decidedAt: v.decidedAt,
      ...(v.amendment ? { amendment: { by: v.amendment.by.displayName, at: v.amendment.at, reason: v.amendment.reason } } : {}),
      ...(i > 0 ? { changes: changesBetween(versions[i - 1]!.content, v.content).map(({ label, before, after }) => ({ label, before, after })) } : {}),
      fields: versionFields(v),
      identifierCheck: identifierCheckText(v.identifierCheck, ctx.identifierKinds, 'the written answers'),
    })),
    trail,
  };
}
