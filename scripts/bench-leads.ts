/**
 * The leads' view with 50 settings and 10,000 requests in one organisation on the embedded store:
 *   npx tsx scripts/bench-leads.ts      (or as part of npm run bench)
 * Seeds the requests through the repositories (a tenth of them open), gives each setting a leads'
 * team on the fake Bot Connector, signs one setting's lead in (the local sign-in, by object id),
 * then reports the server time (the app's own `tab.served` log events) of the queue and of opening
 * a request: the first call (every team's roster read from Teams) and the rest (rosters cached).
 */
import { Writable } from 'node:stream';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseConfig } from '../src/config.js';
import { startApp } from '../src/app.js';
import type { AdviceRequest } from '../src/domain/request.js';
import type { Setting } from '../src/domain/setting.js';
import type { LeadsQueue } from '../src/domain/leads-api.js';
import { percentile } from '../src/domain/reporting.js';
import { DEFAULT_ESCALATION_POLICY, deadlinesFor } from '../src/flow/escalation.js';
import { FakeConnector } from '../test/kit/connector.js';

const TENANT = '6f2a9c1e-0d4b-4c8e-9a57-3b1d2e4f5a60';
const MIN = 60_000;

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

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const leadOf = (s: number) => ({ id: `29:bench-lead-${s}`, aadObjectId: `beac0000-0000-4000-8000-${String(s).padStart(12, '0')}`, name: `Lead ${s}` });

function seedRequest(i: number, settings: number, now: number, random: () => number): AdviceRequest {
  const s = i % settings;
  const open = random() < 0.1;
  const minutesAgo = open ? Math.floor(random() * 3 * 24 * 60) : Math.floor(random() * 180 * 24 * 60);
  const created = new Date(now - minutesAgo * MIN);
  const urgency = random() < 0.5 ? 'today' : 'this_week';
  const lead = leadOf(s);
  const status = open ? (random() < 0.5 ? 'sent' : 'claimed') : random() < 0.8 ? 'answered' : 'closed';
  const reference = `ISA-L${i.toString(36).toUpperCase().padStart(4, '0')}`;
  return {
    id: reference,
    tenantId: TENANT,
    settingId: `setting-${s}`,
    reference,
    draftId: `draft-${i}`,
    status,
    asker: { id: `staff-${i % 300}`, displayName: `Staff ${i % 300}` },
    fields: { area: 'neglect', involved: ['child'], ageBand: '5_10', urgency, informationKinds: ['disclosure'], recipients: ['childrens_social_care'], consent: 'given', askerRole: 'teacher' },
    question: 'A child disclosed something at school. May I share it with the front door?',
    identifierCheck: { found: 0, replaced: 0, keptAsNotIdentifying: 0, keptKinds: [] },
    answers: {},
    createdAt: created.toISOString(),
    updatedAt: created.toISOString(),
    ...(status === 'sent' ? {} : { lead: { id: lead.aadObjectId, displayName: lead.name, accountId: lead.id }, claimedAt: created.toISOString() }),
    ...(status === 'answered' ? { answeredAt: created.toISOString() } : {}),
    conversation: [],
    channelPost: { conversationId: `19:bench-channel-${s}@thread.tacv2`, activityId: String(1_700_000_000_000 + i) },
    deadlines: deadlinesFor(urgency, created, DEFAULT_ESCALATION_POLICY),
    escalated: {},
    outbox: [],
  };
}

export interface LeadsBench {
  settings: number;
  requests: number;
  /** Requests in the signed-in lead's queue (their one setting). */
  shown: number;
  seedSeconds: number;
  /** The first queue call: the lead's membership read from every setting's team. */
  firstCallMs: number;
  /** Server time in ms of the later calls (rosters cached). */
  server: Record<'queue' | 'request', { p50: number; p95: number; runs: number; cpuMs: number }>;
}

const ascending = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);

