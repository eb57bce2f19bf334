import type { Activity, Attachment } from 'botbuilder';
import type { Logger } from 'pino';
import { AppError } from '../../domain/errors.js';
import type { CardView } from '../../flow/cards.js';
import type { Outbound, OutboundTarget, PostOptions } from '../../ports/outbound.js';
import type { CardRenderer } from './cards.js';
import type { Sender } from './sender.js';

/** Teams fetches a personalised card for at most 60 users named in `refresh.userIds`. */
export const MAX_REFRESH_USERS = 60;

/**
 * `PostOptions` plus the Universal Actions verb that Teams calls to refresh the card for
 * `refreshUserIds`. Proposed for the port (`src/ports/outbound.ts`); structurally compatible
 * with it meanwhile, so callers that do not refresh need nothing new.
 */
export interface OutboundPostOptions extends PostOptions {
  refresh?: { verb: string; data?: Record<string, unknown> };
}

/** A caller asked for something Teams cannot show (a bug, not a transient failure). */
export class OutboundInvalid extends AppError {
  readonly code = 'OUTBOUND_INVALID';
  constructor(readonly problem: 'refresh_verb_missing' | 'too_many_refresh_users') {
    super(`outbound request is invalid: ${problem}`);
    this.name = 'OutboundInvalid';
  }
}

export interface OutboundDeps {
  sender: Sender;
  cards: CardRenderer;
  log: Logger;
}

function withRefresh(attachment: Attachment, options: OutboundPostOptions | undefined): Attachment {
  const userIds = options?.refreshUserIds ?? [];
  if (userIds.length === 0) return attachment;
  if (!options?.refresh) throw new OutboundInvalid('refresh_verb_missing');
  if (userIds.length > MAX_REFRESH_USERS) throw new OutboundInvalid('too_many_refresh_users');
  const content = attachment.content as Record<string, unknown>;
  return {
    ...attachment,
    content: {
      ...content,
      refresh: {
        action: { type: 'Action.Execute', verb: options.refresh.verb, data: options.refresh.data ?? {} },
        userIds: [...userIds],
      },
    },
  };
}

/**
 * The `Outbound` port over the sender: renders the card, then a personal chat or a new channel
 * thread is a send, a `threadId` a reply in that thread, and an update a PUT of the same activity.
 * `summary` becomes the activity's `summary` (notification and activity-feed preview); no
 * `text` is set, because Teams would render it as a second message body above the card.
 */
export function createOutbound(deps: OutboundDeps): Outbound {
  const activityOf = (card: CardView, options: OutboundPostOptions | undefined): Partial<Activity> => {
    const rendered = deps.cards.render(card.name, card.data);
    return {
      type: 'message',
      attachments: [withRefresh(rendered, options)],
      ...(options?.summary ? { summary: options.summary } : {}),
    };
  };
  const threadOf = (target: OutboundTarget): string | undefined =>
    target.address.scope === 'channel' && target.threadId ? target.threadId : undefined;

  return {
    async post(target, card, options?: OutboundPostOptions) {
      const activity = activityOf(card, options);
      const thread = threadOf(target);
      const sent = thread
        ? await deps.sender.reply(target.address, thread, activity)
        : await deps.sender.send(target.address, activity);
      deps.log.info({ event: 'outbound.posted', card: card.name, scope: target.address.scope, thread: thread !== undefined, activityId: sent.activityId }, 'card posted');
      return sent;
    },
    async update(target, activityId, card, options?: OutboundPostOptions) {
      await deps.sender.update(target.address, activityId, activityOf(card, options), threadOf(target));
      deps.log.info({ event: 'outbound.updated', card: card.name, scope: target.address.scope, activityId }, 'card updated');
    },
    drain: () => deps.sender.drain(),
  };
}
