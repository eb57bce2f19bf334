/**
 * Replacements that keep meaning: "[child]", "[sibling]", "[mum's partner]" instead of "[name]" for every
 * person, so the lead can tell the people in a question apart. Pure: it reads the text around each finding,
 * never changes what the scanner found, and every suggestion comes from the table below (never the name).
 */
import type { Finding } from './kinds.js';

/**
 * The role words, one row per replacement. A phrase with a capital letter matches only as written (`TA`,
 * `PC`: "ta" is thanks); the others in any case, with or without their apostrophe, hyphen or space
 * (`mum's partner` also matches "mums partner", `step-dad` "stepdad", `head teacher` "headteacher").
 * `owner` is what the person before a possessive is: in "Kacper's mum", Kacper is the child.
 */
export const ROLE_WORDS: readonly { label: string; phrases: readonly string[]; owner?: string }[] = [
  // the child, other children
  { label: 'child', phrases: ['son', 'daughter', 'step-son', 'step-daughter', 'grandson', 'granddaughter'], owner: 'parent' },
  { label: 'child', phrases: ['child', "child's name", 'child name', 'pupil', 'student', 'young person', 'YP', 'boy', 'girl', 'baby', 'toddler'] },
  { label: 'sibling', phrases: ['brother', 'sister', 'sibling', 'half-brother', 'half-sister', 'step-brother', 'step-sister', 'twin'] },
  { label: 'friend', phrases: ['friend', 'best friend', 'mate'] },
  { label: 'boyfriend', phrases: ['boyfriend'] },
  { label: 'girlfriend', phrases: ['girlfriend'] },
  { label: 'partner', phrases: ['partner', 'husband', 'wife', 'fiance', 'fiancé'] },
  { label: 'ex-partner', phrases: ['ex', 'ex-partner', 'ex-husband', 'ex-wife', 'ex-boyfriend', 'ex-girlfriend'] },
  // parents and their partners
  { label: 'mum', phrases: ['mum', 'mom', 'mam', 'mummy', 'mother', 'birth mum', 'birth mother'], owner: 'child' },
  { label: 'dad', phrases: ['dad', 'daddy', 'father', 'birth dad', 'birth father'], owner: 'child' },
  { label: 'stepmum', phrases: ['step-mum', 'step-mother'], owner: 'child' },
  { label: 'stepdad', phrases: ['step-dad', 'step-father'], owner: 'child' },
  { label: 'parent', phrases: ['parent', 'parents', 'birth parent'], owner: 'child' },
  {
    label: "mum's partner",
    phrases: ["mum's partner", "mum's boyfriend", "mum's girlfriend", "mum's husband", "mother's partner", "mother's boyfriend"],
    owner: 'child',
  },
  { label: "dad's partner", phrases: ["dad's partner", "dad's girlfriend", "dad's boyfriend", "dad's wife", "father's partner"], owner: 'child' },
  // wider family, carers, people around the family
  {
    label: 'grandparent',
    phrases: ['nan', 'nana', 'nanna', 'gran', 'granny', 'grandma', 'grandmother', 'grandad', 'granddad', 'grandpa', 'grandfather', 'grandparent', 'grampa', 'granda'],
    owner: 'child',
  },
  { label: 'aunt', phrases: ['aunt', 'auntie', 'aunty'], owner: 'child' },
  { label: 'uncle', phrases: ['uncle'], owner: 'child' },
  { label: 'cousin', phrases: ['cousin'] },
  { label: 'relative', phrases: ['relative', 'family member'] },
  { label: 'foster carer', phrases: ['foster carer', 'foster mum', 'foster dad', 'foster parent', 'foster mother', 'foster father'], owner: 'child' },
  { label: 'carer', phrases: ['carer', 'kinship carer', 'special guardian', 'guardian'], owner: 'child' },
  { label: 'family friend', phrases: ['family friend'] },
  { label: 'neighbour', phrases: ['neighbour', 'neighbor'] },
  // professionals
  { label: 'teacher', phrases: ['teacher', 'class teacher', 'form tutor', 'tutor', 'head of year', 'HoY'], owner: 'child' },
  { label: 'head teacher', phrases: ['head teacher', 'headmaster', 'headmistress', 'deputy head', 'principal'] },
  { label: 'teaching assistant', phrases: ['teaching assistant', 'TA', 'LSA', 'learning support assistant'] },
  { label: 'SENCo', phrases: ['senco'] },
  { label: 'DSL', phrases: ['dsl', 'ddsl', 'safeguarding lead'] },
  { label: 'social worker', phrases: ['social worker', 'SW'], owner: 'child' },
  { label: 'health visitor', phrases: ['health visitor', 'HV'] },
  { label: 'school nurse', phrases: ['school nurse'] },
  { label: 'midwife', phrases: ['midwife'] },
  { label: 'GP', phrases: ['gp'] },
  { label: 'doctor', phrases: ['doctor', 'Dr', 'paediatrician', 'consultant'] },
  { label: 'police officer', phrases: ['police officer', 'officer', 'PC', 'DC', 'PCSO', 'sergeant', 'detective'] },
  { label: 'youth worker', phrases: ['youth worker'] },
  { label: 'key worker', phrases: ['key worker'] },
  { label: 'worker', phrases: ['worker', 'lead professional'] },
  { label: 'support worker', phrases: ['support worker', 'family support worker', 'early help worker', 'outreach worker'] },
  { label: 'counsellor', phrases: ['counsellor', 'counselor', 'therapist'] },
  { label: 'coach', phrases: ['coach'] },
  { label: 'childminder', phrases: ['childminder'] },
  { label: 'probation officer', phrases: ['probation officer'] },
  { label: 'colleague', phrases: ['colleague'] },
];

