import { describe, expect, it } from 'vitest';
import {
  TenantSettingsSchema,
  addSetting,
  escalationContactsFor,
  grantLeadsTeam,
  queueFor,
  revokeLeadsTeam,
  setSettingField,
  settingGrantedTo,
  settingOfLeadsTeam,
  settingsOf,
  type TenantSettings,
} from '../../src/domain/tenant.js';

/** The organisation's settings as an administrator manages them, and the rules the bot reads from them. */

const QUEUE = {
  teamId: '19:leads@thread.tacv2',
  channelId: '19:queue@thread.tacv2',
  serviceUrl: 'https://smba.trafficmanager.net/uk/',
  botId: '28:bot',
  setBy: { id: 'u1', displayName: 'Set Up' },
  setAt: '2026-11-02T09:00:00.000Z',
};
const LEGACY: TenantSettings = { tenantId: 't1', leadsQueue: QUEUE, leadsTeamIds: [QUEUE.teamId], escalationContacts: ['trust-deputy'], frontDoorPhone: '0113 000 0000' };

describe('an organisation without settings', () => {
  it('is one setting, main, holding its leads\' queue and grants: requests without a setting go there', () => {
    expect(settingsOf(LEGACY)).toEqual([{ id: 'main', name: 'Your organisation', leadsQueue: QUEUE, leadsTeamIds: [QUEUE.teamId] }]);
    expect(queueFor(LEGACY, {})).toEqual(QUEUE);
    expect(settingOfLeadsTeam(LEGACY, QUEUE.teamId)?.id).toBe('main');
    expect(escalationContactsFor(LEGACY, {}, 'claim')).toEqual(['trust-deputy']);
  });

  it('takes the deployment-wide grant (LEADS_TEAM_IDS) only while it has one setting', () => {
    expect(settingGrantedTo({ tenantId: 't1' }, '19:deployment@thread.tacv2', ['19:deployment@thread.tacv2'])?.id).toBe('main');
    const two = addSetting(addSetting({ tenantId: 't1' }, { id: 'oakfield', name: 'Oakfield Primary' }, 'Main'), { id: 'riverside', name: 'Riverside Nursery' }, 'Main');
    expect(settingGrantedTo(two, '19:deployment@thread.tacv2', ['19:deployment@thread.tacv2'])).toBeUndefined();
  });
});

describe('migration in place: the first setting added', () => {
  const migrated = addSetting(LEGACY, { id: 'oakfield', name: 'Oakfield Primary' }, 'Trust central team');

  it('moves the organisation-level queue and grants into main, so open requests keep their leads', () => {
    expect(migrated.leadsQueue).toBeUndefined();
    expect(migrated.leadsTeamIds).toBeUndefined();
    expect(migrated.settings?.map((s) => [s.id, s.name, s.leadsQueue?.teamId])).toEqual([
      ['main', 'Trust central team', QUEUE.teamId],
      ['oakfield', 'Oakfield Primary', undefined],
    ]);
    expect(queueFor(migrated, {})).toEqual(QUEUE);
    expect(queueFor(migrated, { settingId: 'oakfield' })).toBeUndefined();
    // What else the organisation had stays where it was.
    expect(migrated.frontDoorPhone).toBe('0113 000 0000');
    expect(migrated.escalationContacts).toEqual(['trust-deputy']);
    expect(TenantSettingsSchema.parse(migrated)).toEqual(migrated);
  });

  it('adds no main to an organisation that had no queue or grant to keep', () => {
    expect(addSetting({ tenantId: 't2' }, { id: 'oakfield', name: 'Oakfield Primary' }, 'Main').settings?.map((s) => s.id)).toEqual(['oakfield']);
  });

  it('refuses a second setting with the same id', () => {
    expect(() => addSetting(migrated, { id: 'oakfield', name: 'Again' }, 'x')).toThrow(/already exists/);
  });
});

describe('granting a leads\' team', () => {
  const two = addSetting(addSetting({ tenantId: 't1' }, { id: 'a', name: 'A' }, 'Main'), { id: 'b', name: 'B' }, 'Main');

  it('grants a team to one setting only: its members would otherwise be leads of both', () => {
    const granted = grantLeadsTeam(two, 'a', '19:team-a@thread.tacv2');
    expect(settingGrantedTo(granted, '19:team-a@thread.tacv2', [])?.id).toBe('a');
    expect(() => grantLeadsTeam(granted, 'b', '19:team-a@thread.tacv2')).toThrow(/already granted to the setting a/);
    expect(() => grantLeadsTeam(granted, 'nope', '19:team-x@thread.tacv2')).toThrow(/no setting/);
    const revoked = revokeLeadsTeam(granted, '19:team-a@thread.tacv2');
    expect(settingGrantedTo(revoked, '19:team-a@thread.tacv2', [])).toBeUndefined();
  });
});

describe('setting fields', () => {
  const one = addSetting({ tenantId: 't1' }, { id: 'oakfield', name: 'Oakfield Primary' }, 'Main');

  it('validates each field and clears it with an empty value', () => {
    const set = setSettingField(setSettingField(one, 'oakfield', 'lado', '0113 222 3333'), 'oakfield', 'reminder-days', '2, 5');
    const oak = settingsOf(set).find((s) => s.id === 'oakfield')!;
    expect(oak.ladoPhone).toBe('0113 222 3333');
    expect(oak.decisionReminderDays).toEqual([2, 5]);
    expect(() => setSettingField(one, 'oakfield', 'front-door', 'call me')).toThrow(/front-door/);
    expect(() => setSettingField(one, 'oakfield', 'reminder-days', '0')).toThrow(/reminder-days/);
    expect(settingsOf(setSettingField(set, 'oakfield', 'lado', '')).find((s) => s.id === 'oakfield')!.ladoPhone).toBeUndefined();
  });

  it('makes main a listed setting when a single-setting organisation names it', () => {
    const named = setSettingField(LEGACY, 'main', 'name', 'Leeds Children’s Centre');
    expect(named.settings?.map((s) => [s.id, s.name, s.leadsQueue?.teamId])).toEqual([['main', 'Leeds Children’s Centre', QUEUE.teamId]]);
    expect(queueFor(named, {})).toEqual(QUEUE);
  });
});

describe('escalation runs per setting, then to the organisation', () => {
  const t = setSettingField(addSetting({ tenantId: 't1', escalationContacts: ['trust'] }, { id: 'a', name: 'A' }, 'Main'), 'a', 'escalate-to', 'deputy-a,trust');
  it("tells the setting's contacts of a missed claim, and both of a missed answer (each once)", () => {
    expect(escalationContactsFor(t, { settingId: 'a' }, 'claim')).toEqual(['deputy-a', 'trust']);
    const own = setSettingField(t, 'a', 'escalate-to', 'deputy-a');
    expect(escalationContactsFor(own, { settingId: 'a' }, 'claim')).toEqual(['deputy-a']);
    expect(escalationContactsFor(own, { settingId: 'a' }, 'answer')).toEqual(['deputy-a', 'trust']);
    // A setting with no contacts of its own: the organisation's, as before settings.
    expect(escalationContactsFor(own, { settingId: 'main' }, 'claim')).toEqual(['trust']);
  });
});
