import { settingGrantedTo, settingOfLeadsTeam, settingsOf, withSetting } from '../domain/tenant.js';
import { MAIN_SETTING_ID } from '../domain/setting.js';
import type { Caller, HandlerDeps } from './context.js';

export interface ChannelPlace {
  teamId: string;
  channelId: string;
  serviceUrl: string;
  botId: string;
}

/**
 * "@bot set leads queue" in a team channel makes it the leads' queue of the setting this team was
 * granted to. The members of that team are that setting's safeguarding leads, so the team must
 * have been granted first by an administrator (`npm run tenant -- allow-leads-team`, or for an
 * organisation with one setting the deployment's LEADS_TEAM_IDS): otherwise the first person to
 * speak in any team could make themselves a lead. Moving an existing queue to another team also
 * needs a member of the current leads' team.
 */
export async function setLeadsQueue(caller: Caller, place: ChannelPlace, deps: HandlerDeps): Promise<string> {
  const settings = await caller.settings();
  const setting = settingGrantedTo(settings, place.teamId, deps.leadsTeamIds);
  if (!setting) {
    const several = settingsOf(settings).length > 1;
    return `This team has not been approved to hold a leads' queue, so nothing was changed. An administrator approves it with: npm run tenant -- allow-leads-team ${caller.tenantId} ${place.teamId}${several ? ' <setting id>' : ''}`;
  }
  const current = setting.leadsQueue;
  if (current && current.teamId !== place.teamId && !(await deps.directory.isLead(caller.tenantId, current, caller.accountId))) {
    return `The leads' queue of ${nameOf(setting)} is in another team. Only a member of that team can move it here.`;
  }
  const leadsQueue = { ...place, setBy: { id: caller.userId, displayName: caller.displayName }, setAt: deps.clock.now().toISOString() };
  // Written on the settings' ETag: a setting changed meanwhile (by an administrator) is read afresh, not overwritten.
  await deps.store.tenants.update(caller.tenantId, (latest) => {
    const now = settingsOf(latest).find((s) => s.id === setting.id);
    return now ? withSetting(latest, { ...now, leadsQueue }) : undefined;
  });
  const done = `This channel is now the leads' queue${setting.id === MAIN_SETTING_ID ? '' : ` of ${setting.name}`}. New advice requests${setting.id === MAIN_SETTING_ID ? '' : ` from ${setting.name}`} will be posted here, and the members of this team are the safeguarding leads who can claim and answer them. Anyone who should not see anonymised requests should not be a member of this team.`;
  // First-run set-up: the emergency guidance names the organisation's front door once it is set.
  if (setting.frontDoorPhone || settings.frontDoorPhone || deps.defaultFrontDoorPhone) return done;
  return `${done}\n\nOne more step: your organisation's children's services front-door number is not set, so the emergency guidance shows a placeholder. An administrator sets it with: npm run tenant -- front-door ${caller.tenantId} "<phone>" "<name, e.g. Leeds Children's Services front door>"`;
}

function nameOf(setting: { id: string; name: string }): string {
  return setting.id === MAIN_SETTING_ID ? 'this organisation' : setting.name;
}

export async function describeLeadsQueue(caller: Caller): Promise<string> {
  const settings = await caller.settings();
  const here = settingOfLeadsTeam(settings, caller.teamId);
  if (here?.leadsQueue) {
    return `This team holds the leads' queue${here.id === MAIN_SETTING_ID ? '' : ` of ${here.name}`}, set up by ${here.leadsQueue.setBy.displayName}. Members of this team are its safeguarding leads.`;
  }
  const withQueue = settingsOf(settings).filter((s) => s.leadsQueue);
  if (withQueue.length === 0) return "No leads' queue is set up yet. Type \"@Safeguarding advice set leads queue\" in the channel the leads should use.";
  if (withQueue.length === 1 && withQueue[0]!.id === MAIN_SETTING_ID) {
    return `The leads' queue was set up by ${withQueue[0]!.leadsQueue!.setBy.displayName}. Members of that channel's team are the safeguarding leads.`;
  }
  return `This team does not hold a leads' queue. ${withQueue.length} of this organisation's ${settingsOf(settings).length} settings have one.`;
}
