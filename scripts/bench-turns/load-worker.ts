import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { FakeConnector } from '../../test/kit/connector.js';
import { LoadGenerator } from './load-generator.js';
import type { Command, LoadWorkerData, Reply } from './protocol.js';

/**
 * The load worker's thread: the fake Bot Connector (the bots' replies go there) and the load
 * generator, on an event loop of their own, driven by request/answer messages from the main
 * thread (load.ts). It imports no app and no test runner.
 */
async function runLoadWorker(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const init = workerData as LoadWorkerData;
  const connector = await new FakeConnector().start();
  const load = new LoadGenerator(connector, init);
  port.on('message', (message: { id: number } & Command) => {
    const answer = async (): Promise<Omit<Extract<Reply, { ok: true }>, 'id' | 'ok'>> => {
      switch (message.cmd) {
        case 'probe':
          return { steps: await load.probe(message.url) };
        case 'run':
          load.start(message.bot, message.url, message.conversations, message.steps, message.soakMix);
          return {};
        case 'window':
          load.setWindow(message.open);
          return {};
        case 'stop':
          return { client: await load.stop() };
        case 'close':
          await load.stop();
          await connector.stop();
          setImmediate(() => port.close());
          return {};
      }
    };
    answer().then(
      (result) => port.postMessage({ id: message.id, ok: true, ...result } satisfies Reply),
      (err: unknown) => port.postMessage({ id: message.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies Reply),
    );
  });
  port.postMessage({ id: 0, ok: true, connectorUrl: connector.url } satisfies Reply);
}

if (!isMainThread && (workerData as Partial<LoadWorkerData> | undefined)?.role === 'bench-turns-load') await runLoadWorker();
