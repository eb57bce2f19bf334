import type { AdviceRequest } from '../../src/domain/request.js';
import type { TenantSettings } from '../../src/domain/tenant.js';
import { DEFAULT_ESCALATION_POLICY, deadlinesFor } from '../../src/flow/escalation.js';
import type { Person } from './activities.js';
import type { TestApp } from './app.js';
import type { FakeConnector } from './connector.js';

/**
 * One organisation with two settings (Oakfield Primary and Riverside Nursery), each with its own
 * leads' team in Teams, and a second organisation with no settings (one queue, `main`), with open,
 * answered and closed requests in each, written through the app's own repositories. For the
 * leads' view's API and browser tests.
 */

export const OTHER_TENANT_ID = '0b0b0b0b-1111-4222-8333-444444444444';
export const TEAM_A = '19:oakfield-leads-team@thread.tacv2';
export const TEAM_B = '19:riverside-leads-team@thread.tacv2';
export const TEAM_OTHER = '19:other-org-leads-team@thread.tacv2';
export const CHANNEL_A = '19:oakfield-leads@thread.tacv2';

const person = (n: string, name: string): Person => ({ id: `29:queue-${n}`, aadObjectId: `aaaa0000-0000-4000-8000-0000000000${n}`, name });
export const LEAD_A = person('a1', 'Priya Shah');
export const COLLEAGUE_A = person('a2', 'Tom Okafor');
export const LEAD_B = person('b1', 'Jess Kaur');
export const LEAD_OTHER = person('c1', 'Alan Reid');
export const NOT_A_LEAD = person('d1', 'Sam Teacher');

/** References by what they are. */
export const REF = {
  aUnclaimedPast: 'ISA-A2C3',
  aMineWaiting: 'ISA-A4D5',
  aColleagueNear: 'ISA-A6E7',
  aAnsweredYesterday: 'ISA-A8F9',
  aClosed: 'ISA-A9G2',
  aAnsweredLastWeek: 'ISA-A3H4',
  bUnclaimed: 'ISA-B2C3',
  mainNoQueue: 'ISA-M2C3',
  otherMain: 'ISA-C2D3',
} as const;

/** The question each request asked: Oakfield's and Riverside's are told apart by their words. */
export const QUESTION = (reference: string) => `The question of ${reference}: may I share what [child] told me with the front door?`;

const MIN = 60_000;

function queueOf(teamId: string, channelId: string, serviceUrl: string): NonNullable<TenantSettings['leadsQueue']> {
  return { teamId, channelId, serviceUrl, botId: '28:bot', setBy: { id: LEAD_A.aadObjectId, displayName: LEAD_A.name }, setAt: '2026-11-01T09:00:00.000Z' };
}

const member = (p: Person) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId });

function request(tenantId: string, reference: string, now: Date, minutesAgo: number, patch: Partial<AdviceRequest>): AdviceRequest {
  const created = new Date(now.getTime() - minutesAgo * MIN);
  const urgency = patch.fields?.urgency ?? 'today';
  return {
    id: reference,
    tenantId,
    reference,
    draftId: `draft-${reference}`,
    status: 'sent',
    asker: { id: 'asker-object-id-1', displayName: 'Sam Teacher' },
    fields: { area: 'neglect', involved: ['child'], ageBand: '5_10', urgency, informationKinds: ['disclosure'], recipients: ['childrens_social_care'], consent: 'not_yet_asked', askerRole: 'teacher' },
    question: QUESTION(reference),
    identifierCheck: { found: 1, replaced: 1, keptAsNotIdentifying: 0, keptKinds: [] },
    answers: {},
    createdAt: created.toISOString(),
    updatedAt: created.toISOString(),
    conversation: [],
    deadlines: deadlinesFor(urgency, created, DEFAULT_ESCALATION_POLICY),
    escalated: {},
    outbox: [],
    ...patch,
  };
}

/** Writes both organisations' settings, rosters and requests; `now` is the app's clock. */
export async function seedLeadsQueues(app: TestApp, connector: FakeConnector, now: Date, tenantId: string): Promise<void> {
  const serviceUrl = connector.url;
  connector.rosters.set(TEAM_A, [member(LEAD_A), member(COLLEAGUE_A)]);
  connector.rosters.set(TEAM_B, [member(LEAD_B)]);
  connector.rosters.set(TEAM_OTHER, [member(LEAD_OTHER)]);
  await app.app.store.tenants.put({
    tenantId,
    settings: [
      { id: 'main', name: 'The trust office' },
      { id: 'oakfield', name: 'Oakfield Primary', leadsQueue: queueOf(TEAM_A, CHANNEL_A, serviceUrl), leadsTeamIds: [TEAM_A] },
      { id: 'riverside', name: 'Riverside Nursery', leadsQueue: queueOf(TEAM_B, '19:riverside-leads@thread.tacv2', serviceUrl), leadsTeamIds: [TEAM_B] },
    ],
  });
  await app.app.store.tenants.put({ tenantId: OTHER_TENANT_ID, leadsQueue: queueOf(TEAM_OTHER, '19:other-leads@thread.tacv2', serviceUrl), leadsTeamIds: [TEAM_OTHER] });

  const lead = (p: Person) => ({ id: p.aadObjectId, displayName: p.name, accountId: p.id });
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * MIN).toISOString();
  const requests: AdviceRequest[] = [
    request(tenantId, REF.aUnclaimedPast, now, 40, { settingId: 'oakfield', channelPost: { conversationId: CHANNEL_A, activityId: '1732354800000' } }),
    request(tenantId, REF.aMineWaiting, now, 120, {
      settingId: 'oakfield',
      status: 'claimed',
      lead: lead(LEAD_A),
      claimedAt: at(110),
      fields: { ...request(tenantId, 'x', now, 0, {}).fields, urgency: 'this_week' },
      conversation: [{ from: 'lead', by: lead(LEAD_A), text: 'Which year group is the child in?', at: at(100) }],
    }),
    request(tenantId, REF.aColleagueNear, now, 200, { settingId: 'oakfield', status: 'claimed', lead: lead(COLLEAGUE_A), claimedAt: at(190) }),
    request(tenantId, REF.aAnsweredYesterday, now, 26 * 60, {
      settingId: 'oakfield',
      status: 'answered',
      lead: lead(LEAD_A),
      claimedAt: at(25 * 60),
      answeredAt: at(24 * 60),
      answer: { recommendation: 'share', text: 'Share it with the front door today.', by: lead(LEAD_A), at: at(24 * 60) },
    }),
    request(tenantId, REF.aClosed, now, 60, { settingId: 'oakfield', status: 'closed', closedAt: at(30), lead: lead(LEAD_A) }),
    request(tenantId, REF.aAnsweredLastWeek, now, 7 * 24 * 60, { settingId: 'oakfield', status: 'answered', lead: lead(LEAD_A), answeredAt: at(6 * 24 * 60) }),
    request(tenantId, REF.bUnclaimed, now, 15, { settingId: 'riverside' }),
    request(tenantId, REF.mainNoQueue, now, 15, {}),
    request(OTHER_TENANT_ID, REF.otherMain, now, 15, {}),
  ];
  for (const r of requests) {
    const made = await app.app.store.requests.create(r);
    if (made.outcome !== 'created') throw new Error(`could not seed ${r.reference}: ${made.outcome}`);
  }
}
