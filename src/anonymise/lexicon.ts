/**
 * Word lists used by the detectors, read from a compact module generated at build time
 * (data/lexicon-data.ts, from scripts/lexicon-source.ts): every listed word mapped to the bit set of its
 * memberships. One Map of small integers instead of a dozen Sets built from the raw packages at import
 * keeps the first import fast and small. All exported collections are read-only after construction.
 */
import { LEXICON_GROUPS, PLACE_PHRASES as PLACE_PHRASES_SOURCE } from './data/lexicon-data.js';

/** Membership bits of a lexicon word. */
export const LEX = {
  /** a given name (faker locales, curated supplement) */
  FIRST: 1,
  /** a surname (faker locales, @cspell/dict-people-names, curated supplement) */
  SURNAME: 2,
  /** an ordinary English word (lower-case dominant in speech, or a capitalised opener that is no name) */
  COMMON: 4,
  /** capitalised-dominant in speech: proper nouns and sentence openers */
  PROPER: 8,
  /** one of the few hundred most frequent lower-case words */
  FUNC: 16,
  /** capitalised-dominant and in no English word list: mostly people, places and brands ("Gareth", "Gaz") */
  PROPER_ONLY: 32,
  /** lower-case dominant in speech (before openers were promoted) */
  LOWER: 64,
  /** a place (GeoNames: UK and Ireland in full, the world's divisions and single-word place names; countries) */
  PLACE: 128,
  /** a vehicle make or model */
  VEHICLE: 256,
} as const;

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

function buildFlags(): ReadonlyMap<string, number> {
  const flags = new Map<string, number>();
  for (const [bits, list] of LEXICON_GROUPS) {
    let from = 0;
    while (from < list.length) {
      let to = list.indexOf(' ', from);
      if (to < 0) to = list.length;
      if (to > from) flags.set(list.slice(from, to), bits);
      from = to + 1;
    }
  }
  return flags;
}

const FLAGS = buildFlags();

/** The lexicon bits of a folded word (0 when unlisted). */
export function lexFlags(folded: string): number {
  return FLAGS.get(folded) ?? 0;
}

/** A read-only set view over one lexicon bit. */
export interface WordSet {
  has(folded: string): boolean;
}

const view = (bit: number): WordSet => ({ has: (w) => ((FLAGS.get(w) ?? 0) & bit) !== 0 });

export const FIRST_NAMES: WordSet = view(LEX.FIRST);
export const SURNAMES: WordSet = view(LEX.SURNAME);
/** Ordinary English words (lower-case dominant in speech). */
export const COMMON_WORDS: WordSet = view(LEX.COMMON);
/** Words whose dominant spoken form is lower case (before openers were promoted). */
export const LOWER_WORDS: WordSet = view(LEX.LOWER);
/** Capitalised-dominant words: proper nouns and sentence openers (Okay, Hello, London…). */
export const PROPER_WORDS: WordSet = view(LEX.PROPER);
/** Capitalised-dominant words in no English word list: mostly people, places and brands. */
export const PROPER_ONLY_WORDS: WordSet = view(LEX.PROPER_ONLY);
/** The few hundred most frequent lower-case words: pronouns, prepositions, auxiliaries. */
export const FUNCTION_WORDS: WordSet = view(LEX.FUNC);
/** Places from GeoNames and country names. */
export const GAZETTEER_PLACES: WordSet = view(LEX.PLACE);
/** Vehicle makes and models. */
export const VEHICLE_WORDS: WordSet = view(LEX.VEHICLE);
/** Multi-word place names ("market harborough", "ebbw vale"), folded and single-spaced. */
export const PLACE_PHRASES: ReadonlySet<string> = new Set(PLACE_PHRASES_SOURCE.split('|'));

export function isNameWord(folded: string): boolean {
  return ((FLAGS.get(folded) ?? 0) & (LEX.FIRST | LEX.SURNAME)) !== 0;
}
