import type { Logger } from 'pino';
import type { AppConfig } from './config.js';
import type { Clock } from './ports/clock.js';
import type { Ids } from './ports/ids.js';
import type { Outbound } from './ports/outbound.js';
import type { TaskTracker } from './tasks.js';
import type { CosmosStore } from './adapters/cosmos/store.js';
import type { CardTemplates } from './adapters/bot/card-templates.js';
import { createCardRenderer } from './adapters/bot/cards.js';
import { createBotConnection, createBotEndpoint, type BotEndpoint } from './adapters/bot/endpoint.js';
import { createOutbound } from './adapters/bot/outbound.js';
import { createTeamsLeadDirectory } from './adapters/bot/roster.js';
import { createSender } from './adapters/bot/sender.js';
import type { TurnDeps } from './adapters/bot/turn.js';
import { createScheduler, type Scheduler } from './jobs/scheduler.js';

/** The Teams side of the app: the card renderer, the Teams connection (inbound, outbound, roster), the handlers and the scheduler. */
export interface Bot {
  endpoint: BotEndpoint;
  /** The dependencies the handlers run with. */
  deps: TurnDeps;
  scheduler: Scheduler;
  outbound: Outbound;
}

export interface BotOptions {
  config: AppConfig;
  log: Logger;
  store: CosmosStore;
  tasks: TaskTracker;
  templates: CardTemplates;
  clock: Clock;
  ids: Ids;
}

/**
 * Builds the Teams side over a store that is already open. app.ts imports this module on the first turn
 * or scheduler pass, not at start: it brings in botbuilder, adaptive-expressions, the handlers, the
 * guidance and the identifier scanner, most of a cold start's work.
 */
export async function startBot({ config, log, store, tasks, templates, clock, ids }: BotOptions): Promise<Bot> {
  const cards = createCardRenderer(templates);
  const connection = await createBotConnection(config.bot);
  const sender = createSender({ adapter: connection.adapter, botAppId: config.bot.appId ?? '', log });
  const outbound = createOutbound({ sender, cards, log });
  const deps: TurnDeps = {
    store,
    cards,
    clock,
    ids,
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
  const endpoint = createBotEndpoint({ connection, channelIssuer: config.bot.appId ? config.bot.channelIssuer : undefined, allowedTenantIds: config.allowedTenantIds, deps });
  const scheduler = createScheduler(deps);
  return { endpoint, deps, scheduler, outbound };
}
