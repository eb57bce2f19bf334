import type { Container } from '@azure/cosmos';
import { AlreadyExists, ConcurrencyConflict } from '../../domain/errors.js';
import { DraftSchema, type Draft } from '../../flow/advice/draft-schema.js';
import type { DraftRepository, Versioned } from '../../ports/store.js';
import { isNotFound, mapCosmosError } from './errors.js';
import { timeout } from './timeouts.js';

const idOf = (userId: string) => `draft:${userId}`;

export class CosmosDraftRepository implements DraftRepository {
  constructor(private readonly container: Container) {}

  async load(tenantId: string, userId: string): Promise<Versioned<Draft> | undefined> {
    try {
      const { resource } = await this.container.item(idOf(userId), tenantId).read<Record<string, unknown>>({ abortSignal: timeout() });
      if (!resource) return undefined;
      const parsed = DraftSchema.safeParse(resource.draft);
      // A draft this version cannot read is treated as absent rather than crashing the chat.
      if (!parsed.success) return undefined;
      return { value: parsed.data, etag: String(resource._etag) };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw mapCosmosError(err, 'read draft');
    }
  }

  async save(tenantId: string, userId: string, draft: Draft, etag: string | undefined): Promise<void> {
    const doc = { id: idOf(userId), tenantId, userId, draft };
    try {
      if (etag) {
        await this.container.item(doc.id, tenantId).replace(doc, { accessCondition: { type: 'IfMatch', condition: etag }, abortSignal: timeout() });
      } else {
        await this.container.items.create(doc, { abortSignal: timeout() });
      }
    } catch (err) {
      const mapped = mapCosmosError(err, 'save draft');
      if (mapped instanceof AlreadyExists) throw new ConcurrencyConflict('draft');
      throw mapped;
    }
  }
}
