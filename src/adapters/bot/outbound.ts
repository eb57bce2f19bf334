import type { Activity } from 'botbuilder';
import type { Logger } from 'pino';
import type { CardView } from '../../flow/cards.js';
import type { Outbound, OutboundTarget, PostOptions } from '../../ports/outbound.js';
import type { CardRenderer } from './cards.js';
import type { Sender } from './sender.js';

export interface OutboundDeps {
  sender: Sender;
  cards: CardRenderer;
  log: Logger;
}

/**
 * The `Outbound` port over the sender: renders the card, then a personal chat or a new channel
 * thread is a send, a `threadId` a reply in that thread, and an update a PUT of the same activity.
 * `summary` becomes the activity's `summary` (notification and activity-feed preview); no
 * `text` is set, because Teams would render it as a second message body above the card.
 */
export function createOutbound(deps: OutboundDeps): Outbound {
  const activityOf = (card: CardView, options: PostOptions | undefined): Partial<Activity> => {
    const rendered = deps.cards.render(card.name, card.data);
    return {
      type: 'message',
      attachments: [rendered],
      ...(options?.summary ? { summary: options.summary } : {}),
    };
  };
  const threadOf = (target: OutboundTarget): string | undefined =>
    target.address.scope === 'channel' && target.threadId ? target.threadId : undefined;

  return {
    async post(target, card, options?: PostOptions) {
      const activity = activityOf(card, options);
      const thread = threadOf(target);
      const sent = thread
        ? await deps.sender.reply(target.address, thread, activity)
        : await deps.sender.send(target.address, activity);
      deps.log.info({ event: 'outbound.posted', card: card.name, scope: target.address.scope, thread: thread !== undefined, activityId: sent.activityId }, 'card posted');
      return sent;
    },
    async update(target, activityId, card, options?: PostOptions) {
      await deps.sender.update(target.address, activityId, activityOf(card, options), threadOf(target));
      deps.log.info({ event: 'outbound.updated', card: card.name, scope: target.address.scope, activityId }, 'card updated');
    },
    drain: () => deps.sender.drain(),
  };
}
