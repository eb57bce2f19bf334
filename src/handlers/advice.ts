import { ConcurrencyConflict } from '../domain/errors.js';
import { makeReference, type AdviceRequest } from '../domain/request.js';
import {
  answerStep,
  backStep,
  cancelDraft,
  chooseSetting,
  confirmedKeys,
  currentCard,
  editQuestion,
  emptyForm,
  hasChosenSetting,
  isInProgress,
  newDraft,
  recheckQuestion,
  resumeAfterEmergency,
  settingChoiceCard,
  shownOf,
  submitForm,
  type Draft,
  type SettingChoice,
  type Transition,
} from '../flow/advice/draft.js';
import { settingsOf, type TenantSettings } from '../domain/tenant.js';
import type { CardView } from '../flow/cards.js';
import type { DraftRef } from '../flow/cards.js';
import type { Versioned } from '../ports/store.js';
import type { GuidancePack } from '../domain/guidance-pack.js';
import { guidanceFrom, purgeAfterFrom, tenantGuidance, type Caller, type Handler, type HandlerDeps } from './context.js';
import { cancelledCard, finishedCard, foreignCard } from '../flow/notices.js';
import { requestStatusCard } from '../flow/request-status.js';
import { deadlinesFor } from '../flow/escalation.js';

/** One small handler per advice verb: load the draft, check the card is current, run the pure transition, save. */

/** The settings staff choose from: every setting of an organisation with several; none for one with one. */
function choicesOf(settings: TenantSettings): SettingChoice[] {
  const all = settingsOf(settings);
  return all.length > 1 ? all.map((s) => ({ id: s.id, name: s.name })) : [];
}

async function startFresh(caller: Caller, deps: HandlerDeps, existing: Versioned<Draft> | undefined, notice = ''): Promise<CardView> {
  const fresh = newDraft({
    draftId: deps.ids.newId(),
    conv: caller.conv,
    reference: makeReference(() => deps.ids.random()),
    now: deps.clock.now(),
    previous: existing?.value,
  });
  const choices = choicesOf(await caller.settings());
  // A remembered setting that no longer exists (or an organisation back to one) is forgotten.
  const draft = choices.length > 0 && hasChosenSetting(fresh, choices) ? fresh : { ...fresh, setting: undefined };
  await deps.store.drafts.save(caller.tenantId, caller.userId, draft, existing?.etag);
  // Several settings: the asker says which is theirs once (then it is remembered and shown on the review).
  if (choices.length > 0 && !draft.setting) return settingChoiceCard(draft, choices, notice);
  return emptyForm(draft, notice);
}

export const startAdvice: Handler<'advice.start'> = async (payload, caller, deps) => {
  // The tenant's settings (pack, front door) are read beside the draft; a failure shows where they are used.
  const [existing] = await Promise.all([deps.store.drafts.load(caller.tenantId, caller.userId), caller.settings().catch(() => undefined)]);
  if (existing && isInProgress(existing.value)) {
    let draft = existing.value;
    const { frontDoor, pack } = await tenantGuidance(caller, deps, draft);
    if (draft.stage === 'emergency') {
      const t = resumeAfterEmergency({ ...draft, conv: caller.conv }, deps.clock.now(), frontDoor, pack);
      if (t.draft) await deps.store.drafts.save(caller.tenantId, caller.userId, t.draft, existing.etag);
      return t.card;
    }
    if (draft.conv !== caller.conv) {
      draft = { ...draft, conv: caller.conv, rev: draft.rev + 1 };
      await deps.store.drafts.save(caller.tenantId, caller.userId, draft, existing.etag);
    }
    const notice =
      payload.keep === 'true'
        ? 'Your request is as you left it. Carry on from here.'
        : draft.rev > 0
          ? 'You have a request in progress — carry on where you left off, or choose "Start again or cancel".'
          : '';
    // A request begun before its setting was chosen (or whose setting is gone) asks for it first.
    const choices = choicesOf(await caller.settings());
    if (draft.stage === 'form' && choices.length > 0 && !hasChosenSetting(draft, choices)) return settingChoiceCard(draft, choices, notice);
    return currentCard(draft, frontDoor, pack, notice);
  }
  return startFresh(caller, deps, existing);
};

