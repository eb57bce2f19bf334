import { z } from 'zod';
import {
  AgeBandSchema,
  AreaOfConcernSchema,
  AskerRoleSchema,
  ConsentStatusSchema,
  PersonInvolvedSchema,
  RecipientSchema,
  type AgeBand,
  type AreaOfConcern,
  type AskerRole,
  type ConsentStatus,
  type PersonInvolved,
  type Recipient,
} from './advice.js';

/**
 * A guidance pack: the walk-through's steps, choices, guidance texts, citations and the conditions
 * under which each applies, as data. The default pack is England's national advice; an
 * organisation can load its own (validated here) without a code change. Packs are versioned and
 * each request stores what its asker was shown, so an old record stays readable after an update.
 */

/** When a step, choice or text applies. Lists mean "any of"; answers may refer only to earlier steps. */
export type Condition =
  | { area: AreaOfConcern[] }
  | { ageBand: AgeBand[] }
  | { involved: PersonInvolved[] }
  | { recipients: Recipient[] }
  | { askerRole: AskerRole[] }
  /** The consent answer on the request form. */
  | { consent: ConsentStatus[] }
  | { answer: { step: string; in: string[] } }
  /** An earlier answer said the asker has decided not to share. */
  | { notSharing: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ area: z.array(AreaOfConcernSchema).min(1) }),
    z.strictObject({ ageBand: z.array(AgeBandSchema).min(1) }),
    z.strictObject({ involved: z.array(PersonInvolvedSchema).min(1) }),
    z.strictObject({ recipients: z.array(RecipientSchema).min(1) }),
    z.strictObject({ askerRole: z.array(AskerRoleSchema).min(1) }),
    z.strictObject({ consent: z.array(ConsentStatusSchema).min(1) }),
    z.strictObject({ answer: z.strictObject({ step: z.string().min(1), in: z.array(z.string().min(1)).min(1) }) }),
    z.strictObject({ notSharing: z.boolean() }),
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
);

const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const CAMEL = /^[a-z][A-Za-z0-9]*$/;
/** `{name}` in a text: a contact of the pack or a term such as `{person}`. */
export const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

export const CitationRefSchema = z.strictObject({
  /** The id of a source in the pack. */
  source: z.string().min(1),
  /** Section, paragraph or rule, as the source numbers it. */
  section: z.string().min(1).max(120).optional(),
});
export type CitationRef = z.infer<typeof CitationRefSchema>;

export const SourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(3).max(300),
  publisher: z.string().min(2).max(200),
  /** Year published (or the date the text shows); "undated" when the text shows none. */
  year: z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/),
  /** Short label used in citations on a phone, e.g. "HM Government information sharing advice 2024". */
  short: z.string().min(3).max(90),
  url: z.url().optional(),
  /** current law or guidance; superseded (and by what, in `note`); local: an organisation's own procedure. */
  status: z.enum(['current', 'superseded', 'local']),
  note: z.string().max(400).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const TONES = ['info', 'good', 'warning'] as const;
export const TextVariantSchema = z.strictObject({
  when: ConditionSchema.optional(),
  tone: z.enum(TONES),
  /** Plain English, 1–3 short sentences, second person. May use `{placeholders}`. */
  text: z.string().min(3).max(600),
  cite: z.array(CitationRefSchema).min(1),
});
export type TextVariant = z.infer<typeof TextVariantSchema>;

/** The first variant whose condition holds is shown; the last has no condition, so one always is. */
const Variants = z.array(TextVariantSchema).min(1);

export const PackChoiceSchema = z.strictObject({
  value: z.string().regex(SNAKE),
  title: z.string().min(1).max(160),
  when: ConditionSchema.optional(),
  /** `emergency` stops the walk-through at the emergency guidance; `notSharing` records that the asker will not share. */
  outcome: z.enum(['emergency', 'notSharing']).optional(),
  /** The answer settles where consent stands (reconciled with the form's consent answer on the leads' card). */
  consentBecomes: ConsentStatusSchema.optional(),
  guidance: Variants,
});
export type PackChoice = z.infer<typeof PackChoiceSchema>;

export const PackStepSchema = z.strictObject({
  /** Answers are stored by step id. Several variants of one step may share an id: the first that applies is asked. */
  id: z.string().regex(CAMEL),
  when: ConditionSchema.optional(),
  title: z.string().min(1).max(80),
  /** One question, ending with '?'. */
  question: z.string().min(3).max(240),
  help: z.string().max(400),
  choices: z.array(PackChoiceSchema).min(2).max(7),
});
export type PackStep = z.infer<typeof PackStepSchema>;

export const TermSchema = z.strictObject({ when: ConditionSchema.optional(), text: z.string().min(1).max(120) });

export const JURISDICTIONS = { england: 'England', wales: 'Wales', scotland: 'Scotland', northern_ireland: 'Northern Ireland' } as const;

