import type { Container, SqlParameter, SqlQuerySpec } from '@azure/cosmos';
import { fnv1a36 } from '../../domain/codes.js';
import { BadContinuation } from '../../domain/errors.js';
import {
  DecisionViewSchema,
  WeekRollupSchema,
  type DecisionFilter,
  type DecisionPage,
  type DecisionView,
  type WeekRollup,
} from '../../domain/reporting.js';
import type { CatchUpMark, ReportingRepository } from '../../ports/store.js';
import { readModifyWrite } from './etag.js';
import { isNotFound, mapCosmosError } from './errors.js';
import { BACKGROUND_CALL_TIMEOUT_MS, timeout } from './timeouts.js';

/** Large pages: on the local server every page is a scan of the container. */
const EXPORT_PAGE = 1000;
/** The catch-up mark belongs to no tenant: its own partition, never matched by a tenant's query. */
const SYSTEM_PARTITION = '_system';
const MARK_ID = 'catch-up-mark';
const MAX_CONTINUATION_CHARS = 4096;

/** Equality filters: filter key → document path. */
const EQUALS: Record<'decision' | 'lawfulBasis' | 'consent' | 'area' | 'urgency' | 'status' | 'lead', string> = {
  decision: 'c.decision',
  lawfulBasis: 'c.lawfulBasis',
  consent: 'c.consent',
  area: 'c.area',
  urgency: 'c.urgency',
  status: 'c.status',
  lead: 'c.lead.id',
};

/**
 * The list query: always scoped to the caller's tenant in WHERE (and by partition key), filters
 * as parameters, newest first. Works on the local server (no OFFSET, no GROUP BY).
 */
export function viewQuery(tenantId: string, filter: DecisionFilter): SqlQuerySpec {
  const where = ["c.tenantId = @tenantId", "c.type = 'decisionView'"];
  const parameters: SqlParameter[] = [{ name: '@tenantId', value: tenantId }];
  for (const [key, path] of Object.entries(EQUALS) as [keyof typeof EQUALS, string][]) {
    const value = filter[key];
    if (value === undefined) continue;
    where.push(`${path} = @${key}`);
    parameters.push({ name: `@${key}`, value });
  }
  if (filter.from) {
    where.push('c.decidedOn >= @from');
    parameters.push({ name: '@from', value: filter.from });
  }
  if (filter.to) {
    where.push('c.decidedOn <= @to');
    parameters.push({ name: '@to', value: filter.to });
  }
  if (filter.reference) {
    where.push('STARTSWITH(c.reference, @reference)');
    parameters.push({ name: '@reference', value: filter.reference });
  }
  return { query: `SELECT * FROM c WHERE ${where.join(' AND ')} ORDER BY c.decidedAt DESC`, parameters };
}

function stripSystem(doc: Record<string, unknown>): unknown {
  const { _rid, _self, _etag, _attachments, _ts, type, ...rest } = doc;
  void [_rid, _self, _etag, _attachments, _ts, type];
  return rest;
}

/**
 * The SDK's continuation token wrapped with a tag of the query it belongs to, so a token from
 * another filter (or another tenant, or edited by hand) is refused instead of misread.
 */
function wrap(token: string, spec: SqlQuerySpec, pageSize: number): string {
  return Buffer.from(JSON.stringify({ q: tagOf(spec, pageSize), t: token })).toString('base64url');
}

function unwrap(wrapped: string, spec: SqlQuerySpec, pageSize: number): string {
  if (wrapped.length > MAX_CONTINUATION_CHARS) throw new BadContinuation();
  try {
    const parsed = JSON.parse(Buffer.from(wrapped, 'base64url').toString('utf8')) as { q?: unknown; t?: unknown };
    if (parsed.q !== tagOf(spec, pageSize) || typeof parsed.t !== 'string' || parsed.t.length === 0) throw new BadContinuation();
    return parsed.t;
  } catch {
    throw new BadContinuation();
  }
}

