import { z } from 'zod';
import { shortCode } from './codes.js';
import { IDENTIFIER_KINDS } from '../anonymise/kinds.js';
import { AuditEventSchema, type AuditAction } from './audit.js';
import { ShownGuidanceSchema } from './guidance-pack.js';
import { PersonRefSchema, PersonSchema } from './person.js';
import { SettingIdSchema } from './setting.js';
import {
  AskerRoleSchema,
  AgeBandSchema,
  AreaOfConcernSchema,
  ConsentStatusSchema,
  InformationKindSchema,
  PersonInvolvedSchema,
  RecipientSchema,
  UrgencySchema,
} from './advice.js';

/** The structured, non-identifying part of a request, as stored. */
export const StoredFieldsSchema = z.object({
  area: AreaOfConcernSchema,
  involved: z.array(PersonInvolvedSchema).min(1),
  ageBand: AgeBandSchema,
  urgency: UrgencySchema,
  informationKinds: z.array(InformationKindSchema).min(1),
  recipients: z.array(RecipientSchema).min(1),
  consent: ConsentStatusSchema,
  askerRole: AskerRoleSchema,
});
export type StoredFields = z.infer<typeof StoredFieldsSchema>;

export const IdentifierCheckSummarySchema = z.object({
  found: z.number().int().min(0),
  replaced: z.number().int().min(0),
  keptAsNotIdentifying: z.number().int().min(0),
  keptKinds: z.array(z.enum(IDENTIFIER_KINDS)),
});

/** A person by Entra object id and display name; `accountId` (Teams channel account id) for leads, to address them in Teams. */
export { PersonRefSchema };
export type PersonRef = z.infer<typeof PersonRefSchema>;

/** What a lead can recommend (issue: share / do not share / share part / refer now / police now; the guidance paths add the rest). */
export const RECOMMENDATIONS = {
  share: 'Share the information',
  share_part: 'Share part of the information',
  do_not_share: 'Do not share',
  refer_csc_now: "Refer to children's social care now",
  call_police_now: 'Call the police now',
  refer_lado: 'Refer to the LADO (a concern about someone who works with children)',
  refer_marac: 'Refer to MARAC (high-risk domestic abuse)',
  pass_to_dpo: 'Pass to the data protection officer (a request for records)',
  ask_in_writing: 'Ask for the request in writing first',
} as const;
export type Recommendation = keyof typeof RECOMMENDATIONS;
export const RecommendationSchema = z.enum(Object.keys(RECOMMENDATIONS) as [Recommendation, ...Recommendation[]]);

export const AdviceAnswerSchema = z.object({
  recommendation: RecommendationSchema,
  /** Approved after the identifier check. */
  text: z.string(),
  by: PersonRefSchema,
  at: z.iso.datetime(),
  /** What the identifier check of this text found, replaced and kept (counts and kinds, never the text). */
  identifierCheck: IdentifierCheckSummarySchema.optional(),
});
export type AdviceAnswer = z.infer<typeof AdviceAnswerSchema>;

export const ExchangeSchema = z.object({
  from: z.enum(['lead', 'asker']),
  by: PersonRefSchema,
  text: z.string(),
  at: z.iso.datetime(),
  /** What the identifier check of this text found, replaced and kept (counts and kinds, never the text). */
  identifierCheck: IdentifierCheckSummarySchema.optional(),
});
export type Exchange = z.infer<typeof ExchangeSchema>;

const OutboxItemBase = {
  id: z.string(),
  createdAt: z.iso.datetime(),
  /** While one scheduler instance is delivering it, others leave it alone until this time. */
  leaseUntil: z.iso.datetime().optional(),
  attempts: z.number().int().min(0).default(0),
};

export const ANNOUNCED_EVENTS = ['claimed', 'released', 'assigned', 'answered', 'followUp', 'askerReplied', 'closed'] as const;

/**
 * A message owed to Teams (or an audit event owed to the trail), written with the change that
 * caused it. One kind per item, each with only its own fields; `scheduler.ts` has one delivery
 * per kind (`DELIVER`).
 */
