import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

/**
 * A fake Bot Connector (Teams' side of the wire): speaks `/v3/conversations/...` as the real
 * service does, records what the bot sent, and can be told to fail (429 with Retry-After, 5xx,
 * or hang) for the next requests.
 */

export interface OutboundCall {
  method: string;
  kind: 'send' | 'reply' | 'update' | 'delete' | 'createConversation' | 'members' | 'member' | 'other';
  conversationId: string | undefined;
  activityId: string | undefined;
  /** The activity (or conversation parameters) the bot sent. */
  body: Record<string, unknown>;
  authorization: string | undefined;
  /** The id the connector gave back, for sends/replies/creates. */
  assignedId: string | undefined;
  at: number;
}

export interface Fault {
  /** The status to answer; with `delayMs` and no status, the request is served normally after the delay. */
  status?: number;
  retryAfterSeconds?: number;
  /** Hang this long before answering (simulates a slow or timed-out service). */
  delayMs?: number;
}

export interface ConversationMember {
  id: string;
  name: string;
  aadObjectId: string;
  userPrincipalName?: string;
}

export class FakeConnector {
  readonly calls: OutboundCall[] = [];
  /** Every request seen, including failed ones (for "retried N times" assertions). */
  readonly attempts: { method: string; path: string; status: number }[] = [];
  private faults: Fault[] = [];
  private server: Server | undefined;
  private waiters: { predicate: (c: OutboundCall) => boolean; resolve: (c: OutboundCall) => void }[] = [];
  /** Members returned for any conversation (team rosters). */
  members: ConversationMember[] = [];
  /** Members of particular teams (by team / conversation id), where they differ from `members`. */
  readonly rosters = new Map<string, ConversationMember[]>();
  /** When set, requests without a bearer token accepted by this check are answered 401. */
  acceptToken: ((token: string) => boolean | Promise<boolean>) | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
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

  /** The next `count` requests get this fault (in order), then normal service resumes. */
  failNext(count: number, fault: Fault): void {
    for (let i = 0; i < count; i++) this.faults.push(fault);
  }

  /** Activities the bot sent (send or reply) to a conversation, in arrival order. */
  activitiesTo(conversationId?: string): Record<string, unknown>[] {
    return this.calls
      .filter((c) => (c.kind === 'send' || c.kind === 'reply') && (!conversationId || c.conversationId === conversationId))
      .map((c) => c.body);
  }

  /** Resolves with the first recorded call (past or future) matching the predicate. */
  waitFor(predicate: (c: OutboundCall) => boolean, timeoutMs = 5000): Promise<OutboundCall> {
    const seen = this.calls.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== resolve);
        reject(new Error(`fake connector: no matching call within ${timeoutMs} ms (saw ${this.calls.length})`));
      }, timeoutMs);
      this.waiters.push({
        predicate,
        resolve: (c) => {
          clearTimeout(timer);
          resolve(c);
        },
      });
    });
  }

  reset(): void {
    this.calls.length = 0;
    this.attempts.length = 0;
    this.faults = [];
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const fault = this.faults.shift();
    if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (fault?.status !== undefined) {
      this.attempts.push({ method: req.method ?? '', path, status: fault.status });
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
      reply(res, fault.status, headers, JSON.stringify({ error: { code: 'Fault', message: 'injected' } }));
      return;
    }
    const authorization = req.headers.authorization;
    if (this.acceptToken) {
      const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : undefined;
      if (!token || !(await this.acceptToken(token))) {
        this.attempts.push({ method: req.method ?? '', path, status: 401 });
        reply(res, 401, { 'content-type': 'application/json' }, JSON.stringify({ error: { code: 'Unauthorized' } }));
        return;
      }
    }
    const m = /^\/v3\/conversations(?:\/([^/]+)(?:\/(activities|members|pagedmembers)(?:\/([^/]+))?)?)?\/?$/.exec(path);
    if (!m) {
      this.attempts.push({ method: req.method ?? '', path, status: 404 });
      reply(res, 404);
      return;
    }
    const conversationId = m[1] ? decodeURIComponent(m[1]) : undefined;
    const sub = m[2];
    const activityId = m[3] ? decodeURIComponent(m[3]) : undefined;
    let body: Record<string, unknown> = {};
    if (raw) body = JSON.parse(raw) as Record<string, unknown>;

    let kind: OutboundCall['kind'] = 'other';
    let response: unknown = {};
    let assignedId: string | undefined;
    if (req.method === 'POST' && !conversationId) {
      kind = 'createConversation';
      assignedId = `conv-${randomUUID()}`;
      response = { id: assignedId, activityId: `act-${randomUUID()}` };
    } else if (req.method === 'POST' && sub === 'activities') {
      kind = activityId ? 'reply' : 'send';
      assignedId = `act-${randomUUID()}`;
      response = { id: assignedId };
    } else if (req.method === 'PUT' && sub === 'activities') {
      kind = 'update';
      response = { id: activityId };
    } else if (req.method === 'DELETE' && sub === 'activities') {
      kind = 'delete';
    } else if (req.method === 'GET' && (sub === 'members' || sub === 'pagedmembers')) {
      const members = this.rosters.get(conversationId ?? '') ?? this.members;
      if (activityId) {
        kind = 'member';
        const member = members.find((x) => x.id === activityId || x.aadObjectId === activityId);
        if (!member) {
          this.attempts.push({ method: req.method, path, status: 404 });
          reply(res, 404, { 'content-type': 'application/json' }, JSON.stringify({ error: { code: 'MemberNotFoundInConversation' } }));
          return;
        }
        response = member;
      } else {
        kind = 'members';
        if (sub === 'pagedmembers') {
          // Pages as Teams gives them: `pageSize` members, then a continuation token while more follow.
          const query = new URLSearchParams((req.url ?? '').split('?')[1] ?? '');
          const size = Math.max(1, Number(query.get('pageSize') ?? members.length) || members.length);
          const from = Number(query.get('continuationToken') ?? 0) || 0;
          const next = from + size;
          response = { members: members.slice(from, next), ...(next < members.length ? { continuationToken: String(next) } : {}) };
        } else {
          response = members;
        }
      }
    }
    const call: OutboundCall = { method: req.method ?? '', kind, conversationId, activityId, body, authorization, assignedId, at: Date.now() };
    this.calls.push(call);
    this.attempts.push({ method: call.method, path, status: 200 });
    for (const w of this.waiters.filter((x) => x.predicate(call))) {
      this.waiters = this.waiters.filter((x) => x !== w);
      w.resolve(call);
    }
    reply(res, kind === 'createConversation' ? 201 : 200, { 'content-type': 'application/json' }, JSON.stringify(response));
  }
}

/** Restify patches ServerResponse.writeHead so that it no longer returns `this`: never chain it. */
function reply(res: import('node:http').ServerResponse, status: number, headers: Record<string, string> = {}, body?: string): void {
  res.writeHead(status, headers);
  res.end(body);
}