function tagOf(spec: SqlQuerySpec, pageSize: number): string {
  return fnv1a36(JSON.stringify([spec, pageSize]));
}

export class CosmosReportingRepository implements ReportingRepository {
  constructor(
    private readonly container: Container,
    private readonly rollupContainer: Container,
  ) {}

  async putView(view: DecisionView): Promise<void> {
    const doc = { ...DecisionViewSchema.parse(view), type: 'decisionView' };
    await readModifyWrite<Record<string, unknown>>(this.container, view.id, view.tenantId, 'decision view', (current) => {
      if (current && typeof current.version === 'number' && current.version > view.version) return undefined;
      return doc;
    });
  }

  async getView(tenantId: string, recordId: string): Promise<DecisionView | undefined> {
    try {
      const { resource } = await this.container.item(`view:${recordId}`, tenantId).read<Record<string, unknown>>({ abortSignal: timeout() });
      return resource && resource.tenantId === tenantId ? DecisionViewSchema.parse(stripSystem(resource)) : undefined;
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw mapCosmosError(err, 'read decision view');
    }
  }

  async deleteView(tenantId: string, recordId: string): Promise<void> {
    try {
      await this.container.item(`view:${recordId}`, tenantId).delete({ abortSignal: timeout() });
    } catch (err) {
      if (!isNotFound(err)) throw mapCosmosError(err, 'delete decision view');
    }
  }

  async listViews(tenantId: string, filter: DecisionFilter, pageSize: number, continuation?: string): Promise<DecisionPage> {
    const spec = viewQuery(tenantId, filter);
    const token = continuation ? unwrap(continuation, spec, pageSize) : undefined;
    try {
      const page = await this.container.items
        .query<Record<string, unknown>>(spec, { partitionKey: tenantId, maxItemCount: pageSize, continuationToken: token, abortSignal: timeout() })
        .fetchNext();
      const items = page.resources.map((d) => DecisionViewSchema.parse(stripSystem(d)));
      return { items, ...(page.continuationToken ? { continuation: wrap(page.continuationToken, spec, pageSize) } : {}) };
    } catch (err) {
      // A token of the right shape that the store cannot resume from.
      if (token && statusOf(err) === 400) throw new BadContinuation();
      throw mapCosmosError(err, 'list decision views');
    }
  }

  async *streamViews(tenantId: string, filter: DecisionFilter): AsyncIterable<DecisionView[]> {
    const iterator = this.container.items.query<Record<string, unknown>>(viewQuery(tenantId, filter), { partitionKey: tenantId, maxItemCount: EXPORT_PAGE });
    while (iterator.hasMoreResults()) {
      let resources: Record<string, unknown>[];
      try {
        ({ resources } = await iterator.fetchNext());
      } catch (err) {
        throw mapCosmosError(err, 'export decision views');
      }
      if (resources.length > 0) yield resources.map((d) => DecisionViewSchema.parse(stripSystem(d)));
    }
  }

  async viewsOfWeek(tenantId: string, week: string): Promise<Pick<DecisionView, 'decision' | 'sharedWithoutConsent'>[]> {
    try {
      const { resources } = await this.container.items
        .query<Pick<DecisionView, 'decision' | 'sharedWithoutConsent'>>(
          {
            query: "SELECT c.decision, c.sharedWithoutConsent FROM c WHERE c.tenantId = @tenantId AND c.type = 'decisionView' AND c.week = @week",
            parameters: [
              { name: '@tenantId', value: tenantId },
              { name: '@week', value: week },
            ],
          },
          { partitionKey: tenantId, abortSignal: timeout(BACKGROUND_CALL_TIMEOUT_MS) },
        )
        .fetchAll();
      return resources;
    } catch (err) {
      throw mapCosmosError(err, 'read decision views of week');
    }
  }

