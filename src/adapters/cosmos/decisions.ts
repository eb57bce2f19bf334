import { AlreadyExists } from '../../domain/errors.js';
import type { Container } from '@azure/cosmos';
import { DecisionRecordSchema, type DecisionRecord } from '../../domain/decision.js';
import type { DecisionRepository, VersionResult } from '../../ports/store.js';
import { isNotFound, mapCosmosError } from './errors.js';
import { BACKGROUND_CALL_TIMEOUT_MS, timeout } from './timeouts.js';

function parse(doc: unknown): DecisionRecord {
  return DecisionRecordSchema.parse(doc);
}

/** Create-only: a version that exists is never replaced (409 → the caller picks the next version). */
export class CosmosDecisionRepository implements DecisionRepository {
  constructor(private readonly container: Container) {}

  async createVersion(record: DecisionRecord): Promise<VersionResult> {
    try {
      await this.container.items.create({ ...DecisionRecordSchema.parse(record), type: 'decision' }, { abortSignal: timeout() });
      return { outcome: 'created' };
    } catch (err) {
      const mapped = mapCosmosError(err, 'create decision version');
      if (!(mapped instanceof AlreadyExists)) throw mapped;
      try {
        const { resource } = await this.container.item(record.id, record.tenantId).read<Record<string, unknown>>({ abortSignal: timeout() });
        if (!resource) throw mapped;
        return { outcome: 'versionTaken', existing: parse(resource) };
      } catch (readErr) {
        if (isNotFound(readErr)) throw mapped;
        throw mapCosmosError(readErr, 'read decision version');
      }
    }
  }

  async versions(tenantId: string, recordId: string): Promise<DecisionRecord[]> {
    try {
      const { resources } = await this.container.items
        .query(
          {
            query: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.type = 'decision' AND c.recordId = @recordId ORDER BY c.version",
            parameters: [
              { name: '@tenantId', value: tenantId },
              { name: '@recordId', value: recordId },
            ],
          },
          { partitionKey: tenantId, abortSignal: timeout() },
        )
        .fetchAll();
      return resources.map(parse);
    } catch (err) {
      throw mapCosmosError(err, 'read decision versions');
    }
  }

  async listByMaker(tenantId: string, userId: string, limit: number): Promise<DecisionRecord[]> {
    try {
      const { resources } = await this.container.items
        .query(
          {
            query:
              "SELECT TOP @limit * FROM c WHERE c.tenantId = @tenantId AND c.type = 'decision' AND c.decisionMaker.id = @userId ORDER BY c.createdAt DESC",
            parameters: [
              { name: '@limit', value: limit * 4 },
              { name: '@tenantId', value: tenantId },
              { name: '@userId', value: userId },
            ],
          },
          { partitionKey: tenantId, abortSignal: timeout() },
        )
        .fetchAll();
      const latest = new Map<string, DecisionRecord>();
      for (const record of resources.map(parse)) {
        const seen = latest.get(record.recordId);
        if (!seen || seen.version < record.version) latest.set(record.recordId, record);
      }
      return [...latest.values()].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt)).slice(0, limit);
    } catch (err) {
      throw mapCosmosError(err, 'list decisions');
    }
  }

  async changedSince(since: string, limit: number): Promise<DecisionRecord[]> {
    try {
      const { resources } = await this.container.items
        .query(
          {
            query: "SELECT TOP @limit * FROM c WHERE c.type = 'decision' AND c.createdAt >= @since ORDER BY c.createdAt",
            parameters: [
              { name: '@limit', value: limit },
              { name: '@since', value: since },
            ],
          },
          { maxItemCount: limit, abortSignal: timeout(BACKGROUND_CALL_TIMEOUT_MS) },
        )
        .fetchAll();
      return resources.map(parse);
    } catch (err) {
      throw mapCosmosError(err, 'list changed decisions');
    }
  }

  async recordedAmong(tenantId: string, recordIds: readonly string[]): Promise<Set<string>> {
    if (recordIds.length === 0) return new Set();
    try {
      const { resources } = await this.container.items
        .query<{ recordId: string }>(
          {
            query: "SELECT c.recordId FROM c WHERE c.tenantId = @tenantId AND c.type = 'decision' AND c.version = 1 AND ARRAY_CONTAINS(@ids, c.recordId)",
            parameters: [
              { name: '@tenantId', value: tenantId },
              { name: '@ids', value: [...recordIds] },
            ],
          },
          { partitionKey: tenantId, abortSignal: timeout() },
        )
        .fetchAll();
      return new Set(resources.map((r) => r.recordId));
    } catch (err) {
      throw mapCosmosError(err, 'find recorded decisions');
    }
  }

  async first(tenantId: string, recordId: string): Promise<DecisionRecord | undefined> {
    try {
      const { resource } = await this.container.item(`${recordId}:v1`, tenantId).read<Record<string, unknown>>({ abortSignal: timeout() });
      return resource && resource.tenantId === tenantId ? parse(resource) : undefined;
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw mapCosmosError(err, 'read first decision version');
    }
  }

  async listPastRetention(now: Date, limit: number): Promise<{ tenantId: string; recordId: string }[]> {
    try {
      const { resources } = await this.container.items
        .query<{ tenantId: string; recordId: string }>(
          {
            query: "SELECT TOP @limit c.tenantId, c.recordId FROM c WHERE c.type = 'decision' AND IS_DEFINED(c.purgeAfter) AND c.purgeAfter <= @now",
            parameters: [
              { name: '@limit', value: limit },
              { name: '@now', value: now.toISOString() },
            ],
          },
          { abortSignal: timeout() },
        )
        .fetchAll();
      const seen = new Map<string, { tenantId: string; recordId: string }>();
      for (const r of resources) seen.set(`${r.tenantId}/${r.recordId}`, { tenantId: r.tenantId, recordId: r.recordId });
      return [...seen.values()];
    } catch (err) {
      throw mapCosmosError(err, 'list decisions past retention');
    }
  }

  async purge(tenantId: string, recordId: string): Promise<number> {
    const versions = await this.versions(tenantId, recordId);
    for (const v of versions) {
      try {
        await this.container.item(v.id, tenantId).delete({ abortSignal: timeout() });
      } catch (err) {
        if (!isNotFound(err)) throw mapCosmosError(err, 'purge decision version');
      }
    }
    return versions.length;
  }
}
