import { requestTimes, type RequestTimes } from '../../domain/reporting.js';
import type { Container } from '@azure/cosmos';
import { AdviceRequestSchema, nextDueAt, type AdviceRequest } from '../../domain/request.js';
import { MAIN_SETTING_ID } from '../../domain/setting.js';
import { AlreadyExists, ConcurrencyConflict } from '../../domain/errors.js';
import type { Changed, CreateResult, RequestRepository, Versioned } from '../../ports/store.js';
import { isNotFound, mapCosmosError } from './errors.js';
import { BACKGROUND_CALL_TIMEOUT_MS, timeout } from './timeouts.js';

function parse(doc: unknown): AdviceRequest {
  return AdviceRequestSchema.parse(doc);
}

/** The stored document: the request plus its derived scheduler index (`nextDueAt`). */
function toDoc(r: AdviceRequest): AdviceRequest & { type: 'request' } {
  const due = nextDueAt(r);
  const { nextDueAt: _old, ...rest } = r;
  return { ...rest, ...(due ? { nextDueAt: due } : {}), type: 'request' };
}

export class CosmosRequestRepository implements RequestRepository {
  constructor(private readonly container: Container) {}

  async create(request: AdviceRequest): Promise<CreateResult> {
    try {
      await this.container.items.create(toDoc(request), { abortSignal: timeout() });
      return { outcome: 'created' };
    } catch (err) {
      const mapped = mapCosmosError(err, 'create request');
      if (!(mapped instanceof AlreadyExists)) throw mapped;
      const existing = await this.get(request.tenantId, request.id);
      if (!existing) throw mapped;
      return existing.draftId === request.draftId ? { outcome: 'duplicate', existing } : { outcome: 'referenceTaken' };
    }
  }

  async get(tenantId: string, id: string): Promise<AdviceRequest | undefined> {
    return (await this.getVersioned(tenantId, id))?.value;
  }

  async getVersioned(tenantId: string, id: string): Promise<Versioned<AdviceRequest> | undefined> {
    try {
      const { resource } = await this.container.item(id, tenantId).read<Record<string, unknown>>({ abortSignal: timeout() });
      return resource ? { value: parse(resource), etag: String(resource._etag) } : undefined;
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw mapCosmosError(err, 'read request');
    }
  }

  async changedSince(since: string, limit: number): Promise<Changed[]> {
    try {
      const { resources } = await this.container.items
        .query<{ tenantId: string; id: string; createdAt: string; updatedAt: string }>(
          {
            query: "SELECT TOP @limit c.tenantId, c.id, c.createdAt, c.updatedAt FROM c WHERE c.type = 'request' AND c.updatedAt >= @since ORDER BY c.updatedAt",
            parameters: [
              { name: '@limit', value: limit },
              { name: '@since', value: since },
            ],
          },
          { maxItemCount: limit, abortSignal: timeout(BACKGROUND_CALL_TIMEOUT_MS) },
        )
        .fetchAll();
      return resources.map((r) => ({ tenantId: r.tenantId, id: r.id, createdAt: r.createdAt, at: r.updatedAt }));
    } catch (err) {
      throw mapCosmosError(err, 'list changed requests');
    }
  }

  async timesBetween(tenantId: string, from: string, to: string): Promise<RequestTimes[]> {
    try {
      const { resources } = await this.container.items
        .query<Pick<AdviceRequest, 'id' | 'status' | 'createdAt' | 'claimedAt' | 'answeredAt' | 'lead'> & { escalated?: AdviceRequest['escalated'] }>(
          {
            query:
              "SELECT c.id, c.status, c.createdAt, c.claimedAt, c.answeredAt, c.escalated, c.lead FROM c WHERE c.tenantId = @tenantId AND c.type = 'request' AND c.createdAt >= @from AND c.createdAt < @to",
            parameters: [
              { name: '@tenantId', value: tenantId },
              { name: '@from', value: from },
              { name: '@to', value: to },
            ],
          },
          { partitionKey: tenantId, abortSignal: timeout(BACKGROUND_CALL_TIMEOUT_MS) },
        )
        .fetchAll();
      return resources.map((r) => requestTimes({ ...r, escalated: r.escalated ?? {} }));
    } catch (err) {
      throw mapCosmosError(err, 'read request times');
    }
  }

  async listByAsker(tenantId: string, askerId: string, limit: number): Promise<AdviceRequest[]> {
    try {
      const { resources } = await this.container.items
        .query(
          {
            // tenantId in WHERE as well: the local server ignores the partitionKey option.
            query: 'SELECT TOP @limit * FROM c WHERE c.tenantId = @tenantId AND c.asker.id = @askerId ORDER BY c.createdAt DESC',
            parameters: [
              { name: '@limit', value: limit },
              { name: '@tenantId', value: tenantId },
              { name: '@askerId', value: askerId },
            ],
          },
          { partitionKey: tenantId, abortSignal: timeout() },
        )
        .fetchAll();
      return resources.map(parse);
    } catch (err) {
      throw mapCosmosError(err, 'list requests');
    }
  }

