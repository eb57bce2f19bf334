import type { TenantSettings } from '../domain/tenant.js';
import type { Caller, HandlerDeps } from './context.js';

export interface ChannelPlace {
  teamId: string;
  channelId: string;
  serviceUrl: string;
  botId: string;
}

/**
 * "@bot set leads queue" in a team channel makes it the tenant's leads' queue. The members of that
 * team are the tenant's safeguarding leads. Moving an existing queue to another team needs a
 * member of the current leads' team, so nobody outside it can divert requests.
 */
export async function setLeadsQueue(caller: Caller, place: ChannelPlace, deps: HandlerDeps): Promise<string> {
  const settings = await deps.store.tenants.get(caller.tenantId);
  const current = settings.leadsQueue;
  if (current && current.teamId !== place.teamId && !(await deps.directory.isLead(caller.tenantId, caller.accountId))) {
    return "This organisation's leads' queue is in another team. Only a member of that team can move it here.";
  }
  const next: TenantSettings = {
    ...settings,
    leadsQueue: {
      ...place,
      setBy: { id: caller.userId, displayName: caller.displayName },
      setAt: deps.clock.now().toISOString(),
    },
  };
  await deps.store.tenants.put(next);
  return "This channel is now the leads' queue. New advice requests will be posted here, and the members of this team are the safeguarding leads who can claim and answer them. Anyone who should not see anonymised requests should not be a member of this team.";
}

export async function describeLeadsQueue(caller: Caller, deps: HandlerDeps): Promise<string> {
  const queue = (await deps.store.tenants.get(caller.tenantId)).leadsQueue;
  if (!queue) return "No leads' queue is set up yet. Type \"@Safeguarding advice set leads queue\" in the channel the leads should use.";
  return `The leads' queue was set up by ${queue.setBy.displayName}. Members of that channel's team are the safeguarding leads.`;
}
