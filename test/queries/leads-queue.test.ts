import { describe, expect, it } from 'vitest';
import type { AdviceRequest } from '../../src/domain/request.js';
import { ageText, channelMessageLink, deadlineOf, deadlineState, groupOf, inSettings, queueCounts, queueItem, requestDetail, sortQueue } from '../../src/queries/leads-queue.js';

const T0 = '2026-11-23T09:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000);
const iso = (minutes: number) => at(minutes).toISOString();
const ME = { id: 'lead-me', displayName: 'Priya Shah' };
const COLLEAGUE = { id: 'lead-other', displayName: 'Tom Okafor' };
const SETTING = { id: 'oakfield', name: 'Oakfield Primary' };

function request(patch: Partial<AdviceRequest> = {}): AdviceRequest {
  return {
    id: 'ISA-AAAA',
    tenantId: 'tenant-1',
    settingId: 'oakfield',
    reference: 'ISA-AAAA',
    draftId: 'd1',
    status: 'sent',
    asker: { id: 'asker-1', displayName: 'Sam Teacher' },
    fields: { area: 'neglect', involved: ['child'], ageBand: '5_10', urgency: 'today', informationKinds: ['disclosure'], recipients: ['childrens_social_care'], consent: 'not_yet_asked', askerRole: 'teacher' },
    question: 'May I share what [child] told me with the front door?',
    identifierCheck: { found: 1, replaced: 1, keptAsNotIdentifying: 0, keptKinds: [] },
    answers: {},
    createdAt: T0,
    updatedAt: T0,
    conversation: [],
    deadlines: { claimBy: iso(30), answerBy: iso(240) },
    escalated: {},
    outbox: [],
    ...patch,
  };
}

