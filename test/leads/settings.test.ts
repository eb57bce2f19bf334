import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector } from '../kit/connector.js';
import { TestClock, startTestApp, TEST_TENANT_ID, type TestApp } from '../kit/app.js';
import { Chat, actionsOf, askAndSend, cardOf, inputsOf, textOf, type Card } from '../kit/chat.js';
import { LEADS_CHANNEL_ID, TEAM_ID, channelInvoke, channelMessage, type Person } from '../kit/activities.js';
import { ASK, LEAD, setUpQueue } from '../kit/flows.js';
import { addSetting, grantLeadsTeam, setSettingField } from '../../src/domain/tenant.js';

/**
 * One organisation, two settings (a primary school and a nursery), each with its own leads' team:
 * a staff member's request reaches their setting's leads only; the other setting's leads cannot
 * see or act on it; the choice is remembered and can be changed before Send; escalation goes to
 * the setting's own contacts first. Through the real endpoint, with a roster per team.
 */

const TEAM_A = '19:oakfield-leads@thread.tacv2';
const CHANNEL_A = '19:oakfield-queue@thread.tacv2';
const TEAM_B = '19:riverside-leads@thread.tacv2';
const CHANNEL_B = '19:riverside-queue@thread.tacv2';
const LEAD_A: Person = { id: '29:lead-oakfield', aadObjectId: 'aaaa0001-0000-4000-8000-0000000000a1', name: 'Ama Mensah' };
const LEAD_B: Person = { id: '29:lead-riverside', aadObjectId: 'bbbb0001-0000-4000-8000-0000000000b1', name: 'Bryn Evans' };
const DEPUTY_A = 'aaaa0002-0000-4000-8000-0000000000a2';
const TRUST_CONTACT = 'cccc0003-0000-4000-8000-0000000000c3';
let seq = 0;
function staff(): Person {
  seq++;
  return { id: `29:staff-set-${seq}`, aadObjectId: `eeee4444-0000-4000-8000-${String(seq).padStart(12, '0')}`, name: `Staff ${seq}` };
}

/** An activity from a channel of `team` (the kit's channel helpers speak for the one leads' team). */
function inTeam(activity: Record<string, unknown>, team: string, channel: string): Record<string, unknown> {
  const conversation = activity.conversation as Record<string, unknown>;
  return {
    ...activity,
    conversation: { ...conversation, id: `${channel};messageid=1` },
    channelData: { tenant: { id: TEST_TENANT_ID }, team: { id: team }, channel: { id: channel } },
  };
}
const leadInvoke = (connector: FakeConnector, who: Person, team: string, channel: string, verb: string, data: Record<string, unknown>) =>
  inTeam(channelInvoke(connector.url, who, verb, data), team, channel);

