/**
 * Cold start of the built server: `node dist/main.js` on the embedded defaults, from spawning the
 * process to the first 200 from /readyz (and the CPU it had used by then), and its resident memory
 * (RSS) at ready and after the first scanned question (hi → Ask for advice → the form with
 * identifiers in the question: the scanner, the guidance and the cards have all run once). Also the
 * RSS of a bare `node` and of one that has only imported the scanner (dist/anonymise). Builds first
 * (`npm run build`) unless BENCH_COLD_START_NO_BUILD=1. `npm run bench` runs it; `npx tsx
 * scripts/bench-cold-start.ts` runs it alone. Targets: ready ≤ 1 s, RSS after the first question ≤ 180 MB.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeConnector } from '../test/kit/connector.js';
import { Chat } from '../test/kit/chat.js';
import { ASK } from '../test/kit/flows.js';
import { startBuiltApp } from '../test/kit/built-app.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

export interface ColdStart {
  runs: number;
  /** Medians over the runs. */
  readyMs: number;
  readyCpuMs: number;
  rssReadyMb: number;
  rssFirstQuestionMb: number;
  firstQuestionMs: number;
  /** Every run, in order. */
  samples: { readyMs: number; readyCpuMs: number; rssReadyMb: number; rssFirstQuestionMb: number; firstQuestionMs: number }[];
  /** RSS of `node -e ''` and of a node that has imported dist/anonymise (and scanned once). */
  bareNodeRssMb: number;
  scannerOnlyRssMb: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? Number.NaN;
};

function rssOfScript(source: string): number {
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', `${source}\nprocess.stdout.write(String(process.memoryUsage().rss))`], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  if (out.status !== 0) throw new Error(`measuring RSS failed: ${out.stderr}`);
  return Number(out.stdout) / 1024 / 1024;
}

export async function benchColdStart(runs = 5, options: { build?: boolean } = {}): Promise<ColdStart> {
  if (options.build ?? process.env.BENCH_COLD_START_NO_BUILD !== '1') execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const connector = await new FakeConnector().start();
  const samples: ColdStart['samples'] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'cold-start-'));
      const app = await startBuiltApp(root, { LOCAL_STORE_FILE: join(dir, 'local-cosmos.json'), SCHEDULER_INTERVAL_MS: '0' });
      try {
        const rssReadyMb = app.rssMb();
        const chat = new Chat(app, connector, { id: `29:cold-${i}`, aadObjectId: `c01d0000-0000-4000-8000-00000000000${i % 10}`, name: 'Cold Start' });
        const t0 = performance.now();
        const [welcome] = await chat.say('hi');
        const form = await chat.click(welcome!, 'advice.start');
        await chat.click(form, 'advice.submitForm', { ...ASK, question: `${ASK.question} Kacper Nowak (DOB 1/2/15) lives at 14 Beech Road, S2 4PL.` });
        const firstQuestionMs = performance.now() - t0;
        samples.push({ readyMs: app.readyMs, readyCpuMs: app.readyCpuMs, rssReadyMb, rssFirstQuestionMb: app.rssMb(), firstQuestionMs });
      } finally {
        await app.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await connector.stop();
  }
  return {
    runs,
    readyMs: median(samples.map((s) => s.readyMs)),
    readyCpuMs: median(samples.map((s) => s.readyCpuMs)),
    rssReadyMb: median(samples.map((s) => s.rssReadyMb)),
    rssFirstQuestionMb: median(samples.map((s) => s.rssFirstQuestionMb)),
    firstQuestionMs: median(samples.map((s) => s.firstQuestionMs)),
    samples,
    bareNodeRssMb: rssOfScript(''),
    scannerOnlyRssMb: rssOfScript("const m = await import('./dist/anonymise/index.js'); m.scanIdentifiers('Kacper Nowak, DOB 1/2/15, 14 Beech Road S2 4PL');"),
  };
}

export function formatColdStart(c: ColdStart): string {
  const f = (n: number): string => n.toFixed(0);
  return [
    `Cold start of node dist/main.js, embedded defaults (median of ${c.runs} runs; targets: ready ≤ 1000 ms, RSS after the first question ≤ 180 MB)`,
    'ready ms   CPU to ready ms   RSS at ready MB   first question ms   RSS after it MB',
    `${f(c.readyMs).padStart(8)} ${f(c.readyCpuMs).padStart(17)} ${f(c.rssReadyMb).padStart(17)} ${f(c.firstQuestionMs).padStart(19)} ${f(c.rssFirstQuestionMb).padStart(17)}`,
    `RSS of a bare node: ${f(c.bareNodeRssMb)} MB; of a node that only imported the scanner and scanned once: ${f(c.scannerOnlyRssMb)} MB`,
  ].join('\n');
}

export function coldStartHeadline(c: ColdStart): Record<string, string> {
  return {
    cold_start_ready_ms: c.readyMs.toFixed(0),
    cold_start_cpu_ms: c.readyCpuMs.toFixed(0),
    cold_start_rss_ready_mb: c.rssReadyMb.toFixed(0),
    cold_start_rss_first_question_mb: c.rssFirstQuestionMb.toFixed(0),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const c = await benchColdStart(Number(process.env.BENCH_COLD_START_RUNS ?? 5));
  console.log(formatColdStart(c));
  for (const s of c.samples) console.log(`  run: ready ${s.readyMs.toFixed(0)} ms, CPU ${s.readyCpuMs.toFixed(0)} ms, RSS ${s.rssReadyMb.toFixed(0)} → ${s.rssFirstQuestionMb.toFixed(0)} MB, first question ${s.firstQuestionMs.toFixed(0)} ms`);
  console.log(Object.entries(coldStartHeadline(c)).map(([k, v]) => `${k}=${v}`).join(' '));
}
