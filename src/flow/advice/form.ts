import { z } from 'zod';
import {
  ASKER_ROLES,
  AskerRoleSchema,
  AGE_BANDS,
  AREAS_OF_CONCERN,
  AgeBandSchema,
  AreaOfConcernSchema,
  CONSENT_STATUSES,
  ConsentStatusSchema,
  INFORMATION_KINDS,
  InformationKindSchema,
  MAX_QUESTION_LENGTH,
  PEOPLE_INVOLVED,
  PersonInvolvedSchema,
  RECIPIENTS,
  RecipientSchema,
  URGENCIES,
  UrgencySchema,
} from '../../domain/advice.js';

/**
 * The advice request form: structured, non-identifying fields plus the question. Adaptive Card
 * multi-selects arrive as comma-separated strings; everything arrives as strings.
 */

const multi = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter((x) => x !== ''))
    .pipe(z.array(item).min(1).max(20));

export const RequestFieldsSchema = z.object({
  area: AreaOfConcernSchema,
  involved: multi(PersonInvolvedSchema),
  ageBand: AgeBandSchema,
  urgency: UrgencySchema,
  informationKinds: multi(InformationKindSchema),
  recipients: multi(RecipientSchema),
  consent: ConsentStatusSchema,
  askerRole: AskerRoleSchema,
});
export type RequestFields = z.infer<typeof RequestFieldsSchema>;

/** Over-long text up to this size is shown back for editing; beyond it the card would not fit in a Teams message. */
export const MAX_ECHOED_LENGTH = 8000;

export const FORM_FIELDS = ['askerRole', 'area', 'involved', 'ageBand', 'urgency', 'informationKinds', 'recipients', 'consent', 'question'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** What the user typed or chose, as strings, so that a card sent back keeps every entry. */
export type FormValues = Record<FormField, string>;

const FIELD_PROBLEMS: Record<FormField, string> = {
  askerRole: 'Choose your own role, so the leads know who is asking.',
  area: 'Choose the area of concern.',
  involved: 'Choose who is involved (roles only, never names).',
  ageBand: "Choose the child's age band.",
  urgency: 'Choose how urgent this is.',
  informationKinds: 'Choose the kinds of information you are thinking of sharing.',
  recipients: 'Choose who you are thinking of sharing with.',
  consent: 'Choose where consent stands.',
  question: 'Write your question (without names or other details that identify anyone).',
};

export type FormResult =
  | { ok: true; fields: RequestFields; question: string }
  | { ok: false; values: FormValues; problems: Partial<Record<FormField, string>> };

export function emptyFormValues(): FormValues {
  return { askerRole: '', area: '', involved: '', ageBand: '', urgency: '', informationKinds: '', recipients: '', consent: '', question: '' };
}

export function formValuesFrom(fields: RequestFields | undefined, question = ''): FormValues {
  if (!fields) return { ...emptyFormValues(), question };
  return {
    askerRole: fields.askerRole,
    area: fields.area,
    involved: fields.involved.join(','),
    ageBand: fields.ageBand,
    urgency: fields.urgency,
    informationKinds: fields.informationKinds.join(','),
    recipients: fields.recipients.join(','),
    consent: fields.consent,
    question,
  };
}

/** Parses the submitted form; every problem is named per field and every entry is kept. */
export function parseForm(input: Record<string, unknown>): FormResult {
  const values = emptyFormValues();
  for (const f of FORM_FIELDS) {
    const v = input[f];
    values[f] = typeof v === 'string' ? v : '';
  }
  const problems: Partial<Record<FormField, string>> = {};
  const parsed = RequestFieldsSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as FormField | undefined;
      if (field && !problems[field]) problems[field] = FIELD_PROBLEMS[field];
    }
  }
  const question = values.question.trim();
  if (question.length === 0) problems.question = FIELD_PROBLEMS.question;
  else if (question.length > MAX_QUESTION_LENGTH) {
    problems.question = `Your question is ${question.length} characters long; the limit is ${MAX_QUESTION_LENGTH}. Please shorten it — nothing has been sent.`;
    // Text far beyond the limit is not echoed back: the card would exceed Teams' message size.
    if (question.length > MAX_ECHOED_LENGTH) {
      values.question = '';
      problems.question = `Your question was ${question.length} characters long, far over the limit of ${MAX_QUESTION_LENGTH}, so it could not be shown again here. Please write a shorter question — nothing has been sent.`;
    }
  }
  if (!parsed.success || Object.keys(problems).length > 0) return { ok: false, values, problems };
  return { ok: true, fields: parsed.data, question };
}

export interface ChoiceView {
  title: string;
  value: string;
}
const choicesOf = (o: Record<string, string>): ChoiceView[] => Object.entries(o).map(([value, title]) => ({ value, title }));

/** The choice lists the form offers, in the order the procedures present them. */
export const FORM_CHOICES = {
  askerRoles: choicesOf(ASKER_ROLES),
  areas: choicesOf(AREAS_OF_CONCERN),
  involved: choicesOf(PEOPLE_INVOLVED),
  ageBands: choicesOf(AGE_BANDS),
  urgencies: choicesOf(URGENCIES),
  informationKinds: choicesOf(INFORMATION_KINDS),
  recipients: choicesOf(RECIPIENTS),
  consent: choicesOf(CONSENT_STATUSES),
};