export async function benchLeads(requests = 10_000, settings = 50, runs = 30): Promise<LeadsBench> {
  const log = new ServedLog();
  const connector = await new FakeConnector().start();
  const dir = mkdtempSync(join(tmpdir(), 'bench-leads-'));
  const config = parseConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'debug',
    LOCAL_STORE_FILE: join(dir, 'store.json'),
    LOCAL_STORE_FLUSH_MS: '60000',
    SCHEDULER_INTERVAL_MS: '0',
    TAB_DEV_SIGNIN: 'true',
    ALLOWED_TENANT_IDS: TENANT,
    LEAD_MEMBERSHIP_CACHE_SECONDS: '300',
  });
  const app = await startApp(config, { logDestination: log });
  try {
    const list: Setting[] = [];
    for (let s = 0; s < settings; s++) {
      const teamId = `19:bench-team-${s}@thread.tacv2`;
      const lead = leadOf(s);
      connector.rosters.set(teamId, [{ id: lead.id, name: lead.name, aadObjectId: lead.aadObjectId }]);
      list.push({
        id: `setting-${s}`,
        name: `Setting ${s}`,
        leadsQueue: { teamId, channelId: `19:bench-channel-${s}@thread.tacv2`, serviceUrl: connector.url, botId: '28:bot', setBy: { id: lead.aadObjectId, displayName: lead.name }, setAt: new Date().toISOString() },
        leadsTeamIds: [teamId],
      });
    }
    await app.store.tenants.put({ tenantId: TENANT, settings: list });
    const random = rng(11);
    const now = Date.now();
    const started = performance.now();
    for (let i = 0; i < requests; i += 100) {
      await Promise.all(Array.from({ length: Math.min(100, requests - i) }, (_, k) => app.store.requests.create(seedRequest(i + k, settings, now, random))));
    }
    const seedSeconds = (performance.now() - started) / 1000;
    await app.store.flush();

    const lead = leadOf(7);
    const signIn = await fetch(`${app.url}/api/tab/dev-signin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'lead', displayName: lead.name, userId: lead.aadObjectId }) });
    const { token } = (await signIn.json()) as { token: string };
    const auth = { authorization: `Bearer ${token}` };
    const call = async (path: string): Promise<unknown> => {
      const res = await fetch(`${app.url}${path}`, { headers: auth });
      if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
      return res.json();
    };
    const first = log.served.length;
    const queue = (await call('/api/tab/queue')) as LeadsQueue;
    const firstCallMs = log.served[first]?.ms ?? 0;
    if (queue.settings.length !== 1 || queue.settings[0]?.id !== 'setting-7') throw new Error('the lead should lead setting-7 only');
    const timed = async (route: string, path: string) => {
      const before = log.served.length;
      // CPU of the whole process per call (server, embedded store and this client): unlike the wall time, the
      // machine's other load does not change it much.
      const cpu = process.cpuUsage();
      for (let r = 0; r < runs; r++) await call(path);
      const used = process.cpuUsage(cpu);
      const ms = ascending(log.served.slice(before).filter((e) => e.route === route).map((e) => e.ms));
      return { p50: percentile(ms, 50) ?? 0, p95: percentile(ms, 95) ?? 0, runs: ms.length, cpuMs: (used.user + used.system) / 1000 / runs };
    };
    const server = {
      queue: await timed('queue', '/api/tab/queue'),
      request: await timed('queue.request', `/api/tab/queue/${queue.items[0]?.requestId ?? 'none'}`),
    };
    return { settings, requests, shown: queue.items.length, seedSeconds, firstCallMs, server };
  } finally {
    await app.stop();
    await connector.stop();
  }
}

export function formatLeads(b: LeadsBench): string {
  return [
    `Leads' view: ${b.settings} settings, ${b.requests} requests in one organisation on the embedded store (seeded in ${b.seedSeconds.toFixed(1)} s); one setting's lead sees ${b.shown}`,
    `first call (${b.settings} leads' teams' rosters read from the fake connector): ${b.firstCallMs.toFixed(1)} ms`,
    'call (rosters cached)     p50 ms    p95 ms   CPU ms/call   runs',
    ...Object.entries(b.server).map(([name, f]) => `${name.padEnd(22)} ${f.p50.toFixed(1).padStart(9)} ${f.p95.toFixed(1).padStart(9)} ${f.cpuMs.toFixed(1).padStart(13)} ${String(f.runs).padStart(6)}`),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchLeads(Number(process.env.BENCH_LEADS_REQUESTS ?? 10_000), Number(process.env.BENCH_LEADS_SETTINGS ?? 50));
  console.log(formatLeads(result));
}
