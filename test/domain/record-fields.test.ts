import { describe, expect, it } from 'vitest';
import { DecisionContentSchema, type DecisionContent } from '../../src/domain/decision.js';
import { RECORD_FIELDS, RECORD_FIELD_LABELS, changesBetween, fieldText } from '../../src/domain/record-fields.js';

const V1: DecisionContent = {
  decision: 'share',
  reasons: 'Risk of significant harm.',
  whatShared: 'The disclosure.',
  recipients: ['childrens_social_care'],
  purpose: 'Section 47 enquiry.',
  lawfulBasis: 'public_task',
  consent: 'refused',
  publicInterestJustification: 'The risk outweighs the refusal.',
  personTold: 'no_risk_to_child',
  notToldReason: 'Telling mum could increase the risk.',
  sharedHow: ['phone'],
  sharedOn: '2026-11-13',
};

describe("a decision version's fields in words", () => {
  it('has a label for every field of the decision schema, and lists every field', () => {
    const keys = Object.keys(DecisionContentSchema.shape);
    expect(RECORD_FIELDS).toEqual(keys);
    expect(keys.filter((k) => !RECORD_FIELD_LABELS[k as keyof DecisionContent])).toEqual([]);
  });

  it('writes codes as their labels, dates the UK way (or ISO for the export), and nothing as empty', () => {
    expect(fieldText('consent', 'not_yet_asked')).toBe('Not yet asked');
    expect(fieldText('lawfulBasis', 'public_task')).toBe('Public task');
    expect(fieldText('personTold', 'no_risk_to_child')).toBe('No: telling them would place a child at increased risk');
    expect(fieldText('sharedOn', '2026-11-13')).toBe('13 Nov 2026');
    expect(fieldText('sharedOn', '2026-11-13', { isoDates: true })).toBe('2026-11-13');
    expect(fieldText('timeLimits', undefined)).toBe('');
  });

  it('reads "how it was shared" as one choice or several', () => {
    expect(fieldText('sharedHow', 'phone')).toBe('Phone call');
    expect(fieldText('sharedHow', ['phone'])).toBe('Phone call');
    expect(fieldText('sharedHow', ['phone', 'secure_email'])).toBe('Phone call; Secure email');
    expect(fieldText('recipients', ['childrens_social_care', 'police'])).toBe("Children's social care (front door / MASH); Police");
  });

  it('says field by field what a version changed: label, before, after', () => {
    const v2 = { ...V1, recipients: ['childrens_social_care', 'police'], sharedOn: '2026-11-14', timeLimits: 'Until the strategy meeting.' } satisfies DecisionContent;
    expect(changesBetween(V1, v2)).toEqual([
      { field: 'recipients', label: 'Shared with', before: "Children's social care (front door / MASH)", after: "Children's social care (front door / MASH); Police" },
      { field: 'sharedOn', label: 'When it was shared', before: '13 Nov 2026', after: '14 Nov 2026' },
      { field: 'timeLimits', label: 'Time limits', before: '', after: 'Until the strategy meeting.' },
    ]);
    expect(changesBetween(V1, V1)).toEqual([]);
  });

  it('sees no change between a single choice (a record from before "how" became a list) and a list of that one choice', () => {
    const single = { ...V1, sharedHow: 'phone' } as unknown as DecisionContent;
    expect(changesBetween(single, V1)).toEqual([]);
    const more = { ...V1, sharedHow: ['phone', 'letter'] } satisfies DecisionContent;
    expect(changesBetween(V1, more)).toEqual([{ field: 'sharedHow', label: 'How it was shared', before: 'Phone call', after: 'Phone call; Letter' }]);
  });
});
