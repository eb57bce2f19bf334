import { CONSENT_STATUSES, RECIPIENTS, type ConsentStatus, type Recipient } from '../../domain/advice.js';
import {
  DECISIONS,
  DECISION_TEXT_FIELDS,
  DECISION_TEXT_LIMITS,
  DecisionContentSchema,
  LAWFUL_BASES,
  MAX_AMEND_REASON_LENGTH,
  MAX_DECISION_TEXT_TOTAL,
  PERSON_TOLD,
  SHARE_METHODS,
  decisionRuleProblems,
  isCalendarDate,
  ukToday,
  type Decision,
  type DecisionContent,
  type DecisionTextField,
} from '../../domain/decision.js';
import type { ChoiceView } from '../advice/form.js';

/**
 * The decision form (rule 7). Everything arrives as strings (multi-selects comma-separated);
 * every problem is named per field in plain words and every entry is kept, so nothing typed is lost.
 */

/** The card's input ids, in the order the form asks them. */
export const DECISION_FIELDS = [
  'decision',
  'reasons',
  'whatShared',
  'requestedDiffered',
  'recipients',
  'recipientRole',
  'purpose',
  'lawfulBasis',
  'consent',
  'publicInterestJustification',
  'personTold',
  'notToldReason',
  'sharedHow',
  'sharedOn',
  'timeLimits',
  'restrictions',
] as const;
export type DecisionField = (typeof DECISION_FIELDS)[number];

/** Only on the card when amending: why this new version is being added. */
export const AMEND_REASON_FIELD = 'amendReason';
export type DecisionFormField = DecisionField | typeof AMEND_REASON_FIELD;
export type DecisionFormValues = Record<DecisionFormField, string>;
export type DecisionProblems = Partial<Record<DecisionFormField, string>>;

export const DECISION_FIELD_LABELS: Record<DecisionFormField, string> = {
  decision: 'Your decision',
  reasons: 'The reasons for your decision',
  whatShared: 'What information you shared, and how much',
  requestedDiffered: 'What was asked for, if it differed from what you shared',
  recipients: 'Who you shared it with',
  recipientRole: 'The receiving agency or role',
  purpose: 'What you shared it for (the purpose)',
  lawfulBasis: 'Lawful basis',
  consent: 'Consent',
  publicInterestJustification: 'Why the public interest outweighs confidentiality',
  personTold: 'Has the person been told?',
  notToldReason: 'Why they have not been told',
  sharedHow: 'How you shared it',
  sharedOn: 'Date shared',
  timeLimits: 'Time limits on the sharing (and any extensions)',
  restrictions: 'Restrictions on further use',
  amendReason: 'Why you are amending this record',
};

/** Text shown back for editing, at most: a little over a full record, so the card stays within a Teams message. */
const ECHO_BUDGET = MAX_DECISION_TEXT_TOTAL + 1000;

export type DecisionFormResult =
  | { ok: true; content: DecisionContent; amendReason: string }
  | { ok: false; values: DecisionFormValues; problems: DecisionProblems };

export function emptyDecisionValues(): DecisionFormValues {
  return Object.fromEntries([...DECISION_FIELDS, AMEND_REASON_FIELD].map((f) => [f, ''])) as DecisionFormValues;
}

/** The form filled from a recorded version, for an amendment. */
export function valuesFromContent(content: DecisionContent): DecisionFormValues {
  const values = emptyDecisionValues();
  for (const f of DECISION_FIELDS) {
    const v = content[f];
    values[f] = Array.isArray(v) ? v.join(',') : (v ?? '');
  }
  return values;
}

const has = (o: Record<string, string>, v: string) => Object.hasOwn(o, v);

const REQUIRED_TEXT: Partial<Record<DecisionTextField, string>> = {
  reasons: 'Write the reasons for your decision. They are needed whether or not you share.',
};

