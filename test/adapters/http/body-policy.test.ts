import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request, type ClientRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../kit/app.js';

/**
 * One body-parsing policy for the whole server: each route names the content types it takes
 * (the bot endpoint and the tab API: application/json; GET routes: no body), anything else is a
 * 415 before a byte of the body is read, every accepted body is size-limited, and nothing is
 * ever written to disk.
 */

const MAX_BODY_BYTES = 65_536;
const JSON_ROUTES = ['/api/messages', '/api/tab/dev-signin'];
const GET_ROUTES = ['/healthz', '/readyz', '/api/tab/config', '/api/tab/me', '/api/tab/decisions', '/tabs/decisions'];

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  ms: number;
}

/**
 * The server may answer and close before the whole body is sent: that is the point. The write
 * still under way then fails with EPIPE or ECONNRESET, possibly after the answer has been read and
 * the socket has left the request (then only the socket hears it, and an unheard socket error
 * would stop the test run). Each request gets its own socket (`agent: false`), and both the request
 * and its socket treat those two codes as expected; any other error fails the request.
 */
function expectEarlyClose(req: ClientRequest, reject: (err: Error) => void): void {
  const onError = (err: NodeJS.ErrnoException): void => {
    if (err.code !== 'EPIPE' && err.code !== 'ECONNRESET') reject(err);
  };
  req.on('error', onError);
  req.on('socket', (socket) => socket.on('error', onError));
}

