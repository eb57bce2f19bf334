import type { AgeBand, AreaOfConcern, AskerRole, ConsentStatus, PersonInvolved, Recipient } from '../../domain/advice.js';
import { AppError } from '../../domain/errors.js';
import {
  PLACEHOLDER,
  type CitationRef,
  type Condition,
  type GuidancePack,
  type PackChoice,
  type PackStep,
  type ShownGuidance,
  type ShownStep,
  type TextVariant,
} from '../../domain/guidance-pack.js';

/**
 * The guidance walk-through, evaluated from a guidance pack (data, see src/domain/guidance-pack.ts):
 * which step to ask next for this situation and these answers, its question and choices, and the
 * guidance after each answer with its citations. Pure: no I/O, no mutable state.
 */

/** What the request form says about the situation: the conditions of a pack read these. */
export interface Situation {
  area: AreaOfConcern;
  ageBand: AgeBand;
  involved: readonly PersonInvolved[];
  recipients: readonly Recipient[];
  askerRole: AskerRole;
  consent: ConsentStatus;
}

export type WalkthroughAnswers = Readonly<Record<string, string>>;

export interface WalkthroughContext {
  pack: GuidancePack;
  situation: Situation;
  answers: WalkthroughAnswers;
}

export interface Choice {
  value: string;
  title: string;
}

export interface Guidance {
  text: string;
  /** Each: the source's short title (a markdown link where it has a URL), and the section. */
  citations: readonly string[];
  tone: 'info' | 'good' | 'warning';
}

export interface StepDefinition {
  step: string;
  title: string;
  question: string;
  help: string;
  choices: readonly Choice[];
}

/** The answer is not one of the step's choices in this situation. */
export class InvalidAnswer extends AppError {
  readonly code = 'INVALID_ANSWER';
  constructor(readonly step: string) {
    super(`not a choice of the ${step} step`);
    this.name = 'InvalidAnswer';
  }
}

// ---- conditions ----------------------------------------------------------------------------

interface Evaluation {
  situation: Situation;
  answers: WalkthroughAnswers;
  notSharing: boolean;
}

function holds(c: Condition | undefined, e: Evaluation): boolean {
  if (!c) return true;
  if ('area' in c) return c.area.includes(e.situation.area);
  if ('ageBand' in c) return c.ageBand.includes(e.situation.ageBand);
  if ('involved' in c) return c.involved.some((p) => e.situation.involved.includes(p));
  if ('recipients' in c) return c.recipients.some((r) => e.situation.recipients.includes(r));
  if ('askerRole' in c) return c.askerRole.includes(e.situation.askerRole);
  if ('consent' in c) return c.consent.includes(e.situation.consent);
  if ('answer' in c) {
    const a = e.answers[c.answer.step];
    return a !== undefined && c.answer.in.includes(a);
  }
  if ('notSharing' in c) return e.notSharing === c.notSharing;
  if ('all' in c) return c.all.every((x) => holds(x, e));
  if ('any' in c) return c.any.some((x) => holds(x, e));
  return !holds(c.not, e);
}

// ---- the walk ------------------------------------------------------------------------------

interface Visit {
  step: PackStep;
  choices: PackChoice[];
  /** The stored answer when it is one of this step's choices here. */
  choice: PackChoice | undefined;
  /** Answers and flags from the steps before this one. */
  before: Evaluation;
}

/**
 * The steps that apply, in pack order, each with the answers before it. A step's variants share an
 * id: the first that applies is the one asked. Stops at the first step without a valid answer.
 */
function walk(ctx: WalkthroughContext): { visits: Visit[]; next: Visit | undefined } {
  const visits: Visit[] = [];
  const asked = new Set<string>();
  let e: Evaluation = { situation: ctx.situation, answers: {}, notSharing: false };
  for (const step of ctx.pack.steps) {
    if (asked.has(step.id) || !holds(step.when, e)) continue;
    asked.add(step.id);
    const choices = step.choices.filter((c) => holds(c.when, e));
    const stored = ctx.answers[step.id];
    const choice = choices.find((c) => c.value === stored && c.outcome !== 'emergency');
    const visit: Visit = { step, choices, choice, before: e };
    if (!choice) return { visits, next: visit };
    visits.push(visit);
    e = { ...e, answers: { ...e.answers, [step.id]: choice.value }, notSharing: e.notSharing || choice.outcome === 'notSharing' };
  }
  return { visits, next: undefined };
}

function find(ctx: WalkthroughContext, stepId: string): Visit | undefined {
  const { visits, next } = walk(ctx);
  return visits.find((v) => v.step.id === stepId) ?? (next?.step.id === stepId ? next : undefined);
}

function render(pack: GuidancePack, text: string, e: Evaluation): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const contact = pack.contacts[name];
    if (contact !== undefined) return contact;
    const term = pack.terms[name]?.find((t) => holds(t.when, e));
    return term?.text ?? whole;
  });
}

