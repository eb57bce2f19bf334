import type { DestinationStream, Logger } from 'pino';
import type { AppConfig } from './config.js';
import { createLogger } from './log.js';
import { systemClock, type Clock } from './ports/clock.js';
import { randomIds, type Ids } from './ports/ids.js';
import { createTaskTracker, type TaskTracker } from './tasks.js';
import { openCosmosStore, type CosmosStore } from './adapters/cosmos/store.js';
import { loadCards } from './adapters/bot/cards.js';
import { createBotConnection, createBotEndpoint } from './adapters/bot/endpoint.js';
import { createOutbound } from './adapters/bot/outbound.js';
import { createTeamsLeadDirectory } from './adapters/bot/roster.js';
import { createSender } from './adapters/bot/sender.js';
import { createHttpServer, type HttpServer } from './adapters/http/server.js';
import { createTabAuth } from './adapters/http/tab-auth.js';
import { createLeadMembership } from './queries/leads-access.js';
import type { TurnDeps } from './adapters/bot/turn.js';
import { createScheduler, type Scheduler } from './jobs/scheduler.js';
import { CARDS_DIR, TAB_DIR } from './paths.js';

export { CARDS_DIR, TAB_DIR } from './paths.js';

export interface RunningApp {
  url: string;
  store: CosmosStore;
  log: Logger;
  tasks: TaskTracker;
  scheduler: Scheduler;
  /** The dependencies the handlers run with (tests build a second scheduler on the same store). */
  deps: TurnDeps;
  stop(): Promise<void>;
}

export interface AppOverrides {
  logDestination?: DestinationStream;
  clock?: Clock;
  ids?: Ids;
}

/** Composition root: config → store → Teams connection (inbound, outbound, roster) → HTTP server. */
export async function startApp(config: AppConfig, overrides: AppOverrides = {}): Promise<RunningApp> {
  const log = createLogger(config.logLevel, overrides.logDestination);
  const cards = loadCards(CARDS_DIR);
  const store = await openCosmosStore(config.store, log);
  const connection = await createBotConnection(config.bot);
  const sender = createSender({ adapter: connection.adapter, botAppId: config.bot.appId ?? '', log });
  const outbound = createOutbound({ sender, cards, log });
  const tasks = createTaskTracker(log);
  const deps: TurnDeps = {
    store,
    cards,
    clock: overrides.clock ?? systemClock,
    ids: overrides.ids ?? randomIds,
    defaultFrontDoorPhone: config.defaultFrontDoorPhone,
    outbound,
    directory: createTeamsLeadDirectory(connection.adapter, config.bot.appId, config.roster),
    later: (name, task) => tasks.later(name, task),
    escalation: config.escalation,
    retentionDays: config.retentionDays,
    decisionReminderDays: config.decisionReminderDays,
    leadsTeamIds: config.leadsTeamIds,
    deliverSoon: (request) => scheduler.deliverSoon(request),
    log,
  };
  const bot = createBotEndpoint({ connection, channelIssuer: config.bot.appId ? config.bot.channelIssuer : undefined, allowedTenantIds: config.allowedTenantIds, deps });
  const scheduler = createScheduler(deps);
  let passing = false;
  const timer =
    config.schedulerIntervalMs > 0
      ? setInterval(() => {
          if (passing) return;
          passing = true;
          tasks.later('scheduler.pass', async () => {
            try {
              const pass = await scheduler.runOnce();
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
      bot,
      health: store.health,
      log,
      maxBodyBytes: config.maxBodyBytes,
      tab: { auth: tabAuth, deps, staticDir: TAB_DIR, frameAncestors: config.tab.frameAncestors, cursorKey: config.tab.cursorKey, sourceMaps: config.tab.devSignIn, log },
      leads: {
        auth: tabAuth,
        deps: { store, clock: deps.clock, ids: deps.ids, deliverSoon: (request) => deps.deliverSoon(request), membership: createLeadMembership(deps.directory, { cacheMs: config.roster.cacheMs }) },
        log,
      },
    });
    url = await http.listen(config.port, config.host);
  } catch (err) {
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
    scheduler,
    deps,
    stop() {
      stopping ??= (async () => {
        if (timer) clearInterval(timer);
        await http.close();
        await tasks.drain();
        await outbound.drain();
        await store.close();
        log.info({ event: 'app.stopped' }, 'stopped');
      })();
      return stopping;
    },
  };
}
