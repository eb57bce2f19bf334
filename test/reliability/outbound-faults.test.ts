import { describe, it } from 'vitest';
import { FakeConnector, type OutboundCall } from '../kit/connector.js';
import { FaultProxy, postTo, updateIn } from '../kit/fault-proxy.js';
import { TestClock, TEST_TENANT_ID, startTestApp, type TestApp } from '../kit/app.js';
import { Chat, askAndSend, cardOf, textOf } from '../kit/chat.js';
import { LEADS_CHANNEL_ID, type Person } from '../kit/activities.js';
import { ASK, LEAD, setUpQueue } from '../kit/flows.js';
import { MINUTE, channelPostsOf, leadClick, settle, staffChat } from './helpers.js';

/**
 * Teams answers 429 (with Retry-After), 502, or not at all, for a while, to the messages the bot
 * sends on its own: the request posted to the leads' channel, that card's updates, the advice in
 * the asker's chat, escalations. Whatever the faults, once they stop every message has arrived
 * exactly once and each conversation has them in order. (The sender's own retry rules are
 * proven in test/adapters/bot/sender.test.ts; this is about the journeys.)
 */

const MANAGER: Person = { id: '29:manager-of', aadObjectId: 'ffff0000-0000-4000-8000-0000000000f1', name: 'Jordan Lee' };
const ADVICE = 'Share with the front door today and record why.';
/** The sender makes 8 attempts; 8 throttles with Retry-After: 0 use them all up at once. */
const SENDER_ATTEMPTS = 8;

interface Env {
  app: TestApp;
  connector: FakeConnector;
  proxy: FaultProxy;
  clock: TestClock;
}

async function withEnv(run: (env: Env) => Promise<void>): Promise<void> {
  const connector = await new FakeConnector().start();
  const proxy = await new FaultProxy(connector.url).start();
  // Every activity names the proxy as its serviceUrl, so the bot's messages pass through it.
  connector.url = proxy.url;
  const clock = new TestClock(Date.parse('2026-11-23T09:00:00.000Z'));
  const app = await startTestApp({ LOCAL_STORE_FLUSH_MS: '60000' }, { clock });
  try {
    await setUpQueue(app, connector);
    await run({ app, connector, proxy, clock });
  } finally {
    await app.stop();
    await proxy.stop();
    await connector.stop();
  }
}

function about(reference: string): (c: OutboundCall) => boolean {
  return (c) => textOf(cardOf(c)).includes(reference);
}

/** What reached a conversation on the bot's own initiative (not replies within a turn), oldest first. */
function proactive(connector: FakeConnector, conversationId: string): OutboundCall[] {
  return connector.calls.filter((c) => c.conversationId === conversationId && (c.kind === 'send' || c.kind === 'update'));
}

