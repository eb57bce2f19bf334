import type { Container } from '@azure/cosmos';
import { ChatAddressSchema, type ChatAddress } from '../../domain/chat.js';
import type { ChatAddressRepository } from '../../ports/store.js';
import { isNotFound, mapCosmosError } from './errors.js';
import { readModifyWrite } from './etag.js';
import { timeout } from './timeouts.js';

function idOf(scope: ChatAddress['scope'], key: string): string {
  return `${scope}:${key}`;
}

/** Addresses this instance has seen stored, so a turn from an unchanged chat costs no store request. */
const SEEN_LIMIT = 10_000;

export class CosmosChatAddressRepository implements ChatAddressRepository {
  private readonly seen = new Map<string, string>();
  constructor(private readonly container: Container) {}

  async remember(address: ChatAddress): Promise<void> {
    const id = idOf(address.scope, address.key);
    const key = `${address.tenantId}|${id}`;
    const fingerprint = `${address.conversationId}|${address.serviceUrl}`;
    if (this.seen.get(key) === fingerprint) return;
    await readModifyWrite(this.container, id, address.tenantId, 'chat address', (current) => {
      if (
        current &&
        current.conversationId === address.conversationId &&
        current.serviceUrl === address.serviceUrl
      ) {
        return undefined;
      }
      return { id, ...address };
    });
    this.seen.delete(key);
    this.seen.set(key, fingerprint);
    // Oldest first: a Map keeps insertion order.
    if (this.seen.size > SEEN_LIMIT) this.seen.delete(this.seen.keys().next().value!);
  }

  async find(tenantId: string, scope: ChatAddress['scope'], key: string): Promise<ChatAddress | undefined> {
    try {
      const { resource } = await this.container.item(idOf(scope, key), tenantId).read<Record<string, unknown>>({ abortSignal: timeout() });
      if (!resource) return undefined;
      return ChatAddressSchema.parse(resource);
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw mapCosmosError(err, 'read chat address');
    }
  }
}
