import type { IdentifierKind } from '../../anonymise/kinds.js';

/** What each kind of identifier is called on cards and in the Decisions tab (apart from the scanner, which the tab does not load). */
export const KIND_LABELS: Record<IdentifierKind, string> = {
  NAME: 'Name',
  DATE: 'Date',
  ADDRESS: 'Address',
  POSTCODE: 'Postcode',
  PHONE: 'Phone number',
  EMAIL: 'Email address',
  NHS_NUMBER: 'NHS number',
  NI_NUMBER: 'National Insurance number',
  UPN: 'Unique pupil number',
  SCHOOL: 'School or nursery',
  CASE_REF: 'Case or crime reference',
  HANDLE: 'Social media username',
  VEHICLE: 'Vehicle registration',
};
