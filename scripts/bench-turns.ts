/**
 * Turns through the real HTTP endpoint, side by side with a bare echo bot:
 *   npx tsx scripts/bench-turns.ts                 (table, then the result as JSON)
 *   BENCH_TURNS_SOAK=300 npx tsx --expose-gc scripts/bench-turns.ts   (with the 5-minute soak)
 * Environment: BENCH_TURNS_LEVELS (default 1,10,50), BENCH_TURNS_SECONDS (measured seconds per
 * level and bot, default 12), BENCH_TURNS_WARMUP (default 3), BENCH_TURNS_SOAK (seconds, default 0
 * = off), BENCH_TURNS_BOTS (product,echo: one of them for profiling with --cpu-prof).
 *
 * The product runs as `npm run serve` does locally: bot authentication off (no MicrosoftAppId),
 * the embedded Cosmos store on a temporary file, log level info into a sink that drops the lines,
 * no scheduler. A fresh app (empty store) serves each level. The echo bot is restify 12 +
 * CloudAdapter (ConfigurationBotFrameworkAuthentication without an app id) answering a message
 * with one reply through the connector and an invoke with a small card.
 *
 * The load generator and the fake Bot Connector (test/kit/connector.ts: the bots' replies go
 * there) run in a worker thread, so that they have their own event loop; both bots run on the
 * main thread. N conversations (distinct people and conversation ids) each run the advice flow
 * in a closed loop ("hi" → Ask for advice → form → guidance answers → Send, then "hi" again); the
 * echo bot gets the same N and the same sequence of activities (recorded from one product flow).
 * Both bots get a few seconds of unmeasured load first (JIT), and each level its own warm-up.
 * Per level and bot it also reports the main thread's event-loop utilisation, the process's CPU
 * time per turn (robust to other work on the machine) and the embedded store's HTTP calls per turn.
 *
 * The soak (product only, 10 conversations, the flow plus "my requests") samples heap after a
 * full GC (run with --expose-gc) at its start and end, and RSS as medians of 2-second samples
 * over its first and last 30 s (RSS moves by ±100 MB as V8 grows and trims its heap).
 *
 * Latency is SERVER-SIDE: from the HTTP server's request start to the response's finish, both
 * taken from Node's built-in `http.server.request.start` / `http.server.response.finish`
 * diagnostics channels for POST /api/messages on the bot's port, identically for both bots.
 * Every such POST that finishes inside the measured window is a turn.
 */
import { Agent, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Socket } from 'node:net';
import type { Request as RestifyRequest, Response as RestifyResponse } from 'restify';
import { FakeConnector, type OutboundCall } from '../test/kit/connector.js';

// ---------------------------------------------------------------------------------------------
// Result shape

export interface TurnStats {
  /** POST /api/messages answered inside the measured window. */
  turns: number;
  turnsPerSec: number;
  /** Server-side latency, ms. */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Answers other than 2xx (server side) plus client failures (connection errors, wrong cards). */
  errors: number;
  /** Advice flows completed inside the window (product: the request was sent). */
  flows: number;
  /** The same turns seen by the load generator (loopback, keep-alive), ms. */
  client: { p50: number; p99: number };
  /** Event-loop utilisation of the bot's thread (the main thread) over the window, and that busy time per turn. */
  busyPct: number;
  busyMsPerTurn: number;
  /** CPU time of the whole process (bot, load generator, fake connector, GC) per turn: robust to other load on the machine. */
  cpuMsPerTurn: number;
  /** HTTP requests to the embedded Cosmos store per turn (0 for the echo bot). */
  storeCallsPerTurn: number;
}

export interface TurnsLevel {
  conversations: number;
  product: TurnStats;
  echo: TurnStats;
  /** product / echo: throughput (higher is better) and p99 (lower is better). */
  ratio: { throughput: number; p99: number };
}

export interface MemorySample {
  atSeconds: number;
  rssMB: number;
  heapMB: number;
  /** V8 heap reserved, and memory outside it (buffers), for reading RSS. */
  heapTotalMB: number;
  externalMB: number;
  /** Turns per second and server-side p99 over the interval that ends here. */
  turnsPerSec: number;
  p99: number;
}

export interface TurnsSoak {
  seconds: number;
  conversations: number;
  /** Whether the samples were taken right after a full GC (`--expose-gc`). */
  gc: boolean;
  turns: number;
  flows: number;
  errors: number;
  /** Median RSS over the first and the last 30 s of the soak (sampled every 2 s), and the highest sample. */
  rssStartMB: number;
  rssEndMB: number;
  rssPeakMB: number;
  /** V8 heap in use at the start and the end (after a full GC with --expose-gc). */
  heapStartMB: number;
  heapEndMB: number;
  rssGrowthPct: number;
  heapGrowthPct: number;
  /** The larger of the two. */
  growthPct: number;
  /** Size of the embedded store's snapshot (its data, as JSON) at the start and end samples. */
  storeStartMB: number;
  storeEndMB: number;
  timeline: MemorySample[];
}

