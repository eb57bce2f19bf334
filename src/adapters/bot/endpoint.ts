import { randomUUID } from 'node:crypto';
import { CloudAdapter, type Activity } from 'botbuilder';
import type { AuthenticateRequestResult, BotFrameworkAuthentication } from 'botframework-connector';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { BotAuthConfig } from '../../config.js';
import { isTenantAllowed } from '../../domain/chat.js';
import { AppError } from '../../domain/errors.js';
import { createBotAuthentication } from './auth.js';
import { tokenProblem } from './token-policy.js';
import { errorFields } from '../../log.js';
import { runTurn, tenantOf, type TurnDeps } from './turn.js';

/** The SDK sends the conversation id as an HTTP header (`x-ms-conversation-id`): only characters a header may carry. */
const HEADER_SAFE = /^[\t\x20-\x7e\x80-\xff]+$/;

/** A Teams account as the SDK's serializer expects it (the SDK echoes `from`/`recipient` into every reply). */
const AccountSchema = z.looseObject({
  id: z.string().max(1024),
  name: z.string().max(1024).nullish(),
  aadObjectId: z.string().max(1024).nullish(),
  role: z.string().max(64).nullish(),
});

/**
 * The fields every activity must have before we look at it, and the types of the fields the turn
 * reads or the SDK copies into its replies (`conversation`, `from`, `recipient`, `locale`): Teams
 * sends them as strings (`isGroup` a boolean), and anything else is refused here rather than
 * failing later as a 500. The rest is the SDK's business.
 */
const ActivityEnvelopeSchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(512).optional(),
  name: z.string().max(256).nullish(),
  text: z.string().nullish(),
  locale: z.string().max(64).nullish(),
  serviceUrl: z.url().max(2048),
  channelId: z.string().min(1).max(64),
  conversation: z.looseObject({
    id: z.string().min(1).max(1024).regex(HEADER_SAFE),
    tenantId: z.string().max(64).optional(),
    conversationType: z.string().max(64).nullish(),
    isGroup: z.boolean().nullish(),
    name: z.string().max(1024).nullish(),
    aadObjectId: z.string().max(1024).nullish(),
    role: z.string().max(64).nullish(),
  }),
  from: AccountSchema.optional(),
  recipient: AccountSchema.optional(),
  membersAdded: z.array(z.looseObject({ id: z.string().max(1024) })).max(1000).nullish(),
});

export interface BotRequest {
  body: unknown;
  authorization: string | undefined;
  log: Logger;
}
export interface BotResponse {
  status: number;
  body?: unknown;
}

export interface BotEndpoint {
  handle(request: BotRequest): Promise<BotResponse>;
}

/** CloudAdapter whose turn runs on a request we have already authenticated ourselves. */
export class EdgeAdapter extends CloudAdapter {
  runAuthenticated(...args: Parameters<CloudAdapter['processActivity']>): ReturnType<CloudAdapter['processActivity']> {
    return this.processActivity(...args);
  }
}

export interface BotConnection {
  auth: BotFrameworkAuthentication;
  adapter: EdgeAdapter;
}

/** One authentication + adapter per app: used for inbound turns, proactive messages and roster reads. */
export async function createBotConnection(config: BotAuthConfig): Promise<BotConnection> {
  const auth = await createBotAuthentication(config);
  return { auth, adapter: new EdgeAdapter(auth) };
}

export interface BotEndpointOptions {
  connection: BotConnection;
  /** The channel's token issuer, when authentication is on (no app id: off, local playground only). */
  channelIssuer: string | undefined;
  allowedTenantIds: readonly string[];
  deps: TurnDeps;
}

/**
 * `POST /api/messages`, with the order of checks made explicit: shape (400), authentication
 * (401 — every failure, including the SDK's unwrapped jsonwebtoken errors that it would answer
 * with 500, and our own token policy first), tenant consistency and allow-list (403), and only then the turn.
 */
export function createBotEndpoint(options: BotEndpointOptions): BotEndpoint {
  const { auth, adapter } = options.connection;

  return {
    async handle({ body, authorization, log }) {
      const envelope = ActivityEnvelopeSchema.safeParse(body);
      if (!envelope.success) {
        log.info({ event: 'bot.bad_activity', issues: envelope.error.issues.length }, 'activity rejected');
        return { status: 400, body: { code: 'BAD_ACTIVITY', message: 'The request body is not a valid activity.' } };
      }
      const activity = envelope.data as unknown as Activity;

      const problem = options.channelIssuer === undefined ? undefined : tokenProblem(authorization, options.channelIssuer);
      if (problem) {
        log.info({ event: 'bot.auth_rejected', reason: problem }, 'unauthenticated');
        return { status: 401, body: { code: 'UNAUTHENTICATED', message: 'A valid Bot Framework token is required.' } };
      }
      let authResult: AuthenticateRequestResult;
      try {
        authResult = await auth.authenticateRequest(activity, authorization ?? '');
      } catch (err) {
        log.info({ event: 'bot.auth_rejected', reason: err instanceof Error ? err.name : 'unknown' }, 'unauthenticated');
        return { status: 401, body: { code: 'UNAUTHENTICATED', message: 'A valid Bot Framework token is required.' } };
      }

      const { tenantId, mismatch } = tenantOf(activity);
      if (mismatch) {
        log.warn({ event: 'tenant.mismatch' }, 'conversation and channel data name different tenants');
        return { status: 403, body: { code: 'TENANT_MISMATCH', message: 'The activity names two different organisations.' } };
      }
      if (!isTenantAllowed(tenantId, options.allowedTenantIds)) {
        log.warn({ event: 'tenant.refused', tenantId: tenantId ?? null }, 'tenant not on the allow-list');
        return { status: 403, body: { code: 'TENANT_NOT_ALLOWED', message: 'This organisation is not served by this app.' } };
      }

      const turnId = randomUUID();
      const turnLog = log.child({ turnId, activityType: activity.type, tenantId });
      const started = performance.now();
      const invoke = await adapter.runAuthenticated(authResult, activity, async (context) => {
        try {
          await runTurn(context, tenantId, options.deps, turnLog);
        } catch (err) {
          const code = err instanceof AppError ? err.code : 'UNEXPECTED';
          turnLog.error({ event: 'turn.failed', code, ...errorFields(err) }, 'turn failed');
          throw err;
        }
      });
      turnLog.debug({ event: 'turn.done', ms: Math.round(performance.now() - started) }, 'turn done');
      return invoke ? { status: invoke.status, body: invoke.body } : { status: 200 };
    },
  };
}
