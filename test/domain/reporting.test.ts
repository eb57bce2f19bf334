import { describe, expect, it } from 'vitest';
import { WeekRollupSchema, percentile, rollupWeek, summariseWeeks, weekOf, type RequestTimes } from '../../src/domain/reporting.js';

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
        { id: 'ISA-A', status: 'answered', createdAt: '2026-11-23T09:00:00Z', claimedAt: '2026-11-23T09:15:00Z', answeredAt: '2026-11-23T10:00:00Z', escalations: 0 },
        { id: 'ISA-B', status: 'answered', createdAt: '2026-11-23T09:00:00Z', answeredAt: '2026-11-23T09:05:00Z', escalations: 0 },
        { id: 'ISA-C', status: 'sent', createdAt: '2026-11-24T09:00:00Z', escalations: 2 },
      ],
      [
        { decision: 'share', sharedWithoutConsent: true },
        { decision: 'share_part', sharedWithoutConsent: false },
        { decision: 'not_share', sharedWithoutConsent: false },
      ],
      new Set(['ISA-A', 'ISA-B']),
      new Date('2026-11-25T00:00:00Z'),
    );
    expect(week).toMatchObject({ requests: 3, claimed: 2, answered: 2, escalations: 2, claimMinutes: [5, 15], answerMinutes: [5, 60], decisions: { share: 1, share_part: 1, not_share: 1 }, sharedWithoutConsent: 1 });
  });

  it('sums a range of weeks and takes percentiles over all of its values, not an average of weekly ones', () => {
    const times = (week: string, minutes: number[], escalations: number) =>
      minutes.map((m, i) => ({ id: `${week}-${i}`, status: 'claimed' as const, createdAt: `${week}T09:00:00Z`, claimedAt: new Date(Date.parse(`${week}T09:00:00Z`) + m * 60_000).toISOString(), escalations }));
    const a = rollupWeek('t', '2026-11-16', times('2026-11-16', [1, 2, 3], 0), [], new Set(), new Date());
    const b = rollupWeek('t', '2026-11-23', times('2026-11-23', [100], 1), [], new Set(), new Date());
    const m = summariseWeeks([a, b], '2026-11-09', '2026-11-23');
    expect(m.weeks.map((w) => [w.week, w.requests])).toEqual([['2026-11-09', 0], ['2026-11-16', 3], ['2026-11-23', 1]]);
    expect(m.totals.claimMinutes).toEqual({ n: 4, p50: 2, p90: 100 });
    expect(m.totals.escalations).toBe(1);
  });

  describe('advice given, decision not recorded (rule 7 followed through)', () => {
    const asked = (id: string, status: RequestTimes['status']): RequestTimes => ({ id, status, createdAt: '2026-11-23T09:00:00Z', escalations: 0, ...(status === 'answered' || status === 'closed' ? { answeredAt: '2026-11-23T10:00:00Z' } : {}) });
    const week = (decided: string[]) =>
      rollupWeek('t', '2026-11-23', [asked('ISA-A', 'answered'), asked('ISA-B', 'answered'), asked('ISA-C', 'answered'), asked('ISA-D', 'claimed'), asked('ISA-E', 'sent'), asked('ISA-F', 'withdrawn'), asked('ISA-G', 'closed')], [], new Set(decided), new Date());

    it("counts the week's answered requests that have no decision, not those still waiting for advice, withdrawn or closed", () => {
      expect(week([]).awaitingDecision).toBe(3);
    });

    it('goes down when a decision on one of them is recorded (the week recomputed)', () => {
      expect(week(['ISA-B']).awaitingDecision).toBe(2);
      expect(week(['ISA-A', 'ISA-B', 'ISA-C']).awaitingDecision).toBe(0);
      // A decision on a request of another week changes nothing here.
      expect(week(['ISA-Z']).awaitingDecision).toBe(3);
    });

    it('is given per week and summed for the period', () => {
      const other = rollupWeek('t', '2026-11-16', [{ ...asked('ISA-H', 'answered'), createdAt: '2026-11-16T09:00:00Z' }], [], new Set(), new Date());
      const m = summariseWeeks([other, week(['ISA-A'])], '2026-11-09', '2026-11-23');
      expect(m.weeks.map((w) => [w.week, w.awaitingDecision])).toEqual([['2026-11-09', 0], ['2026-11-16', 1], ['2026-11-23', 2]]);
      expect(m.totals.awaitingDecision).toBe(3);
    });

    it('reads a rollup stored before the figure was kept as none, until the rebuild recomputes it', () => {
      const { awaitingDecision, ...old } = week([]);
      void awaitingDecision;
      expect(WeekRollupSchema.parse(old).awaitingDecision).toBe(0);
    });
  });
});
