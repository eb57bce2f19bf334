import { performance } from 'node:perf_hooks';
import type { LoadWorker } from './load.js';
import type { ProductServed } from './product.js';
import type { Step } from './protocol.js';
import type { ServerClock } from './server-clock.js';
import { mb, pct, round, sleep } from './stats.js';
import type { MemorySample, TurnsSoak } from './types.js';

export interface SoakOptions {
  seconds: number;
  conversations: number;
  warmupSeconds: number;
  steps: Step[];
  /** `global.gc` under --expose-gc: each sample is then taken right after a full GC. */
  gc: (() => void) | undefined;
  progress: (line: string) => void;
}

/**
 * The soak, product only: the flow plus "my requests" in a closed loop; heap after a full GC at
 * its start and end, and RSS as medians of 2-second samples over its first and last 30 s (RSS
 * moves by ±100 MB as V8 grows and trims its heap), with a sample every 30 s for the timeline.
 */
export async function runSoak(app: ProductServed, load: LoadWorker, clock: ServerClock, options: SoakOptions): Promise<TurnsSoak> {
  const { seconds: soakSeconds, conversations, warmupSeconds, steps, gc, progress } = options;
  let rssTimer: NodeJS.Timeout | undefined;
  try {
    clock.port = Number(new URL(app.url).port);
    await load.send({ cmd: 'run', bot: 'product', url: app.url, conversations, steps, soakMix: true });
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
      timeline.push({ atSeconds: round((now - t0) / 1000, 0), rssMB: mb(m.rss), heapMB: mb(m.heap), heapTotalMB: mb(m.heapTotal), externalMB: mb(m.external), turnsPerSec: round(cut.sorted.length / ((now - last) / 1000), 1), p99: round(pct(cut.sorted, 99), 1) });
      progress(`soak ${timeline.at(-1)?.atSeconds ?? 0} s: rss ${mb(m.rss)} MB, heap ${mb(m.heap)} MB (of ${mb(m.heapTotal)}), external ${mb(m.external)} MB, ${timeline.at(-1)?.turnsPerSec ?? 0} turns/s`);
      last = now;
    }
    clearInterval(rssTimer);
    const end = sample();
    const t1 = performance.now();
    rssSamples.push({ at: t1, rss: end.rss });
    const edge = Math.min(30_000, (soakSeconds * 1000) / 4);
    const medianOf = (xs: number[]) => pct([...xs].sort((a, b) => a - b), 50);
    const rssStart = medianOf(rssSamples.filter((x) => x.at <= t0 + edge).map((x) => x.rss));
    const rssEnd = medianOf(rssSamples.filter((x) => x.at >= t1 - edge).map((x) => x.rss));
    const storeEnd = await app.storeBytes();
    clock.take();
    await load.send({ cmd: 'window', open: false });
    const client = (await load.send({ cmd: 'stop' })).client;
    const rssGrowthPct = round(((rssEnd - rssStart) / rssStart) * 100, 1);
    const heapGrowthPct = round(((end.heap - start.heap) / start.heap) * 100, 1);
    return {
      seconds: soakSeconds,
      conversations,
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
  }
}
