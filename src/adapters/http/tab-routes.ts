import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'restify';
import type { Logger } from 'pino';
import { stringify } from 'csv-stringify';
import { z } from 'zod';
import { BadContinuation } from '../../domain/errors.js';
import { DecisionFilterSchema, PAGE_SIZES } from '../../domain/reporting.js';
import { type TabErrorCode, type TabForbiddenReason, type TabMe } from '../../domain/tab-api.js';
import { ukToday } from '../../domain/decision.js';
import { CSV_COLUMNS, auditPack, decisionDetail, exportDecisions, listDecisions, metrics, tabOptions } from '../../queries/tab.js';
import type { HandlerDeps } from '../../handlers/context.js';
import type { Routes } from './body.js';
import type { TabAuth, TabPrincipal } from './tab-auth.js';
import { failUnexpected } from './api-failure.js';

export interface TabRoutesOptions {
  auth: TabAuth;
  deps: Pick<HandlerDeps, 'store' | 'clock'>;
  /** The built page (`npm run build:tab` writes it). */
  staticDir: string;
  /** Origins allowed to frame the page besides Teams' own. */
  frameAncestors: readonly string[];
  /** Keys the continuation-token MAC (TAB_CURSOR_KEY); a random key for this process when undefined. */
  cursorKey: string | undefined;
  /** Serve the page's source maps: local development only (they carry the page's sources). */
  sourceMaps: boolean;
  log: Logger;
}

/** Where Teams (web, desktop, mobile; Microsoft 365 and Outlook hosts) frames a tab from. */
const TEAMS_ANCESTORS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://*.microsoft365.com',
  'https://outlook.office.com',
  'https://*.skype.com',
];

const ASSET = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.(js|css|map|svg|png|woff2)$/;
const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  map: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
};

const STATUS: Record<TabErrorCode, number> = { bad_request: 400, unauthenticated: 401, forbidden: 403, not_found: 404, store_unavailable: 503, internal: 500 };

/** `userId`: an Entra object id to sign in as (locally, a member of the playground's leads' team, for the leads' view). */
const DevSignInSchema = z
  .object({ role: z.enum(['manager', 'lead', 'staff']), displayName: z.string().trim().min(1).max(80), userId: z.string().trim().regex(/^[A-Za-z0-9-]{1,64}$/).optional() })
  .strict();
const RangeSchema = z
  .object({ from: DecisionFilterSchema.shape.from, to: DecisionFilterSchema.shape.to })
  .strict()
  .refine((r) => !r.from || !r.to || r.from <= r.to, { path: ['to'], message: '"to" must not be before "from"' });

const RECORD_ID = /^[A-Za-z0-9:_-]{1,200}$/;
const NO_SUCH_RECORD = 'There is no such decision record in your organisation.';

/** Longer than any token the store wraps (4,096) plus the MAC. */
const MAX_CONTINUATION_CHARS = 4200;

/**
 * The store's continuation token sealed with HMAC-SHA256 under the server's key, bound to the
 * caller's tenant: only this server (or one with the same TAB_CURSOR_KEY) can make one, so a
 * token recomputed or edited by hand is refused before the store sees it.
 */
function continuationSeal(key: string | Buffer): { seal(tenantId: string, inner: string): string; open(tenantId: string, sealed: string): string } {
  const macOf = (tenantId: string, inner: string) => createHmac('sha256', key).update(`${tenantId}\n${inner}`).digest('base64url');
  return {
    seal: (tenantId, inner) => `${inner}.${macOf(tenantId, inner)}`,
    open(tenantId, sealed) {
      const dot = sealed.lastIndexOf('.');
      if (sealed.length > MAX_CONTINUATION_CHARS || dot <= 0) throw new BadContinuation();
      const inner = sealed.slice(0, dot);
      const given = Buffer.from(sealed.slice(dot + 1));
      const expected = Buffer.from(macOf(tenantId, inner));
      // Compared as text, in constant time: base64url decoding would forgive changes in the last character's spare bits.
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new BadContinuation();
      return inner;
    },
  };
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * Whether a request was addressed to this machine's loopback interface by name (Host, with our
 * port) and, when the browser says where it comes from (Origin), sent by a page on it: a page on
 * another site whose DNS name now points at 127.0.0.1 (DNS rebinding) sends its own name.
 */