/** A raw HTTP request, so that any method may carry any body (fetch refuses a GET with a body). */
function send(url: string, method: string, headers: Record<string, string>, body?: Buffer | string): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const length = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
    const req = request(url, { method, agent: false, headers: { ...length, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
    });
    expectEarlyClose(req, reject);
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

function multipart(bytes: number): { body: Buffer; type: string } {
  const boundary = 'probe-boundary-7f3a';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="fill.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { body: Buffer.concat([head, Buffer.alloc(bytes, 0x61), tail]), type: `multipart/form-data; boundary=${boundary}` };
}

function errorOf(text: string): { code?: unknown; message?: unknown } {
  return JSON.parse(text) as { code?: unknown; message?: unknown };
}

describe('the body-parsing policy', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ MAX_BODY_BYTES: String(MAX_BODY_BYTES), TAB_DEV_SIGNIN: 'true' });
  });
  afterAll(async () => {
    await app.stop();
  });

  it('refuses a 20 MB multipart upload with no sign-in with 415, at once, and writes nothing to the temporary directory', async () => {
    const spool = mkdtempSync(join(tmpdir(), 'upload-probe-'));
    const saved = process.env.TMPDIR;
    // Any temporary file the server made would go here (os.tmpdir() reads TMPDIR on each call).
    process.env.TMPDIR = spool;
    try {
      const { body, type } = multipart(20 * 1024 * 1024);
      for (const path of [...JSON_ROUTES, '/healthz', '/nowhere']) {
        const res = await send(`${app.url}${path}`, 'POST', { 'content-type': type, 'content-length': String(body.length) }, body);
        expect(res.status, path).toBe(path === '/healthz' ? 405 : path === '/nowhere' ? 404 : 415);
        expect(res.ms, path).toBeLessThan(2000);
        expect(readdirSync(spool), path).toEqual([]);
      }
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      rmSync(spool, { recursive: true, force: true });
    }
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it.each(JSON_ROUTES.flatMap((path) => ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', 'application/xml', 'application/json; charset=utf-16', 'application/jsonx'].map((type) => [path, type])))(
    '%s refuses %s with 415 and a code',
    async (path, type) => {
      const res = await send(`${app.url}${path}`, 'POST', { 'content-type': type }, 'role=manager&displayName=Mallory');
      expect(res.status).toBe(415);
      expect(errorOf(res.text)).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringContaining('application/json') as unknown });
    },
  );

  it.each(JSON_ROUTES)('%s refuses a request with no content type with 415', async (path) => {
    expect((await send(`${app.url}${path}`, 'POST', {}, '{}')).status).toBe(415);
  });

  it.each(GET_ROUTES)('GET %s refuses a request body with 415', async (path) => {
    const res = await send(`${app.url}${path}`, 'GET', { 'content-type': 'application/json' }, '{"a":1}');
    expect(res.status).toBe(415);
    expect(errorOf(res.text).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it.each(JSON_ROUTES)('%s refuses a body over MAX_BODY_BYTES with 413, with a length and without one (chunked)', async (path) => {
    const big = `{"x":"${'y'.repeat(MAX_BODY_BYTES)}"}`;
    const sized = await send(`${app.url}${path}`, 'POST', { 'content-type': 'application/json' }, big);
    expect(sized.status).toBe(413);
    expect(errorOf(sized.text).code).toBe('PAYLOAD_TOO_LARGE');
    const chunked = await new Promise<Answer>((resolve, reject) => {
      const started = performance.now();
      const req = request(`${app.url}${path}`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
      });
      expectEarlyClose(req, reject);
      for (let i = 0; i < 20; i++) req.write('z'.repeat(10_000));
      req.end();
    });
    expect(chunked.status).toBe(413);
    expect(errorOf(chunked.text).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it.each(JSON_ROUTES)('%s refuses a compressed body with 415 and keeps serving (a bad gzip body used to stop the process)', async (path) => {
    for (const body of [Buffer.from('definitely not gzip'), gzipSync(Buffer.from('{"role":"manager","displayName":"Zip"}'))]) {
      const res = await send(`${app.url}${path}`, 'POST', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body);
      expect(res.status).toBe(415);
      expect(errorOf(res.text).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it('answers JSON that is not valid UTF-8 or not JSON with 400 and a code', async () => {
    for (const body of [Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), '{"role":']) {
      const res = await send(`${app.url}/api/tab/dev-signin`, 'POST', { 'content-type': 'application/json' }, body);
      expect(res.status).toBe(400);
      expect(errorOf(res.text)).toMatchObject({ code: expect.any(String) as unknown, message: expect.any(String) as unknown });
    }
  });

  it('still serves JSON with a charset, and within the limit', async () => {
    const res = await send(`${app.url}/api/tab/dev-signin`, 'POST', { 'content-type': 'Application/JSON; charset=UTF-8' }, '{"role":"manager","displayName":"Dana"}');
    expect(res.status).toBe(200);
  });
});

describe('the headers of every answer', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ TAB_DEV_SIGNIN: 'true' });
  });
  afterAll(async () => {
    await app.stop();
  });

  const JSON_ANSWERS: [string, () => Promise<Response>][] = [
    ['GET /healthz', () => fetch(`${app.url}/healthz`)],
    ['GET /readyz', () => fetch(`${app.url}/readyz`)],
    ['a bot endpoint refusal (400)', () => fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })],
    ['a bot endpoint refusal (415)', () => fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' })],
    ['GET /api/tab/config', () => fetch(`${app.url}/api/tab/config`)],
    ['a tab API refusal (401)', () => fetch(`${app.url}/api/tab/decisions`)],
    ['an unknown address (404)', () => fetch(`${app.url}/api/nothing-here`)],
    ['a wrong method (405)', () => fetch(`${app.url}/api/tab/me`, { method: 'DELETE' })],
  ];

  it.each(JSON_ANSWERS)('%s carries nosniff, no-referrer and no-store', async (_name, call) => {
    const res = await call();
    await res.text();
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a tab API call with record data with no-store and nosniff', async () => {
    const { token } = (await (await fetch(`${app.url}/api/tab/dev-signin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'manager', displayName: 'Dana' }) })).json()) as { token: string };
    for (const path of ['/api/tab/me', '/api/tab/decisions', '/api/tab/export.csv']) {
      const res = await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      await res.text();
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it("keeps the page's own headers: its CSP with frame-ancestors, no-cache, nosniff", async () => {
    const res = await fetch(`${app.url}/tabs/decisions`);
    await res.text();
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(/frame-ancestors 'self' https:\/\/teams\.microsoft\.com/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('does not echo the requested path in a 404', async () => {
    const res = await fetch(`${app.url}/api/%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
    const text = await res.text();
    expect(res.status).toBe(404);
    expect(text).not.toMatch(/script/i);
    expect(errorOf(text)).toMatchObject({ code: expect.any(String) as unknown, message: expect.any(String) as unknown });
  });
});
