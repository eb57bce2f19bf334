import type { TurnContext, ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { ChatAddress } from '../../domain/chat.js';
import type { CardView } from '../../flow/cards.js';
import { CHANNEL_COMMANDS, isVerb } from '../../flow/verbs.js';
import { helpCard, typedMessage, typedQuestionNotice } from '../../flow/help.js';
import { describeLeadsQueue, setLeadsQueue, type ChannelPlace } from '../../handlers/queue.js';
import { CHANNEL_POINTER, normaliseCommand, welcomeCard } from '../../flow/welcome.js';
import { conversationTag, frontDoorOf, once, type Caller, type HandlerDeps } from '../../handlers/context.js';
import { dispatch } from '../../handlers/index.js';
import type { CardRenderer } from './cards.js';
import { errorFields } from '../../log.js';

export interface TurnDeps extends HandlerDeps {
  cards: CardRenderer;
}

type Scope = Caller['scope'];

function scopeOf(context: TurnContext): Scope {
  const type: string | undefined = context.activity.conversation?.conversationType;
  if (type === 'channel') return 'channel';
  if (type === 'groupChat') return 'groupChat';
  return 'personal';
}

/**
 * The activity's tenant: `conversation.tenantId` and `channelData.tenant.id` must agree when both
 * are present (a mismatch is refused at the edge); lower case.
 */
export function tenantOf(activity: { conversation?: { tenantId?: string }; channelData?: unknown }): { tenantId: string | undefined; mismatch: boolean } {
  const raw = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const fromChannelData = typeof raw === 'string' ? raw.toLowerCase() : undefined;
  const fromConversation = activity.conversation?.tenantId?.toLowerCase();
  const mismatch = fromChannelData !== undefined && fromConversation !== undefined && fromChannelData !== fromConversation;
  return { tenantId: fromConversation ?? fromChannelData, mismatch };
}

function callerOf(context: TurnContext, tenantId: string, deps: TurnDeps): Caller {
  const a = context.activity;
  const scope = scopeOf(context);
  const teamId = (a.channelData as { team?: { id?: unknown } } | undefined)?.team?.id;
  return {
    tenantId,
    userId: a.from?.aadObjectId ?? a.from?.id ?? 'unknown',
    accountId: a.from?.id ?? 'unknown',
    displayName: a.from?.name ?? '',
    conversationId: a.conversation.id,
    conv: conversationTag(a.conversation.id),
    scope,
    teamId: scope === 'channel' && typeof teamId === 'string' ? teamId : undefined,
    settings: once(() => deps.store.tenants.get(tenantId)),
  };
}

function addressOf(context: TurnContext, tenantId: string, now: Date): ChatAddress | undefined {
  const a = context.activity;
  const scope = scopeOf(context);
  if (scope === 'groupChat') return undefined;
  const channelKey = (a.channelData as { channel?: { id?: unknown } } | undefined)?.channel?.id;
  const key =
    scope === 'personal' ? (a.from?.aadObjectId ?? a.from?.id) : typeof channelKey === 'string' ? channelKey : a.conversation.id;
  if (!key || !a.serviceUrl || !a.recipient?.id) return undefined;
  return {
    tenantId,
    key,
    scope,
    conversationId: scope === 'channel' && typeof channelKey === 'string' ? channelKey : a.conversation.id,
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

type Route = (context: TurnContext, caller: Caller, deps: TurnDeps, log: Logger) => Promise<void>;

async function showCard(context: TurnContext, card: CardView, deps: TurnDeps): Promise<void> {
  await context.sendActivity({ attachments: [deps.cards.render(card.name, card.data)] });
}

function channelPlace(context: TurnContext): ChannelPlace | undefined {
  const data = context.activity.channelData as { team?: { id?: unknown }; channel?: { id?: unknown } } | undefined;
  const teamId = data?.team?.id;
  const channelId = data?.channel?.id;
  if (typeof teamId !== 'string' || typeof channelId !== 'string') return undefined;
  return { teamId, channelId, serviceUrl: context.activity.serviceUrl, botId: context.activity.recipient.id };
}

const onChannelMessage: Route = async (context, caller, deps, log) => {
  const command = (CHANNEL_COMMANDS as Record<string, string | undefined>)[normaliseCommand(context.activity.text)];
  const place = channelPlace(context);
  if (command === 'queue.set' && place) {
    await context.sendActivity({ text: await setLeadsQueue(caller, place, deps) });
    log.info({ event: 'queue.set' }, 'leads queue set');
    return;
  }
  if (command === 'queue.show') {
    await context.sendActivity({ text: await describeLeadsQueue(caller) });
    return;
  }
  await context.sendActivity({ text: CHANNEL_POINTER });
};

const onMessage: Route = async (context, caller, deps, log) => {
  if (caller.scope !== 'personal') {
    await onChannelMessage(context, caller, deps, log);
    return;
  }
  const typed = typedMessage(context.activity.text);
  if (typed.kind === 'command') {
    const outcome = await dispatch(typed.verb, {}, caller, deps);
    log.info({ event: 'command.handled', verb: typed.verb, code: outcome.code }, 'command');
    await showCard(context, outcome.card, deps);
    return;
  }
  if (typed.kind === 'question') {
    // Counts only: the typed text itself is never logged, stored or echoed.
    log.info({ event: 'typed.question', identifying: typed.identifying }, 'question typed into the chat');
    await showCard(context, helpCard(await frontDoorOf(caller, deps), typedQuestionNotice(typed.identifying, typed.kinds)), deps);
    return;
  }
  await showCard(context, welcomeCard(caller.displayName, await frontDoorOf(caller, deps)), deps);
};

const onConversationUpdate: Route = async (context, caller, deps) => {
  const a = context.activity;
  const botAdded = (a.membersAdded ?? []).some((m) => m.id === a.recipient?.id);
  if (!botAdded) return;
  if (caller.scope === 'personal') await showCard(context, welcomeCard(caller.displayName, await frontDoorOf(caller, deps)), deps);
};

/** Universal Actions: the returned card replaces the one that was clicked. */
const onInvoke: Route = async (context, caller, deps, log) => {
  const a = context.activity;
  if (a.name !== 'adaptiveCard/action') {
    log.info({ event: 'invoke.unsupported' }, 'unsupported invoke');
    await context.sendActivity({ type: 'invokeResponse', value: { status: 400, body: { code: 'UNSUPPORTED_INVOKE' } } });
    return;
  }
  const action = (a.value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
  const started = performance.now();
  const outcome = await dispatch(action?.verb, action?.data, caller, deps);
  // Only a known verb is a code; anything else is card input, which is never logged.
  log.info(
    { event: 'action.handled', verb: isVerb(action?.verb) ? action.verb : null, code: outcome.code, card: outcome.card.name, ms: Math.round(performance.now() - started) },
    'card action',
  );
  await context.sendActivity({
    type: 'invokeResponse',
    value: {
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: deps.cards.expand(outcome.card.name, outcome.card.data) },
    },
  });
};

const ROUTES: Readonly<Partial<Record<string, Route>>> = {
  message: onMessage,
  conversationUpdate: onConversationUpdate,
  invoke: onInvoke,
};

/** One turn. The tenant was checked at the edge; identity comes from the validated activity. */
export async function runTurn(context: TurnContext, tenantId: string, deps: TurnDeps, log: Logger): Promise<void> {
  const route = ROUTES[context.activity.type];
  if (!route) return;
  const address = addressOf(context, tenantId, deps.clock.now());
  // Best effort: a store outage must not stop the turn (emergency guidance never depends on it).
  // Alongside the route, not before it: in an outage both wait for the store call timeout, and
  // one after the other they would overrun Teams' 5 s for an invoke.
  const remembering = address
    ? deps.store.chatAddresses.remember(address).catch((err: unknown) => {
        log.warn({ event: 'address.not_saved', ...errorFields(err) }, 'chat address not saved');
      })
    : Promise.resolve();
  await Promise.all([remembering, route(context, callerOf(context, tenantId, deps), deps, log)]);
  log.info({ event: 'turn.handled', type: context.activity.type }, 'turn handled');
}
