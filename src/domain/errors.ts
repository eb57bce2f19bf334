/**
 * Expected failures carry a stable `code` so that the edges (cards, HTTP) can map them without
 * parsing messages. Messages never contain user-typed text.
 */
export abstract class AppError extends Error {
  abstract readonly code: string;
}

/** Someone else changed the item since it was read (ETag mismatch). Re-read and retry, or tell the user. */
export class ConcurrencyConflict extends AppError {
  readonly code = 'CONCURRENCY_CONFLICT';
  constructor(readonly what: string) {
    super(`${what} was changed by someone else`);
    this.name = 'ConcurrencyConflict';
  }
}

/** The store could not be reached or answered with a server error; nothing was written. */
export class StoreUnavailable extends AppError {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(readonly operation: string, options?: { cause?: unknown }) {
    super(`the store is unavailable (${operation})`, options);
    this.name = 'StoreUnavailable';
  }
}

/** The item already exists (a create was repeated). */
export class AlreadyExists extends AppError {
  readonly code = 'ALREADY_EXISTS';
  constructor(readonly what: string) {
    super(`${what} already exists`);
    this.name = 'AlreadyExists';
  }
}

/** Teams could not tell us who is in the leads' team; the action is refused, not guessed. */
export class DirectoryUnavailable extends AppError {
  readonly code = 'DIRECTORY_UNAVAILABLE';
  constructor(options?: { cause?: unknown }) {
    super('the Teams roster could not be read', options);
    this.name = 'DirectoryUnavailable';
  }
}

/** A list was asked to continue from a token it did not issue (tampered, or from another query). */
export class BadContinuation extends AppError {
  readonly code = 'BAD_CONTINUATION';
  constructor() {
    super('the continuation token is not valid for this list');
    this.name = 'BadContinuation';
  }
}

/** A request cannot be routed yet: its tenant has no leads' queue (it waits in the outbox until one is set up). */
export class NoLeadsQueue extends AppError {
  readonly code = 'NO_LEADS_QUEUE';
  constructor() {
    super("the tenant has no leads' queue yet");
    this.name = 'NoLeadsQueue';
  }
}

/** An error as log fields: its name, code and HTTP status — never its message, which can carry input. */
export function errorFields(err: unknown): { errName: string; errCode?: string; status?: number } {
  if (!(err instanceof Error)) return { errName: typeof err };
  const e = err as Error & { code?: unknown; statusCode?: unknown };
  return {
    errName: e.name,
    ...(typeof e.code === 'string' || typeof e.code === 'number' ? { errCode: String(e.code) } : {}),
    ...(typeof e.statusCode === 'number' ? { status: e.statusCode } : {}),
  };
}
