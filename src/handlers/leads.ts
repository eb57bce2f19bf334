import { settingIdOf, settingOfLeadsTeam, type TenantSettings } from '../domain/tenant.js';
import type { Setting } from '../domain/setting.js';
import type { LeadMember } from '../ports/directory.js';
import type { Versioned } from '../ports/store.js';
import { withAnnouncement, withAudit, type AdviceRequest, type PersonRef } from '../domain/request.js';
import { confirmedKeys } from '../flow/advice/draft.js';
import { EMPTY_SUMMARY, checkQuestion, type IdentifierCheckSummary } from '../flow/advice/identifier-check.js';
import type { CardView } from '../flow/cards.js';
import { askerUpdateCard, isRecommendation, leadRequestCard, type LeadViewer } from '../flow/lead-views.js';
import { REFUSAL_TEXT, answer, askFollowUp, askerReply, assign, claim, close, release, type LeadEvent, type LeadResult } from '../flow/leads.js';
import { withDecisionReminders } from '../flow/reminders.js';
import type { Caller, Handler, HandlerDeps } from './context.js';
import type { VerbPayload } from '../flow/verbs.js';
import { leadsOnly, notFound } from '../flow/notices.js';

/** Lead actions: membership of the leads' team is checked on every one, from Teams, never from card data. */

function me(caller: Caller): PersonRef {
  return { id: caller.userId, displayName: caller.displayName, accountId: caller.accountId };
}

/**
 * Who may act as a lead: in a channel (checked in `dispatch`, VERB_PLACES) of the team that hosts
 * a setting's leads' queue, only a member of that team (read from Teams), and only on that
 * setting's requests. Anything else — a lead of another setting included — gets the same refusal,
 * which shows nothing of the request, not even whether it exists.
 */
type LeadAccess = { ok: true; settings: TenantSettings; setting: Setting & { leadsQueue: NonNullable<Setting['leadsQueue']> } } | { ok: false; card: CardView };

async function leadAccess(caller: Caller, deps: HandlerDeps): Promise<LeadAccess> {
  const settings = await caller.settings();
  const setting = settingOfLeadsTeam(settings, caller.teamId);
  if (!setting?.leadsQueue) return { ok: false, card: leadsOnly() };
  if (!(await deps.directory.isLead(caller.tenantId, setting.leadsQueue, caller.accountId))) return { ok: false, card: leadsOnly() };
  return { ok: true, settings, setting: { ...setting, leadsQueue: setting.leadsQueue } };
}

/** Is this request one of the caller's setting's? (Another setting's request is refused as if it did not exist.) */
function ofSetting(r: AdviceRequest | undefined, access: Extract<LeadAccess, { ok: true }>): boolean {
  return r === undefined || settingIdOf(r) === access.setting.id;
}

function leadsOf(caller: Caller, access: Extract<LeadAccess, { ok: true }>, deps: HandlerDeps): Promise<LeadMember[]> {
  return deps.directory.leads(caller.tenantId, access.setting.leadsQueue);
}

async function viewFor(r: AdviceRequest, caller: Caller, deps: HandlerDeps, access: Extract<LeadAccess, { ok: true }>, notice = ''): Promise<CardView> {
  const viewer: LeadViewer = r.lead?.id === caller.userId ? 'holder' : 'lead';
  const leads = viewer === 'holder' || r.status === 'sent' ? await leadsOf(caller, access, deps).catch(() => []) : [];
  return leadRequestCard(r, { viewer, hideAsker: access.settings.hideAskerIdentity === true, leads, notice });
}

/** Codes only: ids, statuses and counts — never the text of advice or questions. */
function auditDetails(r: AdviceRequest, event: LeadEvent): Record<string, string | number> {
  if (event === 'answered' && r.answer) return { recommendation: r.answer.recommendation, leadId: r.answer.by.id, ...keptDetails(r.answer.identifierCheck) };
  if (event === 'claimed' || event === 'assigned') return { leadId: r.lead?.id ?? '' };
  if (event === 'closed' && r.closeReason) return { status: r.status, reason: r.closeReason };
  if (event === 'followUp' || event === 'askerReplied') return { exchanges: r.conversation.length, ...keptDetails(r.conversation.at(-1)?.identifierCheck) };
  return { status: r.status };
}

