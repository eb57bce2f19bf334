import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeConnector } from '../kit/connector.js';
import { startTestApp } from '../kit/app.js';
import { personalMessage, STAFF } from '../kit/activities.js';

describe('graceful shutdown', () => {
  it('finishes a turn in flight, refuses new work and flushes the local store', async () => {
    const connector = await new FakeConnector().start();
    const app = await startTestApp();
    try {
      connector.failNext(1, { delayMs: 700 });
      const inFlight = app.post(personalMessage(connector.url, { text: 'hi' }));
      await new Promise((r) => setTimeout(r, 200));
      const stopping = app.stop();
      await new Promise((r) => setTimeout(r, 50));
      const late = await app.post(personalMessage(connector.url, { text: 'hi again' })).catch(() => ({ status: 0 }));
      expect([0, 503]).toContain(late.status);
      expect((await inFlight).status).toBe(200);
      await stopping;
      expect(connector.activitiesTo()).toHaveLength(1);
      const snapshot = await readFile(app.storeFile, 'utf8');
      expect(snapshot).toContain(STAFF.aadObjectId);
    } finally {
      await connector.stop();
    }
  });

  it('stops the real process cleanly on SIGTERM', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sigterm-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: process.cwd(),
      env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOCAL_STORE_FILE: join(dir, 's.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start: ${out}`)), 20_000);
      child.stdout.on('data', () => {
        if (out.includes('"app.listening"')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    expect(out).toContain('LOCAL STORE');
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(out).toContain('"app.stopped"');
  });

  it('stops start-up with a message that names a wrong key', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: process.cwd(),
      env: { PATH: process.env.PATH ?? '', PORT: 'not-a-port' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(err).toMatch(/PORT:/);
    expect(err).toMatch(/Start-up stopped/);
  });
});
