import { z } from 'zod';
import { GuidancePackSchema } from './guidance-pack.js';
import { LeadsQueueSchema, MAIN_SETTING_ID, SettingSchema, type LeadsQueue, type Setting } from './setting.js';

/** Per-organisation settings, kept in the `tenants` container. */
export const TenantSettingsSchema = z.object({
  tenantId: z.string(),
  /** The children's services front door (MASH) number shown with the emergency guidance. */
  frontDoorPhone: z.string().max(40).optional(),
  frontDoorName: z.string().max(120).optional(),
  /** The channel where new requests are posted; its team's members are the tenant's safeguarding leads. */
  leadsQueue: LeadsQueueSchema.optional(),
  /**
   * Teams teams this organisation's administrators have granted to host its leads' queue
   * (`npm run tenant -- allow-leads-team`); `set leads queue` works only in one of these (or in a
   * team on the deployment's LEADS_TEAM_IDS).
   */
  leadsTeamIds: z.array(z.string().min(1).max(256)).max(50).optional(),
  /** Entra object ids of the deputy/manager told (in their 1:1 chat with the bot) when a deadline is missed. */
  escalationContacts: z.array(z.string()).max(20).optional(),
  /**
   * The organisation's settings (schools, nurseries, teams), each with its own leads' queue. Absent:
   * one setting, `main`, made of the fields above (a single-queue organisation, unchanged). The
   * first `npm run tenant -- setting-add` moves those fields into `main` (migration in place).
   */
  settings: z.array(SettingSchema).max(200).optional(),
  /** Rule 7: working days after the advice when the asker is reminded (else the deployment's). */
  decisionReminderDays: z.array(z.number().int().min(1).max(60)).min(1).max(5).optional(),
  /** How long requests and decision records are kept, in days (default from RETENTION_DAYS). */
  retentionDays: z.number().int().min(1).max(36_500).optional(),
  /** Hide the asker's name and role from the leads' channel (they still reach the asker through the bot). */
  hideAskerIdentity: z.boolean().optional(),
  /**
   * The organisation's own guidance pack (validated when loaded with `npm run tenant -- guidance-load`);
   * absent: the default pack. One that no longer validates is ignored rather than stopping the bot.
   */
  guidancePack: GuidancePackSchema.optional().catch(undefined),
});
export type TenantSettings = z.infer<typeof TenantSettingsSchema>;

/**
 * The organisation's settings. One without a list has one setting, `main`, holding the
 * organisation-level queue and grants: everything behaves as before settings existed.
 */
export function settingsOf(tenant: TenantSettings): Setting[] {
  if (tenant.settings && tenant.settings.length > 0) return tenant.settings;
  return [
    {
      id: MAIN_SETTING_ID,
      name: 'Your organisation',
      ...(tenant.leadsQueue ? { leadsQueue: tenant.leadsQueue } : {}),
      ...(tenant.leadsTeamIds ? { leadsTeamIds: tenant.leadsTeamIds } : {}),
    },
  ];
}

/** Does the organisation have more than one setting (so staff choose theirs)? */
export function hasSeveralSettings(tenant: TenantSettings): boolean {
  return settingsOf(tenant).length > 1;
}

/** A request's setting id: requests from before settings existed belong to `main`. */
export function settingIdOf(request: { settingId?: string | undefined }): string {
  return request.settingId ?? MAIN_SETTING_ID;
}

export function settingById(tenant: TenantSettings, id: string | undefined): Setting | undefined {
  return settingsOf(tenant).find((s) => s.id === (id ?? MAIN_SETTING_ID));
}

/** Where a request is posted: its setting's leads' queue (undefined until that setting has one). */
export function queueFor(tenant: TenantSettings, request: { settingId?: string | undefined }): LeadsQueue | undefined {
  return settingById(tenant, settingIdOf(request))?.leadsQueue;
}

/** The setting whose leads' queue is in this Teams team (a team holds at most one setting's queue). */
export function settingOfLeadsTeam(tenant: TenantSettings, teamId: string | undefined): Setting | undefined {
  if (!teamId) return undefined;
  return settingsOf(tenant).find((s) => s.leadsQueue?.teamId === teamId);
}

/**
 * The setting a Teams team has been granted to hold the queue of: by the organisation's
 * administrators, or (a single-setting organisation only) by the deployment's LEADS_TEAM_IDS.
 */
export function settingGrantedTo(tenant: TenantSettings, teamId: string, deploymentTeamIds: readonly string[]): Setting | undefined {
  const all = settingsOf(tenant);
  const granted = all.find((s) => (s.leadsTeamIds ?? []).includes(teamId));
  if (granted) return granted;
  return all.length === 1 && deploymentTeamIds.includes(teamId) ? all[0] : undefined;
}

/** Writes a changed setting back: into the list, or for an organisation without one, into the organisation-level fields. */
export function withSetting(tenant: TenantSettings, setting: Setting): TenantSettings {
  if (tenant.settings && tenant.settings.length > 0) {
    return { ...tenant, settings: tenant.settings.map((s) => (s.id === setting.id ? setting : s)) };
  }
  // The organisation-level queue and grants are the setting's: replaced by it (and gone when it has none).
  const { leadsQueue: _queue, leadsTeamIds: _grants, ...rest } = tenant;
  return {
    ...rest,
    ...(setting.leadsQueue ? { leadsQueue: setting.leadsQueue } : {}),
    ...(setting.leadsTeamIds ? { leadsTeamIds: setting.leadsTeamIds } : {}),
  };
}

