import { CosmosClient, type Container, type Database } from '@azure/cosmos';
import type { Logger } from 'pino';
import type { StoreConfig } from '../../config.js';
import type { Store } from '../../ports/store.js';
import { CONTAINERS, type ContainerName } from './containers.js';
import { CosmosChatAddressRepository } from './chat-addresses.js';
import { CosmosDraftRepository } from './drafts.js';
import { CosmosDecisionRepository } from './decisions.js';
import { CosmosAuditRepository } from './audit.js';
import { CosmosRequestRepository } from './requests.js';
import { CosmosTenantSettingsRepository } from './tenants.js';
import { CosmosReportingRepository } from './reporting.js';
import { mapCosmosError } from './errors.js';
import type * as LocalServer from './local-server.js';

export type Containers = Record<ContainerName, Container>;

export interface CosmosStore extends Store {
  /** The embedded server, when running on the local store (tests use it to simulate an outage). */
  readonly local: LocalServer.LocalCosmosServer | undefined;
}

/** Any key string is accepted by the local server; it is not a secret. */
const LOCAL_KEY = 'bG9jYWwtY29zbW9zLWtleS1ub3QtYS1zZWNyZXQ=';

/**
 * Opens the store: real Cosmos DB (key or managed identity via DefaultAzureCredential), or the
 * embedded local server restored from its snapshot file. Creates the database and containers.
 */
export async function openCosmosStore(config: StoreConfig, log: Logger): Promise<CosmosStore> {
  let dirty = false;
  let local: LocalServer.LocalCosmosServer | undefined;
  let client: CosmosClient;
  // Each kind loads only what it uses: the embedded server (and its SQL compiler) is never loaded next to
  // real Cosmos DB, nor @azure/identity next to the embedded server. Both cost start-up time and memory.
  let snapshots: typeof LocalServer | undefined;
  if (config.kind === 'local') {
    snapshots = await import('./local-server.js');
    local = await snapshots.startLocalCosmosServer(() => {
      dirty = true;
    });
    client = new CosmosClient({
      endpoint: local.endpoint,
      key: LOCAL_KEY,
      connectionPolicy: { enableEndpointDiscovery: false },
    });
    log.warn(
      { event: 'store.local', file: config.file },
      'LOCAL STORE: embedded Cosmos-compatible server on loopback, snapshot to a local file. Not for production.',
    );
  } else {
    client = config.key
      ? new CosmosClient({ endpoint: config.endpoint, key: config.key })
      : new CosmosClient({ endpoint: config.endpoint, aadCredentials: new (await import('@azure/identity')).DefaultAzureCredential() });
    log.info({ event: 'store.cosmos', auth: config.key ? 'key' : 'managed-identity' }, 'using Azure Cosmos DB');
  }

  let database: Database;
  let containers: Containers;
  try {
    ({ database } = await client.databases.createIfNotExists({ id: config.database }));
    if (config.kind === 'local' && snapshots) {
      const snapshot = await snapshots.readSnapshot(config.file);
      if (snapshot) {
        const restored = await snapshots.restoreSnapshot(database, snapshot);
        log.info({ event: 'store.local.restored', items: restored }, 'local store restored from file');
      }
    }
    containers = await ensureContainers(database);
  } catch (err) {
    await local?.close();
    client.dispose();
    throw err;
  }
  dirty = false;

  let flushing: Promise<void> | undefined;
  const flush = async (): Promise<void> => {
    if (config.kind !== 'local' || !snapshots) return;
    while (flushing) await flushing;
    if (!dirty) return;
    dirty = false;
    flushing = snapshots.writeSnapshot(database, config.file)
      .then((items) => log.debug({ event: 'store.local.flushed', items }, 'local store written'))
      .catch((err: unknown) => {
        dirty = true;
        log.error({ event: 'store.local.flush_failed', err: errorCode(err) }, 'local store could not be written');
      })
      .finally(() => {
        flushing = undefined;
      });
    await flushing;
  };
  const timer =
    config.kind === 'local'
      ? setInterval(() => {
          void flush();
        }, config.flushMs)
      : undefined;
  timer?.unref();

  return {
    local,
    chatAddresses: new CosmosChatAddressRepository(containers.chatAddresses),
    drafts: new CosmosDraftRepository(containers.conversations),
    requests: new CosmosRequestRepository(containers.requests),
    decisions: new CosmosDecisionRepository(containers.decisions),
    audit: new CosmosAuditRepository(containers.audit),
    tenants: new CosmosTenantSettingsRepository(containers.tenants),
    reporting: new CosmosReportingRepository(containers.reporting, containers.rollups),
    health: {
      async ping() {
        try {
          await database.read({ abortSignal: AbortSignal.timeout(2000) });
        } catch (err) {
          throw mapCosmosError(err, 'ping');
        }
      },
    },
    flush,
    async close() {
      if (timer) clearInterval(timer);
      await flush();
      client.dispose();
      await local?.close();
    },
  };
}

async function ensureContainers(database: Database): Promise<Containers> {
  const entries = await Promise.all(
    (Object.keys(CONTAINERS) as ContainerName[]).map(async (name) => {
      const def = CONTAINERS[name];
      const { container } = await database.containers.createIfNotExists({
        id: def.id,
        partitionKey: { paths: [def.partitionKey] },
      });
      return [name, container] as const;
    }),
  );
  return Object.fromEntries(entries) as Containers;
}

function errorCode(err: unknown): string {
  if (err instanceof Error) return (err as NodeJS.ErrnoException).code ?? err.name;
  return 'unknown';
}
