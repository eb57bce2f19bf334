import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector, type OutboundCall } from '../kit/connector.js';
import { startTestApp, TEST_TENANT_ID, type TestApp } from '../kit/app.js';
import { Chat, actionsOf, askAndSend, cardOf, textOf, type Card, type Via } from '../kit/chat.js';
import { LEADS_CHANNEL_ID, TEAM_ID, channelInvoke, personalMessage, type Person } from '../kit/activities.js';
import { ASK, LEAD, NOT_SHARE, setUpQueue } from '../kit/flows.js';
import { VERBS, VERB_PLACES, type Verb } from '../../src/flow/verbs.js';

/**
 * Who may do what after a valid token: every verb × every kind of caller, against one asker's
 * request, decision record and draft, each by invoke (Action.Execute) and by submit (its
 * Action.Submit fallback, Teams mobile). A refusal must change nothing and show nothing of them.
 * Add a row for every new verb (the table is checked to cover VERBS).
 */
const VIAS: readonly Via[] = ['invoke', 'submit'];

const OTHER_TENANT_ID = '0b7e3a52-9c1d-4e8f-a6b2-3d4c5e6f7a80';
const VICTIM: Person = { id: '29:victim', aadObjectId: 'eeee0000-0000-4000-8000-00000000000e', name: 'Vera Victimson' };
const OTHER_STAFF: Person = { id: '29:other-staff', aadObjectId: 'eeee0000-0000-4000-8000-0000000000f0', name: 'Olly Otherstaff' };
const FORMER: Person = { id: '29:former-lead', aadObjectId: 'eeee0000-0000-4000-8000-0000000000f1', name: 'Fran Formerlead' };
const GUEST: Person = { id: '29:channel-guest', aadObjectId: 'eeee0000-0000-4000-8000-0000000000f2', name: 'Gus Guest' };
const STRANGER: Person = { id: '29:other-tenant', aadObjectId: 'eeee0000-0000-4000-8000-0000000000f3', name: 'Stan Stranger' };

/** Words that appear only in the victim's request, the lead's advice and the decision record. */
const MARKERS = ['wellies', 'Tangerine', 'Marmalade', VICTIM.name, VICTIM.aadObjectId];
const QUESTION = 'A toddler arrives hungry in the same blue wellies all week. May I share my worry with the health visitor?';
const ADVICE = 'Tangerine advice: share the worry with the health visitor today and record why.';
const REASONS = 'Marmalade reasons: nothing new to add beyond what health already know.';

type CallerKind =
  | 'asker'
  | 'otherStaff'
  | 'leadInLeadsChannel'
  | 'leadInOwnChat'
  | 'formerLead'
  | 'guestInLeadsChannel'
  | 'leadInAnotherTeam'
  | 'otherTenantChat'
  | 'otherTenantChannel';
const CALLERS: readonly CallerKind[] = [
  'asker',
  'otherStaff',
  'leadInLeadsChannel',
  'leadInOwnChat',
  'formerLead',
  'guestInLeadsChannel',
  'leadInAnotherTeam',
  'otherTenantChat',
  'otherTenantChannel',
];

/**
 * allow: the action is theirs to take (checked here when it changes nothing, otherwise by the
 * flow tests); refuse: an explanatory card, nothing changed, nothing of the victim's shown.
 */
type Expect = 'allow' | 'refuse';
const staffVerb = (asker: Expect): Record<CallerKind, Expect> => ({
  asker,
  otherStaff: 'refuse',
  leadInLeadsChannel: 'refuse',
  leadInOwnChat: 'refuse',
  formerLead: 'refuse',
  guestInLeadsChannel: 'refuse',
  leadInAnotherTeam: 'refuse',
  otherTenantChat: 'refuse',
  otherTenantChannel: 'refuse',
});
const leadVerb: Record<CallerKind, Expect> = { ...staffVerb('refuse'), leadInLeadsChannel: 'allow' };

