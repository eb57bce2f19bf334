import type { Container } from '@azure/cosmos';
import { ChatAddressSchema, type ChatAddress } from '../../domain/chat.js';
import type { ChatAddressRepository } from '../../ports/store.js';
import { isNotFound, mapCosmosError } from './errors.js';
import { readModifyWrite } from './etag.js';
import { timeout } from './timeouts.js';

function idOf(scope: ChatAddress['scope'], key: string): string {
  return `${scope}:${key}`;
}

export class CosmosChatAddressRepository implements ChatAddressRepository {
  constructor(private readonly container: Container) {}

  async remember(address: ChatAddress): Promise<void> {
    const id = idOf(address.scope, address.key);
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
