import { SYSTEM_ACTOR } from '../domain/audit.js';
import { nextDueAt, ukDateTime, withAudit, type AdviceRequest } from '../domain/request.js';
import type { CardView } from './cards.js';
import { addWorkingDays } from './escalation.js';

/**
 * Rule 7 followed through: once advice is given, the asker is reminded to record their decision
 * after a set number of working days, and once more later, unless a decision has been recorded
 * (checked when each reminder is delivered). Pure; the scheduler applies these with conditional
 * writes, and the reminders go through the request's outbox, so several instances send each once.
 */

/** Working days after the advice when each reminder is due (the deployment's default). */
export const DEFAULT_DECISION_REMINDER_DAYS: readonly number[] = [3, 8];

/** Sets the reminders' due times when the advice is first given; an answer changed later keeps them. */
export function withDecisionReminders(r: AdviceRequest, workingDays: readonly number[]): AdviceRequest {
  if (r.decisionReminders || !r.answeredAt || workingDays.length === 0) return r;
  const answered = new Date(r.answeredAt);
  const next = { ...r, decisionReminders: { due: workingDays.map((d) => addWorkingDays(answered, d).toISOString()), queued: 0 } };
  return { ...next, nextDueAt: nextDueAt(next) };
}

/** Queues the reminder that is due (one at a time, in order); undefined when none is. */
export function remindDue(r: AdviceRequest, now: Date, newId: () => string): AdviceRequest | undefined {
  const reminders = r.decisionReminders;
  if (!reminders || r.status !== 'answered' || reminders.queued >= reminders.due.length) return undefined;
  const at = now.toISOString();
  if (reminders.due[reminders.queued]! > at) return undefined;
  const number = reminders.queued + 1;
  const id = newId();
  const queued: AdviceRequest = {
    ...r,
    decisionReminders: { ...reminders, queued: number },
    outbox: [...r.outbox, { id, kind: 'reminder', number, createdAt: at, attempts: 0 }],
    updatedAt: at,
  };
  const next = withAudit(queued, 'reminded', SYSTEM_ACTOR, at, `${id}-audit`, { reminder: number });
  return { ...next, nextDueAt: nextDueAt(next) };
}

/** Once a decision is recorded (found when a reminder is due), no further reminder is sent. */
export function stopReminders(r: Pick<AdviceRequest, 'decisionReminders'>): Partial<AdviceRequest> {
  return r.decisionReminders ? { decisionReminders: { ...r.decisionReminders, queued: r.decisionReminders.due.length } } : {};
}

export function reminderCard(r: AdviceRequest, number: number): CardView {
  const when = ukDateTime(r.answer?.at ?? r.answeredAt);
  return {
    name: 'notice',
    data: {
      title: number === 1 ? `Record your decision on ${r.reference}` : `Still to record: your decision on ${r.reference}`,
      text: `You had advice from your safeguarding lead on ${r.reference}${when ? ` (${when})` : ''}, and no decision has been recorded yet. Golden rule 7: record what you decided and why — whether you shared the information or not. It takes a few minutes.`,
      style: number === 1 ? 'warning' : 'attention',
      actions: [
        { title: 'Record my decision', verb: 'decision.start', data: { requestId: r.id } },
        { title: `View ${r.reference}`, verb: 'request.view', data: { requestId: r.id } },
      ],
    },
  };
}