  async decidedRequestsOfWeek(tenantId: string, askedWeek: string): Promise<string[]> {
    try {
      const { resources } = await this.container.items
        .query<string>(
          {
            query: "SELECT VALUE c.requestId FROM c WHERE c.tenantId = @tenantId AND c.type = 'decisionView' AND c.askedWeek = @week",
            parameters: [
              { name: '@tenantId', value: tenantId },
              { name: '@week', value: askedWeek },
            ],
          },
          { partitionKey: tenantId, abortSignal: timeout(BACKGROUND_CALL_TIMEOUT_MS) },
        )
        .fetchAll();
      return resources.filter((id): id is string => typeof id === 'string');
    } catch (err) {
      throw mapCosmosError(err, 'read decided requests of week');
    }
  }

  async awaitingDecision(tenantId: string): Promise<number> {
    try {
      const { resources } = await this.rollupContainer.items
        .query<number>(
          {
            query: "SELECT VALUE SUM(c.awaitingDecision) FROM c WHERE c.tenantId = @tenantId AND c.type = 'weekRollup'",
            parameters: [{ name: '@tenantId', value: tenantId }],
          },
          { partitionKey: tenantId, abortSignal: timeout() },
        )
        .fetchAll();
      // No rollups (or none with the figure yet): SUM gives nothing rather than 0.
      return resources.reduce((n: number, v) => n + (typeof v === 'number' ? v : 0), 0);
    } catch (err) {
      throw mapCosmosError(err, 'read requests awaiting a decision');
    }
  }

  async putRollup(rollup: WeekRollup): Promise<void> {
    try {
      await this.rollupContainer.items.upsert({ ...WeekRollupSchema.parse(rollup), type: 'weekRollup' }, { abortSignal: timeout() });
    } catch (err) {
      throw mapCosmosError(err, 'write week rollup');
    }
  }

  async getMark(): Promise<CatchUpMark | undefined> {
    try {
      const { resource } = await this.container.item(MARK_ID, SYSTEM_PARTITION).read<Partial<CatchUpMark>>({ abortSignal: timeout() });
      if (typeof resource?.since !== 'string') return undefined;
      return {
        since: resource.since,
        pendingWeeks: Array.isArray(resource.pendingWeeks) ? resource.pendingWeeks.filter((w) => typeof w === 'string') : [],
        ...(typeof resource.shape === 'number' ? { shape: resource.shape } : {}),
      };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw mapCosmosError(err, 'read reporting mark');
    }
  }

  async putMark(mark: CatchUpMark): Promise<void> {
    try {
      await this.container.items.upsert({ id: MARK_ID, tenantId: SYSTEM_PARTITION, type: 'mark', since: mark.since, pendingWeeks: mark.pendingWeeks, ...(mark.shape === undefined ? {} : { shape: mark.shape }) }, { abortSignal: timeout() });
    } catch (err) {
      throw mapCosmosError(err, 'write reporting mark');
    }
  }

  async rollups(tenantId: string, fromWeek: string, toWeek: string): Promise<WeekRollup[]> {
    try {
      const { resources } = await this.rollupContainer.items
        .query<Record<string, unknown>>(
          {
            query: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.type = 'weekRollup' AND c.week >= @from AND c.week <= @to ORDER BY c.week",
            parameters: [
              { name: '@tenantId', value: tenantId },
              { name: '@from', value: fromWeek },
              { name: '@to', value: toWeek },
            ],
          },
          { partitionKey: tenantId, abortSignal: timeout() },
        )
        .fetchAll();
      return resources.map((d) => WeekRollupSchema.parse(stripSystem(d)));
    } catch (err) {
      throw mapCosmosError(err, 'read week rollups');
    }
  }
}

function statusOf(err: unknown): unknown {
  return typeof err === 'object' && err !== null ? ((err as { statusCode?: unknown; code?: unknown }).statusCode ?? (err as { code?: unknown }).code) : undefined;
}