function tooLong(label: string, length: number, limit: number): string {
  return `${label} is ${length} characters long; the limit is ${limit}. Please shorten it — nothing has been recorded.`;
}

/** Parses the submitted form, applying the rules by decision; `now` decides what "in the future" means (UK date). */
export function parseDecisionForm(input: Record<string, unknown>, now: Date, options: { amending?: boolean } = {}): DecisionFormResult {
  const values = emptyDecisionValues();
  for (const f of [...DECISION_FIELDS, AMEND_REASON_FIELD] as const) {
    const v = input[f];
    values[f] = typeof v === 'string' ? v : '';
  }
  const problems: DecisionProblems = {};
  const texts: Partial<Record<DecisionTextField, string>> = {};

  const decision = values.decision.trim();
  if (!has(DECISIONS, decision)) problems.decision = 'Choose your decision: share, share in part, or do not share.';
  const consent = values.consent.trim();
  if (!has(CONSENT_STATUSES, consent)) problems.consent = 'Choose where consent stands.';

  const choice = (field: 'lawfulBasis' | 'personTold', offered: Record<string, string>) => {
    const v = values[field].trim();
    if (v === '') return undefined;
    if (!has(offered, v)) problems[field] = 'Choose one of the answers offered.';
    return v;
  };
  const lawfulBasis = choice('lawfulBasis', LAWFUL_BASES);
  const personTold = choice('personTold', PERSON_TOLD);
  const sharedWays = [...new Set(values.sharedHow.split(',').map((x) => x.trim()).filter((x) => x !== ''))];
  if (sharedWays.some((w) => !has(SHARE_METHODS, w))) problems.sharedHow = 'Choose from the ways offered.';
  const sharedHow = sharedWays.length > 0 ? (sharedWays as NonNullable<DecisionContent['sharedHow']>) : undefined;

  const recipients = [...new Set(values.recipients.split(',').map((x) => x.trim()).filter((x) => x !== ''))];
  if (recipients.some((r) => !has(RECIPIENTS, r))) problems.recipients = 'Choose from the agencies offered.';

  for (const f of DECISION_TEXT_FIELDS) {
    const v = values[f].trim();
    if (v === '') {
      const required = REQUIRED_TEXT[f];
      if (required) problems[f] = required;
    } else if (v.length > DECISION_TEXT_LIMITS[f]) problems[f] = tooLong(`"${DECISION_FIELD_LABELS[f]}"`, v.length, DECISION_TEXT_LIMITS[f]);
    else texts[f] = v;
  }

  const sharedOn = values.sharedOn.trim();
  if (sharedOn !== '') {
    if (!isCalendarDate(sharedOn)) problems.sharedOn = 'Give a real date, written as year-month-day (for example 2026-11-21).';
    else if (sharedOn > ukToday(now)) problems.sharedOn = 'That date is in the future. Give the date you shared the information — today at the latest.';
  }

  if (!problems.decision && !problems.consent) {
    const rules = decisionRuleProblems({
      decision: decision as Decision,
      consent: consent as ConsentStatus,
      reasons: texts.reasons ?? '',
      recipients: recipients as Recipient[],
      ...texts,
      ...(lawfulBasis ? { lawfulBasis: lawfulBasis as DecisionContent['lawfulBasis'] } : {}),
      ...(personTold ? { personTold: personTold as DecisionContent['personTold'] } : {}),
      ...(sharedHow ? { sharedHow } : {}),
      ...(sharedOn ? { sharedOn } : {}),
    });
    for (const [f, message] of Object.entries(rules) as [DecisionField, string][]) {
      if (problems[f] === undefined) problems[f] = message;
    }
  }

  const total = DECISION_TEXT_FIELDS.reduce((n, f) => n + values[f].trim().length, 0);
  if (total > MAX_DECISION_TEXT_TOTAL) {
    const longest = [...DECISION_TEXT_FIELDS].sort((a, b) => values[b].trim().length - values[a].trim().length).find((f) => !problems[f]);
    if (longest) {
      problems[longest] = `Together your written answers are ${total} characters; one record holds up to ${MAX_DECISION_TEXT_TOTAL}, so that it fits in a Teams message. This is your longest answer — please shorten it or others. Nothing has been recorded.`;
    }
  }

  const amendReason = values.amendReason.trim();
  if (options.amending) {
    if (amendReason === '') problems.amendReason = 'Say why you are amending this record (for example, to correct who it was shared with).';
    else if (amendReason.length > MAX_AMEND_REASON_LENGTH) problems.amendReason = tooLong('Your reason for amending', amendReason.length, MAX_AMEND_REASON_LENGTH);
  }

  if (Object.keys(problems).length > 0) return { ok: false, values: keepWithinCard(values), problems: explainCleared(values, problems) };

  const parsed = DecisionContentSchema.safeParse({
    decision,
    consent,
    recipients,
    ...texts,
    ...(lawfulBasis ? { lawfulBasis } : {}),
    ...(personTold ? { personTold } : {}),
    ...(sharedHow ? { sharedHow } : {}),
    ...(sharedOn ? { sharedOn } : {}),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const f = issue.path[0] as DecisionField | undefined;
      if (f && !problems[f]) problems[f] = `Please check this answer (${issue.message}).`;
    }
    return { ok: false, values, problems };
  }
  return { ok: true, content: parsed.data, amendReason: options.amending ? amendReason : '' };
}

