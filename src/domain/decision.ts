import { z } from 'zod';
import { PackRefSchema } from './guidance-pack.js';
import { shortCode } from './codes.js';
import { ConsentStatusSchema, RecipientSchema } from './advice.js';
import type { AuditEvent } from './audit.js';
import { AdviceAnswerSchema, IdentifierCheckSummarySchema, PersonRefSchema } from './request.js';

/**
 * Rule 7 (000 §1): "Keep a record of your decision and the reasons for it — whether it is to
 * share information or not. If you decide to share, then record what you have shared, with whom
 * and for what purpose." What a record holds follows 002 §13.3 and 003 §3.1. A record is a
 * series of immutable versions; an amendment adds a version and never overwrites (002 §12.2, §13.3.10).
 */

export const DECISIONS = {
  share: 'Share',
  share_part: 'Share in part',
  not_share: 'Do not share',
} as const;
export type Decision = keyof typeof DECISIONS;

/** The lawful bases named in the seeds (001; 003 §2.1–2.5; 002 Annex A §6.2). */
export const LAWFUL_BASES = {
  consent: 'Consent: the person the information is about has agreed to it being shared',
  legal_obligation: 'Legal obligation: the sharing is necessary to comply with a legal or statutory obligation',
  public_task: 'Public task: a task carried out in the public interest or in the exercise of official authority (for example a section 17 assessment or section 47 enquiry)',
  vital_interests: 'Vital interests: necessary to protect the vital interests of the person',
  legitimate_interests: 'Legitimate interests: necessary for legitimate interests, unless outweighed by the rights and freedoms of the person',
} as const;
export type LawfulBasis = keyof typeof LAWFUL_BASES;

export const LAWFUL_BASIS_HELP =
  "'Legal obligation' and 'public task' are the primary bases for sharing to safeguard a child (003 §2.1). A statutory duty, such as a section 47 enquiry or a section 17 assessment under the Children Act 1989, is a legal obligation or public task. Consent is one basis, not the only one.";

/** 000 §4: the person should be told, unless that would place the child at further risk. */
export const PERSON_TOLD = {
  yes: 'Yes, they have been told',
  no_risk_to_child: 'No: telling them would place a child at increased risk',
  no_prejudice_investigation: 'No: telling them would prejudice a criminal investigation',
  no_other: 'No: another reason',
  not_yet: 'Not yet',
} as const;
export type PersonTold = keyof typeof PERSON_TOLD;

/** 002 §9.3: information is shared by a secure route. */
export const SHARE_METHODS = {
  secure_email: 'Secure email',
  phone: 'Phone call',
  meeting: 'Meeting',
  portal_or_form: 'Secure portal or referral form',
  letter: 'Letter',
  other: 'Other',
} as const;
export type ShareMethod = keyof typeof SHARE_METHODS;

const keysOf = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const DecisionSchema = z.enum(keysOf(DECISIONS));
export const LawfulBasisSchema = z.enum(keysOf(LAWFUL_BASES));
export const PersonToldSchema = z.enum(keysOf(PERSON_TOLD));
export const ShareMethodSchema = z.enum(keysOf(SHARE_METHODS));

/** The free-text parts of a record, each checked for identifiers before anything is stored. */
export const DECISION_TEXT_FIELDS = [
  'reasons',
  'whatShared',
  'requestedDiffered',
  'recipientRole',
  'purpose',
  'publicInterestJustification',
  'notToldReason',
  'timeLimits',
  'restrictions',
] as const;
export type DecisionTextField = (typeof DECISION_TEXT_FIELDS)[number];

/** Longest text accepted per field; longer text is refused with an explanation, never cut. */
export const DECISION_TEXT_LIMITS: Record<DecisionTextField, number> = {
  reasons: 2000,
  whatShared: 2000,
  requestedDiffered: 600,
  recipientRole: 200,
  purpose: 800,
  publicInterestJustification: 2000,
  notToldReason: 800,
  timeLimits: 400,
  restrictions: 600,
};

