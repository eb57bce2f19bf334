import { z } from 'zod';

/**
 * The vocabulary of an advice request, in the words of the local safeguarding procedures
 * (the five local procedures (seeds 000–004; docs/domain.md)). Every field is a structured, non-identifying choice except the question,
 * which only ever holds the version the asker approved after the identifier check.
 */

export const AREAS_OF_CONCERN = {
  physical_abuse: 'Physical abuse',
  emotional_abuse: 'Emotional abuse',
  sexual_abuse: 'Sexual abuse or exploitation',
  neglect: 'Neglect',
  domestic_abuse: 'Domestic abuse in the household',
  parental_capacity: "A parent's or carer's capacity (mental health, substance use)",
  criminal_exploitation: 'Criminal exploitation or county lines',
  radicalisation: 'Radicalisation (Prevent)',
  online_harm: 'Online harm',
  self_harm: 'Self-harm or suicidal thoughts',
  missing: 'Missing from home, care or education',
  risk_from_adult: 'An adult who may pose a risk to children',
  concern_about_colleague: 'A concern about a colleague (LADO)',
  other: 'Other or not sure',
} as const;
export type AreaOfConcern = keyof typeof AREAS_OF_CONCERN;

export const PEOPLE_INVOLVED = {
  child: 'A child',
  siblings: 'Siblings',
  parent_or_carer: 'Parent or carer',
  partner_of_parent: "Parent's partner",
  wider_family: 'Wider family member',
  another_young_person: 'Another young person',
  adult_in_household: 'Another adult in the household',
  professional: 'A professional or colleague',
  unborn_baby: 'An unborn baby',
} as const;
export type PersonInvolved = keyof typeof PEOPLE_INVOLVED;

export const AGE_BANDS = {
  unborn: 'Unborn',
  under_1: 'Under 1',
  '1_4': '1–4',
  '5_10': '5–10',
  '11_15': '11–15',
  '16_17': '16–17',
  '18_plus': '18 or over (care leaver, transition)',
  unknown: 'Not known',
} as const;
export type AgeBand = keyof typeof AGE_BANDS;

export const URGENCIES = {
  immediate_danger: 'A child is in immediate danger',
  today: 'I need advice today',
  this_week: 'This week',
} as const;
export type Urgency = keyof typeof URGENCIES;

export const INFORMATION_KINDS = {
  concern_observed: 'What I have seen or heard (the concern itself)',
  disclosure: 'What a child or adult has told me',
  health: 'Health information',
  mental_health: 'Mental health information',
  education: 'Attendance, behaviour or education records',
  family_circumstances: 'Family circumstances',
  criminal_history: 'Criminal or offending information',
  contact_details: 'Contact details or whereabouts',
  professional_opinion: 'My professional opinion',
} as const;
export type InformationKind = keyof typeof INFORMATION_KINDS;

export const RECIPIENTS = {
  childrens_social_care: "Children's social care (front door / MASH)",
  police: 'Police',
  health: 'Health (GP, health visitor, school nurse, hospital)',
  school: 'School, college or early years setting',
  early_help: 'Early Help',
  camhs: 'CAMHS or mental health services',
  housing: 'Housing',
  probation: 'Probation or youth justice',
  lado: 'Local Authority Designated Officer (LADO)',
  adult_social_care: 'Adult social care',
  voluntary_sector: 'Voluntary sector organisation',
  parent_or_carer: 'A parent or carer',
  other_agency: 'Another agency',
} as const;
export type Recipient = keyof typeof RECIPIENTS;

/** 000 §3; 002 Annex A §3.7–3.9, §4.2. */
export const CONSENT_STATUSES = {
  given: 'Consent has been given',
  refused: 'Consent has been refused',
  not_yet_asked: 'Not yet asked',
  not_asking_risk: 'Not asking: asking would increase risk to a child, prejudice an investigation or cause undue delay',
  lacks_capacity: 'The person lacks capacity to consent',
} as const;
export type ConsentStatus = keyof typeof CONSENT_STATUSES;

/** The asker's own role, shown to the leads (who may need to phone them) unless the tenant hides it. */
export const ASKER_ROLES = {
  teacher: 'Teacher or teaching assistant',
  school_leader: 'School leader or pastoral staff',
  school_nurse: 'School nurse',
  health_visitor: 'Health visitor or midwife',
  gp: 'GP or practice staff',
  hospital: 'Hospital or community health staff',
  mental_health: 'Mental health practitioner',
  social_worker: 'Social worker',
  early_help: 'Early Help or family support worker',
  youth_worker: 'Youth worker',
  housing: 'Housing officer',
  police: 'Police',
  council_other: 'Other council staff',
  other: 'Other',
} as const;
export type AskerRole = keyof typeof ASKER_ROLES;

const keysOf = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const AskerRoleSchema = z.enum(keysOf(ASKER_ROLES));
export const AreaOfConcernSchema = z.enum(keysOf(AREAS_OF_CONCERN));
export const PersonInvolvedSchema = z.enum(keysOf(PEOPLE_INVOLVED));
export const AgeBandSchema = z.enum(keysOf(AGE_BANDS));
export const UrgencySchema = z.enum(keysOf(URGENCIES));
export const InformationKindSchema = z.enum(keysOf(INFORMATION_KINDS));
export const RecipientSchema = z.enum(keysOf(RECIPIENTS));
export const ConsentStatusSchema = z.enum(keysOf(CONSENT_STATUSES));

/** Longest question accepted; longer text is refused with an explanation, never cut silently. */
export const MAX_QUESTION_LENGTH = 2000;