export const OutboxItemSchema = z.discriminatedUnion('kind', [
  /** Post the new request to the leads' channel. */
  z.object({ ...OutboxItemBase, kind: z.literal('route') }),
  z.object({
    ...OutboxItemBase,
    kind: z.literal('escalation'),
    stage: z.enum(['claim', 'answer']).default('claim'),
    /** Recipients it has reached, so a retry after one failed does not post to the others again. */
    reached: z.array(z.string()).optional(),
  }),
  /** Append this event to the audit trail (its id is this item's id). */
  z.object({ ...OutboxItemBase, kind: z.literal('audit'), event: AuditEventSchema }),
  /** Rule 7: a reminder to the asker to record their decision (`number` 1, 2, …). */
  z.object({ ...OutboxItemBase, kind: z.literal('reminder'), number: z.number().int().min(1).max(5) }),
  /** Update the channel card and tell the asker what happened. */
  z.object({ ...OutboxItemBase, kind: z.literal('announce'), announce: z.object({ event: z.enum(ANNOUNCED_EVENTS), channelOnly: z.boolean() }) }),
]);
export type OutboxItem = z.infer<typeof OutboxItemSchema>;
export type OutboxKind = OutboxItem['kind'];
export type OutboxItemOf<K extends OutboxKind> = Extract<OutboxItem, { kind: K }>;

/** Why a lead closes a request without giving advice; the reason is stored, audited and told to the asker. */
export const CLOSE_REASONS = {
  advised_another_way: 'Advice was given another way (in person or by phone)',
  no_longer_needed: 'It is no longer needed',
  duplicate: 'It repeats another request',
  referred_on: "Referred straight to children's social care or the police",
  not_for_leads: 'Not a safeguarding question: passed to the right person',
} as const;
export type CloseReason = keyof typeof CLOSE_REASONS;
export const CloseReasonSchema = z.enum(Object.keys(CLOSE_REASONS) as [CloseReason, ...CloseReason[]]);

export const REQUEST_STATUSES = {
  sent: 'Sent to the safeguarding leads',
  claimed: 'A safeguarding lead is looking at it',
  answered: 'Answered',
  withdrawn: 'Withdrawn by you',
  closed: 'Closed',
} as const;
export type RequestStatus = keyof typeof REQUEST_STATUSES;
export const RequestStatusSchema = z.enum(['sent', 'claimed', 'answered', 'withdrawn', 'closed']);

export const AdviceRequestSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  /** The setting whose leads receive it (absent on requests from before settings: `main`). */
  settingId: SettingIdSchema.optional(),
  reference: z.string(),
  draftId: z.string(),
  status: RequestStatusSchema,
  asker: PersonSchema,
  fields: StoredFieldsSchema,
  /** The question exactly as the asker approved it after the identifier check. */
  question: z.string(),
  identifierCheck: IdentifierCheckSummarySchema,
  answers: z.record(z.string(), z.string()),
  /** The walk-through as the asker saw it (pack, reconciled consent, guidance); absent on requests made before guidance packs. */
  guidance: ShownGuidanceSchema.optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  withdrawnAt: z.iso.datetime().optional(),
  /** The lead who has claimed it (or it was assigned to). */
  lead: PersonRefSchema.optional(),
  claimedAt: z.iso.datetime().optional(),
  answeredAt: z.iso.datetime().optional(),
  closedAt: z.iso.datetime().optional(),
  /** Why a lead closed it without advice (rule 7: a request closed with no decision says why). */
  closeReason: CloseReasonSchema.optional(),
  answer: AdviceAnswerSchema.optional(),
  /** Follow-up questions and replies, both checked for identifiers before they were stored. */
  conversation: z.array(ExchangeSchema).default([]),
  /** The card in the leads' channel that shows this request (updated in place). */
  channelPost: z.object({ conversationId: z.string(), activityId: z.string() }).optional(),
  /** When a lead must have claimed / answered it, by urgency (see flow/escalation.ts). */
  deadlines: z.object({ claimBy: z.iso.datetime(), answerBy: z.iso.datetime() }).optional(),
  /**
   * Rule 7: when the asker is reminded to record their decision if none is recorded by then (set
   * when the advice is first given), and how many of those reminders have been queued.
   */
  decisionReminders: z.object({ due: z.array(z.iso.datetime()).max(5), queued: z.number().int().min(0) }).optional(),
  /** When each deadline was escalated (each at most once). */
  escalated: z.object({ claim: z.iso.datetime().optional(), answer: z.iso.datetime().optional() }).default({}),
  /**
   * Messages owed to Teams, written in the same conditional write as the change that caused
   * them, so none is lost if the process stops before sending; removed once delivered.
   */
  outbox: z.array(OutboxItemSchema).default([]),
  /** When the retention period ends: the request is purged by the scheduler then. */
  purgeAfter: z.iso.datetime().optional(),
  /** Earliest time the scheduler has work on this request (a deadline or an outbox item); absent when none. */
  nextDueAt: z.iso.datetime().optional(),
});
export type AdviceRequest = z.infer<typeof AdviceRequestSchema>;

