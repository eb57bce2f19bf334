/**
 * The Decisions tab with 10,000 decisions on the embedded store:
 *   npm run bench:tab            (or as part of npm run bench)
 * Seeds requests and decision records through the repositories, builds the read models with
 * the scheduler's catch-up pass (timed), then reports the server time (from the app's own
 * `tab.served` log events) of the first list page, a filtered page, the weekly figures and the
 * CSV export, and the page's load time in headless Chromium.
 */
import { Writable } from 'node:stream';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseConfig } from '../src/config.js';
import { startApp, type RunningApp } from '../src/app.js';
import { catchUpReporting } from '../src/jobs/reporting.js';
import { AREAS_OF_CONCERN, URGENCIES } from '../src/domain/advice.js';
import type { AdviceRequest } from '../src/domain/request.js';
import type { DecisionRecord } from '../src/domain/decision.js';
import { percentile } from '../src/domain/reporting.js';
import { buildTab } from './build-tab.js';

const TENANT = '6f2a9c1e-0d4b-4c8e-9a57-3b1d2e4f5a60';
const AREAS = Object.keys(AREAS_OF_CONCERN) as (keyof typeof AREAS_OF_CONCERN)[];
const URGENCY = Object.keys(URGENCIES) as (keyof typeof URGENCIES)[];
const LEADS = ['Priya Shah', 'Tom Okafor', 'Jess Kaur', 'Alan Reid'].map((name, i) => ({ id: `lead-${i}`, displayName: name }));

class ServedLog extends Writable {
  readonly served: { route: string; ms: number }[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.includes('"tab.failed"')) process.stderr.write(`${line}\n`);
      if (!line.includes('"tab.served"')) continue;
      const e = JSON.parse(line) as { route: string; ms: number };
      this.served.push({ route: e.route, ms: e.ms });
    }
    done();
  }
}

/** A small deterministic generator, so every run seeds the same data. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function seedPair(i: number, now: number, random: () => number): { request: AdviceRequest; record: DecisionRecord } {
  const created = new Date(now - Math.floor(random() * 180 * 86_400_000));
  const at = (minutes: number) => new Date(created.getTime() + minutes * 60_000).toISOString();
  const claimAfter = Math.round(5 + random() * 240);
  const answerAfter = claimAfter + Math.round(10 + random() * 600);
  const lead = LEADS[i % LEADS.length]!;
  const reference = `ISA-B${i.toString(36).toUpperCase().padStart(4, '0')}`;
  const area = AREAS[Math.floor(random() * AREAS.length)]!;
  const urgency = URGENCY[1 + Math.floor(random() * (URGENCY.length - 1))]!;
  const roll = random();
  const decision = roll < 0.55 ? 'share' : roll < 0.75 ? 'share_part' : 'not_share';
  const consent = random() < 0.6 ? 'given' : 'refused';
  const person = { id: `staff-${i % 300}`, displayName: `Staff ${i % 300}` };
  const answer = { recommendation: 'share' as const, text: 'Share with the front door and record why.', by: lead, at: at(answerAfter) };
  const request: AdviceRequest = {
    id: reference,
    tenantId: TENANT,
    reference,
    draftId: `draft-${i}`,
    status: 'answered',
    asker: person,
    fields: { area, involved: ['child'], ageBand: '5_10', urgency, informationKinds: ['disclosure'], recipients: ['childrens_social_care'], consent, askerRole: 'teacher' },
    question: 'A child disclosed something at school. May I share it with the front door?',
    identifierCheck: { found: 0, replaced: 0, keptAsNotIdentifying: 0, keptKinds: [] },
    answers: {},
    createdAt: created.toISOString(),
    updatedAt: at(answerAfter),
    lead,
    claimedAt: at(claimAfter),
    answeredAt: at(answerAfter),
    answer,
    conversation: [],
    escalated: random() < 0.08 ? { claim: at(30) } : {},
    outbox: [],
  };
  const sharing = decision !== 'not_share';
  const decidedAt = at(answerAfter + 30);
  const record: DecisionRecord = {
    id: `rec-${reference}:v1`,
    recordId: `rec-${reference}`,
    version: 1,
    tenantId: TENANT,
    requestId: reference,
    reference,
    content: sharing
      ? {
          decision,
          reasons: 'Reasonable cause to believe the child is at risk of significant harm.',
          whatShared: 'What the child said and what was seen.',
          recipients: ['childrens_social_care'],
          purpose: 'To safeguard the child.',
          lawfulBasis: consent === 'given' ? 'consent' : 'public_task',
          consent,
          ...(consent === 'given' ? {} : { publicInterestJustification: 'The risk of harm outweighs the duty of confidence.' }),
          personTold: 'yes',
          sharedHow: ['phone'],
          sharedOn: decidedAt.slice(0, 10),
        }
      : { decision, reasons: 'Already known to social care; nothing new to add.', recipients: [], consent, lawfulBasis: 'public_task', personTold: 'not_yet' },
    advice: answer,
    decisionMaker: person,
    decidedAt,
    identifierCheck: { found: 0, replaced: 0, keptAsNotIdentifying: 0, keptKinds: [] },
    createdAt: decidedAt,
  };
  return { request, record };
}

export interface TabBench {
  decisions: number;
  seedSeconds: number;
  catchUpSeconds: number;
  /** Server time in ms (median and p90 of the runs) per view. */
  server: Record<'firstPage' | 'filteredPage' | 'metrics' | 'export', { p50: number; p90: number; runs: number }>;
  exportRows: number;
  /** Browser: navigation to the first rows shown / to the charts drawn (ms, median of runs). */
  browser?: { listVisibleMs: number; chartsDrawnMs: number; runs: number };
}

