import { CONSENT_STATUSES, RECIPIENTS } from './advice.js';
import { DECISIONS, DecisionContentSchema, LAWFUL_BASES, PERSON_TOLD, SHARE_METHODS, type DecisionContent } from './decision.js';

/**
 * A decision version's fields in words, for managers and reviewers (the Decisions tab, the CSV
 * export, what changed between versions): labels from the vocabulary beside each schema, never a code.
 */

/**
 * What each field of a version is called, in the tab and as the export's column headers. A field
 * added to the schema without a label here still appears, named from its key (a test asks for a label).
 */
export const RECORD_FIELD_LABELS: Partial<Record<keyof DecisionContent, string>> = {
  decision: 'Decision',
  reasons: 'Reasons',
  whatShared: 'What was shared',
  requestedDiffered: 'What was asked for, where it differed',
  recipients: 'Shared with',
  recipientRole: 'Receiving agency or role',
  purpose: 'Purpose',
  lawfulBasis: 'Lawful basis',
  consent: 'Consent',
  publicInterestJustification: 'Public interest justification',
  personTold: 'Person told',
  notToldReason: 'Why they were not told',
  sharedHow: 'How it was shared',
  sharedOn: 'When it was shared',
  timeLimits: 'Time limits',
  restrictions: 'Restrictions on further use',
};

export type RecordField = keyof DecisionContent;

/** Every field of a version, in the order of the form (a field added to the schema is included by itself). */
export const RECORD_FIELDS = Object.keys(DecisionContentSchema.shape) as RecordField[];

/** The part of a long label before its explanation (`Public task: a task …` → `Public task`). */
export const shortLabel = (label: string): string => label.split(':')[0] ?? label;

const VOCABULARY: Partial<Record<RecordField, Readonly<Record<string, string>>>> = {
  decision: DECISIONS,
  lawfulBasis: Object.fromEntries(Object.entries(LAWFUL_BASES).map(([k, v]) => [k, shortLabel(v)])),
  consent: CONSENT_STATUSES,
  recipients: RECIPIENTS,
  personTold: PERSON_TOLD,
  sharedHow: SHARE_METHODS,
};

/** A field's label; an unlabelled one from its key (`sharedHowOther` → `Shared how other`). */
export function fieldLabel(field: string): string {
  const label = RECORD_FIELD_LABELS[field as RecordField];
  if (label) return label;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `2026-11-13` → `13 Nov 2026` (a calendar date, so no time zone shift). */
export function ukDate(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(t) ? day : new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(t);
}

/**
 * A field's value in words: codes as their labels, a list (or a single choice that may become
 * one, such as how it was shared) joined with "; ", dates as UK dates (or ISO with `isoDates`),
 * nothing as ''.
 */
export function fieldText(field: string, value: unknown, options: { isoDates?: boolean } = {}): string {
  if (value === undefined || value === null || value === '') return '';
  const vocabulary = VOCABULARY[field as RecordField];
  const one = (v: unknown): string => {
    if (typeof v === 'boolean') return v ? 'Yes' : 'No';
    if (typeof v === 'number') return String(v);
    if (typeof v !== 'string') return JSON.stringify(v);
    if (vocabulary) return vocabulary[v] ?? v;
    if (field === 'sharedOn' && !options.isoDates) return ukDate(v);
    return v;
  };
  return Array.isArray(value) ? value.map(one).filter(Boolean).join('; ') : one(value);
}

export interface FieldChange {
  field: string;
  label: string;
  /** The earlier version's value in words ('' when it had none). */
  before: string;
  after: string;
}

/** Field by field, what a version changed from the one before it (compared in words, so `'phone'` and `['phone']` are the same). */
export function changesBetween(before: DecisionContent, after: DecisionContent): FieldChange[] {
  const fields = [...new Set([...RECORD_FIELDS, ...Object.keys(before), ...Object.keys(after)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const was = fieldText(field, (before as Record<string, unknown>)[field]);
    const now = fieldText(field, (after as Record<string, unknown>)[field]);
    if (was !== now) changes.push({ field, label: fieldLabel(field), before: was, after: now });
  }
  return changes;
}
