import { randomUUID } from 'node:crypto';
import restify, { type Request, type Response } from 'restify';
import type { Logger } from 'pino';
import type { BotEndpoint } from '../bot/endpoint.js';
import type { StoreHealth } from '../../ports/store.js';
import { errorFields } from '../../log.js';
import { registerTabRoutes, type TabRoutesOptions } from './tab-routes.js';

export interface HttpServerOptions {
  bot: BotEndpoint;
  health: StoreHealth;
  log: Logger;
  maxBodyBytes: number;
  /** The managers' Decisions tab (page and API). */
  tab: TabRoutesOptions;
}

export interface HttpServer {
  listen(port: number, host: string): Promise<string>;
  /** Stops accepting, waits for requests in flight (up to `graceMs`), then closes. */
  close(graceMs?: number): Promise<void>;
}

/** Routes only; the work is in the bot endpoint and the store. */
export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { log } = options;
  const server = restify.createServer({ name: 'safeguarding-advice', handleUncaughtExceptions: false });
  let inFlight = 0;
  let idle: (() => void) | undefined;
  let closing = false;

  server.use(restify.plugins.bodyParser({ maxBodySize: options.maxBodyBytes, mapParams: false, rejectUnknown: true }));

  server.get('/healthz', async (_req: Request, res: Response) => {
    await Promise.resolve();
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    if (closing) {
      res.send(503, { status: 'shutting-down' });
      return;
    }
    try {
      await options.health.ping();
      res.send(200, { status: 'ready' });
    } catch (err) {
      log.warn({ event: 'readyz.store_unreachable', ...errorFields(err) }, 'store not reachable');
      res.send(503, { status: 'store-unreachable' });
    }
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    if (closing) {
      res.send(503, { code: 'SHUTTING_DOWN', message: 'The service is restarting; try again.' });
      return;
    }
    const reqLog = log.child({ reqId: randomUUID() });
    if (!req.is('json')) {
      res.send(415, { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send application/json.' });
      return;
    }
    inFlight++;
    try {
      const result = await options.bot.handle({ body: req.body, authorization: req.header('authorization'), log: reqLog });
      res.send(result.status, result.body ?? undefined);
    } catch (err) {
      reqLog.error({ event: 'http.unhandled', ...errorFields(err) }, 'request failed');
      res.send(500, { code: 'INTERNAL', message: 'Something went wrong on our side; nothing you sent was lost.' });
    } finally {
      inFlight--;
      if (inFlight === 0 && idle) idle();
    }
  });

  registerTabRoutes(server, options.tab);

  server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number }, next: (e?: unknown) => void) => {
    log.info({ event: 'http.rejected', status: err.statusCode ?? 500, errName: err.name, path: req.getPath() }, 'request rejected');
    next();
  });

  return {
    async listen(port, host) {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve());
      });
      const { port: actual } = server.address();
      return `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actual}`;
    },
    async close(graceMs = 10_000) {
      closing = true;
      const closed = new Promise<void>((resolve) => {
        server.close(() => resolve());
      });
      server.server.closeIdleConnections();
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => {
            idle = resolve;
          }),
          new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref()),
        ]);
      }
      server.server.closeAllConnections();
      await closed;
    },
  };
}