/** "Short title, section" — the short title is a markdown link when the source has a URL. */
export function citationText(pack: GuidancePack, ref: CitationRef): string {
  const source = pack.sources.find((s) => s.id === ref.source);
  if (!source) return ref.section ?? ref.source;
  const label = source.status === 'superseded' ? `${source.short} (superseded)` : source.short;
  const title = source.url ? `[${label}](${source.url})` : label;
  return ref.section ? `${title}, ${ref.section}` : title;
}

function pick(variants: readonly TextVariant[], e: Evaluation): TextVariant {
  return variants.find((v) => holds(v.when, e)) ?? variants[variants.length - 1]!;
}

function guidanceOf(pack: GuidancePack, variants: readonly TextVariant[], e: Evaluation): Guidance {
  const v = pick(variants, e);
  return Object.freeze({
    text: render(pack, v.text, e),
    tone: v.tone,
    citations: Object.freeze([...new Set(v.cite.map((c) => citationText(pack, c)))]),
  });
}

function definitionOf(pack: GuidancePack, visit: Visit): StepDefinition {
  const e = visit.before;
  return {
    step: visit.step.id,
    title: render(pack, visit.step.title, e),
    question: render(pack, visit.step.question, e),
    help: render(pack, visit.step.help, e),
    choices: visit.choices.map((c) => ({ value: c.value, title: render(pack, c.title, e) })),
  };
}

/** After an answer: the guidance reads the answers including this one. */
function afterAnswer(visit: Visit, choice: PackChoice): Evaluation {
  return {
    ...visit.before,
    answers: { ...visit.before.answers, [visit.step.id]: choice.value },
    notSharing: visit.before.notSharing || choice.outcome === 'notSharing',
  };
}

// ---- the contract --------------------------------------------------------------------------

/** The next step to ask; undefined when the walk-through is done. */
export function nextStep(ctx: WalkthroughContext): string | undefined {
  return walk(ctx).next?.step.id;
}

/** The steps answered so far plus the next one, in order (for "step n of m"). */
export function stepsSoFar(ctx: WalkthroughContext): string[] {
  const { visits, next } = walk(ctx);
  return [...visits.map((v) => v.step.id), ...(next ? [next.step.id] : [])];
}

/** How many steps this walk-through is likely to have: those so far, then the first answer each time. */
export function pathLength(ctx: WalkthroughContext): number {
  let answers: Record<string, string> = { ...ctx.answers };
  for (let i = 0; i < 50; i++) {
    const { visits, next } = walk({ ...ctx, answers });
    if (!next) return visits.length;
    const first = next.choices.find((c) => c.outcome !== 'emergency');
    if (!first) return visits.length + 1;
    answers = { ...answers, [next.step.id]: first.value };
  }
  return walk({ ...ctx, answers }).visits.length;
}

/** The card for a step that applies now (answered or next); undefined when it does not apply. */
export function stepDefinition(ctx: WalkthroughContext, stepId: string): StepDefinition | undefined {
  const visit = find(ctx, stepId);
  return visit ? definitionOf(ctx.pack, visit) : undefined;
}

export function isValidAnswer(ctx: WalkthroughContext, stepId: string, value: string): boolean {
  return find(ctx, stepId)?.choices.some((c) => c.value === value) ?? false;
}

export type AnswerResult =
  | { kind: 'answered'; answers: Record<string, string>; guidance: Guidance; title: string }
  /** The answer means a child is in immediate danger: stop at the emergency guidance. */
  | { kind: 'emergency'; guidance: Guidance };

/** Applies an answer to a step that applies now; throws InvalidAnswer when it is not one of its choices. */
export function answer(ctx: WalkthroughContext, stepId: string, value: string): AnswerResult {
  const visit = find(ctx, stepId);
  const choice = visit?.choices.find((c) => c.value === value);
  if (!visit || !choice) throw new InvalidAnswer(stepId);
  const e = afterAnswer(visit, choice);
  const guidance = guidanceOf(ctx.pack, choice.guidance, e);
  if (choice.outcome === 'emergency') return { kind: 'emergency', guidance };
  // Later answers may no longer apply after a changed answer; they are kept but re-checked by the walk.
  return { kind: 'answered', answers: { ...ctx.answers, [stepId]: value }, guidance, title: render(ctx.pack, visit.step.title, visit.before) };
}

/** Guidance for an answer to a step that applies now; throws InvalidAnswer for anything else. */
export function guidanceFor(ctx: WalkthroughContext, stepId: string, value: string): Guidance {
  const visit = find(ctx, stepId);
  const choice = visit?.choices.find((c) => c.value === value);
  if (!visit || !choice) throw new InvalidAnswer(stepId);
  return guidanceOf(ctx.pack, choice.guidance, afterAnswer(visit, choice));
}