/** Flagged details the writer kept as not identifying anyone: how many and of which kinds. */
function keptDetails(check: IdentifierCheckSummary | undefined): Record<string, string | number> {
  if (!check || check.keptAsNotIdentifying === 0) return {};
  return { keptAsNotIdentifying: check.keptAsNotIdentifying, keptKinds: check.keptKinds.join(',') };
}

async function act(
  requestId: string,
  caller: Caller,
  deps: HandlerDeps,
  access: Extract<LeadAccess, { ok: true }>,
  transition: (r: AdviceRequest, lead: PersonRef) => LeadResult,
  first?: Versioned<AdviceRequest>,
): Promise<CardView> {
  let result: LeadResult | undefined;
  let changed = false;
  let foreign = false;
  const at = deps.clock.now().toISOString();
  const updated = await deps.store.requests.update(caller.tenantId, requestId, (current) => {
    foreign = !ofSetting(current, access);
    if (foreign) return undefined;
    result = transition(current, me(caller));
    changed = result.ok && result.request !== current;
    if (!changed || !result.ok) return undefined;
    const audited = withAudit(result.request, result.event, me(caller), at, `${result.event}-${deps.ids.newId()}`, auditDetails(result.request, result.event));
    return withAnnouncement(audited, result.event, at, `announce-${deps.ids.newId()}`);
  }, first);
  if (foreign) return leadsOnly();
  if (!updated || !result) return notFound('Request');
  if (!result.ok) return viewFor(updated, caller, deps, access, REFUSAL_TEXT[result.reason](updated));
  if (changed) deps.deliverSoon(updated);
  return viewFor(updated, caller, deps, access);
}

/** A lead action: checked where and by whom first, then the transition. */
function leadAction<V extends 'lead.claim' | 'lead.release' | 'lead.close'>(
  transition: (r: AdviceRequest, lead: PersonRef, now: Date, payload: VerbPayload<V>) => LeadResult,
): Handler<V> {
  return async (p, caller, deps) => {
    // The request is read beside the access check (it is shown only if the check passes).
    const [access, first] = await Promise.all([leadAccess(caller, deps), deps.store.requests.getVersioned(caller.tenantId, p.requestId)]);
    if (!access.ok) return access.card;
    if (!ofSetting(first?.value, access)) return leadsOnly();
    return act(p.requestId, caller, deps, access, (r, lead) => transition(r, lead, deps.clock.now(), p), first);
  };
}

export const claimRequest: Handler<'lead.claim'> = leadAction((r, lead, now) => claim(r, lead, now));
export const releaseRequest: Handler<'lead.release'> = leadAction((r, lead, now) => release(r, lead, now));
export const closeRequest: Handler<'lead.close'> = leadAction<'lead.close'>((r, lead, now, p) => close(r, lead, now, p.closeReason));

export const assignRequest: Handler<'lead.assign'> = async (p, caller, deps) => {
  const [access, first] = await Promise.all([leadAccess(caller, deps), deps.store.requests.getVersioned(caller.tenantId, p.requestId)]);
  if (!access.ok) return access.card;
  if (!ofSetting(first?.value, access)) return leadsOnly();
  const colleague = (await leadsOf(caller, access, deps)).find((l) => l.id === p.assignee);
  if (!colleague) {
    return first ? viewFor(first.value, caller, deps, access, 'Choose a colleague from the safeguarding leads team.') : notFound('Request');
  }
  const to: PersonRef = { id: colleague.id, displayName: colleague.displayName, accountId: colleague.accountId };
  return act(p.requestId, caller, deps, access, (r, lead) => assign(r, lead, to, deps.clock.now()), first);
};

