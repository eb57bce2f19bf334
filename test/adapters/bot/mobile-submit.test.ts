import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthServer } from '../../kit/auth.js';
import { FakeConnector, type OutboundCall } from '../../kit/connector.js';
import { startTestApp, TEST_TENANT_ID, type TestApp } from '../../kit/app.js';
import { Chat, LeadDesk, actionsOf, askAndSend, cardOf, clickPayload, inputsOf, textOf, type Card, type Via } from '../../kit/chat.js';
import { LEADS_CHANNEL_ID, STAFF, TEAM_ID, channelMessage, personalMessage, type Person } from '../../kit/activities.js';
import { ASK, NOT_SHARE } from '../../kit/flows.js';

/**
 * Teams on phones may not run Action.Execute; every button carries an Action.Submit fallback, and
 * a submitted card (a message whose value is the card's data) goes through the same dispatch as an
 * invoke. The same journeys, driven both ways through the real endpoint with Bot Framework tokens
 * checked: what the person sees, what the leads' channel shows, what is stored.
 */

const LEAD: Person = { id: '29:lead-mobile', aadObjectId: 'aaaa2222-0000-4000-8000-0000000000a1', name: 'Priya Shah' };
const OTHER: Person = { id: '29:other-mobile', aadObjectId: 'aaaa2222-0000-4000-8000-0000000000b2', name: 'Olly Other' };
const QUESTION = 'Kacper arrives hungry most mornings and says there is no food at home. May I tell the health visitor?';
const ADVICE = 'Share your worry with the health visitor today, and record why you shared it.';

