import { setTimeout as delay } from 'node:timers/promises';
import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { Logger } from 'pino';
import type { ChatAddress } from '../../domain/chat.js';
import { AppError } from '../../domain/errors.js';
import { errorFields } from '../../log.js';
import { conversationReferenceOf } from './turn.js';

/**
 * The one path by which proactive messages and card updates reach the Bot Connector.
 *
 * - Retries are ours alone: the connector client's own pipeline retry policy
 *   (`defaultRetryPolicy` of @azure/core-rest-pipeline: up to 3 retries of 408/5xx/network errors
 *   with 1 s–64 s exponential delays, and of 429/503 after Retry-After) is removed from every
 *   client we use, so attempts are counted, spaced and jittered in one place.
 * - Per conversation: a FIFO lane (message N+1 starts only after N succeeded or finally failed).
 * - Teams' limits (per bot per thread and per app per tenant) are kept with sliding windows, so
 *   429s are the exception rather than the flow control.
 */

export type OutboundOperation = 'send' | 'reply' | 'update';

/** A proactive operation that failed for good: rejected by Teams (4xx) or out of attempts. */
export class OutboundFailed extends AppError {
  readonly code = 'OUTBOUND_FAILED';
  constructor(
    readonly operation: OutboundOperation,
    /** The last HTTP status, when there was one (403: bot removed, 404: unknown conversation). */
    readonly statusCode: number | undefined,
    readonly attempts: number,
    /** `rejected`: not worth retrying; `exhausted`: transient failures until the attempts ran out. */
    readonly reason: 'rejected' | 'exhausted',
    /** Name/code of the last underlying error; the error itself is not kept (SDK errors carry request bodies). */
    readonly lastError: { errName: string; errCode?: string } | undefined,
  ) {
    super(`outbound ${operation} failed (${reason}, status ${statusCode ?? 'none'}, ${attempts} attempt(s))`);
    this.name = 'OutboundFailed';
  }
}

/** At most `limit` requests in any `perMs` interval. */
export interface RateWindow {
  limit: number;
  perMs: number;
}

/** Teams' documented per bot per thread limits (all operations counted together, to be safe). */
export const TEAMS_CONVERSATION_LIMITS: readonly RateWindow[] = Object.freeze([
  { limit: 7, perMs: 1_000 },
  { limit: 8, perMs: 2_000 },
  { limit: 60, perMs: 30_000 },
  { limit: 1_800, perMs: 3_600_000 },
]);
/** Teams' global limit per app per tenant. */
export const TEAMS_TENANT_LIMITS: readonly RateWindow[] = Object.freeze([{ limit: 50, perMs: 1_000 }]);

export interface RetryPolicy {
  /** Attempts in total, the first included. */
  maxAttempts: number;
  /** Full-jitter exponential backoff: random(0, min(maxDelayMs, baseDelayMs * 2^(attempt-1))). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A request with no answer after this long is abandoned and retried. */
  requestTimeoutMs: number;
  /** Upper bound on a single Retry-After wait (a broken header must not stall a conversation for hours). */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  maxAttempts: 8,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  requestTimeoutMs: 15_000,
  maxRetryAfterMs: 120_000,
});

/** Time and chance, injectable so that tests assert waits without waiting. */
export interface SenderTiming {
  now(): number;
  sleep(ms: number): Promise<void>;
  random(): number;
}

export interface SenderOptions {
  adapter: Pick<CloudAdapter, 'continueConversationAsync'>;
  /** The bot's Microsoft App Id ('' when Bot Framework authentication is off). */
  botAppId: string;
  log: Logger;
  timing?: Partial<SenderTiming>;
  retry?: Partial<RetryPolicy>;
  limits?: { perConversation?: readonly RateWindow[]; perTenant?: readonly RateWindow[] };
}

export interface Sender {
  /** A new activity in the conversation (a personal chat, or a new thread in a channel). */
  send(address: ChatAddress, activity: Partial<Activity>): Promise<{ activityId: string }>;
  /** A reply in a channel thread: sent to `<channel conversation id>;messageid=<threadId>`. */
  reply(address: ChatAddress, threadId: string, activity: Partial<Activity>): Promise<{ activityId: string }>;
  /** Replaces an activity sent earlier (PUT); `threadId` when it lives in a channel thread. */
  update(address: ChatAddress, activityId: string, activity: Partial<Activity>, threadId?: string): Promise<void>;
  /** Resolves when every queued operation has settled (also those queued while draining). */
  drain(): Promise<void>;
}

/** Teams' transient statuses (its rate-limit guidance) plus 503; 500 is not retried (it may have been applied). */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([412, 429, 502, 503, 504]);
const NETWORK_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'REQUEST_SEND_ERROR',
]);

