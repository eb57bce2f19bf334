/**
 * The trained name tagger: a second opinion on each word the name rules left unflagged, from evidence
 * spread over the word and its neighbours (the words either side, their case and word-list classes, the
 * punctuation between them, where the word sits in its line). It is a logistic regression over hashed
 * features, trained by scripts/train-name-tagger.ts on the corpora this team has read (never on the
 * held-out sets); the weights are committed in data/name-tagger.json, so a scan is deterministic and
 * nothing is downloaded. A word it scores above its threshold is flagged as a name cue, and then goes
 * through the same vetoes and neighbour rules as a word flagged by a rule (names.ts).
 *
 * Pure: the model is read once at import into a typed array and never changes. Cost: 30 hashed features for each word
 * scored (computed once per scan for every tagger: wordFeatures), and a few short strings (the punctuation codes, the word's ends).
 */
import taggerData from './data/name-tagger.json' with { type: 'json' };
import type { Token } from './word-token.js';

/** A word tagger: the name tagger here, the address and school taggers (place-tagger.ts) share its features. */
export interface WordTaggerModel {
  /** the weight table has 2^bits entries */
  bits: number;
  weights: Float32Array;
  /** a word is taken (a name cue, a word of an address…) when its probability is at least this */
  threshold: number;
}

/** The committed weights: `idx` holds the non-zero entries' indices as gaps from the previous one, `w` their weights × `scale`. */
export interface WordTaggerFile {
  bits: number;
  threshold: number;
  scale: number;
  idx: readonly number[];
  w: readonly number[];
  trainedOn?: unknown;
}

export function modelFromFile(file: WordTaggerFile): WordTaggerModel {
  const weights = new Float32Array(1 << file.bits);
  let at = 0;
  for (let k = 0; k < file.idx.length; k++) {
    at += file.idx[k] ?? 0;
    weights[at] = (file.w[k] ?? 0) / file.scale;
  }
  return { bits: file.bits, weights, threshold: file.threshold };
}

export const NAME_TAGGER: WordTaggerModel = modelFromFile(taggerData);

/** Which words the tagger scores at all: not the most frequent lower-case words, not words that are never names, not one letter. */
export function taggerScores(t: Token): boolean {
  return t.text.length >= 2 && !t.hardNever && !(t.func && t.shape === 'lower');
}

// FNV-1a over UTF-16 code units, 32 bits
const FNV_PRIME = 16777619;
const seed = (template: number): number => Math.imul(2166136261 ^ template, FNV_PRIME);
function mixStr(h: number, s: string): number {
  return mixRange(h, s, 0, s.length);
}
/** mixStr of s.slice(from, to), without the slice */
function mixRange(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return Math.imul(h ^ 0x1f, FNV_PRIME);
}
const mixNum = (h: number, n: number): number => Math.imul(h ^ (n + 0x9e37), FNV_PRIME);

const SHAPES = { title: 0, upper: 1, lower: 2, mixed: 3 } as const;
/** case and whether the word opens a sentence */
const shapeCode = (t: Token): number => SHAPES[t.shape] * 2 + (t.sentenceStart ? 1 : 0);
/** the word-list classes as one number */
const classCode = (t: Token): number =>
  (t.first ? 1 : 0) | (t.surname ? 2 : 0) | (t.common ? 4 : 0) | (t.proper ? 8 : 0) | (t.func ? 16 : 0) |
  (t.softNever ? 32 : 0) | (t.properOnly ? 64 : 0) | (t.place ? 128 : 0) | (t.vehicle ? 256 : 0) |
  (t.worldCity ? 512 : 0) | (t.registered ? 1024 : 0) | (t.possessive ? 2048 : 0);

/**
 * The punctuation between two words as a short code: spaces and tabs one " ", newlines one "\n", digits "0",
 * letters "a" (of a word the tokenizer did not take, as in "(Y8)"), runs of the same code once; at most `max`
 * codes, taken from the end (before a word) or from the start (after one).
 */
function gapCode(gap: string, max: number, fromEnd: boolean): string {
  if (gap === ' ') return ' ';
  let out = '';
  let last = '';
  const n = gap.length;
  for (let k = 0; k < n && out.length < max; k++) {
    const ch = gap[fromEnd ? n - 1 - k : k] ?? '';
    const c = ch.charCodeAt(0);
    let code: string;
    if (ch === '\n') code = '\n';
    else if (c === 32 || c === 9 || c === 13) code = ' ';
    else if (c >= 48 && c <= 57) code = '0';
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf) code = 'a';
    else code = ch;
    if (code === last) continue;
    out = fromEnd ? code + out : out + code;
    last = code;
  }
  return out;
}

const lenBucket = (n: number): number => (n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : 6);

/** How many words each line has, for each token (sign-offs and greetings sit on short lines). */
export function lineLengths(tokens: readonly Token[]): Uint16Array {
  const out = new Uint16Array(tokens.length);
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (i === tokens.length || (i > 0 && t !== undefined && t.gapBefore.includes('\n'))) {
      const len = Math.min(i - start, 9);
      for (let k = start; k < i; k++) out[k] = len;
      start = i;
    }
  }
  return out;
}

const BEGIN = '<s>';
const END = '</s>';

/**
 * The feature indices of word i, written into `into` (at least FEATURE_COUNT long); returns how many.
 * `after` is the text just after the last word (for the final word's following punctuation).
 */