export interface TurnsTarget {
  /** null when the level it needs was not run. */
  pass: boolean | null;
  value: number | null;
  limit: number;
}

export interface TurnsBench {
  at: string;
  /** Other work on the machine skews the figures: the 1/5/15-minute load averages around the run. */
  machine: { node: string; cpus: number; loadAverageStart: number[]; loadAverageEnd: number[] };
  mode: 'server';
  method: string;
  warmupSeconds: number;
  durationSeconds: number;
  /** The activities of one advice flow, as both bots received them. */
  flow: { turns: number; messages: number; invokes: number; steps: string[] };
  levels: TurnsLevel[];
  targets: {
    /** product turns/s ≥ 0.5 × echo at 50 conversations. */
    throughputAt50: TurnsTarget;
    /** product p99 ≤ 2 × echo p99 at 50 conversations. */
    p99At50: TurnsTarget;
    /** product p50 ≤ 15 ms at 1 conversation. */
    p50At1: TurnsTarget;
    /** memory growth ≤ 10 % over the soak. */
    soakGrowth: TurnsTarget;
  };
  soak?: TurnsSoak;
}

export interface TurnsOptions {
  /** Concurrent conversations per level (default 1, 10, 50). */
  levels?: number[];
  /** Measured seconds per level and bot (default 12). */
  durationSeconds?: number;
  /** Load before the measured window, per level and bot (default 3). */
  warmupSeconds?: number;
  /** Soak length in seconds (default 0 = no soak; 300 for the real run). */
  soakSeconds?: number;
  /** Conversations during the soak (default 10). */
  soakConversations?: number;
  /** Which bots to load (default both; one alone is for profiling). */
  bots?: readonly Bot[];
  /** The product's log level (default info, the production default; the lines are dropped). */
  logLevel?: string;
  /** Progress lines (default: none). */
  progress?: (line: string) => void;
}

type Bot = 'product' | 'echo';

// ---------------------------------------------------------------------------------------------
// Shared between the main thread and the load worker

/** One activity of the advice flow, as the echo bot replays it. */
type Step = { kind: 'message'; text: string } | { kind: 'invoke'; verb: string; data: Record<string, unknown> };

interface LoadWorkerData {
  role: 'bench-turns-load';
  tenantId: string;
  form: Record<string, string>;
}

type Command =
  | { cmd: 'probe'; url: string }
  | { cmd: 'run'; bot: Bot; url: string; conversations: number; steps: Step[]; soakMix: boolean }
  | { cmd: 'window'; open: boolean }
  | { cmd: 'stop' }
  | { cmd: 'close' };

interface ClientStats {
  turns: number;
  errors: number;
  flows: number;
  p50: number;
  p99: number;
  firstErrors: string[];
}

type Reply =
  | { id: number; ok: true; connectorUrl?: string; steps?: Step[]; client?: ClientStats }
  | { id: number; ok: false; error: string };

const REFERENCE = /ISA-[2-9A-HJKMNP-Z]{4,5}/;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}

const round = (x: number, digits = 1): number => Number(x.toFixed(digits));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Load worker: the fake connector and the conversations

type Card = Record<string, unknown>;
interface ExecuteAction {
  verb: string;
  title?: string;
  data?: Record<string, unknown>;
}

function walk(node: unknown, visit: (n: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) for (const n of node) walk(n, visit);
  else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>);
    for (const v of Object.values(node)) walk(v, visit);
  }
}

function actionsOf(card: Card): ExecuteAction[] {
  const found: ExecuteAction[] = [];
  walk(card, (n) => {
    if (n.type === 'Action.Execute' && typeof n.verb === 'string') found.push(n as unknown as ExecuteAction);
  });
  return found;
}

function inputsOf(card: Card): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  walk(card, (n) => {
    if (typeof n.type === 'string' && n.type.startsWith('Input.')) found.push(n);
  });
  return found;
}

function textOf(card: Card): string {
  const parts: string[] = [];
  walk(card, (n) => {
    if (n.type === 'TextBlock' && typeof n.text === 'string') parts.push(n.text);
  });
  return parts.join(' | ');
}

interface Person {
  id: string;
  aadObjectId: string;
  name: string;
}

class LoadGenerator {
  private running = false;
  private windowOpen = false;
  private loops: Promise<void>[] = [];
  private agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  private latencies: number[] = [];
  private turns = 0;
  private errors = 0;
  private flows = 0;
  private firstErrors: string[] = [];
  private runs = 0;

  constructor(
    private readonly connector: FakeConnector,
    private readonly init: LoadWorkerData,
  ) {}

  /** One product flow, recording the activities sent, for the echo bot to replay. */
  async probe(url: string): Promise<Step[]> {
    const steps: Step[] = [];
    await this.productFlow(new URL('/api/messages', url), this.person(0), false, steps);
    return steps;
  }