describe('Teams mobile: card actions by Action.Submit as well as by Action.Execute', () => {
  const auth = new AuthServer();
  const connector = new FakeConnector();
  let app: TestApp;
  let n = 0;
  const token = () => auth.mint({ serviceUrl: connector.url });
  const person = (): Person => {
    n++;
    return { ...STAFF, id: `29:mobile-${n}`, aadObjectId: `cccc2222-0000-4000-8000-${String(n).padStart(12, '0')}`, name: `Asker ${n}` };
  };
  const post = async (activity: Record<string, unknown>) => app.post(activity, await token());
  const isChannelPost = (c: OutboundCall) => c.kind === 'send' && c.conversationId === LEADS_CHANNEL_ID;

  beforeAll(async () => {
    await auth.start();
    await connector.start();
    connector.acceptToken = (t) => auth.isOutboundToken(t);
    connector.members = [LEAD, OTHER].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
    app = await startTestApp({ ...auth.env(), LEAD_MEMBERSHIP_CACHE_SECONDS: '0' });
    const set = await post(channelMessage(connector.url, { from: LEAD, text: '<at>Safeguarding advice</at> set leads queue', teamId: TEAM_ID, channelId: LEADS_CHANNEL_ID }));
    expect(set.status).toBe(200);
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
    await auth.stop();
  });

  describe.each<Via>(['invoke', 'submit'])('by %s', (via) => {
    it('takes a staff member from "hi" to a recorded decision, and a lead through claim and answer', async () => {
      const staff = person();
      const chat = new Chat(app, connector, staff, token, via);
      const desk = new LeadDesk(app, connector, LEAD, via, token);
      const chatCalls = () => connector.calls.filter((c) => c.conversationId === chat.conversationId);

      // Ask for advice → the form → the identifier check → the walk-through → review → send.
      const [welcome] = await chat.say('hi');
      expect(textOf(welcome!)).toContain('Call 999');
      const form = await chat.click(welcome!, 'advice.start');
      expect(inputsOf(form).map((i) => i.id)).toContain('question');
      const check = await chat.click(form, 'advice.submitForm', { ...ASK, question: QUESTION });
      expect(textOf(check)).toMatch(/could identify someone/);
      expect(textOf(check)).toMatch(/Nothing has been sent or saved/);
      let card = await chat.click(check, 'advice.applyReplacements');
      let steps = 0;
      while (actionsOf(card).some((a) => a.verb === 'advice.answer')) {
        const first = (inputsOf(card).find((x) => x.id === 'answer')?.choices as { value: string }[])[0]!.value;
        card = await chat.click(card, 'advice.answer', { answer: first });
        steps++;
      }
      expect(steps).toBeGreaterThan(3);
      expect(textOf(card)).toMatch(/Check and send your request/);
      expect(textOf(card)).toContain('[name]');
      expect(textOf(card)).not.toContain('Kacper');
      const sent = await chat.click(card, 'advice.send');
      const reference = /ISA-[2-9A-HJKMNP-Z]{4,5}/.exec(textOf(sent))?.[0];
      expect(reference).toBeDefined();
      if (via === 'submit') {
        // One viewer in a 1:1 chat: every answer replaced the card that was tapped, as an invoke's does.
        const welcomeId = chat.activityIdOf(welcome!);
        expect(chatCalls().filter((c) => c.kind === 'update').map((c) => c.activityId)).toEqual(Array(steps + 4).fill(welcomeId));
        expect(chatCalls().filter((c) => c.kind === 'send')).toEqual([]);
      }

      // The lead's channel post: only the anonymised request.
      const channelPost = await connector.waitFor((c) => isChannelPost(c) && textOf(cardOf(c)).includes(reference!));
      expect(textOf(cardOf(channelPost))).toContain('[name]');
      expect(textOf(cardOf(channelPost))).not.toContain('Kacper');
      expect(actionsOf(cardOf(channelPost)).find((a) => a.verb === 'lead.claim')?.fallback).toMatchObject({ type: 'Action.Submit', data: { requestId: reference, verb: 'lead.claim' } });

      // Claim, then answer; a name in the advice is caught first.
      const holder = await desk.click(cardOf(channelPost), 'lead.claim');
      expect(textOf(holder)).toMatch(/Claimed by Priya Shah/);
      expect(actionsOf(holder).map((a) => a.verb)).toEqual(expect.arrayContaining(['lead.answer', 'lead.release']));
      const flagged = await desk.click(holder, 'lead.answer', { recommendation: 'share', leadText: `Tell Kacper's health visitor. ${ADVICE}` });
      expect(textOf(flagged)).toMatch(/identify someone/);
      let controls = holder;
      if (via === 'submit') {
        // Everyone in the channel sees a reply to a submit: the lead's unchecked text is not posted.
        expect(JSON.stringify(flagged)).not.toContain('Kacper');
        controls = await desk.click(flagged, 'Open my controls');
        expect(actionsOf(controls).map((a) => a.verb)).toContain('lead.answer');
      } else {
        expect(textOf(flagged)).toContain('Kacper');
      }
      const answered = await desk.click(controls, 'lead.answer', { recommendation: 'share', leadText: ADVICE });
      expect(textOf(answered)).toMatch(/Advice: Share the information/);
      const stored = await app.app.store.requests.get(TEST_TENANT_ID, reference!);
      expect(stored?.status).toBe('answered');
      expect(stored?.answer?.by.id).toBe(LEAD.aadObjectId);
      expect(JSON.stringify(stored)).not.toContain('Kacper');
      // The shared card is kept current for everyone, and never holds one lead's own view.
      await app.app.scheduler.runOnce();
      const rootUpdates = connector.calls.filter((c) => c.kind === 'update' && c.activityId === channelPost.assignedId);
      expect(textOf(cardOf(rootUpdates.at(-1)!))).toMatch(/Advice: Share the information/);
      for (const u of rootUpdates) expect(actionsOf(cardOf(u)).map((a) => a.verb)).not.toContain('lead.answer');

      // The asker sees the advice and records the decision.
      const advice = await connector.waitFor((c) => c.conversationId === chat.conversationId && textOf(cardOf(c)).includes('advice from your safeguarding lead'));
      expect(textOf(cardOf(advice))).toContain(ADVICE);
      const decisionForm = await chat.click(cardOf(advice), 'decision.start');
      const summary = await chat.click(decisionForm, 'decision.submit', NOT_SHARE);
      expect(textOf(summary)).toContain(reference);
      expect(textOf(summary)).toMatch(/Recorded/);
      const versions = await app.app.store.decisions.versions(TEST_TENANT_ID, `rec-${reference}`);
      expect(versions).toHaveLength(1);
      expect(versions[0]?.decisionMaker.id).toBe(staff.aadObjectId);
      expect(versions[0]?.content.decision).toBe('not_share');

      // The same decision submitted again (a double tap, or Teams resending) records nothing more.
      const again = await chat.click(decisionForm, 'decision.submit', NOT_SHARE);
      expect(textOf(again)).toContain(reference);
      expect(await app.app.store.decisions.versions(TEST_TENANT_ID, `rec-${reference}`)).toHaveLength(1);

      // Nothing anyone typed reached the logs.
      expect(app.logs.raw).not.toContain('Kacper');
      expect(app.logs.raw).not.toContain(ADVICE);
      expect(app.logs.lines.filter((l) => l.event === 'action.handled' && l.via === via).length).toBeGreaterThan(steps + 8);
    });

    it('sends a request once when the same Send is tapped twice', async () => {
      const chat = new Chat(app, connector, person(), token, via);
      const [welcome] = await chat.say('hi');
      let card = await chat.click(await chat.click(welcome!, 'advice.start'), 'advice.submitForm', ASK);
      while (actionsOf(card).some((a) => a.verb === 'advice.answer')) {
        card = await chat.click(card, 'advice.answer', { answer: (inputsOf(card).find((x) => x.id === 'answer')?.choices as { value: string }[])[0]!.value });
      }
      const first = await chat.click(card, 'advice.send');
      const second = await chat.click(card, 'advice.send');
      const reference = /ISA-[2-9A-HJKMNP-Z]{4,5}/.exec(textOf(first))?.[0];
      expect(reference).toBeDefined();
      expect(textOf(second)).toContain(reference);
      expect(await app.app.store.requests.listByAsker(TEST_TENANT_ID, chat.person.aadObjectId, 10)).toHaveLength(1);
      await app.app.scheduler.runOnce();
      expect(connector.calls.filter((c) => isChannelPost(c) && textOf(cardOf(c)).includes(reference!))).toHaveLength(1);
    });
  });

  /** What the bot shows for one click, either way: the invoke's card, or the card its submit put in the chat. */
  async function shown(chat: Chat, verb: unknown, data: Record<string, unknown>, via: Via, options: { replyToId?: string } = {}): Promise<Card> {
    if (via === 'invoke') return (await chat.invoke(verb, data)).card;
    return (await chat.submit({ ...data, verb }, options)).card;
  }

  it('refuses a submit of someone else\'s draft, request or record from another chat exactly as it refuses the invoke, changing nothing', async () => {
    const asker = new Chat(app, connector, person(), token, 'submit');
    const { reference } = await askAndSend(asker, ASK);
    const [welcome] = await asker.say('hi');
    const form = await asker.click(welcome!, 'advice.start');
    const draftData = clickPayload(form, 'advice.submitForm', ASK, 'submit').data;
    const before = JSON.stringify(await Promise.all([app.app.store.requests.get(TEST_TENANT_ID, reference), app.app.store.drafts.load(TEST_TENANT_ID, asker.person.aadObjectId)]));

    const intruder = new Chat(app, connector, person(), token);
    for (const [verb, data] of [
      ['advice.submitForm', draftData],
      ['request.view', { requestId: reference }],
      ['request.withdraw', { requestId: reference }],
      ['decision.start', { requestId: reference }],
      ['lead.claim', { requestId: reference }],
    ] as const) {
      const byInvoke = await shown(intruder, verb, { ...data }, 'invoke');
      const bySubmit = await shown(intruder, verb, { ...data }, 'submit');
      expect(bySubmit.type, verb).toBe('AdaptiveCard');
      expect(bySubmit, verb).toEqual(byInvoke);
      expect(JSON.stringify(bySubmit)).not.toContain(asker.person.name);
      expect(textOf(bySubmit)).not.toContain('domestic abuse at home');
    }
    await app.app.scheduler.runOnce();
    expect(JSON.stringify(await Promise.all([app.app.store.requests.get(TEST_TENANT_ID, reference), app.app.store.drafts.load(TEST_TENANT_ID, asker.person.aadObjectId)]))).toBe(before);
  });

  it('answers a submit with an unknown verb, no verb or a payload its verb does not accept with the card an invoke gets', async () => {
    const chat = new Chat(app, connector, person(), token);
    for (const [verb, data] of [
      ['advice.explode', {}],
      [undefined, { requestId: 'ISA-2345' }],
      ['request.view', { requestId: '' }],
      ['advice.answer', { draftId: 'x', rev: 'not a number', conv: 'c' }],
    ] as const) {
      const byInvoke = await shown(chat, verb, { ...data }, 'invoke');
      const bySubmit = await shown(chat, verb, { ...data }, 'submit');
      expect(bySubmit.type).toBe('AdaptiveCard');
      expect(bySubmit).toEqual(byInvoke);
      expect(textOf(bySubmit)).toMatch(/I do not know that action|could not be read/);
    }
  });

  it('answers a message with neither text nor a card with the welcome, and keeps typed commands as they were', async () => {
    const chat = new Chat(app, connector, person(), token);
    const before = connector.calls.length;
    const empty = await post(personalMessage(connector.url, { from: chat.person }));
    expect(empty.status).toBe(200);
    const answered = connector.calls.slice(before).map(cardOf);
    expect(answered).toHaveLength(1);
    expect(textOf(answered[0]!)).toContain('Call 999');
    const [mine] = await chat.say('my requests');
    expect(textOf(mine!)).toMatch(/requests/i);
    expect(actionsOf(mine!).map((a) => a.verb)).toContain('advice.start');
  });

  it('sends the next card as a new message when the tapped card cannot be updated, or no card is named', async () => {
    const chat = new Chat(app, connector, person(), token, 'submit');
    const [welcome] = await chat.say('hi');
    const replyToId = chat.activityIdOf(welcome!);
    connector.failNext(1, { status: 404 });
    const res = await chat.submit({ verb: 'requests.mine' }, { replyToId: replyToId! });
    expect(res.status).toBe(200);
    expect(res.updated).toBe(false);
    expect(res.calls.filter((c) => c.kind === 'send').map((c) => textOf(cardOf(c)))).toEqual([expect.stringMatching(/requests/i)]);
    const loose = await chat.submit({ verb: 'emergency.show' });
    expect(loose.updated).toBe(false);
    expect(textOf(loose.card)).toContain('999');
  });
});