/** All written answers together: the whole record, twice (facts and copy text), must fit one Teams message. */
export const MAX_DECISION_TEXT_TOTAL = 5000;
export const MAX_AMEND_REASON_LENGTH = 600;

export const isSharing = (d: Decision): boolean => d === 'share' || d === 'share_part';
export const isNotTold = (t: PersonTold | undefined): boolean => t === 'no_risk_to_child' || t === 'no_prejudice_investigation' || t === 'no_other';

/** A real calendar date written YYYY-MM-DD. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** Today's date in the UK (YYYY-MM-DD): the latest date a decision can say information was shared. */
export function ukToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const text = (field: DecisionTextField) => z.string().trim().min(1).max(DECISION_TEXT_LIMITS[field]);

const DecisionContentShape = z.object({
  decision: DecisionSchema,
  /** Always required, also for "do not share". */
  reasons: text('reasons'),
  /** What information was shared and its extent (002 §13.3.5). */
  whatShared: text('whatShared').optional(),
  /** What was requested, if it differed from what was shared (002 §13.3.3). */
  requestedDiffered: text('requestedDiffered').optional(),
  recipients: z.array(RecipientSchema).max(20),
  /** The receiving agency or role; never a person's name. */
  recipientRole: text('recipientRole').optional(),
  purpose: text('purpose').optional(),
  lawfulBasis: LawfulBasisSchema.optional(),
  consent: ConsentStatusSchema,
  /** Why the public interest outweighs confidentiality (002 §13.3.4); required when sharing without consent. */
  publicInterestJustification: text('publicInterestJustification').optional(),
  personTold: PersonToldSchema.optional(),
  notToldReason: text('notToldReason').optional(),
  /** Every way it was shared (often by phone, then in writing); records made before this was a list hold one. */
  sharedHow: z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(ShareMethodSchema).min(1).max(10)).optional(),
  sharedOn: z.string().refine(isCalendarDate, 'a date written YYYY-MM-DD').optional(),
  /** Time limits on the sharing and any extensions (002 §13.3.7–8). */
  timeLimits: text('timeLimits').optional(),
  /** Restrictions on further (secondary) use (002 §11, §13.3.9). */
  restrictions: text('restrictions').optional(),
});
type ContentShape = z.infer<typeof DecisionContentShape>;

/** Plain-words problems for the rules that depend on the decision, by field (shared by the form and the schema). */
export function decisionRuleProblems(c: ContentShape): Partial<Record<keyof ContentShape, string>> {
  const p: Partial<Record<keyof ContentShape, string>> = {};
  if (isSharing(c.decision)) {
    if (!c.whatShared) p.whatShared = 'Say what information you shared, and how much of it.';
    if (c.recipients.length === 0) p.recipients = 'Choose who you shared it with.';
    if (!c.purpose) p.purpose = 'Say what you shared it for (the purpose).';
    if (!c.lawfulBasis) p.lawfulBasis = 'Choose the lawful basis for sharing.';
    if (!c.personTold) p.personTold = 'Say whether the person has been told that their information was shared.';
    if (!c.sharedHow) p.sharedHow = 'Choose how you shared it.';
    if (!c.sharedOn) p.sharedOn = 'Give the date you shared it.';
    if (c.consent !== 'given' && !c.publicInterestJustification) {
      p.publicInterestJustification = 'You are sharing without consent: say why the public interest outweighs the duty of confidentiality.';
    }
  } else {
    if (c.sharedHow) p.sharedHow = 'You decided not to share, so there is no way it was shared. Clear this answer, or change the decision.';
    if (c.sharedOn) p.sharedOn = 'You decided not to share, so there is no date it was shared. Clear this date, or change the decision.';
  }
  if (c.lawfulBasis === 'consent' && c.consent !== 'given') {
    p.lawfulBasis = 'Consent is the basis only when consent has been given. Choose another basis (for example public task), or correct the consent answer.';
  }
  if (c.recipients.includes('other_agency') && !c.recipientRole) p.recipientRole = 'You chose "Another agency": name the agency or role (not a person).';
  if (isNotTold(c.personTold) && !c.notToldReason) p.notToldReason = 'Say why the person has not been told.';
  if (c.personTold === 'yes' && c.notToldReason) p.notToldReason = 'You said the person has been told, so leave this empty, or change that answer.';
  return p;
}