  start(bot: Bot, url: string, conversations: number, steps: Step[], soakMix: boolean): void {
    this.running = true;
    this.windowOpen = false;
    this.latencies = [];
    this.turns = this.errors = this.flows = 0;
    this.firstErrors = [];
    this.runs++;
    const target = new URL('/api/messages', url);
    this.loops = Array.from({ length: conversations }, (_, i) => this.loop(bot, target, this.person(i), steps, soakMix));
  }

  setWindow(open: boolean): void {
    this.windowOpen = open;
  }

  async stop(): Promise<ClientStats> {
    this.running = false;
    await Promise.all(this.loops);
    this.loops = [];
    this.agent.destroy();
    this.agent = new Agent({ keepAlive: true, maxSockets: Infinity });
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return { turns: this.turns, errors: this.errors, flows: this.flows, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), firstErrors: this.firstErrors };
  }

  private person(i: number): Person {
    const aadObjectId = randomUUID();
    return { id: `29:bench-${this.runs}-${i}`, aadObjectId, name: `Bench Person ${i}` };
  }

  private async loop(bot: Bot, target: URL, person: Person, steps: Step[], soakMix: boolean): Promise<void> {
    while (this.running) {
      try {
        if (bot === 'product') await this.productFlow(target, person, soakMix);
        else await this.echoFlow(target, person, steps);
      } catch (err) {
        if (!this.running) return;
        if (this.windowOpen) {
          this.errors++;
          if (this.firstErrors.length < 5) this.firstErrors.push(err instanceof Error ? err.message : String(err));
        }
        await sleep(20);
      }
    }
  }

  private activity(person: Person, fields: Record<string, unknown>): Record<string, unknown> {
    return {
      id: randomUUID(),
      timestamp: new Date().toISOString(),
      serviceUrl: this.connector.url,
      channelId: 'msteams',
      from: { id: person.id, name: person.name, aadObjectId: person.aadObjectId },
      recipient: { id: '28:bot', name: 'Safeguarding advice' },
      conversation: { id: `a:personal-${person.aadObjectId}`, conversationType: 'personal', tenantId: this.init.tenantId },
      channelData: { tenant: { id: this.init.tenantId } },
      locale: 'en-GB',
      ...fields,
    };
  }

  private post(target: URL, activity: Record<string, unknown>): Promise<{ status: number; text: string }> {
    const body = JSON.stringify(activity);
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        target,
        { method: 'POST', agent: this.agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            if (this.windowOpen) {
              this.turns++;
              this.latencies.push(performance.now() - started);
            }
            resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /** A message; resolves with the activity the bot sent back through the connector. */
  private async say(target: URL, person: Person, text: string): Promise<OutboundCall> {
    const activity = this.activity(person, { type: 'message', text });
    const id = activity.id as string;
    const replied = this.connector.waitFor((c) => c.kind === 'reply' && c.activityId === id, 30_000);
    replied.catch(() => undefined);
    const res = await this.post(target, activity);
    if (res.status !== 200) throw new Error(`message "${text}" answered ${res.status}`);
    const call = await replied;
    // The connector records every call; keep the record (and its linear searches) short.
    if (this.connector.calls.length > 500) this.connector.reset();
    return call;
  }

  private async invoke(target: URL, person: Person, verb: string, data: Record<string, unknown>): Promise<{ card: Card; text: string }> {
    const activity = this.activity(person, { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } });
    const res = await this.post(target, activity);
    if (res.status !== 200) throw new Error(`invoke ${verb} answered ${res.status}`);
    const body = (res.text ? JSON.parse(res.text) : {}) as { value?: Card };
    return { card: body.value ?? {}, text: res.text };
  }

  /** Clicks the button with `verb` on `card`, with its inputs as shown plus `inputs`. */
  private async click(target: URL, person: Person, card: Card, verb: string, inputs: Record<string, string>, record?: Step[]): Promise<{ card: Card; text: string }> {
    const action = actionsOf(card).find((a) => a.verb === verb);
    if (!action) throw new Error(`no ${verb} on the card (has ${actionsOf(card).map((a) => a.verb).join(', ')}): ${textOf(card).slice(0, 160)}`);
    const current: Record<string, unknown> = {};
    for (const input of inputsOf(card)) {
      if (typeof input.id !== 'string') continue;
      if (input.type === 'Input.Toggle') current[input.id] = input.value ?? input.valueOff ?? 'false';
      else if (input.value !== undefined) current[input.id] = input.value;
    }
    const data = { ...current, ...inputs, ...(action.data ?? {}) };
    record?.push({ kind: 'invoke', verb, data });
    return this.invoke(target, person, verb, data);
  }

  private async productFlow(target: URL, person: Person, soakMix: boolean, record?: Step[]): Promise<void> {
    record?.push({ kind: 'message', text: 'hi' });
    const welcome = ((await this.say(target, person, 'hi')).body.attachments as { content: Card }[] | undefined)?.[0]?.content ?? {};
    if (!this.running && !record) return;
    let next = await this.click(target, person, welcome, 'advice.start', {}, record);
    next = await this.click(target, person, next.card, 'advice.submitForm', this.init.form, record);
    if (actionsOf(next.card).some((a) => a.verb === 'advice.applyReplacements')) next = await this.click(target, person, next.card, 'advice.applyReplacements', {}, record);
    for (let i = 0; i < 12 && actionsOf(next.card).some((a) => a.verb === 'advice.answer'); i++) {
      if (!this.running && !record) return;
      const choices = inputsOf(next.card).find((x) => x.id === 'answer')?.choices as { value: string }[] | undefined;
      const first = choices?.[0]?.value;
      if (!first) throw new Error('a guidance step without choices');
      next = await this.click(target, person, next.card, 'advice.answer', { answer: first }, record);
    }
    if (!this.running && !record) return;
    const sent = await this.click(target, person, next.card, 'advice.send', {}, record);
    if (!REFERENCE.test(sent.text)) throw new Error('advice.send did not answer with a reference');
    if (this.windowOpen) this.flows++;
    if (soakMix && this.running) await this.say(target, person, 'my requests');
  }

  private async echoFlow(target: URL, person: Person, steps: Step[]): Promise<void> {
    for (const step of steps) {
      if (!this.running) return;
      if (step.kind === 'message') await this.say(target, person, step.text);
      else await this.invoke(target, person, step.verb, step.data);
    }
    if (this.windowOpen) this.flows++;
  }
}

