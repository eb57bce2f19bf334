/** What happened in Teams, reduced to what the conversation needs. No free text leaves the adapter unscanned. */
export type ChatScope = 'personal' | 'channel' | 'groupChat';

export interface Actor {
  /** Entra object id where Teams gives one, else the channel account id. */
  id: string;
  displayName: string;
}

export type BotEvent =
  | { kind: 'message'; scope: ChatScope; actor: Actor }
  | { kind: 'installed'; scope: ChatScope; actor: Actor };

export type Effect =
  | { kind: 'showCard'; card: import('./cards.js').CardView }
  | { kind: 'sayText'; text: string };
