import { percentile } from '../../src/domain/reporting.js';
import type { ClientStats } from './protocol.js';
import type { ServerWindow } from './server-clock.js';
import type { TurnStats } from './types.js';

/** Nearest-rank percentile (p from 0 to 100) of ascending values; 0 for none. */
export const pct = (sorted: readonly number[], p: number): number => percentile(sorted, p) ?? 0;

export const round = (x: number, digits = 1): number => Number(x.toFixed(digits));
export const mb = (bytes: number): number => round(bytes / 1_048_576, 1);
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One bot's figures for one measured window. */
export function stats(server: ServerWindow, seconds: number, client: ClientStats, busy: number, cpu: NodeJS.CpuUsage): TurnStats {
  const s = server.sorted;
  return {
    turns: s.length,
    turnsPerSec: round(s.length / seconds, 1),
    p50: round(pct(s, 50), 2),
    p90: round(pct(s, 90), 2),
    p99: round(pct(s, 99), 2),
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

/** A bot that was not run. */
export const EMPTY: TurnStats = { turns: 0, turnsPerSec: 0, p50: 0, p90: 0, p99: 0, max: 0, errors: 0, flows: 0, client: { p50: 0, p99: 0 }, busyPct: 0, busyMsPerTurn: 0, cpuMsPerTurn: 0, storeCallsPerTurn: 0 };
