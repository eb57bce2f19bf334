import { randomUUID } from 'node:crypto';
import { LOCAL_DEV_TENANT_ID } from '../../src/config.js';

/** Activities shaped as Teams sends them. Imports no app, so the benchmarks' load worker can use it. */

export const TEST_TENANT_ID = LOCAL_DEV_TENANT_ID;

export interface Person {
  id: string;
  aadObjectId: string;
  name: string;
}

export const STAFF: Person = { id: '29:staff-1', aadObjectId: '11111111-1111-4111-8111-111111111111', name: 'Sam Teacher' };
export const BOT = { id: '28:bot', name: 'Safeguarding advice' };

export function personalMessage(
  serviceUrl: string,
  options: { from?: Person; text?: string; tenantId?: string; conversationId?: string; value?: unknown } = {},
): Record<string, unknown> {
  const from = options.from ?? STAFF;
  const tenantId = options.tenantId ?? TEST_TENANT_ID;
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: BOT,
    conversation: { id: options.conversationId ?? `a:personal-${from.aadObjectId}`, conversationType: 'personal', tenantId },
    channelData: { tenant: { id: tenantId } },
    locale: 'en-GB',
    ...(options.text !== undefined ? { text: options.text } : {}),
    ...(options.value !== undefined ? { value: options.value } : {}),
  };
}

/** An Action.Execute click on a card in a person's 1:1 chat. */
export function personalInvoke(
  serviceUrl: string,
  verb: unknown,
  data: unknown,
  options: { from?: Person; tenantId?: string; conversationId?: string } = {},
): Record<string, unknown> {
  return actionInvoke(personalMessage(serviceUrl, options), verb, data);
}

export function personalInstall(serviceUrl: string, from: Person = STAFF): Record<string, unknown> {
  return {
    ...personalMessage(serviceUrl, { from }),
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT.id }],
  };
}

export function channelMessage(
  serviceUrl: string,
  options: { from?: Person; text?: string; teamId?: string; channelId?: string } = {},
): Record<string, unknown> {
  const from = options.from ?? STAFF;
  const channel = options.channelId ?? '19:leads@thread.tacv2';
  return {
    type: 'message',
    id: randomUUID(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: BOT,
    conversation: { id: `${channel};messageid=1`, conversationType: 'channel', tenantId: TEST_TENANT_ID, isGroup: true },
    channelData: { tenant: { id: TEST_TENANT_ID }, team: { id: options.teamId ?? '19:team@thread.tacv2' }, channel: { id: channel } },
    text: options.text ?? '<at>Safeguarding advice</at> hello',
  };
}

export const TEAM_ID = '19:safeguarding-team@thread.tacv2';
export const LEADS_CHANNEL_ID = '19:leads@thread.tacv2';

/** An Action.Execute invoke from a card in the leads' channel. */
export function channelInvoke(serviceUrl: string, from: Person, verb: unknown, data: unknown, trigger: 'manual' | 'automatic' = 'manual'): Record<string, unknown> {
  return actionInvoke({ ...channelMessage(serviceUrl, { from, teamId: TEAM_ID, channelId: LEADS_CHANNEL_ID }), text: undefined }, verb, data, trigger);
}

function actionInvoke(where: Record<string, unknown>, verb: unknown, data: unknown, trigger: 'manual' | 'automatic' = 'manual'): Record<string, unknown> {
  return { ...where, type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data }, trigger } };
}

/**
 * A card's Action.Submit (the fallback Teams mobile renders for an Action.Execute) as Teams sends
 * it: a message with no text whose `value` is the action's data merged with the card's inputs,
 * `replyToId` naming the card's activity.
 */
export function personalSubmit(
  serviceUrl: string,
  options: { from?: Person; value: Record<string, unknown>; replyToId?: string; tenantId?: string; conversationId?: string },
): Record<string, unknown> {
  const { value, replyToId, ...rest } = options;
  return { ...personalMessage(serviceUrl, { ...rest, value }), ...(replyToId ? { replyToId } : {}) };
}

/** The same from a card in a thread of the leads' channel (`threadId`: the thread's root activity). */
export function channelSubmit(
  serviceUrl: string,
  from: Person,
  value: Record<string, unknown>,
  options: { replyToId?: string; threadId?: string } = {},
): Record<string, unknown> {
  const base = channelMessage(serviceUrl, { from, teamId: TEAM_ID, channelId: LEADS_CHANNEL_ID });
  const thread = options.threadId ?? options.replyToId;
  return {
    ...base,
    conversation: { ...(base.conversation as object), id: thread ? `${LEADS_CHANNEL_ID};messageid=${thread}` : LEADS_CHANNEL_ID },
    text: undefined,
    value,
    ...(options.replyToId ? { replyToId: options.replyToId } : {}),
  };
}
