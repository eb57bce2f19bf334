import type { TurnContext, ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { ChatAddress } from '../../domain/chat.js';
import type { CardView } from '../../flow/cards.js';
import { CHANNEL_COMMANDS, isVerb } from '../../flow/verbs.js';
import { helpCard, typedMessage, typedQuestionNotice } from '../../flow/help.js';
import { describeLeadsQueue, setLeadsQueue, type ChannelPlace } from '../../handlers/queue.js';
import { CHANNEL_POINTER, normaliseCommand, welcomeCard } from '../../flow/welcome.js';
import { conversationTag, frontDoorOf, once, type Caller, type HandlerDeps } from '../../handlers/context.js';
import { dispatch, type DispatchOutcome } from '../../handlers/index.js';
import { uncheckedTextNotShown } from '../../flow/notices.js';
import type { OutboundTarget } from '../../ports/outbound.js';
import type { CardRenderer } from './cards.js';
import { submittedAction } from './card-actions.js';
import { AppError } from '../../domain/errors.js';
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
  // A card's Action.Submit (the fallback Teams mobile uses): its value is the action's data and inputs.
  const submitted = submittedAction(context.activity.value);
  if (submitted) {
    await onSubmit(context, caller, deps, log, submitted);
    return;
  }
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

/**
 * A card action, however it came (an Action.Execute invoke, or its Action.Submit fallback as a
 * message): one dispatch — the same verb table, payload schemas, revision and ownership checks.
 */
async function handleAction(verb: unknown, data: unknown, via: 'invoke' | 'submit', caller: Caller, deps: TurnDeps, log: Logger): Promise<DispatchOutcome> {
  const started = performance.now();
  const outcome = await dispatch(verb, data, caller, deps);
  // Only a known verb is a code; anything else is card input, which is never logged.
  log.info(
    { event: 'action.handled', via, verb: isVerb(verb) ? verb : null, code: outcome.code, card: outcome.card.name, ms: Math.round(performance.now() - started) },
    'card action',
  );
  return outcome;
}

/** `19:…@thread.tacv2;messageid=<root>`: the root activity of the channel thread a message came from. */
function threadRootOf(conversationId: string): string | undefined {
  const root = /;messageid=([^;]+)$/.exec(conversationId)?.[1];
  return root && root !== '' ? root : undefined;
}

function isRefusedByTeams(err: unknown): err is AppError & { statusCode?: number } {
  return err instanceof AppError && err.code === 'OUTBOUND_FAILED' && (err as { reason?: unknown }).reason === 'rejected';
}

/** A lead's own text still waiting for the identifier check (shown only to them by an invoke). */
function holdsUncheckedText(card: CardView): card is Extract<CardView, { name: 'leadRequest' }> {
  return card.name === 'leadRequest' && card.data.check.active;
}

/**
 * The reply to a submit. An invoke's card replaces the clicked card for the person who clicked; a
 * submit has no such answer, so: in a 1:1 chat (one viewer) the clicked card (`replyToId`) is
 * updated in place, or the card is sent as a new message when there is no clicked card or Teams
 * refuses the update. In a channel everyone sees a reply, so the shared request card (the thread's
 * root, kept current for everyone by the announcements) is never overwritten with one person's
 * view: the view is posted in the thread, and a later submit from that reply updates it in place;
 * a lead's unchecked text is not posted at all. Through the one sender (order, rate limits, retries).
 */
async function replyToSubmit(context: TurnContext, caller: Caller, card: CardView, deps: TurnDeps, log: Logger): Promise<void> {
  const a = context.activity;
  const address = addressOf(context, caller.tenantId, deps.clock.now());
  if (!address) {
    await showCard(context, card, deps);
    log.info({ event: 'submit.replied', how: 'reply' }, 'submit answered');
    return;
  }
  const clicked = a.replyToId;
  let target: OutboundTarget = { address };
  let shown = card;
  if (address.scope === 'channel') {
    const root = threadRootOf(a.conversation.id) ?? clicked;
    target = root ? { address, threadId: root } : { address };
    if (holdsUncheckedText(card)) shown = uncheckedTextNotShown(card.data.requestId);
    if (clicked === root) {
      const { activityId } = await deps.outbound.post(target, shown);
      log.info({ event: 'submit.replied', how: 'posted', activityId }, 'submit answered');
      return;
    }
  }
  if (clicked) {
    try {
      await deps.outbound.update(target, clicked, shown);
      log.info({ event: 'submit.replied', how: 'updated', activityId: clicked }, 'submit answered');
      return;
    } catch (err) {
      // Teams refuses to update some cards (too old, deleted): the next card then comes as a new message.
      // (sender.ts's OutboundFailed, by its code: the sender imports this module.)
      if (!isRefusedByTeams(err)) throw err;
      log.info({ event: 'submit.update_refused', status: err.statusCode ?? null }, 'clicked card not updated');
    }
  }
  const { activityId } = await deps.outbound.post(target, shown);
  log.info({ event: 'submit.replied', how: 'posted', activityId }, 'submit answered');
}

async function onSubmit(context: TurnContext, caller: Caller, deps: TurnDeps, log: Logger, submitted: { verb: unknown; data: unknown }): Promise<void> {
  const outcome = await handleAction(submitted.verb, submitted.data, 'submit', caller, deps, log);
  await replyToSubmit(context, caller, outcome.card, deps, log);
}

/** Universal Actions: the returned card replaces the one that was clicked. */
const onInvoke: Route = async (context, caller, deps, log) => {
  const a = context.activity;
  if (a.name !== 'adaptiveCard/action') {
    log.info({ event: 'invoke.unsupported' }, 'unsupported invoke');
    await context.sendActivity({ type: 'invokeResponse', value: { status: 400, body: { code: 'UNSUPPORTED_INVOKE' } } });
    return;
  }
  const action = (a.value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
  const outcome = await handleAction(action?.verb, action?.data, 'invoke', caller, deps, log);
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
