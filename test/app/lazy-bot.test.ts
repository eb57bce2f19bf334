import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startServer } from '../../src/app.js';
import { FakeConnector } from '../kit/connector.js';
import { LogCapture, TEST_TENANT_ID } from '../kit/app.js';
import { personalMessage } from '../kit/activities.js';

/** main.ts starts the server with the Teams side (bot.ts) loaded on first use: ready first, the turn loads it. */
describe('the Teams side loaded on first use', () => {
  it('answers /readyz before the Teams side is loaded, and the first turn loads it once', async () => {
    const connector = await new FakeConnector().start();
    const logs = new LogCapture();
    const config = parseConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      LOCAL_STORE_FILE: join(mkdtempSync(join(tmpdir(), 'lazy-')), 'local-cosmos.json'),
      ALLOWED_TENANT_IDS: TEST_TENANT_ID,
      SCHEDULER_INTERVAL_MS: '0',
    });
    const server = await startServer(config, { logDestination: logs });
    try {
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      expect(logs.events()).not.toContain('bot.loaded');
      const post = (text: string) =>
        fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(personalMessage(connector.url, { text })) });
      const [first, second] = await Promise.all([post('hi'), post('hello')]);
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(connector.activitiesTo()).toHaveLength(2);
      expect(logs.events().filter((e) => e === 'bot.loaded')).toHaveLength(1);
      expect(await server.bot()).toBe(await server.bot());
    } finally {
      await server.stop();
      await connector.stop();
    }
  });
});
