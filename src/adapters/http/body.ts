import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import { errorFields } from '../../log.js';

/**
 * The server's one body-parsing policy. Each route says what body it takes: `json`
 * (`application/json`, UTF-8, uncompressed, at most `maxBodyBytes`, read into memory) or `none`.
 * Anything else is refused before a byte of the body is read. There is no multipart, form or
 * file-upload parser at all, so nothing a client sends is ever written to disk.
 */
export type BodyKind = 'json' | 'none';

export type BodyErrorCode = 'UNSUPPORTED_MEDIA_TYPE' | 'PAYLOAD_TOO_LARGE' | 'BAD_JSON';

export interface BodyRefusal {
  status: 400 | 413 | 415;
  code: BodyErrorCode;
  message: string;
}

export type Handler = (req: Request, res: Response) => Promise<void>;

/** How routes are added: the only way, so that no route escapes the body policy. */
export interface Routes {
  /** A route that takes no request body. */
  get(path: string, handler: Handler): void;
  /** A route whose body must be JSON; it arrives parsed in `req.body`. */
  post(path: string, accepts: 'json', handler: Handler): void;
}

/** `application/json`, optionally with `charset=utf-8`; nothing else (not `+json`, not UTF-16). */
const JSON_TYPE = /^application\/json[ \t]*(?:;[ \t]*charset[ \t]*=[ \t]*(?:utf-8|"utf-8")[ \t]*)?$/i;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

const refusal = {
  noBody: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'This address takes no request body.' },
  notJson: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the body as application/json (UTF-8, not compressed).' },
  badJson: { status: 400, code: 'BAD_JSON', message: 'The request body is not valid JSON in UTF-8.' },
} as const satisfies Record<string, BodyRefusal>;

const tooLarge = (maxBytes: number): BodyRefusal => ({ status: 413, code: 'PAYLOAD_TOO_LARGE', message: `The request body is larger than ${maxBytes} bytes.` });

function carriesBody(req: Request): boolean {
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const length = req.headers['content-length'];
  return length !== undefined && length.trim() !== '0';
}

/** Checks the type first, then reads at most `maxBytes` into memory; a refusal stops reading. */
async function readBody(req: Request, kind: BodyKind, maxBytes: number): Promise<{ body: unknown } | BodyRefusal> {
  if (kind === 'none') return carriesBody(req) ? refusal.noBody : { body: undefined };
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (!JSON_TYPE.test((req.headers['content-type'] ?? '').trim()) || encoding !== 'identity') return refusal.notJson;
  if (Number(req.headers['content-length']) > maxBytes) return tooLarge(maxBytes);
  if (!carriesBody(req)) return { body: undefined };
  const bytes = await new Promise<Buffer | 'too_large'>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) {
        done();
        resolve('too_large');
      } else chunks.push(chunk);
    };
    const onEnd = (): void => {
      done();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (err: Error): void => {
      done();
      reject(err);
    };
    const done = (): void => {
      req.off('data', onData).off('end', onEnd).off('error', onError);
    };
    req.on('data', onData).on('end', onEnd).on('error', onError);
  });
  if (bytes === 'too_large') return tooLarge(maxBytes);
  if (bytes.length === 0) return { body: undefined };
  try {
    return { body: JSON.parse(utf8.decode(bytes)) as unknown };
  } catch {
    return refusal.badJson;
  }
}

/**
 * Routes under the body policy. A refused request is answered at once with `{ code, message }`;
 * whatever of its body is still on the way is read and dropped (not kept, not stored), so the
 * client gets the answer rather than a reset connection. An unexpected failure in a route is a
 * 500 with a fixed message: no error text or stack reaches the client.
 */
export function createRoutes(server: Server, maxBodyBytes: number, log: Logger): Routes {
  const guarded =
    (path: string, kind: BodyKind, handler: Handler) =>
    async (req: Request, res: Response): Promise<void> => {
      try {
        const read = await readBody(req, kind, maxBodyBytes);
        if ('status' in read) {
          log.info({ event: 'http.body_refused', route: path, status: read.status, code: read.code }, 'request body refused');
          req.resume();
          res.send(read.status, { code: read.code, message: read.message });
          return;
        }
        (req as { body?: unknown }).body = read.body;
        await handler(req, res);
      } catch (err) {
        log.error({ event: 'http.unhandled', route: path, ...errorFields(err) }, 'request failed');
        if (res.headersSent) res.destroy();
        else res.send(500, { code: 'INTERNAL', message: 'Something went wrong on our side; try again in a moment.' });
      }
    };
  return {
    get: (path, handler) => void server.get(path, guarded(path, 'none', handler)),
    post: (path, accepts, handler) => void server.post(path, guarded(path, accepts, handler)),
  };
}
