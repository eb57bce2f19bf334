import type { IdentifierCheckSummary } from './advice/identifier-check.js';
import { CloseReasonSchema, isOpen, type AdviceRequest, type PersonRef, type Recommendation } from '../domain/request.js';

/**
 * What safeguarding leads can do with a request, as pure transitions. Each returns the changed
 * request and the event to tell people about, or a refusal with a stable reason. Every write of
 * the result is conditional on the request's ETag, so two leads racing get one winner.
 */

export type LeadEvent = 'claimed' | 'released' | 'assigned' | 'answered' | 'followUp' | 'askerReplied' | 'closed';

export type Refusal =
  | 'ALREADY_CLAIMED'
  | 'NOT_CLAIMED_BY_YOU'
  | 'NOT_OPEN'
  | 'NOT_THE_ASKER'
  | 'NOTHING_TO_REPLY_TO'
  | 'NO_CLOSE_REASON';

export type LeadResult =
  | { ok: true; request: AdviceRequest; event: LeadEvent }
  | { ok: false; reason: Refusal; request: AdviceRequest };


function touch(r: AdviceRequest, now: Date, patch: Partial<AdviceRequest>): AdviceRequest {
  return { ...r, ...patch, updatedAt: now.toISOString() };
}

function holds(r: AdviceRequest, lead: PersonRef): boolean {
  return r.lead?.id === lead.id;
}

export function claim(r: AdviceRequest, lead: PersonRef, now: Date): LeadResult {
  if (r.status !== 'sent') {
    if (r.lead && holds(r, lead) && r.status === 'claimed') return { ok: true, request: r, event: 'claimed' };
    return { ok: false, reason: r.status === 'claimed' || r.status === 'answered' ? 'ALREADY_CLAIMED' : 'NOT_OPEN', request: r };
  }
  return { ok: true, event: 'claimed', request: touch(r, now, { status: 'claimed', lead, claimedAt: r.claimedAt ?? now.toISOString() }) };
}

export function release(r: AdviceRequest, lead: PersonRef, now: Date): LeadResult {
  if (r.status !== 'claimed') return { ok: false, reason: 'NOT_OPEN', request: r };
  if (!holds(r, lead)) return { ok: false, reason: 'NOT_CLAIMED_BY_YOU', request: r };
  return { ok: true, event: 'released', request: touch(r, now, { status: 'sent', lead: undefined }) };
}

/** Hand the request to a colleague: the current holder, or anyone while it is unclaimed. */
export function assign(r: AdviceRequest, by: PersonRef, to: PersonRef, now: Date): LeadResult {
  if (r.status !== 'sent' && r.status !== 'claimed') return { ok: false, reason: 'NOT_OPEN', request: r };
  if (r.status === 'claimed' && !holds(r, by)) return { ok: false, reason: 'NOT_CLAIMED_BY_YOU', request: r };
  return { ok: true, event: 'assigned', request: touch(r, now, { status: 'claimed', lead: to, claimedAt: r.claimedAt ?? now.toISOString() }) };
}

export function answer(r: AdviceRequest, lead: PersonRef, recommendation: Recommendation, text: string, now: Date, check?: IdentifierCheckSummary): LeadResult {
  if (r.status !== 'claimed' && r.status !== 'answered') return { ok: false, reason: r.status === 'sent' ? 'NOT_CLAIMED_BY_YOU' : 'NOT_OPEN', request: r };
  if (!holds(r, lead)) return { ok: false, reason: 'NOT_CLAIMED_BY_YOU', request: r };
  const at = now.toISOString();
  return {
    ok: true,
    event: 'answered',
    request: touch(r, now, { status: 'answered', answer: { recommendation, text, by: lead, at, ...(check ? { identifierCheck: check } : {}) }, answeredAt: r.answeredAt ?? at }),
  };
}

export function askFollowUp(r: AdviceRequest, lead: PersonRef, text: string, now: Date, check?: IdentifierCheckSummary): LeadResult {
  if (r.status !== 'claimed' && r.status !== 'answered') return { ok: false, reason: 'NOT_CLAIMED_BY_YOU', request: r };
  if (!holds(r, lead)) return { ok: false, reason: 'NOT_CLAIMED_BY_YOU', request: r };
  return {
    ok: true,
    event: 'followUp',
    request: touch(r, now, { conversation: [...r.conversation, { from: 'lead', by: lead, text, at: now.toISOString(), ...(check ? { identifierCheck: check } : {}) }] }),
  };
}

export function askerReply(r: AdviceRequest, asker: PersonRef, text: string, now: Date, check?: IdentifierCheckSummary): LeadResult {
  if (r.asker.id !== asker.id) return { ok: false, reason: 'NOT_THE_ASKER', request: r };
  if (!isOpen(r.status)) return { ok: false, reason: 'NOT_OPEN', request: r };
  if (!r.conversation.some((e) => e.from === 'lead')) return { ok: false, reason: 'NOTHING_TO_REPLY_TO', request: r };
  return {
    ok: true,
    event: 'askerReplied',
    request: touch(r, now, { conversation: [...r.conversation, { from: 'asker', by: asker, text, at: now.toISOString(), ...(check ? { identifierCheck: check } : {}) }] }),
  };
}

/** Closing without advice: only with one of the reasons (CLOSE_REASONS), which is kept with the request. */
export function close(r: AdviceRequest, lead: PersonRef, now: Date, reason: string): LeadResult {
  if (!isOpen(r.status)) return { ok: false, reason: 'NOT_OPEN', request: r };
  if (r.lead && !holds(r, lead)) return { ok: false, reason: 'NOT_CLAIMED_BY_YOU', request: r };
  const why = CloseReasonSchema.safeParse(reason);
  if (!why.success) return { ok: false, reason: 'NO_CLOSE_REASON', request: r };
  return { ok: true, event: 'closed', request: touch(r, now, { status: 'closed', closedAt: now.toISOString(), closeReason: why.data, lead: r.lead ?? lead }) };
}

export const REFUSAL_TEXT: Record<Refusal, (r: AdviceRequest) => string> = {
  ALREADY_CLAIMED: (r) => `${r.lead?.displayName ?? 'Another lead'} has already claimed this request.`,
  NOT_CLAIMED_BY_YOU: (r) =>
    r.lead ? `Only ${r.lead.displayName}, who holds this request, can do that.` : 'Claim the request first.',
  NOT_OPEN: (r) => `This request is ${r.status}, so it can no longer be changed.`,
  NOT_THE_ASKER: () => 'Only the person who asked can reply.',
  NOTHING_TO_REPLY_TO: () => 'There is no question from a lead to reply to.',
  NO_CLOSE_REASON: () => 'Choose why you are closing it: the reason is kept with the request. Nothing was changed.',
};
