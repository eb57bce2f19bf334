import { AREAS_OF_CONCERN, URGENCIES } from '../domain/advice.js';
import { DECISIONS, type DecisionRecord } from '../domain/decision.js';
import { REQUEST_STATUSES, canWithdraw, ukDateTime, type AdviceRequest } from '../domain/request.js';
import { describeFields } from './advice/draft.js';
import type { CardData } from './cards.js';
import { answerView } from './lead-views.js';

/**
 * The asker's own view of a request (My requests → View, and the card after Send): where it
 * stands and when to expect an answer, the question as sent, every exchange with the lead, the
 * lead's advice, and the decision recorded on it — so the advice can be found again.
 */

const when = ukDateTime;

/** When the asker can expect the leads to act, for the urgency they chose; empty once it is settled. */
export function expectLine(request: AdviceRequest): string {
  const d = request.deadlines;
  if (!d) return '';
  const chose = `You chose "${URGENCIES[request.fields.urgency]}".`;
  if (request.status === 'sent') return `${chose} A safeguarding lead should pick this up by ${when(d.claimBy)} and answer by ${when(d.answerBy)}. If nobody has by then, it is escalated automatically.`;
  if (request.status === 'claimed') return `${chose} The lead should answer by ${when(d.answerBy)}.`;
  return '';
}

/**
 * Not "sent to the safeguarding leads" while the organisation has no leads' queue and the request
 * has not reached one: say where it is instead.
 */
export function statusTextOf(request: AdviceRequest, hasLeadsQueue: boolean, settingName?: string): string {
  const waiting = !hasLeadsQueue && request.status === 'sent' && !request.channelPost;
  const whose = settingName ? `${settingName} has` : 'your organisation has';
  return waiting ? `Saved — not yet with the safeguarding leads (${whose} no leads' queue in Teams yet)` : REQUEST_STATUSES[request.status];
}

export interface RequestStatusOptions {
  notice?: string;
  /** Whether the organisation has a leads' queue (default: yes). */
  hasLeadsQueue?: boolean;
  /** The request's setting, in an organisation with several (named where its queue is missing). */
  settingName?: string | undefined;
  /** The decision recorded on this request (its latest version), if any. */
  decision?: DecisionRecord | undefined;
}

export function requestStatusCard(request: AdviceRequest, options: RequestStatusOptions = {}): { name: 'requestStatus'; data: CardData['requestStatus'] } {
  const decision = options.decision;
  return {
    name: 'requestStatus',
    data: {
      reference: request.reference,
      requestId: request.id,
      status: request.status,
      statusText: statusTextOf(request, options.hasLeadsQueue ?? true, options.settingName),
      facts: [{ title: 'Sent', value: when(request.createdAt) }, ...describeFields(request.fields)],
      canWithdraw: canWithdraw(request.status),
      notice: options.notice ?? '',
      expect: expectLine(request),
      area: AREAS_OF_CONCERN[request.fields.area],
      question: request.question,
      exchanges: request.conversation.map((e) => ({ who: e.from === 'lead' ? `${e.by.displayName} (safeguarding lead)` : 'You', text: e.text, when: when(e.at) })),
      hasExchanges: request.conversation.length > 0,
      answer: answerView(request),
      hasAnswer: request.answer !== undefined,
      decision: decision
        ? {
            recorded: true,
            recordId: decision.recordId,
            text: `${DECISIONS[decision.content.decision]} — recorded ${when(decision.createdAt)}${decision.version > 1 ? ` (version ${decision.version})` : ''}`,
          }
        : { recorded: false, recordId: '', text: '' },
      canRecord: decision === undefined && request.answer !== undefined,
    },
  };
}
