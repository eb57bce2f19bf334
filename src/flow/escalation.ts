import type { Urgency } from '../domain/advice.js';
import { isAwaitingAdvice, nextDueAt, withAudit, type AdviceRequest, type OutboxItem } from '../domain/request.js';
import { SYSTEM_ACTOR } from '../domain/audit.js';

/**
 * Nothing waits silently: every request has deadlines by urgency; a missed one is escalated once
 * (a card in the leads' channel and a notice to the tenant's escalation contacts). Pure: the
 * scheduler applies these with conditional writes, so with several app instances each due item
 * is handled once.
 */

export interface EscalationPolicy {
  todayClaimMinutes: number;
  todayAnswerMinutes: number;
  weekClaimWorkingDays: number;
  weekAnswerWorkingDays: number;
  /** How long one instance may hold an outbox item before another may retry it. */
  leaseMinutes: number;
}

export const DEFAULT_ESCALATION_POLICY: EscalationPolicy = {
  todayClaimMinutes: 30,
  todayAnswerMinutes: 240,
  weekClaimWorkingDays: 1,
  weekAnswerWorkingDays: 2,
  leaseMinutes: 2,
};

const MINUTE = 60_000;

/** Adds working days (Monday–Friday, UK bank holidays not counted) keeping the time of day. */
export function addWorkingDays(from: Date, days: number): Date {
  const d = new Date(from.getTime());
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const day = d.getUTCDay();
    if (day !== 0 && day !== 6) left--;
  }
  return d;
}

export function deadlinesFor(urgency: Urgency, createdAt: Date, policy: EscalationPolicy): AdviceRequest['deadlines'] {
  if (urgency === 'today') {
    return {
      claimBy: new Date(createdAt.getTime() + policy.todayClaimMinutes * MINUTE).toISOString(),
      answerBy: new Date(createdAt.getTime() + policy.todayAnswerMinutes * MINUTE).toISOString(),
    };
  }
  if (urgency === 'this_week') {
    return {
      claimBy: addWorkingDays(createdAt, policy.weekClaimWorkingDays).toISOString(),
      answerBy: addWorkingDays(createdAt, policy.weekAnswerWorkingDays).toISOString(),
    };
  }
  // Immediate danger never becomes a request: it stops at the emergency guidance.
  return undefined;
}


/** Escalates every deadline that has passed and was not escalated yet; undefined when nothing is due. */
export function escalateDue(r: AdviceRequest, now: Date, newId: () => string): AdviceRequest | undefined {
  if (!r.deadlines) return undefined;
  const at = now.toISOString();
  const escalated = { ...r.escalated };
  const outbox: OutboxItem[] = [...r.outbox];
  if (r.status === 'sent' && !escalated.claim && r.deadlines.claimBy <= at) {
    escalated.claim = at;
    outbox.push({ id: newId(), kind: 'escalation', stage: 'claim', createdAt: at, attempts: 0 });
  }
  if (isAwaitingAdvice(r.status) && !escalated.answer && r.deadlines.answerBy <= at) {
    escalated.answer = at;
    outbox.push({ id: newId(), kind: 'escalation', stage: 'answer', createdAt: at, attempts: 0 });
  }
  if (outbox.length === r.outbox.length) return undefined;
  let next: AdviceRequest = { ...r, escalated, outbox, updatedAt: at };
  for (const item of outbox.slice(r.outbox.length)) {
    if (item.kind === 'escalation') next = withAudit(next, 'escalated', SYSTEM_ACTOR, at, `${item.id}-audit`, { stage: item.stage });
  }
  return { ...next, nextDueAt: nextDueAt(next) };
}

/**
 * Takes every outbox item that no other instance holds for delivery (one lease write for them
 * all); undefined when there is none. The ids are in outbox order, the order they are delivered.
 */
export function leaseDue(r: AdviceRequest, now: Date, policy: EscalationPolicy): { request: AdviceRequest; itemIds: string[] } | undefined {
  const at = now.toISOString();
  const until = new Date(now.getTime() + policy.leaseMinutes * MINUTE).toISOString();
  const itemIds = r.outbox.filter((i) => !i.leaseUntil || i.leaseUntil <= at).map((i) => i.id);
  if (itemIds.length === 0) return undefined;
  const next = { ...r, outbox: r.outbox.map((i) => (itemIds.includes(i.id) ? { ...i, leaseUntil: until, attempts: i.attempts + 1 } : i)) };
  return { request: { ...next, nextDueAt: nextDueAt(next) }, itemIds };
}

/** Notes that an outbox item has reached one of its recipients; undefined when already noted or the item is gone. */
export function markReached(r: AdviceRequest, itemId: string, recipient: string): AdviceRequest | undefined {
  const item = r.outbox.find((i) => i.id === itemId);
  if (item?.kind !== 'escalation' || item.reached?.includes(recipient)) return undefined;
  return { ...r, outbox: r.outbox.map((i) => (i.id === itemId && i.kind === 'escalation' ? { ...i, reached: [...(i.reached ?? []), recipient] } : i)) };
}

/** Removes delivered outbox items (one write for them all) and records what delivering them produced; undefined when none is left to remove. */
export function completeItems(r: AdviceRequest, delivered: readonly { itemId: string; patch: Partial<AdviceRequest> }[]): AdviceRequest | undefined {
  const ids = new Set(delivered.map((d) => d.itemId));
  if (!r.outbox.some((i) => ids.has(i.id))) return undefined;
  const patch = Object.assign({}, ...delivered.map((d) => d.patch)) as Partial<AdviceRequest>;
  const next = { ...r, ...patch, outbox: r.outbox.filter((i) => !ids.has(i.id)) };
  return { ...next, nextDueAt: nextDueAt(next) };
}

export const ESCALATION_TEXT: Record<'claim' | 'answer', (r: AdviceRequest) => string> = {
  claim: (r) => `${r.reference} has not been claimed by its deadline. Please can a lead pick it up now.`,
  answer: (r) => `${r.reference} has not been answered by its deadline${r.lead ? ` (held by ${r.lead.displayName})` : ''}. Please make sure the asker gets advice now.`,
};