/** Milliseconds to wait for a Retry-After value (delta-seconds or an HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  if (!/[A-Za-z]/.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : undefined;
}

/** Full-jitter exponential backoff for the retry after attempt `attempt` (1-based). */
export function backoffDelay(attempt: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

interface Verdict {
  retry: boolean;
  status: number | undefined;
  retryAfterMs: number | undefined;
}

function classify(err: unknown, nowMs: number): Verdict {
  const e = err as { statusCode?: unknown; code?: unknown; name?: unknown; response?: { headers?: { get?: (name: string) => string | undefined } } };
  const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
  if (status !== undefined) {
    const header = typeof e.response?.headers?.get === 'function' ? e.response.headers.get('retry-after') : undefined;
    return { retry: RETRYABLE_STATUSES.has(status), status, retryAfterMs: parseRetryAfter(header, nowMs) };
  }
  // Our request timeout aborts the request; like a reset connection, the outcome is unknown but usually "not applied".
  const timedOut = e.name === 'AbortError';
  const network = typeof e.code === 'string' && NETWORK_ERROR_CODES.has(e.code);
  return { retry: timedOut || network, status: undefined, retryAfterMs: undefined };
}

/** Sliding-window log per key; reservations are monotonic per key, so the log stays sorted. */
class SlidingWindows {
  private readonly logs = new Map<string, number[]>();
  private readonly longestMs: number;

  constructor(private readonly windows: readonly RateWindow[]) {
    this.longestMs = Math.max(0, ...windows.map((w) => w.perMs));
  }

  earliest(key: string, from: number): number {
    const log = this.logs.get(key);
    if (!log || log.length === 0) return from;
    let at = Math.max(from, log[log.length - 1] ?? from);
    for (const w of this.windows) {
      const bound = log[log.length - w.limit];
      if (bound !== undefined) at = Math.max(at, bound + w.perMs);
    }
    return at;
  }

  record(key: string, at: number): void {
    const log = this.logs.get(key) ?? [];
    log.push(at);
    let stale = 0;
    while (stale < log.length && (log[stale] ?? at) <= at - this.longestMs) stale++;
    if (stale > 0) log.splice(0, stale);
    this.logs.set(key, log);
    if (this.logs.size > 1_000) this.sweep(at);
  }

  /** Forgets keys idle for longer than the longest window (conversations come and go). */
  private sweep(now: number): void {
    for (const [key, log] of this.logs) {
      if ((log[log.length - 1] ?? 0) <= now - this.longestMs) this.logs.delete(key);
    }
  }
}

interface Job {
  operation: OutboundOperation;
  address: ChatAddress;
  /** The conversation id the request goes to (with `;messageid=` for a thread). */
  conversationId: string;
  activityId: string | undefined;
  activity: Partial<Activity>;
}

interface PipelineLike {
  removePolicy(options: { name: string }): unknown;
  getOrderedPolicies(): { name: string }[];
}

/**
 * Removes the SDK's built-in retry policy from a connector client. The client keeps its
 * @azure/core-client ServiceClient in a property the typings mark private; the check afterwards
 * makes an SDK change that moves it visible instead of silently doubling retries.
 */
function withoutSdkRetries(client: ConnectorClient): boolean {
  const pipeline = (client as unknown as { client?: { pipeline?: PipelineLike } }).client?.pipeline;
  if (!pipeline || typeof pipeline.removePolicy !== 'function') return false;
  pipeline.removePolicy({ name: 'defaultRetryPolicy' });
  return !pipeline.getOrderedPolicies().some((p) => /retry/i.test(p.name));
}

/** The activity as the connector expects it from the bot; the caller's fields win. */
function envelope(address: ChatAddress, conversationId: string, activity: Partial<Activity>): Partial<Activity> {
  const reference = conversationReferenceOf(address);
  return {
    type: 'message',
    channelId: address.channelId,
    serviceUrl: address.serviceUrl,
    from: { id: address.botId, name: '' },
    ...(reference.conversation ? { conversation: { ...reference.conversation, id: conversationId } } : {}),
    ...activity,
  };
}

function threadConversationId(channelConversationId: string, threadId: string): string {
  return `${channelConversationId};messageid=${threadId}`;
}

export function createSender(options: SenderOptions): Sender {
  const log = options.log;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const timing: SenderTiming = {
    now: options.timing?.now ?? (() => Date.now()),
    sleep: options.timing?.sleep ?? ((ms) => delay(ms)),
    random: options.timing?.random ?? Math.random,
  };
  const perConversation = new SlidingWindows(options.limits?.perConversation ?? TEAMS_CONVERSATION_LIMITS);
  const perTenant = new SlidingWindows(options.limits?.perTenant ?? TEAMS_TENANT_LIMITS);
  /** Tail of each conversation's FIFO; settled promises only, so one failure never blocks the next. */
  const lanes = new Map<string, Promise<void>>();
  const pending = new Set<Promise<void>>();
  let sdkRetryWarned = false;

  async function waitForSlot(laneKey: string, tenantKey: string): Promise<void> {
    const now = timing.now();
    const at = Math.max(perConversation.earliest(laneKey, now), perTenant.earliest(tenantKey, now));
    perConversation.record(laneKey, at);
    perTenant.record(tenantKey, at);
    if (at > now) await timing.sleep(at - now);
  }

  async function connectorFor(address: ChatAddress): Promise<ConnectorClient> {
    let client: ConnectorClient | undefined;
    await options.adapter.continueConversationAsync(options.botAppId, conversationReferenceOf(address), async (context: TurnContext) => {
      client = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
      return Promise.resolve();
    });
    if (!client) throw new Error('the adapter gave no connector client');
    if (!withoutSdkRetries(client) && !sdkRetryWarned) {
      sdkRetryWarned = true;
      log.warn({ event: 'outbound.sdk_retry_not_disabled' }, 'connector client retry policy could not be removed; retries may be doubled');
    }
    return client;
  }

  async function request(client: ConnectorClient, job: Job): Promise<string | undefined> {
    const requestOptions = { timeout: policy.requestTimeoutMs };
    if (job.operation === 'update') {
      await client.conversations.updateActivity(job.conversationId, job.activityId ?? '', job.activity, requestOptions);
      return job.activityId;
    }
    const res = await client.conversations.sendToConversation(job.conversationId, job.activity, requestOptions);
    // Teams always answers with the new id; without one the card could never be updated.
    if (!res.id) log.warn({ event: 'outbound.no_activity_id', operation: job.operation, tenantId: job.address.tenantId }, 'no activity id');
    return res.id;
  }

  async function perform(job: Job, laneKey: string): Promise<string | undefined> {
    let client: ConnectorClient | undefined;
    for (let attempt = 1; ; attempt++) {
      await waitForSlot(laneKey, job.address.tenantId);
      try {
        client ??= await connectorFor(job.address);
        const id = await request(client, job);
        log.debug({ event: 'outbound.sent', operation: job.operation, tenantId: job.address.tenantId, attempts: attempt }, 'outbound sent');
        return id;
      } catch (err) {
        const verdict = classify(err, timing.now());
        const fields = { operation: job.operation, tenantId: job.address.tenantId, attempt, ...errorFields(err), ...(verdict.status ? { status: verdict.status } : {}) };
        if (!verdict.retry || attempt >= policy.maxAttempts) {
          const reason = verdict.retry ? 'exhausted' : 'rejected';
          log.warn({ event: 'outbound.failed', reason, ...fields }, 'outbound failed');
          const { errName, errCode } = errorFields(err);
          throw new OutboundFailed(job.operation, verdict.status, attempt, reason, errCode === undefined ? { errName } : { errName, errCode });
        }
        const waitMs =
          verdict.retryAfterMs !== undefined
            ? Math.min(verdict.retryAfterMs, policy.maxRetryAfterMs)
            : backoffDelay(attempt, policy, () => timing.random());
        log.info({ event: 'outbound.retry', waitMs, retryAfter: verdict.retryAfterMs !== undefined, ...fields }, 'outbound retry');
        await timing.sleep(waitMs);
      }
    }
  }

  function enqueue(job: Job): Promise<string | undefined> {
    // Threads of one channel share the channel's lane and limits (Teams counts them per conversation).
    const laneKey = `${job.address.serviceUrl}|${job.address.conversationId}`;
    const previous = lanes.get(laneKey) ?? Promise.resolve();
    const result = previous.then(() => perform(job, laneKey));
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    lanes.set(laneKey, settled);
    pending.add(settled);
    void settled.then(() => {
      pending.delete(settled);
      if (lanes.get(laneKey) === settled) lanes.delete(laneKey);
    });
    return result;
  }

  return {
    async send(address, activity) {
      const conversationId = address.conversationId;
      const id = await enqueue({ operation: 'send', address, conversationId, activityId: undefined, activity: envelope(address, conversationId, activity) });
      return { activityId: id ?? '' };
    },
    async reply(address, threadId, activity) {
      const conversationId = threadConversationId(address.conversationId, threadId);
      const id = await enqueue({ operation: 'reply', address, conversationId, activityId: undefined, activity: envelope(address, conversationId, activity) });
      return { activityId: id ?? '' };
    },
    async update(address, activityId, activity, threadId) {
      const conversationId = threadId ? threadConversationId(address.conversationId, threadId) : address.conversationId;
      await enqueue({ operation: 'update', address, conversationId, activityId, activity: { ...envelope(address, conversationId, activity), id: activityId } });
    },
    async drain() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}
