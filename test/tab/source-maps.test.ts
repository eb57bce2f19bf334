import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../kit/app.js';
import { buildTab } from '../../scripts/build-tab.js';

/** Source maps (with the page's sources) only for local development. */

describe('source maps', () => {
  it('are not served in the production configuration (no local sign-in): 404', async () => {
    const app = await startTestApp();
    try {
      for (const name of ['app.js.map', 'charts.js.map', 'teams-sdk.js.map']) {
        expect((await fetch(`${app.url}/tabs/assets/${name}`)).status, name).toBe(404);
        expect((await fetch(`${app.url}/tabs/decisions/${name}`)).status, name).toBe(404);
      }
      expect((await fetch(`${app.url}/tabs/assets/app.js`)).status).toBe(200);
    } finally {
      await app.stop();
    }
  });

  it('are served for local development (with the local sign-in on)', async () => {
    const app = await startTestApp({ TAB_DEV_SIGNIN: 'true' });
    try {
      const res = await fetch(`${app.url}/tabs/assets/app.js.map`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { sources: unknown[] }).sources.length).toBeGreaterThan(0);
    } finally {
      await app.stop();
    }
  });

  it('are not even built for production (NODE_ENV=production): no .map files and no sourceMappingURL', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tab-prod-'));
    const saved = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const built = await buildTab(out);
      const files = readdirSync(built.outDir);
      expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
      expect(files).toEqual(expect.arrayContaining(['app.js', 'charts.js', 'teams-sdk.js', 'index.html', 'app.css']));
      for (const js of files.filter((f) => f.endsWith('.js'))) expect(readFileSync(join(built.outDir, js), 'utf8'), js).not.toContain('sourceMappingURL');
    } finally {
      if (saved === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = saved;
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