const GuidancePackShape = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,60}$/),
  version: z.number().int().min(1),
  /** The date this version was published (YYYY-MM-DD). */
  published: z.iso.date(),
  jurisdiction: z.enum(Object.keys(JURISDICTIONS) as [keyof typeof JURISDICTIONS, ...(keyof typeof JURISDICTIONS)[]]),
  title: z.string().min(3).max(160),
  /** Who wrote it, from what, and what it does not cover. */
  description: z.string().min(3).max(1000),
  /** Names and numbers the texts use as `{frontDoor}`, `{lado}`, `{dpo}`…; an organisation sets its own. */
  contacts: z.record(z.string().regex(CAMEL), z.string().min(1).max(200)),
  /** Context-dependent words, e.g. `{person}`: the child's parent, the young person, the colleague. */
  terms: z.record(z.string().regex(CAMEL), z.array(TermSchema).min(1)),
  sources: z.array(SourceSchema).min(1),
  steps: z.array(PackStepSchema).min(1),
  /** The recording prompt shown at the end of every path (rule 7 in the 2018 numbering). */
  closing: Variants,
});
export type GuidancePack = z.infer<typeof GuidancePackShape>;

function conditionSteps(c: Condition | undefined, out: string[] = []): string[] {
  if (!c) return out;
  if ('answer' in c) out.push(c.answer.step);
  if ('all' in c) for (const x of c.all) conditionSteps(x, out);
  if ('any' in c) for (const x of c.any) conditionSteps(x, out);
  if ('not' in c) conditionSteps(c.not, out);
  return out;
}

/** Everything a pack must satisfy beyond its shape, as plain-words problems with a path. */
export function packProblems(pack: GuidancePack): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const sourceIds = new Set<string>();
  pack.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) add(`sources[${i}].id`, `source id "${s.id}" is used twice`);
    sourceIds.add(s.id);
    if (s.status === 'superseded' && !s.note) add(`sources[${i}].note`, `source "${s.id}" is superseded: say by what`);
  });
  const names = new Set([...Object.keys(pack.contacts), ...Object.keys(pack.terms)]);
  const checkText = (path: string, text: string) => {
    for (const m of text.matchAll(PLACEHOLDER)) if (!names.has(m[1]!)) add(path, `{${m[1]}} is not a contact or term of the pack`);
  };
  const checkVariants = (path: string, variants: readonly TextVariant[]) => {
    variants.forEach((v, i) => {
      checkText(`${path}[${i}].text`, v.text);
      v.cite.forEach((c, j) => {
        if (!sourceIds.has(c.source)) add(`${path}[${i}].cite[${j}]`, `citation names source "${c.source}", which the pack does not list`);
      });
    });
    if (variants.at(-1)?.when) add(`${path}[${variants.length - 1}]`, 'the last variant must have no condition, so that some guidance always shows');
  };
  for (const [name, variants] of Object.entries(pack.terms)) {
    if (variants.at(-1)?.when) add(`terms.${name}`, 'the last variant must have no condition');
  }
  const seen = new Set<string>();
  pack.steps.forEach((step, i) => {
    const path = `steps[${i}]`;
    for (const ref of conditionSteps(step.when)) if (!seen.has(ref) || ref === step.id) add(`${path}.when`, `condition refers to step "${ref}", which is not an earlier step`);
    if (!step.question.trim().endsWith('?')) add(`${path}.question`, 'a question ends with "?"');
    checkText(`${path}.title`, step.title);
    checkText(`${path}.question`, step.question);
    checkText(`${path}.help`, step.help);
    const values = new Set<string>();
    step.choices.forEach((choice, j) => {
      const cpath = `${path}.choices[${j}]`;
      if (values.has(choice.value)) add(`${cpath}.value`, `choice "${choice.value}" appears twice in step "${step.id}"`);
      values.add(choice.value);
      checkText(`${cpath}.title`, choice.title);
      for (const ref of [...conditionSteps(choice.when), ...choice.guidance.flatMap((v) => conditionSteps(v.when))]) {
        if (!seen.has(ref) && ref !== step.id) add(cpath, `condition refers to step "${ref}", which is not an earlier step`);
      }
      checkVariants(`${cpath}.guidance`, choice.guidance);
    });
    seen.add(step.id);
  });
  checkVariants('closing', pack.closing);
  return problems;
}

export const GuidancePackSchema = GuidancePackShape.superRefine((pack, ctx) => {
  for (const p of packProblems(pack)) ctx.addIssue({ code: 'custom', path: p.path.split(/[.[\]]+/).filter(Boolean), message: p.message });
});

/** Which pack a request or decision record was made with. */
export const PackRefSchema = z.object({ id: z.string(), version: z.number().int().min(1) });
export type PackRef = z.infer<typeof PackRefSchema>;

/** What the asker was shown for one answered step, kept with the request so it reads the same after a pack update. */
export const ShownStepSchema = z.object({
  step: z.string(),
  title: z.string(),
  question: z.string(),
  answer: z.string(),
  answerTitle: z.string(),
  text: z.string(),
  tone: z.enum(TONES),
  citations: z.array(z.string()),
});
export type ShownStep = z.infer<typeof ShownStepSchema>;

/** The walk-through as the asker saw it: pack, consent as reconciled, each answer with its guidance, and the recording prompt. */
export const ShownGuidanceSchema = z.object({
  pack: PackRefSchema,
  packTitle: z.string(),
  consent: ConsentStatusSchema,
  notSharing: z.boolean(),
  steps: z.array(ShownStepSchema),
  closing: z.object({ text: z.string(), tone: z.enum(TONES), citations: z.array(z.string()) }),
});
export type ShownGuidance = z.infer<typeof ShownGuidanceSchema>;