  async listOpenForSetting(tenantId: string, settingId: string, limit: number, answeredSince?: string): Promise<AdviceRequest[]> {
    // Requests from before settings carry no settingId: they are main's. One partition, the tenant in WHERE too.
    const setting = settingId === MAIN_SETTING_ID ? '(c.settingId = @settingId OR NOT IS_DEFINED(c.settingId))' : 'c.settingId = @settingId';
    const answered = answeredSince ? " OR (c.status = 'answered' AND c.answeredAt >= @answeredSince)" : '';
    try {
      const { resources } = await this.container.items
        .query(
          {
            query: `SELECT TOP @limit * FROM c WHERE c.tenantId = @tenantId AND c.type = 'request' AND ${setting} AND (c.status = 'sent' OR c.status = 'claimed'${answered}) ORDER BY c.createdAt`,
            parameters: [
              { name: '@limit', value: limit },
              { name: '@tenantId', value: tenantId },
              { name: '@settingId', value: settingId },
              ...(answeredSince ? [{ name: '@answeredSince', value: answeredSince }] : []),
            ],
          },
          { partitionKey: tenantId, abortSignal: timeout() },
        )
        .fetchAll();
      return resources.map(parse);
    } catch (err) {
      throw mapCosmosError(err, 'list a setting\'s open requests');
    }
  }

  async answeredIdsForSetting(tenantId: string, settingId: string, limit: number): Promise<string[]> {
    const setting = settingId === MAIN_SETTING_ID ? '(c.settingId = @settingId OR NOT IS_DEFINED(c.settingId))' : 'c.settingId = @settingId';
    try {
      const { resources } = await this.container.items
        .query<{ id: string }>(
          {
            query: `SELECT TOP @limit c.id FROM c WHERE c.tenantId = @tenantId AND c.type = 'request' AND c.status = 'answered' AND ${setting} ORDER BY c.createdAt`,
            parameters: [
              { name: '@limit', value: limit },
              { name: '@tenantId', value: tenantId },
              { name: '@settingId', value: settingId },
            ],
          },
          { partitionKey: tenantId, abortSignal: timeout() },
        )
        .fetchAll();
      return resources.map((r) => r.id);
    } catch (err) {
      throw mapCosmosError(err, "list a setting's answered requests");
    }
  }

  /** Cross-partition on purpose: the scheduler serves every tenant. `field` is a stored ISO time. */
  private async listUpTo(field: 'nextDueAt' | 'purgeAfter', now: Date, limit: number, what: string): Promise<AdviceRequest[]> {
    try {
      const { resources } = await this.container.items
        .query(
          {
            query: `SELECT TOP @limit * FROM c WHERE c.type = 'request' AND IS_DEFINED(c.${field}) AND c.${field} <= @now ORDER BY c.${field}`,
            parameters: [
              { name: '@limit', value: limit },
              { name: '@now', value: now.toISOString() },
            ],
          },
          { abortSignal: timeout() },
        )
        .fetchAll();
      return resources.map(parse);
    } catch (err) {
      throw mapCosmosError(err, what);
    }
  }

  listDue(now: Date, limit: number): Promise<AdviceRequest[]> {
    return this.listUpTo('nextDueAt', now, limit, 'list due requests');
  }

  listPastRetention(now: Date, limit: number): Promise<AdviceRequest[]> {
    return this.listUpTo('purgeAfter', now, limit, 'list requests past retention');
  }

  async purge(tenantId: string, id: string): Promise<void> {
    try {
      await this.container.item(id, tenantId).delete({ abortSignal: timeout() });
    } catch (err) {
      if (!isNotFound(err)) throw mapCosmosError(err, 'purge request');
    }
  }

  async update(
    tenantId: string,
    id: string,
    change: (current: AdviceRequest) => AdviceRequest | undefined,
    first?: Versioned<AdviceRequest>,
  ): Promise<AdviceRequest | undefined> {
    let known = first;
    for (let attempt = 0; attempt < 5; attempt++) {
      const read = known ?? (await this.getVersioned(tenantId, id));
      known = undefined;
      if (!read) return undefined;
      const { value: current, etag } = read;
      const next = change(current);
      if (!next) return current;
      try {
        await this.container
          .item(id, tenantId)
          .replace(toDoc(next), { accessCondition: { type: 'IfMatch', condition: etag }, abortSignal: timeout() });
        return parse(toDoc(next));
      } catch (err) {
        const mapped = mapCosmosError(err, 'update request');
        if (!(mapped instanceof ConcurrencyConflict)) throw mapped;
      }
    }
    throw new ConcurrencyConflict('request');
  }
}
