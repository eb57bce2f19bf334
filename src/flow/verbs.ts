import { z } from 'zod';

/**
 * Every card action is one of these verbs; each has exactly one handler and one payload schema.
 * An unknown verb is an explicit error, never a silent no-op. No data hides in verb strings.
 */
export const VERBS = [
  'advice.start',
  'advice.restart',
  'advice.cancel',
  'advice.back',
  'advice.editQuestion',
  'advice.submitForm',
  'advice.checkQuestion',
  'advice.applyReplacements',
  'advice.answer',
  'advice.send',
  'advice.chooseSetting',
  'advice.changeSetting',
  'emergency.show',
  'help.show',
  'requests.mine',
  'request.view',
  'request.withdraw',
  'decisions.mine',
  'request.reply',
  'lead.claim',
  'lead.release',
  'lead.assign',
  'lead.answer',
  'lead.followUp',
  'lead.close',
  'lead.refresh',
  'decision.start',
  'decision.submit',
  'decision.view',
  'decision.amend',
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
/** A draft reference that may be absent (a typed command has no card to carry one). */
const OptionalDraftRefSchema = z.object({
  draftId: z.string().max(64).default(''),
  rev: z.coerce.number().int().min(0).default(0),
  conv: z.string().max(64).default(''),
});

/** Free text fields are bounded here; longer input is refused with an explanation before any scanning. */
const MAX_INPUT = 20_000;

export const VERB_PAYLOADS = {
  /** `keep`: "No, keep my request" from the start-again choice (the card says so). */
  'advice.start': z.looseObject({ keep: z.enum(['true', 'false']).default('false') }),
  'advice.restart': Empty,
  'advice.cancel': OptionalDraftRefSchema,
  /** `step`: the guidance step the Back button was on; empty on the review card. */
  'advice.back': DraftRefSchema.extend({ step: z.string().max(40).default('') }),
  'advice.editQuestion': DraftRefSchema,
  'advice.submitForm': DraftRefSchema.extend({}).loose(),
  'advice.checkQuestion': DraftRefSchema.extend({ question: z.string().max(MAX_INPUT).default('') }).loose(),
  'advice.applyReplacements': DraftRefSchema.extend({ question: z.string().max(MAX_INPUT).default('') }).loose(),
  'advice.answer': DraftRefSchema.extend({ step: z.string().min(1).max(40), answer: z.string().max(80).default('') }),
  'advice.send': DraftRefSchema,
  'advice.chooseSetting': DraftRefSchema.extend({ settingId: z.string().max(40).default('') }),
  'advice.changeSetting': DraftRefSchema,
  'emergency.show': Empty,
  'help.show': Empty,
  'requests.mine': Empty,
  'request.view': RequestRefSchema,
  'request.withdraw': RequestRefSchema,
  'decisions.mine': Empty,
  'request.reply': RequestRefSchema.extend({ replyText: z.string().max(MAX_INPUT).default(''), replace: z.enum(['true', 'false']).default('false') }).loose(),
  'lead.claim': RequestRefSchema,
  'lead.release': RequestRefSchema,
  'lead.assign': RequestRefSchema.extend({ assignee: z.string().max(200).default('') }),
  'lead.answer': RequestRefSchema.extend({
    recommendation: z.string().max(40).default(''),
    leadText: z.string().max(MAX_INPUT).default(''),
    replace: z.enum(['true', 'false']).default('false'),
  }).loose(),
  'lead.followUp': RequestRefSchema.extend({ leadText: z.string().max(MAX_INPUT).default(''), replace: z.enum(['true', 'false']).default('false') }).loose(),
  'lead.close': RequestRefSchema.extend({ closeReason: z.string().max(40).default('') }),
  'lead.refresh': RequestRefSchema,
  /** requestId empty = recording a decision without advice. */
  'decision.start': z.object({ requestId: z.string().max(64).default('') }),
  'decision.submit': z
    .object({
      requestId: z.string().max(64).default(''),
      recordId: z.string().max(64).default(''),
      baseVersion: z.coerce.number().int().min(0).default(0),
      amendId: z.string().max(64).default(''),
      replace: z.enum(['true', 'false']).default('false'),
    })
    .loose(),
  'decision.view': z.object({ recordId: z.string().min(1).max(64), version: z.coerce.number().int().min(1).optional() }),
  'decision.amend': z.object({ recordId: z.string().min(1).max(64) }),
} satisfies Record<Verb, z.ZodType>;

/**
 * Where each verb may be used, checked before its payload is read: staff verbs in the 1:1 chat
 * (nothing about a child is shown where others can see it), lead verbs in a team channel (the
 * handler then checks it is the leads' queue team and that the caller is in it).
 */
export type VerbPlace = 'personal' | 'leadsChannel' | 'anywhere';

export const VERB_PLACES = {
  'advice.start': 'personal',
  'advice.restart': 'personal',
  'advice.cancel': 'personal',
  'advice.back': 'personal',
  'advice.editQuestion': 'personal',
  'advice.submitForm': 'personal',
  'advice.checkQuestion': 'personal',
  'advice.applyReplacements': 'personal',
  'advice.answer': 'personal',
  'advice.send': 'personal',
  'advice.chooseSetting': 'personal',
  'advice.changeSetting': 'personal',
  'emergency.show': 'anywhere',
  'help.show': 'personal',
  'requests.mine': 'personal',
  'request.view': 'personal',
  'request.withdraw': 'personal',
  'decisions.mine': 'personal',
  'request.reply': 'personal',
  'lead.claim': 'leadsChannel',
  'lead.release': 'leadsChannel',
  'lead.assign': 'leadsChannel',
  'lead.answer': 'leadsChannel',
  'lead.followUp': 'leadsChannel',
  'lead.close': 'leadsChannel',
  'lead.refresh': 'leadsChannel',
  'decision.start': 'personal',
  'decision.submit': 'personal',
  'decision.view': 'personal',
  'decision.amend': 'personal',
} as const satisfies Record<Verb, VerbPlace>;

export type VerbPayload<V extends Verb> = z.infer<(typeof VERB_PAYLOADS)[V]>;

/** Commands typed in a team channel (with an @mention), by normalised text. */
export const CHANNEL_COMMANDS = {
  'set leads queue': 'queue.set',
  'leads queue': 'queue.show',
} as const;

/** Typed commands a person can type in the 1:1 chat (manifest commandLists), by normalised text. */
export const TEXT_COMMANDS: Readonly<Record<string, Verb>> = {
  help: 'help.show',
  'what can you do': 'help.show',
  'what can i do': 'help.show',
  'what can i type': 'help.show',
  commands: 'help.show',
  menu: 'help.show',
  cancel: 'advice.cancel',
  'cancel my request': 'advice.cancel',
  'cancel request': 'advice.cancel',
  discard: 'advice.cancel',
  ask: 'advice.start',
  'ask for advice': 'advice.start',
  'my requests': 'requests.mine',
  'my decisions': 'decisions.mine',
  emergency: 'emergency.show',
};
