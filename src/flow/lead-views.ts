import { ASKER_ROLES, URGENCIES } from '../domain/advice.js';
import { CLOSE_REASONS, RECOMMENDATIONS, REQUEST_STATUSES, isAwaitingAdvice, isOpen, ukDateTime, type AdviceRequest, type Recommendation } from '../domain/request.js';
import type { LeadMember } from '../ports/directory.js';
import { describeFields, identifierNote } from './advice/draft.js';
import { shownGuidanceOf } from './advice/shown.js';
import { MAX_FINDINGS_SHOWN, type FindingView } from './advice/identifier-check.js';
import type { AnswerView, CardData, CheckView } from './cards.js';

/** Cards for the leads' channel and for the asker's updates, built from the stored request only. */

const when = ukDateTime;

const NO_CHECK: CheckView = { active: false, findings: [], count: 0 };

export function answerView(r: AdviceRequest): AnswerView {
  if (!r.answer) return { recommendation: '', text: '', by: '', when: '' };
  return {
    recommendation: RECOMMENDATIONS[r.answer.recommendation],
    text: r.answer.text,
    by: r.answer.by.displayName,
    when: when(r.answer.at),
  };
}

/** The most colleagues "Assign to a colleague" lists (the card's size is tested with this many long names). */
export const MAX_ASSIGNABLE = 30;

export type LeadViewer = 'everyone' | 'holder' | 'lead';

export interface LeadCardOptions {
  viewer: LeadViewer;
  hideAsker: boolean;
  leads?: readonly LeadMember[];
  notice?: string;
  draft?: { text: string; recommendation: string; mode: 'answer' | 'followUp'; findings: FindingView[] };
}

export function leadRequestCard(r: AdviceRequest, options: LeadCardOptions): { name: 'leadRequest'; data: CardData['leadRequest'] } {
  const open = isOpen(r.status);
  const holder = options.viewer === 'holder' && open;
  const shown = shownGuidanceOf(r);
  const asker: { title: string; value: string }[] = options.hideAsker
    ? []
    : [{ title: 'Asked by', value: `${r.asker.displayName} — ${ASKER_ROLES[r.fields.askerRole]}` }];
  const data: CardData['leadRequest'] = {
    requestId: r.id,
    reference: r.reference,
    status: r.status,
    statusText: REQUEST_STATUSES[r.status],
    urgencyText: URGENCIES[r.fields.urgency],
    // Colour shows state: red only while an urgent request still waits for advice.
    urgent: r.fields.urgency === 'today' && isAwaitingAdvice(r.status),
    facts: [...asker, { title: 'Sent', value: when(r.createdAt) }, ...describeFields(r.fields, shown.consent)],
    question: r.question,
    guidance: shown.steps.map((s) => ({ question: s.title, answer: s.answerTitle })),
    packNote: r.guidance ? `Guidance the asker saw: ${r.guidance.packTitle}.` : '',
    identifierNote: identifierNote(r.identifierCheck),
    holderLine: r.lead
      ? `${r.status === 'closed' ? 'Closed' : r.status === 'answered' ? 'Answered' : 'Claimed'} by ${r.lead.displayName}${r.claimedAt ? ` (claimed ${when(r.claimedAt)})` : ''}${r.status === 'closed' && r.closeReason ? `. Why: ${CLOSE_REASONS[r.closeReason]}` : ''}`
      : r.status === 'sent'
        ? 'Not yet claimed'
        : '',
    exchanges: r.conversation.map((e) => ({ who: e.from === 'lead' ? `${e.by.displayName} (lead)` : 'The asker', text: e.text, when: when(e.at) })),
    hasExchanges: r.conversation.length > 0,
    answer: answerView(r),
    hasAnswer: r.answer !== undefined,
    canClaim: r.status === 'sent',
    canWork: holder,
    canAssign: (r.status === 'sent' || (holder && r.status === 'claimed')) && (options.leads?.length ?? 0) > 0,
    // At most MAX_ASSIGNABLE colleagues, by name: a card must fit Teams' message size, whatever the team's size.
    leads: [...(options.leads ?? [])]
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'))
      .slice(0, MAX_ASSIGNABLE)
      .map((l) => ({ title: l.displayName, value: l.id })),
    recommendations: Object.entries(RECOMMENDATIONS).map(([value, title]) => ({ value, title })),
    // Release and close are hidden while the holder's text is in the identifier check (the card stays within Teams' size).
    closeReasons: holder && !options.draft ? Object.entries(CLOSE_REASONS).map(([value, title]) => ({ value, title })) : [],
    draftText: options.draft?.text ?? '',
    draftRecommendation: options.draft?.recommendation ?? '',
    checkMode: options.draft?.mode ?? '',
    check: options.draft
      ? { active: true, findings: options.draft.findings.slice(0, MAX_FINDINGS_SHOWN), count: options.draft.findings.length }
      : NO_CHECK,
    notice: options.notice ?? '',
    refreshUserIds: r.lead?.accountId && open ? [r.lead.accountId] : [],
  };
  return { name: 'leadRequest', data };
}

