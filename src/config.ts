import { existsSync } from 'node:fs';
import { z } from 'zod';
import { DEFAULT_ESCALATION_POLICY, type EscalationPolicy } from './flow/escalation.js';

/**
 * The only reader of `process.env`. Everything the app can be told lives here, parsed once at
 * start; a wrong or missing value stops start-up with a message naming the key.
 */

/** The Teams clients Entra ID issues tab SSO tokens to: desktop and mobile, and web. */
export const TEAMS_CLIENT_IDS = ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', '5e3ce6c0-2b1f-4285-8d4b-75ee78787346'] as const;

/** Tenant of the checked-in Agents Playground configuration (`.m365agentsplayground.yml`). */
export const LOCAL_DEV_TENANT_ID = '6f2a9c1e-0d4b-4c8e-9a57-3b1d2e4f5a60';

const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();
const optionalUrl = optionalString.pipe(z.url().optional());
const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');
const booleanFlag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const commaList = z
  .string()
  .optional()
  .transform((s) =>
    (s ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== ''),
  );

export const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: z.string().default('0.0.0.0'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Largest accepted request body; anything bigger is refused with 413 before parsing. */
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_485_760).default(262_144),

    MicrosoftAppId: optionalString.pipe(guid.optional()),
    MicrosoftAppPassword: optionalString,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
    MicrosoftAppTenantId: optionalString.pipe(guid.optional()),
    /** Bot Framework authentication endpoint overrides (private clouds, and the test kit's local key set). */
    ToBotFromChannelOpenIdMetadataUrl: optionalUrl,
    ToBotFromChannelTokenIssuer: optionalString,
    ToChannelFromBotLoginUrl: optionalUrl,
    ToChannelFromBotOAuthScope: optionalString,
    /** PEM file trusted in addition to the system CAs when fetching outbound tokens from ToChannelFromBotLoginUrl. */
    BOT_LOGIN_CA_FILE: optionalString,

    COSMOS_ENDPOINT: optionalUrl,
    COSMOS_KEY: optionalString,
    COSMOS_DATABASE: z.string().regex(/^[A-Za-z0-9_-]{1,255}$/).default('safeguarding'),
    LOCAL_STORE_FILE: z.string().default('.data/local-cosmos.json'),
    LOCAL_STORE_FLUSH_MS: z.coerce.number().int().min(100).max(60_000).default(2000),

    ALLOWED_TENANT_IDS: commaList.pipe(z.array(guid)),
    /**
     * Teams teams (ids like `19:…@thread.tacv2`) allowed to host a tenant's leads' queue, granted by
     * whoever deploys the app; a tenant's own grants are `npm run tenant -- allow-leads-team`.
     */
    /** Time budget of one Teams roster read during a lead action (Teams allows an invoke 5 s in all). */
    ROSTER_BUDGET_MS: z.coerce.number().int().min(100).max(4000).default(2000),
    /** How long a confirmed lead membership is trusted before Teams is asked again; 0 = every action. */
    LEAD_MEMBERSHIP_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
    LEADS_TEAM_IDS: commaList.pipe(z.array(z.string().min(1).max(256))),
    /** Front door (MASH) number shown with the emergency guidance where a tenant has not set its own. */
    DEFAULT_FRONT_DOOR_PHONE: optionalString.pipe(z.string().regex(/^[0-9 +()-]{3,40}$/, 'must be a phone number').optional()),
    /** How often the scheduler looks for missed deadlines and undelivered messages; 0 = never (tests drive it). */
    SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
    ESCALATE_TODAY_CLAIM_MINUTES: z.coerce.number().int().min(1).max(10_080).default(30),
    ESCALATE_TODAY_ANSWER_MINUTES: z.coerce.number().int().min(1).max(10_080).default(240),
    ESCALATE_WEEK_CLAIM_WORKING_DAYS: z.coerce.number().int().min(1).max(20).default(1),
    ESCALATE_WEEK_ANSWER_WORKING_DAYS: z.coerce.number().int().min(1).max(20).default(2),
    /** Rule 7: working days after the advice when the asker is reminded to record a decision ("" for none). */
    DECISION_REMINDER_WORKING_DAYS: z
      .string()
      .default('3,8')
      .transform((v) => v.split(',').map((x) => x.trim()).filter((x) => x !== '').map(Number))
      .pipe(z.array(z.number().int().min(1).max(60)).max(5)),
    /** Default retention of requests and decision records, in days (a tenant can set its own). */
    RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(2190),
    /** Public host name of the app (the tab's SSO audience is `api://<PUBLIC_HOSTNAME>/<MicrosoftAppId>`). */
    PUBLIC_HOSTNAME: optionalString,
    /** Entra ID key set that signs Teams SSO tokens for the Decisions tab (tests point it at a local key set). */
    TAB_SSO_JWKS_URL: optionalUrl.default('https://login.microsoftonline.com/common/discovery/v2.0/keys'),
    /** Accepted token issuers; `{tid}` stands for the token's own tenant (v2.0 and v1 tokens by default). */
    TAB_SSO_ISSUERS: commaList.transform((l) => (l.length > 0 ? l : ['https://login.microsoftonline.com/{tid}/v2.0', 'https://sts.windows.net/{tid}/'])),
    /** Accepted audiences; by default the app id and `api://<PUBLIC_HOSTNAME>/<MicrosoftAppId>`. */
    TAB_SSO_AUDIENCES: commaList,
    /** The delegated scope a tab token must carry in `scp` (the scope exposed on the app's API). */
    TAB_SSO_SCOPE: z.string().trim().regex(/^[^\s]+$/, 'must be one scope name').default('access_as_user'),
    /** Client apps, besides the Teams clients, whose tokens (`azp`/`appid`) the tab accepts. */
    TAB_ALLOWED_CLIENT_IDS: commaList.pipe(z.array(guid)),
    /** Key for the tab's continuation-token MAC (32+ characters); random per process when unset. */
    TAB_CURSOR_KEY: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    /** The Entra app role that makes someone a manager (in the token's `roles`). */
    TAB_MANAGER_ROLE: z.string().trim().min(1).default('Safeguarding.Manager'),
    /** Entra group ids whose members are managers (in the token's `groups`), as well as the role. */
    TAB_MANAGER_GROUP_IDS: commaList.pipe(z.array(guid)),
    /** Local development sign-in for the tab, outside Teams. Never in production: needs a loopback HOST. */
    TAB_DEV_SIGNIN: booleanFlag,
    /** Further origins allowed to frame the tab (Teams' own are always allowed). */
    TAB_FRAME_ANCESTORS: commaList.pipe(z.array(z.url())),
    /** Explicitly allow an unauthenticated bot endpoint (local playground only). */
    ALLOW_UNAUTHENTICATED_BOT: booleanFlag,
  })
  .superRefine((env, ctx) => {
    const overrides = [
      'ToBotFromChannelOpenIdMetadataUrl',
      'ToBotFromChannelTokenIssuer',
      'ToChannelFromBotLoginUrl',
      'ToChannelFromBotOAuthScope',
    ] as const;
    const set = overrides.filter((k) => env[k] !== undefined);
    if (set.length > 0 && set.length < overrides.length) {
      for (const k of overrides.filter((o) => env[o] === undefined)) {
        ctx.addIssue({ code: 'custom', path: [k], message: `must be set together with ${set.join(', ')}` });
      }
    }
    if (env.MicrosoftAppId && env.MicrosoftAppType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required with MicrosoftAppId' });
    }
    if (env.MicrosoftAppType === 'SingleTenant' && env.MicrosoftAppId && !env.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required for a SingleTenant bot' });
    }
    if (!env.MicrosoftAppId && !env.ALLOW_UNAUTHENTICATED_BOT && env.COSMOS_ENDPOINT) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppId'],
        message: 'is required with COSMOS_ENDPOINT (set ALLOW_UNAUTHENTICATED_BOT=true only for local testing)',
      });
    }
    if (env.TAB_DEV_SIGNIN && !['127.0.0.1', 'localhost', '::1'].includes(env.HOST)) {
      ctx.addIssue({ code: 'custom', path: ['TAB_DEV_SIGNIN'], message: 'needs HOST=127.0.0.1 (the local sign-in must never be reachable from another machine)' });
    }
    // Read when the Teams side loads (the first turn, not start-up: app.ts), so a missing file is caught here.
    if (env.BOT_LOGIN_CA_FILE && !existsSync(env.BOT_LOGIN_CA_FILE)) {
      ctx.addIssue({ code: 'custom', path: ['BOT_LOGIN_CA_FILE'], message: 'names a file that does not exist' });
    }
    if (env.COSMOS_ENDPOINT && env.ALLOWED_TENANT_IDS.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['ALLOWED_TENANT_IDS'], message: 'is required with COSMOS_ENDPOINT' });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

