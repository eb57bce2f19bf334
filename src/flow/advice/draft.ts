import { AREAS_OF_CONCERN, AGE_BANDS, CONSENT_STATUSES, INFORMATION_KINDS, MAX_QUESTION_LENGTH, PEOPLE_INVOLVED, RECIPIENTS, URGENCIES } from '../../domain/advice.js';
import type { StoredFields } from '../../domain/request.js';
import type { CardData, CardView, DraftRef, Fact, FrontDoorView, GuidanceView } from '../cards.js';
import { FORM_CHOICES, FORM_FIELDS, RequestFieldsSchema, emptyFormValues, formValuesFrom, parseForm, type FormValues } from './form.js';
import { EMPTY_SUMMARY, MAX_FINDINGS_SHOWN, checkQuestion, type CheckOutcome, type IdentifierCheckSummary } from './identifier-check.js';
import type { GuidancePack, PackRef, ShownGuidance } from '../../domain/guidance-pack.js';
import { cancelledCard } from '../notices.js';
import type { Draft } from './draft-schema.js';
import {
  answer,
  closing,
  effectiveConsent,
  isValidAnswer,
  nextStep,
  pathLength,
  shownGuidance,
  stepDefinition,
  stepsSoFar,
  summarise,
  type Guidance,
  type Situation,
  type WalkthroughContext,
} from './guidance.js';

/**
 * An advice request being prepared in a 1:1 chat: the stored state and its transitions, as pure
 * functions (draft, input) → { draft, card }. The question is stored only once approved.
 */

export { DRAFT_STAGES, DraftSchema, type Draft, type DraftStage } from './draft-schema.js';

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