const ascending = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
/** Nearest-rank median and p90 of unsorted values; 0 for none. */
export const median = (xs: readonly number[]): number => percentile(ascending(xs), 50) ?? 0;
const p90 = (xs: readonly number[]): number => percentile(ascending(xs), 90) ?? 0;

export async function benchTab(count = 10_000, runs = 15, browser?: (app: RunningApp, token: string) => Promise<TabBench['browser']>): Promise<TabBench> {
  const log = new ServedLog();
  const dir = mkdtempSync(join(tmpdir(), 'bench-tab-'));
  const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', LOCAL_STORE_FILE: join(dir, 'store.json'), LOCAL_STORE_FLUSH_MS: '60000', SCHEDULER_INTERVAL_MS: '0', TAB_DEV_SIGNIN: 'true' });
  await buildTab();
  const app = await startApp(config, { logDestination: log });
  try {
    const random = rng(7);
    const now = Date.now();
    let started = performance.now();
    for (let i = 0; i < count; i += 100) {
      await Promise.all(
        Array.from({ length: Math.min(100, count - i) }, async (_, k) => {
          const { request, record } = seedPair(i + k, now, random);
          await app.store.requests.create(request);
          await app.store.decisions.createVersion(record);
        }),
      );
    }
    const seedSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    while ((await catchUpReporting(app.deps)).more);
    const catchUpSeconds = (performance.now() - started) / 1000;
    // Write the local snapshot now, so that no snapshot of 30,000 documents runs during the timings.
    await app.store.flush();

    const signIn = await fetch(`${app.url}/api/tab/dev-signin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'manager', displayName: 'Bench Manager' }) });
    const { token } = (await signIn.json()) as { token: string };
    const auth = { authorization: `Bearer ${token}` };
    const timed = async (route: string, path: string): Promise<{ p50: number; p90: number; runs: number }> => {
      const before = log.served.length;
      for (let r = 0; r < runs; r++) {
        const res = await fetch(`${app.url}${path}`, { headers: auth });
        if (!res.ok) throw new Error(`${path} answered ${res.status}`);
        await res.arrayBuffer();
      }
      const ms = log.served.slice(before).filter((e) => e.route === route).map((e) => e.ms);
      return { p50: median(ms), p90: p90(ms), runs: ms.length };
    };
    const server = {
      firstPage: await timed('decisions', '/api/tab/decisions?pageSize=25'),
      filteredPage: await timed('decisions', '/api/tab/decisions?pageSize=25&decision=share&consent=refused&area=neglect'),
      metrics: await timed('metrics', `/api/tab/metrics?from=${new Date(now - 182 * 86_400_000).toISOString().slice(0, 10)}`),
      export: await timed('export', '/api/tab/export.csv'),
    };
    const csv = await (await fetch(`${app.url}/api/tab/export.csv`, { headers: auth })).text();
    const exportRows = csv.trim().split('\n').length - 1;
    const browserFigures = browser ? await browser(app, token) : undefined;
    return { decisions: count, seedSeconds, catchUpSeconds, server, exportRows, ...(browserFigures ? { browser: browserFigures } : {}) };
  } finally {
    await app.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchTab(Number(process.env.BENCH_TAB_DECISIONS ?? 10_000));
  console.log(JSON.stringify(result, null, 2));
}
