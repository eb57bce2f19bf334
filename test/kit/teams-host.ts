import { randomUUID } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the Teams client around a static tab, for browser tests. It serves a host page
 * that frames the tab and answers the @microsoft/teams-js 2.x postMessage protocol from the
 * parent's side: `initialize`, `getContext`, `authentication.getAuthToken` (with a token the test
 * supplies) and, on request, a `themeChange` event.
 *
 * The tab is framed from this server's own origin: every path other than the host's own
 * (`/__teams-host/...`) is proxied to the tab's server. teams-js accepts messages from its parent
 * only if the parent's origin is its own, an https origin on Microsoft's list, or one the tab passed
 * to `app.initialize()`; a loopback http host on another port is none of these, so the tab would
 * ignore it (and wait 60 s). Same origin needs no change in the tab. The tab's own response headers
 * (its CSP with `frame-ancestors 'self'`) pass through unchanged.
 *
 * Wire format (from teams-js 2.58 `internal/communication.js`): the tab posts
 * `{ id, uuidAsString, func, args, timestamp, apiVersionTag, ... }` to its parent (target origin
 * `*` for `initialize`); the parent answers `{ id, uuidAsString, args, isPartialResponse: false }`
 * (matched by uuid, else by id); host-to-tab events are `{ func, args }` without an id.
 */

export type TeamsTheme = 'default' | 'dark' | 'contrast';

export interface TeamsHostOptions {
  /** The tab's content URL, e.g. `http://127.0.0.1:3978/tabs/decisions`. */
  tabUrl: string;
  /** The SSO token `authentication.getAuthToken()` resolves with; throw to make it fail (with that message). */
  token: () => string | Promise<string>;
  theme?: TeamsTheme;
  user?: { id: string; tenantId: string; displayName?: string; userPrincipalName?: string };
  /** The static tab's entityId (`page.id` in the context). */
  entityId?: string;
  locale?: string;
}

export interface HostCall {
  func: string;
  args: unknown[];
}

export interface TeamsHost {
  /** The host page: open this in the browser; the tab is the frame named `tab`. */
  url: string;
  /** Sends `themeChange` to the tab (and reports it in later `getContext` answers); resolves once the page has posted it. */
  setTheme(theme: TeamsTheme): Promise<void>;
  /** Every protocol message the tab sent, in order (for assertions). */
  readonly calls: readonly HostCall[];
  stop(): Promise<void>;
}

const BASE = '/__teams-host';
const SDK_VERSION = '2.58.0';

/** What the host says it supports (runtime apiVersion 4); enough for app, pages and authentication. */
const RUNTIME = {
  apiVersion: 4,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  isLegacyTeams: false,
  supports: { app: {}, appEntity: {}, appInstallDialog: {}, authentication: {}, pages: { appButton: {}, tabs: {}, config: {}, backStack: {} }, teamsCore: {}, dialog: { url: {}, update: {} } },
};

