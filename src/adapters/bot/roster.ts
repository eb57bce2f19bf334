import { TeamsInfo, type CloudAdapter, type TurnContext } from 'botbuilder';
import { DirectoryUnavailable, StoreUnavailable } from '../../domain/errors.js';
import type { LeadDirectory, LeadMember } from '../../ports/directory.js';
import type { TenantSettingsRepository } from '../../ports/store.js';

function statusOf(err: unknown): number | undefined {
  const e = err as { statusCode?: unknown; response?: { status?: unknown } } | undefined;
  if (typeof e?.statusCode === 'number') return e.statusCode;
  if (typeof e?.response?.status === 'number') return e.response.status;
  return undefined;
}

/**
 * The leads are the members of the team that hosts the tenant's leads' queue, read from Teams'
 * roster through the Bot Connector at each check.
 */
export function createTeamsLeadDirectory(adapter: CloudAdapter, appId: string | undefined, tenants: TenantSettingsRepository): LeadDirectory {
  async function inTeam<T>(tenantId: string, work: (context: TurnContext, teamId: string) => Promise<T>): Promise<T | undefined> {
    const queue = (await tenants.get(tenantId)).leadsQueue;
    if (!queue) return undefined;
    let result: T | undefined;
    await adapter.continueConversationAsync(
      appId ?? '',
      { channelId: 'msteams', serviceUrl: queue.serviceUrl, conversation: { id: queue.teamId, isGroup: true, conversationType: 'channel', name: '', tenantId }, bot: { id: queue.botId, name: '' } },
      async (context) => {
        result = await work(context, queue.teamId);
      },
    );
    return result;
  }

  return {
    async isLead(tenantId, accountId) {
      try {
        const member = await inTeam(tenantId, (context, teamId) => TeamsInfo.getTeamMember(context, teamId, accountId));
        return member !== undefined;
      } catch (err) {
        // The leads' queue is read from the store first: its outage is the store's, not Teams'.
        if (err instanceof StoreUnavailable) throw err;
        if (statusOf(err) === 404) return false;
        throw new DirectoryUnavailable({ cause: err });
      }
    },
    async leads(tenantId) {
      try {
        const page = await inTeam(tenantId, (context, teamId) => TeamsInfo.getPagedTeamMembers(context, teamId, 200));
        return (page?.members ?? []).map(
          (m): LeadMember => ({ id: m.aadObjectId ?? m.id, accountId: m.id, displayName: m.name }),
        );
      } catch (err) {
        if (err instanceof StoreUnavailable) throw err;
        throw new DirectoryUnavailable({ cause: err });
      }
    },
  };
}
