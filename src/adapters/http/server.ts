import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'restify';
import type { Logger } from 'pino';
import type { BotEndpoint } from '../bot/endpoint.js';
import type { StoreHealth } from '../../ports/store.js';
import { errorFields } from '../../log.js';
import { createRoutes } from './body.js';
import { createRestifyServer } from './restify-server.js';
import { registerTabRoutes, type TabRoutesOptions } from './tab-routes.js';
import { registerLeadsRoutes, type LeadsRoutesOptions } from './leads-routes.js';

export interface HttpServerOptions {
  bot: BotEndpoint;
  health: StoreHealth;
  log: Logger;
  maxBodyBytes: number;
  /** The managers' Decisions tab (page and API). */
  tab: TabRoutesOptions;
  /** The leads' view of their queue (API; the page is the tab's). */
  leads: LeadsRoutesOptions;
}

export interface HttpServer {
  listen(port: number, host: string): Promise<string>;
  /** Stops accepting, waits for requests in flight (up to `graceMs`), then closes. */
  close(graceMs?: number): Promise<void>;
}

/** Longest a client may take to send a whole request (Node's default is 5 minutes): slow senders hold no socket for long. */
const REQUEST_TIMEOUT_MS = 30_000;

/** Routes only; the work is in the bot endpoint and the store. */
export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { log } = options;
  const server = createRestifyServer({ name: 'safeguarding-advice', handleUncaughtExceptions: false });
  let inFlight = 0;
  let idle: (() => void) | undefined;
  let closing = false;

  server.server.requestTimeout = REQUEST_TIMEOUT_MS;
  // On every answer, refusals and restify's own 404/405 included; the page and its assets set their own caching.
  server.pre((_req: Request, res: Response, next: () => void) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('cache-control', 'no-store');
    next();
  });
  const routes = createRoutes(server, options.maxBodyBytes, log);

  routes.get('/healthz', async (_req: Request, res: Response) => {
    await Promise.resolve();
    res.send(200, { status: 'ok' });
  });

  routes.get('/readyz', async (_req: Request, res: Response) => {
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

  routes.post('/api/messages', 'json', async (req: Request, res: Response) => {
    if (closing) {
      res.send(503, { code: 'SHUTTING_DOWN', message: 'The service is restarting; try again.' });
      return;
    }
    const reqLog = log.child({ reqId: randomUUID() });
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

  registerTabRoutes(routes, options.tab);
  registerLeadsRoutes(routes, options.leads);

  // restify's own answers, in our shape, without echoing the path or method the client sent.
  const ROUTER_ANSWERS: Record<string, { code: string; message: string }> = {
    NotFound: { code: 'NOT_FOUND', message: 'There is nothing at this address.' },
    MethodNotAllowed: { code: 'METHOD_NOT_ALLOWED', message: 'This address does not take that method (see the Allow header).' },
  };
  for (const [name, body] of Object.entries(ROUTER_ANSWERS)) {
    server.on(name, (_req: Request, _res: Response, err: { body?: unknown }, done: () => void) => {
      err.body = { ...body };
      done();
    });
  }
  // Logged by status and route template only: a path can carry anything a client typed.
  server.on('restifyError', (req: Request, _res: Response, err: Error & { statusCode?: number }, next: (e?: unknown) => void) => {
    log.info({ event: 'http.rejected', status: err.statusCode ?? 500, errName: err.name, route: req.getRoute()?.path ?? null }, 'request rejected');
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
