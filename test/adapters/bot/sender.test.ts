import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { CloudAdapter } from 'botbuilder';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config.js';
import { createBotAuthentication } from '../../../src/adapters/bot/auth.js';
import {
  backoffDelay,
  createSender,
  OutboundFailed,
  parseRetryAfter,
  TEAMS_TENANT_LIMITS,
  type Sender,
  type SenderOptions,
} from '../../../src/adapters/bot/sender.js';
import type { ChatAddress } from '../../../src/domain/chat.js';
import { AuthServer } from '../../kit/auth.js';
import { FakeConnector, type Fault } from '../../kit/connector.js';
import { seededRandom } from '../../../scripts/seeded-random.js';

/** Time that only moves when the sender sleeps: waits are asserted, never waited. */
function virtualTiming(random: () => number = () => 0.5) {
  const start = Date.parse('2026-11-21T09:00:00Z');
  let now = start;
  const sleeps: number[] = [];
  return {
    start,
    sleeps,
    elapsed: () => now - start,
    timing: {
      now: () => now,
      sleep: (ms: number) => {
        sleeps.push(ms);
        now += Math.max(0, ms);
        return new Promise<void>((resolve) => setImmediate(resolve));
      },
      random,
    },
  };
}


const silent = pino({ level: 'silent' });