const MATRIX: Record<Verb, Record<CallerKind, Expect>> = {
  'advice.start': staffVerb('allow'),
  'advice.restart': staffVerb('allow'),
  'advice.cancel': staffVerb('allow'),
  'advice.back': staffVerb('allow'),
  'advice.editQuestion': staffVerb('allow'),
  'advice.submitForm': staffVerb('allow'),
  'advice.checkQuestion': staffVerb('allow'),
  'advice.applyReplacements': staffVerb('allow'),
  'advice.answer': staffVerb('allow'),
  'advice.send': staffVerb('allow'),
  'advice.chooseSetting': staffVerb('allow'),
  'advice.changeSetting': staffVerb('allow'),
  'emergency.show': Object.fromEntries(CALLERS.map((c) => [c, 'allow'])) as Record<CallerKind, Expect>,
  /** Help is anyone's in their own 1:1 chat, and shows nothing of anyone's requests. */
  'help.show': { ...staffVerb('allow'), otherStaff: 'allow', leadInOwnChat: 'allow', otherTenantChat: 'allow' },
  'requests.mine': staffVerb('allow'),
  'request.view': staffVerb('allow'),
  'request.withdraw': staffVerb('allow'),
  'decisions.mine': staffVerb('allow'),
  'request.reply': staffVerb('allow'),
  'lead.claim': leadVerb,
  'lead.release': leadVerb,
  'lead.assign': leadVerb,
  'lead.answer': leadVerb,
  'lead.followUp': leadVerb,
  'lead.close': leadVerb,
  'lead.refresh': leadVerb,
  'decision.start': staffVerb('allow'),
  'decision.submit': staffVerb('allow'),
  'decision.view': staffVerb('allow'),
  'decision.amend': staffVerb('allow'),
};

/** Allowed actions that change nothing, so the matrix can run them too. */
const READ_ONLY = new Set<Verb>(['emergency.show', 'help.show', 'requests.mine', 'request.view', 'decisions.mine', 'lead.refresh', 'decision.view', 'decision.start', 'decision.amend']);

