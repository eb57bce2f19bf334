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
 * team are the tenant's safeguarding leads, so the team must have been granted first by an
 * administrator (the tenant's `leadsTeamIds`, or the deployment's LEADS_TEAM_IDS): otherwise the
 * first person to speak in any team could make themselves a lead. Moving an existing queue to
 * another team also needs a member of the current leads' team.
 */
export async function setLeadsQueue(caller: Caller, place: ChannelPlace, deps: HandlerDeps): Promise<string> {
  const settings = await caller.settings();
  const current = settings.leadsQueue;
  const granted = deps.leadsTeamIds.includes(place.teamId) || (settings.leadsTeamIds ?? []).includes(place.teamId);
  if (!granted) {
    return `This team has not been approved to hold the leads' queue, so nothing was changed. An administrator approves it with: npm run tenant -- allow-leads-team ${caller.tenantId} ${place.teamId}`;
  }
  if (current && current.teamId !== place.teamId && !(await deps.directory.isLead(caller.tenantId, current, caller.accountId))) {
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
  const done =
    "This channel is now the leads' queue. New advice requests will be posted here, and the members of this team are the safeguarding leads who can claim and answer them. Anyone who should not see anonymised requests should not be a member of this team.";
  // First-run set-up: the emergency guidance names the organisation's front door once it is set.
  if (settings.frontDoorPhone || deps.defaultFrontDoorPhone) return done;
  return `${done}\n\nOne more step: your organisation's children's services front-door number is not set, so the emergency guidance shows a placeholder. An administrator sets it with: npm run tenant -- front-door ${caller.tenantId} "<phone>" "<name, e.g. Leeds Children's Services front door>"`;
}

export async function describeLeadsQueue(caller: Caller): Promise<string> {
  const queue = (await caller.settings()).leadsQueue;
  if (!queue) return "No leads' queue is set up yet. Type \"@Safeguarding advice set leads queue\" in the channel the leads should use.";
  return `The leads' queue was set up by ${queue.setBy.displayName}. Members of that channel's team are the safeguarding leads.`;
}
