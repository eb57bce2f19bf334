import { AGE_BANDS, AREAS_OF_CONCERN, ASKER_ROLES, CONSENT_STATUSES, INFORMATION_KINDS, PEOPLE_INVOLVED, RECIPIENTS, URGENCIES } from '../domain/advice.js';
import { QUEUE_GROUPS, type DeadlineState, type LeadsRequestDetail, type QueueDeadline, type QueueGroup, type QueueItem } from '../domain/leads-api.js';
import { RECOMMENDATIONS, REQUEST_STATUSES, ukDateTime, type AdviceRequest } from '../domain/request.js';
import type { Setting } from '../domain/setting.js';
import { settingIdOf } from '../domain/tenant.js';

/**
 * The leads' view of their queue, as pure functions of the requests, the signed-in lead and the
 * time: which group each request is in, how near its deadline is (in words, never colour alone),
 * its age, and the Teams link to its card in the leads' channel. No I/O here.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Answered requests stay in the view this long (the group "Answered in the last 3 days"). */
export const ANSWERED_SHOWN_DAYS = 3;

/**
 * `past` once the deadline has gone; `near` when what is left is at most a quarter of the whole
 * window (from when it was asked) or at most an hour — so a 30-minute claim deadline is near from
 * the start, and a two-working-day answer deadline for its last half day.
 */
export function deadlineState(createdAt: string, deadline: string, now: Date): DeadlineState {
  const due = Date.parse(deadline);
  const left = due - now.getTime();
  if (left <= 0) return 'past';
  const window = due - Date.parse(createdAt);
  return left <= window / 4 || left <= HOUR ? 'near' : 'ok';
}

const STATE_WORDS: Record<DeadlineState, string> = { ok: '', near: ' — due soon', past: ' — past deadline' };

/** The deadline that matters now: claim-by while unclaimed, answer-by while claimed; none once answered. */
export function deadlineOf(r: AdviceRequest, now: Date): QueueDeadline | undefined {
  if (!r.deadlines || (r.status !== 'sent' && r.status !== 'claimed')) return undefined;
  const kind = r.status === 'sent' ? 'claim' : 'answer';
  const at = kind === 'claim' ? r.deadlines.claimBy : r.deadlines.answerBy;
  const state = deadlineState(r.createdAt, at, now);
  return { kind, at, state, label: `${kind === 'claim' ? 'Claim by' : 'Answer by'} ${ukDateTime(at)}${STATE_WORDS[state]}` };
}

/** A lead asked the asker something, and the asker has not replied yet. */
export function isWaitingOnAsker(r: AdviceRequest): boolean {
  return (r.status === 'claimed' || r.status === 'answered') && r.conversation.at(-1)?.from === 'lead';
}

export function groupOf(r: AdviceRequest, leadId: string): QueueGroup {
  if (r.status === 'sent') return 'unclaimed';
  if (r.status === 'answered') return 'answered';
  if (isWaitingOnAsker(r)) return 'waiting';
  return r.lead?.id === leadId ? 'mine' : 'colleagues';
}

/** "12 min", "3 h 5 min", "2 days". */
export function ageText(from: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(from)) / MINUTE));
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) {
    const m = minutes % 60;
    return `${Math.floor(minutes / 60)} h${m ? ` ${m} min` : ''}`;
  }
  const days = Math.floor(minutes / (24 * 60));
  return `${days} day${days === 1 ? '' : 's'}`;
}

/**
 * Teams' deep link to a channel message ("Deep link to navigate to channel conversation",
 * learn.microsoft.com, Teams platform): `/l/message/<channelId>/<parentMessageId>?tenantId=…&parentMessageId=…`.
 * The card is the thread's root, so its own id is the parent message id.
 */
export function channelMessageLink(tenantId: string, post: { conversationId: string; activityId: string }): string {
  // A channel conversation id can carry the thread (`19:…@thread.tacv2;messageid=…`): the channel is before the `;`.
  const channelId = post.conversationId.split(';')[0] ?? post.conversationId;
  const query = new URLSearchParams({ tenantId, parentMessageId: post.activityId });
  return `https://teams.microsoft.com/l/message/${encodeURIComponent(channelId)}/${encodeURIComponent(post.activityId)}?${query.toString()}`;
}

const label = (labels: Record<string, string>, key: string) => labels[key] ?? key;