async function runLoadWorker(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const init = workerData as LoadWorkerData;
  const connector = await new FakeConnector().start();
  const load = new LoadGenerator(connector, init);
  port.on('message', (message: { id: number } & Command) => {
    const answer = async (): Promise<Omit<Extract<Reply, { ok: true }>, 'id' | 'ok'>> => {
      switch (message.cmd) {
        case 'probe':
          return { steps: await load.probe(message.url) };
        case 'run':
          load.start(message.bot, message.url, message.conversations, message.steps, message.soakMix);
          return {};
        case 'window':
          load.setWindow(message.open);
          return {};
        case 'stop':
          return { client: await load.stop() };
        case 'close':
          await load.stop();
          await connector.stop();
          setImmediate(() => port.close());
          return {};
      }
    };
    answer().then(
      (result) => port.postMessage({ id: message.id, ok: true, ...result } satisfies Reply),
      (err: unknown) => port.postMessage({ id: message.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies Reply),
    );
  });
  port.postMessage({ id: 0, ok: true, connectorUrl: connector.url } satisfies Reply);
}

// ---------------------------------------------------------------------------------------------
// Main thread: the bots, the server-side clock and the runs

interface ServerWindow {
  /** Server-side ms of each turn, ascending. */
  sorted: number[];
  failures: number;
  /** Requests served by the other HTTP servers of this thread (the embedded Cosmos store). */
  storeCalls: number;
}

/** Server-side time of POST /api/messages on one port, from the built-in HTTP diagnostics channels. */
class ServerClock {
  port = 0;
  private recording = false;
  private samples: number[] = [];
  private failures = 0;
  private storeCalls = 0;
  private readonly starts = new WeakMap<ServerResponse, number>();

  private readonly onStart = (message: unknown): void => {
    const { request, response, socket } = message as { request: IncomingMessage; response: ServerResponse; socket: Socket };
    if (socket.localPort !== this.port) {
      // The only other HTTP server on this thread that is busy during a run: the embedded Cosmos store.
      if (this.recording) this.storeCalls++;
      return;
    }
    if (request.method !== 'POST' || !request.url?.startsWith('/api/messages')) return;
    this.starts.set(response, performance.now());
  };

  private readonly onFinish = (message: unknown): void => {
    const { response } = message as { response: ServerResponse };
    const started = this.starts.get(response);
    if (started === undefined) return;
    this.starts.delete(response);
    if (!this.recording) return;
    this.samples.push(performance.now() - started);
    if (response.statusCode >= 300) this.failures++;
  };

  attach(): void {
    subscribe('http.server.request.start', this.onStart);
    subscribe('http.server.response.finish', this.onFinish);
  }

  detach(): void {
    unsubscribe('http.server.request.start', this.onStart);
    unsubscribe('http.server.response.finish', this.onFinish);
  }

  /** Starts a window; `take` ends it (or cuts an interval) and returns what finished in it. */
  open(): void {
    this.samples = [];
    this.failures = this.storeCalls = 0;
    this.recording = true;
  }

  take(keepRecording = false): ServerWindow {
    const taken = { sorted: this.samples.sort((a, b) => a - b), failures: this.failures, storeCalls: this.storeCalls };
    this.samples = [];
    this.failures = this.storeCalls = 0;
    this.recording = keepRecording;
    return taken;
  }
}

class NullSink extends Writable {
  override _write(_chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    done();
  }
}

interface Served {
  url: string;
  stop(): Promise<void>;
}

interface ProductServed extends Served {
  storeBytes(): Promise<number>;
}

async function startProduct(logLevel: string, tenantId: string): Promise<ProductServed> {
  const { parseConfig } = await import('../src/config.js');
  const { startApp } = await import('../src/app.js');
  const dir = mkdtempSync(join(tmpdir(), 'bench-turns-'));
  const file = join(dir, 'store.json');
  const config = parseConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: logLevel,
    LOCAL_STORE_FILE: file,
    LOCAL_STORE_FLUSH_MS: '60000',
    SCHEDULER_INTERVAL_MS: '0',
    ALLOWED_TENANT_IDS: tenantId,
  });
  const app = await startApp(config, { logDestination: new NullSink() });
  return {
    url: app.url,
    async storeBytes() {
      await app.store.flush();
      try {
        return statSync(file).size;
      } catch {
        return 0;
      }
    },
    async stop() {
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A bare echo bot on the same botbuilder + restify. */
async function startEcho(): Promise<Served> {
  const restify = (await import('restify')).default;
  const { CloudAdapter, ConfigurationBotFrameworkAuthentication } = await import('botbuilder');
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' }));
  const card = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: 'Echo', wrap: true }],
    actions: [{ type: 'Action.Execute', title: 'Again', verb: 'echo.again' }],
  };
  const server = restify.createServer({ name: 'echo', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req: RestifyRequest, res: RestifyResponse) => {
    await adapter.process(req, res, async (context) => {
      if (context.activity.type === 'message') await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      else if (context.activity.type === 'invoke') {
        await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } } });
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      const closed = new Promise<void>((resolve) => {
        server.close(() => resolve());
      });
      server.server.closeAllConnections();
      await closed;
    },
  };
}

