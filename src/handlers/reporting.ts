import { addDays, decisionView, rollupWeek, weekOf } from '../domain/reporting.js';
import type { HandlerDeps } from './context.js';

/**
 * Keeps the managers' read models up to date: a summary row per decision record and figures
 * per tenant and week. Everything here is recomputed from the records (never incremented), so
 * running it twice, late or after a crash gives the same result.
 */

type ReportingDeps = Pick<HandlerDeps, 'store' | 'clock'>;

/** Writes the summary row of a record from its latest version; returns the week it counts in. */
export async function projectRecord(tenantId: string, recordId: string, deps: ReportingDeps): Promise<string | undefined> {
  const versions = await deps.store.decisions.versions(tenantId, recordId);
  const first = versions[0];
  const latest = versions.at(-1);
  if (!first || !latest) return undefined;
  const request = latest.requestId ? await deps.store.requests.get(tenantId, latest.requestId) : undefined;
  const view = decisionView(latest, first, request);
  await deps.store.reporting.putView(view);
  return view.week;
}

/** Recomputes one week's figures from that week's requests and decision rows. */
export async function refreshWeek(tenantId: string, week: string, deps: ReportingDeps): Promise<void> {
  const [times, views] = await Promise.all([
    deps.store.requests.timesBetween(tenantId, `${week}T00:00:00.000Z`, `${addDays(week, 7)}T00:00:00.000Z`),
    deps.store.reporting.viewsOfWeek(tenantId, week),
  ]);
  await deps.store.reporting.putRollup(rollupWeek(tenantId, week, times, views, deps.clock.now()));
}

/** After a decision is recorded: its row and its week, straight away (the catch-up pass is the safety net). */
export async function reportDecision(tenantId: string, recordId: string, deps: ReportingDeps): Promise<void> {
  const week = await projectRecord(tenantId, recordId, deps);
  if (week) await refreshWeek(tenantId, week, deps);
}

/** How far back each pass looks again, for writes whose clock ran behind another instance's. */
export const CATCH_UP_OVERLAP_MS = 2 * 60_000;
const CATCH_UP_BATCH = 200;

export interface CatchUpPass {
  records: number;
  weeks: number;
}

/**
 * One pass of the catch-up: every request changed and every decision version recorded since the
 * mark gets its row and week recomputed; then the mark moves on. Started with no mark, it
 * rebuilds everything, a batch per pass.
 */
export async function catchUpReporting(deps: ReportingDeps): Promise<CatchUpPass> {
  const since = (await deps.store.reporting.getMark()) ?? '1970-01-01T00:00:00.000Z';
  const [versions, requests] = await Promise.all([
    deps.store.decisions.changedSince(since, CATCH_UP_BATCH),
    deps.store.requests.changedSince(since, CATCH_UP_BATCH),
  ]);
  const weeks = new Map<string, { tenantId: string; week: string }>();
  const add = (tenantId: string, week: string) => weeks.set(`${tenantId}|${week}`, { tenantId, week });
  const records = new Map(versions.map((v) => [`${v.tenantId}|${v.id}`, v]));
  for (const v of records.values()) {
    const week = await projectRecord(v.tenantId, v.id, deps);
    if (week) add(v.tenantId, week);
  }
  for (const r of requests) add(r.tenantId, weekOf(r.createdAt));
  for (const { tenantId, week } of weeks.values()) await refreshWeek(tenantId, week, deps);

  // A full batch may have more after it: move on only to the end of the shorter full batch.
  // Otherwise everything up to now was seen: the next pass looks back a little, for late clocks.
  const fullEnds = [versions, requests].filter((list) => list.length === CATCH_UP_BATCH).map((list) => list.at(-1)!.at);
  const latest = [...versions, ...requests].map((c) => c.at).sort().at(-1);
  const next = fullEnds.length > 0 ? fullEnds.sort()[0]! : latest ? new Date(Math.max(Date.parse(since), Date.parse(latest) - CATCH_UP_OVERLAP_MS)).toISOString() : since;
  if (next !== since) await deps.store.reporting.putMark(next);
  return { records: records.size, weeks: weeks.size };
}
