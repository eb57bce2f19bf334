/**
 * Train the name tagger (src/anonymise/name-tagger.ts) on the corpora this team has read, and write its weights.
 *   npm run train:name-tagger                      train on every read set; write src/anonymise/data/name-tagger.json
 *   npm run train:name-tagger -- --cv 5            cross-validate on the read sets: for each threshold, the scanner's
 *                                                  figures on the held fold, the rules alone against rules + tagger
 * The sets in NEVER_READ are the honest held-out estimate (README, "Rounds"): the script never trains on them.
 * Training is deterministic: the same corpora give the same weights, byte for byte.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { nameTokens } from '../src/anonymise/names.js';
import { scanWithNameTagger } from '../src/anonymise/index.js';
import { FEATURE_COUNT, featuresOf, lineLengths, modelFromFile, taggerScores, type NameTaggerFile, type NameTaggerModel } from '../src/anonymise/name-tagger.js';
import { evaluate, formatSummary, loadCorpus, type EvalItem } from './eval-identifiers.js';
import { seededRandom } from './seeded-random.js';

const BLIND = 'test/fixtures/identifiers/blind';
/** Written by helpers who never saw the code, and never opened by this team: never trained on. */
export const NEVER_READ = [
  'heldout7', 'heldout13', 'heldout15', 'heldout17', 'heldout18', 'heldout19', 'heldout20', 'heldout21', 'heldout22',
  'heldout23', 'heldout24', 'heldout25', 'heldout26', 'heldout27', 'heldout28', 'heldout29', 'heldout30', 'heldout31',
  'heldout32', 'heldout33', 'heldout34',
];
const BITS = 18;
const SCALE = 1000;
const EPOCHS = 6;
/** features seen in fewer training words keep no weight */
const MIN_COUNT = 3;
const RATE = 0.15;
/** The name tagger's threshold, written into its weights file: chosen on the dev sets (README, Round 20). */
export const THRESHOLD = 0.6;
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];

function readSets(): { sets: string[]; items: EvalItem[] } {
  const sets = readdirSync(BLIND, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !NEVER_READ.includes(d.name))
    .map((d) => d.name)
    .sort();
  const items: EvalItem[] = loadCorpus('test/fixtures/identifiers/corpus.jsonl');
  for (const s of sets) {
    for (const f of readdirSync(join(BLIND, s)).filter((f) => f.endsWith('.jsonl')).sort()) items.push(...loadCorpus(join(BLIND, s, f)));
  }
  return { sets: ['corpus', ...sets], items };
}

interface Examples {
  features: Int32Array;
  labels: Uint8Array;
  /** the item each example came from */
  item: Int32Array;
  count: number;
}

/** One example per word the tagger scores: its features, and whether a gold NAME covers it. */
function examplesOf(items: readonly EvalItem[]): Examples {
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
    const names = item.entities.filter((e) => e.kind === 'NAME');
    tokens.forEach((t, i) => {
      if (!taggerScores(t)) return;
      const count = featuresOf(tokens, i, lines, tail, mask, buf);
      if (count !== FEATURE_COUNT) throw new Error('feature count');
      for (let k = 0; k < count; k++) feats.push(buf[k] ?? 0);
      labels.push(names.some((e) => e.start < t.end && t.start < e.end) ? 1 : 0);
      owner.push(index);
    });
  });
  return { features: Int32Array.from(feats), labels: Uint8Array.from(labels), item: Int32Array.from(owner), count: labels.length };
}

/** Logistic regression by AdaGrad over the examples `use` selects. */
function train(ex: Examples, use: (itemIndex: number) => boolean): Float32Array {
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

function toFile(w: Float32Array, threshold: number, trainedOn: unknown): NameTaggerFile {
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

const fnv = (s: string): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
};

export const WEIGHTS_FILE = 'src/anonymise/data/name-tagger.json';
const serialise = (file: NameTaggerFile): string => JSON.stringify(file) + '\n';

/** The weights file that training on today's read sets writes, as text (the test compares it with the committed one). */
export function retrainedWeightsText(): string {
  const { sets, items } = readSets();
  return weightsText(sets, items, examplesOf(items));
}

const weightsText = (sets: readonly string[], items: readonly EvalItem[], ex: Examples): string =>
  serialise(toFile(train(ex, () => true), THRESHOLD, { sets, items: items.length, words: ex.count, epochs: EPOCHS, rate: RATE }));

function main(): void {
  const { values } = parseArgs({ options: { cv: { type: 'string' }, dev: { type: 'string' } } });
  const { sets, items } = readSets();
  if (sets.some((s) => NEVER_READ.includes(s))) throw new Error('a never-read set is in the training sets');
  const ex = examplesOf(items);
  const positives = ex.labels.reduce((a, b) => a + b, 0);
  console.log(`${items.length} items from ${sets.length} sets; ${ex.count} words scored, ${positives} in names`);
  if (values.dev !== undefined) {
    // train on every read set, then score never-read sets named on the command line (summary figures only)
    // (the weights as the file would hold them: quantised and pruned)
    const { weights } = modelFromFile(toFile(train(ex, () => true), 0.5, null));
    const dev = values.dev.split(',').flatMap((s) =>
      readdirSync(join(BLIND, s)).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) => loadCorpus(join(BLIND, s, f))),
    );
    for (const t of [null, ...THRESHOLDS]) {
      const model: NameTaggerModel | null = t === null ? null : { bits: BITS, weights, threshold: t };
      const report = evaluate(dev, (item) => scanWithNameTagger(item.text, model));
      console.log(`${t === null ? 'rules alone' : `tagger ≥ ${t}`}`.padEnd(14), formatSummary(report));
    }
    return;
  }
  if (values.cv !== undefined) {
    const k = Number(values.cv);
    const fold = items.map((it) => fnv(it.id) % k);
    const heldItems = (f: number): EvalItem[] => items.filter((_, i) => fold[i] === f);
    const all = new Map<number | null, { item: EvalItem; found: ReturnType<typeof scanWithNameTagger> }[]>();
    for (let f = 0; f < k; f++) {
      const weights = train(ex, (i) => fold[i] !== f);
      for (const t of [null, ...THRESHOLDS]) {
        const model: NameTaggerModel | null = t === null ? null : { bits: BITS, weights, threshold: t };
        const rows = all.get(t) ?? [];
        for (const item of heldItems(f)) rows.push({ item, found: scanWithNameTagger(item.text, model) });
        all.set(t, rows);
      }
      console.log(`fold ${f + 1}/${k} done`);
    }
    for (const [t, rows] of all) {
      const byId = new Map(rows.map((r) => [r.item.id, r.found]));
      const report = evaluate(rows.map((r) => r.item), (item) => byId.get(item.id) ?? []);
      console.log(`${t === null ? 'rules alone' : `tagger ≥ ${t}`}`.padEnd(14), formatSummary(report));
    }
    return;
  }
  const text = weightsText(sets, items, ex);
  const file = JSON.parse(text) as NameTaggerFile;
  modelFromFile(file); // (the file loads)
  writeFileSync(WEIGHTS_FILE, text);
  console.log(`wrote ${WEIGHTS_FILE}: ${file.idx.length} weights, threshold ${file.threshold}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