/** Lead text (advice or a follow-up question) passes the identifier check before it is stored or sent. */
async function withCheckedText(
  p: { requestId: string; leadText: string; replace: 'true' | 'false' } & Record<string, unknown>,
  caller: Caller,
  deps: HandlerDeps,
  mode: 'answer' | 'followUp',
  recommendation: string,
  apply: (r: AdviceRequest, lead: PersonRef, text: string, check: IdentifierCheckSummary, access: Extract<LeadAccess, { ok: true }>) => LeadResult,
): Promise<CardView> {
  const [access, versioned] = await Promise.all([leadAccess(caller, deps), deps.store.requests.getVersioned(caller.tenantId, p.requestId)]);
  if (!access.ok) return access.card;
  const { settings } = access;
  if (!ofSetting(versioned?.value, access)) return leadsOnly();
  if (!versioned) return notFound('Request');
  const current = versioned.value;
  const text = p.leadText.trim();
  if (text.length === 0 || text.length > 4000) {
    return viewFor(current, caller, deps, access, text.length === 0 ? 'Write your advice or question first.' : 'Please keep it under 4000 characters.');
  }
  if (mode === 'answer' && !isRecommendation(recommendation)) return viewFor(current, caller, deps, access, 'Choose a recommendation.');
  const outcome = checkQuestion(text, confirmedKeys(p), EMPTY_SUMMARY, p.replace === 'true');
  if (!outcome.approved) {
    return leadRequestCard(current, {
      viewer: 'holder',
      hideAsker: settings.hideAskerIdentity === true,
      notice: 'Your text may identify someone. Nothing has been sent or saved: replace the marked details, or confirm they identify no one.',
      draft: { text: outcome.question, recommendation, mode, findings: outcome.findings },
    });
  }
  return act(p.requestId, caller, deps, access, (r, lead) => apply(r, lead, outcome.question, outcome.summary, access), versioned);
}

/**
 * Rule 7: the advice given, the asker will be reminded to record their decision (see
 * flow/reminders.ts) after the setting's working days, else the organisation's, else the deployment's.
 */
function remindLater(result: LeadResult, access: Extract<LeadAccess, { ok: true }>, deps: HandlerDeps): LeadResult {
  const days = access.setting.decisionReminderDays ?? access.settings.decisionReminderDays ?? deps.decisionReminderDays;
  return result.ok ? { ...result, request: withDecisionReminders(result.request, days) } : result;
}

export const answerRequest: Handler<'lead.answer'> = (p, caller, deps) =>
  withCheckedText(p, caller, deps, 'answer', p.recommendation, (r, lead, text, check, access) =>
    isRecommendation(p.recommendation)
      ? remindLater(answer(r, lead, p.recommendation, text, deps.clock.now(), check), access, deps)
      : { ok: false, reason: 'NOT_OPEN', request: r },
  );

export const followUpRequest: Handler<'lead.followUp'> = (p, caller, deps) =>
  withCheckedText(p, caller, deps, 'followUp', '', (r, lead, text, check) => askFollowUp(r, lead, text, deps.clock.now(), check));

/** Universal Actions refresh: each viewer gets their own view (only the holder sees Answer). */
export const refreshRequest: Handler<'lead.refresh'> = async (p, caller, deps) => {
  const [access, r] = await Promise.all([leadAccess(caller, deps), deps.store.requests.get(caller.tenantId, p.requestId)]);
  if (!access.ok) return access.card;
  if (!ofSetting(r, access)) return leadsOnly();
  if (!r) return notFound('Request');
  return viewFor(r, caller, deps, access);
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
    result = askerReply(r, asker, outcome.question, deps.clock.now(), outcome.summary);
    if (!result.ok) return undefined;
    const audited = withAudit(result.request, 'askerReplied', asker, result.request.updatedAt, `askerReplied-${deps.ids.newId()}`, auditDetails(result.request, 'askerReplied'));
    return withAnnouncement(audited, 'askerReplied', result.request.updatedAt, `announce-${deps.ids.newId()}`);
  });
  if (!updated || !result) return notFound('Request');
  if (!result.ok) return askerUpdateCard(updated, 'view', { notice: REFUSAL_TEXT[result.reason](updated) });
  deps.deliverSoon(updated);
  return askerUpdateCard(updated, 'replySent');
};