export function queueItem(r: AdviceRequest, setting: Pick<Setting, 'id' | 'name'>, lead: { id: string }, now: Date): QueueItem {
  const deadline = deadlineOf(r, now);
  return {
    requestId: r.id,
    reference: r.reference,
    settingId: setting.id,
    settingName: setting.name,
    group: groupOf(r, lead.id),
    status: r.status,
    statusLabel: r.status === 'sent' ? 'Unclaimed' : r.status === 'claimed' ? 'Claimed' : label(REQUEST_STATUSES, r.status),
    urgency: r.fields.urgency,
    urgencyLabel: label(URGENCIES, r.fields.urgency),
    areaLabel: label(AREAS_OF_CONCERN, r.fields.area),
    createdAt: r.createdAt,
    age: ageText(r.createdAt, now),
    ...(r.lead && r.status !== 'sent' ? { holder: { displayName: r.lead.displayName, isYou: r.lead.id === lead.id } } : {}),
    waitingOnAsker: isWaitingOnAsker(r),
    ...(deadline ? { deadline } : {}),
    ...(r.channelPost ? { channelLink: channelMessageLink(r.tenantId, r.channelPost) } : {}),
  };
}

const GROUP_ORDER = Object.keys(QUEUE_GROUPS) as QueueGroup[];
const STATE_ORDER: Record<DeadlineState, number> = { past: 0, near: 1, ok: 2 };

/** Group by group (in QUEUE_GROUPS order), then past before near before the rest, then the earliest deadline, then the oldest. */
export function sortQueue(items: readonly QueueItem[]): QueueItem[] {
  const key = (i: QueueItem) => [GROUP_ORDER.indexOf(i.group), i.deadline ? STATE_ORDER[i.deadline.state] : 3, i.deadline?.at ?? '~', i.createdAt] as const;
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let k = 0; k < ka.length; k++) {
      if (ka[k] !== kb[k]) return ka[k]! < kb[k]! ? -1 : 1;
    }
    return 0;
  });
}

export function queueCounts(items: readonly QueueItem[]): Record<QueueGroup, number> & { near: number; past: number } {
  const counts = { unclaimed: 0, mine: 0, waiting: 0, colleagues: 0, answered: 0, near: 0, past: 0 };
  for (const i of items) {
    counts[i.group]++;
    if (i.deadline?.state === 'near') counts.near++;
    if (i.deadline?.state === 'past') counts.past++;
  }
  return counts;
}

/** Is this request in one of these settings (a request with no setting is `main`'s)? */
export function inSettings(r: Pick<AdviceRequest, 'settingId'>, settingIds: ReadonlySet<string>): boolean {
  return settingIds.has(settingIdOf(r));
}

/** The request opened in the leads' view: what the channel card shows (anonymised), in words. */
export function requestDetail(r: AdviceRequest, item: QueueItem, hideAsker: boolean): LeadsRequestDetail {
  const list = (labels: Record<string, string>, keys: readonly string[]) => keys.map((k) => label(labels, k)).join(', ');
  const fields = [
    { label: 'Urgency', value: label(URGENCIES, r.fields.urgency) },
    { label: 'Area of concern', value: label(AREAS_OF_CONCERN, r.fields.area) },
    { label: 'Age band', value: label(AGE_BANDS, r.fields.ageBand) },
    { label: 'People involved', value: list(PEOPLE_INVOLVED, r.fields.involved) },
    { label: 'Information to share', value: list(INFORMATION_KINDS, r.fields.informationKinds) },
    { label: 'Share with', value: list(RECIPIENTS, r.fields.recipients) },
    { label: 'Consent', value: label(CONSENT_STATUSES, r.fields.consent) },
    { label: 'Asked', value: ukDateTime(r.createdAt) },
  ];
  const askerRole = label(ASKER_ROLES, r.fields.askerRole);
  return {
    item,
    question: r.question,
    fields,
    ...(hideAsker ? {} : { asker: `${r.asker.displayName} (${askerRole})` }),
    exchanges: r.conversation.map((x) => ({ from: x.from, by: x.from === 'asker' && hideAsker ? 'The asker' : x.by.displayName, text: x.text, at: x.at })),
    ...(r.answer ? { answer: { recommendation: label(RECOMMENDATIONS, r.answer.recommendation), text: r.answer.text, by: r.answer.by.displayName, at: r.answer.at } } : {}),
  };
}
