import { withAnnouncement, withAudit, type AdviceRequest, type PersonRef } from '../domain/request.js';
import { createScheduler } from './scheduler.js';
import { confirmedKeys } from '../flow/advice/draft.js';
import { EMPTY_SUMMARY, checkQuestion } from '../flow/advice/identifier-check.js';
import type { CardView } from '../flow/cards.js';
import { askerUpdateCard, isRecommendation, leadRequestCard, type LeadViewer } from '../flow/lead-views.js';
import { REFUSAL_TEXT, answer, askFollowUp, askerReply, assign, claim, close, release, type LeadEvent, type LeadResult } from '../flow/leads.js';
import type { Caller, Handler, HandlerDeps } from './context.js';
import { notFound } from './notices.js';

/** Lead actions: membership of the leads' team is checked on every one, from Teams, never from card data. */

function me(caller: Caller): PersonRef {
  return { id: caller.userId, displayName: caller.displayName, accountId: caller.accountId };
}

async function hideAsker(tenantId: string, deps: HandlerDeps): Promise<boolean> {
  return (await deps.store.tenants.get(tenantId)).hideAskerIdentity === true;
}

async function viewFor(r: AdviceRequest, caller: Caller, deps: HandlerDeps, notice = ''): Promise<CardView> {
  const viewer: LeadViewer = r.lead?.id === caller.userId ? 'holder' : 'lead';
  // Side by side: in a store outage each waits for the store call timeout, and one after the
  // other they would overrun Teams' 5 s for an invoke.
  const [leads, hide] = await Promise.all([
    viewer === 'holder' || r.status === 'sent' ? deps.directory.leads(caller.tenantId).catch(() => []) : Promise.resolve([]),
    hideAsker(caller.tenantId, deps),
  ]);
  return leadRequestCard(r, { viewer, hideAsker: hide, leads, notice });
}

function notALead(r: AdviceRequest | undefined, hide: boolean): CardView {
  const notice = "Only members of your organisation's safeguarding leads team can do this.";
  if (!r) return { name: 'notice', data: { title: 'Safeguarding leads only', text: notice, style: 'warning', actions: [] } };
  return leadRequestCard(r, { viewer: 'everyone', hideAsker: hide, notice });
}

/** Codes only: ids, statuses and counts — never the text of advice or questions. */
function auditDetails(r: AdviceRequest, event: LeadEvent): Record<string, string | number> {
  if (event === 'answered' && r.answer) return { recommendation: r.answer.recommendation, leadId: r.answer.by.id };
  if (event === 'claimed' || event === 'assigned') return { leadId: r.lead?.id ?? '' };
  if (event === 'followUp' || event === 'askerReplied') return { exchanges: r.conversation.length };
  return { status: r.status };
}

async function act(
  requestId: string,
  caller: Caller,
  deps: HandlerDeps,
  transition: (r: AdviceRequest, lead: PersonRef) => LeadResult,
): Promise<CardView> {
  const isLead = await deps.directory.isLead(caller.tenantId, caller.accountId);
  if (!isLead) return notALead(await deps.store.requests.get(caller.tenantId, requestId), await hideAsker(caller.tenantId, deps));
  let result: LeadResult | undefined;
  let changed = false;
  const at = deps.clock.now().toISOString();
  const updated = await deps.store.requests.update(caller.tenantId, requestId, (current) => {
    result = transition(current, me(caller));
    changed = result.ok && result.request !== current;
    if (!changed || !result.ok) return undefined;
    const audited = withAudit(result.request, result.event, me(caller), at, `${result.event}-${deps.ids.newId()}`, auditDetails(result.request, result.event));
    return withAnnouncement(audited, result.event, at, `announce-${deps.ids.newId()}`);
  });
  if (!updated || !result) return notFound('Request');
  if (!result.ok) return viewFor(updated, caller, deps, REFUSAL_TEXT[result.reason](updated));
  if (changed) createScheduler(deps).deliverSoon(updated);
  return viewFor(updated, caller, deps);
}

export const claimRequest: Handler<'lead.claim'> = (p, caller, deps) => act(p.requestId, caller, deps, (r, lead) => claim(r, lead, deps.clock.now()));
export const releaseRequest: Handler<'lead.release'> = (p, caller, deps) => act(p.requestId, caller, deps, (r, lead) => release(r, lead, deps.clock.now()));
export const closeRequest: Handler<'lead.close'> = (p, caller, deps) => act(p.requestId, caller, deps, (r, lead) => close(r, lead, deps.clock.now()));

export const assignRequest: Handler<'lead.assign'> = async (p, caller, deps) => {
  const colleague = (await deps.directory.leads(caller.tenantId)).find((l) => l.id === p.assignee);
  if (!colleague) {
    const r = await deps.store.requests.get(caller.tenantId, p.requestId);
    return r ? viewFor(r, caller, deps, 'Choose a colleague from the safeguarding leads team.') : notFound('Request');
  }
  const to: PersonRef = { id: colleague.id, displayName: colleague.displayName, accountId: colleague.accountId };
  return act(p.requestId, caller, deps, (r, lead) => assign(r, lead, to, deps.clock.now()));
};

