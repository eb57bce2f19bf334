import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { CloudAdapter } from 'botbuilder';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config.js';
import { createBotAuthentication } from '../../../src/adapters/bot/auth.js';
import { loadCards } from '../../../src/adapters/bot/cards.js';
import { createOutbound } from '../../../src/adapters/bot/outbound.js';
import { createSender, OutboundFailed } from '../../../src/adapters/bot/sender.js';
import type { ChatAddress } from '../../../src/domain/chat.js';
import type { CardData } from '../../../src/flow/cards.js';
import type { Outbound } from '../../../src/ports/outbound.js';
import { AuthServer } from '../../kit/auth.js';
import { FakeConnector } from '../../kit/connector.js';
import { LogCapture } from '../../kit/app.js';

const cards = loadCards(fileURLToPath(new URL('../../../cards', import.meta.url)));

function notice(title: string, text: string): { name: 'notice'; data: CardData['notice'] } {
  return { name: 'notice', data: { title, text, style: 'default', actions: [] } };
}

describe('the Outbound port over the sender, against the Bot Connector with authentication on', () => {
  const auth = new AuthServer();
  const connector = new FakeConnector();
  let adapter: CloudAdapter;
  let logs: LogCapture;
  let outbound: Outbound;

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
    connector.acceptToken = (token) => auth.isOutboundToken(token);
    logs = new LogCapture();
    const log = pino({ level: 'debug' }, logs);
    const sender = createSender({ adapter, botAppId: auth.appId, log, timing: { sleep: () => new Promise((r) => setImmediate(r)) } });
    outbound = createOutbound({ sender, cards, log });
  });

  function address(scope: ChatAddress['scope'], conversationId = scope === 'channel' ? `19:${randomUUID()}@thread.tacv2` : `a:${randomUUID()}`): ChatAddress {
    return {
      tenantId: auth.tenantId,
      key: scope === 'channel' ? conversationId : randomUUID(),
      scope,
      conversationId,
      serviceUrl: connector.url,
      channelId: 'msteams',
      botId: `28:${auth.appId}`,
      updatedAt: new Date().toISOString(),
    };
  }

  const cardOf = (body: Record<string, unknown>) => (body.attachments as { contentType: string; content: Record<string, unknown> }[])[0];

  it('posts the rendered card to a personal chat once and resolves with its activity id', async () => {
    const chat = address('personal');
    const card = notice('Request answered', 'A lead has answered your request.');
    const { activityId } = await outbound.post({ address: chat }, card);
    expect(connector.calls).toHaveLength(1);
    const [call] = connector.calls;
    expect(call).toMatchObject({ kind: 'send', conversationId: chat.conversationId, assignedId: activityId });
    expect(cardOf(call?.body ?? {})).toEqual({ contentType: 'application/vnd.microsoft.card.adaptive', content: cards.expand('notice', card.data) });
  });

  it('starts a new thread in a channel by sending to the channel conversation', async () => {
    const leads = address('channel');
    await outbound.post({ address: leads }, notice('New request', 'A new request is waiting.'));
    expect(connector.calls[0]).toMatchObject({ kind: 'send', conversationId: leads.conversationId });
  });

  it('replies in a channel thread by sending to <channel>;messageid=<root>', async () => {
    const leads = address('channel');
    const root = await outbound.post({ address: leads }, notice('New request', 'A new request is waiting.'));
    await outbound.post({ address: leads, threadId: root.activityId }, notice('Picked up', 'A lead is on it.'));
    expect(connector.calls[1]).toMatchObject({ kind: 'send', conversationId: `${leads.conversationId};messageid=${root.activityId}` });
  });

  it('updates a card by PUTting the same activity id with the new card', async () => {
    const chat = address('personal');
    const { activityId } = await outbound.post({ address: chat }, notice('Waiting', 'Your request is waiting.'));
    const answered = notice('Answered', 'Your request was answered.');
    await outbound.update({ address: chat }, activityId, answered);
    const update = connector.calls[1];
    expect(update).toMatchObject({ kind: 'update', method: 'PUT', conversationId: chat.conversationId, activityId });
    expect(cardOf(update?.body ?? {})?.content).toEqual(cards.expand('notice', answered.data));
  });

  it('updates a reply in its thread', async () => {
    const leads = address('channel');
    await outbound.update({ address: leads, threadId: 'root-1' }, 'reply-1', notice('Picked up', 'A lead is on it.'));
    expect(connector.calls[0]).toMatchObject({ kind: 'update', conversationId: `${leads.conversationId};messageid=root-1`, activityId: 'reply-1' });
  });

  it('puts the summary on the activity for notifications, and no text that would show above the card', async () => {
    await outbound.post({ address: address('personal') }, notice('Answered', 'Your request was answered.'), { summary: 'Your request was answered' });
    const body = connector.calls[0]?.body ?? {};
    expect(body.summary).toBe('Your request was answered');
    expect(body.text).toBeUndefined();
    expect(cardOf(body)?.content.refresh).toBeUndefined();
  });

  it('rejects with OUTBOUND_FAILED when Teams answers 403 (the bot was removed from the conversation)', async () => {
    connector.failNext(1, { status: 403 });
    const post = outbound.post({ address: address('personal') }, notice('A', 'B'));
    await expect(post).rejects.toBeInstanceOf(OutboundFailed);
    await expect(post).rejects.toMatchObject({ code: 'OUTBOUND_FAILED', statusCode: 403 });
  });

  it('drains: waits for posts still being retried', async () => {
    connector.failNext(2, { status: 502 });
    const chat = address('personal');
    const posts = [outbound.post({ address: chat }, notice('One', 'first')), outbound.post({ address: chat }, notice('Two', 'second'))];
    await outbound.drain();
    expect(connector.activitiesTo(chat.conversationId)).toHaveLength(2);
    await Promise.all(posts);
  });

  it('logs ids and codes, never the card’s content', async () => {
    connector.failNext(1, { status: 429, retryAfterSeconds: 0 });
    const secret = `Child named ${randomUUID()}`;
    const { activityId } = await outbound.post({ address: address('personal') }, notice(secret, secret), { summary: secret });
    connector.failNext(1, { status: 404 });
    await expect(outbound.post({ address: address('personal') }, notice(secret, secret))).rejects.toBeInstanceOf(OutboundFailed);
    expect(logs.events()).toEqual(expect.arrayContaining(['outbound.retry', 'outbound.posted', 'outbound.failed']));
    expect(logs.raw).toContain(activityId);
    expect(logs.raw).not.toContain(secret);
  });
});