function fromLoopback(req: Request): boolean {
  const port = req.socket.localPort;
  const hosts = LOOPBACK_NAMES.map((name) => `${name}:${port}`);
  if (!hosts.includes((req.headers.host ?? '').toLowerCase())) return false;
  const origin = req.headers.origin;
  return origin === undefined || hosts.some((host) => origin.toLowerCase() === `http://${host}`);
}

function fail(res: Response, code: TabErrorCode, message: string, reason?: TabForbiddenReason): void {
  res.setHeader('cache-control', 'no-store');
  res.send(STATUS[code], { code, message, ...(reason ? { reason } : {}) });
}

/** The query string as an object; a key given twice is refused rather than guessed. */
function queryOf(req: Request): Record<string, string> | string {
  const params = new URLSearchParams(req.getQuery());
  const out = new Map<string, string>();
  for (const [key, value] of params) {
    if (out.has(key)) return `"${key}" is given more than once`;
    out.set(key, value);
  }
  // Own properties only: `__proto__` or `constructor` stay ordinary (unknown, refused) keys.
  return Object.fromEntries(out);
}

function problems(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

/**
 * The Decisions tab: the page, its assets and its API. Every API call is authenticated first
 * (401/403 before any store access); the tenant comes from the token, never from the request.
 */
export function registerTabRoutes(server: Routes, options: TabRoutesOptions): void {
  const { auth, deps, log } = options;
  const cursor = continuationSeal(options.cursorKey ?? randomBytes(32));
  const csp = [
    "default-src 'self'",
    "img-src 'self' data:",
    "style-src 'self'",
    "script-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `frame-ancestors 'self' ${[...TEAMS_ANCESTORS, ...options.frameAncestors].join(' ')}`,
  ].join('; ');

  // One page for both tabs: the Decisions tab (managers) and the leads' view (/tabs/leads), which the page tells apart by its path.
  const page = async (_req: Request, res: Response) => {
    const file = join(options.staticDir, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The Decisions tab has not been built. Run: npm run build:tab');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
    await pipeline(createReadStream(file), res);
  };
  server.get('/tabs/decisions', page);
  server.get('/tabs/leads', page);

  server.get('/tabs/assets/:file', async (req: Request, res: Response) => {
    const name = (req.params as Record<string, string | undefined>).file ?? '';
    const file = join(options.staticDir, name);
    if (!ASSET.test(name) || (name.endsWith('.map') && !options.sourceMaps) || !existsSync(file)) {
      fail(res, 'not_found', 'No such file.');
      return;
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream', 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
    await pipeline(createReadStream(file), res);
  });

  server.get('/api/tab/config', async (_req: Request, res: Response) => {
    await Promise.resolve();
    res.setHeader('cache-control', 'no-store');
    res.send(200, { devSignIn: auth.devSignIn !== undefined });
  });

  server.post('/api/tab/dev-signin', 'json', async (req: Request, res: Response) => {
    if (!auth.devSignIn) {
      fail(res, 'not_found', 'The local development sign-in is not enabled on this server.');
      return;
    }
    if (!fromLoopback(req)) {
      log.warn({ event: 'tab.dev_signin_refused', reason: 'not_loopback' }, 'local sign-in asked for from elsewhere');
      fail(res, 'forbidden', 'The local development sign-in answers only at a loopback address of this machine (http://127.0.0.1 or http://localhost with its port).');
      return;
    }
    const parsed = DevSignInSchema.safeParse(req.body);
    if (!parsed.success) {
      fail(res, 'bad_request', problems(parsed.error));
      return;
    }
    res.setHeader('cache-control', 'no-store');
    res.send(200, { token: await auth.devSignIn(parsed.data.role, parsed.data.displayName, parsed.data.userId || undefined) });
  });

  /** Authenticates, then runs the route with the caller; a store outage is a 503, a bug a 500 (logged as an error). */
  const api =
    (route: string, handler: (req: Request, res: Response, who: TabPrincipal) => Promise<void>) =>
    async (req: Request, res: Response): Promise<void> => {
      const result = await auth.authenticate(req.header('authorization'));
      if (!result.ok) {
        log.info({ event: 'tab.denied', route, status: result.status, reason: result.reason }, 'tab request denied');
        if (result.status === 401) res.header('www-authenticate', 'Bearer');
        fail(res, result.code, result.message, result.status === 403 ? result.reason : undefined);
        return;
      }
      res.setHeader('cache-control', 'no-store');
      const started = performance.now();
      res.once('finish', () => log.debug({ event: 'tab.served', route, status: res.statusCode, ms: Math.round((performance.now() - started) * 100) / 100 }, 'tab request served'));
      try {
        await handler(req, res, result.principal);
      } catch (err) {
        if (err instanceof BadContinuation) {
          fail(res, 'bad_request', 'This list cannot continue from that point; load it again from the start.');
          return;
        }
        failUnexpected(res, err, route, log, fail);
      }
    };

  server.get(
    '/api/tab/me',
    api('me', async (_req, res, who) => {
      const me: TabMe = { tenantId: who.tenantId, user: { id: who.userId, displayName: who.displayName }, role: 'manager' };
      await Promise.resolve();
      res.send(200, me);
    }),
  );

  server.get(
    '/api/tab/options',
    api('options', async (_req, res, who) => {
      res.send(200, await tabOptions(who.tenantId, deps));
    }),
  );

  server.get(
    '/api/tab/decisions',
    api('decisions', async (req, res, who) => {
      const query = queryOf(req);
      if (typeof query === 'string') return fail(res, 'bad_request', query);
      const { pageSize, continuation, ...rest } = query;
      const size = pageSize === undefined ? PAGE_SIZES.default : Number(pageSize);
      if (!Number.isInteger(size) || size < 1 || size > PAGE_SIZES.max) return fail(res, 'bad_request', `pageSize: a whole number from 1 to ${PAGE_SIZES.max}`);
      const filter = DecisionFilterSchema.safeParse(rest);
      if (!filter.success) return fail(res, 'bad_request', problems(filter.error));
      const inner = continuation ? cursor.open(who.tenantId, continuation) : undefined;
      const page = await listDecisions(who.tenantId, filter.data, size, inner, deps);
      res.send(200, page.continuation ? { ...page, continuation: cursor.seal(who.tenantId, page.continuation) } : page);
    }),
  );

  server.get(
    '/api/tab/decisions/:recordId',
    api('decision', async (req, res, who) => {
      const recordId = (req.params as Record<string, string | undefined>).recordId ?? '';
      const detail = RECORD_ID.test(recordId) ? await decisionDetail(who.tenantId, recordId, deps) : undefined;
      if (!detail) return fail(res, 'not_found', NO_SUCH_RECORD);
      res.send(200, detail);
    }),
  );

  server.get(
    '/api/tab/decisions/:recordId/pack',
    api('pack', async (req, res, who) => {
      const recordId = (req.params as Record<string, string | undefined>).recordId ?? '';
      const pack = RECORD_ID.test(recordId) ? await auditPack(who.tenantId, recordId, deps) : undefined;
      if (!pack) return fail(res, 'not_found', NO_SUCH_RECORD);
      log.info({ event: 'tab.audit_pack', recordId, userId: who.userId, versions: pack.versions.length }, 'audit pack served');
      res.send(200, pack);
    }),
  );

  server.get(
    '/api/tab/metrics',
    api('metrics', async (req, res, who) => {
      const query = queryOf(req);
      if (typeof query === 'string') return fail(res, 'bad_request', query);
      const range = RangeSchema.safeParse(query);
      if (!range.success) return fail(res, 'bad_request', problems(range.error));
      res.send(200, await metrics(who.tenantId, range.data, deps));
    }),
  );

  server.get(
    '/api/tab/export.csv',
    api('export', async (req, res, who) => {
      const query = queryOf(req);
      if (typeof query === 'string') return fail(res, 'bad_request', query);
      const filter = DecisionFilterSchema.safeParse(query);
      if (!filter.success) return fail(res, 'bad_request', problems(filter.error));
      const pages = exportDecisions(who.tenantId, filter.data, deps)[Symbol.asyncIterator]();
      // The first page before any byte is sent, so a store failure is still a clean 503.
      let next = await pages.next();
      res.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="decisions-${ukToday(deps.clock.now())}.csv"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      const csv = stringify({ header: true, columns: CSV_COLUMNS.map((c) => c.header), bom: true, cast: { string: neutraliseFormula } });
      csv.pipe(res);
      let rows = 0;
      while (!next.done) {
        for (const view of next.value) {
          if (!csv.write(CSV_COLUMNS.map((c) => c.value(view)))) await new Promise((resolve) => csv.once('drain', resolve));
          rows++;
        }
        next = await pages.next();
      }
      await new Promise<void>((resolve) => {
        res.once('finish', resolve);
        csv.end();
      });
      log.info({ event: 'tab.export', rows }, 'decisions exported');
    }),
  );
}

/** A cell that a spreadsheet would run as a formula is written as text (CSV injection). */
function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