export const restartAdvice: Handler<'advice.restart'> = async (_payload, caller, deps) => {
  const existing = await deps.store.drafts.load(caller.tenantId, caller.userId);
  return startFresh(caller, deps, existing);
};

type Checked = { ok: true; current: Versioned<Draft> } | { ok: false; card: CardView };

/** Is this card about the caller's current draft, in this conversation, at its current step? */
async function checkRef(ref: DraftRef, caller: Caller, deps: HandlerDeps): Promise<Checked> {
  if (ref.conv !== caller.conv) return { ok: false, card: foreignCard() };
  // Every step needs the tenant's settings (its pack): read beside the draft; a failure shows where they are used.
  const [current] = await Promise.all([deps.store.drafts.load(caller.tenantId, caller.userId), caller.settings().catch(() => undefined)]);
  if (!current || current.value.draftId !== ref.draftId) return { ok: false, card: finishedCard() };
  const draft = current.value;
  if (draft.stage === 'cancelled') return { ok: false, card: finishedCard() };
  if (draft.stage === 'sent' && draft.requestId) {
    const request = await deps.store.requests.get(caller.tenantId, draft.requestId);
    if (request) return { ok: false, card: requestStatusCard(request, { notice: 'This request has already been sent.' }) };
  }
  if (draft.rev !== ref.rev) {
    return {
      ok: false,
      card: await cardNow(draft, caller, deps, 'That card was out of date, so nothing was changed. Here is where your request stands now.'),
    };
  }
  return { ok: true, current };
}

/** Saves a transition's draft; a concurrent change (another click) wins and we show where things stand. */
async function cardNow(draft: Draft, caller: Caller, deps: HandlerDeps, notice = ''): Promise<CardView> {
  const { frontDoor, pack } = await tenantGuidance(caller, deps, draft);
  return currentCard(draft, frontDoor, pack, notice);
}

async function commit(t: Transition, current: Versioned<Draft>, caller: Caller, deps: HandlerDeps): Promise<CardView> {
  if (!t.draft) return t.card;
  try {
    await deps.store.drafts.save(caller.tenantId, caller.userId, t.draft, current.etag);
    return t.card;
  } catch (err) {
    if (!(err instanceof ConcurrencyConflict)) throw err;
    const now = await deps.store.drafts.load(caller.tenantId, caller.userId);
    if (!now) return finishedCard();
    return cardNow(now.value, caller, deps, 'Your request was changed from another click, so this one was not applied. Here is where it stands.');
  }
}

/** "cancel" typed, or "Cancel my request" on a card: the draft in progress is discarded. */
export const cancelAdvice: Handler<'advice.cancel'> = async (payload, caller, deps) => {
  if (payload.draftId !== '') {
    const checked = await checkRef(payload, caller, deps);
    if (!checked.ok) return checked.card;
    return commit(cancelDraft(checked.current.value, deps.clock.now()), checked.current, caller, deps);
  }
  const current = await deps.store.drafts.load(caller.tenantId, caller.userId);
  // A typed "cancel" is not tied to a card: it discards the caller's own draft, wherever it was started.
  if (!current) return cancelledCard(false);
  return commit(cancelDraft(current.value, deps.clock.now()), current, caller, deps);
};

export const backAdvice: Handler<'advice.back'> = async (payload, caller, deps) => {
  const checked = await checkRef(payload, caller, deps);
  if (!checked.ok) return checked.card;
  const { frontDoor, pack } = await tenantGuidance(caller, deps, checked.current.value);
  return commit(backStep(checked.current.value, payload.step, deps.clock.now(), frontDoor, pack), checked.current, caller, deps);
};

export const editAdviceQuestion: Handler<'advice.editQuestion'> = async (payload, caller, deps) => {
  const checked = await checkRef(payload, caller, deps);
  if (!checked.ok) return checked.card;
  const { frontDoor, pack } = await tenantGuidance(caller, deps, checked.current.value);
  return commit(editQuestion(checked.current.value, deps.clock.now(), frontDoor, pack), checked.current, caller, deps);
};