export const FEATURE_COUNT = 30;
export function featuresOf(tokens: readonly Token[], i: number, lines: Uint16Array, after: string, mask: number, into: Int32Array): number {
  const t = tokens[i] as Token;
  const p = tokens[i - 1];
  const p2 = tokens[i - 2];
  const n = tokens[i + 1];
  const n2 = tokens[i + 2];
  const w = t.lower;
  const pw = p?.lower ?? BEGIN;
  const nw = n?.lower ?? END;
  const sh = shapeCode(t);
  const cl = classCode(t);
  const gb = gapCode(t.gapBefore, 4, true);
  const ga = gapCode(n?.gapBefore ?? after, 4, false);
  const lineStart = i === 0 || t.gapBefore.includes('\n');
  const lineEnd = n === undefined || n.gapBefore.includes('\n');
  let k = 0;
  into[k++] = seed(0) & mask;
  into[k++] = mixStr(seed(1), w) & mask;
  into[k++] = mixNum(mixStr(seed(2), w), sh) & mask;
  into[k++] = mixNum(seed(3), sh) & mask;
  into[k++] = mixNum(seed(4), cl) & mask;
  into[k++] = mixNum(mixNum(seed(5), cl), sh) & mask;
  into[k++] = (mixNum(mixRange(seed(6), w, w.length > 3 ? w.length - 3 : 0, w.length), sh >> 1)) & mask;
  into[k++] = mixNum(mixNum(seed(7), lenBucket(w.length)), sh) & mask;
  into[k++] = mixStr(seed(8), pw) & mask;
  into[k++] = mixStr(seed(9), nw) & mask;
  into[k++] = mixStr(seed(10), p2?.lower ?? BEGIN) & mask;
  into[k++] = mixStr(seed(11), n2?.lower ?? END) & mask;
  into[k++] = mixNum(mixStr(seed(12), pw), sh) & mask;
  into[k++] = mixNum(mixStr(seed(13), nw), sh) & mask;
  into[k++] = mixNum(mixStr(seed(14), pw), cl) & mask;
  into[k++] = mixNum(mixStr(seed(15), nw), cl) & mask;
  into[k++] = (p === undefined ? seed(16) : mixNum(mixNum(seed(16), classCode(p)), shapeCode(p))) & mask;
  into[k++] = (n === undefined ? seed(17) : mixNum(mixNum(seed(17), classCode(n)), shapeCode(n))) & mask;
  into[k++] = mixStr(seed(18), gb) & mask;
  into[k++] = mixStr(seed(19), ga) & mask;
  into[k++] = mixNum(mixStr(seed(20), gb), sh) & mask;
  into[k++] = mixNum(mixStr(seed(21), ga), sh) & mask;
  into[k++] = mixStr(mixStr(seed(22), pw), nw) & mask;
  into[k++] = (mixNum(mixNum(mixNum(seed(23), lines[i] ?? 0), (lineStart ? 1 : 0) + (lineEnd ? 2 : 0)), sh)) & mask;
  into[k++] = mixStr(mixStr(seed(24), gb), pw) & mask;
  into[k++] = mixStr(mixStr(seed(25), ga), nw) & mask;
  into[k++] = mixNum(mixStr(seed(26), ga), cl) & mask;
  into[k++] = (mixNum(mixRange(seed(27), w, 0, w.length > 2 ? 3 : w.length), sh >> 1)) & mask;
  into[k++] = (n === undefined ? seed(28) : mixNum(mixNum(seed(28), classCode(n)), sh)) & mask;
  into[k++] = (p === undefined ? seed(29) : mixNum(mixNum(seed(29), classCode(p)), sh)) & mask;
  return k;
}

/** The features of every word the taggers score, computed once per scan and shared by the name and place taggers. */
export interface WordFeatures {
  /** FEATURE_COUNT indices (2^FEATURE_BITS - 1 masked) for each word scored, one word after another */
  indices: Int32Array;
  /** where word i's features start in `indices`, or -1 for a word the taggers do not score (taggerScores) */
  at: Int32Array;
}

/** Every tagger's table has 2^FEATURE_BITS entries (the trainers' BITS). */
export const FEATURE_BITS = 18;

export function wordFeatures(tokens: readonly Token[], text: string): WordFeatures {
  const n = tokens.length;
  const at = new Int32Array(n).fill(-1);
  let count = 0;
  for (let i = 0; i < n; i++) if (taggerScores(tokens[i] as Token)) at[i] = FEATURE_COUNT * count++;
  // (only the scored words take room: a long run of one-letter words costs nothing here)
  const indices = new Int32Array(count * FEATURE_COUNT);
  if (count === 0) return { indices, at };
  const lines = lineLengths(tokens);
  const lastEnd = (tokens[n - 1] as Token).end;
  const tail = text.slice(lastEnd, lastEnd + 8);
  const mask = (1 << FEATURE_BITS) - 1;
  const buf = new Int32Array(FEATURE_COUNT);
  for (let i = 0; i < n; i++) {
    const offset = at[i] ?? -1;
    if (offset < 0) continue;
    featuresOf(tokens, i, lines, tail, mask, buf);
    indices.set(buf, offset);
  }
  return { indices, at };
}

/** A tagger's probability that word i (scored in `features`: at[i] ≥ 0) is part of what it tags (the name tagger: a person's name). */
export function wordProbability(model: WordTaggerModel, features: WordFeatures, i: number): number {
  const m = (1 << model.bits) - 1;
  let z = 0;
  for (let k = features.at[i] ?? 0, end = k + FEATURE_COUNT; k < end; k++) z += model.weights[(features.indices[k] ?? 0) & m] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
