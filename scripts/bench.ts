/**
 * `npm run bench`: every benchmark the project has, a table each, JSON results in
 * bench-results/latest.json, and a last line of headline figures as key=value pairs.
 * Today: the identifier scanner. (Turn latency and the Decisions tab join as they are built.)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { benchScanner } from './bench-scanner.js';

const scanner = await benchScanner(5);
console.log('Identifier scanner (median of 5 rounds, one thread)');
console.log('size     scans/s     p50 ms    p99 ms    µs/KB (p50)');
for (const label of ['200B', '2KB', '20KB']) {
  const f = (k: string, d: number): string => (scanner[`${label}.${k}`] ?? 0).toFixed(d);
  console.log(`${label.padEnd(6)} ${f('scansPerSec', 0).padStart(9)} ${f('p50ms', 3).padStart(10)} ${f('p99ms', 3).padStart(9)} ${f('usPerKB', 0).padStart(12)}`);
}

const results = {
  at: new Date().toISOString(),
  machine: { node: process.version, cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown' },
  scanner,
};
await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('results written to bench-results/latest.json');
const headline = {
  scanner_2kb_p99_ms: (scanner['2KB.p99ms'] ?? 0).toFixed(3),
  scanner_2kb_scans_per_s: (scanner['2KB.scansPerSec'] ?? 0).toFixed(0),
  scanner_20kb_p99_ms: (scanner['20KB.p99ms'] ?? 0).toFixed(3),
};
console.log(Object.entries(headline).map(([k, v]) => `${k}=${v}`).join(' '));
