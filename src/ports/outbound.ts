import type { ChatAddress } from '../domain/chat.js';
import type { CardView } from '../flow/cards.js';

/**
 * Proactive messages to Teams (the leads' channel, an asker's 1:1 chat). One implementation
 * sends everything, with retries and ordering, so callers never talk to the connector directly.
 */
export interface OutboundTarget {
  address: ChatAddress;
  /** For a channel: the root activity id of the thread to reply in; omitted = start a new thread / plain send. */
  threadId?: string;
}

export interface PostOptions {
  /** Short text for notifications and screen readers. */
  summary?: string;
}

export interface Outbound {
  /** Sends a card; resolves with the id Teams gave the new activity. */
  post(target: OutboundTarget, card: CardView, options?: PostOptions): Promise<{ activityId: string }>;
  /** Replaces a card sent earlier (the same activity id) with a new one. */
  update(target: OutboundTarget, activityId: string, card: CardView, options?: PostOptions): Promise<void>;
  /** Waits for messages in flight (graceful shutdown). */
  drain(): Promise<void>;
}
