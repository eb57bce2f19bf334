/**
 * The trained address and school taggers: the name tagger's model and features (name-tagger.ts), trained by
 * scripts/train-place-taggers.ts on the words of the ADDRESS and SCHOOL spans of the corpora this team has read.
 * A run of words each tagger is sure of becomes a candidate at a priority below every rule's, so a rule's span and
 * kind win wherever both fire; and a run the rules know is no one's home or school (a place of worship, a park, a
 * football academy, a town: places-schools.ts' look-alike vetoes) is dropped. Pure: the models are read once at import.
 */
import addressData from './data/address-tagger.json' with { type: 'json' };
import schoolData from './data/school-tagger.json' with { type: 'json' };
import type { Candidate, IdentifierKind } from './kinds.js';
import { FEATURE_COUNT, modelFromFile, type WordFeatures, type WordTaggerModel } from './name-tagger.js';
import { addressLookAlike, isChurchDedication, isGenericPlaceWord, isPlaceHeadWord, schoolLookAlike } from './places-schools.js';
import type { Token } from './word-token.js';

/**
 * The address and school taggers, their weights side by side (feature f: the address weight at 2f, the school weight
 * at 2f + 1) as the committed files' integers (weight × SCALE, 16 bits), so that one memory look-up reads both and the
 * table is a quarter of two float tables; a threshold null switches that tagger off.
 */
export interface PlaceTaggers {
  bits: number;
  pair: Int16Array;
  address: number | null;
  school: number | null;
}

/** The weights files' scale (scripts/word-tagger-training.ts): a weight w is stored as round(w × SCALE). */
const SCALE = 1000;

export function placeTaggers(address: WordTaggerModel | null, school: WordTaggerModel | null): PlaceTaggers {
  const bits = address?.bits ?? school?.bits ?? 0;
  if (address !== null && school !== null && address.bits !== school.bits) throw new Error('the place taggers differ in size');
  const pair = new Int16Array(2 << bits);
  for (let f = 0; f < 1 << bits; f++) {
    const a = Math.round((address?.weights[f] ?? 0) * SCALE);
    const b = Math.round((school?.weights[f] ?? 0) * SCALE);
    if (Math.abs(a) > 32767 || Math.abs(b) > 32767) throw new Error('a place tagger weight does not fit 16 bits');
    pair[2 * f] = a;
    pair[2 * f + 1] = b;
  }
  return { bits, pair, address: address?.threshold ?? null, school: school?.threshold ?? null };
}

export const PLACE_TAGGERS: PlaceTaggers = placeTaggers(modelFromFile(addressData), modelFromFile(schoolData));

/** Below every rule's (the lowest, NAME, is 40): a rule's span and kind win an overlap. */
export const TAGGED_PLACE_PRIORITY = 30;

/** Short words a run of sure words may pass over: "Ty'n y Coed", "the Old Rectory", "Flat 2 of Elm Court". */
const RUN_BRIDGE = new Set(['the', 'of', 'y', 'yr', 'na', 'nan', 'an', 'le', 'la', 'de', 'du', 'st']);
/** A gap inside a run: spaces, a comma, a hyphen or a full stop of an abbreviation; never a new line. */
const RUN_GAP = /^[ \t]*[,.-]?[ \t]*$/;
/** What opens an address before its words: "22 ", "Flat 3, 12 ", "room 14 ", "no. 7 ", "the ". */
const ADDRESS_OPENING = /(?:(?:(?:flat|room|rm|unit|plot|pitch|apartment|apt|bedsit|no\.?|number)[ \t]?)?\d{1,4}[a-z]?[ \t]*,?[ \t]*)+$|(?:^|[^\p{L}])the[ \t]+$/iu;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
const HAS_DIGIT = /\d/;
const SCHOOL_OPENING = /(?:^|[^\p{L}])[Tt]he[ \t]+$/u;

/** Each tagger's runs of sure words in `tokens` (nameTokens(text), with their wordFeatures), pushed to `out` unless a look-alike veto refuses them. */
export function findTaggedPlaces(text: string, tokens: readonly Token[], features: WordFeatures, out: Candidate[], taggers: PlaceTaggers = PLACE_TAGGERS): void {
  const n = tokens.length;
  if (n === 0 || (taggers.address === null && taggers.school === null)) return;
  // the taggers' log-odds × SCALE for each scored word (a word not scored stays far below any threshold)
  const address = new Float32Array(n).fill(-Infinity);
  const school = new Float32Array(n).fill(-Infinity);
  const mask = (1 << taggers.bits) - 1;
  const { pair } = taggers;
  for (let i = 0; i < n; i++) {
    const offset = features.at[i] ?? -1;
    if (offset < 0) continue;
    let za = 0;
    let zs = 0;
    for (let k = offset, end = k + FEATURE_COUNT; k < end; k++) {
      const f = 2 * ((features.indices[k] ?? 0) & mask);
      za += pair[f] ?? 0;
      zs += pair[f + 1] ?? 0;
    }
    address[i] = za;
    school[i] = zs;
  }
  // where a rule has a candidate, a run would lose to it in resolution: such runs are not looked at
  const taken = new Uint8Array(text.length);
  for (const c of out) taken.fill(1, Math.max(0, c.start), Math.min(text.length, c.end));
  if (taggers.address !== null) pushRuns(text, tokens, address, logit(taggers.address), 'ADDRESS', taken, out);
  if (taggers.school !== null) pushRuns(text, tokens, school, logit(taggers.school), 'SCHOOL', taken, out);
}

