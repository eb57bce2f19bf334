import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeConnector, type OutboundCall } from '../kit/connector.js';
import { TestClock, startTestApp, TEST_TENANT_ID, type TestApp } from '../kit/app.js';
import { Chat, askAndSend, cardOf as cardIn, textOf } from '../kit/chat.js';
import { LEADS_CHANNEL_ID, STAFF, TEAM_ID, channelInvoke, channelMessage, type Person } from '../kit/activities.js';
import { createScheduler } from '../../src/jobs/scheduler.js';

/** Nothing waits silently: missed deadlines escalate once, across restarts and with several schedulers. */

const LEAD: Person = { id: '29:lead-e', aadObjectId: 'eeeeeeee-0000-4000-8000-00000000000e', name: 'Priya Shah' };
const MANAGER: Person = { id: '29:manager', aadObjectId: 'ffffffff-0000-4000-8000-00000000000f', name: 'Jordan Lee' };
const MINUTE = 60_000;

const FORM = {
  askerRole: 'teacher',
  area: 'emotional_abuse',
  involved: 'child',
  ageBand: '11_15',
  urgency: 'today',
  informationKinds: 'concern_observed',
  recipients: 'camhs',
  consent: 'given',
  question: 'A year 9 pupil seems very withdrawn and has said home is frightening. Can I share my notes with CAMHS?',
};

const isEscalation = (reference: string, stage: RegExp) => (c: OutboundCall) =>
  textOf(cardIn(c)).includes(`Escalation: ${reference}`) && stage.test(textOf(cardIn(c)));

describe('deadlines and escalation', () => {
  const connector = new FakeConnector();
  const clock = new TestClock();
  let app: TestApp;
  let n = 0;
  let chat: Chat;

  async function submit(form: Record<string, string> = FORM): Promise<string> {
    const { reference } = await askAndSend(chat, form);
    await connector.waitFor((c) => c.conversationId === LEADS_CHANNEL_ID && textOf(cardIn(c)).includes(reference));
    await app.app.tasks.drain();
    return reference;
  }

  function escalations(reference: string): OutboundCall[] {
    return connector.calls.filter((c) => textOf(cardIn(c)).includes(`Escalation: ${reference}`));
  }

  beforeAll(async () => {
    await connector.start();
    connector.members = [LEAD, MANAGER].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
    app = await startTestApp({ LOCAL_STORE_FLUSH_MS: '60000' }, { clock });
    await app.post(channelMessage(connector.url, { from: LEAD, text: 'set leads queue', teamId: TEAM_ID, channelId: LEADS_CHANNEL_ID }));
    await new Chat(app, connector, MANAGER).say('hi');
    const settings = await app.app.store.tenants.get(TEST_TENANT_ID);
    await app.app.store.tenants.put({ ...settings, escalationContacts: [MANAGER.aadObjectId] });
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });
  beforeEach(() => {
    n++;
    chat = new Chat(app, connector, { ...STAFF, id: `29:e-${n}`, aadObjectId: `eeee0000-0000-4000-8000-${String(n).padStart(12, '0')}`, name: `Asker ${n}` });
  });

  it('does not escalate before the deadline, escalates an unclaimed "today" request once after 30 minutes, to the channel and the manager', async () => {
    const reference = await submit();
    clock.advance(29 * MINUTE);
    await app.app.scheduler.runOnce();
    expect(escalations(reference)).toHaveLength(0);

    clock.advance(2 * MINUTE);
    await app.app.scheduler.runOnce();
    await connector.waitFor(isEscalation(reference, /not been claimed/));
    const sent = escalations(reference);
    expect(sent.map((c) => c.conversationId)).toEqual(expect.arrayContaining([LEADS_CHANNEL_ID, `a:personal-${MANAGER.aadObjectId}`]));

    await app.app.scheduler.runOnce();
    clock.advance(5 * MINUTE);
    await app.app.scheduler.runOnce();
    expect(escalations(reference)).toHaveLength(sent.length);
    const trail = await app.app.store.audit.listFor(TEST_TENANT_ID, reference);
    expect(trail.map((e) => [e.action, e.actor.id, e.details.stage ?? null])).toEqual([
      ['created', chat.person.aadObjectId, null],
      ['escalated', 'system', 'claim'],
    ]);
  });

  it('escalates a claimed request that is not answered within four hours', async () => {
    const reference = await submit();
    await app.post(channelInvoke(connector.url, LEAD, 'lead.claim', { requestId: reference }));
    clock.advance(241 * MINUTE);
    await app.app.scheduler.runOnce();
    const call = await connector.waitFor(isEscalation(reference, /not been answered/));
    expect(textOf(cardIn(call))).toContain('held by Priya Shah');
    expect(escalations(reference).some((c) => /not been claimed/.test(textOf(cardIn(c))))).toBe(false);
  });

  it('keeps deadlines across a restart: a deadline that passes while the app is down escalates when it is back', async () => {
    const reference = await submit();
    await app.restart();
    clock.advance(45 * MINUTE);
    await app.app.scheduler.runOnce();
    await connector.waitFor(isEscalation(reference, /not been claimed/));
  });

  it('handles each due item once when two scheduler instances run at the same moment', async () => {
    const reference = await submit();
    clock.advance(31 * MINUTE);
    const other = createScheduler(app.app.deps);
    await Promise.all([app.app.scheduler.runOnce(), other.runOnce(), app.app.scheduler.runOnce(), other.runOnce()]);
    await app.app.tasks.drain();
    const channelEscalations = escalations(reference).filter((c) => c.conversationId === LEADS_CHANNEL_ID);
    expect(channelEscalations).toHaveLength(1);
    const stored = await app.app.store.requests.get(TEST_TENANT_ID, reference);
    expect(stored?.outbox).toEqual([]);
    expect(stored?.escalated.claim).toBeDefined();
  });

  it('retries a message Teams could not take, and delivers it once', async () => {
    const reference = await submit();
    clock.advance(31 * MINUTE);
    connector.failNext(1, { status: 403 });
    const first = await app.app.scheduler.runOnce();
    expect(first.failed).toBe(1);
    await app.app.tasks.drain();
    clock.advance(3 * MINUTE);
    await app.app.scheduler.runOnce();
    await connector.waitFor(isEscalation(reference, /not been claimed/));
    expect(escalations(reference).filter((c) => c.conversationId === LEADS_CHANNEL_ID)).toHaveLength(1);
  });
});
