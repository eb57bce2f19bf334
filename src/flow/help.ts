import { scanIdentifiers, type IdentifierKind } from '../anonymise/index.js';
import { KIND_LABELS } from './advice/identifier-check.js';
import type { CardView, FrontDoorView } from './cards.js';
import { TEXT_COMMANDS, type Verb } from './verbs.js';
import { normaliseCommand } from './welcome.js';

/** What a person can type in the 1:1 chat, as the help card lists it. */
export const TYPED_COMMANDS: readonly { command: string; what: string }[] = [
  { command: 'ask', what: 'Start a request for advice (or carry on with the one you are preparing).' },
  { command: 'my requests', what: 'See the requests you have sent, their answers, and withdraw one.' },
  { command: 'my decisions', what: 'See your decision records and their earlier versions.' },
  { command: 'cancel', what: 'Discard the request you are preparing. Nothing has been sent until you press Send.' },
  { command: 'emergency', what: 'What to do if a child is in immediate danger.' },
  { command: 'help', what: 'This list.' },
];

/** A typed message this long (in words) is taken to be a question typed into the chat. */
const QUESTION_WORDS = 8;
/** Only this much of a typed message is scanned (Teams messages are at most about 28 KB). */
const SCAN_LIMIT = 20_000;

export type TypedMessage =
  | { kind: 'command'; verb: Verb }
  | { kind: 'question'; identifying: number; kinds: IdentifierKind[] }
  | { kind: 'other' };

/**
 * What a message typed in the 1:1 chat is: a command, a question typed into the chat (the bot
 * cannot take one there: only counts and kinds of what it holds are kept, never its text), or
 * anything else (a greeting, an emoji), which gets the welcome card.
 */
export function typedMessage(text: string | undefined): TypedMessage {
  const raw = (text ?? '').trim();
  if (/^[?？¿]+$/.test(raw)) return { kind: 'command', verb: 'help.show' };
  const verb = TEXT_COMMANDS[normaliseCommand(raw)];
  if (verb) return { kind: 'command', verb };
  const findings = scanIdentifiers(raw.slice(0, SCAN_LIMIT));
  const words = raw.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (findings.length > 0 || words >= QUESTION_WORDS) {
    return { kind: 'question', identifying: findings.length, kinds: [...new Set(findings.map((f) => f.kind))].sort() };
  }
  return { kind: 'other' };
}

export interface HelpNotice {
  title: string;
  text: string;
}

export function helpCard(frontDoor: FrontDoorView, notice?: HelpNotice): Extract<CardView, { name: 'help' }> {
  return {
    name: 'help',
    data: {
      frontDoor,
      hasNotice: notice !== undefined,
      notice: notice ?? { title: '', text: '' },
      commands: [...TYPED_COMMANDS],
    },
  };
}

const DELETE_HINT =
  'To delete it: hover over your message (on a phone, press and hold it), choose More options (…) and then Delete — if your organisation allows it.';

/** The answer to a question typed into the chat: it was not taken, where it now sits, and the way to ask. Never its content. */
export function typedQuestionNotice(identifying: number, kinds: readonly IdentifierKind[]): HelpNotice {
  const what = kinds.map((k) => KIND_LABELS[k].toLowerCase()).join(', ');
  const found =
    identifying > 0
      ? ` It looks as if it holds ${identifying} ${identifying === 1 ? 'detail' : 'details'} that could identify someone (${what}).`
      : '';
  return {
    title: 'I cannot take a question typed here',
    text: `Nothing you typed has been sent to anyone or saved by me, but your message stays in this chat's history.${found} You may want to delete it. ${DELETE_HINT} To ask, choose "Ask for advice": its question box checks for names and other details before anything leaves this chat.`,
  };
}
