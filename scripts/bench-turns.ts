/**
 * Turns through the real HTTP endpoint, side by side with a bare echo bot:
 *   npx tsx scripts/bench-turns.ts                 (table, then the result as JSON)
 *   BENCH_TURNS_SOAK=300 npx tsx --expose-gc scripts/bench-turns.ts   (with the 5-minute soak)
 * Environment: BENCH_TURNS_LEVELS (default 1,10,50), BENCH_TURNS_SECONDS (measured seconds per
 * level and bot, default 12), BENCH_TURNS_WARMUP (default 3), BENCH_TURNS_SOAK (seconds, default 0
 * = off), BENCH_TURNS_BOTS (product,echo: one of them for profiling with --cpu-prof).
 *
 * This file runs the levels and assembles the result; its parts are in scripts/bench-turns/:
 * product.ts (the app as `npm run serve` runs it locally, a fresh empty store per level),
 * echo-bot.ts (the baseline), server-clock.ts (the server-side clock), load.ts and
 * load-worker.ts (the worker thread, its commands in protocol.ts), load-generator.ts (the
 * conversations, with the test kit's activities and card readers), stats.ts, soak.ts, report.ts
 * (the table and the key=value figures) and types.ts (the result's shape).
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
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { LOCAL_DEV_TENANT_ID } from '../src/config.js';
import { ASK } from '../test/kit/flows.js';
import { startEcho } from './bench-turns/echo-bot.js';
import { LoadWorker } from './bench-turns/load.js';
import { startProduct } from './bench-turns/product.js';
import type { Step } from './bench-turns/protocol.js';
import { formatTurns } from './bench-turns/report.js';
import { ServerClock } from './bench-turns/server-clock.js';
import { runSoak } from './bench-turns/soak.js';
import { EMPTY, round, sleep, stats } from './bench-turns/stats.js';
import type { Bot, Served, TurnStats, TurnsBench, TurnsLevel, TurnsOptions, TurnsSoak, TurnsTarget } from './bench-turns/types.js';

export { formatTurns, turnsHeadline } from './bench-turns/report.js';
export type { TurnsBench, TurnsOptions } from './bench-turns/types.js';

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
      try {
        soak = await runSoak(app, load, clock, { seconds: soakSeconds, conversations: soakConversations, warmupSeconds, steps, gc, progress });
      } finally {
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchTurns({ ...turnsOptionsFromEnv(process.env), progress: (line) => console.error(line) });
  console.log(formatTurns(result));
  console.log(JSON.stringify(result, null, 2));
}
