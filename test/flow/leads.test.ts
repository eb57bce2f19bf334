import { describe, expect, it } from 'vitest';
import { ANSWERED, TALKING } from '../fixtures/card-data.js';
import type { AdviceRequest, PersonRef } from '../../src/domain/request.js';
import { answer, askFollowUp, askerReply, assign, claim, close, release, type LeadResult } from '../../src/flow/leads.js';
import { DEFAULT_ESCALATION_POLICY, addWorkingDays, completeItems, deadlinesFor, escalateDue, leaseDue, markReached } from '../../src/flow/escalation.js';
import { MAX_ASSIGNABLE, leadRequestCard } from '../../src/flow/lead-views.js';

/**
 * The leads' transitions and the escalation rules as tables, without HTTP: who may do what to a
 * request in each state, and what deadlines and escalations follow (the HTTP suites test the wiring).
 */

const NOW = new Date('2026-11-23T10:00:00.000Z');
const HOLDER: PersonRef = { id: 'lead-holder', displayName: 'Priya Shah', accountId: '29:holder' };
const OTHER: PersonRef = { id: 'lead-other', displayName: 'Tom Okafor', accountId: '29:other' };
const ASKER: PersonRef = { id: ANSWERED.asker.id, displayName: ANSWERED.asker.displayName };

function inState(status: AdviceRequest['status'], lead: PersonRef | undefined, conversation = TALKING.conversation): AdviceRequest {
  const { answer: _a, lead: _l, claimedAt: _c, answeredAt: _t, ...base } = ANSWERED;
  return { ...base, status, conversation, ...(lead ? { lead, claimedAt: '2026-11-21T09:20:00.000Z' } : {}) };
}
const sent = inState('sent', undefined, []);
const claimed = inState('claimed', HOLDER);
const answered = inState('answered', HOLDER);
const closed = inState('closed', HOLDER);
const withdrawn = inState('withdrawn', undefined);

type Row = [string, AdviceRequest, (r: AdviceRequest) => LeadResult, string];
const outcome = (res: LeadResult) => (res.ok ? `${res.event}:${res.request.status}:${res.request.lead?.id ?? '-'}` : res.reason);