export interface BotAuthConfig {
  appId: string | undefined;
  appPassword: string | undefined;
  appType: Env['MicrosoftAppType'];
  appTenantId: string | undefined;
  /** The only issuer accepted on inbound channel tokens (Bot Framework's public cloud unless overridden). */
  channelIssuer: string;
  endpoints:
    | {
        openIdMetadataUrl: string;
        tokenIssuer: string;
        loginUrl: string;
        oauthScope: string;
        loginCaFile: string | undefined;
      }
    | undefined;
}

export type StoreConfig =
  | { kind: 'cosmos'; endpoint: string; key: string | undefined; database: string }
  | { kind: 'local'; file: string; flushMs: number; database: string };

export interface TabConfig {
  jwksUrl: string;
  issuers: readonly string[];
  /** Empty when no app id is configured: then only the local sign-in (if enabled) can sign in. */
  audiences: readonly string[];
  /** The delegated scope every token must carry (`scp`). */
  scope: string;
  /** Client apps a token may be issued to (`azp`, or `appid` in v1): the Teams clients and any allow-listed. */
  clientIds: readonly string[];
  /** Keys the continuation-token MAC; undefined = a random key per process. */
  cursorKey: string | undefined;
  managerRole: string;
  managerGroupIds: readonly string[];
  devSignIn: boolean;
  frameAncestors: readonly string[];
}

