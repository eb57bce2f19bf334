import { TeamsInfo, type CloudAdapter, type TeamsChannelAccount, type TurnContext } from 'botbuilder';
import { DirectoryUnavailable } from '../../domain/errors.js';
import type { LeadDirectory, LeadMember, LeadsQueue } from '../../ports/directory.js';

/** A leads' team of up to 2,000 members is read whole (10 pages of Teams' largest page, 200). */
const MAX_ROSTER_PAGES = 10;

function statusOf(err: unknown): number | undefined {
  const e = err as { statusCode?: unknown; response?: { status?: unknown } } | undefined;
  if (typeof e?.statusCode === 'number') return e.statusCode;
  if (typeof e?.response?.status === 'number') return e.response.status;
  return undefined;
}

export interface RosterOptions {
  /** How long one roster read may take before the action is answered "Teams did not answer" (Teams allows an invoke 5 s). */
  budgetMs: number;
  /** How long a confirmed membership is trusted without asking Teams again; 0 = ask every time. */
  cacheMs: number;
  now?: () => number;
}

class RosterTimeout extends Error {
  constructor() {
    super('roster read timed out');
    this.name = 'RosterTimeout';
  }
}

/** The read, or a RosterTimeout after `ms`; the read itself is left to finish (its failure is ignored). */
function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new RosterTimeout()), ms);
  });
  work.catch(() => undefined);
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The leads are the members of the team that hosts the tenant's leads' queue, read from Teams'
 * roster through the Bot Connector. Each read has a time budget; a confirmed membership is
 * trusted for `cacheMs` (so a lead's several clicks cost one roster read), and forgotten as soon
 * as Teams says the person is not in the team.
 */
export function createTeamsLeadDirectory(
  adapter: CloudAdapter,
  appId: string | undefined,
  options: RosterOptions,
): LeadDirectory {
  const now = options.now ?? Date.now;
  const confirmed = new Map<string, number>();

  async function inTeam<T>(tenantId: string, queue: LeadsQueue, work: (context: TurnContext, teamId: string) => Promise<T>): Promise<T | undefined> {
    let result: T | undefined;
    await within(
      options.budgetMs,
      adapter.continueConversationAsync(
        appId ?? '',
        { channelId: 'msteams', serviceUrl: queue.serviceUrl, conversation: { id: queue.teamId, isGroup: true, conversationType: 'channel', name: '', tenantId }, bot: { id: queue.botId, name: '' } },
        async (context) => {
          result = await work(context, queue.teamId);
        },
      ),
    );
    return result;
  }

  function unavailable(err: unknown): never {
    throw new DirectoryUnavailable({ cause: err });
  }

  return {
    async isLead(tenantId, queue, accountId) {
      const key = `${tenantId}|${queue.teamId}|${accountId}`;
      const until = confirmed.get(key);
      if (until !== undefined && until > now()) return true;
      confirmed.delete(key);
      try {
        const member = (await inTeam(tenantId, queue, (context, teamId) => TeamsInfo.getTeamMember(context, teamId, accountId))) !== undefined;
        if (member && options.cacheMs > 0) confirmed.set(key, now() + options.cacheMs);
        return member;
      } catch (err) {
        if (statusOf(err) === 404) return false;
        return unavailable(err);
      }
    },
    async leads(tenantId, queue) {
      try {
        // Every page (200 members each, Teams' largest), up to MAX_ROSTER_PAGES, within the one time budget.
        const members = await inTeam(tenantId, queue, async (context, teamId) => {
          const all: TeamsChannelAccount[] = [];
          let token: string | undefined;
          for (let page = 0; page < MAX_ROSTER_PAGES; page++) {
            const got = await TeamsInfo.getPagedTeamMembers(context, teamId, 200, token);
            all.push(...(got.members ?? []));
            token = got.continuationToken || undefined;
            if (!token) break;
          }
          return all;
        });
        return (members ?? []).map((m): LeadMember => ({ id: m.aadObjectId ?? m.id, accountId: m.id, displayName: m.name }));
      } catch (err) {
        return unavailable(err);
      }
    },
  };
}
