import { createRequire } from 'node:module';
import type { Server, ServerOptions } from 'restify';

/**
 * `restify.createServer`, without loading restify's index module: the index also loads every plugin (body
 * parsers with formidable, http-signature and sshpk, static files with send…), about 100 ms and 9 MB of a cold
 * start, and this app uses none of them (body.ts reads bodies itself). The server is built exactly as restify
 * 12.0.0's `createServer` builds it (lib/index.js: a Router on the options, then the Server, logging through
 * restify's own pino) — restify is pinned, and the HTTP tests run through it.
 */
const fromRestify = createRequire(createRequire(import.meta.url).resolve('restify'));

type RouterClass = new (options: object) => unknown;
type ServerClass = new (options: object) => Server;
type PinoFactory = (options: { name: string }) => unknown;

export function createRestifyServer(options: ServerOptions & { name: string; handleUncaughtExceptions: false }): Server {
  const Router = fromRestify('./router') as RouterClass;
  const RestifyServer = fromRestify('./server') as ServerClass;
  const pino = fromRestify('pino') as PinoFactory;
  const opts = { ...options, log: options.log ?? pino({ name: options.name }) };
  return new RestifyServer({ ...opts, router: new Router(opts) });
}
