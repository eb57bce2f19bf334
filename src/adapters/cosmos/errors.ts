import { ConcurrencyConflict, StoreUnavailable, AlreadyExists } from '../../domain/errors.js';

interface CosmosLikeError {
  code?: unknown;
  statusCode?: unknown;
}

function statusOf(err: unknown): number | string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as CosmosLikeError;
  if (typeof e.statusCode === 'number') return e.statusCode;
  if (typeof e.code === 'number' || typeof e.code === 'string') return e.code;
  return undefined;
}

export function isNotFound(err: unknown): boolean {
  return statusOf(err) === 404;
}

/** Maps an @azure/cosmos failure to the domain's expected failures; anything else is a store outage. */
export function mapCosmosError(err: unknown, operation: string): Error {
  const status = statusOf(err);
  if (status === 412) return new ConcurrencyConflict(operation);
  if (status === 409) return new AlreadyExists(operation);
  return new StoreUnavailable(operation, { cause: err });
}
