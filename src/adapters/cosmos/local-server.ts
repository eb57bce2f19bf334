import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createHttpServer } from '@vercel/cosmosdb-server';
import type { Database } from '@azure/cosmos';
import { z } from 'zod';

/**
 * The embedded, NOT-FOR-PRODUCTION store: `@vercel/cosmosdb-server` in-process on loopback,
 * spoken to through the same `@azure/cosmos` client as real Cosmos DB. The server keeps data
 * in memory only, so this module snapshots every container to a local JSON file: loaded at
 * start, written after writes (every `flushMs`) and on clean shutdown.
 */

const SnapshotSchema = z.object({
  version: z.literal(1),
  savedAt: z.string(),
  containers: z.record(
    z.string(),
    z.object({ partitionKey: z.string(), items: z.array(z.record(z.string(), z.unknown())) }),
  ),
});
type Snapshot = z.infer<typeof SnapshotSchema>;

const SYSTEM_PROPERTIES = ['_rid', '_self', '_etag', '_attachments', '_ts'] as const;

export interface LocalCosmosServer {
  readonly endpoint: string;
  /** Test hook: while unavailable every request's connection is dropped, as in a network outage. */
  setAvailable(available: boolean): void;
  /** Test hook: lets the next `requests` requests through, then goes down (an outage in the middle of an action). */
  goDownAfter(requests: number): void;
  /** Benchmark hook: every request waits this long before it is served (a store further away), and is counted. */
  setLatency(ms: number): void;
  /** Requests received so far. */
  readonly requests: number;
  close(): Promise<void>;
}

/** Starts the Cosmos-compatible server on 127.0.0.1 (port 0 = any free port). */
export async function startLocalCosmosServer(
  onWrite: () => void,
  port = 0,
): Promise<LocalCosmosServer> {
  const server: Server = createHttpServer({ keepAlive: true });
  const inner = server.listeners('request').slice();
  server.removeAllListeners('request');
  let available = true;
  let allowance = Number.POSITIVE_INFINITY;
  let latencyMs = 0;
  let requests = 0;
  const serve = (req: IncomingMessage, res: ServerResponse) => {
    for (const handler of inner) (handler as (q: IncomingMessage, s: ServerResponse) => void)(req, res);
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    requests++;
    if (allowance <= 0) {
      available = false;
      allowance = Number.POSITIVE_INFINITY;
      server.closeIdleConnections();
    }
    allowance--;
    if (!available) {
      req.socket.destroy();
      return;
    }
    if (isWrite(req)) onWrite();
    if (latencyMs > 0) setTimeout(() => serve(req, res), latencyMs);
    else serve(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${actual}/`,
    get requests() {
      return requests;
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    goDownAfter(requests) {
      allowance = requests;
    },
    setAvailable(value) {
      available = value;
      allowance = Number.POSITIVE_INFINITY;
      if (!value) server.closeAllConnections();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function isWrite(req: IncomingMessage): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return false;
  if (req.headers['x-ms-documentdb-isquery'] === 'true') return false;
  if (req.headers['x-ms-cosmos-is-query-plan-request'] === 'True') return false;
  return true;
}

export async function readSnapshot(file: string): Promise<Snapshot | undefined> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const parsed = SnapshotSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) throw new Error(`local store file ${file} is not a snapshot this app wrote`);
  return parsed.data;
}

/** Loads a snapshot into the (empty, freshly created) containers of the local server. */
export async function restoreSnapshot(database: Database, snapshot: Snapshot): Promise<number> {
  // Side by side: the SDK's bulk executor waits 1 s before it sends a partial batch, so one
  // container after another made every start (and restart) take a second per container.
  const counts = await Promise.all(Object.entries(snapshot.containers).map(([id, content]) => restoreContainer(database, id, content)));
  return counts.reduce((sum, n) => sum + n, 0);
}

async function restoreContainer(database: Database, id: string, content: Snapshot['containers'][string]): Promise<number> {
  let count = 0;
  const { container } = await database.containers.createIfNotExists({
    id,
    partitionKey: { paths: [content.partitionKey] },
  });
  const key = content.partitionKey.replace(/^\//, '');
  for (let i = 0; i < content.items.length; i += 100) {
    const chunk = content.items.slice(i, i + 100);
    const results = await container.items.executeBulkOperations(
      chunk.map((item) => ({
        operationType: 'Create' as const,
        partitionKey: item[key] as string,
        resourceBody: item as { id: string },
      })),
    );
    for (const r of results) {
      if (r.error || (r.response && r.response.statusCode >= 300)) {
        throw new Error(`restoring ${id}: status ${r.response?.statusCode ?? r.error?.code ?? 'unknown'}`);
      }
    }
    count += chunk.length;
  }
  return count;
}

/** Writes every container to `file` atomically (temp file + rename). */
export async function writeSnapshot(database: Database, file: string): Promise<number> {
  const { resources: containers } = await database.containers.readAll().fetchAll();
  const snapshot: Snapshot = { version: 1, savedAt: new Date().toISOString(), containers: {} };
  let count = 0;
  for (const def of containers) {
    const { resources } = await database.container(def.id).items.readAll().fetchAll();
    const items = resources.map((doc) => {
      const copy: Record<string, unknown> = { ...doc };
      for (const p of SYSTEM_PROPERTIES) delete copy[p];
      return copy;
    });
    count += items.length;
    snapshot.containers[def.id] = { partitionKey: def.partitionKey?.paths[0] ?? '/tenantId', items };
  }
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(snapshot));
  await rename(tmp, file);
  return count;
}
