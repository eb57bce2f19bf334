import type { Response } from 'restify';
import type { Logger } from 'pino';
import { StoreUnavailable } from '../../domain/errors.js';
import { errorFields } from '../../log.js';

/**
 * What the tabs' API routes answer an error nothing more particular handled: logged by its code, then
 * 503 for a store outage or 500 otherwise, in words — or, if an answer had already started, the
 * connection is closed rather than a second answer written.
 */
export function failUnexpected(
  res: Response,
  err: unknown,
  route: string,
  log: Logger,
  fail: (res: Response, code: 'store_unavailable' | 'internal', message: string) => void,
): void {
  const outage = err instanceof StoreUnavailable;
  if (outage) log.warn({ event: 'tab.store_unavailable', route, ...errorFields(err) }, 'tab request failed: store unavailable');
  else log.error({ event: 'tab.failed', route, ...errorFields(err) }, 'tab request failed');
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (outage) fail(res, 'store_unavailable', 'The records store is unavailable just now; try again in a moment.');
  else fail(res, 'internal', 'Something went wrong on our side; it has been logged. Try again, or tell your administrator if it keeps happening.');
}
