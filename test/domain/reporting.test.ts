import { describe, expect, it } from 'vitest';
import { percentile, rollupWeek, summariseWeeks, weekOf } from '../../src/domain/reporting.js';

describe('weekly figures', () => {
  it('puts a time in the week of its Monday (UTC), Sunday night included', () => {
    expect(weekOf('2026-11-23T00:00:00.000Z')).toBe('2026-11-23');
    expect(weekOf('2026-11-29T23:59:59.000Z')).toBe('2026-11-23');
    expect(weekOf('2026-11-30T00:00:00.000Z')).toBe('2026-11-30');
    expect(weekOf('2027-01-01T12:00:00.000Z')).toBe('2026-12-28');
  });

  it('takes percentiles by nearest rank, and none of no values', () => {
    expect(percentile([], 50)).toBeUndefined();
    expect(percentile([7], 90)).toBe(7);
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(ten, 50)).toBe(5);
    expect(percentile(ten, 90)).toBe(9);
    expect(percentile([...ten, 11], 90)).toBe(10);
  });

  it('counts time to claim from asking (answering unclaimed counts as claiming) and escalations per deadline', () => {
    const week = rollupWeek(
      't',
      '2026-11-23',
      [
        { createdAt: '2026-11-23T09:00:00Z', claimedAt: '2026-11-23T09:15:00Z', answeredAt: '2026-11-23T10:00:00Z', escalations: 0 },
        { createdAt: '2026-11-23T09:00:00Z', answeredAt: '2026-11-23T09:05:00Z', escalations: 0 },
        { createdAt: '2026-11-24T09:00:00Z', escalations: 2 },
      ],
      [
        { decision: 'share', sharedWithoutConsent: true },
        { decision: 'share_part', sharedWithoutConsent: false },
        { decision: 'not_share', sharedWithoutConsent: false },
      ],
      new Date('2026-11-25T00:00:00Z'),
    );
    expect(week).toMatchObject({ requests: 3, claimed: 2, answered: 2, escalations: 2, claimMinutes: [5, 15], answerMinutes: [5, 60], decisions: { share: 1, share_part: 1, not_share: 1 }, sharedWithoutConsent: 1 });
  });

  it('sums a range of weeks and takes percentiles over all of its values, not an average of weekly ones', () => {
    const a = rollupWeek('t', '2026-11-16', [1, 2, 3].map((m) => ({ createdAt: '2026-11-16T09:00:00Z', claimedAt: new Date(Date.parse('2026-11-16T09:00:00Z') + m * 60_000).toISOString(), escalations: 0 })), [], new Date());
    const b = rollupWeek('t', '2026-11-23', [100].map((m) => ({ createdAt: '2026-11-23T09:00:00Z', claimedAt: new Date(Date.parse('2026-11-23T09:00:00Z') + m * 60_000).toISOString(), escalations: 1 })), [], new Date());
    const m = summariseWeeks([a, b], '2026-11-09', '2026-11-23');
    expect(m.weeks.map((w) => [w.week, w.requests])).toEqual([['2026-11-09', 0], ['2026-11-16', 3], ['2026-11-23', 1]]);
    expect(m.totals.claimMinutes).toEqual({ n: 4, p50: 2, p90: 100 });
    expect(m.totals.escalations).toBe(1);
  });
});
