import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock, startTestApp, TEST_TENANT_ID, type TestApp } from '../kit/app.js';
import { catchUpReporting, refreshWeek, reportDecision } from '../../src/jobs/reporting.js';
import type { DecisionRecord } from '../../src/domain/decision.js';
import type { AdviceRequest } from '../../src/domain/request.js';

/**
 * The managers' read models are derived from the records and recomputed, never incremented:
 * a record whose summary was never written (a crash, an outage) still reaches the tab, and
 * recomputing changes nothing.
 */

function record(i: number, at: string, decision: 'share' | 'not_share' = 'not_share'): DecisionRecord {
  return {
    id: `rec-seed-${i}:v1`,
    recordId: `rec-seed-${i}`,
    version: 1,
    tenantId: TEST_TENANT_ID,
    reference: `DEC-${String(i).padStart(4, '0')}`,
    content:
      decision === 'share'
        ? { decision, reasons: 'Seeded.', whatShared: 'x', recipients: ['police'], purpose: 'p', lawfulBasis: 'public_task', consent: 'refused', publicInterestJustification: 'j', personTold: 'yes', sharedHow: ['phone'], sharedOn: '2026-11-02' }
        : { decision, reasons: 'Seeded.', recipients: [], consent: 'not_yet_asked', lawfulBasis: 'public_task', personTold: 'not_yet' },
    decisionMaker: { id: 'maker', displayName: 'Maker' },
    decidedAt: at,
    identifierCheck: { found: 0, replaced: 0, keptAsNotIdentifying: 0, keptKinds: [] },
    createdAt: at,
  };
}