describe('settings: a queue per setting in one organisation', () => {
  const connector = new FakeConnector();
  const clock = new TestClock();
  let app: TestApp;
  const postsTo = (channel: string, reference: string) =>
    connector.calls.filter((c) => c.kind === 'send' && c.conversationId === channel && textOf(cardOf(c)).includes(reference));

  beforeAll(async () => {
    await connector.start();
    app = await startTestApp({ LEAD_MEMBERSHIP_CACHE_SECONDS: '0' }, { clock });
    connector.rosters.set(TEAM_A, [{ id: LEAD_A.id, name: LEAD_A.name, aadObjectId: LEAD_A.aadObjectId }]);
    connector.rosters.set(TEAM_B, [{ id: LEAD_B.id, name: LEAD_B.name, aadObjectId: LEAD_B.aadObjectId }]);
    // What an administrator does with `npm run tenant -- setting-add / allow-leads-team / setting-set`.
    await app.app.store.tenants.update(TEST_TENANT_ID, (t) => {
      let next = addSetting(t, { id: 'oakfield', name: 'Oakfield Primary' }, 'Main');
      next = addSetting(next, { id: 'riverside', name: 'Riverside Nursery' }, 'Main');
      next = grantLeadsTeam(next, 'oakfield', TEAM_A);
      next = grantLeadsTeam(next, 'riverside', TEAM_B);
      next = setSettingField(next, 'oakfield', 'escalate-to', DEPUTY_A);
      next = setSettingField(next, 'riverside', 'front-door', '0300 123 4567');
      next = setSettingField(next, 'riverside', 'front-door-name', 'Riverside Children’s Front Door');
      return { ...next, escalationContacts: [TRUST_CONTACT] };
    });
    for (const [lead, team, channel] of [[LEAD_A, TEAM_A, CHANNEL_A], [LEAD_B, TEAM_B, CHANNEL_B]] as const) {
      const res = await app.post(inTeam(channelMessage(connector.url, { from: lead, text: 'set leads queue' }), team, channel));
      expect(res.status).toBe(200);
    }
    // Both staff chats must be reachable for escalation notices.
    for (const id of [DEPUTY_A, TRUST_CONTACT]) await new Chat(app, connector, { id: `29:${id}`, aadObjectId: id, name: 'Contact' }).say('hi');
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  it("asks which setting once, then sends the request to that setting's leads' channel only", async () => {
    const chat = new Chat(app, connector, staff());
    const [welcome] = await chat.say('hi');
    const choice = await chat.click(welcome!, 'advice.start');
    expect(textOf(choice)).toContain('Which setting do you work in?');
    const options = (inputsOf(choice).find((i) => i.id === 'settingId')?.choices as { title: string; value: string }[]).map((c) => c.title);
    expect(options).toEqual(['Oakfield Primary', 'Riverside Nursery']);
    // Emergency guidance is never behind the choice.
    expect(actionsOf(choice).map((a) => a.verb)).toContain('emergency.show');
    // A setting that is not the organisation's is refused with the question again; nothing is remembered.
    const refused = await chat.click(choice, 'advice.chooseSetting', { settingId: 'someone-elses-school' });
    expect(textOf(refused)).toContain('Choose the setting you work in.');

    const { reference, sent } = await askAndSend(chat, ASK, { setting: 'oakfield' });
    expect(textOf(sent)).toContain('Sent to the safeguarding leads of Oakfield Primary');
    await app.app.scheduler.runOnce();
    expect(postsTo(CHANNEL_A, reference)).toHaveLength(1);
    expect(postsTo(CHANNEL_B, reference)).toHaveLength(0);
    expect((await app.app.store.requests.get(TEST_TENANT_ID, reference))?.settingId).toBe('oakfield');
  });

  it("refuses the other setting's leads every lead action, shows them nothing and changes nothing", async () => {
    const chat = new Chat(app, connector, staff());
    const { reference } = await askAndSend(chat, ASK, { setting: 'oakfield' });
    await app.app.scheduler.runOnce();
    const before = JSON.stringify(await app.app.store.requests.get(TEST_TENANT_ID, reference));
    const asked = (await app.app.store.requests.get(TEST_TENANT_ID, reference))!;
    const data = { requestId: reference, recommendation: 'share', leadText: 'Share it with the front door.', replace: 'false', assignee: LEAD_B.aadObjectId };
    for (const verb of ['lead.claim', 'lead.release', 'lead.assign', 'lead.answer', 'lead.followUp', 'lead.close', 'lead.refresh']) {
      const res = await app.post(leadInvoke(connector, LEAD_B, TEAM_B, CHANNEL_B, verb, data));
      expect(res.status, verb).toBe(200);
      const card = (res.body as { value?: Card }).value ?? {};
      expect(textOf(card), verb).toContain('Safeguarding leads only');
      for (const secret of [reference, asked.question, asked.asker.displayName]) expect(JSON.stringify(card), verb).not.toContain(secret);
    }
    expect(JSON.stringify(await app.app.store.requests.get(TEST_TENANT_ID, reference))).toBe(before);
    // Its own leads can act on it.
    const claimed = await app.post(leadInvoke(connector, LEAD_A, TEAM_A, CHANNEL_A, 'lead.claim', { requestId: reference }));
    expect(textOf((claimed.body as { value?: Card }).value ?? {})).toContain(reference);
    expect((await app.app.store.requests.get(TEST_TENANT_ID, reference))?.lead?.id).toBe(LEAD_A.aadObjectId);
  });

  it('remembers the setting for the next request, shows it on the review, and lets the asker change it before Send', async () => {
    const person = staff();
    const chat = new Chat(app, connector, person);
    await askAndSend(chat, ASK, { setting: 'oakfield' });
    // The next request goes straight to the form.
    const [welcome] = await chat.say('hi');
    let card = await chat.click(welcome!, 'advice.start');
    expect(actionsOf(card).map((a) => a.verb)).toContain('advice.submitForm');
    card = await chat.click(card, 'advice.submitForm', ASK);
    if (actionsOf(card).some((a) => a.verb === 'advice.applyReplacements')) card = await chat.click(card, 'advice.applyReplacements');
    for (let i = 0; i < 10 && actionsOf(card).some((a) => a.verb === 'advice.answer'); i++) {
      const first = (inputsOf(card).find((x) => x.id === 'answer')?.choices as { value: string }[])[0]!.value;
      card = await chat.click(card, 'advice.answer', { answer: first });
    }
    expect(textOf(card)).toContain('Goes to the safeguarding leads of Oakfield Primary');
    const change = await chat.click(card, 'advice.changeSetting');
    expect(inputsOf(change).find((i) => i.id === 'settingId')?.value).toBe('oakfield');
    const review = await chat.click(change, 'advice.chooseSetting', { settingId: 'riverside' });
    expect(textOf(review)).toContain('Goes to the safeguarding leads of Riverside Nursery');
    const sent = await chat.click(review, 'advice.send');
    const reference = /ISA-[2-9A-HJKMNP-Z]{4,5}/.exec(textOf(sent))![0];
    await app.app.scheduler.runOnce();
    expect(postsTo(CHANNEL_B, reference)).toHaveLength(1);
    expect(postsTo(CHANNEL_A, reference)).toHaveLength(0);
    // Riverside's own front door is what its staff see in an emergency.
    const emergency = await chat.click(review, 'emergency.show');
    expect(textOf(emergency)).toContain('0300 123 4567');
  });

  it("escalates a missed claim to the setting's own contacts first, and a missed answer to the organisation's too", async () => {
    const chat = new Chat(app, connector, staff());
    const { reference } = await askAndSend(chat, { ...ASK, urgency: 'today' }, { setting: 'oakfield' });
    await app.app.scheduler.runOnce();
    const toContact = (id: string) =>
      connector.calls.filter((c) => c.conversationId === `a:personal-${id}` && textOf(cardOf(c)).includes(`Escalation: ${reference}`));
    clock.advance(31 * 60_000);
    await app.app.scheduler.runOnce();
    await app.app.scheduler.runOnce();
    expect(toContact(DEPUTY_A)).toHaveLength(1);
    expect(toContact(TRUST_CONTACT)).toHaveLength(0);
    expect(connector.calls.filter((c) => c.conversationId === CHANNEL_A && textOf(cardOf(c)).includes(`Escalation: ${reference}`))).toHaveLength(1);
    expect(connector.calls.filter((c) => c.conversationId === CHANNEL_B && textOf(cardOf(c)).includes(reference))).toHaveLength(0);
    clock.advance(4 * 60 * 60_000);
    await app.app.scheduler.runOnce();
    await app.app.scheduler.runOnce();
    expect(toContact(DEPUTY_A)).toHaveLength(2);
    expect(toContact(TRUST_CONTACT)).toHaveLength(1);
  });
});

describe('settings: an organisation with one queue moves to settings without losing a request', () => {
  const connector = new FakeConnector();
  const clock = new TestClock();
  let app: TestApp;

  beforeAll(async () => {
    await connector.start();
    app = await startTestApp({ LEAD_MEMBERSHIP_CACHE_SECONDS: '0' }, { clock });
    await setUpQueue(app, connector);
    connector.rosters.set(TEAM_ID, [{ id: LEAD.id, name: LEAD.name, aadObjectId: LEAD.aadObjectId }]);
    connector.rosters.set(TEAM_A, [{ id: LEAD_A.id, name: LEAD_A.name, aadObjectId: LEAD_A.aadObjectId }]);
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  it("keeps the open request with the organisation's leads, and offers the new setting to the next asker", async () => {
    const before = new Chat(app, connector, staff());
    const { reference: open } = await askAndSend(before, ASK);
    await app.app.scheduler.runOnce();
    expect((await app.app.store.requests.get(TEST_TENANT_ID, open))?.settingId).toBe('main');

    // The administrator adds a setting with its own leads' team (npm run tenant -- setting-add, allow-leads-team, setting-set).
    await app.app.store.tenants.update(TEST_TENANT_ID, (t) =>
      setSettingField(grantLeadsTeam(addSetting(t, { id: 'oakfield', name: 'Oakfield Primary' }, 'Trust central team'), 'oakfield', TEAM_A), 'oakfield', 'reminder-days', '1'),
    );
    await app.post(inTeam(channelMessage(connector.url, { from: LEAD_A, text: 'set leads queue' }), TEAM_A, CHANNEL_A));
    const migrated = await app.app.store.tenants.get(TEST_TENANT_ID);
    expect(migrated.leadsQueue).toBeUndefined();
    expect(migrated.settings?.map((s) => [s.id, s.leadsQueue?.teamId])).toEqual([['main', TEAM_ID], ['oakfield', TEAM_A]]);

    // The request sent before still belongs to the organisation's leads: its lead claims it; Oakfield's cannot.
    const foreign = await app.post(leadInvoke(connector, LEAD_A, TEAM_A, CHANNEL_A, 'lead.claim', { requestId: open }));
    expect(textOf((foreign.body as { value?: Card }).value ?? {})).toContain('Safeguarding leads only');
    const claimed = await app.post(channelInvoke(connector.url, LEAD, 'lead.claim', { requestId: open }));
    expect(textOf((claimed.body as { value?: Card }).value ?? {})).toContain(open);

    // The next asker chooses; Oakfield's request reaches Oakfield's channel, and its own reminder period applies.
    const after = new Chat(app, connector, staff());
    const { reference } = await askAndSend(after, ASK, { setting: 'oakfield' });
    await app.app.scheduler.runOnce();
    expect(connector.calls.filter((c) => c.kind === 'send' && c.conversationId === CHANNEL_A && textOf(cardOf(c)).includes(reference))).toHaveLength(1);
    expect(connector.calls.filter((c) => c.kind === 'send' && c.conversationId === LEADS_CHANNEL_ID && textOf(cardOf(c)).includes(reference))).toHaveLength(0);
    await app.post(leadInvoke(connector, LEAD_A, TEAM_A, CHANNEL_A, 'lead.claim', { requestId: reference }));
    await app.post(leadInvoke(connector, LEAD_A, TEAM_A, CHANNEL_A, 'lead.answer', { requestId: reference, recommendation: 'share', leadText: 'Share it with the front door.', replace: 'false' }));
    await app.app.scheduler.runOnce();
    clock.advance(86_400_000 + 60_000);
    await app.app.scheduler.runOnce();
    await app.app.scheduler.runOnce();
    expect(connector.calls.filter((c) => c.conversationId === after.conversationId && textOf(cardOf(c)).includes(`Record your decision on ${reference}`))).toHaveLength(1);
  });
});
