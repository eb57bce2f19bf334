import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parseConfig } from '../../src/config.js';
import { startApp } from '../../src/app.js';
import type { Served } from './types.js';

class NullSink extends Writable {
  override _write(_chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    done();
  }
}

export interface ProductServed extends Served {
  storeBytes(): Promise<number>;
}

/**
 * The product as `npm run serve` runs it locally: bot authentication off (no MicrosoftAppId), the
 * embedded Cosmos store on a temporary file, the log at `logLevel` into a sink that drops the
 * lines, no scheduler. A fresh app (empty store) serves each level.
 */
export async function startProduct(logLevel: string, tenantId: string): Promise<ProductServed> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-turns-'));
  const file = join(dir, 'store.json');
  const config = parseConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: logLevel,
    LOCAL_STORE_FILE: file,
    LOCAL_STORE_FLUSH_MS: '60000',
    SCHEDULER_INTERVAL_MS: '0',
    ALLOWED_TENANT_IDS: tenantId,
  });
  const app = await startApp(config, { logDestination: new NullSink() });
  return {
    url: app.url,
    async storeBytes() {
      await app.store.flush();
      try {
        return statSync(file).size;
      } catch {
        return 0;
      }
    },
    async stop() {
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
