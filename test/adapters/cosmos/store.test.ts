import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CosmosClient } from '@azure/cosmos';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pino } from 'pino';
import { openCosmosStore, type CosmosStore } from '../../../src/adapters/cosmos/store.js';
import { readModifyWrite } from '../../../src/adapters/cosmos/etag.js';
import type { ChatAddress } from '../../../src/domain/chat.js';
import { FakeConnector } from '../../kit/connector.js';
import { startTestApp, TEST_TENANT_ID } from '../../kit/app.js';
import { personalMessage, STAFF } from '../../kit/activities.js';

const silent = pino({ level: 'silent' });

function address(conversationId: string): ChatAddress {
  return {
    tenantId: TEST_TENANT_ID,
    key: STAFF.aadObjectId,
    scope: 'personal',
    conversationId,
    serviceUrl: 'http://127.0.0.1:9/',
    channelId: 'msteams',
    botId: '28:bot',
    updatedAt: new Date().toISOString(),
  };
}

describe('the embedded local store', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'store-test-'));
  });

  it('keeps what the bot wrote across a restart of the app', async () => {
    const connector = await new FakeConnector().start();
    const app = await startTestApp({}, { storeFile: join(dir, 'restart.json') });
    try {
      expect((await app.post(personalMessage(connector.url, { text: 'hi' }))).status).toBe(200);
      await app.restart();
      const found = await app.app.store.chatAddresses.find(TEST_TENANT_ID, 'personal', STAFF.aadObjectId);
      expect(found).toMatchObject({ conversationId: `a:personal-${STAFF.aadObjectId}`, serviceUrl: connector.url });
    } finally {
      await app.stop();
      await connector.stop();
    }
  });

  it('writes the snapshot file within the flush interval after a write, without waiting for shutdown', async () => {
    const file = join(dir, 'periodic.json');
    const store = await openCosmosStore({ kind: 'local', file, flushMs: 100, database: 'safeguarding' }, silent);
    try {
      await store.chatAddresses.remember(address('conv-periodic'));
      await vi.waitFor(
        async () => {
          const snapshot = JSON.parse(await readFile(file, 'utf8')) as { containers: Record<string, { items: { conversationId?: string }[] }> };
          expect(snapshot.containers.chatAddresses?.items.map((i) => i.conversationId)).toEqual(['conv-periodic']);
        },
        { timeout: 3000, interval: 50 },
      );
    } finally {
      await store.close();
    }
  });

  it('stops start-up with a clear message when the local store file is not a snapshot', async () => {
    const file = join(dir, 'corrupt.json');
    await writeFile(file, JSON.stringify({ hello: 'world' }));
    await expect(
      openCosmosStore({ kind: 'local', file, flushMs: 1000, database: 'safeguarding' }, silent),
    ).rejects.toThrow(/not a snapshot/);
  });
});

describe('read-modify-write with ETags', () => {
  let store: CosmosStore;
  let client: CosmosClient;
  beforeAll(async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'etag-')), 's.json');
    store = await openCosmosStore({ kind: 'local', file, flushMs: 1000, database: 'safeguarding' }, silent);
    client = new CosmosClient({ endpoint: store.local?.endpoint ?? '', key: 'x', connectionPolicy: { enableEndpointDiscovery: false } });
  });
  afterAll(async () => {
    client.dispose();
    await store.close();
  });

  it('loses no update when twenty writers change the same item at once', async () => {
    const container = client.database('safeguarding').container('tenants');
    await Promise.all(
      Array.from({ length: 20 }, () =>
        readModifyWrite<{ id: string; count: number }>(container, 'counter', TEST_TENANT_ID, 'counter', (cur) => ({
          id: 'counter',
          count: (cur?.count ?? 0) + 1,
        }), 50),
      ),
    );
    const { resource } = await container.item('counter', TEST_TENANT_ID).read<{ count: number }>();
    expect(resource?.count).toBe(20);
  });

  it('refreshes a chat address only when it changed', async () => {
    await store.chatAddresses.remember(address('conv-1'));
    await store.chatAddresses.remember(address('conv-2'));
    expect((await store.chatAddresses.find(TEST_TENANT_ID, 'personal', STAFF.aadObjectId))?.conversationId).toBe('conv-2');
    expect(await store.chatAddresses.find('another-tenant', 'personal', STAFF.aadObjectId)).toBeUndefined();
  });
});
