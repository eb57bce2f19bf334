import restify, { type Server } from 'restify';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRoutes } from '../../../src/adapters/http/body.js';
import { LogCapture, startTestApp, type TestApp } from '../../kit/app.js';

/**
 * A route that fails unexpectedly answers 500 with a fixed `{ code, message }`: restify's own
 * answer to a rejected handler is `{"code":"Internal","message":"Error: <the error's text>"}`,
 * which would hand internal detail (store errors, file paths) to whoever asked.
 */
describe('routes under the body policy', () => {
  let server: Server | undefined;
  afterEach(async () => {
    const s = server;
    server = undefined;
    if (s) {
      await new Promise<void>((r) => {
        s.close(() => r());
      });
    }
  });

  async function serve(register: (routes: ReturnType<typeof createRoutes>) => void, logs: LogCapture): Promise<string> {
    const s = restify.createServer({ handleUncaughtExceptions: false });
    server = s;
    register(createRoutes(s, 1024, pino({ level: 'debug' }, logs)));
    await new Promise<void>((r) => {
      s.listen(0, '127.0.0.1', () => r());
    });
    const { port } = s.address();
    return `http://127.0.0.1:${port}`;
  }

  it('answers a failing route with a fixed 500 and logs its error name, never its text', async () => {
    const logs = new LogCapture();
    const url = await serve((routes) => {
      routes.get('/boom', () => Promise.reject(new Error('ENOENT: /srv/secret/path and a child named Kacper')));
      routes.post('/boom', 'json', () => Promise.reject(new TypeError('cannot read Kacper')));
    }, logs);
    for (const init of [{}, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }]) {
      const res = await fetch(`${url}/boom`, init);
      const text = await res.text();
      expect(res.status).toBe(500);
      expect(JSON.parse(text)).toEqual({ code: 'INTERNAL', message: expect.any(String) as unknown });
      expect(text).not.toMatch(/Kacper|secret|Error/);
    }
    expect(logs.lines.filter((l) => l.event === 'http.unhandled').map((l) => l.errName)).toEqual(['Error', 'TypeError']);
    expect(logs.raw).not.toContain('Kacper');
  });

  it('hands a JSON route its parsed body and a GET route none', async () => {
    const logs = new LogCapture();
    const url = await serve((routes) => {
      routes.post('/echo', 'json', async (req, res) => {
        await Promise.resolve();
        res.send(200, { got: req.body as unknown });
      });
    }, logs);
    const res = await fetch(`${url}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":[1,2]}' });
    expect(await res.json()).toEqual({ got: { a: [1, 2] } });
  });
});

describe('static files of the tab', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.stop();
  });

  it.each(['..%2F..%2Fpackage.json', '%2e%2e%2f%2e%2e%2fpackage.json', 'index.html', '.app.js', 'app..js', 'app.js%00.png', '..%5C..%5Cpackage.json'])('refuses %s with 404', async (name) => {
    const res = await fetch(`${app.url}/tabs/assets/${name}`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('"dependencies"');
  });
});
