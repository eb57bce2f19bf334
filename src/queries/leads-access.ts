import { recordIdFor } from '../domain/decision.js';
import { DirectoryUnavailable } from '../domain/errors.js';
import { QUEUE_GROUPS, type LeadsQueue, type LeadsRequestDetail, type QueueGroup } from '../domain/leads-api.js';
import type { AdviceRequest } from '../domain/request.js';
import type { Setting } from '../domain/setting.js';
import { settingIdOf, settingsOf, type TenantSettings } from '../domain/tenant.js';
import type { Clock } from '../ports/clock.js';
import type { LeadDirectory, LeadMember } from '../ports/directory.js';
import type { Store } from '../ports/store.js';
import { ANSWERED_SHOWN_DAYS, inSettings, queueCounts, queueItem, requestDetail, sortQueue } from './leads-queue.js';

/**
 * Who may see the leads' view: the members of a setting's leads' team, read live from Teams (the
 * roster is the source of truth, as for the bot's lead actions), never a claim in the token.
 */

export interface LeadMembership {
  /**
   * The settings whose leads' team has this person in it, how many teams Teams did not answer for,
   * and the person as the roster has them (their Teams account id, to hold a request under).
   */
  settingsLedBy(tenantId: string, userId: string, settings: readonly Setting[]): Promise<{ led: Setting[]; unreachable: number; member?: LeadMember }>;
}

export interface MembershipOptions {
  /** How long a team's member list is trusted (LEAD_MEMBERSHIP_CACHE_SECONDS, as for the bot); 0 = ask Teams every time. */
  cacheMs: number;
  now?: () => number;
  /** Teams' roster reads at once (an organisation can have 50 settings). */
  concurrency?: number;
}

/** Teams a process remembers at most (the oldest entry is dropped first). */
const MAX_CACHED_TEAMS = 2000;

/**
 * Reads each leads' team's members through the LeadDirectory (each read has the roster's time
 * budget) and keeps the list for `cacheMs`, so a page load costs at most one read per team in
 * that time, however many leads open it. A failed read is not kept: the next load asks again.
 */
export function createLeadMembership(directory: LeadDirectory, options: MembershipOptions): LeadMembership {
  const now = options.now ?? Date.now;
  const limit = Math.max(1, options.concurrency ?? 8);
  type Members = ReadonlyMap<string, LeadMember>;
  const cached = new Map<string, { until: number; members: Members }>();
  const reading = new Map<string, Promise<Members>>();

  function membersOf(tenantId: string, queue: NonNullable<Setting['leadsQueue']>): Promise<Members> {
    const key = `${tenantId}|${queue.teamId}`;
    const hit = cached.get(key);
    if (hit && hit.until > now()) return Promise.resolve(hit.members);
    cached.delete(key);
    const pending = reading.get(key);
    if (pending) return pending;
    const read = directory
      .leads(tenantId, queue)
      .then((list) => {
        const members: Members = new Map(list.map((m) => [m.id.toLowerCase(), m]));
        if (options.cacheMs > 0) {
          if (cached.size >= MAX_CACHED_TEAMS) cached.delete(cached.keys().next().value ?? '');
          cached.set(key, { until: now() + options.cacheMs, members });
        }
        return members;
      })
      .finally(() => reading.delete(key));
    reading.set(key, read);
    return read;
  }

  return {
    async settingsLedBy(tenantId, userId, settings) {
      const withQueue = settings.filter((s) => s.leadsQueue);
      const answers: (LeadMember | 'not' | 'unreachable')[] = [];
      for (let i = 0; i < withQueue.length; i += limit) {
        const batch = withQueue.slice(i, i + limit);
        answers.push(
          ...(await Promise.all(
            batch.map((s) =>
              membersOf(tenantId, s.leadsQueue!).then(
                (members) => members.get(userId.toLowerCase()) ?? ('not' as const),
                (err: unknown) => {
                  if (err instanceof DirectoryUnavailable) return 'unreachable' as const;
                  throw err;
                },
              ),
            ),
          )),
        );
      }
      const member = answers.find((a): a is LeadMember => typeof a === 'object');
      return {
        led: withQueue.filter((_, i) => typeof answers[i] === 'object'),
        unreachable: answers.filter((a) => a === 'unreachable').length,
        ...(member ? { member } : {}),
      };
    },
  };
}

export interface LeadsQueryDeps {
  store: Store;
  clock: Clock;
  membership: LeadMembership;
}

