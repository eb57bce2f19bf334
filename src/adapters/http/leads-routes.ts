import type { Request, Response } from 'restify';
import type { Logger } from 'pino';
import { DirectoryUnavailable } from '../../domain/errors.js';
import type { LeadsErrorCode } from '../../domain/leads-api.js';
import type { TabForbiddenReason } from '../../domain/tab-api.js';
import { leadAccess, leadsQueue, leadsRequest, type LeadAccess, type LeadCaller } from '../../queries/leads-access.js';
import { leadAction, type LeadsActionDeps, type TabLeadAction } from '../../queries/leads-actions.js';
import { errorFields } from '../../log.js';
import type { Routes } from './body.js';
import type { TabAuth } from './tab-auth.js';
import { failUnexpected } from './api-failure.js';

export interface LeadsRoutesOptions {
  auth: TabAuth;
  deps: LeadsActionDeps;
  log: Logger;
}

const STATUS: Record<LeadsErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  store_unavailable: 503,
  directory_unavailable: 503,
  conflict: 409,
  internal: 500,
};

/** Said once, for the API and the page (which shows the server's words). */
export const NOT_A_LEAD =
  "You are not a member of any setting's leads' team, so there is no queue to show you. A setting's safeguarding leads are the members of the Teams team that holds its leads' queue: ask a lead there (or the team's owner) to add you to that team.";
const TEAMS_DID_NOT_ANSWER = 'Microsoft Teams did not answer when we checked who the safeguarding leads are, so your queue cannot be shown just now. Try again in a moment.';

function fail(res: Response, code: LeadsErrorCode, message: string, reason?: TabForbiddenReason): void {
  res.setHeader('cache-control', 'no-store');
  res.send(STATUS[code], { code, message, ...(reason ? { reason } : {}) });
}

/**
 * The leads' view's API. Signed in as anyone of an allowed organisation (tid/oid from the token),
 * then a lead only if Teams says they are in a setting's leads' team: otherwise 403 before any
 * request is read. Each setting's requests are shown only to that setting's leads.
 */
export function registerLeadsRoutes(server: Routes, options: LeadsRoutesOptions): void {
  const { auth, deps, log } = options;

  const api =
    (route: string, handler: (req: Request, res: Response, who: LeadCaller, access: Extract<LeadAccess, { ok: true }>) => Promise<void>) =>
    async (req: Request, res: Response): Promise<void> => {
      const result = await auth.identify(req.header('authorization'));
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
        const access = await leadAccess(result.principal, deps);
        if (!access.ok) {
          log.info({ event: 'tab.denied', route, status: 403, reason: access.reason }, 'tab request denied');
          fail(res, 'forbidden', NOT_A_LEAD, 'not_lead');
          return;
        }
        await handler(req, res, result.principal, access);
      } catch (err) {
        if (err instanceof DirectoryUnavailable) {
          log.warn({ event: 'tab.directory_unavailable', route, ...errorFields(err) }, 'leads view: Teams roster unavailable');
          fail(res, 'directory_unavailable', TEAMS_DID_NOT_ANSWER);
          return;
        }
        failUnexpected(res, err, route, log, fail);
      }
    };

  server.get(
    '/api/tab/queue',
    api('queue', async (req, res, who, access) => {
      if (req.getQuery()) return fail(res, 'bad_request', 'The queue takes no query parameters.');
      res.send(200, await leadsQueue(who, access, deps));
    }),
  );

  server.get(
    '/api/tab/queue/:requestId',
    api('queue.request', async (req, res, who, access) => {
      const requestId = (req.params as Record<string, string | undefined>).requestId ?? '';
      const detail = /^[A-Za-z0-9:_-]{1,200}$/.test(requestId) ? await leadsRequest(who, access, requestId, deps) : undefined;
      if (!detail) return fail(res, 'not_found', NO_SUCH_REQUEST);
      res.send(200, detail);
    }),
  );

  // Claim and Release, as on the card (same transitions, ETag write, audit event and announcement).
  for (const action of ['claim', 'release'] as const satisfies readonly TabLeadAction[]) {
    server.post(
      `/api/tab/queue/:requestId/${action}`,
      'json',
      api(`queue.${action}`, async (req, res, who, access) => {
        const requestId = (req.params as Record<string, string | undefined>).requestId ?? '';
        if (!isEmptyObject(req.body)) return fail(res, 'bad_request', 'Send an empty JSON object: who acts comes from your sign-in, never from the request.');
        const outcome = /^[A-Za-z0-9:_-]{1,200}$/.test(requestId) ? await leadAction(who, access, requestId, action, deps) : ({ ok: false, reason: 'not_found' } as const);
        if (outcome.ok) {
          res.send(200, outcome.detail);
          return;
        }
        if (outcome.reason === 'not_found') return fail(res, 'not_found', NO_SUCH_REQUEST);
        res.setHeader('cache-control', 'no-store');
        res.send(STATUS.conflict, { code: 'conflict', message: outcome.message, detail: outcome.detail });
      }),
    );
  }
}

const NO_SUCH_REQUEST = "There is no such request in your settings' queues.";

function isEmptyObject(body: unknown): boolean {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && Object.keys(body).length === 0;
}
