import type { ChatAddress } from '../domain/chat.js';

/** Remembers where each person and channel can be reached, so that later messages can be sent proactively. */
export interface ChatAddressRepository {
  /** Creates or refreshes the address (read-modify-write with the stored ETag). */
  remember(address: ChatAddress): Promise<void>;
  find(tenantId: string, scope: ChatAddress['scope'], key: string): Promise<ChatAddress | undefined>;
}

/** Readiness of the store for `/readyz`. */
export interface StoreHealth {
  ping(): Promise<void>;
}

export interface Store {
  chatAddresses: ChatAddressRepository;
  health: StoreHealth;
  /** Writes any buffered local data to disk (no-op on real Cosmos DB). */
  flush(): Promise<void>;
  close(): Promise<void>;
}
