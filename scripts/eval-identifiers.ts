/**
 * Evaluate the identifier scanner against a labelled JSONL corpus.
 *   npm run eval:identifiers [-- --file path.jsonl] [-- --verbose] [-- --quiet]
 *   npm run eval:identifiers -- --file gold.jsonl --predictions scan-output.jsonl
 * With --predictions, the findings are read from `npm run --silent scan` output (one {"id","findings"} line
 * per item) instead of calling the scanner: the figures are then about exactly what `scan` printed.
 * --quiet prints only the summary and does not fail on the targets (for corpora other than our own).
 * A prediction is correct when it has the same kind as a gold entity and their spans overlap.
 * Exits 1 when a target is missed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IDENTIFIER_KINDS, scanIdentifiers, type IdentifierKind } from '../src/anonymise/index.js';

export interface EvalEntity {
  start: number;
  end: number;
  kind: IdentifierKind;
}
export interface EvalItem {
  id: string;
  text: string;
  entities: EvalEntity[];
}
export interface KindStats {
  gold: number;
  predicted: number;
  truePositives: number;
  matchedGold: number;
  exactGold: number;
  recall: number;
  precision: number;
  exactRate: number;
}
export interface EvalReport {
  items: number;
  cleanItems: number;
  cleanWithFinding: number;
  cleanFindingShare: number;
  /** items with at least one gold identifier */
  identifyingItems: number;
  /** identifying items in which every gold identifier was found */
  identifyingAllFound: number;
  identifyingAllFoundShare: number;
  perKind: Record<IdentifierKind, KindStats>;
  recall: number;
  precision: number;
  exactRate: number;
  nameRecall: number;
  misses: { id: string; kind: string; text: string }[];
  falsePositives: { id: string; kind: string; text: string }[];
}

export const TARGETS = { recall: 0.98, nameRecall: 0.96, precision: 0.9, cleanFindingShare: 0.05 } as const;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

export function loadCorpus(path: string): EvalItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as EvalItem);
}

export interface Prediction {
  start: number;
  end: number;
  kind: IdentifierKind;
  text: string;
}

const scanPredict = (item: EvalItem): Prediction[] => scanIdentifiers(item.text);

/** Predictions read from `scan` output lines, looked up by item id. */
export function loadPredictions(path: string): Map<string, Prediction[]> {
  const byId = new Map<string, Prediction[]>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { id: string; findings: { start: number; end: number; kind: IdentifierKind }[] };
    byId.set(row.id, row.findings.map((f) => ({ ...f, text: '' })));
  }
  return byId;
}

