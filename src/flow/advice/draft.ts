import { z } from 'zod';
import { AREAS_OF_CONCERN, AGE_BANDS, CONSENT_STATUSES, INFORMATION_KINDS, MAX_QUESTION_LENGTH, PEOPLE_INVOLVED, RECIPIENTS, URGENCIES } from '../../domain/advice.js';
import { IdentifierCheckSummarySchema, StoredFieldsSchema, type StoredFields } from '../../domain/request.js';
import type { CardData, CardView, DraftRef, Fact, FrontDoorView, GuidanceView } from '../cards.js';
import { FORM_CHOICES, FORM_FIELDS, RequestFieldsSchema, emptyFormValues, formValuesFrom, parseForm, type FormValues } from './form.js';
import { EMPTY_SUMMARY, MAX_FINDINGS_SHOWN, checkQuestion, type CheckOutcome, type IdentifierCheckSummary } from './identifier-check.js';
import {
  WALKTHROUGH_STEPS,
  appliesTo,
  guidanceFor,
  isValidAnswer,
  nextStep,
  stepDefinition,
  summarise,
  type Guidance,
  type WalkthroughContext,
  type WalkthroughStep,
} from './guidance.js';

/**
 * An advice request being prepared in a 1:1 chat: the stored state and its transitions, as pure
 * functions (draft, input) → { draft, card }. The question is stored only once approved.
 */

export const DRAFT_STAGES = ['form', 'check', 'emergency', 'walkthrough', 'review', 'sent'] as const;
export type DraftStage = (typeof DRAFT_STAGES)[number];

