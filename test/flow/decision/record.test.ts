import { describe, expect, it } from 'vitest';
import { DECISION_REFERENCE_PATTERN, DecisionContentSchema, DecisionRecordSchema, makeDecisionReference, ukToday } from '../../../src/domain/decision.js';
import { CLEAN_CONTENT, record } from './helpers.js';

describe('decision records', () => {
  it('makes DEC- references from unambiguous characters', () => {
    let seed = 0.1;
    const random = () => (seed = (seed * 7.3) % 1);
    for (let i = 0; i < 50; i++) expect(makeDecisionReference(random)).toMatch(DECISION_REFERENCE_PATTERN);
    expect(makeDecisionReference(() => 0)).toBe('DEC-2222');
  });

  it('accepts a first version and an amendment with who, when and why', () => {
    expect(DecisionRecordSchema.safeParse(record()).success).toBe(true);
    expect(DecisionRecordSchema.safeParse(record({ version: 2 })).success).toBe(true);
  });

  it('refuses a version whose id does not name it, an amendment without a reason, and a first version marked as amended', () => {
    expect(DecisionRecordSchema.safeParse({ ...record(), id: 'rec-ISA-7K3Q:v2' }).success).toBe(false);
    const v2 = record({ version: 2 });
    expect(DecisionRecordSchema.safeParse({ ...v2, amendment: undefined }).success).toBe(false);
    expect(DecisionRecordSchema.safeParse({ ...v2, amendment: { ...v2.amendment, reason: ' ' } }).success).toBe(false);
    expect(DecisionRecordSchema.safeParse({ ...record(), amendment: v2.amendment }).success).toBe(false);
  });

  it('keeps the rules by decision in the stored schema too', () => {
    expect(DecisionContentSchema.safeParse(CLEAN_CONTENT).success).toBe(true);
    expect(DecisionContentSchema.safeParse({ ...CLEAN_CONTENT, publicInterestJustification: undefined }).success).toBe(false);
    expect(DecisionContentSchema.safeParse({ ...CLEAN_CONTENT, reasons: '' }).success).toBe(false);
    expect(DecisionContentSchema.safeParse({ decision: 'not_share', reasons: 'No risk of harm.', recipients: [], consent: 'refused' }).success).toBe(true);
  });

  it("gives today's date in the UK", () => {
    expect(ukToday(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(ukToday(new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-21');
  });
});