describe('authorisation: every verb × every kind of caller', () => {
  const connector = new FakeConnector();
  let app: TestApp;
  let reference = '';
  let draftRef: Record<string, unknown> = {};
  /** The request's card in the leads' channel, and one of the victim's cards in their chat (a submit names the card it came from). */
  let channelPostId = '';
  let victimCardId = '';
  let victimConversation = '';

  /** What the bot answered a turn with: the invoke's card, or every card it sent for a submit. */
  function shownBy(res: { body: unknown }, calls: OutboundCall[], via: Via): Card[] {
    if (via === 'invoke') return [(res.body as { value?: Card }).value ?? {}];
    return calls.filter((c) => c.kind === 'send' || c.kind === 'reply' || c.kind === 'update').map(cardOf);
  }

  /** The click as `kind` would send it: an invoke, or (`submit`) a message whose value is the data and verb, naming the victim's cards. */
  function activityFor(kind: CallerKind, verb: string, data: Record<string, unknown>, via: Via = 'invoke'): Record<string, unknown> {
    const invoke = invokeFor(kind, verb, data);
    if (via === 'invoke') return invoke;
    const channel = ((invoke.channelData as { channel?: { id?: string } }).channel?.id);
    const { name: _name, ...message } = invoke;
    void _name;
    return {
      ...message,
      type: 'message',
      value: { ...data, verb },
      ...(channel
        ? { conversation: { ...(invoke.conversation as object), id: `${channel};messageid=${channelPostId}` }, replyToId: channelPostId }
        : { replyToId: victimCardId }),
    };
  }

  function invokeFor(kind: CallerKind, verb: string, data: Record<string, unknown>): Record<string, unknown> {
    const value = { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' };
    const personal = (from: Person, tenantId = TEST_TENANT_ID) => ({ ...personalMessage(connector.url, { from, tenantId }), type: 'invoke', name: 'adaptiveCard/action', value });
    const channel = (from: Person, teamId = TEAM_ID, tenantId = TEST_TENANT_ID) => {
      const a = channelInvoke(connector.url, from, verb, data);
      return {
        ...a,
        conversation: { ...(a.conversation as object), tenantId },
        channelData: { tenant: { id: tenantId }, team: { id: teamId }, channel: { id: teamId === TEAM_ID ? LEADS_CHANNEL_ID : '19:elsewhere@thread.tacv2' } },
        value,
      };
    };
    switch (kind) {
      case 'asker':
        return personal(VICTIM);
      case 'otherStaff':
        return personal(OTHER_STAFF);
      case 'leadInLeadsChannel':
        return channel(LEAD);
      case 'leadInOwnChat':
        return personal(LEAD);
      case 'formerLead':
        return channel(FORMER);
      case 'guestInLeadsChannel':
        return channel(GUEST);
      case 'leadInAnotherTeam':
        return channel(LEAD, '19:another-team@thread.tacv2');
      case 'otherTenantChat':
        return personal(STRANGER, OTHER_TENANT_ID);
      case 'otherTenantChannel':
        return channel(STRANGER, TEAM_ID, OTHER_TENANT_ID);
    }
  }

  function payloadFor(verb: Verb): Record<string, unknown> {
    const requestId = reference;
    if (verb.startsWith('advice.')) return { ...draftRef, ...ASK, step: 'purpose', answer: 'safeguarding', question: ASK.question };
    if (verb === 'decision.submit') return { requestId: '', recordId: `rec-${reference}`, baseVersion: 0, amendId: '', replace: 'false', ...NOT_SHARE };
    if (verb === 'decision.view' || verb === 'decision.amend') return { recordId: `rec-${reference}` };
    if (verb === 'decision.start') return { requestId };
    return { requestId, recommendation: 'share', leadText: 'Please call the front door.', replace: 'false', replyText: 'More detail.', assignee: LEAD.aadObjectId };
  }

  /** Everything the victim has: request, decision record (every version), draft, audit trail. */
  async function victimState(): Promise<string> {
    const store = app.app.store;
    const [request, versions, draft, trail] = await Promise.all([
      store.requests.get(TEST_TENANT_ID, reference),
      store.decisions.versions(TEST_TENANT_ID, `rec-${reference}`),
      store.drafts.load(TEST_TENANT_ID, VICTIM.aadObjectId),
      store.audit.listFor(TEST_TENANT_ID, reference),
    ]);
    return JSON.stringify({ request, versions, draft: draft?.value, trail: trail.length });
  }

  beforeAll(async () => {
    await connector.start();
    app = await startTestApp({ ALLOWED_TENANT_IDS: `${TEST_TENANT_ID},${OTHER_TENANT_ID}`, LEAD_MEMBERSHIP_CACHE_SECONDS: '0' });
    await setUpQueue(app, connector);
    connector.members = [LEAD, FORMER].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));

    // The victim asks; the (then) lead FORMER claims and releases it; LEAD claims and answers; the victim decides.
    const victim = new Chat(app, connector, VICTIM);
    ({ reference } = await askAndSend(victim, { ...ASK, question: QUESTION }));
    for (const [who, verb] of [[FORMER, 'lead.claim'], [FORMER, 'lead.release'], [LEAD, 'lead.claim']] as const) {
      expect((await app.post(channelInvoke(connector.url, who, verb, { requestId: reference }))).status).toBe(200);
    }
    await app.post(channelInvoke(connector.url, LEAD, 'lead.answer', { requestId: reference, recommendation: 'share', leadText: ADVICE, replace: 'false' }));
    await app.app.scheduler.runOnce();
    const adviceCall = await connector.waitFor((c) => c.conversationId === victim.conversationId && textOf(cardOf(c)).includes('Tangerine'));
    channelPostId = connector.calls.find((c) => c.kind === 'send' && c.conversationId === LEADS_CHANNEL_ID && textOf(cardOf(c)).includes(reference))?.assignedId ?? '';
    victimCardId = adviceCall.assignedId ?? '';
    victimConversation = victim.conversationId;
    expect(channelPostId).not.toBe('');
    const form = await victim.click(cardOf(adviceCall), 'decision.start');
    const summary = await victim.click(form, 'decision.submit', { ...NOT_SHARE, reasons: REASONS });
    expect(textOf(summary)).toContain(reference);

    // A draft in progress: the victim has opened the form again.
    const [welcome] = await victim.say('hi');
    const formCard: Card = await victim.click(welcome!, 'advice.start');
    draftRef = actionsOf(formCard).find((a) => a.verb === 'advice.submitForm')?.data ?? {};
    expect(draftRef).toHaveProperty('draftId');

    // FORMER has since left the leads team.
    connector.members = [{ id: LEAD.id, name: LEAD.name, aadObjectId: LEAD.aadObjectId }];
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  it('has a row for every verb, and its expectations agree with where each verb may be used', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...VERBS].sort());
    for (const verb of VERBS) {
      if (VERB_PLACES[verb] === 'leadsChannel') expect(MATRIX[verb].leadInOwnChat).toBe('refuse');
      if (VERB_PLACES[verb] === 'personal') expect(MATRIX[verb].leadInLeadsChannel).toBe('refuse');
    }
  });

  const refusals = VIAS.flatMap((via) => VERBS.flatMap((verb) => CALLERS.filter((c) => MATRIX[verb][c] === 'refuse').map((c) => [verb, c, via] as const)));
  it.each(refusals)('refuses %s from %s by %s: nothing changes and nothing of the request or record is shown', async (verb, kind, via) => {
    const before = await victimState();
    const sent = connector.calls.length;
    const res = await app.post({ ...activityFor(kind, verb, payloadFor(verb), via), id: randomUUID() });
    expect(res.status).toBe(200);
    const calls = connector.calls.slice(sent);
    const cards = shownBy(res, calls, via);
    if (via === 'submit') {
      // Refused exactly as the invoke is: the same card (its text and buttons; a caller's own draft ids may move on).
      const byInvoke = await app.post({ ...activityFor(kind, verb, payloadFor(verb), 'invoke'), id: randomUUID() });
      const seen = (card: Card) => ({ text: textOf(card), buttons: actionsOf(card).map((a) => [a.title, a.verb]) });
      expect(cards.map(seen)).toEqual([seen((byInvoke.body as { value?: Card }).value ?? {})]);
    }
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.type).toBe('AdaptiveCard');
      const shown = JSON.stringify(card);
      for (const marker of MARKERS) expect(shown).not.toContain(marker);
    }
    // A submit names a card of the victim's: the answer goes to the caller's own conversation, never theirs.
    if (kind !== 'asker') expect(calls.filter((c) => c.conversationId === victimConversation)).toEqual([]);
    expect(calls.filter((c) => c.activityId === channelPostId)).toEqual([]);
    await app.app.scheduler.runOnce();
    expect(await victimState()).toBe(before);
  });

  const reads = VIAS.flatMap((via) => VERBS.flatMap((verb) => CALLERS.filter((c) => MATRIX[verb][c] === 'allow' && READ_ONLY.has(verb)).map((c) => [verb, c, via] as const)));
  it.each(reads)('allows %s from %s by %s (and shows only what is theirs)', async (verb, kind, via) => {
    const sent = connector.calls.length;
    const res = await app.post({ ...activityFor(kind, verb, payloadFor(verb), via), id: randomUUID() });
    expect(res.status).toBe(200);
    const cards = shownBy(res, connector.calls.slice(sent), via);
    expect(cards.length).toBe(1);
    const text = textOf(cards[0]!);
    expect(text).not.toMatch(/Safeguarding leads only|not found|Please use a 1:1 chat/);
    if (kind === 'asker' || kind === 'leadInLeadsChannel') {
      if (verb !== 'emergency.show' && verb !== 'help.show') expect(text).toContain(reference);
    } else {
      for (const marker of MARKERS) expect(text).not.toContain(marker);
    }
  });

  it('a staff member cannot take the record of someone else’s request, and its asker can still record theirs', async () => {
    // A fresh request whose record nobody has made yet.
    const victim = new Chat(app, connector, VICTIM);
    const { reference: fresh } = await askAndSend(victim, { ...ASK, question: 'Second worry about a sibling; may I share with the school nurse?' });
    const squat = await app.post({
      ...activityFor('otherStaff', 'decision.submit', { requestId: '', recordId: `rec-${fresh}`, baseVersion: 0, amendId: '', replace: 'false', ...NOT_SHARE }),
      id: randomUUID(),
    });
    expect(textOf((squat.body as { value: Card }).value)).toMatch(/not found/i);
    expect(await app.app.store.decisions.versions(TEST_TENANT_ID, `rec-${fresh}`)).toHaveLength(0);
    const form = (await victim.invoke('decision.start', { requestId: fresh })).card;
    const summary = await victim.click(form, 'decision.submit', NOT_SHARE);
    expect(textOf(summary)).toContain('Recorded');
    expect((await app.app.store.decisions.versions(TEST_TENANT_ID, `rec-${fresh}`))[0]?.decisionMaker.id).toBe(VICTIM.aadObjectId);
  });
});