/** Where consent stands once the walk-through has settled it (the form's answer unless an answer changed it). */
export function effectiveConsent(ctx: WalkthroughContext): ConsentStatus {
  let consent = ctx.situation.consent;
  for (const v of walk(ctx).visits) if (v.choice?.consentBecomes) consent = v.choice.consentBecomes;
  return consent;
}

export function decidedNotToShare(ctx: WalkthroughContext): boolean {
  return walk(ctx).visits.some((v) => v.choice?.outcome === 'notSharing');
}

/** The recording prompt that ends every path. */
export function closing(ctx: WalkthroughContext): Guidance {
  const { visits } = walk(ctx);
  const last = visits.at(-1);
  const e: Evaluation = last && last.choice ? afterAnswer(last, last.choice) : { situation: ctx.situation, answers: {}, notSharing: false };
  return guidanceOf(ctx.pack, ctx.pack.closing, e);
}

/** Every answered step, in order, as shown: its question, the answer and the guidance. */
export function summarise(ctx: WalkthroughContext): ShownStep[] {
  return walk(ctx).visits.map((v) => {
    const def = definitionOf(ctx.pack, v);
    const g = guidanceOf(ctx.pack, v.choice!.guidance, afterAnswer(v, v.choice!));
    return {
      step: v.step.id,
      title: def.title,
      question: def.question,
      answer: v.choice!.value,
      answerTitle: def.choices.find((c) => c.value === v.choice!.value)?.title ?? v.choice!.value,
      text: g.text,
      tone: g.tone,
      citations: [...g.citations],
    };
  });
}

/** What the asker saw, to store with the request and the decision record. */
export function shownGuidance(ctx: WalkthroughContext): ShownGuidance {
  const end = closing(ctx);
  return {
    pack: { id: ctx.pack.id, version: ctx.pack.version },
    packTitle: `${ctx.pack.title}, version ${ctx.pack.version} (${ctx.pack.published})`,
    consent: effectiveConsent(ctx),
    notSharing: decidedNotToShare(ctx),
    steps: summarise(ctx),
    closing: { text: end.text, tone: end.tone, citations: [...end.citations] },
  };
}

/** Calls `visit` with every condition in the pack (nested ones too): steps, choices, guidance texts, closing, terms. */
export function forEachCondition(pack: GuidancePack, visit: (c: Condition) => void): void {
  const walk = (c: Condition | undefined): void => {
    if (!c) return;
    visit(c);
    if ('all' in c) c.all.forEach(walk);
    if ('any' in c) c.any.forEach(walk);
    if ('not' in c) walk(c.not);
  };
  for (const step of pack.steps) {
    walk(step.when);
    for (const choice of step.choices) {
      walk(choice.when);
      choice.guidance.forEach((g) => walk(g.when));
    }
  }
  pack.closing.forEach((g) => walk(g.when));
  for (const terms of Object.values(pack.terms)) terms.forEach((t) => walk(t.when));
}

function referencedAnswers(pack: GuidancePack): Set<string> {
  const out = new Set<string>();
  forEachCondition(pack, (c) => {
    if ('answer' in c) for (const value of c.answer.in) out.add(`${c.answer.step}=${value}`);
  });
  return out;
}

export interface PackPath {
  answers: Record<string, string>;
  /** `step=value` in order; the last is the emergency choice when `emergency`. */
  path: string[];
  emergency: boolean;
  /** Every `step=value` offered along the way (all choices of each step asked). */
  offered: string[];
}

/**
 * Every distinct path through a pack for a situation. Choices that no condition refers to and
 * that have the same outcome lead to the same later steps, so one of them stands for all
 * (their own guidance is still offered and checked through `offered`).
 */
export function allPaths(pack: GuidancePack, situation: Situation, limit = 20_000): PackPath[] {
  const referenced = referencedAnswers(pack);
  const out: PackPath[] = [];
  const go = (answers: Record<string, string>, path: string[], offered: string[]) => {
    if (out.length >= limit) return;
    const { next } = walk({ pack, situation, answers });
    if (!next) {
      out.push({ answers, path, emergency: false, offered });
      return;
    }
    const here = [...offered, ...next.choices.map((c) => `${next.step.id}=${c.value}`)];
    const classes = new Set<string>();
    for (const c of next.choices) {
      const key = `${next.step.id}=${c.value}`;
      const cls = referenced.has(key) ? key : `${c.outcome ?? ''}|${c.consentBecomes ?? ''}`;
      if (classes.has(cls)) continue;
      classes.add(cls);
      if (c.outcome === 'emergency') out.push({ answers, path: [...path, key], emergency: true, offered: here });
      else go({ ...answers, [next.step.id]: c.value }, [...path, key], here);
    }
  };
  go({}, [], []);
  return out;
}
