import type { TabErrorCode, TabForbiddenReason } from '../domain/tab-api.js';

export type ApiErrorCode = TabErrorCode | 'directory_unavailable' | 'conflict' | 'network' | 'server_error' | 'unexpected';

/** A failed API call, with words fit to show to the user. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    /** With a 403: why (not a manager, not a lead, or an organisation not allowed). */
    readonly reason?: TabForbiddenReason,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Where the bearer token comes from: Teams (which can hand out a fresh one) or the local sign-in. */
export interface TokenSource {
  token(): Promise<string>;
  /** A new token after a 401; absent when the only remedy is signing in again. */
  refresh?(): Promise<string>;
}

export type Query = Record<string, string | undefined>;

export interface Download {
  blob: Blob;
  filename: string;
}

const API = '/api/tab/';

const FALLBACK: Record<ApiErrorCode, string> = {
  bad_request: 'The request was not accepted. Check the values you entered.',
  unauthenticated: 'Your sign-in has failed or expired.',
  forbidden: 'You do not have permission to see this.',
  not_found: 'That record was not found. It may have been deleted at the end of its retention period.',
  store_unavailable: 'The records store is unavailable; try again.',
  directory_unavailable: 'Microsoft Teams did not answer when asked who the safeguarding leads are; try again.',
  conflict: 'Someone changed this just before you; it is shown as it is now.',
  network: 'The service could not be reached. Check your connection and try again.',
  server_error: 'Something went wrong on the server; try again.',
  internal: 'Something went wrong on the server; it has been logged. Try again.',
  unexpected: 'The service gave an answer this page did not understand; try again.',
};

function codeForStatus(status: number): ApiErrorCode {
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 503:
      return 'store_unavailable';
    default:
      return status >= 500 ? 'server_error' : 'unexpected';
  }
}

export function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

async function errorFrom(res: Response): Promise<ApiError> {
  const code = codeForStatus(res.status);
  let message = '';
  let reason: TabForbiddenReason | undefined;
  try {
    const body = (await res.json()) as { code?: unknown; message?: unknown; reason?: unknown };
    if (typeof body.message === 'string') message = body.message;
    if (body.reason === 'role' || body.reason === 'tenant' || body.reason === 'not_lead') reason = body.reason;
    // A 503 is the store's unless the server says it was Teams (the leads' view asks Teams who the leads are).
    if (body.code === 'directory_unavailable') return new ApiError(res.status, 'directory_unavailable', message || FALLBACK.directory_unavailable);
  } catch {
    // Not JSON (a proxy's error page, say): the plain-words fallback below is used instead.
    message = '';
  }
  // The server's own wording is kept for bad requests (it names the field); for the rest the page's words are clearer.
  const text = code === 'store_unavailable' ? FALLBACK.store_unavailable : message && code !== 'server_error' ? message : FALLBACK[code];
  return new ApiError(res.status, code, text, reason);
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(`${API}${path}`, { cache: 'no-store', credentials: 'omit', ...init });
  } catch {
    throw new ApiError(0, 'network', FALLBACK.network);
  }
}

/** Calls that need no sign-in. */
export const publicApi = {
  async get<T>(path: string): Promise<T> {
    const res = await send(path, { headers: { accept: 'application/json' } });
    if (!res.ok) throw await errorFrom(res);
    return (await res.json()) as T;
  },
  async post<T>(path: string, body: unknown): Promise<T> {
    const res = await send(path, { method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw await errorFrom(res);
    return (await res.json()) as T;
  },
};

export interface Api {
  get<T>(path: string, query?: Query): Promise<T>;
  /** A JSON POST (the leads' view's Claim and Release). */
  post<T>(path: string, body: unknown): Promise<T>;
  download(path: string, query: Query, fallbackName: string): Promise<Download>;
}

function filenameFrom(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // A malformed encoded name: fall through to the plain filename parameter.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain?.[1]?.trim() || undefined;
}

/** Calls with `Authorization: Bearer`; one retry with a fresh token after a 401 when the source can refresh. */
export function createApi(tokens: TokenSource): Api {
  async function authed(path: string, accept: string, body?: unknown): Promise<Response> {
    const json: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
    const init = (token: string): RequestInit => ({
      headers: { accept, authorization: `Bearer ${token}`, ...json },
      ...(body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) }),
    });
    let res = await send(path, init(await tokens.token()));
    if (res.status === 401 && tokens.refresh) res = await send(path, init(await tokens.refresh()));
    if (!res.ok) throw await errorFrom(res);
    return res;
  }
  return {
    async get<T>(path: string, query: Query = {}): Promise<T> {
      const res = await authed(`${path}${queryString(query)}`, 'application/json');
      try {
        return (await res.json()) as T;
      } catch {
        throw new ApiError(res.status, 'unexpected', FALLBACK.unexpected);
      }
    },
    async post<T>(path: string, body: unknown): Promise<T> {
      const res = await authed(path, 'application/json', body);
      try {
        return (await res.json()) as T;
      } catch {
        throw new ApiError(res.status, 'unexpected', FALLBACK.unexpected);
      }
    },
    async download(path: string, query: Query, fallbackName: string): Promise<Download> {
      const res = await authed(`${path}${queryString(query)}`, 'text/csv');
      const blob = await res.blob();
      return { blob, filename: filenameFrom(res.headers.get('content-disposition')) ?? fallbackName };
    },
  };
}

export function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError(0, 'unexpected', 'Something went wrong on this page; try again.');
}
