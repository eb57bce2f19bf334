/**
 * Train the address and school taggers (src/anonymise/place-tagger.ts) on the corpora this team has read, and write
 * their weights.
 *   npm run train:place-taggers                    train on every read set; write src/anonymise/data/{address,school}-tagger.json
 *   npm run train:place-taggers -- --dev a,b       train, then score never-read sets (summary lines only): the scanner
 *                                                  without the place taggers, then each tagger alone and both, per threshold
 * The sets in NEVER_READ (word-tagger-training.ts) are the honest held-out estimate: the script never trains on them.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { scanWithTaggers } from '../src/anonymise/index.js';
import { modelFromFile, type WordTaggerFile, type WordTaggerModel } from '../src/anonymise/name-tagger.js';
import { placeTaggers } from '../src/anonymise/place-tagger.js';
import { evaluate, formatSummary, type EvalItem } from './eval-identifiers.js';
import { BITS, examplesOf, loadSet, readSets, toFile, train, weightsText, type Examples } from './word-tagger-training.js';

/** Each tagger's threshold, written into its weights file: chosen on the dev sets (README, Round 21). */
export const PLACE_TAGGERS = {
  ADDRESS: { file: 'src/anonymise/data/address-tagger.json', threshold: 0.7 },
  SCHOOL: { file: 'src/anonymise/data/school-tagger.json', threshold: 0.7 },
} as const;
type PlaceKind = keyof typeof PLACE_TAGGERS;
const KINDS = Object.keys(PLACE_TAGGERS) as PlaceKind[];
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9];

/** The weights file that training on today's read sets writes for `kind`, as text (the test compares it with the committed one). */
export function retrainedPlaceWeightsText(kind: PlaceKind): string {
  const { sets, items } = readSets();
  return weightsText(sets, items, examplesOf(items, kind), PLACE_TAGGERS[kind].threshold);
}

function main(): void {
  const { values } = parseArgs({ options: { dev: { type: 'string' } } });
  const { sets, items } = readSets();
  const examples = new Map<PlaceKind, Examples>(KINDS.map((k) => [k, examplesOf(items, k)]));
  for (const [k, ex] of examples) console.log(`${k}: ${items.length} items from ${sets.length} sets; ${ex.count} words scored, ${ex.labels.reduce((a, b) => a + b, 0)} in spans`);
  if (values.dev !== undefined) {
    const dev = values.dev.split(',').flatMap(loadSet);
    // the weights as the files would hold them: quantised and pruned
    const weights = new Map(KINDS.map((k) => [k, modelFromFile(toFile(train(examples.get(k) as Examples, () => true), 0.5, null)).weights]));
    const model = (k: PlaceKind, t: number | null): WordTaggerModel | null => (t === null ? null : { bits: BITS, weights: weights.get(k) as Float32Array, threshold: t });
    const line = (label: string, address: number | null, school: number | null): void => {
      const places = address === null && school === null ? null : placeTaggers(model('ADDRESS', address), model('SCHOOL', school));
      const scan = (item: EvalItem) => scanWithTaggers(item.text, { places });
      console.log(label.padEnd(22), formatSummary(evaluate(dev, scan)));
    };
    line('no place taggers', null, null);
    for (const t of THRESHOLDS) line(`address ≥ ${t}`, t, null);
    for (const t of THRESHOLDS) line(`school ≥ ${t}`, null, t);
    for (const t of THRESHOLDS) line(`both ≥ ${t}`, t, t);
    return;
  }
  for (const k of KINDS) {
    const text = weightsText(sets, items, examples.get(k) as Examples, PLACE_TAGGERS[k].threshold);
    const file = JSON.parse(text) as WordTaggerFile;
    modelFromFile(file); // (the file loads)
    writeFileSync(PLACE_TAGGERS[k].file, text);
    console.log(`wrote ${PLACE_TAGGERS[k].file}: ${file.idx.length} weights, threshold ${file.threshold}`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
