import { READ_MODEL_SHAPE, addDays, decisionView, rollupWeek, weekOf } from '../domain/reporting.js';
import { decisionEvent, type DecisionRecord } from '../domain/decision.js';
import type { HandlerDeps } from '../handlers/context.js';

/**
 * Keeps the managers' read models up to date: a summary row per decision record and figures
 * per tenant and week. Everything here is recomputed from the records (never incremented), so
 * running it twice, late or after a crash gives the same result.
 */

type ReportingDeps = Pick<HandlerDeps, 'store' | 'clock'>;

/**
 * Writes the summary row of a record from one of its versions (a later version's row is kept);
 * returns the weeks whose figures it touches: the week it was decided and the week its request
 * was asked (that week's "advice given, no decision recorded" goes down). `known` are the
 * record's versions when the caller has read them already.
 */
export async function projectVersion(version: DecisionRecord, deps: ReportingDeps, known?: readonly DecisionRecord[]): Promise<string[]> {
  // Up to this version: the first gives the decision date, the amendments their reasons.
  const all = version.version === 1 ? [version] : (known ?? (await deps.store.decisions.versions(version.tenantId, version.recordId)));
  const versions = all.filter((v) => v.version <= version.version);
  if (versions[0]?.version !== 1) return [];
  const request = version.requestId ? await deps.store.requests.get(version.tenantId, version.requestId) : undefined;
  const view = decisionView(versions, request);
  await deps.store.reporting.putView(view);
  return [...new Set([view.week, ...(view.askedWeek ? [view.askedWeek] : [])])];
}

/** Recomputes one week's figures from that week's requests and decision rows (three single-partition queries, side by side). */
export async function refreshWeek(tenantId: string, week: string, deps: ReportingDeps): Promise<void> {
  const [times, views, decided] = await Promise.all([
    deps.store.requests.timesBetween(tenantId, `${week}T00:00:00.000Z`, `${addDays(week, 7)}T00:00:00.000Z`),
    deps.store.reporting.viewsOfWeek(tenantId, week),
    deps.store.reporting.decidedRequestsOfWeek(tenantId, week),
  ]);
  await deps.store.reporting.putRollup(rollupWeek(tenantId, week, times, views, new Set(decided), deps.clock.now()));
}

/** After a decision is recorded: its row and its week, straight away (the catch-up pass is the safety net). */
export async function reportDecision(tenantId: string, recordId: string, deps: ReportingDeps): Promise<void> {
  const versions = await deps.store.decisions.versions(tenantId, recordId);
  const latest = versions.at(-1);
  const weeks = latest ? await projectVersion(latest, deps, versions) : [];
  await Promise.all(weeks.map((week) => refreshWeek(tenantId, week, deps)));
}

/** How far back each pass looks again, for writes whose clock ran behind another instance's. */
export const CATCH_UP_OVERLAP_MS = 2 * 60_000;
const CATCH_UP_BATCH = 200;

export interface CatchUpPass {
  records: number;
  weeks: number;
  /** A batch was full: more changes are waiting for the next pass. */
  more: boolean;
}

/**
 * One pass of the catch-up: every request changed and every decision version recorded since the
 * mark gets its row and week recomputed; then the mark moves on. Started with no mark, it
 * rebuilds everything, a batch per pass.
 */
export async function catchUpReporting(deps: ReportingDeps): Promise<CatchUpPass> {
  const stored = await deps.store.reporting.getMark();
  // No mark, or rows of an older shape: rebuild everything (a batch per pass).
  const mark = stored && stored.shape === READ_MODEL_SHAPE ? stored : { since: '1970-01-01T00:00:00.000Z', pendingWeeks: [], shape: READ_MODEL_SHAPE };
  const { since } = mark;
  const [versions, requests] = await Promise.all([
    deps.store.decisions.changedSince(since, CATCH_UP_BATCH),
    deps.store.requests.changedSince(since, CATCH_UP_BATCH),
  ]);
  const weeks = new Set(mark.pendingWeeks);
  for (const version of versions) {
    // The version's audit event is appended after the answer; if that failed, it is written here (same id: once).
    await deps.store.audit.append(decisionEvent(version));
    for (const week of await projectVersion(version, deps)) weeks.add(`${version.tenantId}|${week}`);
  }
  for (const r of requests) weeks.add(`${r.tenantId}|${weekOf(r.createdAt)}`);

  // A full batch may have more after it: move on only to the end of the shorter full batch, and
  // leave the weeks for the pass that catches up (a rebuild recomputes each week once).
  // Otherwise everything up to now was seen: the next pass looks back a little, for late clocks.
  const fullEnds = [versions.map((v) => v.createdAt), requests.map((r) => r.at)].filter((list) => list.length === CATCH_UP_BATCH).map((list) => list.at(-1)!);
  const latest = [...versions.map((v) => v.createdAt), ...requests.map((r) => r.at)].sort().at(-1);
  const more = fullEnds.length > 0;
  if (!more) {
    for (const key of weeks) {
      const [tenantId, week] = key.split('|') as [string, string];
      await refreshWeek(tenantId, week, deps);
    }
  }
  const next = more ? fullEnds.sort()[0]! : latest ? new Date(Math.max(Date.parse(since), Date.parse(latest) - CATCH_UP_OVERLAP_MS)).toISOString() : since;
  const pendingWeeks = more ? [...weeks] : [];
  if (next !== since || pendingWeeks.length !== mark.pendingWeeks.length || stored?.shape !== READ_MODEL_SHAPE) await deps.store.reporting.putMark({ since: next, pendingWeeks, shape: READ_MODEL_SHAPE });
  return { records: new Set(versions.map((v) => `${v.tenantId}|${v.recordId}`)).size, weeks: more ? 0 : weeks.size, more };
}
