/**
 * The cards the conversation can show and the data each expects. Templates live in
 * `cards/<name>.json`; the bot adapter renders them. Adding a card: a template and an entry here.
 */
export interface CardData {
  welcome: { greeting: string; frontDoor: { text: string; speak: string } };
}
export type CardName = keyof CardData;
export const CARD_NAMES = ['welcome'] as const satisfies readonly CardName[];

/** A card to show, with its data; `name` and `data` always agree. */
export type CardView = { [N in CardName]: { name: N; data: CardData[N] } }[CardName];
