import { z } from 'zod';

/**
 * Every card action is one of these verbs; each has exactly one handler and one payload schema.
 * An unknown verb is an explicit error, never a silent no-op. No data hides in verb strings.
 */
export const VERBS = [
  'advice.start',
  'advice.restart',
  'advice.submitForm',
  'advice.checkQuestion',
  'advice.applyReplacements',
  'advice.answer',
  'advice.send',
  'emergency.show',
  'requests.mine',
  'request.view',
  'request.withdraw',
  'decisions.mine',
] as const;
export type Verb = (typeof VERBS)[number];

export function isVerb(v: unknown): v is Verb {
  return typeof v === 'string' && (VERBS as readonly string[]).includes(v);
}

const DraftRefSchema = z.object({
  draftId: z.string().min(1).max(64),
  rev: z.coerce.number().int().min(0),
  conv: z.string().min(1).max(64),
});
const RequestRefSchema = z.object({ requestId: z.string().min(1).max(64) });
const Empty = z.looseObject({});

/** Free text fields are bounded here; longer input is refused with an explanation before any scanning. */
const MAX_INPUT = 20_000;

export const VERB_PAYLOADS = {
  'advice.start': Empty,
  'advice.restart': Empty,
  'advice.submitForm': DraftRefSchema.extend({}).loose(),
  'advice.checkQuestion': DraftRefSchema.extend({ question: z.string().max(MAX_INPUT).default('') }).loose(),
  'advice.applyReplacements': DraftRefSchema.extend({ question: z.string().max(MAX_INPUT).default('') }).loose(),
  'advice.answer': DraftRefSchema.extend({ step: z.string().min(1).max(40), answer: z.string().max(80).default('') }),
  'advice.send': DraftRefSchema,
  'emergency.show': Empty,
  'requests.mine': Empty,
  'request.view': RequestRefSchema,
  'request.withdraw': RequestRefSchema,
  'decisions.mine': Empty,
} satisfies Record<Verb, z.ZodType>;

export type VerbPayload<V extends Verb> = z.infer<(typeof VERB_PAYLOADS)[V]>;

/** Typed commands a person can type in the 1:1 chat (manifest commandLists), by normalised text. */
export const TEXT_COMMANDS: Readonly<Record<string, Verb>> = {
  ask: 'advice.start',
  'ask for advice': 'advice.start',
  'my requests': 'requests.mine',
  'my decisions': 'decisions.mine',
  emergency: 'emergency.show',
};