describe("the leads' queue, as pure functions", () => {
  it.each([
    // created, deadline (minutes from T0), now → state
    [0, 240, 0, 'ok'],
    [0, 240, 179, 'ok'],
    [0, 240, 180, 'near'], // a quarter (60 min) of the 4-hour window left
    [0, 240, 239, 'near'],
    [0, 240, 240, 'past'],
    [0, 240, 300, 'past'],
    [0, 30, 0, 'near'], // a 30-minute claim deadline is within the hour from the start
    [0, 48 * 60, 35 * 60, 'ok'], // 13 h left of a 48 h window
    [0, 48 * 60, 36 * 60, 'near'], // 12 h left: a quarter
  ] as const)('a deadline at %s→%s min, seen at %s min, is %s', (created, deadline, now, state) => {
    expect(deadlineState(iso(created), iso(deadline), at(now))).toBe(state);
  });

  it('the deadline that matters: claim-by while unclaimed, answer-by once claimed, none once answered — always in words', () => {
    const sent = deadlineOf(request(), at(45));
    expect(sent).toMatchObject({ kind: 'claim', state: 'past' });
    expect(sent?.label).toMatch(/^Claim by 23 Nov 2026, 09:30 — past deadline$/);
    const claimed = deadlineOf(request({ status: 'claimed', lead: ME }), at(200));
    expect(claimed).toMatchObject({ kind: 'answer', state: 'near' });
    expect(claimed?.label).toMatch(/^Answer by .* — due soon$/);
    expect(deadlineOf(request({ status: 'claimed', lead: ME }), at(10))?.label).toMatch(/^Answer by 23 Nov 2026, 13:00$/);
    expect(deadlineOf(request({ status: 'answered', lead: ME }), at(10))).toBeUndefined();
    expect(deadlineOf(request({ deadlines: undefined }), at(10))).toBeUndefined();
  });

  it('groups: unclaimed, yours, waiting on the asker (a lead asked and no reply yet), a colleague’s, answered', () => {
    const asked = { from: 'lead' as const, by: ME, text: 'Which year is the child in?', at: iso(40) };
    const replied = { from: 'asker' as const, by: { id: 'asker-1', displayName: 'Sam Teacher' }, text: 'Year 4.', at: iso(50) };
    expect(groupOf(request(), ME.id)).toBe('unclaimed');
    expect(groupOf(request({ status: 'claimed', lead: ME }), ME.id)).toBe('mine');
    expect(groupOf(request({ status: 'claimed', lead: COLLEAGUE }), ME.id)).toBe('colleagues');
    expect(groupOf(request({ status: 'claimed', lead: ME, conversation: [asked] }), ME.id)).toBe('waiting');
    expect(groupOf(request({ status: 'claimed', lead: COLLEAGUE, conversation: [asked] }), ME.id)).toBe('waiting');
    expect(groupOf(request({ status: 'claimed', lead: ME, conversation: [asked, replied] }), ME.id)).toBe('mine');
    expect(groupOf(request({ status: 'answered', lead: ME }), ME.id)).toBe('answered');
  });

  it('sorts by group, then past before near before the rest, then the earliest deadline', () => {
    const items = [
      queueItem(request({ id: 'mine', reference: 'ISA-MINE', status: 'claimed', lead: ME }), SETTING, ME, at(10)),
      queueItem(request({ id: 'later', reference: 'ISA-LATE', createdAt: iso(20), deadlines: { claimBy: iso(50), answerBy: iso(260) } }), SETTING, ME, at(25)),
      queueItem(request({ id: 'past', reference: 'ISA-PAST', createdAt: iso(-60), deadlines: { claimBy: iso(-30), answerBy: iso(180) } }), SETTING, ME, at(25)),
      queueItem(request({ id: 'week', reference: 'ISA-WEEK', fields: { ...request().fields, urgency: 'this_week' }, deadlines: { claimBy: iso(24 * 60), answerBy: iso(48 * 60) } }), SETTING, ME, at(25)),
    ];
    expect(sortQueue(items).map((i) => i.requestId)).toEqual(['past', 'later', 'week', 'mine']);
    expect(queueCounts(items)).toMatchObject({ unclaimed: 3, mine: 1, waiting: 0, past: 1, near: 1 });
  });

  it('a queue item names its holder (you or a colleague), its age, and links to its card in the channel', () => {
    const item = queueItem(
      request({ status: 'claimed', lead: ME, channelPost: { conversationId: '19:leads-a@thread.tacv2', activityId: '1732352400000' } }),
      SETTING,
      ME,
      at(125),
    );
    expect(item).toMatchObject({ holder: { displayName: 'Priya Shah', isYou: true }, age: '2 h 5 min', statusLabel: 'Claimed', urgencyLabel: 'I need advice today', settingName: 'Oakfield Primary' });
    expect(item.channelLink).toBe('https://teams.microsoft.com/l/message/19%3Aleads-a%40thread.tacv2/1732352400000?tenantId=tenant-1&parentMessageId=1732352400000');
    expect(queueItem(request(), SETTING, ME, at(5))).not.toHaveProperty('channelLink');
    expect(queueItem(request(), SETTING, ME, at(5))).not.toHaveProperty('holder');
  });

  it('the channel link drops a thread suffix from the conversation id', () => {
    expect(channelMessageLink('t', { conversationId: '19:abc@thread.tacv2;messageid=111', activityId: '222' })).toBe(
      'https://teams.microsoft.com/l/message/19%3Aabc%40thread.tacv2/222?tenantId=t&parentMessageId=222',
    );
  });

  it.each([
    [0, '0 min'],
    [59, '59 min'],
    [60, '1 h'],
    [61, '1 h 1 min'],
    [24 * 60, '1 day'],
    [3 * 24 * 60 + 5, '3 days'],
  ])('age after %s minutes reads "%s"', (minutes, text) => {
    expect(ageText(T0, at(minutes))).toBe(text);
  });

  it('a request with no setting is main’s, and no other setting’s', () => {
    expect(inSettings({}, new Set(['main']))).toBe(true);
    expect(inSettings({}, new Set(['oakfield']))).toBe(false);
    expect(inSettings({ settingId: 'oakfield' }, new Set(['main']))).toBe(false);
  });

  it('the opened request is in words, and hides the asker when the organisation does', () => {
    const r = request({ conversation: [{ from: 'asker', by: { id: 'asker-1', displayName: 'Sam Teacher' }, text: 'More detail.', at: iso(5) }] });
    const shown = requestDetail(r, queueItem(r, SETTING, ME, at(10)), false);
    expect(shown.asker).toBe('Sam Teacher (Teacher or teaching assistant)');
    expect(shown.fields).toContainEqual({ label: 'Area of concern', value: 'Neglect' });
    expect(shown.exchanges[0]?.by).toBe('Sam Teacher');
    const hidden = requestDetail(r, queueItem(r, SETTING, ME, at(10)), true);
    expect(hidden).not.toHaveProperty('asker');
    expect(JSON.stringify(hidden)).not.toContain('Sam Teacher');
  });
});
