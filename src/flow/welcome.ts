import type { CardView, FrontDoorView } from './cards.js';

/** First contact and any message: the emergency guidance first, never behind a form. */
export function welcomeCard(displayName: string | undefined, frontDoor: FrontDoorView): CardView {
  return {
    name: 'welcome',
    data: {
      greeting: displayName ? `Hello ${displayName}.` : '',
      frontDoor,
    },
  };
}

/** In a team, advice is not given in the open. */
export const CHANNEL_POINTER =
  'Please ask for information-sharing advice in a 1:1 chat with me, so that nothing about a child is posted here. If a child is in immediate danger, call 999.';

/** Normalises typed text for command lookup: lower case, no @mention markup, single spaces. */
export function normaliseCommand(text: string | undefined): string {
  return (text ?? '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .toLowerCase()
    .replace(/[^a-z ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
