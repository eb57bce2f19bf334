/**
 * What the word taggers' trainers share (scripts/train-name-tagger.ts, scripts/train-place-taggers.ts): the read
 * corpora, one example per word the taggers score, logistic regression by AdaGrad, and the committed weights' format.
 * The sets in NEVER_READ are the honest held-out estimate (README, "Rounds"): no trainer ever reads them.
 * Training is deterministic: the same corpora give the same weights, byte for byte.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { nameTokens } from '../src/anonymise/names.js';
import { FEATURE_BITS, FEATURE_COUNT, featuresOf, lineLengths, taggerScores, type WordTaggerFile } from '../src/anonymise/name-tagger.js';
import type { IdentifierKind } from '../src/anonymise/index.js';
import { loadCorpus, type EvalItem } from './eval-identifiers.js';
import { seededRandom } from './seeded-random.js';

export const BLIND = 'test/fixtures/identifiers/blind';
/** Written by helpers who never saw the code, and never opened by this team: never trained on. */
export const NEVER_READ = [
  'heldout7', 'heldout13', 'heldout15', 'heldout17', 'heldout18', 'heldout19', 'heldout20', 'heldout21', 'heldout22',
  'heldout23', 'heldout24', 'heldout25', 'heldout26', 'heldout27', 'heldout28', 'heldout29', 'heldout30', 'heldout31',
  'heldout32', 'heldout33', 'heldout34', 'heldout35', 'heldout36', 'heldout37', 'heldout38', 'heldout39',
];
export const BITS = FEATURE_BITS;
const SCALE = 1000;
export const EPOCHS = 6;
/** features seen in fewer training words keep no weight */
const MIN_COUNT = 3;
export const RATE = 0.15;

/** The own corpus and every read blind set (never a NEVER_READ one). */
export function readSets(): { sets: string[]; items: EvalItem[] } {
  const sets = readdirSync(BLIND, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !NEVER_READ.includes(d.name))
    .map((d) => d.name)
    .sort();
  const items: EvalItem[] = loadCorpus('test/fixtures/identifiers/corpus.jsonl');
  for (const s of sets) items.push(...loadSet(s));
  if (sets.some((s) => NEVER_READ.includes(s))) throw new Error('a never-read set is in the training sets');
  return { sets: ['corpus', ...sets], items };
}

/** The items of one blind set (for a --dev run: summary figures only). */
export const loadSet = (set: string): EvalItem[] =>
  readdirSync(join(BLIND, set)).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) => loadCorpus(join(BLIND, set, f)));

export interface Examples {
  features: Int32Array;
  labels: Uint8Array;
  /** the item each example came from */
  item: Int32Array;
  count: number;
}

/** One example per word the taggers score: its features, and whether a gold identifier of `kind` covers it. */
export function examplesOf(items: readonly EvalItem[], kind: IdentifierKind): Examples {
  const feats: number[] = [];
  const labels: number[] = [];
  const owner: number[] = [];
  const mask = (1 << BITS) - 1;
  const buf = new Int32Array(FEATURE_COUNT);
  items.forEach((item, index) => {
    const tokens = nameTokens(item.text);
    const lines = lineLengths(tokens);
    const last = tokens[tokens.length - 1];
    const tail = last ? item.text.slice(last.end, last.end + 8) : '';
    const gold = item.entities.filter((e) => e.kind === kind);
    tokens.forEach((t, i) => {
      if (!taggerScores(t)) return;
      const count = featuresOf(tokens, i, lines, tail, mask, buf);
      if (count !== FEATURE_COUNT) throw new Error('feature count');
      for (let k = 0; k < count; k++) feats.push(buf[k] ?? 0);
      labels.push(gold.some((e) => e.start < t.end && t.start < e.end) ? 1 : 0);
      owner.push(index);
    });
  });
  return { features: Int32Array.from(feats), labels: Uint8Array.from(labels), item: Int32Array.from(owner), count: labels.length };
}

/** Logistic regression by AdaGrad over the examples `use` selects. */
export function train(ex: Examples, use: (itemIndex: number) => boolean): Float32Array {
  const w = new Float32Array(1 << BITS);
  const g2 = new Float32Array(1 << BITS);
  const order: number[] = [];
  for (let e = 0; e < ex.count; e++) if (use(ex.item[e] ?? 0)) order.push(e);
  // a feature seen in fewer than MIN_COUNT training words learns nothing that carries to new text (a word's one spelling)
  const seen = new Uint16Array(1 << BITS);
  for (const e of order) {
    for (let k = 0; k < FEATURE_COUNT; k++) {
      const f = ex.features[e * FEATURE_COUNT + k] ?? 0;
      if ((seen[f] ?? 0) < 65535) seen[f] = (seen[f] ?? 0) + 1;
    }
  }
  const rnd = seededRandom(20261204);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rnd() * (k + 1));
      [order[k], order[j]] = [order[j] as number, order[k] as number];
    }
    for (const e of order) {
      const base = e * FEATURE_COUNT;
      let z = 0;
      for (let k = 0; k < FEATURE_COUNT; k++) z += w[ex.features[base + k] ?? 0] ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - (ex.labels[e] ?? 0);
      if (g === 0) continue;
      for (let k = 0; k < FEATURE_COUNT; k++) {
        const f = ex.features[base + k] ?? 0;
        if ((seen[f] ?? 0) < MIN_COUNT) continue;
        const acc = (g2[f] ?? 0) + g * g;
        g2[f] = acc;
        w[f] = (w[f] ?? 0) - (RATE * g) / Math.sqrt(acc + 1e-8);
      }
    }
  }
  return w;
}

/** The weights as the committed file holds them: quantised, the non-zero ones only. */
export function toFile(w: Float32Array, threshold: number, trainedOn: unknown): WordTaggerFile {
  const idx: number[] = [];
  const ws: number[] = [];
  let prev = 0;
  for (let f = 0; f < w.length; f++) {
    const q = Math.round((w[f] ?? 0) * SCALE);
    if (q === 0) continue;
    idx.push(f - prev);
    ws.push(q);
    prev = f;
  }
  return { bits: BITS, threshold, scale: SCALE, trainedOn, idx, w: ws };
}

export const serialise = (file: WordTaggerFile): string => JSON.stringify(file) + '\n';

/** The weights file training on `items` for `kind` writes, as text. */
export function weightsText(sets: readonly string[], items: readonly EvalItem[], ex: Examples, threshold: number): string {
  return serialise(toFile(train(ex, () => true), threshold, { sets, items: items.length, words: ex.count, epochs: EPOCHS, rate: RATE }));
}