export const DraftSchema = z.object({
  draftId: z.string(),
  rev: z.number().int().min(0),
  /** Binds the draft's cards to the conversation they were sent in. */
  conv: z.string(),
  reference: z.string(),
  stage: z.enum(DRAFT_STAGES),
  fields: StoredFieldsSchema.optional(),
  /** Only the approved question (after the identifier check). */
  question: z.string().optional(),
  identifierCheck: IdentifierCheckSummarySchema.optional(),
  answers: z.record(z.string(), z.string()),
  requestId: z.string().optional(),
  startedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Draft = z.infer<typeof DraftSchema>;

export interface Transition {
  /** The draft to store, or undefined when nothing changed. */
  draft: Draft | undefined;
  card: CardView;
}

export function refOf(draft: Draft): DraftRef {
  return { draftId: draft.draftId, rev: draft.rev, conv: draft.conv };
}

function bump(draft: Draft, now: Date, patch: Partial<Draft>): Draft {
  return { ...draft, ...patch, rev: draft.rev + 1, updatedAt: now.toISOString() };
}

export function newDraft(input: { draftId: string; conv: string; reference: string; now: Date }): Draft {
  return {
    draftId: input.draftId,
    rev: 0,
    conv: input.conv,
    reference: input.reference,
    stage: 'form',
    answers: {},
    startedAt: input.now.toISOString(),
    updatedAt: input.now.toISOString(),
  };
}

// ---- cards -------------------------------------------------------------------------------

export function formCard(draft: Draft, values: FormValues, problems: Partial<Record<keyof FormValues, string>>, notice = ''): CardView {
  const allProblems = Object.fromEntries(FORM_FIELDS.map((f) => [f, problems[f] ?? ''])) as CardData['adviceForm']['problems'];
  return {
    name: 'adviceForm',
    data: {
      ref: refOf(draft),
      values,
      problems: allProblems,
      hasProblems: Object.values(problems).some((p) => p),
      notice,
      choices: FORM_CHOICES,
      maxQuestionLength: MAX_QUESTION_LENGTH,
    },
  };
}

export function emergencyCard(frontDoor: FrontDoorView, draft: Draft | undefined): CardView {
  return {
    name: 'emergency',
    data: {
      frontDoor,
      ref: draft ? refOf(draft) : { draftId: '', rev: 0, conv: '' },
      canContinue: draft !== undefined && draft.stage === 'emergency',
    },
  };
}

function checkCard(draft: Draft, outcome: Extract<CheckOutcome, { approved: false }>): CardView {
  const n = outcome.findings.length;
  return {
    name: 'identifierCheck',
    data: {
      ref: refOf(draft),
      question: outcome.question,
      findings: outcome.findings.slice(0, MAX_FINDINGS_SHOWN),
      count: n,
      speak: `${n} ${n === 1 ? 'detail' : 'details'} in your question could identify someone. Nothing has been sent or saved.`,
    },
  };
}

function guidanceView(g: Guidance, title: string): GuidanceView {
  return {
    title,
    text: g.text,
    citations: g.citations.join('; '),
    style: g.tone === 'good' ? 'good' : g.tone === 'warning' ? 'warning' : 'emphasis',
  };
}

function contextOf(draft: Draft): WalkthroughContext {
  return { consent: draft.fields?.consent ?? 'not_yet_asked', answers: draft.answers };
}

function applicableSteps(context: WalkthroughContext): WalkthroughStep[] {
  return WALKTHROUGH_STEPS.filter((s) => appliesTo(s, context));
}

export function stepCard(draft: Draft, step: WalkthroughStep, last?: { guidance: Guidance; title: string }, problem = '', notice = ''): CardView {
  const context = contextOf(draft);
  const def = stepDefinition(step, context);
  const steps = applicableSteps(context);
  return {
    name: 'walkthroughStep',
    data: {
      ref: refOf(draft),
      step,
      stepNumber: steps.indexOf(step) + 1,
      stepCount: steps.length,
      title: def.title,
      question: def.question,
      help: def.help,
      choices: [...def.choices],
      hasLastGuidance: last !== undefined,
      lastGuidance: last ? guidanceView(last.guidance, last.title) : { title: '', text: '', citations: '', style: 'emphasis' },
      problem,
      notice,
    },
  };
}

export function describeFields(fields: StoredFields): Fact[] {
  const list = <T extends string>(keys: readonly T[], labels: Record<T, string>) => keys.map((k) => labels[k]).join('; ');
  return [
    { title: 'Area of concern', value: AREAS_OF_CONCERN[fields.area] },
    { title: 'Who is involved', value: list(fields.involved, PEOPLE_INVOLVED) },
    { title: 'Age band', value: AGE_BANDS[fields.ageBand] },
    { title: 'Urgency', value: URGENCIES[fields.urgency] },
    { title: 'Information', value: list(fields.informationKinds, INFORMATION_KINDS) },
    { title: 'Thinking of sharing with', value: list(fields.recipients, RECIPIENTS) },
    { title: 'Consent', value: CONSENT_STATUSES[fields.consent] },
  ];
}

export function identifierNote(summary: IdentifierCheckSummary | undefined): string {
  if (!summary || summary.found === 0) return 'The identifier check found nothing that identifies anyone.';
  const kept = summary.keptAsNotIdentifying;
  return `The identifier check flagged ${summary.found} ${summary.found === 1 ? 'detail' : 'details'}: ${summary.replaced} replaced${kept > 0 ? `, ${kept} confirmed by you as identifying no one` : ''}.`;
}

export function reviewCard(draft: Draft, notice = ''): CardView {
  const context = contextOf(draft);
  return {
    name: 'review',
    data: {
      notice,
      ref: refOf(draft),
      reference: draft.reference,
      facts: draft.fields ? describeFields(draft.fields) : [],
      question: draft.question ?? '',
      guidance: summarise(context).map((s) => ({
        ...guidanceView(s.guidance, s.title),
        question: s.question,
        answer: s.answerTitle,
      })),
      identifierNote: identifierNote(draft.identifierCheck),
    },
  };
}

/** The card for wherever the draft stands (resuming, or answering a stale card). */
export function currentCard(draft: Draft, frontDoor: FrontDoorView, notice = ''): CardView {
  switch (draft.stage) {
    case 'form':
    case 'check':
      return formCard(
        draft,
        formValuesFrom(draft.fields, ''),
        {},
        notice ||
          (draft.stage === 'check'
            ? 'Your question was not saved because it had not passed the identifier check. The earlier card in this chat still holds it, or type it again here.'
            : ''),
      );
    case 'emergency':
      return emergencyCard(frontDoor, draft);
    case 'walkthrough': {
      const step = nextStep(contextOf(draft));
      return step ? stepCard(draft, step, undefined, '', notice) : reviewCard(draft, notice);
    }
    case 'review':
    case 'sent':
      return reviewCard(draft, notice);
  }
}

// ---- transitions -------------------------------------------------------------------------

function afterApproval(draft: Draft, now: Date, question: string, summary: IdentifierCheckSummary): Transition {
  const next = bump(draft, now, { stage: 'walkthrough', question, identifierCheck: summary });
  const step = nextStep(contextOf(next));
  return { draft: next, card: step ? stepCard(next, step) : reviewCard(next) };
}

/** The form was submitted: validate, stop for immediate danger, or scan the question. */
export function submitForm(draft: Draft, input: Record<string, unknown>, now: Date, frontDoor: FrontDoorView): Transition {
  // Immediate danger comes before any other check: emergency guidance is never behind a form.
  if (input.urgency === 'immediate_danger') {
    // Keep whatever structured fields are complete; the question is not stored (it was not checked).
    const fields = RequestFieldsSchema.safeParse(input);
    const next = bump(draft, now, { stage: 'emergency', answers: {}, question: undefined, ...(fields.success ? { fields: fields.data } : {}) });
    return { draft: next, card: emergencyCard(frontDoor, next) };
  }
  const parsed = parseForm(input);
  if (!parsed.ok) {
    return { draft: undefined, card: formCard(draft, parsed.values, parsed.problems, 'Please check the marked answers. Nothing has been sent.') };
  }
  const fields: StoredFields = parsed.fields;
  const base = bump(draft, now, { fields, answers: {}, question: undefined, identifierCheck: undefined });
  const outcome = checkQuestion(parsed.question, new Set(), EMPTY_SUMMARY, false);
  if (outcome.approved) return afterApproval(base, now, outcome.question, outcome.summary);
  const checking = { ...base, stage: 'check' as const, identifierCheck: outcome.summary };
  return { draft: checking, card: checkCard(checking, outcome) };
}

/** Keys of the flagged items the asker confirmed as identifying no one (`keep.<key>` toggles). */
export function confirmedKeys(input: Record<string, unknown>): Set<string> {
  const keys = new Set<string>();
  for (const [k, v] of Object.entries(input)) if (k.startsWith('keep.') && v === 'true') keys.add(k.slice(5));
  return keys;
}

/** The identifier loop: re-check an edited question, or apply the suggested replacements. */
export function recheckQuestion(draft: Draft, question: string, confirmed: ReadonlySet<string>, replace: boolean, now: Date): Transition {
  const trimmed = question.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_QUESTION_LENGTH) {
    const values = formValuesFrom(draft.fields, trimmed.length > MAX_QUESTION_LENGTH ? '' : trimmed);
    const problem =
      trimmed.length === 0
        ? 'Write your question (without names or other details that identify anyone).'
        : `Your question is ${trimmed.length} characters long; the limit is ${MAX_QUESTION_LENGTH}. Please shorten it — nothing has been sent.`;
    return { draft: undefined, card: formCard(draft, values, { question: problem }) };
  }
  const outcome = checkQuestion(trimmed, confirmed, draft.identifierCheck ?? EMPTY_SUMMARY, replace);
  if (outcome.approved) return afterApproval(draft, now, outcome.question, outcome.summary);
  const next = bump(draft, now, { stage: 'check', identifierCheck: outcome.summary });
  return { draft: next, card: checkCard(next, outcome) };
}

/** One walk-through answer: record it, then the next step with guidance on this answer. */
export function answerStep(draft: Draft, step: string, answer: string, now: Date): Transition {
  const context = contextOf(draft);
  const current = nextStep(context);
  const known = (WALKTHROUGH_STEPS as readonly string[]).includes(step) ? (step as WalkthroughStep) : undefined;
  if (!known || !appliesTo(known, context)) {
    return { draft: undefined, card: current ? stepCard(draft, current) : reviewCard(draft) };
  }
  if (!isValidAnswer(known, answer, context)) {
    return { draft: undefined, card: stepCard(draft, known, undefined, 'Please choose one of the answers.') };
  }
  const next = bump(draft, now, { answers: { ...draft.answers, [known]: answer } });
  const guidance = guidanceFor(known, answer, contextOf(next));
  const title = `About your answer: ${stepDefinition(known, contextOf(next)).title}`;
  const following = nextStep(contextOf(next));
  if (following) return { draft: next, card: stepCard(next, following, { guidance, title }) };
  const reviewing = { ...next, stage: 'review' as const };
  return { draft: reviewing, card: reviewCard(reviewing) };
}

export function emptyForm(draft: Draft, notice = ''): CardView {
  return formCard(draft, emptyFormValues(), {}, notice);
}