export const DecisionContentSchema = DecisionContentShape.superRefine((c, ctx) => {
  for (const [field, message] of Object.entries(decisionRuleProblems(c))) ctx.addIssue({ code: 'custom', path: [field], message });
  const total = DECISION_TEXT_FIELDS.reduce((n, f) => n + (c[f]?.length ?? 0), 0);
  if (total > MAX_DECISION_TEXT_TOTAL) ctx.addIssue({ code: 'custom', path: ['reasons'], message: `written answers total ${total} characters (limit ${MAX_DECISION_TEXT_TOTAL})` });
});
export type DecisionContent = z.infer<typeof DecisionContentSchema>;

export const AmendmentSchema = z.object({
  /** The amendment's own id (from the amend card), so a repeated submit is recognised. */
  id: z.string().max(64).optional(),
  by: PersonRefSchema,
  at: z.iso.datetime(),
  reason: z.string().trim().min(1).max(MAX_AMEND_REASON_LENGTH),
});
export type Amendment = z.infer<typeof AmendmentSchema>;

/** One immutable version of a decision record. */
export const DecisionRecordSchema = z
  .object({
    /** `<recordId>:v<version>`. */
    id: z.string(),
    recordId: z.string().min(1),
    version: z.number().int().min(1),
    tenantId: z.string(),
    requestId: z.string().optional(),
    /** The request's ISA- reference, or a DEC- reference when recorded without advice. */
    reference: z.string().min(1),
    content: DecisionContentSchema,
    /** The advice received, copied from the request's answer. */
    advice: AdviceAnswerSchema.optional(),
    /** The guidance pack (and version) the asker's walk-through used, copied from the request. */
    guidance: z.object({ pack: PackRefSchema, packTitle: z.string() }).optional(),
    decisionMaker: PersonRefSchema,
    decidedAt: z.iso.datetime(),
    identifierCheck: IdentifierCheckSummarySchema,
    /** Who amended, when and why (versions 2 onwards). */
    amendment: AmendmentSchema.optional(),
    createdAt: z.iso.datetime(),
    /** When the retention period ends (the tenant's period from this version); the latest version governs. */
    purgeAfter: z.iso.datetime().optional(),
  })
  .superRefine((r, ctx) => {
    if (r.id !== `${r.recordId}:v${r.version}`) ctx.addIssue({ code: 'custom', path: ['id'], message: 'id must be <recordId>:v<version>' });
    if ((r.version >= 2) !== (r.amendment !== undefined)) ctx.addIssue({ code: 'custom', path: ['amendment'], message: 'versions from 2 on, and only they, are amendments' });
  });
export type DecisionRecord = z.infer<typeof DecisionRecordSchema>;

/** A reference such as `DEC-7K3Q` for a decision recorded without asking for advice. */
export function makeDecisionReference(random: () => number, length = 4): string {
  return `DEC-${shortCode(random, length)}`;
}

export const DECISION_REFERENCE_PATTERN = /^DEC-[2-9A-HJKMNP-Z]{4,6}$/;

/** The audit event of a version: deterministic id, so writing it again (a retry) keeps one. */
export function decisionEvent(record: DecisionRecord): AuditEvent {
  return {
    id: `${record.id}:${record.version === 1 ? 'decided' : 'amended'}`,
    tenantId: record.tenantId,
    subjectType: 'decision',
    subjectId: record.recordId,
    reference: record.reference,
    action: record.version === 1 ? 'decided' : 'amended',
    actor: record.amendment?.by ?? record.decisionMaker,
    at: record.createdAt,
    details: { version: record.version, decision: record.content.decision, ...(record.content.lawfulBasis ? { lawfulBasis: record.content.lawfulBasis } : {}), ...(record.requestId ? { requestId: record.requestId } : {}) },
  };
}

/** The record made on a request has this id (one record per request; its versions share it). */
export function recordIdFor(requestId: string): string {
  return `rec-${requestId}`;
}