export type AskerUpdateKind = 'claimed' | 'followUp' | 'answered' | 'closed' | 'released' | 'replySent' | 'view';

const UPDATE_TEXT: Record<AskerUpdateKind, (r: AdviceRequest) => { title: string; text: string }> = {
  claimed: (r) => ({ title: `${r.reference}: a safeguarding lead is looking at your request`, text: `${r.lead?.displayName ?? 'A lead'} has picked it up.` }),
  released: (r) => ({ title: `${r.reference}: back in the leads' queue`, text: 'The lead who had it has handed it back; another lead will pick it up.' }),
  followUp: (r) => ({ title: `${r.reference}: the lead has a question`, text: 'Please answer in the box below — again without names or other details that identify anyone.' }),
  answered: (r) => ({
    title: `${r.reference}: advice from your safeguarding lead`,
    text: 'Golden Rule 7: keep a record of your decision and the reasons for it — whether it is to share information or not.',
  }),
  closed: (r) => ({
    title: `${r.reference}: closed`,
    text: `Your safeguarding lead has closed this request without written advice${r.closeReason ? `. Why: ${CLOSE_REASONS[r.closeReason]}` : ''}. If you still need advice, ask again or speak to your safeguarding lead.`,
  }),
  replySent: (r) => ({ title: `${r.reference}: your reply was sent`, text: 'The lead has been told. You will hear back in this chat.' }),
  view: (r) => ({ title: `Request ${r.reference}`, text: REQUEST_STATUSES[r.status] }),
};

export function askerUpdateCard(
  r: AdviceRequest,
  kind: AskerUpdateKind,
  options: { notice?: string; draft?: { text: string; findings: FindingView[] } } = {},
): { name: 'askerUpdate'; data: CardData['askerUpdate'] } {
  const lastQuestion = [...r.conversation].reverse().find((e) => e.from === 'lead');
  const open = isOpen(r.status);
  const { title, text } = UPDATE_TEXT[kind](r);
  return {
    name: 'askerUpdate',
    data: {
      requestId: r.id,
      reference: r.reference,
      title,
      text,
      statusText: REQUEST_STATUSES[r.status],
      answer: answerView(r),
      hasAnswer: r.answer !== undefined,
      question: lastQuestion
        ? { who: lastQuestion.by.displayName, text: lastQuestion.text, when: when(lastQuestion.at) }
        : { who: '', text: '', when: '' },
      hasQuestion: lastQuestion !== undefined && (kind === 'followUp' || options.draft !== undefined),
      canReply: open && lastQuestion !== undefined && (kind === 'followUp' || options.draft !== undefined),
      draftText: options.draft?.text ?? '',
      check: options.draft
        ? { active: true, findings: options.draft.findings.slice(0, MAX_FINDINGS_SHOWN), count: options.draft.findings.length }
        : NO_CHECK,
      notice: options.notice ?? '',
    },
  };
}

export function isRecommendation(value: string): value is Recommendation {
  return Object.hasOwn(RECOMMENDATIONS, value);
}
