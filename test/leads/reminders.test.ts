import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector } from '../kit/connector.js';
import { TestClock, startTestApp, TEST_TENANT_ID, type TestApp } from '../kit/app.js';
import { Chat, askAndSend, cardOf, textOf } from '../kit/chat.js';
import { channelInvoke, type Person } from '../kit/activities.js';
import { ASK, LEAD, SHARE_WITHOUT_CONSENT, setUpQueue } from '../kit/flows.js';

/**
 * Rule 7 followed through: after advice, the asker is reminded to record a decision — once after
 * 3 working days, once more after 8 — unless a decision is recorded or the request is closed.
 * On a clock the test moves; the scheduler sends each reminder once.
 */

const DAY = 86_400_000;
let seq = 0;
function asker(): Person {
  seq++;
  return { id: `29:remind-${seq}`, aadObjectId: `bbbb3333-0000-4000-8000-${String(seq).padStart(12, '0')}`, name: `Reminded ${seq}` };
}

describe('rule 7 reminders', () => {
  const connector = new FakeConnector();
  // Monday 23 November 2026, 09:00.
  const clock = new TestClock();
  let app: TestApp;

  beforeAll(async () => {
    await connector.start();
    app = await startTestApp({}, { clock });
    await setUpQueue(app, connector);
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  async function advised(chat: Chat): Promise<string> {
    const { reference } = await askAndSend(chat, ASK);
    await app.post(channelInvoke(connector.url, LEAD, 'lead.claim', { requestId: reference }));
    await app.post(channelInvoke(connector.url, LEAD, 'lead.answer', { requestId: reference, recommendation: 'share', leadText: 'Share it with the front door today.', replace: 'false' }));
    await app.app.scheduler.runOnce();
    return reference;
  }
  const remindersTo = (chat: Chat) => connector.calls.filter((c) => c.conversationId === chat.conversationId && /Record your decision on|Still to record/.test(textOf(cardOf(c))));

  it('reminds the asker after 3 working days and again after 8, each once, with Record my decision', async () => {
    const chat = new Chat(app, connector, asker());
    const reference = await advised(chat);
    clock.advance(2 * DAY); // Wednesday: not yet
    await app.app.scheduler.runOnce();
    expect(remindersTo(chat)).toHaveLength(0);
    clock.advance(1 * DAY + 60_000); // Thursday 09:01: 3 working days after Monday
    await app.app.scheduler.runOnce();
    await app.app.scheduler.runOnce();
    const first = remindersTo(chat);
    expect(first).toHaveLength(1);
    const card = cardOf(first[0]!);
    expect(textOf(card)).toContain(`Record your decision on ${reference}`);
    expect(textOf(card)).toMatch(/Golden rule 7/);
    // The button on it opens the decision form for that request.
    const form = await chat.click(card, 'Record my decision');
    expect(textOf(form)).toContain(`Reference: ${reference}`);
    clock.advance(6 * DAY); // Wednesday next week: 7 working days, not yet
    await app.app.scheduler.runOnce();
    expect(remindersTo(chat)).toHaveLength(1);
    clock.advance(1 * DAY); // Thursday next week: 8 working days
    await app.app.scheduler.runOnce();
    await app.app.scheduler.runOnce();
    expect(remindersTo(chat)).toHaveLength(2);
    expect(textOf(cardOf(remindersTo(chat)[1]!))).toContain(`Still to record: your decision on ${reference}`);
    clock.advance(30 * DAY);
    await app.app.scheduler.runOnce();
    expect(remindersTo(chat)).toHaveLength(2);
    const trail = await app.app.store.audit.listFor(TEST_TENANT_ID, reference);
    expect(trail.filter((e) => e.action === 'reminded').map((e) => e.details)).toEqual([{ reminder: 1 }, { reminder: 2 }]);
  });

  it('sends no reminder once the decision is recorded', async () => {
    const chat = new Chat(app, connector, asker());
    const reference = await advised(chat);
    const form = (await chat.invoke('decision.start', { requestId: reference })).card;
    const today = clock.now().toISOString().slice(0, 10);
    const summary = await chat.click(form, 'decision.submit', { ...SHARE_WITHOUT_CONSENT, sharedOn: today });
    expect(textOf(summary)).toContain(`Decision record ${reference}`);
    clock.advance(20 * DAY);
    await app.app.scheduler.runOnce();
    await app.app.scheduler.runOnce();
    expect(remindersTo(chat)).toHaveLength(0);
    // Nothing is left due for it either.
    expect((await app.app.store.requests.get(TEST_TENANT_ID, reference))?.nextDueAt).toBeUndefined();
  });

  it('sends no reminder for a request closed without advice', async () => {
    const chat = new Chat(app, connector, asker());
    const { reference } = await askAndSend(chat, ASK);
    await app.post(channelInvoke(connector.url, LEAD, 'lead.claim', { requestId: reference }));
    await app.post(channelInvoke(connector.url, LEAD, 'lead.close', { requestId: reference, closeReason: 'advised_another_way' }));
    clock.advance(20 * DAY);
    await app.app.scheduler.runOnce();
    expect(remindersTo(chat)).toHaveLength(0);
  });
});
