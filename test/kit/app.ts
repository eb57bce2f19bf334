import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parseConfig } from '../../src/config.js';
import { startApp, type RunningApp } from '../../src/app.js';
import type { Clock } from '../../src/ports/clock.js';
import { TEST_TENANT_ID } from './activities.js';

/** Captures the app's JSON log lines so tests can assert on them (and on what they never contain). */
export class LogCapture extends Writable {
  readonly lines: Record<string, unknown>[] = [];
  raw = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    const text = chunk.toString('utf8');
    this.raw += text;
    for (const line of text.split('\n')) if (line.trim()) this.lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  }
  events(): string[] {
    return this.lines.map((l) => String(l.event));
  }
}

export interface TestApp {
  app: RunningApp;
  url: string;
  logs: LogCapture;
  storeFile: string;
  /** Stops and starts the app again on the same store file (a process restart). */
  restart(): Promise<void>;
  stop(): Promise<void>;
  post(body: unknown, token?: string, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
}

export { TEST_TENANT_ID };

/** The real server on port 0 with the embedded Cosmos store in a fresh temporary folder. */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { storeFile?: string; clock?: Clock } = {},
): Promise<TestApp> {
  const storeFile = options.storeFile ?? join(mkdtempSync(join(tmpdir(), 'store-')), 'local-cosmos.json');
  const logs = new LogCapture();
  const config = parseConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'debug',
    LOCAL_STORE_FILE: storeFile,
    LOCAL_STORE_FLUSH_MS: '200',
    ALLOWED_TENANT_IDS: TEST_TENANT_ID,
    // Tests drive the scheduler themselves (runOnce), with a controllable clock where it matters.
    SCHEDULER_INTERVAL_MS: '0',
    // The kit's leads team (activities.ts TEAM_ID) is granted to hold the leads' queue, as an administrator would.
    LEADS_TEAM_IDS: '19:safeguarding-team@thread.tacv2',
    ...env,
  });
  const boot = () => startApp(config, { logDestination: logs, ...(options.clock ? { clock: options.clock } : {}) });
  let app = await boot();
  const handle: TestApp = {
    app,
    url: app.url,
    logs,
    storeFile,
    async restart() {
      await app.stop();
      app = await boot();
      handle.app = app;
      handle.url = app.url;
    },
    stop: () => app.stop(),
    async post(body, token, headers = {}) {
      const res = await fetch(`${handle.url}/api/messages`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: unknown;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = text;
      }
      return { status: res.status, body: parsed };
    },
  };
  return handle;
}

/** A clock the test moves by hand (deadlines, escalation, retention). */
export class TestClock implements Clock {
  private t: number;
  constructor(start = Date.parse('2026-11-23T09:00:00.000Z')) {
    this.t = start;
  }
  now(): Date {
    return new Date(this.t);
  }
  advance(ms: number): void {
    this.t += ms;
  }
}
