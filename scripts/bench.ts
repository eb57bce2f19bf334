/**
 * `npm run bench`: every benchmark the project has, a table each, JSON results in
 * bench-results/latest.json, and a last line of headline figures as key=value pairs:
 * turns through the real endpoint beside a bare echo bot (1, 10, 50 conversations; BENCH_TURNS_SOAK=300
 * adds the 5-minute soak; BENCH_TURNS_LEVELS, _SECONDS and _WARMUP shorten it for a smoke run), store round trips per action (BENCH_STORE_LATENCY_MS, default 100), the identifier scanner, and the Decisions tab with 10,000 decisions
 * (BENCH_TAB_DECISIONS changes that), the leads' view with 50 settings and 10,000 requests in one organisation
 * (BENCH_LEADS_REQUESTS, BENCH_LEADS_SETTINGS), and the cold start of the built server (`node dist/main.js`: time to ready,
 * memory after the first scanned question; BENCH_COLD_START_RUNS, default 5).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { benchScanner } from './bench-scanner.js';
import { benchTurns, formatTurns, turnsHeadline, turnsOptionsFromEnv } from './bench-turns.js';
import { benchTab } from './bench-tab.js';
import { browserLoad } from './bench-tab-browser.js';
import { benchLeads, formatLeads } from './bench-leads.js';
import { benchStoreTrips, formatStoreTrips } from './bench-store-trips.js';
import { benchColdStart, coldStartHeadline, formatColdStart } from './bench-cold-start.js';

// First, while nothing else of this run has warmed the machine's caches or is still finishing.
const coldStart = await benchColdStart(Number(process.env.BENCH_COLD_START_RUNS ?? 5));
console.log(`${formatColdStart(coldStart)}\n`);

const turns = await benchTurns({ ...turnsOptionsFromEnv(process.env), progress: (line) => process.stderr.write(`${line}\n`) });
console.log(formatTurns(turns));

const storeTrips = await benchStoreTrips(Number(process.env.BENCH_STORE_LATENCY_MS ?? 100));
console.log(`\n${formatStoreTrips(storeTrips)}\n`);

const scanner = await benchScanner(5);
console.log('Identifier scanner (median of 5 rounds, one thread)');
console.log('size     scans/s     p50 ms    p99 ms    µs/KB (p50)');
for (const label of ['200B', '2KB', '20KB']) {
  const f = (k: string, d: number): string => (scanner[`${label}.${k}`] ?? 0).toFixed(d);
  console.log(`${label.padEnd(6)} ${f('scansPerSec', 0).padStart(9)} ${f('p50ms', 3).padStart(10)} ${f('p99ms', 3).padStart(9)} ${f('usPerKB', 0).padStart(12)}`);
}

const tab = await benchTab(Number(process.env.BENCH_TAB_DECISIONS ?? 10_000), 15, browserLoad);
console.log(`\nDecisions tab with ${tab.decisions} decisions on the embedded store (server time from the app's log, ${tab.server.firstPage.runs} runs)`);
console.log(`seeded in ${tab.seedSeconds.toFixed(1)} s; read models rebuilt from nothing in ${tab.catchUpSeconds.toFixed(1)} s`);
console.log('view                 p50 ms    p90 ms');
for (const [name, f] of Object.entries(tab.server)) console.log(`${name.padEnd(18)} ${f.p50.toFixed(1).padStart(8)} ${f.p90.toFixed(1).padStart(9)}`);
console.log(`export: ${tab.exportRows} rows`);
if (tab.browser) console.log(`browser (median of ${tab.browser.runs}): first rows shown ${tab.browser.listVisibleMs} ms after navigation; charts drawn ${tab.browser.chartsDrawnMs} ms after opening Trends`);

const leads = await benchLeads(Number(process.env.BENCH_LEADS_REQUESTS ?? 10_000), Number(process.env.BENCH_LEADS_SETTINGS ?? 50));
console.log(`\n${formatLeads(leads)}`);

const results = {
  at: new Date().toISOString(),
  machine: { node: process.version, cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown' },
  turns,
  storeTrips,
  scanner,
  tab,
  leads,
  coldStart,
};
await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('results written to bench-results/latest.json');
const headline = {
  ...turnsHeadline(turns),
  store_trips_max_card_action: Math.max(...storeTrips.actions.filter((a) => a.action !== 'advice.send').map((a) => a.sequential)),
  store_trips_send: storeTrips.actions.find((a) => a.action === 'advice.send')?.sequential ?? 'n/a',
  store_requests_advice_flow: storeTrips.adviceFlow.requests,
  scanner_2kb_p99_ms: (scanner['2KB.p99ms'] ?? 0).toFixed(3),
  scanner_2kb_scans_per_s: (scanner['2KB.scansPerSec'] ?? 0).toFixed(0),
  scanner_20kb_p99_ms: (scanner['20KB.p99ms'] ?? 0).toFixed(3),
  tab_decisions: tab.decisions,
  tab_first_page_p50_ms: tab.server.firstPage.p50.toFixed(1),
  tab_filtered_page_p50_ms: tab.server.filteredPage.p50.toFixed(1),
  tab_metrics_p50_ms: tab.server.metrics.p50.toFixed(1),
  tab_export_p50_ms: tab.server.export.p50.toFixed(0),
  tab_list_visible_ms: tab.browser?.listVisibleMs ?? 'n/a',
  tab_charts_drawn_ms: tab.browser?.chartsDrawnMs ?? 'n/a',
  leads_queue_p50_ms: leads.server.queue.p50.toFixed(1),
  leads_queue_p95_ms: leads.server.queue.p95.toFixed(1),
  leads_request_p50_ms: leads.server.request.p50.toFixed(1),
  ...coldStartHeadline(coldStart),
};
console.log(Object.entries(headline).map(([k, v]) => `${k}=${v}`).join(' '));