/** Waiting for advice: not yet claimed, or claimed and not yet answered (the asker may still withdraw it). */
export function isAwaitingAdvice(status: RequestStatus): boolean {
  return status === 'sent' || status === 'claimed';
}

/** Still open for leads' actions and replies: awaiting advice, or answered and not closed. */
export function isOpen(status: RequestStatus): boolean {
  return isAwaitingAdvice(status) || status === 'answered';
}

export const canWithdraw = isAwaitingAdvice;

/** A time as people in the UK read it, in UK time (e.g. "23 Nov 2026, 10:00"): the one formatter for cards. */
export function ukDateTime(iso: string | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
}

/** A short human reference such as `ISA-7K3Q` that the asker notes in their own case system. */
export function makeReference(random: () => number, length = 4): string {
  return `ISA-${shortCode(random, length)}`;
}

export const REFERENCE_PATTERN = /^ISA-[2-9A-HJKMNP-Z]{4,6}$/;

/** The earliest time the scheduler has something to do for this request (kept on every write, for one indexed query). */
export function nextDueAt(r: Pick<AdviceRequest, 'status' | 'deadlines' | 'escalated' | 'outbox' | 'decisionReminders'>): string | undefined {
  const times: string[] = [];
  const open = isAwaitingAdvice(r.status);
  if (r.deadlines && r.status === 'sent' && !r.escalated.claim) times.push(r.deadlines.claimBy);
  if (r.deadlines && open && !r.escalated.answer) times.push(r.deadlines.answerBy);
  const reminders = r.decisionReminders;
  if (reminders && r.status === 'answered' && reminders.queued < reminders.due.length) times.push(reminders.due[reminders.queued]!);
  for (const item of r.outbox) times.push(item.leaseUntil ?? item.createdAt);
  return times.sort()[0];
}

/**
 * Adds the audit event for a change to the request's outbox, so it is written in the same
 * conditional write as the change and appended to the audit trail by the scheduler.
 */
export function withAudit(
  r: AdviceRequest,
  action: AuditAction,
  actor: { id: string; displayName: string },
  at: string,
  itemId: string,
  details: Record<string, string | number | boolean> = {},
): AdviceRequest {
  const event = { id: itemId, tenantId: r.tenantId, subjectType: 'request' as const, subjectId: r.id, reference: r.reference, action, actor: { id: actor.id, displayName: actor.displayName }, at, details };
  return { ...r, outbox: [...r.outbox, { id: itemId, kind: 'audit', event, createdAt: at, attempts: 0 }] };
}

/**
 * Adds the Teams messages owed for a lead's action (the channel card update and the asker's
 * notice) to the outbox, in the same conditional write as the change: if Teams refuses them for
 * a while, or the process stops, the scheduler delivers them later, in order.
 */
export function withAnnouncement(r: AdviceRequest, event: (typeof ANNOUNCED_EVENTS)[number], at: string, itemId: string, channelOnly = false): AdviceRequest {
  return { ...r, outbox: [...r.outbox, { id: itemId, kind: 'announce', announce: { event, channelOnly }, createdAt: at, attempts: 0 }] };
}