export interface AppConfig {
  tab: TabConfig;
  port: number;
  host: string;
  logLevel: Env['LOG_LEVEL'];
  maxBodyBytes: number;
  bot: BotAuthConfig;
  store: StoreConfig;
  allowedTenantIds: readonly string[];
  /** Teams teams granted to host a leads' queue (see LEADS_TEAM_IDS). */
  leadsTeamIds: readonly string[];
  roster: { budgetMs: number; cacheMs: number };
  defaultFrontDoorPhone: string | undefined;
  schedulerIntervalMs: number;
  retentionDays: number;
  decisionReminderDays: readonly number[];
  escalation: EscalationPolicy;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: readonly string[]) {
    super(`Configuration is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment (normally `process.env`) into the app's configuration, or throws ConfigError. */
export function parseConfig(source: Record<string, string | undefined>): AppConfig {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`));
  }
  const env = parsed.data;
  const endpoints =
    env.ToBotFromChannelOpenIdMetadataUrl &&
    env.ToBotFromChannelTokenIssuer &&
    env.ToChannelFromBotLoginUrl &&
    env.ToChannelFromBotOAuthScope
      ? {
          openIdMetadataUrl: env.ToBotFromChannelOpenIdMetadataUrl,
          tokenIssuer: env.ToBotFromChannelTokenIssuer,
          loginUrl: env.ToChannelFromBotLoginUrl,
          oauthScope: env.ToChannelFromBotOAuthScope,
          loginCaFile: env.BOT_LOGIN_CA_FILE,
        }
      : undefined;
  const store: StoreConfig = env.COSMOS_ENDPOINT
    ? { kind: 'cosmos', endpoint: env.COSMOS_ENDPOINT, key: env.COSMOS_KEY, database: env.COSMOS_DATABASE }
    : { kind: 'local', file: env.LOCAL_STORE_FILE, flushMs: env.LOCAL_STORE_FLUSH_MS, database: env.COSMOS_DATABASE };
  return {
    port: env.PORT,
    host: env.HOST,
    logLevel: env.LOG_LEVEL,
    maxBodyBytes: env.MAX_BODY_BYTES,
    bot: {
      appId: env.MicrosoftAppId,
      appPassword: env.MicrosoftAppPassword,
      appType: env.MicrosoftAppType,
      appTenantId: env.MicrosoftAppTenantId,
      channelIssuer: endpoints?.tokenIssuer ?? 'https://api.botframework.com',
      endpoints,
    },
    store,
    tab: {
      jwksUrl: env.TAB_SSO_JWKS_URL,
      issuers: env.TAB_SSO_ISSUERS,
      audiences:
        env.TAB_SSO_AUDIENCES.length > 0
          ? env.TAB_SSO_AUDIENCES
          : env.MicrosoftAppId
            ? [env.MicrosoftAppId, ...(env.PUBLIC_HOSTNAME ? [`api://${env.PUBLIC_HOSTNAME}/${env.MicrosoftAppId}`] : [])]
            : [],
      scope: env.TAB_SSO_SCOPE,
      clientIds: [...new Set([...TEAMS_CLIENT_IDS, ...env.TAB_ALLOWED_CLIENT_IDS.map((c) => c.toLowerCase())])],
      cursorKey: env.TAB_CURSOR_KEY,
      managerRole: env.TAB_MANAGER_ROLE,
      managerGroupIds: env.TAB_MANAGER_GROUP_IDS.map((g) => g.toLowerCase()),
      devSignIn: env.TAB_DEV_SIGNIN,
      frameAncestors: env.TAB_FRAME_ANCESTORS.map((u) => new URL(u).origin),
    },
    // On the embedded store with no list given, serve the playground's tenant only.
    defaultFrontDoorPhone: env.DEFAULT_FRONT_DOOR_PHONE,
    leadsTeamIds: env.LEADS_TEAM_IDS,
    roster: { budgetMs: env.ROSTER_BUDGET_MS, cacheMs: env.LEAD_MEMBERSHIP_CACHE_SECONDS * 1000 },
    schedulerIntervalMs: env.SCHEDULER_INTERVAL_MS,
    retentionDays: env.RETENTION_DAYS,
    decisionReminderDays: env.DECISION_REMINDER_WORKING_DAYS,
    escalation: {
      ...DEFAULT_ESCALATION_POLICY,
      todayClaimMinutes: env.ESCALATE_TODAY_CLAIM_MINUTES,
      todayAnswerMinutes: env.ESCALATE_TODAY_ANSWER_MINUTES,
      weekClaimWorkingDays: env.ESCALATE_WEEK_CLAIM_WORKING_DAYS,
      weekAnswerWorkingDays: env.ESCALATE_WEEK_ANSWER_WORKING_DAYS,
    },
    allowedTenantIds:
      env.ALLOWED_TENANT_IDS.length > 0 ? env.ALLOWED_TENANT_IDS.map((t) => t.toLowerCase()) : [LOCAL_DEV_TENANT_ID],
  };
}

/** Reads `.env` (if present) into the environment, then parses it. The environment wins over the file. */
export function loadConfig(): AppConfig {
  if (existsSync('.env')) process.loadEnvFile('.env');
  return parseConfig(process.env);
}
