import { Worker } from 'node:worker_threads';
import type { Command, LoadWorkerData, Reply } from './protocol.js';
import { sleep } from './stats.js';

/** The main thread's handle on the load worker (load-worker.ts): commands out, answers back. */
export class LoadWorker {
  private next = 1;
  private readonly pending = new Map<number, { resolve: (r: Extract<Reply, { ok: true }>) => void; reject: (e: Error) => void }>();
  private constructor(
    private readonly worker: Worker,
    readonly connectorUrl: string,
  ) {}

  static async start(data: LoadWorkerData): Promise<LoadWorker> {
    const script = new URL(import.meta.url.endsWith('.ts') ? './load-worker.ts' : './load-worker.js', import.meta.url);
    // Under tsx the worker needs tsx's loader registered in its own thread to load a .ts file.
    const worker = script.pathname.endsWith('.ts')
      ? new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(script.href)}); });`, { eval: true, workerData: data })
      : new Worker(script, { workerData: data });
    const ready = new Promise<string>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', (m: Reply) => (m.ok && m.connectorUrl ? resolve(m.connectorUrl) : reject(new Error('load worker did not start'))));
    });
    const load = new LoadWorker(worker, await ready);
    worker.on('message', (m: Reply) => {
      const waiting = load.pending.get(m.id);
      if (!waiting) return;
      load.pending.delete(m.id);
      if (m.ok) waiting.resolve(m);
      else waiting.reject(new Error(`load worker: ${m.error}`));
    });
    worker.on('error', (err) => {
      for (const w of load.pending.values()) w.reject(err);
      load.pending.clear();
    });
    return load;
  }

  send(command: Command): Promise<Extract<Reply, { ok: true }>> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, ...command });
    });
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    await this.send({ cmd: 'close' });
    await Promise.race([exited, sleep(5000)]);
    await this.worker.terminate();
  }
}