/**
 * Migration in place: the first added setting turns the organisation-level queue and grants into
 * the setting `main` (named `mainName`), so its open requests keep their leads; then adds `setting`.
 * An organisation with neither gets no `main`.
 */
export function addSetting(tenant: TenantSettings, setting: Setting, mainName: string): TenantSettings {
  const current = tenant.settings && tenant.settings.length > 0 ? tenant.settings : undefined;
  if (current?.some((s) => s.id === setting.id)) throw new Error(`a setting with id ${setting.id} already exists`);
  const { leadsQueue, leadsTeamIds, ...rest } = tenant;
  const main: Setting = { id: MAIN_SETTING_ID, name: mainName, ...(leadsQueue ? { leadsQueue } : {}), ...(leadsTeamIds ? { leadsTeamIds } : {}) };
  // `main` is kept only when there is something to keep (a queue or a grant): a new organisation's staff choose among its real settings.
  const keepMain = setting.id !== MAIN_SETTING_ID && (leadsQueue !== undefined || (leadsTeamIds?.length ?? 0) > 0);
  const list = current ?? (keepMain ? [main] : []);
  return { ...rest, settings: [...list, setting] };
}

/** A team may be granted to one setting only: its members would otherwise be leads of both. */
export function grantLeadsTeam(tenant: TenantSettings, settingId: string, teamId: string): TenantSettings {
  const all = settingsOf(tenant);
  const target = all.find((s) => s.id === settingId);
  if (!target) throw new Error(`no setting with id ${settingId}`);
  const other = all.find((s) => s.id !== settingId && ((s.leadsTeamIds ?? []).includes(teamId) || s.leadsQueue?.teamId === teamId));
  if (other) throw new Error(`that team is already granted to the setting ${other.id}; take it away there first`);
  const ids = target.leadsTeamIds ?? [];
  return withSetting(tenant, { ...target, leadsTeamIds: ids.includes(teamId) ? ids : [...ids, teamId] });
}

/**
 * Who is told when a request's deadline is missed, besides its leads' channel: escalation runs per
 * setting, then to the organisation. A missed claim tells the setting's contacts (the
 * organisation's if the setting has none); a missed answer tells both.
 */
export function escalationContactsFor(tenant: TenantSettings, request: { settingId?: string | undefined }, stage: 'claim' | 'answer'): string[] {
  const own = settingById(tenant, settingIdOf(request))?.escalationContacts ?? [];
  const organisation = tenant.escalationContacts ?? [];
  const list = stage === 'claim' && own.length > 0 ? own : [...own, ...organisation];
  return [...new Set(list)];
}

/** What an administrator can set on a setting with `npm run tenant -- setting-set`. */
export const SETTING_FIELDS = ['name', 'front-door', 'front-door-name', 'lado', 'lado-name', 'hours', 'escalate-to', 'reminder-days'] as const;
export type SettingField = (typeof SETTING_FIELDS)[number];

/** Sets one field of one setting; the value is validated by the setting's schema (throws with the problem). An empty value clears it. */
export function setSettingField(tenant: TenantSettings, settingId: string, field: SettingField, value: string): TenantSettings {
  const current = settingsOf(tenant).find((s) => s.id === settingId);
  if (!current) throw new Error(`no setting with id ${settingId}`);
  const v = value.trim();
  const list = (sep: string) => v.split(sep).map((x) => x.trim()).filter((x) => x !== '');
  const key = {
    name: 'name',
    'front-door': 'frontDoorPhone',
    'front-door-name': 'frontDoorName',
    lado: 'ladoPhone',
    'lado-name': 'ladoName',
    hours: 'hours',
    'escalate-to': 'escalationContacts',
    'reminder-days': 'decisionReminderDays',
  }[field];
  const parsedValue = field === 'escalate-to' ? list(',').map((x) => x.toLowerCase()) : field === 'reminder-days' ? list(',').map(Number) : v;
  const next: Record<string, unknown> = { ...current };
  if (v === '' && field !== 'name') delete next[key];
  else next[key] = parsedValue;
  const checked = SettingSchema.safeParse(next);
  if (!checked.success) throw new Error(`${field}: ${checked.error.issues.map((i) => i.message).join('; ')}`);
  // An organisation without a list keeps its organisation-level fields; anything more makes `main` a listed setting.
  const listed = tenant.settings && tenant.settings.length > 0 ? tenant : addSetting(tenant, { ...current, id: MAIN_SETTING_ID }, current.name);
  return withSetting(listed, checked.data);
}

/** Takes a granted team away from whichever setting it was granted to (the queue it holds stays until moved). */
export function revokeLeadsTeam(tenant: TenantSettings, teamId: string): TenantSettings {
  let next = tenant;
  for (const s of settingsOf(tenant)) {
    if ((s.leadsTeamIds ?? []).includes(teamId)) next = withSetting(next, { ...s, leadsTeamIds: (s.leadsTeamIds ?? []).filter((t) => t !== teamId) });
  }
  return next;
}
