import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { TestApp } from './app.js';

/**
 * The built server (`node dist/main.js`) as its own process, the way it runs in production: started
 * in a package directory with an environment, on a free port (PORT=0, the port read from its
 * `app.listening` log line), and measured from the outside (time to ready, CPU, resident memory).
 * `post` has the same shape as TestApp's, so the kit's Chat drives it unchanged.
 */
export interface BuiltApp extends Pick<TestApp, 'post'> {
  url: string;
  pid: number;
  /** From spawning the process to the first 200 from /readyz. */
  readyMs: number;
  /** CPU time (user + system) the process had used when it first answered /readyz. */
  readyCpuMs: number;
  /** The log lines it has written so far (JSON), for assertions on what they never contain. */
  readonly logs: Record<string, unknown>[];
  /** Resident memory now, in MB (from /proc). */
  rssMb(): number;
  /** SIGTERM, then the exit code (the server drains and exits 0). */
  stop(): Promise<number | null>;
}

const CLOCK_TICKS_PER_SECOND = 100;

function cpuMs(pid: number): number {
  // /proc/<pid>/stat: fields 14 and 15 (utime, stime) in clock ticks, after the parenthesised name.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

/** Starts it and waits for /readyz; LOG_LEVEL must let `app.listening` (info) through. */
export async function startBuiltApp(packageDir: string, env: Record<string, string>, options: { timeoutMs?: number } = {}): Promise<BuiltApp> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [join(packageDir, 'dist', 'main.js')], {
    cwd: packageDir,
    // Only what is given: no NODE_OPTIONS (vitest's or tsx's loaders) and nothing else leaks in from here.
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        entry = { unparsed: line };
      }
      logs.push(entry);
      if (entry.event === 'app.listening' && typeof entry.url === 'string') resolve(entry.url);
    });
    void exited.then((code) => reject(new Error(`dist/main.js exited ${code} before listening: ${stderr.slice(0, 2000)}`)));
  });
  const timeoutMs = options.timeoutMs ?? 30_000;
  let url: string;
  try {
    url = await Promise.race([listening, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not listening after ${timeoutMs} ms: ${stderr.slice(0, 2000)}`)), timeoutMs).unref())]);
    for (;;) {
      const res = await fetch(`${url}/readyz`).catch(() => undefined);
      if (res?.status === 200) break;
      if (performance.now() - started > timeoutMs) throw new Error(`/readyz not 200 after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 5));
    }
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  const readyMs = performance.now() - started;
  const pid = child.pid!;
  const readyCpuMs = cpuMs(pid);
  return {
    url,
    pid,
    readyMs,
    readyCpuMs,
    logs,
    rssMb: () => rssMb(pid),
    async post(body, token, headers = {}) {
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: the text is the body
      }
      return { status: res.status, body: parsed };
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