export const submitAdviceForm: Handler<'advice.submitForm'> = async (payload, caller, deps) => {
  const checked = await checkRef(payload, caller, deps);
  if (!checked.ok) return checked.card;
  const { frontDoor, pack } = await tenantGuidance(caller, deps, checked.current.value);
  const t = submitForm(checked.current.value, payload, deps.clock.now(), frontDoor, pack);
  return commit(t, checked.current, caller, deps);
};

export const checkAdviceQuestion: Handler<'advice.checkQuestion'> = async (payload, caller, deps) => {
  const checked = await checkRef(payload, caller, deps);
  if (!checked.ok) return checked.card;
  const { pack } = await tenantGuidance(caller, deps, checked.current.value);
  const t = recheckQuestion(checked.current.value, payload.question, confirmedKeys(payload), false, deps.clock.now(), pack);
  return commit(t, checked.current, caller, deps);
};

export const applyAdviceReplacements: Handler<'advice.applyReplacements'> = async (payload, caller, deps) => {
  const checked = await checkRef(payload, caller, deps);
  if (!checked.ok) return checked.card;
  const { pack } = await tenantGuidance(caller, deps, checked.current.value);
  const t = recheckQuestion(checked.current.value, payload.question, confirmedKeys(payload), true, deps.clock.now(), pack);
  return commit(t, checked.current, caller, deps);
};

export const answerAdviceStep: Handler<'advice.answer'> = async (payload, caller, deps) => {
  const checked = await checkRef(payload, caller, deps);
  if (!checked.ok) return checked.card;
  const { frontDoor, pack } = await tenantGuidance(caller, deps, checked.current.value);
  const t = answerStep(checked.current.value, payload.step, payload.answer, deps.clock.now(), frontDoor, pack);
  return commit(t, checked.current, caller, deps);
};

