import { describe, expect, it } from 'vitest';
import { CONSENT_STATUSES } from '../../../src/domain/advice.js';
import { DECISION_TEXT_FIELDS, DECISION_TEXT_LIMITS, DecisionContentSchema, MAX_DECISION_TEXT_TOTAL } from '../../../src/domain/decision.js';
import { DECISION_FIELDS, parseDecisionForm, valuesFromContent } from '../../../src/flow/decision/form.js';
import { NOT_SHARE_INPUT, NOW, SHARE_INPUT } from './helpers.js';

const without = (input: Record<string, string>, field: string) => ({ ...input, [field]: '' });

function problemsOf(input: Record<string, unknown>, now = NOW, amending = false) {
  const result = parseDecisionForm(input, now, { amending });
  return result.ok ? {} : result.problems;
}

describe('the decision form', () => {
  it('accepts a complete "share" decision as a record that passes the schema', () => {
    const result = parseDecisionForm(SHARE_INPUT, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.content.decision).toBe('share');
    expect(result.content.recipients).toEqual(['childrens_social_care']);
    expect(result.content.sharedOn).toBe('2026-11-21');
    expect(result.content.requestedDiffered).toBeUndefined();
    expect(DecisionContentSchema.safeParse(result.content).success).toBe(true);
  });

  for (const decision of ['share', 'share_part']) {
    for (const field of ['whatShared', 'recipients', 'purpose', 'lawfulBasis', 'personTold', 'sharedHow', 'sharedOn']) {
      it(`refuses a "${decision}" decision without ${field}, naming that field`, () => {
        const problems = problemsOf(without({ ...SHARE_INPUT, decision }, field));
        expect(Object.keys(problems)).toEqual([field]);
        expect(problems[field as keyof typeof problems]).toMatch(/\w/);
      });
    }
  }

  it('accepts a "do not share" decision with only the reasons and where consent stands', () => {
    const result = parseDecisionForm(NOT_SHARE_INPUT, NOW);
    expect(result.ok && result.content).toEqual({ decision: 'not_share', reasons: NOT_SHARE_INPUT.reasons, consent: 'refused', recipients: [] });
  });

  for (const input of [SHARE_INPUT, { ...SHARE_INPUT, decision: 'share_part' }, NOT_SHARE_INPUT]) {
    it(`requires the reasons for a "${input.decision}" decision too`, () => {
      expect(problemsOf(without(input, 'reasons')).reasons).toMatch(/reasons/i);
    });
  }

  it('requires a decision and where consent stands', () => {
    const problems = problemsOf({ reasons: 'Some reasons.' });
    expect(problems.decision).toMatch(/Choose your decision/);
    expect(problems.consent).toMatch(/consent/);
  });

  for (const consent of Object.keys(CONSENT_STATUSES).filter((c) => c !== 'given')) {
    it(`needs the public-interest justification when sharing with consent "${consent}"`, () => {
      const input = without({ ...SHARE_INPUT, consent, lawfulBasis: 'public_task' }, 'publicInterestJustification');
      expect(problemsOf(input).publicInterestJustification).toMatch(/public interest outweighs/);
    });
  }

  it('does not need the public-interest justification when consent was given, or when not sharing', () => {
    expect(parseDecisionForm(without({ ...SHARE_INPUT, consent: 'given', lawfulBasis: 'consent' }, 'publicInterestJustification'), NOW).ok).toBe(true);
    expect(parseDecisionForm({ ...NOT_SHARE_INPUT, consent: 'not_yet_asked' }, NOW).ok).toBe(true);
  });

  it('accepts consent as the lawful basis only when consent was given', () => {
    expect(problemsOf({ ...SHARE_INPUT, lawfulBasis: 'consent' }).lawfulBasis).toMatch(/only when consent has been given/);
  });

  for (const personTold of ['no_risk_to_child', 'no_prejudice_investigation', 'no_other']) {
    it(`needs the reason why when the person was not told (${personTold})`, () => {
      expect(problemsOf(without({ ...SHARE_INPUT, personTold }, 'notToldReason')).notToldReason).toMatch(/why the person has not been told/);
    });
  }

  it('does not ask why when the person was told or is not told yet, and refuses a "why not" next to "yes"', () => {
    expect(parseDecisionForm(without({ ...SHARE_INPUT, personTold: 'yes' }, 'notToldReason'), NOW).ok).toBe(true);
    expect(parseDecisionForm(without({ ...SHARE_INPUT, personTold: 'not_yet' }, 'notToldReason'), NOW).ok).toBe(true);
    expect(problemsOf({ ...SHARE_INPUT, personTold: 'yes' }).notToldReason).toMatch(/leave this empty/);
  });

  it('refuses a date in the future and accepts today', () => {
    expect(problemsOf({ ...SHARE_INPUT, sharedOn: '2026-11-22' }).sharedOn).toMatch(/in the future/);
    expect(parseDecisionForm({ ...SHARE_INPUT, sharedOn: '2026-11-21' }, NOW).ok).toBe(true);
    expect(parseDecisionForm({ ...SHARE_INPUT, sharedOn: '2020-01-31' }, NOW).ok).toBe(true);
  });

  it('takes "today" as the UK date, so just after midnight in British Summer Time today is accepted', () => {
    const justAfterMidnightInLondon = new Date('2026-07-01T23:30:00Z');
    expect(parseDecisionForm({ ...SHARE_INPUT, sharedOn: '2026-07-02' }, justAfterMidnightInLondon).ok).toBe(true);
    expect(problemsOf({ ...SHARE_INPUT, sharedOn: '2026-07-03' }, justAfterMidnightInLondon).sharedOn).toMatch(/in the future/);
  });

  it('refuses a date that does not exist or is not written as a date', () => {
    expect(problemsOf({ ...SHARE_INPUT, sharedOn: '2026-02-30' }).sharedOn).toMatch(/real date/);
    expect(problemsOf({ ...SHARE_INPUT, sharedOn: '21/11/2026' }).sharedOn).toMatch(/real date/);
  });

  it('refuses a date or a way of sharing next to a decision not to share', () => {
    const problems = problemsOf({ ...NOT_SHARE_INPUT, sharedOn: '2026-11-20', sharedHow: 'phone' });
    expect(problems.sharedOn).toMatch(/decided not to share/);
    expect(problems.sharedHow).toMatch(/decided not to share/);
  });

  it('needs the agency or role named when "Another agency" is chosen', () => {
    expect(problemsOf(without({ ...SHARE_INPUT, recipients: 'police,other_agency' }, 'recipientRole')).recipientRole).toMatch(/name the agency or role/);
  });

  it('refuses choices that are not offered, per field', () => {
    const problems = problemsOf({ ...SHARE_INPUT, decision: 'maybe', recipients: 'police,the_moon', lawfulBasis: 'because', sharedHow: 'pigeon', personTold: 'perhaps' });
    expect(Object.keys(problems).sort()).toEqual(['decision', 'lawfulBasis', 'personTold', 'recipients', 'sharedHow']);
  });

  it('keeps every entry exactly as typed when there are problems', () => {
    const input: Record<string, string> = { ...SHARE_INPUT, sharedOn: '2099-01-01', reasons: '  Reasons with spaces kept  ', recipients: 'police,health' };
    const result = parseDecisionForm(input, NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const f of DECISION_FIELDS) expect(result.values[f], f).toBe(input[f] ?? '');
    expect(Object.keys(result.problems)).toEqual(['sharedOn']);
  });

  it('treats missing or non-text entries as empty', () => {
    const result = parseDecisionForm({ decision: 'share', reasons: 42, recipients: ['police'] }, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.values.reasons).toBe('');
  });

  for (const field of DECISION_TEXT_FIELDS) {
    it(`refuses ${field} over its limit with an explanation, never cutting it`, () => {
      const long = 'a'.repeat(DECISION_TEXT_LIMITS[field] + 1);
      const result = parseDecisionForm({ ...SHARE_INPUT, [field]: long }, NOW);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems[field]).toContain(`the limit is ${DECISION_TEXT_LIMITS[field]}`);
      expect(result.values[field]).toBe(long);
    });
  }

  it('refuses answers that together exceed one record, on the longest answer', () => {
    const input = { ...SHARE_INPUT, reasons: 'r'.repeat(2000), whatShared: 'w'.repeat(1900), publicInterestJustification: 'p'.repeat(1800) };
    expect(input.reasons.length + input.whatShared.length + input.publicInterestJustification.length).toBeGreaterThan(MAX_DECISION_TEXT_TOTAL);
    const problems = problemsOf(input);
    expect(Object.keys(problems)).toEqual(['reasons']);
    expect(problems.reasons).toContain(`up to ${MAX_DECISION_TEXT_TOTAL}`);
  });

  it('explains, rather than shows again, answers far too long to fit on the card', () => {
    const huge = Object.fromEntries(DECISION_TEXT_FIELDS.map((f) => [f, 'x'.repeat(DECISION_TEXT_LIMITS[f] * 3)]));
    const result = parseDecisionForm({ ...SHARE_INPUT, ...huge }, NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const shown = DECISION_TEXT_FIELDS.reduce((n, f) => n + result.values[f].length, 0);
    expect(shown).toBeLessThanOrEqual(MAX_DECISION_TEXT_TOTAL + 1000);
    for (const f of DECISION_TEXT_FIELDS) {
      if (result.values[f] === '') expect(result.problems[f]).toMatch(/too long to show again/);
      else expect(result.problems[f]).toMatch(/the limit is/);
    }
  });

  it('asks why when amending, and returns the reason with the record', () => {
    expect(problemsOf(SHARE_INPUT, NOW, true).amendReason).toMatch(/why you are amending/);
    const result = parseDecisionForm({ ...SHARE_INPUT, amendReason: ' Correcting the recipient. ' }, NOW, { amending: true });
    expect(result.ok && result.amendReason).toBe('Correcting the recipient.');
  });

  it('fills the form from a record so that sending it again gives the same record', () => {
    const first = parseDecisionForm({ ...SHARE_INPUT, recipients: 'police,childrens_social_care', timeLimits: 'Until the meeting.' }, NOW);
    if (!first.ok) throw new Error('expected a record');
    const again = parseDecisionForm(valuesFromContent(first.content), NOW);
    expect(again.ok && again.content).toEqual(first.content);
  });
});