const ROWS: Row[] = [
  ['a lead claims an unclaimed request', sent, (r) => claim(r, HOLDER, NOW), 'claimed:claimed:lead-holder'],
  ['the holder claims it again (a repeated click)', claimed, (r) => claim(r, HOLDER, NOW), 'claimed:claimed:lead-holder'],
  ['another lead claims a claimed request', claimed, (r) => claim(r, OTHER, NOW), 'ALREADY_CLAIMED'],
  ['a lead claims a closed request', closed, (r) => claim(r, OTHER, NOW), 'NOT_OPEN'],
  ['a lead claims a withdrawn request', withdrawn, (r) => claim(r, OTHER, NOW), 'NOT_OPEN'],
  ['the holder releases it', claimed, (r) => release(r, HOLDER, NOW), 'released:sent:-'],
  ['another lead releases it', claimed, (r) => release(r, OTHER, NOW), 'NOT_CLAIMED_BY_YOU'],
  ['the holder releases an answered request', answered, (r) => release(r, HOLDER, NOW), 'NOT_OPEN'],
  ['anyone assigns an unclaimed request', sent, (r) => assign(r, OTHER, HOLDER, NOW), 'assigned:claimed:lead-holder'],
  ['the holder hands it to a colleague', claimed, (r) => assign(r, HOLDER, OTHER, NOW), 'assigned:claimed:lead-other'],
  ['another lead assigns a claimed request', claimed, (r) => assign(r, OTHER, OTHER, NOW), 'NOT_CLAIMED_BY_YOU'],
  ['the holder answers', claimed, (r) => answer(r, HOLDER, 'share', 'Share it.', NOW), 'answered:answered:lead-holder'],
  ['the holder answers again (an update)', answered, (r) => answer(r, HOLDER, 'do_not_share', 'On reflection, do not.', NOW), 'answered:answered:lead-holder'],
  ['another lead answers', claimed, (r) => answer(r, OTHER, 'share', 'Share it.', NOW), 'NOT_CLAIMED_BY_YOU'],
  ['a lead answers an unclaimed request', sent, (r) => answer(r, HOLDER, 'share', 'Share it.', NOW), 'NOT_CLAIMED_BY_YOU'],
  ['the holder asks a follow-up', claimed, (r) => askFollowUp(r, HOLDER, 'How old is the child?', NOW), 'followUp:claimed:lead-holder'],
  ['another lead asks a follow-up', claimed, (r) => askFollowUp(r, OTHER, 'How old?', NOW), 'NOT_CLAIMED_BY_YOU'],
  ['the asker replies to a question', claimed, (r) => askerReply(r, ASKER, 'Seven.', NOW), 'askerReplied:claimed:lead-holder'],
  ['someone else replies as the asker', claimed, (r) => askerReply(r, OTHER, 'Seven.', NOW), 'NOT_THE_ASKER'],
  ['the asker replies with nothing asked', inState('claimed', HOLDER, []), (r) => askerReply(r, ASKER, 'Hello?', NOW), 'NOTHING_TO_REPLY_TO'],
  ['the asker replies to a closed request', closed, (r) => askerReply(r, ASKER, 'Seven.', NOW), 'NOT_OPEN'],
  ['the holder closes it', answered, (r) => close(r, HOLDER, NOW, 'advised_another_way'), 'closed:closed:lead-holder'],
  ['a lead closes an unclaimed request (and is named)', sent, (r) => close(r, OTHER, NOW, 'duplicate'), 'closed:closed:lead-other'],
  ['the holder closes it without saying why', claimed, (r) => close(r, HOLDER, NOW, ''), 'NO_CLOSE_REASON'],
  ['the holder closes it with a reason that is not one of the list', claimed, (r) => close(r, HOLDER, NOW, 'because'), 'NO_CLOSE_REASON'],
  ['another lead closes a claimed request', claimed, (r) => close(r, OTHER, NOW, 'duplicate'), 'NOT_CLAIMED_BY_YOU'],
  ['a lead closes a closed request', closed, (r) => close(r, HOLDER, NOW, 'duplicate'), 'NOT_OPEN'],
];

describe('lead transitions', () => {
  it.each(ROWS)('%s', (_name, request, act, expected) => {
    expect(outcome(act(request))).toBe(expected);
  });

  it('never changes the request it refuses, and stamps every change with the time', () => {
    for (const [, request, act] of ROWS) {
      const res = act(request);
      if (!res.ok) expect(res.request).toBe(request);
      else if (res.request !== request) expect(res.request.updatedAt).toBe(NOW.toISOString());
    }
  });

  it('keeps the first claim time through a release and a new claim', () => {
    const first = claim(sent, HOLDER, new Date('2026-11-23T09:00:00.000Z'));
    if (!first.ok) throw new Error('claim refused');
    const released = release(first.request, HOLDER, NOW);
    if (!released.ok) throw new Error('release refused');
    const again = claim(released.request, OTHER, NOW);
    expect(again.ok && again.request.claimedAt).toBe('2026-11-23T09:00:00.000Z');
  });
});

