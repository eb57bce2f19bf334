import type { TurnsBench, TurnsTarget } from './types.js';

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