export interface LeadCaller {
  tenantId: string;
  userId: string;
  displayName: string;
}

/** Open requests read per setting at most (oldest first; the answer says when some were left out). */
export const QUEUE_LIMIT = 200;

export type LeadAccess =
  | { ok: true; tenant: TenantSettings; led: Setting[]; unreachable: number; member: LeadMember }
  | { ok: false; reason: 'not_lead' };

/**
 * The caller's settings as a lead. Not a member of any leads' team: `not_lead`. Teams did not
 * answer and no other team has them: DirectoryUnavailable (the page says so; never an empty list).
 */
export async function leadAccess(caller: LeadCaller, deps: LeadsQueryDeps): Promise<LeadAccess> {
  const tenant = await deps.store.tenants.get(caller.tenantId);
  const { led, unreachable, member } = await deps.membership.settingsLedBy(caller.tenantId, caller.userId, settingsOf(tenant));
  if (led.length === 0 && unreachable > 0) throw new DirectoryUnavailable();
  if (led.length === 0 || !member) return { ok: false, reason: 'not_lead' };
  return { ok: true, tenant, led, unreachable, member };
}

/** The open requests of the caller's settings: one single-partition query per setting, filtered by setting. */
export async function leadsQueue(caller: LeadCaller, access: Extract<LeadAccess, { ok: true }>, deps: LeadsQueryDeps): Promise<LeadsQueue> {
  const now = deps.clock.now();
  const answeredSince = new Date(now.getTime() - ANSWERED_SHOWN_DAYS * 86_400_000).toISOString();
  const [perSetting, awaitingDecision] = await Promise.all([
    Promise.all(access.led.map((s) => deps.store.requests.listOpenForSetting(caller.tenantId, s.id, QUEUE_LIMIT, answeredSince))),
    awaitingDecisionIn(caller.tenantId, access.led.map((s) => s.id), deps),
  ]);
  const items = sortQueue(perSetting.flatMap((requests, i) => requests.map((r) => queueItem(r, access.led[i]!, { id: caller.userId }, now))));
  return {
    user: { id: caller.userId, displayName: caller.displayName },
    settings: access.led.map((s) => ({ id: s.id, name: s.name })),
    unreachable: access.unreachable,
    items,
    counts: queueCounts(items),
    awaitingDecision,
    groups: Object.entries(QUEUE_GROUPS).map(([group, label]) => ({ group: group as QueueGroup, label })),
    truncated: perSetting.some((r) => r.length >= QUEUE_LIMIT),
    at: now.toISOString(),
  };
}

/** The most answered requests per setting looked at for the rule-7 count (their record ids go in one query). */
const AWAITING_LIMIT = 1000;

/** Rule 7 in the leads' view: answered requests of these settings with no decision recorded yet. */
async function awaitingDecisionIn(tenantId: string, settingIds: readonly string[], deps: LeadsQueryDeps): Promise<number> {
  const answered = (await Promise.all(settingIds.map((id) => deps.store.requests.answeredIdsForSetting(tenantId, id, AWAITING_LIMIT)))).flat();
  const recorded = await deps.store.decisions.recordedAmong(tenantId, answered.map(recordIdFor));
  return answered.filter((id) => !recorded.has(recordIdFor(id))).length;
}

/** One request, only if it is in one of the caller's settings (otherwise undefined: the same 404 as no such request). */
export async function leadsRequest(caller: LeadCaller, access: Extract<LeadAccess, { ok: true }>, requestId: string, deps: LeadsQueryDeps): Promise<LeadsRequestDetail | undefined> {
  const r = await deps.store.requests.get(caller.tenantId, requestId);
  return r ? detailFor(r, caller, access, deps.clock.now()) : undefined;
}

/** A request as the leads' view opens it, if it is the caller's tenant's and in one of their settings. */
export function detailFor(r: AdviceRequest, caller: LeadCaller, access: Extract<LeadAccess, { ok: true }>, now: Date): LeadsRequestDetail | undefined {
  if (r.tenantId !== caller.tenantId) return undefined;
  const led = new Map(access.led.map((s) => [s.id, s]));
  if (!inSettings(r, new Set(led.keys()))) return undefined;
  const setting = led.get(settingIdOf(r))!;
  return requestDetail(r, queueItem(r, setting, { id: caller.userId }, now), access.tenant.hideAskerIdentity === true);
}