/** Entries too large to show again: the longest go first until the rest fit the card (Teams' message size). */
function clearedFields(values: DecisionFormValues): Set<DecisionTextField> {
  const cleared = new Set<DecisionTextField>();
  const size = () => DECISION_TEXT_FIELDS.reduce((n, f) => n + (cleared.has(f) ? 0 : values[f].length), 0);
  while (size() > ECHO_BUDGET) {
    const longest = DECISION_TEXT_FIELDS.filter((f) => !cleared.has(f)).sort((a, b) => values[b].length - values[a].length)[0];
    if (!longest) break;
    cleared.add(longest);
  }
  return cleared;
}

const amendReasonTooLongToShow = (values: DecisionFormValues) => values.amendReason.length > MAX_AMEND_REASON_LENGTH * 2;

function keepWithinCard(values: DecisionFormValues): DecisionFormValues {
  const out = { ...values };
  for (const f of clearedFields(values)) out[f] = '';
  if (amendReasonTooLongToShow(values)) out.amendReason = '';
  return out;
}

function explainCleared(values: DecisionFormValues, problems: DecisionProblems): DecisionProblems {
  const out = { ...problems };
  for (const f of clearedFields(values)) {
    out[f] = `"${DECISION_FIELD_LABELS[f]}" was ${values[f].trim().length} characters long — with your other answers, too long to show again here (the limit for this answer is ${DECISION_TEXT_LIMITS[f]}). Please write it again, shorter. Nothing has been recorded.`;
  }
  if (amendReasonTooLongToShow(values)) {
    out.amendReason = `Your reason for amending was ${values.amendReason.trim().length} characters long, far over the limit of ${MAX_AMEND_REASON_LENGTH}, so it could not be shown again here. Please write a shorter one.`;
  }
  return out;
}

const choicesOf = (o: Record<string, string>): ChoiceView[] => Object.entries(o).map(([value, title]) => ({ value, title }));

/** The choice lists the form offers. */
export const DECISION_CHOICES: Record<string, ChoiceView[]> = {
  decisions: choicesOf(DECISIONS),
  recipients: choicesOf(RECIPIENTS),
  lawfulBases: choicesOf(LAWFUL_BASES),
  consent: choicesOf(CONSENT_STATUSES),
  personTold: choicesOf(PERSON_TOLD),
  shareMethods: choicesOf(SHARE_METHODS),
};