export function evaluate(items: readonly EvalItem[], predict: (item: EvalItem) => Prediction[] = scanPredict): EvalReport {
  const stats = Object.fromEntries(
    IDENTIFIER_KINDS.map((k) => [k, { gold: 0, predicted: 0, truePositives: 0, matchedGold: 0, exactGold: 0 }]),
  ) as Record<IdentifierKind, Omit<KindStats, 'recall' | 'precision' | 'exactRate'>>;
  let cleanItems = 0;
  let cleanWithFinding = 0;
  let identifyingItems = 0;
  let identifyingAllFound = 0;
  const misses: EvalReport['misses'] = [];
  const falsePositives: EvalReport['falsePositives'] = [];
  for (const item of items) {
    const found = predict(item).map((f) => ({ ...f, text: item.text.slice(f.start, f.end) }));
    if (item.entities.length === 0) {
      cleanItems++;
      if (found.length > 0) cleanWithFinding++;
    } else identifyingItems++;
    let allFound = true;
    for (const g of item.entities) {
      const s = stats[g.kind];
      s.gold++;
      const match = found.filter((f) => f.kind === g.kind && overlaps(f, g));
      if (match.length > 0) {
        s.matchedGold++;
        if (match.some((f) => f.start === g.start && f.end === g.end)) s.exactGold++;
      } else {
        allFound = false;
        misses.push({ id: item.id, kind: g.kind, text: item.text.slice(g.start, g.end) });
      }
    }
    if (item.entities.length > 0 && allFound) identifyingAllFound++;
    for (const f of found) {
      const s = stats[f.kind];
      s.predicted++;
      if (item.entities.some((g) => g.kind === f.kind && overlaps(f, g))) s.truePositives++;
      else falsePositives.push({ id: item.id, kind: f.kind, text: f.text });
    }
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  const perKind = Object.fromEntries(
    IDENTIFIER_KINDS.map((k) => {
      const s = stats[k];
      return [
        k,
        { ...s, recall: ratio(s.matchedGold, s.gold), precision: ratio(s.truePositives, s.predicted), exactRate: ratio(s.exactGold, s.gold) },
      ];
    }),
  ) as Record<IdentifierKind, KindStats>;
  const sum = (f: (s: KindStats) => number): number => IDENTIFIER_KINDS.reduce((a, k) => a + f(perKind[k]), 0);
  return {
    items: items.length,
    cleanItems,
    cleanWithFinding,
    cleanFindingShare: ratio(cleanWithFinding, cleanItems),
    identifyingItems,
    identifyingAllFound,
    identifyingAllFoundShare: ratio(identifyingAllFound, identifyingItems),
    perKind,
    recall: ratio(sum((s) => s.matchedGold), sum((s) => s.gold)),
    precision: ratio(sum((s) => s.truePositives), sum((s) => s.predicted)),
    exactRate: ratio(sum((s) => s.exactGold), sum((s) => s.gold)),
    nameRecall: perKind.NAME.recall,
    misses,
    falsePositives,
  };
}

export function targetFailures(r: EvalReport): string[] {
  const fails: string[] = [];
  if (r.recall < TARGETS.recall) fails.push(`overall recall ${r.recall.toFixed(3)} < ${TARGETS.recall}`);
  if (r.nameRecall < TARGETS.nameRecall) fails.push(`NAME recall ${r.nameRecall.toFixed(3)} < ${TARGETS.nameRecall}`);
  if (r.precision < TARGETS.precision) fails.push(`precision ${r.precision.toFixed(3)} < ${TARGETS.precision}`);
  if (r.cleanFindingShare > TARGETS.cleanFindingShare) {
    fails.push(`clean items with a finding ${(r.cleanFindingShare * 100).toFixed(1)}% > ${TARGETS.cleanFindingShare * 100}%`);
  }
  return fails;
}

export function formatReport(r: EvalReport): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);
  const lines = [`items ${r.items} (clean ${r.cleanItems})`, 'kind          gold  pred  recall  precis   exact'];
  for (const k of IDENTIFIER_KINDS) {
    const s = r.perKind[k];
    lines.push(`${k.padEnd(12)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} ${pct(s.recall)} ${pct(s.precision)} ${pct(s.exactRate)}`);
  }
  lines.push(`${'OVERALL'.padEnd(12)} ${''.padStart(11)} ${pct(r.recall)} ${pct(r.precision)} ${pct(r.exactRate)}`);
  lines.push(`NAME recall ${pct(r.nameRecall)}`);
  lines.push(`clean items with any finding: ${r.cleanWithFinding}/${r.cleanItems} = ${pct(r.cleanFindingShare)}`);
  lines.push(`identifying items with every identifier found: ${r.identifyingAllFound}/${r.identifyingItems} = ${pct(r.identifyingAllFoundShare)}`);
  return lines.join('\n');
}

/** One line: the five headline figures. */
export function formatSummary(r: EvalReport): string {
  const f = (x: number): string => x.toFixed(3);
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  return (
    `items=${r.items} recall=${f(r.recall)} nameRecall=${f(r.nameRecall)} precision=${f(r.precision)} ` +
    `allFound=${pct(r.identifyingAllFoundShare)} (${r.identifyingAllFound}/${r.identifyingItems}) ` +
    `cleanFlagged=${pct(r.cleanFindingShare)} (${r.cleanWithFinding}/${r.cleanItems})`
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const fileIdx = args.indexOf('--file');
  const defaultPath = fileURLToPath(new URL('../test/fixtures/identifiers/corpus.jsonl', import.meta.url));
  const path = fileIdx >= 0 ? (args[fileIdx + 1] ?? defaultPath) : defaultPath;
  const predIdx = args.indexOf('--predictions');
  const predPath = predIdx >= 0 ? args[predIdx + 1] : undefined;
  let predict = scanPredict;
  if (predPath !== undefined) {
    const byId = loadPredictions(predPath);
    predict = (item) => {
      const p = byId.get(item.id);
      if (p === undefined) throw new Error(`no prediction for item ${item.id} in ${predPath}`);
      return p;
    };
  }
  const report = evaluate(loadCorpus(path), predict);
  if (args.includes('--quiet')) {
    console.log(formatSummary(report));
    return;
  }
  console.log(formatReport(report));
  console.log(formatSummary(report));
  if (args.includes('--verbose')) {
    for (const m of report.misses) console.log(`MISS ${m.id} ${m.kind} ${JSON.stringify(m.text)}`);
    for (const f of report.falsePositives) console.log(`FP   ${f.id} ${f.kind} ${JSON.stringify(f.text)}`);
  }
  const fails = targetFailures(report);
  if (fails.length > 0) {
    console.error(`targets missed:\n  ${fails.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('all targets met');
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
