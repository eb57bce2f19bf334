import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Sits between the bot and the fake connector and fails only the requests a test names (say,
 * "the next 3 posts to the leads' channel"), letting everything else through untouched. The fake
 * connector's own `failNext` fails whatever comes next, which during a turn can be a roster
 * lookup instead of the message under test. Point the activities' serviceUrl at `url`.
 */

export interface ConnectorRequest {
  method: string;
  /** The conversation id, decoded (`19:leads@thread.tacv2`, `a:personal-…`, with `;messageid=` for a thread). */
  conversationId: string | undefined;
  /** The activity id in the path (an update, or a reply to an activity). */
  activityId: string | undefined;
  path: string;
}

export type ProxyFault =
  /** Answer with this status (and Retry-After, in seconds, when given). */
  | { status: number; retryAfterSeconds?: number }
  /** Never answer: the request hangs until the bot gives up on it. */
  | { hang: true };

interface Rule {
  match: (r: ConnectorRequest) => boolean;
  fault: ProxyFault;
}

export class FaultProxy {
  url = '';
  /** Every fault served, in order. */
  readonly served: { request: ConnectorRequest; fault: ProxyFault; abandonedAfterMs?: number }[] = [];
  private rules: Rule[] = [];
  private server: Server | undefined;
  private readonly target: URL;

  constructor(target: string) {
    this.target = new URL(target);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The next `count` requests matching `match` get `fault`; faults for the same requests are served in the order given. */
  failNext(count: number, match: (r: ConnectorRequest) => boolean, fault: ProxyFault): void {
    for (let i = 0; i < count; i++) this.rules.push({ match, fault });
  }

  /** Faults not served yet. */
  pending(): number {
    return this.rules.length;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const request = describeRequest(req);
    const index = this.rules.findIndex((r) => r.match(request));
    if (index < 0) {
      this.forward(req, res);
      return;
    }
    const [rule] = this.rules.splice(index, 1);
    const fault = rule!.fault;
    const record: (typeof this.served)[number] = { request, fault };
    this.served.push(record);
    req.resume();
    if ('hang' in fault) {
      const started = performance.now();
      res.on('close', () => {
        record.abandonedAfterMs = Math.round(performance.now() - started);
      });
      return;
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
    res.writeHead(fault.status, headers);
    res.end(JSON.stringify({ error: { code: 'InjectedFault', message: `injected ${fault.status}` } }));
  }

  private forward(req: IncomingMessage, res: ServerResponse): void {
    const upstream = httpRequest(
      {
        host: this.target.hostname,
        port: this.target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: this.target.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  }
}

function describeRequest(req: IncomingMessage): ConnectorRequest {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const m = /^\/v3\/conversations(?:\/([^/]+)(?:\/(?:activities|members|pagedmembers)(?:\/([^/]+))?)?)?\/?$/.exec(path);
  return {
    method: req.method ?? '',
    conversationId: m?.[1] ? decodeURIComponent(m[1]) : undefined,
    activityId: m?.[2] ? decodeURIComponent(m[2]) : undefined,
    path,
  };
}

/** A new message in a conversation (a proactive post, or a new thread in a channel). */
export const postTo =
  (conversationId: string) =>
  (r: ConnectorRequest): boolean =>
    r.method === 'POST' && r.conversationId === conversationId && r.activityId === undefined && r.path.endsWith('/activities');

/** An update (PUT) of a message in a conversation. */
export const updateIn =
  (conversationId: string) =>
  (r: ConnectorRequest): boolean =>
    r.method === 'PUT' && r.conversationId === conversationId;
