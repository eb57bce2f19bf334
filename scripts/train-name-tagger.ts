/**
 * Train the name tagger (src/anonymise/name-tagger.ts) on the corpora this team has read, and write its weights.
 *   npm run train:name-tagger                      train on every read set; write src/anonymise/data/name-tagger.json
 *   npm run train:name-tagger -- --dev a,b         train, then score never-read sets (summary lines only) per threshold
 *   npm run train:name-tagger -- --cv 5            cross-validate on the read sets: for each threshold, the scanner's
 *                                                  figures on the held fold, the rules alone against rules + tagger
 * The sets in NEVER_READ (word-tagger-training.ts) are the honest held-out estimate: the script never trains on them.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { scanWithTaggers } from '../src/anonymise/index.js';
import { modelFromFile, type WordTaggerFile, type WordTaggerModel } from '../src/anonymise/name-tagger.js';
import { evaluate, formatSummary, type EvalItem } from './eval-identifiers.js';
import { BITS, NEVER_READ, examplesOf, loadSet, readSets, toFile, train, weightsText } from './word-tagger-training.js';

export { NEVER_READ };
/** The name tagger's threshold, written into its weights file: chosen on the dev sets (README, Round 20). */
export const THRESHOLD = 0.6;
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];

const fnv = (s: string): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
};

export const WEIGHTS_FILE = 'src/anonymise/data/name-tagger.json';

/** The weights file that training on today's read sets writes, as text (the test compares it with the committed one). */
export function retrainedWeightsText(): string {
  const { sets, items } = readSets();
  return weightsText(sets, items, examplesOf(items, 'NAME'), THRESHOLD);
}

// the other taggers stay as committed: this script measures the name tagger alone
const withName = (name: WordTaggerModel | null) => (item: EvalItem) => scanWithTaggers(item.text, { name });

function main(): void {
  const { values } = parseArgs({ options: { cv: { type: 'string' }, dev: { type: 'string' } } });
  const { sets, items } = readSets();
  const ex = examplesOf(items, 'NAME');
  const positives = ex.labels.reduce((a, b) => a + b, 0);
  console.log(`${items.length} items from ${sets.length} sets; ${ex.count} words scored, ${positives} in names`);
  if (values.dev !== undefined) {
    // train on every read set, then score never-read sets named on the command line (summary figures only)
    // (the weights as the file would hold them: quantised and pruned)
    const { weights } = modelFromFile(toFile(train(ex, () => true), 0.5, null));
    const dev = values.dev.split(',').flatMap(loadSet);
    for (const t of [null, ...THRESHOLDS]) {
      const model: WordTaggerModel | null = t === null ? null : { bits: BITS, weights, threshold: t };
      console.log(`${t === null ? 'rules alone' : `tagger ≥ ${t}`}`.padEnd(14), formatSummary(evaluate(dev, withName(model))));
    }
    return;
  }
  if (values.cv !== undefined) {
    const k = Number(values.cv);
    const fold = items.map((it) => fnv(it.id) % k);
    const heldItems = (f: number): EvalItem[] => items.filter((_, i) => fold[i] === f);
    const all = new Map<number | null, { item: EvalItem; found: ReturnType<typeof scanWithTaggers> }[]>();
    for (let f = 0; f < k; f++) {
      const weights = train(ex, (i) => fold[i] !== f);
      for (const t of [null, ...THRESHOLDS]) {
        const model: WordTaggerModel | null = t === null ? null : { bits: BITS, weights, threshold: t };
        const rows = all.get(t) ?? [];
        for (const item of heldItems(f)) rows.push({ item, found: withName(model)(item) });
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
  const text = weightsText(sets, items, ex, THRESHOLD);
  const file = JSON.parse(text) as WordTaggerFile;
  modelFromFile(file); // (the file loads)
  writeFileSync(WEIGHTS_FILE, text);
  console.log(`wrote ${WEIGHTS_FILE}: ${file.idx.length} weights, threshold ${file.threshold}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