/** A person with no role shown: "[name]" when there is one, "[person 1]", "[person 2]"… when there are several. */
export const UNROLED_ONE = 'name';
export const UNROLED_MANY = 'person';
export const FAMILY_NAME = 'family name';
export const CHILD = 'child';

type RoleEntry = (typeof ROLE_WORDS)[number];
const SEPARATORS = /['’\s-]/g;
const keyOf = (phrase: string): string => phrase.replace(SEPARATORS, '').toLowerCase();
const PHRASES = new Map<string, { entry: RoleEntry; exact?: string }>(
  ROLE_WORDS.flatMap((entry) => entry.phrases.map((p) => [keyOf(p), /\p{Lu}/u.test(p) ? { entry, exact: p.replace(SEPARATORS, '') } : { entry }] as const)),
);
const phraseSource = (p: string): string =>
  p
    .toLowerCase()
    .split(' ')
    .map((w) => w.replace(/'/g, '[\'’]?').replace(/-/g, '[-‐‑ ]?'))
    .join('[\\s-]*');
const ROLE = `(${[...new Set(ROLE_WORDS.flatMap((e) => e.phrases))]
  .sort((a, b) => b.length - a.length)
  .map(phraseSource)
  .join('|')})(?![\\p{L}\\p{N}'’])`;
const DETERMINER = '(?:(?:the|her|his|their|my|our|your|a|an)\\s+)?';
const TITLE = /(?<![\p{L}])(?:mr|mrs|ms|miss|mx|dr)\.?\s+$/iu;
const YEAR = '(?:(?:y|yr|year)\\s?(?:1[0-3]|[1-9])|reception|nursery|p[1-7])(?![\\p{L}\\p{N}])';
const NUM = '(\\d{1,2})(?![\\p{N}])';
const AGE_UNIT = '\\s*(?:yo|y/o|yrs?(?:\\s+old)?|years?(?:\\s+old)?)(?![\\p{L}\\p{N}])';

/** "her brother Kai", "mum's partner Liam", "Mum is Tina", "Mother: Sadia", "teacher Mrs Nowak", "Dr Patel". */
const ROLE_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])${ROLE}(\\s+(?:is|was|called|named|known\\s+as)\\s+|\\s*[:=(]\\s*|\\s+[-–]\\s+|\\s+)(?:(?:mr|mrs|ms|miss|mx|dr)\\.?\\s+)?$`,
  'iu',
);
/** "Mrs Nowak (TA)", "Tina Loft thats mum", "Kai is her brother", "Jo, the youth worker", "Tina - mum". */
const ROLE_AFTER = [
  new RegExp(`^\\s*\\(\\s*${DETERMINER}${ROLE}`, 'iu'),
  new RegExp(`^\\s+(?:that|thats|that['’]s|that\\s+is|who['’]s|who\\s+is|is|was)\\s+${DETERMINER}${ROLE}`, 'iu'),
  new RegExp(`^,\\s*(?:the|her|his|their|my|our)\\s+${ROLE}`, 'iu'),
  new RegExp(`^\\s+[-–]\\s+${DETERMINER}${ROLE}`, 'iu'),
];
/** "Kacper's mum", "Kai's little brother": what the possessive says about the person before it. */
const OWNER_AFTER = new RegExp(
  `^['’]s?\\s+(?:(?:little|big|older|younger|eldest|oldest|youngest|baby|twin|new|birth|real|ex)\\s+)?${ROLE}`,
  'iu',
);
/** "Ayesha (Y11)", "Kai, 14,", "Kai aged 7", "Kai is 16.", "Kai in year 9"; before: "our Y10 Kai", "the 13yo Esmeralda". */
const CHILD_AFTER = [
  new RegExp(`^\\s*\\(\\s*(?:${YEAR}|aged?\\s+${NUM}|${NUM}(?:${AGE_UNIT}|\\s*(?:months?|mths?)(?![\\p{L}])|(?=\\s*[),;/])))`, 'iu'),
  new RegExp(`^,\\s*(?:aged?\\s+)?${NUM}(?:${AGE_UNIT})?\\s*(?:[,.;)]|$|(?:and|who|has|had|is|was|in|lives)(?![\\p{L}]))`, 'iu'),
  new RegExp(`^,?\\s+(?:(?:is|who\\s+is)\\s+)?aged?\\s+${NUM}`, 'iu'),
  new RegExp(`^,?\\s+(?:is\\s+)?${NUM}\\s*(?:yo|y/o|yrs?\\s+old|years?\\s+old)(?![\\p{L}])`, 'iu'),
  new RegExp(`^\\s+is\\s+${NUM}(?=\\s*(?:[.,;!?)]|$)|\\s+(?:and|but|now|next|this)(?![\\p{L}]))`, 'iu'),
  new RegExp(`^,?\\s+(?:is\\s+)?(?:in|from)\\s+(?:(?:my|our|the|his|her)\\s+)?${YEAR}`, 'iu'),
  // "Tomos Llewellyn yr10, has…", but not a sign-off: "Jo Smith, Y6 teacher"
  new RegExp(`^,?\\s+(?:y|yr|year)\\s?(?:1[0-3]|[1-9])(?![\\p{L}\\p{N}])(?![\\s-]*(?:teacher|tutor|lead|leader|team|staff|ta)(?![\\p{L}]))`, 'iu'),
  // a class: "evie in 8T" (capitals as written: "in 10am" is a time)
  /^,?\s+(?:is\s+)?in\s+\d{1,2}[A-Z]{1,2}(?![\p{L}\p{N}])/u,
];
const CHILD_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${YEAR}|${NUM}\\s*(?:yo|y/o|[-\\s]?(?:years?|yrs?)[-\\s]?old))\\s+$`, 'iu');
/** "the Kowalczyk kids", "the Harlows", "Nowak family". */
const FAMILY_AFTER = /^\s+(?:family|families|household|kids|children|siblings|twins|boys|girls)(?![\p{L}])/iu;
const THE_BEFORE = /(?<![\p{L}])the\s+$/iu;
/** A replacement already in the text ("[child 2]", "[name]"), whose number a new person must not take. */
const PLACEHOLDER = /\[([\p{L}' ]{2,30}?)(?: (\d{1,3}))?\]/gu;
const ADULT_AGE = 18;

function roleOf(match: RegExpExecArray | null): RoleEntry | undefined {
  const raw = match?.[1];
  if (raw === undefined) return undefined;
  const found = PHRASES.get(keyOf(raw));
  if (!found || (found.exact !== undefined && raw.replace(SEPARATORS, '') !== found.exact)) return undefined;
  return found.entry;
}

const isChildAge = (m: RegExpExecArray | null): boolean => m !== null && (m[1] === undefined || Number(m[1]) < ADULT_AGE);

/**
 * How sure a cue is: a role stated for the name ("Mum is Tina", "Mrs Nowak (TA)") beats a role word next to
 * it ("daddy Frank"), which beats an age, a school year or a family shape, which beats a possessive
 * ("Kacper's mum"). A person's role is their strongest cue; between equals, the first in the text.
 */
const STATED = 4;
const NEXT_TO = 3;
const SHAPE = 2;
const POSSESSIVE = 1;

interface Cue {
  role: string;
  strength: number;
}

/** What the words around one mention say about who the person is. */
interface Cues {
  cue?: Cue;
  /** After a title: an adult, so not a child, and Mrs Nowak is not the child Kai Nowak. */
  titled: boolean;
}

function cuesAt(text: string, f: Finding): Cues {
  const before = text.slice(Math.max(0, f.start - 48), f.start);
  const after = text.slice(f.end, f.end + 48);
  const titled = TITLE.test(before);
  const cues: Cue[] = [];
  const push = (role: string | undefined, strength: number): void => {
    if (role !== undefined) cues.push({ role, strength });
  };
  const prior = ROLE_BEFORE.exec(before);
  push(roleOf(prior)?.label, /^\s+$/.test(prior?.[2] ?? '') ? NEXT_TO : STATED);
  for (const re of ROLE_AFTER) push(roleOf(re.exec(after))?.label, STATED);
  if (!titled && (CHILD_AFTER.some((re) => isChildAge(re.exec(after))) || isChildAge(CHILD_BEFORE.exec(before)))) push(CHILD, SHAPE);
  if (FAMILY_AFTER.test(after) || (THE_BEFORE.test(before) && /s$/i.test(f.text))) push(FAMILY_NAME, SHAPE);
  push(roleOf(OWNER_AFTER.exec(after))?.owner, POSSESSIVE);
  const cue = cues.reduce<Cue | undefined>((best, c) => (best === undefined || c.strength > best.strength ? c : best), undefined);
  return { ...(cue ? { cue } : {}), titled };
}

/** One person (or school): the indices of the findings that name them. */
interface Entity {
  first: number;
  members: number[];
  role?: string;
  /** The last word of its longest name: the surname a shared bare surname is compared with. */
  last?: string;
}

const fold = (s: string): string => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
const wordsOf = (key: string): string[] => key.split(' ');

/**
 * The people named in the text. The same name text is the same person; a shorter name whose words are all
 * in one longer name ("Tina", "Loft" in "Tina Loft") is that person, unless its own role differs or it is a
 * titled adult where the longer name is the child; a bare surname shared by several full names is the
 * family name.
 */
function people(text: string, findings: readonly Finding[], names: readonly number[]): Entity[] {
  const cues = new Map<number, Cues>(names.map((i) => [i, cuesAt(text, findings[i]!)]));
  const roleFrom = (members: readonly number[]): string | undefined => {
    let best: Cue | undefined;
    for (const i of [...members].sort((x, y) => x - y)) {
      const c = cues.get(i)!.cue;
      if (c && (best === undefined || c.strength > best.strength)) best = c;
    }
    return best?.role;
  };
  const byText = new Map<string, number[]>();
  for (const i of names) {
    const key = fold(findings[i]!.text);
    const same = byText.get(key);
    if (same) same.push(i);
    else byText.set(key, [i]);
  }
  const words = new Map<string, string[]>([...byText.keys()].map((k) => [k, wordsOf(k)]));
  // each word → the names it is in, so finding the longer names a name is part of stays cheap
  const namesWith = new Map<string, string[]>();
  for (const [k, ws] of words) {
    for (const w of new Set(ws)) {
      const with_ = namesWith.get(w);
      if (with_) with_.push(k);
      else namesWith.set(w, [k]);
    }
  }
  // longer names first, so that a shorter one finds the person it is part of
  const keys = [...byText.keys()].sort((x, y) => words.get(y)!.length - words.get(x)!.length || byText.get(x)![0]! - byText.get(y)![0]!);
  const entities: Entity[] = [];
  const entityOf = new Map<string, Entity>();
  for (const key of keys) {
    const members = byText.get(key)!;
    const own = roleFrom(members);
    const ownDirect = members.some((i) => (cues.get(i)!.cue?.strength ?? 0) > POSSESSIVE) ? own : undefined;
    const titled = members.some((i) => cues.get(i)!.titled);
    const mine = words.get(key)!;
    const longer = (namesWith.get(mine[0]!) ?? []).filter((k) => words.get(k)!.length > mine.length && mine.every((w) => words.get(k)!.includes(w)));
    const containing = [...new Set(longer.map((k) => entityOf.get(k)!))];
    const whole = containing.length === 1 ? containing[0]! : undefined;
    const clash = whole !== undefined && ((ownDirect !== undefined && whole.role !== undefined && ownDirect !== whole.role) || (titled && whole.role === CHILD));
    if (whole && !clash) {
      whole.members.push(...members);
      whole.first = Math.min(whole.first, members[0]!);
      const role = roleFrom(whole.members);
      if (role !== undefined) whole.role = role;
      entityOf.set(key, whole);
      continue;
    }
    const sharedSurname = containing.length > 1 && mine.length === 1 && ownDirect === undefined && containing.every((e) => e.last === mine[0]);
    const role = sharedSurname ? FAMILY_NAME : roleFrom(members);
    const entity: Entity = { first: members[0]!, members: [...members], last: mine[mine.length - 1]!, ...(role !== undefined ? { role } : {}) };
    entities.push(entity);
    entityOf.set(key, entity);
  }
  return entities;
}

/** Schools: the same text is the same school. */
function schools(findings: readonly Finding[], indices: readonly number[]): Entity[] {
  const byText = new Map<string, Entity>();
  for (const i of indices) {
    const key = fold(findings[i]!.text);
    const e = byText.get(key);
    if (e) e.members.push(i);
    else byText.set(key, { first: i, members: [i], role: 'school' });
  }
  return [...byText.values()];
}

/** The highest number each label already has in the text ("[child]" counts as 1; "[name]" is person 1). */
function numbersInUse(text: string): Map<string, number> {
  const used = new Map<string, number>();
  for (const m of text.matchAll(PLACEHOLDER)) {
    const label = m[1] === UNROLED_ONE ? UNROLED_MANY : (m[1] ?? '');
    used.set(label, Math.max(used.get(label) ?? 0, m[2] === undefined ? 1 : Number(m[2])));
  }
  return used;
}

/**
 * The findings with replacements that keep meaning. NAME: the role the context shows ("[child]",
 * "[sibling]", "[mum's partner]", "[family name]"), the same for every mention of one person, numbered when
 * several people share a role ("[child 1]", "[child 2]"), "[name]" for one person with no role shown and
 * "[person 1]", "[person 2]"… for several. SCHOOL: "[school]", numbered when several. Other kinds keep the
 * scanner's suggestion. A number already used in the text by an earlier replacement is never given again, so
 * applying after an edit does not renumber anyone. `findings` are the scanner's, for this same `text`.
 */
export function suggestReplacements(text: string, findings: readonly Finding[]): Finding[] {
  const names: number[] = [];
  const schoolIdx: number[] = [];
  findings.forEach((f, i) => {
    if (f.kind === 'NAME') names.push(i);
    else if (f.kind === 'SCHOOL') schoolIdx.push(i);
  });
  if (names.length === 0 && schoolIdx.length === 0) return [...findings];
  const entities = [...people(text, findings, names), ...schools(findings, schoolIdx)].sort((a, b) => a.first - b.first);
  const used = numbersInUse(text);
  const byLabel = new Map<string, Entity[]>();
  for (const e of entities) {
    const label = e.role ?? UNROLED_MANY;
    const group = byLabel.get(label);
    if (group) group.push(e);
    else byLabel.set(label, [e]);
  }
  const suggestion = new Map<number, string>();
  for (const [label, group] of byLabel) {
    const taken = used.get(label) ?? 0;
    group.forEach((e, n) => {
      const text =
        taken === 0 && group.length === 1 ? `[${label === UNROLED_MANY ? UNROLED_ONE : label}]` : `[${label} ${taken + n + 1}]`;
      for (const i of e.members) suggestion.set(i, text);
    });
  }
  return findings.map((f, i) => {
    const s = suggestion.get(i);
    return s === undefined ? f : { ...f, suggestion: s };
  });
}
