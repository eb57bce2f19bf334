/** The kinds of identifier the scanner reports. Order is part of the public contract. */
export const IDENTIFIER_KINDS = [
  'NAME',
  'DATE',
  'ADDRESS',
  'POSTCODE',
  'PHONE',
  'EMAIL',
  'NHS_NUMBER',
  'NI_NUMBER',
  'UPN',
  'SCHOOL',
  'CASE_REF',
  'HANDLE',
  'VEHICLE',
] as const;

export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** One identifier found in a text. `start`/`end` are JS string (UTF-16) indices, `end` exclusive. */
export interface Finding {
  start: number;
  end: number;
  kind: IdentifierKind;
  text: string;
  suggestion: string;
}

/** A raw detection before overlap resolution. Higher `priority` wins a conflict. */
export interface Candidate {
  start: number;
  end: number;
  kind: IdentifierKind;
  priority: number;
  suggestion?: string;
}

export const DEFAULT_SUGGESTION: Readonly<Record<IdentifierKind, string>> = {
  NAME: '[name]',
  DATE: '[date]',
  ADDRESS: '[address]',
  POSTCODE: '[postcode]',
  PHONE: '[phone number]',
  EMAIL: '[email]',
  NHS_NUMBER: '[NHS number]',
  NI_NUMBER: '[NI number]',
  UPN: '[pupil number]',
  SCHOOL: '[school]',
  CASE_REF: '[case reference]',
  HANDLE: '[social media handle]',
  VEHICLE: '[vehicle registration]',
};
