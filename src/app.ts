import type { DestinationStream, Logger } from 'pino';
import type { AppConfig } from './config.js';
import { createLogger } from './log.js';
import { systemClock, type Clock } from './ports/clock.js';
import { randomIds, type Ids } from './ports/ids.js';
import { createTaskTracker, type TaskTracker } from './tasks.js';
import { openCosmosStore, type CosmosStore } from './adapters/cosmos/store.js';
import { readCardTemplates } from './adapters/bot/card-templates.js';
import type { BotEndpoint } from './adapters/bot/endpoint.js';
import type { TurnDeps } from './adapters/bot/turn.js';
import { createHttpServer, type HttpServer } from './adapters/http/server.js';
import { createTabAuth } from './adapters/http/tab-auth.js';
import type { Scheduler } from './jobs/scheduler.js';
import type { Bot } from './bot.js';
import { createLeadMembership } from './queries/leads-access.js';
import type { LeadDirectory } from './ports/directory.js';
import { CARDS_DIR, TAB_DIR } from './paths.js';

export { CARDS_DIR, TAB_DIR } from './paths.js';

export interface RunningServer {
  url: string;
  store: CosmosStore;
  log: Logger;
  tasks: TaskTracker;
  /** The Teams side (bot.ts), loaded on its first use: the first turn or scheduler pass. The same promise every time. */
  bot(): Promise<Bot>;
  stop(): Promise<void>;
}

export interface RunningApp extends RunningServer {
  scheduler: Scheduler;
  /** The dependencies the handlers run with (tests build a second scheduler on the same store). */
  deps: TurnDeps;
}

export interface AppOverrides {
  logDestination?: DestinationStream;
  clock?: Clock;
  ids?: Ids;
}

/** The server with its Teams side loaded before it returns: what tests and benchmarks drive. */
export async function startApp(config: AppConfig, overrides: AppOverrides = {}): Promise<RunningApp> {
  const server = await startServer(config, overrides);
  try {
    const { deps, scheduler } = await server.bot();
    return { ...server, deps, scheduler };
  } catch (err) {
    await server.stop();
    throw err;
  }
}

/**
 * Composition root: config → card templates (checked) → store → HTTP server, listening; the Teams side
 * (bot.ts: botbuilder, the cards' expression engine, handlers, guidance, scanner) is imported on first use,
 * so a cold instance is ready — listening, with the store answering — in about half the time. main.ts
 * starts this; the first turn then waits for that import.
 */
export async function startServer(config: AppConfig, overrides: AppOverrides = {}): Promise<RunningServer> {
  const log = createLogger(config.logLevel, overrides.logDestination);
  const templates = readCardTemplates(CARDS_DIR);
  const store = await openCosmosStore(config.store, log);
  const tasks = createTaskTracker(log);
  const clock = overrides.clock ?? systemClock;
  let loading: Promise<Bot> | undefined;
  const bot = (): Promise<Bot> => {
    if (!loading) {
      const started = performance.now();
      loading = import('./bot.js').then((m) => m.startBot({ config, log, store, tasks, templates, clock, ids: overrides.ids ?? randomIds }));
      void loading.then(
        () => log.info({ event: 'bot.loaded', ms: Math.round(performance.now() - started) }, 'Teams side loaded'),
        (err: unknown) => log.error({ event: 'bot.load_failed', err: err instanceof Error ? err.name : 'unknown' }, 'Teams side could not be loaded'),
      );
    }
    return loading;
  };
  const lazyDirectory: LeadDirectory = {
    isLead: async (tenantId, queue, accountId) => (await bot()).deps.directory.isLead(tenantId, queue, accountId),
    leads: async (tenantId, queue) => (await bot()).deps.directory.leads(tenantId, queue),
  };
  const endpoint: BotEndpoint = {
    handle: async (request) => (await bot()).endpoint.handle(request),
  };
  let passing = false;
  const timer =
    config.schedulerIntervalMs > 0
      ? setInterval(() => {
          if (passing) return;
          passing = true;
          tasks.later('scheduler.pass', async () => {
            try {
              const pass = await (await bot()).scheduler.runOnce();
              if (pass.delivered > 0 || pass.failed > 0) log.info({ event: 'scheduler.pass', ...pass }, 'scheduler pass');
            } finally {
              passing = false;
            }
          });
        }, config.schedulerIntervalMs)
      : undefined;
  timer?.unref();
  if (!config.bot.appId) log.warn({ event: 'bot.auth_disabled' }, 'bot authentication is OFF (no MicrosoftAppId): local use only');
  let http: HttpServer;
  let url: string;
  try {
    const tabAuth = await createTabAuth(config.tab, config.allowedTenantIds);
    if (tabAuth.devSignIn) log.warn({ event: 'tab.dev_signin_enabled' }, 'Decisions tab: LOCAL DEVELOPMENT SIGN-IN is on (anyone on this machine can sign in as a manager)');
    http = createHttpServer({
      bot: endpoint,
      health: store.health,
      log,
      maxBodyBytes: config.maxBodyBytes,
      tab: { auth: tabAuth, deps: { store, clock }, staticDir: TAB_DIR, frameAncestors: config.tab.frameAncestors, cursorKey: config.tab.cursorKey, sourceMaps: config.tab.devSignIn, log },
      leads: {
        auth: tabAuth,
        deps: {
          store,
          clock,
          ids: overrides.ids ?? randomIds,
          // The roster and the outbox delivery are the Teams side's: loaded on the leads' view's first use too.
          deliverSoon: (request) => void bot().then((b) => b.deps.deliverSoon(request)),
          membership: createLeadMembership(lazyDirectory, { cacheMs: config.roster.cacheMs }),
        },
        log,
      },
    });
    url = await http.listen(config.port, config.host);
  } catch (err) {
    if (timer) clearInterval(timer);
    await store.close();
    throw err;
  }
  log.info({ event: 'app.listening', url, tenants: config.allowedTenantIds.length }, 'listening');
  let stopping: Promise<void> | undefined;
  return {
    url,
    store,
    log,
    tasks,
    bot,
    stop() {
      stopping ??= (async () => {
        if (timer) clearInterval(timer);
        await http.close();
        await tasks.drain();
        // The Teams side has messages to send only if it was loaded; a load still under way is waited for.
        const loaded = loading ? await loading.catch(() => undefined) : undefined;
        await loaded?.outbound.drain();
        await store.close();
        log.info({ event: 'app.stopped' }, 'stopped');
      })();
      return stopping;
    },
  };
}