/** Lead text (advice or a follow-up question) passes the identifier check before it is stored or sent. */
async function withCheckedText(
  p: { requestId: string; leadText: string; replace: 'true' | 'false' } & Record<string, unknown>,
  caller: Caller,
  deps: HandlerDeps,
  mode: 'answer' | 'followUp',
  recommendation: string,
  apply: (r: AdviceRequest, lead: PersonRef, text: string) => LeadResult,
): Promise<CardView> {
  if (!(await deps.directory.isLead(caller.tenantId, caller.accountId))) {
    return notALead(await deps.store.requests.get(caller.tenantId, p.requestId), await hideAsker(caller.tenantId, deps));
  }
  const current = await deps.store.requests.get(caller.tenantId, p.requestId);
  if (!current) return notFound('Request');
  const text = p.leadText.trim();
  if (text.length === 0 || text.length > 4000) {
    return viewFor(current, caller, deps, text.length === 0 ? 'Write your advice or question first.' : 'Please keep it under 4000 characters.');
  }
  if (mode === 'answer' && !isRecommendation(recommendation)) return viewFor(current, caller, deps, 'Choose a recommendation.');
  const outcome = checkQuestion(text, confirmedKeys(p), EMPTY_SUMMARY, p.replace === 'true');
  if (!outcome.approved) {
    return leadRequestCard(current, {
      viewer: 'holder',
      hideAsker: await hideAsker(caller.tenantId, deps),
      notice: 'Your text may identify someone. Nothing has been sent or saved: replace the marked details, or confirm they identify no one.',
      draft: { text: outcome.question, recommendation, mode, findings: outcome.findings },
    });
  }
  return act(p.requestId, caller, deps, (r, lead) => apply(r, lead, outcome.question));
}

export const answerRequest: Handler<'lead.answer'> = (p, caller, deps) =>
  withCheckedText(p, caller, deps, 'answer', p.recommendation, (r, lead, text) =>
    isRecommendation(p.recommendation) ? answer(r, lead, p.recommendation, text, deps.clock.now()) : { ok: false, reason: 'NOT_OPEN', request: r },
  );

export const followUpRequest: Handler<'lead.followUp'> = (p, caller, deps) =>
  withCheckedText(p, caller, deps, 'followUp', '', (r, lead, text) => askFollowUp(r, lead, text, deps.clock.now()));

/** Universal Actions refresh: each viewer gets their own view (only the holder sees Answer). */
export const refreshRequest: Handler<'lead.refresh'> = async (p, caller, deps) => {
  const r = await deps.store.requests.get(caller.tenantId, p.requestId);
  if (!r) return notFound('Request');
  if (!(await deps.directory.isLead(caller.tenantId, caller.accountId))) return notALead(r, await hideAsker(caller.tenantId, deps));
  return viewFor(r, caller, deps);
};

/** The asker answers a lead's follow-up question in their 1:1 chat; the text is checked like the question was. */
export const replyToLead: Handler<'request.reply'> = async (p, caller, deps) => {
  const current = await deps.store.requests.get(caller.tenantId, p.requestId);
  if (!current || current.asker.id !== caller.userId) return notFound('Request');
  const text = p.replyText.trim();
  if (text.length === 0 || text.length > 4000) {
    return askerUpdateCard(current, 'followUp', { notice: text.length === 0 ? 'Write your reply first.' : 'Please keep it under 4000 characters.' });
  }
  const outcome = checkQuestion(text, confirmedKeys(p), EMPTY_SUMMARY, p.replace === 'true');
  if (!outcome.approved) {
    return askerUpdateCard(current, 'followUp', {
      notice: 'Your reply may identify someone. Nothing has been sent or saved: replace the marked details, or confirm they identify no one.',
      draft: { text: outcome.question, findings: outcome.findings },
    });
  }
  let result: LeadResult | undefined;
  const asker = { id: caller.userId, displayName: caller.displayName };
  const updated = await deps.store.requests.update(caller.tenantId, p.requestId, (r) => {
    result = askerReply(r, asker, outcome.question, deps.clock.now());
    if (!result.ok) return undefined;
    const audited = withAudit(result.request, 'askerReplied', asker, result.request.updatedAt, `askerReplied-${deps.ids.newId()}`, auditDetails(result.request, 'askerReplied'));
    return withAnnouncement(audited, 'askerReplied', result.request.updatedAt, `announce-${deps.ids.newId()}`);
  });
  if (!updated || !result) return notFound('Request');
  if (!result.ok) return askerUpdateCard(updated, 'view', { notice: REFUSAL_TEXT[result.reason](updated) });
  createScheduler(deps).deliverSoon(updated);
  return askerUpdateCard(updated, 'replySent');
};