function hostPage(state: { theme: TeamsTheme; context: Record<string, unknown>; frameSrc: string }): string {
  const init = JSON.stringify({ ...state, runtime: JSON.stringify(RUNTIME), sdkVersion: SDK_VERSION, base: BASE }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Fake Teams host</title>
<link rel="icon" href="data:,">
<style>
  html, body { margin: 0; height: 100%; font-family: 'Segoe UI', sans-serif; }
  body { display: flex; flex-direction: column; }
  header { padding: 6px 12px; background: #464775; color: #fff; font-size: 14px; }
  iframe { flex: 1; border: 0; width: 100%; }
</style>
</head>
<body>
<header>Fake Teams host: Safeguarding advice › Decisions</header>
<script>
(() => {
  const init = ${init};
  let theme = init.theme;
  const frame = document.createElement('iframe');
  frame.name = 'tab';
  frame.id = 'tab';
  frame.title = 'Decisions tab';
  const post = (msg) => frame.contentWindow && frame.contentWindow.postMessage(msg, location.origin);
  const reply = (req, args) => post({ id: req.id, uuidAsString: req.uuidAsString, args, isPartialResponse: false });
  const log = (func, args) => fetch(init.base + '/calls', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ func, args }) });
  window.addEventListener('message', async (event) => {
    if (event.source !== frame.contentWindow || !event.data || typeof event.data.func !== 'string') return;
    const req = event.data;
    await log(req.func, req.args || []);
    switch (req.func) {
      case 'initialize':
        reply(req, ['content', 'web', init.runtime, init.sdkVersion]);
        break;
      case 'getContext':
        reply(req, [{ ...init.context, theme }]);
        break;
      case 'authentication.getAuthToken': {
        const res = await fetch(init.base + '/token', { cache: 'no-store' });
        const text = await res.text();
        reply(req, res.ok ? [true, text] : [false, text || 'token request failed']);
        break;
      }
      default:
        // registerHandler and appInitialization.* need no answer; anything else is left unanswered, as an old host would.
        break;
    }
  });
  const events = new EventSource(init.base + '/events');
  events.onmessage = async (e) => {
    const msg = JSON.parse(e.data);
    if (msg.type === 'theme') {
      theme = msg.theme;
      post({ func: 'themeChange', args: [msg.theme] });
      await fetch(init.base + '/ack', { method: 'POST', body: String(msg.id) });
    }
  };
  frame.src = init.frameSrc;
  document.body.appendChild(frame);
})();
</script>
</body>
</html>`;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startTeamsHost(options: TeamsHostOptions): Promise<TeamsHost> {
  const target = new URL(options.tabUrl);
  const user = options.user ?? { id: '00000000-0000-4000-8000-000000000001', tenantId: '00000000-0000-4000-8000-000000000000' };
  let theme: TeamsTheme = options.theme ?? 'default';
  const calls: HostCall[] = [];
  const streams = new Set<ServerResponse>();
  const acks = new Map<number, () => void>();
  let nextEvent = 1;
  const sessionId = randomUUID();

  const context = () => ({
    entityId: options.entityId ?? 'decisions',
    locale: options.locale ?? 'en-gb',
    theme,
    frameContext: 'content',
    hostName: 'Teams',
    hostClientType: 'web',
    userObjectId: user.id,
    tid: user.tenantId,
    ...(user.userPrincipalName ? { userPrincipalName: user.userPrincipalName, loginHint: user.userPrincipalName } : {}),
    ...(user.displayName ? { userDisplayName: user.displayName } : {}),
    appSessionId: sessionId,
    sessionId,
    isFullScreen: false,
  });

  function proxy(req: IncomingMessage, res: ServerResponse): void {
    const headers = { ...req.headers, host: target.host };
    delete headers.connection;
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const upstream = send(
      { protocol: target.protocol, hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers, rejectUnauthorized: !['127.0.0.1', 'localhost'].includes(target.hostname) },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`teams host proxy: ${err.message}`);
    });
    req.pipe(upstream);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (!path.startsWith(`${BASE}/`)) return proxy(req, res);
    const route = path.slice(BASE.length);
    if (route === '/' && req.method === 'GET') {
      const frameSrc = `${target.pathname}${target.search}`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(hostPage({ theme, context: context(), frameSrc }));
    } else if (route === '/token' && req.method === 'GET') {
      try {
        const token = await options.token();
        res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
        res.end(token);
      } catch (err) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(err instanceof Error ? err.message : String(err));
      }
    } else if (route === '/events' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
    } else if (route === '/ack' && req.method === 'POST') {
      const id = Number(await readBody(req));
      acks.get(id)?.();
      acks.delete(id);
      res.writeHead(204).end();
    } else if (route === '/calls' && req.method === 'POST') {
      const body = JSON.parse(await readBody(req)) as HostCall;
      calls.push({ func: body.func, args: body.args });
      res.writeHead(204).end();
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(err instanceof Error ? err.message : String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${BASE}/`,
    calls,
    async setTheme(next) {
      theme = next;
      if (streams.size === 0) return;
      const id = nextEvent++;
      const delivered = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          acks.delete(id);
          reject(new Error(`the host page did not pass the theme change on within 5 s`));
        }, 5_000);
        acks.set(id, () => {
          clearTimeout(timer);
          resolve();
        });
      });
      for (const s of streams) s.write(`data: ${JSON.stringify({ type: 'theme', theme: next, id })}\n\n`);
      await delivered;
    },
    async stop() {
      for (const s of streams) s.end();
      streams.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
