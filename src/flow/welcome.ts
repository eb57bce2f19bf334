import type { CardView } from './cards.js';
import type { BotEvent, Effect } from './events.js';

/** How to reach the organisation's children's services front door; the per-tenant number comes later. */
export interface FrontDoor {
  phone?: string;
}

export function welcomeCard(actor: { displayName: string } | undefined, frontDoor: FrontDoor): CardView {
  const text = frontDoor.phone
    ? `Worried a child is at risk of significant harm? Call your children's services front door on ${frontDoor.phone}.`
    : "Worried a child is at risk of significant harm? Contact your children's services front door (MASH) today.";
  return {
    name: 'welcome',
    data: {
      greeting: actor?.displayName ? `Hello ${actor.displayName}.` : '',
      frontDoor: { text, speak: text },
    },
  };
}

/**
 * First contact and any message: in a 1:1 chat the answer starts with the emergency guidance,
 * never behind a form. In a team, advice is not given in the open: point to the 1:1 chat.
 */
export function onEvent(event: BotEvent, frontDoor: FrontDoor): Effect[] {
  if (event.scope === 'personal') return [{ kind: 'showCard', card: welcomeCard(event.actor, frontDoor) }];
  if (event.kind === 'message') {
    return [
      {
        kind: 'sayText',
        text: 'Please ask for information-sharing advice in a 1:1 chat with me, so that nothing about a child is posted here. If a child is in immediate danger, call 999.',
      },
    ];
  }
  return [];
}