function requestFrom(draft: Draft, caller: Caller, now: Date, deps: HandlerDeps, pack: GuidancePack): AdviceRequest | undefined {
  if (!draft.fields || draft.question === undefined || !draft.identifierCheck) return undefined;
  const at = now.toISOString();
  const deadlines = deadlinesFor(draft.fields.urgency, now, deps.escalation);
  return {
    id: draft.reference,
    tenantId: caller.tenantId,
    reference: draft.reference,
    draftId: draft.draftId,
    status: 'sent',
    asker: { id: caller.userId, displayName: caller.displayName },
    fields: draft.fields,
    question: draft.question,
    identifierCheck: draft.identifierCheck,
    answers: draft.answers,
    guidance: shownOf(draft, pack),
    conversation: [],
    ...(deadlines ? { deadlines } : {}),
    escalated: {},
    // Routing to the leads' channel and the audit event are owed from the moment the request exists.
    outbox: [
      { id: `route-${draft.draftId}`, kind: 'route', createdAt: at, attempts: 0 },
      {
        id: `created-${draft.draftId}`,
        kind: 'audit',
        event: {
          id: `created-${draft.draftId}`,
          tenantId: caller.tenantId,
          subjectType: 'request',
          subjectId: draft.reference,
          reference: draft.reference,
          action: 'created',
          actor: { id: caller.userId, displayName: caller.displayName },
          at,
          details: { urgency: draft.fields.urgency, area: draft.fields.area, consent: draft.fields.consent, guidancePack: `${pack.id}@${pack.version}` },
        },
        createdAt: at,
        attempts: 0,
      },
    ],
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * Sends the request. Idempotent: the request is keyed by the draft's reference and remembers the
 * draft, so a replayed or retried submit (Teams resends an unanswered invoke after 5 s) finds
 * the request already there and shows it, instead of creating a second one.
 */
export const sendAdvice: Handler<'advice.send'> = async (payload, caller, deps) => {
  const checked = await checkRef(payload, caller, deps);
  if (!checked.ok) return checked.card;
  let { value: draft, etag } = checked.current;
  // One read of the tenant's settings for the whole send: its pack, retention period and leads' queue.
  const settings = await caller.settings();
  const { frontDoor, pack } = guidanceFrom(settings, deps, draft.setting?.id);
  if (draft.stage !== 'review') return currentCard(draft, frontDoor, pack);
  // Where it goes: the organisation's only setting, or the one the asker chose (checked again now).
  const all = settingsOf(settings);
  const setting = all.length === 1 ? all[0] : all.find((s) => s.id === draft.setting?.id);
  if (!setting) return settingChoiceCard(draft, choicesOf(settings), 'Choose your setting before sending: its safeguarding leads will receive your request.');
  const now = deps.clock.now();
  for (let attempt = 0; attempt < 5; attempt++) {
    const built = requestFrom(draft, caller, now, deps, pack);
    if (!built) return currentCard(draft, frontDoor, pack);
    const request: AdviceRequest = { ...built, settingId: setting.id, purgeAfter: purgeAfterFrom(settings, now, deps) };
    const result = await deps.store.requests.create(request);
    if (result.outcome === 'referenceTaken') {
      // Another request already has this reference: choose a new one before anything is sent.
      draft = { ...draft, reference: makeReference(() => deps.ids.random(), attempt < 2 ? 4 : 5), rev: draft.rev + 1, updatedAt: now.toISOString() };
      await deps.store.drafts.save(caller.tenantId, caller.userId, draft, etag);
      const reloaded = await deps.store.drafts.load(caller.tenantId, caller.userId);
      if (!reloaded) return finishedCard();
      etag = reloaded.etag;
      continue;
    }
    const sent = result.outcome === 'created' ? request : result.existing;
    const done: Draft = { ...draft, stage: 'sent', requestId: sent.id, rev: draft.rev + 1, updatedAt: now.toISOString() };
    try {
      await deps.store.drafts.save(caller.tenantId, caller.userId, done, etag);
    } catch (err) {
      if (!(err instanceof ConcurrencyConflict)) throw err;
    }
    if (result.outcome === 'created') deps.deliverSoon(sent);
    const queued = setting.leadsQueue !== undefined;
    const several = all.length > 1;
    const noQueue = several
      ? `Saved, but ${setting.name} has no leads' queue in Teams yet, so no lead has been told.`
      : "Saved, but your organisation has not set up a leads' queue in Teams yet, so no lead has been told.";
    return requestStatusCard(sent, {
      hasLeadsQueue: queued,
      settingName: several ? setting.name : undefined,
      notice:
        result.outcome === 'duplicate'
          ? 'This request had already been sent.'
          : queued
            ? `Sent${several ? ` to the safeguarding leads of ${setting.name}` : ''}. A safeguarding lead will pick it up; you will hear back in this chat.${setting.hours ? ` Their hours: ${setting.hours}.` : ''}`
            : `${noQueue} Please contact your safeguarding lead directly; the request will reach the queue as soon as it is set up.`,
    });
  }
  throw new ConcurrencyConflict('request reference');
};

/** The asker chose their setting (organisations with several): remembered, then on from where the draft stands. */
export const chooseAdviceSetting: Handler<'advice.chooseSetting'> = async (payload, caller, deps) => {
  const checked = await checkRef(payload, caller, deps);
  if (!checked.ok) return checked.card;
  const settings = await caller.settings();
  const choices = choicesOf(settings);
  if (choices.length === 0) return cardNow(checked.current.value, caller, deps);
  const chosen = choices.find((c) => c.id === payload.settingId);
  const { frontDoor, pack } = guidanceFrom(settings, deps, chosen?.id);
  return commit(chooseSetting(checked.current.value, payload.settingId, choices, deps.clock.now(), frontDoor, pack), checked.current, caller, deps);
};

/** "Change setting" on the review: the choice again, the current one selected; nothing else changes. */
export const changeAdviceSetting: Handler<'advice.changeSetting'> = async (payload, caller, deps) => {
  const checked = await checkRef(payload, caller, deps);
  if (!checked.ok) return checked.card;
  const choices = choicesOf(await caller.settings());
  if (choices.length === 0) return cardNow(checked.current.value, caller, deps);
  return settingChoiceCard(checked.current.value, choices);
};