/** The load worker, driven by request/answer messages. */
class LoadWorker {
  private next = 1;
  private readonly pending = new Map<number, { resolve: (r: Extract<Reply, { ok: true }>) => void; reject: (e: Error) => void }>();
  private constructor(
    private readonly worker: Worker,
    readonly connectorUrl: string,
  ) {}

  static async start(data: LoadWorkerData): Promise<LoadWorker> {
    const self = import.meta.url;
    // Under tsx the worker needs tsx's loader registered in its own thread to load this .ts file.
    const worker = self.endsWith('.ts')
      ? new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(self)}); });`, { eval: true, workerData: data })
      : new Worker(new URL(self), { workerData: data });
    const ready = new Promise<string>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', (m: Reply) => (m.ok && m.connectorUrl ? resolve(m.connectorUrl) : reject(new Error('load worker did not start'))));
    });
    const load = new LoadWorker(worker, await ready);
    worker.on('message', (m: Reply) => {
      const waiting = load.pending.get(m.id);
      if (!waiting) return;
      load.pending.delete(m.id);
      if (m.ok) waiting.resolve(m);
      else waiting.reject(new Error(`load worker: ${m.error}`));
    });
    worker.on('error', (err) => {
      for (const w of load.pending.values()) w.reject(err);
      load.pending.clear();
    });
    return load;
  }

  send(command: Command): Promise<Extract<Reply, { ok: true }>> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, ...command });
    });
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    await this.send({ cmd: 'close' });
    await Promise.race([exited, sleep(5000)]);
    await this.worker.terminate();
  }
}

const mb = (bytes: number): number => round(bytes / 1_048_576, 1);

function stats(server: ServerWindow, seconds: number, client: ClientStats, busy: number, cpu: NodeJS.CpuUsage): TurnStats {
  const s = server.sorted;
  return {
    turns: s.length,
    turnsPerSec: round(s.length / seconds, 1),
    p50: round(percentile(s, 0.5), 2),
    p90: round(percentile(s, 0.9), 2),
    p99: round(percentile(s, 0.99), 2),
    max: round(s[s.length - 1] ?? 0, 2),
    errors: server.failures + client.errors,
    flows: client.flows,
    client: { p50: round(client.p50, 2), p99: round(client.p99, 2) },
    busyPct: round(busy * 100, 1),
    busyMsPerTurn: s.length > 0 ? round((busy * seconds * 1000) / s.length, 2) : 0,
    cpuMsPerTurn: s.length > 0 ? round((cpu.user + cpu.system) / 1000 / s.length, 2) : 0,
    storeCallsPerTurn: s.length > 0 ? round(server.storeCalls / s.length, 2) : 0,
  };
}

const EMPTY: TurnStats = { turns: 0, turnsPerSec: 0, p50: 0, p90: 0, p99: 0, max: 0, errors: 0, flows: 0, client: { p50: 0, p99: 0 }, busyPct: 0, busyMsPerTurn: 0, cpuMsPerTurn: 0, storeCallsPerTurn: 0 };

export async function benchTurns(options: TurnsOptions = {}): Promise<TurnsBench> {
  const levels = options.levels ?? [1, 10, 50];
  const durationSeconds = options.durationSeconds ?? 12;
  const warmupSeconds = options.warmupSeconds ?? 3;
  const soakSeconds = options.soakSeconds ?? 0;
  const soakConversations = options.soakConversations ?? 10;
  const bots = options.bots ?? ['product', 'echo'];
  const logLevel = options.logLevel ?? 'info';
  const progress = options.progress ?? (() => undefined);
  const gc = (globalThis as { gc?: () => void }).gc;
  const loadAtStart = loadavg().map((x) => round(x, 2));

  const { LOCAL_DEV_TENANT_ID } = await import('../src/config.js');
  const { ASK } = await import('../test/kit/flows.js');
  const clock = new ServerClock();
  clock.attach();
  const load = await LoadWorker.start({ role: 'bench-turns-load', tenantId: LOCAL_DEV_TENANT_ID, form: ASK });
  const echo = await startEcho();
  const ran: TurnsLevel[] = [];
  let steps: Step[] = [];
  let soak: TurnsSoak | undefined;
  try {
    // One flow through a product app records the activities the echo bot will get; then both bots
    // get a few seconds of unmeasured load, so that the first level does not pay for the JIT.
    {
      const probe = await startProduct(logLevel, LOCAL_DEV_TENANT_ID);
      try {
        steps = (await load.send({ cmd: 'probe', url: probe.url })).steps ?? [];
        if (steps.length === 0) throw new Error('the probe flow recorded no activities');
        for (const [bot, served] of [['product', probe], ['echo', echo]] as const) {
          if (!bots.includes(bot)) continue;
          await load.send({ cmd: 'run', bot, url: served.url, conversations: 10, steps, soakMix: false });
          await sleep(warmupSeconds * 1000);
          await load.send({ cmd: 'stop' });
        }
      } finally {
        await probe.stop();
      }
      progress(`advice flow: ${steps.length} turns (${steps.map((s) => (s.kind === 'message' ? `"${s.text}"` : s.verb)).join(', ')})`);
    }

    const measure = async (bot: Bot, served: Served, conversations: number): Promise<TurnStats> => {
      clock.port = Number(new URL(served.url).port);
      await load.send({ cmd: 'run', bot, url: served.url, conversations, steps, soakMix: false });
      await sleep(warmupSeconds * 1000);
      clock.open();
      await load.send({ cmd: 'window', open: true });
      const started = performance.now();
      const elu = performance.eventLoopUtilization();
      const cpuStart = process.cpuUsage();
      await sleep(durationSeconds * 1000);
      const server = clock.take();
      const busy = performance.eventLoopUtilization(elu).utilization;
      const cpu = process.cpuUsage(cpuStart);
      const seconds = (performance.now() - started) / 1000;
      await load.send({ cmd: 'window', open: false });
      const client = (await load.send({ cmd: 'stop' })).client;
      if (!client) throw new Error('load worker returned no figures');
      for (const e of client.firstErrors) progress(`  ${bot} error: ${e.split('\n')[0] ?? ''}`);
      const result = stats(server, seconds, client, busy, cpu);
      progress(`${bot.padEnd(7)} ${String(conversations).padStart(3)} conversations: ${result.turnsPerSec} turns/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.errors} errors, thread busy ${result.busyPct} % (${result.busyMsPerTurn} ms/turn), process CPU ${result.cpuMsPerTurn} ms/turn, ${result.storeCallsPerTurn} store calls/turn`);
      gc?.();
      return result;
    };

    for (const conversations of levels) {
      let product = EMPTY;
      let echoStats = EMPTY;
      if (bots.includes('product')) {
        const app = await startProduct(logLevel, LOCAL_DEV_TENANT_ID);
        try {
          product = await measure('product', app, conversations);
        } finally {
          await app.stop();
        }
      }
      if (bots.includes('echo')) echoStats = await measure('echo', echo, conversations);
      ran.push({
        conversations,
        product,
        echo: echoStats,
        ratio: {
          throughput: echoStats.turnsPerSec > 0 ? round(product.turnsPerSec / echoStats.turnsPerSec, 3) : 0,
          p99: echoStats.p99 > 0 ? round(product.p99 / echoStats.p99, 2) : 0,
        },
      });
    }

    if (soakSeconds > 0) {
      const app = await startProduct(logLevel, LOCAL_DEV_TENANT_ID);
      let rssTimer: NodeJS.Timeout | undefined;
      try {
        clock.port = Number(new URL(app.url).port);
        await load.send({ cmd: 'run', bot: 'product', url: app.url, conversations: soakConversations, steps, soakMix: true });
        await sleep(Math.max(warmupSeconds, 10) * 1000);
        const sample = () => {
          gc?.();
          const m = process.memoryUsage();
          return { rss: m.rss, heap: m.heapUsed, heapTotal: m.heapTotal, external: m.external };
        };
        const storeStart = await app.storeBytes();
        const start = sample();
        clock.open();
        await load.send({ cmd: 'window', open: true });
        const t0 = performance.now();
        let last = t0;
        const timeline: MemorySample[] = [];
        // RSS moves by ±100 MB as V8 grows and trims its reserved heap: compare medians of frequent samples.
        const rssSamples: { at: number; rss: number }[] = [{ at: t0, rss: start.rss }];
        rssTimer = setInterval(() => rssSamples.push({ at: performance.now(), rss: process.memoryUsage.rss() }), 2000);
        let turns = 0;
        const interval = Math.min(30, soakSeconds);
        while (performance.now() - t0 < soakSeconds * 1000 - 1) {
          await sleep(Math.min(interval * 1000, soakSeconds * 1000 - (performance.now() - t0)));
          const cut = clock.take(true);
          const now = performance.now();
          turns += cut.sorted.length;
          const m = sample();
          timeline.push({ atSeconds: round((now - t0) / 1000, 0), rssMB: mb(m.rss), heapMB: mb(m.heap), heapTotalMB: mb(m.heapTotal), externalMB: mb(m.external), turnsPerSec: round(cut.sorted.length / ((now - last) / 1000), 1), p99: round(percentile(cut.sorted, 0.99), 1) });
          progress(`soak ${timeline.at(-1)?.atSeconds ?? 0} s: rss ${mb(m.rss)} MB, heap ${mb(m.heap)} MB (of ${mb(m.heapTotal)}), external ${mb(m.external)} MB, ${timeline.at(-1)?.turnsPerSec ?? 0} turns/s`);
          last = now;
        }
        clearInterval(rssTimer);
        const end = sample();
        const t1 = performance.now();
        rssSamples.push({ at: t1, rss: end.rss });
        const edge = Math.min(30_000, (soakSeconds * 1000) / 4);
        const medianOf = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 0.5);
        const rssStart = medianOf(rssSamples.filter((x) => x.at <= t0 + edge).map((x) => x.rss));
        const rssEnd = medianOf(rssSamples.filter((x) => x.at >= t1 - edge).map((x) => x.rss));
        const storeEnd = await app.storeBytes();
        clock.take();
        await load.send({ cmd: 'window', open: false });
        const client = (await load.send({ cmd: 'stop' })).client;
        const rssGrowthPct = round(((rssEnd - rssStart) / rssStart) * 100, 1);
        const heapGrowthPct = round(((end.heap - start.heap) / start.heap) * 100, 1);
        soak = {
          seconds: soakSeconds,
          conversations: soakConversations,
          gc: gc !== undefined,
          turns,
          flows: client?.flows ?? 0,
          errors: client?.errors ?? 0,
          rssStartMB: mb(rssStart),
          rssEndMB: mb(rssEnd),
          rssPeakMB: mb(Math.max(...rssSamples.map((x) => x.rss))),
          heapStartMB: mb(start.heap),
          heapEndMB: mb(end.heap),
          rssGrowthPct,
          heapGrowthPct,
          growthPct: Math.max(rssGrowthPct, heapGrowthPct),
          storeStartMB: round(storeStart / 1_048_576, 3),
          storeEndMB: round(storeEnd / 1_048_576, 3),
          timeline,
        };
      } finally {
        clearInterval(rssTimer);
        await app.stop();
      }
    }
  } finally {
    await load.close();
    await echo.stop();
    clock.detach();
  }

  const at = (n: number) => ran.find((l) => l.conversations === n && l.product.turns > 0 && l.echo.turns > 0);
  const at50 = at(50);
  const at1 = ran.find((l) => l.conversations === 1 && l.product.turns > 0);
  const target = (value: number | undefined, limit: number, ok: (v: number) => boolean): TurnsTarget =>
    value === undefined ? { pass: null, value: null, limit } : { pass: ok(value), value, limit };
  return {
    at: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, loadAverageStart: loadAtStart, loadAverageEnd: loadavg().map((x) => round(x, 2)) },
    mode: 'server',
    method:
      'server-side: http.server.request.start → http.server.response.finish (node:diagnostics_channel) for POST /api/messages, same for both bots; load generator and fake connector in a worker thread of the same process, loopback, keep-alive, closed loop',
    warmupSeconds,
    durationSeconds,
    flow: {
      turns: steps.length,
      messages: steps.filter((s) => s.kind === 'message').length,
      invokes: steps.filter((s) => s.kind === 'invoke').length,
      steps: steps.map((s) => (s.kind === 'message' ? `message:${s.text}` : `invoke:${s.verb}`)),
    },
    levels: ran,
    targets: {
      throughputAt50: target(at50?.ratio.throughput, 0.5, (v) => v >= 0.5),
      p99At50: target(at50?.ratio.p99, 2, (v) => v <= 2),
      p50At1: target(at1?.product.p50, 15, (v) => v <= 15),
      soakGrowth: target(soak?.growthPct, 10, (v) => v <= 10),
    },
    ...(soak ? { soak } : {}),
  };
}

/** The result as a table, for `npm run bench`. */
export function formatTurns(result: TurnsBench): string {
  const lines: string[] = [];
  lines.push(
    `Turns through POST /api/messages: the advice flow (${result.flow.turns} turns: ${result.flow.messages} message${result.flow.messages === 1 ? '' : 's'}, ${result.flow.invokes} invokes), product vs a bare echo bot (botbuilder + restify), ${result.durationSeconds} s per level after ${result.warmupSeconds} s warm-up`,
  );
  lines.push(`machine: ${result.machine.cpus} CPUs, load average ${result.machine.loadAverageStart.join(' ')} at the start, ${result.machine.loadAverageEnd.join(' ')} at the end`);
  lines.push('latency: server-side, request start → response finish (ms); busy: event-loop utilisation of the main thread (the bots); CPU: whole process (bots, load generator, connector) per turn');
  lines.push('conv  bot        turns/s     p50      p90      p99   errors  busy %  CPU ms/turn  store calls/turn  client p50/p99');
  for (const level of result.levels) {
    for (const [name, s] of [['product', level.product], ['echo', level.echo]] as const) {
      lines.push(
        `${String(level.conversations).padStart(4)}  ${name.padEnd(8)} ${s.turnsPerSec.toFixed(1).padStart(9)} ${s.p50.toFixed(1).padStart(7)} ${s.p90.toFixed(1).padStart(8)} ${s.p99.toFixed(1).padStart(8)} ${String(s.errors).padStart(8)} ${s.busyPct.toFixed(0).padStart(7)} ${s.cpuMsPerTurn.toFixed(2).padStart(12)} ${s.storeCallsPerTurn.toFixed(1).padStart(17)}  ${s.client.p50.toFixed(1)}/${s.client.p99.toFixed(1)}`,
      );
    }
    lines.push(`      product/echo: throughput ×${level.ratio.throughput.toFixed(2)}, p99 ×${level.ratio.p99.toFixed(2)}`);
  }
  const t = result.targets;
  const verdict = (x: TurnsTarget) => (x.pass === null ? 'not run' : x.pass ? 'PASS' : 'FAIL');
  lines.push(`targets: throughput at 50 ≥ 0.5 × echo: ${t.throughputAt50.value ?? '-'} ${verdict(t.throughputAt50)}; p99 at 50 ≤ 2 × echo: ${t.p99At50.value ?? '-'} ${verdict(t.p99At50)}; p50 at 1 ≤ 15 ms: ${t.p50At1.value ?? '-'} ${verdict(t.p50At1)}; soak growth ≤ 10 %: ${t.soakGrowth.value ?? '-'} ${verdict(t.soakGrowth)}`);
  if (result.soak) {
    const s = result.soak;
    lines.push(
      `soak ${s.seconds} s at ${s.conversations} conversations (${s.turns} turns, ${s.flows} flows, ${s.errors} errors${s.gc ? ', samples after a full GC' : ', no --expose-gc: samples without a forced GC'}): RSS ${s.rssStartMB} → ${s.rssEndMB} MB (${s.rssGrowthPct} %), heap ${s.heapStartMB} → ${s.heapEndMB} MB (${s.heapGrowthPct} %); store data ${s.storeStartMB} → ${s.storeEndMB} MB`,
    );
  }
  return lines.join('\n');
}

/** Headline figures as key=value material for `npm run bench`. */
export function turnsHeadline(result: TurnsBench): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const level of result.levels) {
    out[`turns_${level.conversations}_product_per_s`] = level.product.turnsPerSec.toFixed(0);
    out[`turns_${level.conversations}_echo_per_s`] = level.echo.turnsPerSec.toFixed(0);
    out[`turns_${level.conversations}_product_p99_ms`] = level.product.p99.toFixed(1);
    out[`turns_${level.conversations}_throughput_ratio`] = level.ratio.throughput.toFixed(2);
    out[`turns_${level.conversations}_p99_ratio`] = level.ratio.p99.toFixed(2);
  }
  const p50At1 = result.levels.find((l) => l.conversations === 1)?.product.p50;
  if (p50At1 !== undefined) out.turns_1_product_p50_ms = p50At1.toFixed(1);
  if (result.soak) out.turns_soak_growth_pct = result.soak.growthPct.toFixed(1);
  return out;
}

/** BENCH_TURNS_LEVELS, _BOTS, _SECONDS, _WARMUP and _SOAK as options (for this script and `npm run bench`). */
export function turnsOptionsFromEnv(env: NodeJS.ProcessEnv): TurnsOptions {
  const levels = env.BENCH_TURNS_LEVELS?.split(',').map(Number).filter((n) => n > 0);
  const bots = env.BENCH_TURNS_BOTS?.split(',').filter((b): b is Bot => b === 'product' || b === 'echo');
  return {
    ...(levels?.length ? { levels } : {}),
    ...(bots?.length ? { bots } : {}),
    ...(env.BENCH_TURNS_SECONDS ? { durationSeconds: Number(env.BENCH_TURNS_SECONDS) } : {}),
    ...(env.BENCH_TURNS_WARMUP ? { warmupSeconds: Number(env.BENCH_TURNS_WARMUP) } : {}),
    ...(env.BENCH_TURNS_SOAK ? { soakSeconds: Number(env.BENCH_TURNS_SOAK) } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Entry points

if (!isMainThread && (workerData as Partial<LoadWorkerData> | undefined)?.role === 'bench-turns-load') {
  await runLoadWorker();
} else if (isMainThread && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchTurns({ ...turnsOptionsFromEnv(process.env), progress: (line) => console.error(line) });
  console.log(formatTurns(result));
  console.log(JSON.stringify(result, null, 2));
}
