import type { TurnContext, ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { ChatAddress } from '../../domain/chat.js';
import type { Clock } from '../../ports/clock.js';
import type { Store } from '../../ports/store.js';
import type { BotEvent, ChatScope, Effect } from '../../flow/events.js';
import { onEvent } from '../../flow/welcome.js';
import type { CardRenderer } from './cards.js';

export interface TurnDeps {
  store: Store;
  cards: CardRenderer;
  clock: Clock;
}

function scopeOf(context: TurnContext): ChatScope {
  const type: string | undefined = context.activity.conversation?.conversationType;
  if (type === 'channel') return 'channel';
  if (type === 'groupChat') return 'groupChat';
  return 'personal';
}

export function tenantOf(activity: {
  conversation?: { tenantId?: string };
  channelData?: unknown;
}): string | undefined {
  const fromChannelData = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const id = activity.conversation?.tenantId ?? (typeof fromChannelData === 'string' ? fromChannelData : undefined);
  return id?.toLowerCase();
}

/** Maps the activity to a core event; undefined for activities the conversation does not handle. */
function toEvent(context: TurnContext): BotEvent | undefined {
  const a = context.activity;
  const actor = { id: a.from?.aadObjectId ?? a.from?.id ?? 'unknown', displayName: a.from?.name ?? '' };
  const scope = scopeOf(context);
  const type: string = a.type;
  if (type === 'message') return { kind: 'message', scope, actor };
  if (type === 'conversationUpdate') {
    const botAdded = (a.membersAdded ?? []).some((m) => m.id === a.recipient?.id);
    if (botAdded) return { kind: 'installed', scope, actor };
  }
  return undefined;
}

function addressOf(context: TurnContext, tenantId: string, now: Date): ChatAddress | undefined {
  const a = context.activity;
  const scope = scopeOf(context);
  if (scope === 'groupChat') return undefined;
  const channelKey = (a.channelData as { channel?: { id?: unknown } } | undefined)?.channel?.id;
  const key = scope === 'personal' ? a.from?.aadObjectId ?? a.from?.id : typeof channelKey === 'string' ? channelKey : a.conversation.id;
  if (!key || !a.serviceUrl || !a.recipient?.id) return undefined;
  return {
    tenantId,
    key,
    scope,
    conversationId: a.conversation.id,
    serviceUrl: a.serviceUrl,
    channelId: a.channelId,
    botId: a.recipient.id,
    updatedAt: now.toISOString(),
  };
}

export function conversationReferenceOf(address: ChatAddress): Partial<ConversationReference> {
  return {
    channelId: address.channelId,
    serviceUrl: address.serviceUrl,
    conversation: { id: address.conversationId, isGroup: address.scope !== 'personal', conversationType: address.scope, name: '', tenantId: address.tenantId },
    bot: { id: address.botId, name: '' },
  };
}

/** One turn: core decides, adapter renders and sends. Tenant was checked at the edge. */
export async function runTurn(context: TurnContext, tenantId: string, deps: TurnDeps, log: Logger): Promise<void> {
  const event = toEvent(context);
  if (!event) return;
  const address = addressOf(context, tenantId, deps.clock.now());
  if (address) await deps.store.chatAddresses.remember(address);
  const effects = onEvent(event, {});
  await execute(context, effects, deps);
  log.info({ event: 'turn.handled', kind: event.kind, scope: event.scope, effects: effects.length }, 'turn handled');
}

async function execute(context: TurnContext, effects: readonly Effect[], deps: TurnDeps): Promise<void> {
  for (const effect of effects) {
    if (effect.kind === 'showCard') {
      await context.sendActivity({ attachments: [deps.cards.render(effect.card.name, effect.card.data)] });
    } else {
      await context.sendActivity({ text: effect.text });
    }
  }
}
