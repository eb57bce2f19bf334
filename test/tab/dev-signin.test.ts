import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../kit/app.js';
import type { TabError } from '../../src/domain/tab-api.js';

/**
 * The local development sign-in answers only when asked as a loopback address (Host, and Origin
 * when sent): a page elsewhere that rebinds its DNS name to 127.0.0.1 gets no token.
 */

function errorOf(body: unknown): TabError {
  return body as TabError;
}

describe('the local development sign-in, reached from elsewhere', () => {
  let app: TestApp;
  let port: string;

  beforeAll(async () => {
    app = await startTestApp({ TAB_DEV_SIGNIN: 'true' });
    port = new URL(app.url).port;
  });
  afterAll(async () => {
    await app.stop();
  });

  /** A raw request, so the Host header can be what a DNS-rebinding page would send. */
  function signIn(headers: Record<string, string>, body = '{"role":"manager","displayName":"Mallory"}'): Promise<{ status: number; body: unknown }> {
    return new Promise((resolve, reject) => {
      const req = request(`${app.url}/api/tab/dev-signin`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers } }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  it.each([
    ['a rebinding host name', () => `evil.example:${port}`],
    ['a host that only starts like loopback', () => `127.0.0.1.evil.example:${port}`],
    ['another port', () => `127.0.0.1:${Number(port) + 1}`],
    ['no port', () => '127.0.0.1'],
    ['a LAN address', () => `192.168.1.10:${port}`],
  ])('refuses %s in Host with 403 and no token', async (_name, host) => {
    const res = await signIn({ host: host() });
    expect(res.status).toBe(403);
    expect(errorOf(res.body).code).toBe('forbidden');
    expect(JSON.stringify(res.body)).not.toContain('token');
  });

  it.each([['http://evil.example'], ['null'], ['https://127.0.0.1.evil.example'], [`http://evil.example:${'PORT'}`]])('refuses a foreign Origin %s with 403', async (origin) => {
    const res = await signIn({ origin: origin.replace('PORT', port) });
    expect(res.status).toBe(403);
    expect(errorOf(res.body).code).toBe('forbidden');
  });

  it('refuses a form post (what a page on another site can send without asking) with 415', async () => {
    const res = await signIn({ 'content-type': 'application/x-www-form-urlencoded' }, 'role=manager&displayName=Mallory');
    expect(res.status).toBe(415);
    expect(JSON.stringify(res.body)).not.toContain('token');
  });

  it('signs in from the page itself: loopback Host by name or address, with or without a loopback Origin', async () => {
    for (const headers of [
      {} as Record<string, string>,
      { host: `localhost:${port}` },
      { host: `[::1]:${port}` },
      { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` },
      { host: `localhost:${port}`, origin: `http://localhost:${port}` },
    ]) {
      const res = await signIn(headers);
      expect(res.status, JSON.stringify(headers)).toBe(200);
      expect(res.body).toEqual({ token: expect.any(String) as unknown });
    }
  });
});

