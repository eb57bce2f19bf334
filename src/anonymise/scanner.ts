import { DEFAULT_SUGGESTION, type Candidate, type Finding } from './kinds.js';
import { COMMON_WORDS, FIRST_NAMES, VEHICLE_WORDS, fold } from './lexicon.js';
import { HARD_NEVER_WORDS } from './data/stoplists.js';
import {
  findCaseRefs,
  findDates,
  findEmails,
  findHandles,
  findNhsNumbers,
  findNiNumbers,
  findPhones,
  findPostcodes,
  findUpns,
  findVehicles,
} from './patterns.js';
import { findAddresses, findSchools, findSchoolsByContext } from './places-schools.js';
import { findNames, nameTokens } from './names.js';
import { NAME_TAGGER, wordFeatures, type WordTaggerModel } from './name-tagger.js';
import { PLACE_TAGGERS, findTaggedPlaces, type PlaceTaggers } from './place-tagger.js';

const isOrdinaryWord = (w: string): boolean => {
  const f = fold(w);
  return COMMON_WORDS.has(f) || HARD_NEVER_WORDS.has(f);
};

/** The trained word taggers the scanner consults; null for a tagger switched off (the rules alone, for the trainers' baselines). */
export interface Taggers {
  name: WordTaggerModel | null;
  places: PlaceTaggers | null;
}
export const TAGGERS: Taggers = { name: NAME_TAGGER, places: PLACE_TAGGERS };

/** All raw candidates from every detector, unresolved. */
export function collectCandidates(text: string, taggers: Taggers = TAGGERS): Candidate[] {
  const out: Candidate[] = [];
  findEmails(text, out);
  findNhsNumbers(text, out);
  findNiNumbers(text, out);
  findUpns(text, out);
  findPhones(text, out);
  findPostcodes(text, out);
  findHandles(text, out, isOrdinaryWord, (w) => FIRST_NAMES.has(fold(w)));
  findVehicles(text, out, (w) => VEHICLE_WORDS.has(fold(w)));
  findDates(text, out);
  findCaseRefs(text, out);
  findAddresses(text, out);
  findSchools(text, out);
  findSchoolsByContext(text, out);
  // one tokenization for the name rules and the taggers, and one set of features for all the taggers
  const tokens = nameTokens(text);
  const features = taggers.name !== null || taggers.places !== null ? wordFeatures(tokens, text) : undefined;
  findNames(text, out, taggers.name, tokens, features);
  if (features !== undefined && taggers.places !== null) findTaggedPlaces(text, tokens, features, out, taggers.places);
  return out;
}

/**
 * Resolve overlaps: higher priority first, then the longer span; a candidate that overlaps
 * an accepted one is dropped. Output is sorted by start.
 */
export function resolve(text: string, candidates: readonly Candidate[]): Finding[] {
  const order = [...candidates].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const accepted: Candidate[] = [];
  // occupancy map: checking a candidate costs its own length, so resolution stays linear in the text
  const taken = new Uint8Array(text.length);
  for (const c of order) {
    if (c.end <= c.start || c.start < 0 || c.end > text.length) continue;
    let free = true;
    for (let k = c.start; k < c.end; k++) {
      if (taken[k] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    accepted.push(c);
  }
  accepted.sort((a, b) => a.start - b.start);
  return accepted.map((c) => ({
    start: c.start,
    end: c.end,
    kind: c.kind,
    text: text.slice(c.start, c.end),
    suggestion: c.suggestion ?? DEFAULT_SUGGESTION[c.kind],
  }));
}