describe('the outbound sender against the Bot Connector with authentication on', () => {
  const auth = new AuthServer();
  const connector = new FakeConnector();
  let adapter: CloudAdapter;

  beforeAll(async () => {
    await auth.start();
    await connector.start();
    adapter = new CloudAdapter(await createBotAuthentication(parseConfig(auth.env()).bot));
  });
  afterAll(async () => {
    await connector.stop();
    await auth.stop();
  });
  beforeEach(() => {
    connector.reset();
    // Like Teams, the connector only accepts the bot's requests with a token from the token service.
    connector.acceptToken = (token) => auth.isOutboundToken(token);
  });

  function addressFor(options: Partial<ChatAddress> = {}): ChatAddress {
    return {
      tenantId: auth.tenantId,
      key: randomUUID(),
      scope: 'personal',
      conversationId: `a:${randomUUID()}`,
      serviceUrl: connector.url,
      channelId: 'msteams',
      botId: `28:${auth.appId}`,
      updatedAt: new Date().toISOString(),
      ...options,
    };
  }

  function senderWith(clock: ReturnType<typeof virtualTiming>, options: Partial<SenderOptions> = {}): Sender {
    return createSender({ adapter, botAppId: auth.appId, log: silent, timing: clock.timing, ...options });
  }

  /** Records the virtual time at which each accepted request reached the connector. */
  function stampArrivals(clock: ReturnType<typeof virtualTiming>): number[] {
    const arrivals: number[] = [];
    connector.acceptToken = (token) => {
      arrivals.push(clock.elapsed());
      return auth.isOutboundToken(token);
    };
    return arrivals;
  }

  const numbered = (n: number) => ({ type: 'message', text: `message ${n}` });
  const sentTexts = (conversationId: string) => connector.activitiesTo(conversationId).map((a) => a.text);

  it('sends a new activity once, with an outbound token, and resolves with the id the connector gave it', async () => {
    const sender = senderWith(virtualTiming());
    const address = addressFor();
    const { activityId } = await sender.send(address, { type: 'message', text: 'hello' });
    expect(connector.calls).toHaveLength(1);
    const [call] = connector.calls;
    expect(call).toMatchObject({ kind: 'send', method: 'POST', conversationId: address.conversationId, assignedId: activityId });
    expect(call?.authorization).toMatch(/^Bearer /);
    expect(call?.body).toMatchObject({ type: 'message', text: 'hello', from: { id: address.botId }, conversation: { id: address.conversationId } });
  });

  it('replies in a channel thread by sending to <channel>;messageid=<root>', async () => {
    const sender = senderWith(virtualTiming());
    const address = addressFor({ scope: 'channel', conversationId: '19:leads@thread.tacv2' });
    await sender.reply(address, '1700000000001', numbered(1));
    expect(connector.calls).toHaveLength(1);
    expect(connector.calls[0]).toMatchObject({ kind: 'send', conversationId: '19:leads@thread.tacv2;messageid=1700000000001' });
  });

  it('updates by PUTting the same activity id', async () => {
    const sender = senderWith(virtualTiming());
    const address = addressFor();
    const { activityId } = await sender.send(address, numbered(1));
    await sender.update(address, activityId, numbered(2));
    const update = connector.calls[1];
    expect(update).toMatchObject({ kind: 'update', method: 'PUT', conversationId: address.conversationId, activityId });
    expect(update?.body).toMatchObject({ id: activityId, text: 'message 2' });
  });

  it('waits at least the Retry-After of each 429 and then sends exactly once', async () => {
    const clock = virtualTiming();
    const arrivals = stampArrivals(clock);
    const sender = senderWith(clock);
    const address = addressFor();
    connector.failNext(2, { status: 429, retryAfterSeconds: 1 });
    await sender.send(address, numbered(1));
    expect(connector.attempts.map((a) => a.status)).toEqual([429, 429, 200]);
    expect(sentTexts(address.conversationId)).toEqual(['message 1']);
    expect(clock.sleeps.filter((ms) => ms >= 1000)).toHaveLength(2);
    expect(arrivals).toEqual([2000]);
  });

  it.each([502, 504, 412])('retries %i after a jittered backoff and sends exactly once, with no hidden SDK retry', async (status) => {
    const clock = virtualTiming(() => 0.5);
    const sender = senderWith(clock);
    const address = addressFor();
    connector.failNext(1, { status });
    await sender.send(address, numbered(1));
    // One failed request and one good one: the connector client's own retry policy is out of the way.
    expect(connector.attempts.map((a) => a.status)).toEqual([status, 200]);
    expect(clock.sleeps).toEqual([125]);
    expect(sentTexts(address.conversationId)).toEqual(['message 1']);
  });

  it('backs off exponentially with full jitter up to the cap', async () => {
    const clock = virtualTiming(() => 0.999);
    const sender = senderWith(clock);
    connector.failNext(7, { status: 502 });
    await sender.send(addressFor(), numbered(1));
    expect(clock.sleeps).toEqual([249, 499, 999, 1998, 3996, 7992, 7992]);
  });

  it.each([403, 404])('does not retry %i and rejects with OUTBOUND_FAILED', async (status) => {
    const clock = virtualTiming();
    const sender = senderWith(clock);
    connector.failNext(1, { status });
    const failure = sender.send(addressFor(), numbered(1));
    await expect(failure).rejects.toBeInstanceOf(OutboundFailed);
    await expect(failure).rejects.toMatchObject({ code: 'OUTBOUND_FAILED', statusCode: status, attempts: 1, reason: 'rejected' });
    expect(connector.attempts).toHaveLength(1);
    expect(connector.calls).toHaveLength(0);
    expect(clock.sleeps).toEqual([]);
  });

  it('gives up after the last attempt with OUTBOUND_FAILED and goes on with the next message in the conversation', async () => {
    const sender = senderWith(virtualTiming(), { retry: { maxAttempts: 4 } });
    const address = addressFor();
    connector.failNext(4, { status: 504 });
    const first = sender.send(address, numbered(1));
    const second = sender.send(address, numbered(2));
    await expect(first).rejects.toMatchObject({ code: 'OUTBOUND_FAILED', statusCode: 504, attempts: 4, reason: 'exhausted' });
    await second;
    expect(connector.attempts.map((a) => a.status)).toEqual([504, 504, 504, 504, 200]);
    expect(sentTexts(address.conversationId)).toEqual(['message 2']);
  });

  it('retries when the connector cannot be reached, then fails with OUTBOUND_FAILED and no status', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer();
      probe.listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const clock = virtualTiming();
    const sender = senderWith(clock, { retry: { maxAttempts: 3 } });
    const failure = sender.send(addressFor({ serviceUrl: `http://127.0.0.1:${closedPort}/` }), numbered(1));
    await expect(failure).rejects.toMatchObject({ code: 'OUTBOUND_FAILED', statusCode: undefined, attempts: 3, reason: 'exhausted' });
    expect(clock.sleeps).toHaveLength(2);
  });

  it('abandons a request that hangs past the timeout, retries it and sends once', async () => {
    const sender = senderWith(virtualTiming(), { retry: { requestTimeoutMs: 200 } });
    const address = addressFor();
    // The connector sits on the first request for longer than the timeout, then gives up on it.
    connector.failNext(1, { delayMs: 1_000, status: 504 });
    const started = performance.now();
    await sender.send(address, numbered(1));
    expect(performance.now() - started).toBeLessThan(900);
    expect(sentTexts(address.conversationId)).toEqual(['message 1']);
  });

  it('sends twice when a timed-out send was in fact applied late: the Bot Connector has no idempotency key', async () => {
    const sender = senderWith(virtualTiming(), { retry: { requestTimeoutMs: 200 } });
    const address = addressFor();
    connector.failNext(1, { delayMs: 600 } satisfies Fault);
    await sender.send(address, numbered(1));
    await new Promise((resolve) => setTimeout(resolve, 800));
    // Known limit, kept visible here: a duplicate is preferred to a lost safeguarding notice.
    expect(sentTexts(address.conversationId)).toEqual(['message 1', 'message 1']);
  });

  it('keeps 20 messages to one conversation in order, each exactly once, through random faults', async () => {
    const random = seededRandom(20261121);
    const faults: Fault[] = [{ status: 502 }, { status: 504 }, { status: 412 }, { status: 429, retryAfterSeconds: 1 }, { status: 503 }];
    connector.acceptToken = (token) => {
      if (random() < 0.4) connector.failNext(1, faults[Math.floor(random() * faults.length)] ?? { status: 502 });
      return auth.isOutboundToken(token);
    };
    const sender = senderWith(virtualTiming(random));
    const address = addressFor();
    connector.failNext(1, { status: 502 });
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => sender.send(address, numbered(i + 1))));
    expect(sentTexts(address.conversationId)).toEqual(Array.from({ length: 20 }, (_, i) => `message ${i + 1}`));
    expect(new Set(results.map((r) => r.activityId)).size).toBe(20);
    expect(connector.attempts.filter((a) => a.status !== 200).length).toBeGreaterThan(3);
  });

  it('serves two conversations side by side, each in its own order', async () => {
    const sender = senderWith(virtualTiming());
    const a = addressFor();
    const b = addressFor();
    const sends = Array.from({ length: 10 }, (_, i) => [sender.send(a, numbered(i + 1)), sender.send(b, numbered(i + 1))]).flat();
    await Promise.all(sends);
    const expected = Array.from({ length: 10 }, (_, i) => `message ${i + 1}`);
    expect(sentTexts(a.conversationId)).toEqual(expected);
    expect(sentTexts(b.conversationId)).toEqual(expected);
    const order = connector.calls.map((c) => c.conversationId);
    expect(order.indexOf(b.conversationId)).toBeLessThan(order.lastIndexOf(a.conversationId));
    expect(order.indexOf(a.conversationId)).toBeLessThan(order.lastIndexOf(b.conversationId));
  });

  it('never sends more than 7 messages in a second, or 8 in two seconds, to one conversation', async () => {
    const clock = virtualTiming();
    const arrivals = stampArrivals(clock);
    const sender = senderWith(clock);
    const address = addressFor();
    await Promise.all(Array.from({ length: 30 }, (_, i) => sender.send(address, numbered(i + 1))));
    expect(arrivals).toHaveLength(30);
    for (let i = 0; i + 7 < arrivals.length; i++) expect((arrivals[i + 7] ?? 0) - (arrivals[i] ?? 0)).toBeGreaterThanOrEqual(1000);
    for (let i = 0; i + 8 < arrivals.length; i++) expect((arrivals[i + 8] ?? 0) - (arrivals[i] ?? 0)).toBeGreaterThanOrEqual(2000);
    // ...and no slower than the limits require: 8 per 2 s.
    expect(arrivals.at(-1)).toBeLessThanOrEqual(8_000);
    expect(sentTexts(address.conversationId)).toHaveLength(30);
  });

  it('shares 50 requests per second among all conversations of a tenant, not across tenants', async () => {
    const clock = virtualTiming();
    const sender = senderWith(clock, { limits: { perConversation: [], perTenant: TEAMS_TENANT_LIMITS } });
    const busy = addressFor();
    await Promise.all(Array.from({ length: 50 }, (_, i) => sender.send(busy, numbered(i + 1))));
    expect(clock.elapsed()).toBe(0);
    const arrivals = stampArrivals(clock);
    await sender.send(addressFor({ tenantId: randomUUID() }), numbered(1));
    expect(arrivals).toEqual([0]);
    await sender.send(addressFor(), numbered(1));
    expect(arrivals).toEqual([0, 1000]);
  });

  it('drains: resolves only when every queued message has been sent', async () => {
    const sender = senderWith(virtualTiming());
    const a = addressFor();
    const b = addressFor();
    connector.failNext(3, { status: 502 });
    const settled: number[] = [];
    for (let i = 0; i < 6; i++) void sender.send(i % 2 ? a : b, numbered(i)).then(() => settled.push(i));
    await sender.drain();
    expect(connector.activitiesTo()).toHaveLength(6);
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled.sort()).toEqual([0, 1, 2, 3, 4, 5]);
    await sender.drain();
  });
});