describe('deadlines and escalation', () => {
  it.each([
    ['today', '2026-11-23T10:00:00.000Z', '2026-11-23T10:30:00.000Z', '2026-11-23T14:00:00.000Z'],
    // Friday: one and two working days later are Monday and Tuesday.
    ['this_week', '2026-11-27T15:00:00.000Z', '2026-11-30T15:00:00.000Z', '2026-12-01T15:00:00.000Z'],
  ] as const)('a "%s" request asked at %s must be claimed by %s and answered by %s', (urgency, at, claimBy, answerBy) => {
    expect(deadlinesFor(urgency, new Date(at), DEFAULT_ESCALATION_POLICY)).toEqual({ claimBy, answerBy });
  });

  it('has no deadlines for immediate danger (it never becomes a request)', () => {
    expect(deadlinesFor('immediate_danger', NOW, DEFAULT_ESCALATION_POLICY)).toBeUndefined();
  });

  it('skips weekends when adding working days', () => {
    expect(addWorkingDays(new Date('2026-11-28T09:00:00.000Z'), 1).toISOString()).toBe('2026-11-30T09:00:00.000Z');
  });

  const due = { ...sent, outbox: [], deadlines: { claimBy: '2026-11-23T09:30:00.000Z', answerBy: '2026-11-23T13:00:00.000Z' }, escalated: {} };
  let n = 0;
  const ids = () => `id-${++n}`;

  it.each([
    ['an unclaimed request past its claim deadline', due, new Date('2026-11-23T09:31:00.000Z'), ['escalation:claim']],
    ['an unclaimed request past both deadlines', due, new Date('2026-11-23T13:01:00.000Z'), ['escalation:claim', 'escalation:answer']],
    ['a claimed request past its claim deadline only', { ...due, status: 'claimed' as const, lead: HOLDER }, new Date('2026-11-23T09:31:00.000Z'), []],
    ['a claimed request past its answer deadline', { ...due, status: 'claimed' as const, lead: HOLDER }, new Date('2026-11-23T13:01:00.000Z'), ['escalation:answer']],
    ['an answered request past both', { ...due, status: 'answered' as const, lead: HOLDER }, new Date('2026-11-23T13:01:00.000Z'), []],
    ['a request escalated already', { ...due, escalated: { claim: '2026-11-23T09:31:00.000Z' } }, new Date('2026-11-23T09:45:00.000Z'), []],
  ])('escalates %s once, with an audit event each', (_name, request, at, expected) => {
    const next = escalateDue(request, at, ids);
    const escalations = (next?.outbox ?? []).filter((i) => i.kind === 'escalation').map((i) => (i.kind === 'escalation' ? `escalation:${i.stage}` : ''));
    expect(escalations).toEqual(expected);
    expect((next?.outbox ?? []).filter((i) => i.kind === 'audit')).toHaveLength(expected.length);
    if (next) expect(escalateDue(next, at, ids)).toBeUndefined();
  });

  it('leases the due outbox items to one instance at a time, notes each recipient once, and removes what was delivered', () => {
    const withItems = escalateDue(due, new Date('2026-11-23T09:31:00.000Z'), ids)!;
    expect(withItems.outbox.map((i) => i.kind)).toEqual(['escalation', 'audit']);
    const taken = leaseDue(withItems, NOW, DEFAULT_ESCALATION_POLICY)!;
    expect(taken.itemIds).toEqual(withItems.outbox.map((i) => i.id));
    expect(taken.request.outbox.every((i) => i.attempts === 1)).toBe(true);
    expect(leaseDue(taken.request, new Date(NOW.getTime() + 60_000), DEFAULT_ESCALATION_POLICY)).toBeUndefined();
    expect(leaseDue(taken.request, new Date(NOW.getTime() + 3 * 60_000), DEFAULT_ESCALATION_POLICY)?.itemIds).toHaveLength(2);
    const [escalation, audit] = taken.itemIds as [string, string];
    const reached = markReached(taken.request, escalation, 'channel')!;
    expect(markReached(reached, escalation, 'channel')).toBeUndefined();
    expect(markReached(reached, audit, 'channel')).toBeUndefined();
    const done = completeItems(reached, [{ itemId: escalation, patch: {} }])!;
    expect(done.outbox.map((i) => i.id)).toEqual([audit]);
    expect(completeItems(done, [{ itemId: escalation, patch: {} }])).toBeUndefined();
  });

});

describe("the leads' card in a large leads' team", () => {
  it('lists at most MAX_ASSIGNABLE colleagues to assign to, by name, so the card fits a Teams message', () => {
    const team = Array.from({ length: 450 }, (_, i) => ({ id: `lead-${i}`, accountId: `29:lead-${i}`, displayName: `Colleague ${String(449 - i).padStart(3, '0')}` }));
    const card = leadRequestCard(sent, { viewer: 'lead', hideAsker: false, leads: team });
    expect(card.data.leads).toHaveLength(MAX_ASSIGNABLE);
    expect(card.data.leads[0]?.title).toBe('Colleague 000');
    expect(card.data.leads.at(-1)?.title).toBe(`Colleague ${String(MAX_ASSIGNABLE - 1).padStart(3, '0')}`);
  });
});