/** p ≥ t exactly when the log-odds z ≥ logit(t) (here both × SCALE) */
const logit = (t: number): number => Math.log(t / (1 - t)) * SCALE;

function pushRuns(text: string, tokens: readonly Token[], p: Float32Array, threshold: number, kind: IdentifierKind, taken: Uint8Array, out: Candidate[]): void {
  // (p: the log-odds × SCALE, threshold: its logit × SCALE)
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    if ((p[i] ?? -Infinity) < threshold) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < n) {
      const t = tokens[j] as Token;
      if (!RUN_GAP.test(t.gapBefore)) break;
      if ((p[j] ?? -Infinity) >= threshold) {
        last = j;
        j++;
      } else if (RUN_BRIDGE.has(t.lower) && (p[j + 1] ?? -Infinity) >= threshold && RUN_GAP.test(tokens[j + 1]?.gapBefore ?? '\n')) {
        last = j + 1;
        j += 2;
      } else break;
    }
    // a head word just after the run belongs to it ("4 coastguard cottages")
    while (last + 1 < n && joined(tokens[last + 1]) && isPlaceHeadWord((tokens[last + 1] as Token).lower)) last++;
    const first = tokens[i] as Token;
    const end = (tokens[last] as Token).end;
    if (taken.subarray(first.start, end).includes(1)) {
      i = Math.max(j, last + 1);
      continue;
    }
    const opening = (kind === 'ADDRESS' ? ADDRESS_OPENING : SCHOOL_OPENING).exec(text.slice(Math.max(0, first.start - 24), first.start));
    let start = first.start - (opening?.[0].length ?? 0);
    while (start < first.start && !LETTER_OR_DIGIT.test(text[start] ?? '')) start++;
    const span = taggedSpan(text, tokens, i, last, start, end, kind);
    if (span !== null) out.push({ ...span, kind, priority: TAGGED_PLACE_PRIORITY });
    i = Math.max(j, last + 1);
  }
}

const capitalised = (t: Token | undefined): boolean => t !== undefined && (t.shape === 'title' || t.shape === 'upper');
const joined = (t: Token | undefined): boolean => t !== undefined && /^[ \t]$/.test(t.gapBefore);

/**
 * The span to report for the run tokens[first..last] (text[start, end)), or null where the rules know it is no one's
 * home or school. It is seen in the capitalised phrase it sits in ("Park" in "Park Road Masjid", "Cuthbert" in
 * "St Cuthbert's"):
 *  - a run of words that only say what kind of place it is, with no number ("Academy", "Farm", "the flat above"), names
 *    a place only by the capitalised words around it: the phrase is reported ("Glen Academy"), or nothing;
 *  - for a school, a saint or a dedication in a church's context ("the choir at Holy Cross", "the hall next to St Cuthbert's");
 *  - places-schools.ts' look-alikes: a place of worship, a football academy, a town, a landmark street, a soap, a venue.
 */
function taggedSpan(text: string, tokens: readonly Token[], first: number, last: number, start: number, end: number, kind: IdentifierKind): { start: number; end: number } | null {
  let a = first;
  while (a > 0 && joined(tokens[a]) && capitalised(tokens[a - 1]) && !(tokens[a - 1] as Token).possessive) a--;
  let b = last;
  while (!(tokens[b] as Token).possessive && joined(tokens[b + 1]) && capitalised(tokens[b + 1])) b++;
  const phrase = { start: Math.min(start, (tokens[a] as Token).start), end: Math.max(end, (tokens[b] as Token).end) };
  let span = { start, end };
  if (!HAS_DIGIT.test(text.slice(start, end)) && tokens.slice(first, last + 1).every((t) => isGenericPlaceWord(t.lower))) {
    if (!tokens.slice(a, b + 1).some((t) => !isGenericPlaceWord(t.lower))) return null;
    span = phrase;
  }
  const vetoed =
    kind === 'SCHOOL'
      ? isChurchDedication(text, phrase.start, phrase.end) || schoolLookAlike(text, span.start, span.end) || schoolLookAlike(text, phrase.start, phrase.end)
      : addressLookAlike(text, span.start, span.end) || addressLookAlike(text, phrase.start, phrase.end);
  return vetoed ? null : span;
}