describe('the outbound sender with Bot Framework authentication off (local playground)', () => {
  const connector = new FakeConnector();
  beforeAll(() => connector.start());
  afterAll(() => connector.stop());

  it('sends without a token when the bot has no app id', async () => {
    const adapter = new CloudAdapter(await createBotAuthentication(parseConfig({}).bot));
    const sender = createSender({ adapter, botAppId: '', log: silent, timing: virtualTiming().timing });
    const conversationId = `a:${randomUUID()}`;
    await sender.send(
      { tenantId: randomUUID(), key: 'k', scope: 'personal', conversationId, serviceUrl: connector.url, channelId: 'msteams', botId: '28:bot', updatedAt: new Date().toISOString() },
      { type: 'message', text: 'hello' },
    );
    expect(connector.calls).toMatchObject([{ kind: 'send', conversationId, authorization: undefined }]);
  });
});

describe('reading Retry-After and computing backoff', () => {
  const now = Date.parse('2026-11-21T09:00:00Z');

  it('reads delta-seconds and HTTP dates, and ignores what it cannot read', () => {
    expect(parseRetryAfter('1', now)).toBe(1000);
    expect(parseRetryAfter(' 2.5 ', now)).toBe(2500);
    expect(parseRetryAfter('Sat, 21 Nov 2026 09:00:03 GMT', now)).toBe(3000);
    expect(parseRetryAfter('Sat, 21 Nov 2026 08:59:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('-1', now)).toBeUndefined();
  });

  it('draws each backoff uniformly below an exponentially growing, capped ceiling', () => {
    const policy = { baseDelayMs: 250, maxDelayMs: 8000 };
    expect(backoffDelay(1, policy, () => 0)).toBe(0);
    expect(backoffDelay(1, policy, () => 0.999)).toBe(249);
    expect(backoffDelay(4, policy, () => 0.5)).toBe(1000);
    expect(backoffDelay(20, policy, () => 0.999)).toBe(7992);
  });
});
