/**
 * The trained name tagger: a second opinion on each word the name rules left unflagged, from evidence
 * spread over the word and its neighbours (the words either side, their case and word-list classes, the
 * punctuation between them, where the word sits in its line). It is a logistic regression over hashed
 * features, trained by scripts/train-name-tagger.ts on the corpora this team has read (never on the
 * held-out sets); the weights are committed in data/name-tagger.json, so a scan is deterministic and
 * nothing is downloaded. A word it scores above its threshold is flagged as a name cue, and then goes
 * through the same vetoes and neighbour rules as a word flagged by a rule (names.ts).
 *
 * Pure: the model is read once at import into a typed array and never changes. Cost: 30 hash look-ups for each word
 * scored, and a few short strings (the punctuation codes, the word's ends).
 */
import taggerData from './data/name-tagger.json' with { type: 'json' };
import type { Token } from './word-token.js';

export interface NameTaggerModel {
  /** the weight table has 2^bits entries */
  bits: number;
  weights: Float32Array;
  /** a word is a name cue when its probability is at least this */
  threshold: number;
}

/** The committed weights: `idx` holds the non-zero entries' indices as gaps from the previous one, `w` their weights × `scale`. */
export interface NameTaggerFile {
  bits: number;
  threshold: number;
  scale: number;
  idx: readonly number[];
  w: readonly number[];
  trainedOn?: unknown;
}

export function modelFromFile(file: NameTaggerFile): NameTaggerModel {
  const weights = new Float32Array(1 << file.bits);
  let at = 0;
  for (let k = 0; k < file.idx.length; k++) {
    at += file.idx[k] ?? 0;
    weights[at] = (file.w[k] ?? 0) / file.scale;
  }
  return { bits: file.bits, weights, threshold: file.threshold };
}

export const NAME_TAGGER: NameTaggerModel = modelFromFile(taggerData);

/** Which words the tagger scores at all: not the most frequent lower-case words, not words that are never names, not one letter. */
export function taggerScores(t: Token): boolean {
  return t.text.length >= 2 && !t.hardNever && !(t.func && t.shape === 'lower');
}

// FNV-1a over UTF-16 code units, 32 bits
const FNV_PRIME = 16777619;
const seed = (template: number): number => Math.imul(2166136261 ^ template, FNV_PRIME);
function mixStr(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
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
  const put = (h: number): void => {
    into[k++] = (h >>> 0) & mask;
  };
  put(seed(0));
  put(mixStr(seed(1), w));
  put(mixNum(mixStr(seed(2), w), sh));
  put(mixNum(seed(3), sh));
  put(mixNum(seed(4), cl));
  put(mixNum(mixNum(seed(5), cl), sh));
  put(mixNum(mixStr(seed(6), w.length > 3 ? w.slice(-3) : w), sh >> 1));
  put(mixNum(mixNum(seed(7), lenBucket(w.length)), sh));
  put(mixStr(seed(8), pw));
  put(mixStr(seed(9), nw));
  put(mixStr(seed(10), p2?.lower ?? BEGIN));
  put(mixStr(seed(11), n2?.lower ?? END));
  put(mixNum(mixStr(seed(12), pw), sh));
  put(mixNum(mixStr(seed(13), nw), sh));
  put(mixNum(mixStr(seed(14), pw), cl));
  put(mixNum(mixStr(seed(15), nw), cl));
  put(p === undefined ? seed(16) : mixNum(mixNum(seed(16), classCode(p)), shapeCode(p)));
  put(n === undefined ? seed(17) : mixNum(mixNum(seed(17), classCode(n)), shapeCode(n)));
  put(mixStr(seed(18), gb));
  put(mixStr(seed(19), ga));
  put(mixNum(mixStr(seed(20), gb), sh));
  put(mixNum(mixStr(seed(21), ga), sh));
  put(mixStr(mixStr(seed(22), pw), nw));
  put(mixNum(mixNum(mixNum(seed(23), lines[i] ?? 0), (lineStart ? 1 : 0) + (lineEnd ? 2 : 0)), sh));
  put(mixStr(mixStr(seed(24), gb), pw));
  put(mixStr(mixStr(seed(25), ga), nw));
  put(mixNum(mixStr(seed(26), ga), cl));
  put(mixNum(mixStr(seed(27), w.length > 2 ? w.slice(0, 3) : w), sh >> 1));
  put(n === undefined ? seed(28) : mixNum(mixNum(seed(28), classCode(n)), sh));
  put(p === undefined ? seed(29) : mixNum(mixNum(seed(29), classCode(p)), sh));
  return k;
}

const SCRATCH = new Int32Array(FEATURE_COUNT);

/** The tagger's probability that word i is (part of) a person's name. */
export function nameProbability(model: NameTaggerModel, tokens: readonly Token[], i: number, lines: Uint16Array, after: string): number {
  const count = featuresOf(tokens, i, lines, after, (1 << model.bits) - 1, SCRATCH);
  let z = 0;
  for (let k = 0; k < count; k++) z += model.weights[SCRATCH[k] ?? 0] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