export function newDraft(input: { draftId: string; conv: string; reference: string; now: Date; previous?: Draft | undefined }): Draft {
  const role = input.previous?.fields?.askerRole ?? input.previous?.rememberedRole;
  const setting = input.previous?.setting;
  return {
    ...(role ? { rememberedRole: role } : {}),
    ...(setting ? { setting } : {}),
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

function guidanceView(g: Pick<Guidance, 'text' | 'tone' | 'citations'>, title: string): GuidanceView {
  return {
    title,
    text: g.text,
    citations: g.citations.join('; '),
    style: g.tone === 'good' ? 'good' : g.tone === 'warning' ? 'warning' : 'emphasis',
  };
}

/** A draft that is still being prepared (not sent, not cancelled). */
export function isInProgress(draft: Draft): boolean {
  return draft.stage !== 'sent' && draft.stage !== 'cancelled';
}

/** The form's values for where the draft stands: its fields, its approved question, the remembered role. */
function formValuesOf(draft: Draft): FormValues {
  const values = formValuesFrom(draft.fields, draft.question ?? '');
  if (!draft.fields && draft.rememberedRole) values.askerRole = draft.rememberedRole;
  return values;
}

/** Used only where a draft has no form fields yet (never during the walk-through itself). */
const NO_SITUATION: Situation = { area: 'other', ageBand: 'unknown', involved: [], recipients: [], askerRole: 'other', consent: 'not_yet_asked' };

export function situationOf(fields: StoredFields | undefined): Situation {
  if (!fields) return NO_SITUATION;
  return { area: fields.area, ageBand: fields.ageBand, involved: fields.involved, recipients: fields.recipients, askerRole: fields.askerRole, consent: fields.consent };
}

export function contextOf(draft: Draft, pack: GuidancePack): WalkthroughContext {
  return { pack, situation: situationOf(draft.fields), answers: draft.answers };
}

export function packRef(pack: GuidancePack): PackRef {
  return { id: pack.id, version: pack.version };
}

/** What the asker has been shown so far (stored with the request when it is sent). */
export function shownOf(draft: Draft, pack: GuidancePack): ShownGuidance {
  return shownGuidance(contextOf(draft, pack));
}

export function stepCard(
  draft: Draft,
  pack: GuidancePack,
  step: string,
  last?: { guidance: Guidance; title: string },
  problem = '',
  notice = '',
  selected = '',
): CardView {
  const context = contextOf(draft, pack);
  const def = stepDefinition(context, step);
  if (!def) return reviewCard(draft, pack, notice);
  const number = stepsSoFar(context).indexOf(step) + 1;
  return {
    name: 'walkthroughStep',
    data: {
      ref: refOf(draft),
      step,
      stepNumber: number,
      stepCount: Math.max(number, pathLength(context)),
      title: def.title,
      question: def.question,
      help: def.help,
      choices: [...def.choices],
      hasLastGuidance: last !== undefined,
      lastGuidance: last ? guidanceView(last.guidance, last.title) : { title: '', text: '', citations: '', style: 'emphasis' },
      problem,
      notice,
      selected,
    },
  };
}

/** The form's answers; consent as the walk-through settled it, with the form's answer when they differ. */
export function describeFields(fields: StoredFields, settledConsent?: StoredFields['consent']): Fact[] {
  const list = <T extends string>(keys: readonly T[], labels: Record<T, string>) => keys.map((k) => labels[k]).join('; ');
  const consent =
    settledConsent && settledConsent !== fields.consent
      ? `${CONSENT_STATUSES[settledConsent]} (on the form: ${CONSENT_STATUSES[fields.consent].toLowerCase()})`
      : CONSENT_STATUSES[fields.consent];
  return [
    { title: 'Area of concern', value: AREAS_OF_CONCERN[fields.area] },
    { title: 'Who is involved', value: list(fields.involved, PEOPLE_INVOLVED) },
    { title: 'Age band', value: AGE_BANDS[fields.ageBand] },
    { title: 'Urgency', value: URGENCIES[fields.urgency] },
    { title: 'Information', value: list(fields.informationKinds, INFORMATION_KINDS) },
    { title: 'Thinking of sharing with', value: list(fields.recipients, RECIPIENTS) },
    { title: 'Consent', value: consent },
  ];
}

export function identifierNote(summary: IdentifierCheckSummary | undefined): string {
  if (!summary || summary.found === 0) return 'The identifier check found nothing that identifies anyone.';
  const kept = summary.keptAsNotIdentifying;
  return `The identifier check flagged ${summary.found} ${summary.found === 1 ? 'detail' : 'details'}: ${summary.replaced} replaced${kept > 0 ? `, ${kept} confirmed by you as identifying no one` : ''}.`;
}

export function reviewCard(draft: Draft, pack: GuidancePack, notice = ''): CardView {
  const context = contextOf(draft, pack);
  const end = closing(context);
  return {
    name: 'review',
    data: {
      notice,
      ref: refOf(draft),
      reference: draft.reference,
      facts: draft.fields ? describeFields(draft.fields, effectiveConsent(context)) : [],
      setting: draft.setting?.name ?? '',
      question: draft.question ?? '',
      guidance: summarise(context).map((s) => ({
        ...guidanceView(s, s.title),
        question: s.question,
        answer: s.answerTitle,
      })),
      closing: guidanceView(end, 'Record your decision'),
      packNote: `Guidance: ${pack.title}, version ${pack.version} (${pack.published}).`,
      identifierNote: identifierNote(draft.identifierCheck),
    },
  };
}

/** The card for wherever the draft stands (resuming, or answering a stale card). */
export function currentCard(draft: Draft, frontDoor: FrontDoorView, pack: GuidancePack, notice = ''): CardView {
  switch (draft.stage) {
    case 'form':
    case 'check':
      return formCard(
        draft,
        draft.stage === 'form' ? formValuesOf(draft) : formValuesFrom(draft.fields, ''),
        {},
        notice ||
          (draft.stage === 'check'
            ? 'Your question was not saved because it had not passed the identifier check. The earlier card in this chat still holds it, or type it again here.'
            : ''),
      );
    case 'emergency':
      return emergencyCard(frontDoor, draft);
    case 'walkthrough': {
      const step = nextStep(contextOf(draft, pack));
      return step ? stepCard(draft, pack, step, undefined, '', notice) : reviewCard(draft, pack, notice);
    }
    case 'review':
    case 'sent':
      return reviewCard(draft, pack, notice);
    case 'cancelled':
      return cancelledCard(true);
  }
}

// ---- transitions -------------------------------------------------------------------------

function afterApproval(draft: Draft, now: Date, question: string, summary: IdentifierCheckSummary, pack: GuidancePack): Transition {
  const next = bump(draft, now, { stage: 'walkthrough', question, identifierCheck: summary, pack: packRef(pack) });
  const step = nextStep(contextOf(next, pack));
  if (step) return { draft: next, card: stepCard(next, pack, step) };
  // Every step already answered (the question was edited, the answers kept): straight to the review.
  const reviewing = { ...next, stage: 'review' as const };
  return { draft: reviewing, card: reviewCard(reviewing, pack) };
}

/**
 * "I have acted on the emergency — continue": back to the walk-through where it stopped, or to the
 * form (with what was filled in) when the emergency was chosen on the form.
 */
export function resumeAfterEmergency(draft: Draft, now: Date, frontDoor: FrontDoorView, pack: GuidancePack): Transition {
  if (draft.stage !== 'emergency') return { draft: undefined, card: currentCard(draft, frontDoor, pack) };
  const back = draft.resume === 'walkthrough' && draft.fields && draft.question !== undefined;
  const next = bump(draft, now, { stage: back ? 'walkthrough' : 'form', resume: undefined });
  const notice = 'Welcome back. Nothing was sent while you dealt with the emergency.';
  return { draft: next, card: back ? currentCard(next, frontDoor, pack, notice) : formCard(next, formValuesFrom(next.fields, ''), {}, notice) };
}

/** The form was submitted: validate, stop for immediate danger, or scan the question. */
export function submitForm(draft: Draft, input: Record<string, unknown>, now: Date, frontDoor: FrontDoorView, pack: GuidancePack): Transition {
  // Immediate danger comes before any other check: emergency guidance is never behind a form.
  if (input.urgency === 'immediate_danger') {
    // Keep whatever structured fields are complete; the question is not stored (it was not checked).
    const fields = RequestFieldsSchema.safeParse(input);
    const next = bump(draft, now, { stage: 'emergency', resume: undefined, answers: {}, question: undefined, ...(fields.success ? { fields: fields.data } : {}) });
    return { draft: next, card: emergencyCard(frontDoor, next) };
  }
  const parsed = parseForm(input);
  if (!parsed.ok) {
    return { draft: undefined, card: formCard(draft, parsed.values, parsed.problems, 'Please check the marked answers. Nothing has been sent.') };
  }
  const fields: StoredFields = parsed.fields;
  // Editing only the question keeps the guidance answers; a changed situation asks them again.
  const answers = draft.fields && sameFields(draft.fields, fields) ? draft.answers : {};
  const base = bump(draft, now, { fields, answers, question: undefined, identifierCheck: undefined });
  const outcome = checkQuestion(parsed.question, new Set(), EMPTY_SUMMARY, false);
  if (outcome.approved) return afterApproval(base, now, outcome.question, outcome.summary, pack);
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
export function recheckQuestion(draft: Draft, question: string, confirmed: ReadonlySet<string>, replace: boolean, now: Date, pack: GuidancePack): Transition {
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
  if (outcome.approved) return afterApproval(draft, now, outcome.question, outcome.summary, pack);
  const next = bump(draft, now, { stage: 'check', identifierCheck: outcome.summary });
  return { draft: next, card: checkCard(next, outcome) };
}

/**
 * One walk-through answer: record it, then the next step with guidance on this answer. An answer
 * meaning "a child is in immediate danger" stops at the emergency guidance (nothing is recorded).
 */
export function answerStep(draft: Draft, step: string, value: string, now: Date, frontDoor: FrontDoorView, pack: GuidancePack): Transition {
  const updated = draft.pack && (draft.pack.id !== pack.id || draft.pack.version !== pack.version);
  const context = contextOf(draft, pack);
  const current = nextStep(context);
  if (updated || !stepsSoFar(context).includes(step)) {
    const notice = updated ? 'Your organisation has updated its guidance since you started, so some questions may be new. Please answer from here.' : '';
    const restamped = updated ? bump(draft, now, { pack: packRef(pack) }) : undefined;
    const shown = restamped ?? draft;
    return { draft: restamped, card: current ? stepCard(shown, pack, current, undefined, '', notice) : reviewCard(shown, pack, notice) };
  }
  if (!isValidAnswer(context, step, value)) {
    return { draft: undefined, card: stepCard(draft, pack, step, undefined, 'Please choose one of the answers.') };
  }
  const result = answer(context, step, value);
  if (result.kind === 'emergency') {
    const stopped = bump(draft, now, { stage: 'emergency', resume: 'walkthrough' });
    return { draft: stopped, card: emergencyCard(frontDoor, stopped) };
  }
  const next = bump(draft, now, { answers: result.answers, pack: packRef(pack) });
  const title = `About your answer: ${result.title}`;
  const following = nextStep(contextOf(next, pack));
  if (following) return { draft: next, card: stepCard(next, pack, following, { guidance: result.guidance, title }) };
  const reviewing = { ...next, stage: 'review' as const };
  return { draft: reviewing, card: reviewCard(reviewing, pack) };
}

export function emptyForm(draft: Draft, notice = ''): CardView {
  return formCard(draft, draft.rememberedRole ? { ...emptyFormValues(), askerRole: draft.rememberedRole } : emptyFormValues(), {}, notice);
}

function sameFields(a: StoredFields, b: StoredFields): boolean {
  const key = (f: StoredFields) =>
    JSON.stringify([f.area, [...f.involved].sort(), f.ageBand, f.urgency, [...f.informationKinds].sort(), [...f.recipients].sort(), f.consent, f.askerRole]);
  return key(a) === key(b);
}

/**
 * Back, from a guidance step (`step`) or from the review (`step` empty): the step before it, with
 * the answer given there chosen again; from the first step, the form with everything kept.
 * The answers from the step gone back to onwards are taken out, since a new answer there can
 * change which steps follow.
 */
export function backStep(draft: Draft, step: string, now: Date, frontDoor: FrontDoorView, pack: GuidancePack): Transition {
  if (draft.stage !== 'walkthrough' && draft.stage !== 'review') return { draft: undefined, card: currentCard(draft, frontDoor, pack) };
  const context = contextOf(draft, pack);
  const path = stepsSoFar(context);
  const answered = path.filter((s) => draft.answers[s] !== undefined);
  const at = step === '' ? answered.length : path.indexOf(step);
  if (at < 0) return { draft: undefined, card: currentCard(draft, frontDoor, pack, 'That card was out of date, so nothing was changed. Here is where your request stands now.') };
  if (at === 0) {
    const back = bump(draft, now, { stage: 'form' });
    return { draft: back, card: formCard(back, formValuesOf(back), {}, 'Your answers are kept. Change anything, then check your question and continue.') };
  }
  const previous = path[at - 1]!;
  const dropped = new Set(path.slice(at - 1));
  const answers = Object.fromEntries(Object.entries(draft.answers).filter(([k]) => !dropped.has(k)));
  const back = bump(draft, now, { stage: 'walkthrough', answers });
  return { draft: back, card: stepCard(back, pack, previous, undefined, '', '', draft.answers[previous] ?? '') };
}

/** "Edit my question" on the review: back to the form with everything filled in; the question is checked again. */
export function editQuestion(draft: Draft, now: Date, frontDoor: FrontDoorView, pack: GuidancePack): Transition {
  if (draft.stage !== 'review' && draft.stage !== 'walkthrough') return { draft: undefined, card: currentCard(draft, frontDoor, pack) };
  const back = bump(draft, now, { stage: 'form' });
  return {
    draft: back,
    card: formCard(back, formValuesOf(back), {}, 'Edit your question (or anything else), then check it again. Your guidance answers are kept unless the situation changes.'),
  };
}

/** Discards a draft in progress: nothing was sent, and nothing of it is kept but the asker's role. */
export function cancelDraft(draft: Draft, now: Date): Transition {
  if (!isInProgress(draft)) return { draft: undefined, card: cancelledCard(false) };
  const role = draft.fields?.askerRole ?? draft.rememberedRole;
  const cancelled: Draft = {
    ...bump(draft, now, { stage: 'cancelled' }),
    fields: undefined,
    question: undefined,
    identifierCheck: undefined,
    answers: {},
    resume: undefined,
    ...(role ? { rememberedRole: role } : {}),
  };
  return { draft: cancelled, card: cancelledCard(true) };
}

// ---- the asker's setting (organisations with several) -----------------------------------

/** A setting staff can choose: its id and name. */
export interface SettingChoice {
  id: string;
  name: string;
}

/** Is the draft's setting one of these (so the request has somewhere to go)? */
export function hasChosenSetting(draft: Draft, available: readonly SettingChoice[]): boolean {
  return draft.setting !== undefined && available.some((s) => s.id === draft.setting?.id);
}

export function settingChoiceCard(draft: Draft, available: readonly SettingChoice[], notice = '', problem = ''): CardView {
  const selected = hasChosenSetting(draft, available) ? (draft.setting?.id ?? '') : '';
  return {
    name: 'settingChoice',
    data: {
      ref: refOf(draft),
      notice,
      problem,
      selected,
      choices: [...available].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')).map((s) => ({ title: s.name, value: s.id })),
    },
  };
}

/** The asker chose their setting: remembered, then on to wherever the draft stands (the form at the start). */
export function chooseSetting(
  draft: Draft,
  settingId: string,
  available: readonly SettingChoice[],
  now: Date,
  frontDoor: FrontDoorView,
  pack: GuidancePack,
): Transition {
  const chosen = available.find((s) => s.id === settingId);
  if (!chosen) return { draft: undefined, card: settingChoiceCard(draft, available, '', 'Choose the setting you work in.') };
  const next = bump(draft, now, { setting: { id: chosen.id, name: chosen.name } });
  return { draft: next, card: currentCard(next, frontDoor, pack, `Your requests go to the safeguarding leads of ${chosen.name}.`) };
}