describe.concurrent('messages the bot sends on its own, while Teams throttles, fails and hangs', () => {
  it('the request, its channel card updates and the advice each arrive once and in order', async ({ expect }) => {
    await withEnv(async ({ app, connector, proxy }) => {
      const chat = staffChat(app, connector, 'faults', 1);

      // The post to the leads' channel is throttled, fails, and is throttled again.
      proxy.failNext(1, postTo(LEADS_CHANNEL_ID), { status: 429, retryAfterSeconds: 1 });
      proxy.failNext(1, postTo(LEADS_CHANNEL_ID), { status: 502 });
      proxy.failNext(1, postTo(LEADS_CHANNEL_ID), { status: 429, retryAfterSeconds: 1 });
      const { reference } = await askAndSend(chat, ASK);
      const post = await connector.waitFor((c) => c.kind === 'send' && c.conversationId === LEADS_CHANNEL_ID && about(reference)(c), 30_000);

      // The claim: the channel card's update fails twice, the asker's notice is throttled.
      proxy.failNext(2, updateIn(LEADS_CHANNEL_ID), { status: 502 });
      proxy.failNext(1, postTo(chat.conversationId), { status: 429, retryAfterSeconds: 1 });
      const holderCard = await leadClick(app, connector, LEAD, cardOf(post), 'lead.claim');

      // The answer: the update is throttled; the advice hangs until the bot gives up, then fails once more.
      proxy.failNext(1, updateIn(LEADS_CHANNEL_ID), { status: 429, retryAfterSeconds: 1 });
      proxy.failNext(1, postTo(chat.conversationId), { hang: true });
      proxy.failNext(1, postTo(chat.conversationId), { status: 502 });
      await leadClick(app, connector, LEAD, holderCard, 'Send advice', { recommendation: 'share', leadText: ADVICE });

      await connector.waitFor((c) => c.conversationId === chat.conversationId && textOf(cardOf(c)).includes(ADVICE), 60_000);
      await settle(app);
      expect(proxy.pending(), 'every fault was served').toBe(0);
      const hang = proxy.served.find((s) => 'hang' in s.fault);
      // The sender abandons a request after 15 s (its request timeout), then tries again.
      expect(hang?.abandonedAfterMs, 'the bot gave up on the hung request').toBeGreaterThanOrEqual(14_000);

      const channel = proactive(connector, LEADS_CHANNEL_ID).filter(about(reference));
      expect(channel.map((c) => c.kind)).toEqual(['send', 'update', 'update']);
      expect(channel.slice(1).every((c) => c.activityId === post.assignedId), 'the updates change the posted card in place').toBe(true);
      // Each update shows the request as it is when delivered: never a state older than the last one shown.
      const order = ['Sent to the safeguarding leads', 'looking at it', 'Answered'];
      const shown = channel.map((c) => order.indexOf(/Answered|looking at it|Sent to the safeguarding leads/.exec(textOf(cardOf(c)))?.[0] ?? ''));
      expect(shown[0]).toBe(0);
      expect(shown.at(-1)).toBe(2);
      expect(shown.every((state, i) => state >= 0 && (i === 0 || state >= shown[i - 1]!)), `states shown in order: ${shown.join(',')}`).toBe(true);

      const asker = proactive(connector, chat.conversationId);
      expect(asker).toHaveLength(2);
      expect(textOf(cardOf(asker[0]!))).toMatch(/looking at/i);
      expect(textOf(cardOf(asker[1]!))).toContain(ADVICE);
    });
  }, 120_000);

  it('a request post and escalations refused for longer than the sender retries stay owed, and scheduler passes deliver each once', async ({ expect }) => {
    await withEnv(async ({ app, connector, proxy, clock }) => {
      await new Chat(app, connector, MANAGER).say('hi');
      const settings = await app.app.store.tenants.get(TEST_TENANT_ID);
      await app.app.store.tenants.put({ ...settings, escalationContacts: [MANAGER.aadObjectId] });
      const managerChat = `a:personal-${MANAGER.aadObjectId}`;
      const chat = staffChat(app, connector, 'owed', 1);
      const pass = async (advanceMs: number) => {
        clock.advance(advanceMs);
        const result = await app.app.scheduler.runOnce();
        await settle(app);
        return result;
      };

      // The channel refuses every attempt the sender makes straight after Send.
      proxy.failNext(SENDER_ATTEMPTS, postTo(LEADS_CHANNEL_ID), { status: 429, retryAfterSeconds: 0 });
      const { reference } = await askAndSend(chat, { ...ASK, urgency: 'today' });
      await settle(app);
      expect(channelPostsOf(connector, reference)).toHaveLength(0);
      expect((await app.app.store.requests.get(TEST_TENANT_ID, reference))?.outbox.map((i) => i.kind)).toContain('route');

      // Still refused on the first pass after the lease; delivered on the next.
      proxy.failNext(2, postTo(LEADS_CHANNEL_ID), { status: 502 });
      proxy.failNext(SENDER_ATTEMPTS - 2, postTo(LEADS_CHANNEL_ID), { status: 429, retryAfterSeconds: 0 });
      await pass(0);
      expect(channelPostsOf(connector, reference), 'left alone while the lease of the attempt that gave up runs').toHaveLength(0);
      await pass(3 * MINUTE);
      expect(channelPostsOf(connector, reference)).toHaveLength(0);
      await pass(3 * MINUTE);
      expect(channelPostsOf(connector, reference)).toHaveLength(1);

      // Nobody claims it: the escalation reaches the channel after a throttle, but the manager's chat refuses it for a while.
      proxy.failNext(1, postTo(LEADS_CHANNEL_ID), { status: 429, retryAfterSeconds: 1 });
      proxy.failNext(SENDER_ATTEMPTS, postTo(managerChat), { status: 429, retryAfterSeconds: 0 });
      await pass(31 * MINUTE);
      proxy.failNext(2, postTo(managerChat), { status: 502 });
      await pass(3 * MINUTE);
      await pass(3 * MINUTE);
      await pass(3 * MINUTE);
      expect(proxy.pending(), 'every fault was served').toBe(0);

      const escalation = (c: OutboundCall) => textOf(cardOf(c)).includes(`Escalation: ${reference}`);
      const channel = proactive(connector, LEADS_CHANNEL_ID).filter(about(reference));
      expect(channel.map((c) => (escalation(c) ? 'escalation' : c.kind))).toEqual(['send', 'escalation']);
      expect(proactive(connector, managerChat).filter(escalation)).toHaveLength(1);
      const stored = await app.app.store.requests.get(TEST_TENANT_ID, reference);
      expect(stored?.outbox).toEqual([]);
      expect((await app.app.store.audit.listFor(TEST_TENANT_ID, reference)).map((e) => e.action)).toEqual(['created', 'escalated']);
    });
  }, 120_000);

  // The claim/answer announcements (channel card update, the asker's notice and advice) are
  // outbox items written with the change: when Teams refuses them for longer than the sender's
  // attempts, a scheduler pass sends them, once.
  it('the advice reaches the asker even when Teams refuses it for longer than the sender retries', async ({ expect }) => {
    await withEnv(async ({ app, connector, proxy, clock }) => {
      const chat = staffChat(app, connector, 'lost', 1);
      const { reference } = await askAndSend(chat, ASK);
      const post = await connector.waitFor((c) => c.kind === 'send' && c.conversationId === LEADS_CHANNEL_ID && about(reference)(c), 15_000);
      const holderCard = await leadClick(app, connector, LEAD, cardOf(post), 'lead.claim');
      await settle(app);
      proxy.failNext(SENDER_ATTEMPTS, postTo(chat.conversationId), { status: 429, retryAfterSeconds: 0 });
      await leadClick(app, connector, LEAD, holderCard, 'Send advice', { recommendation: 'share', leadText: ADVICE });
      await settle(app);
      for (let i = 0; i < 3; i++) {
        clock.advance(3 * MINUTE);
        await app.app.scheduler.runOnce();
        await settle(app);
      }
      expect(proactive(connector, chat.conversationId).filter((c) => textOf(cardOf(c)).includes(ADVICE))).toHaveLength(1);
    });
  }, 120_000);
});