describe('managers’ read models', () => {
  const clock = new TestClock(Date.parse('2026-11-04T09:00:00.000Z'));
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ LOCAL_STORE_FLUSH_MS: '60000' }, { clock });
  });
  afterAll(async () => {
    await app.stop();
  });

  it('writes the summary of a record that was never summarised, on the next scheduler pass', async () => {
    await app.app.store.decisions.createVersion(record(1, '2026-11-03T10:00:00.000Z', 'share'));
    expect(await app.app.store.reporting.getView(TEST_TENANT_ID, 'rec-seed-1')).toBeUndefined();
    const pass = await app.app.scheduler.runOnce();
    expect(pass.reportedWeeks).toBe(1);
    expect(await app.app.store.reporting.getView(TEST_TENANT_ID, 'rec-seed-1')).toMatchObject({ reference: 'DEC-0001', decision: 'share', sharedWithoutConsent: true, week: '2026-11-02' });
    const [week] = await app.app.store.reporting.rollups(TEST_TENANT_ID, '2026-11-02', '2026-11-02');
    expect(week?.decisions).toEqual({ share: 1, share_part: 0, not_share: 0 });
  });

  it('rebuilds from nothing in batches, so a store with more records than one batch is fully summarised', async () => {
    const at = (i: number) => new Date(Date.parse('2026-10-01T08:00:00.000Z') + i * 3_600_000).toISOString();
    for (let i = 100; i < 100 + 450; i++) await app.app.store.decisions.createVersion(record(i, at(i - 100)));
    await app.app.store.reporting.putMark({ since: '1970-01-01T00:00:00.000Z', pendingWeeks: [] });
    const passes: number[] = [];
    let pass = await catchUpReporting(app.app.deps);
    passes.push(pass.records);
    while (pass.more) {
      pass = await catchUpReporting(app.app.deps);
      passes.push(pass.records);
    }
    // Batches of 200; each continues from the last item of the one before (seen again, harmlessly).
    expect(passes).toEqual([200, 200, 53]);
    const page = await app.app.store.reporting.listViews(TEST_TENANT_ID, { reference: 'DEC-' }, 100);
    let total = page.items.length;
    let next = page.continuation;
    while (next) {
      const more = await app.app.store.reporting.listViews(TEST_TENANT_ID, { reference: 'DEC-' }, 100, next);
      total += more.items.length;
      next = more.continuation;
    }
    expect(total).toBe(451);
  });

  it('recomputing a week gives the same figures (nothing is counted twice)', async () => {
    await refreshWeek(TEST_TENANT_ID, '2026-10-05', app.app.deps);
    const [once] = await app.app.store.reporting.rollups(TEST_TENANT_ID, '2026-10-05', '2026-10-05');
    await refreshWeek(TEST_TENANT_ID, '2026-10-05', app.app.deps);
    await catchUpReporting(app.app.deps);
    const [twice] = await app.app.store.reporting.rollups(TEST_TENANT_ID, '2026-10-05', '2026-10-05');
    expect(once?.decisions.not_share).toBe(7 * 24);
    expect({ ...twice, computedAt: '' }).toEqual({ ...once, computedAt: '' });
  });

  it('keeps the summary of the latest version when an older one is written late', async () => {
    const view = await app.app.store.reporting.getView(TEST_TENANT_ID, 'rec-seed-1');
    await app.app.store.reporting.putView({ ...view!, version: 3, status: 'amended', decision: 'not_share' });
    await app.app.store.reporting.putView({ ...view!, version: 1 });
    expect(await app.app.store.reporting.getView(TEST_TENANT_ID, 'rec-seed-1')).toMatchObject({ version: 3, decision: 'not_share' });
  });

  it('rebuilds rows written before the version fields were kept, so the export has every field for old records too', async () => {
    const { reporting } = app.app.store;
    await app.app.store.decisions.createVersion(record(2, '2026-11-03T11:00:00.000Z', 'share'));
    await reportDecision(TEST_TENANT_ID, 'rec-seed-2', app.app.deps);
    const row = await reporting.getView(TEST_TENANT_ID, 'rec-seed-2');
    expect(row?.content).toMatchObject({ whatShared: 'x', sharedHow: ['phone'], sharedOn: '2026-11-02', publicInterestJustification: 'j' });
    // As it was before: a row without the fields, and a mark from then (no shape).
    const { content, ...before } = row!;
    void content;
    await reporting.putView(before);
    await reporting.putMark({ since: clock.now().toISOString(), pendingWeeks: [] });
    expect((await reporting.getView(TEST_TENANT_ID, 'rec-seed-2'))?.content).toBeUndefined();
    let pass = await catchUpReporting(app.app.deps);
    while (pass.more) pass = await catchUpReporting(app.app.deps);
    expect((await reporting.getView(TEST_TENANT_ID, 'rec-seed-2'))?.content).toMatchObject({ whatShared: 'x', sharedHow: ['phone'] });
    // Rebuilt once: the next pass starts from where this one ended, not from the beginning.
    expect((await reporting.getMark())?.since).not.toBe('1970-01-01T00:00:00.000Z');
  });

  it('stops counting an answered request without a decision once it is deleted at the end of its retention period', async () => {
    const askedAt = '2026-10-27T09:00:00.000Z';
    const week = '2026-10-26';
    const request: AdviceRequest = {
      id: 'ISA-PRGE',
      tenantId: TEST_TENANT_ID,
      reference: 'ISA-PRGE',
      draftId: 'draft-prge',
      status: 'answered',
      asker: { id: 'asker', displayName: 'Asker' },
      fields: { area: 'neglect', involved: ['child'], ageBand: '5_10', urgency: 'this_week', informationKinds: ['concern_observed'], recipients: ['childrens_social_care'], consent: 'not_yet_asked', askerRole: 'teacher' },
      question: 'Seeded question.',
      identifierCheck: { found: 0, replaced: 0, keptAsNotIdentifying: 0, keptKinds: [] },
      answers: {},
      createdAt: askedAt,
      updatedAt: askedAt,
      answeredAt: '2026-10-27T10:00:00.000Z',
      answer: { recommendation: 'share', text: 'Share it.', by: { id: 'lead', displayName: 'Lead' }, at: '2026-10-27T10:00:00.000Z' },
      conversation: [],
      escalated: {},
      outbox: [],
      purgeAfter: new Date(clock.now().getTime() + 60_000).toISOString(),
    };
    await app.app.store.requests.create(request);
    await refreshWeek(TEST_TENANT_ID, week, app.app.deps);
    const count = async () => (await app.app.store.reporting.rollups(TEST_TENANT_ID, week, week))[0]?.awaitingDecision;
    expect(await count()).toBe(1);
    expect(await app.app.store.reporting.awaitingDecision(TEST_TENANT_ID)).toBe(1);
    clock.advance(2 * 60_000);
    await app.app.scheduler.runOnce();
    expect(await app.app.store.requests.get(TEST_TENANT_ID, 'ISA-PRGE')).toBeUndefined();
    expect(await count()).toBe(0);
    expect(await app.app.store.reporting.awaitingDecision(TEST_TENANT_ID)).toBe(0);
  });
});
