import { describe, expect, it } from 'vitest';
import { DECISION_TEXT_FIELDS } from '../../../src/domain/decision.js';
import { findingKey } from '../../../src/flow/advice/identifier-check.js';
import { checkDecisionText } from '../../../src/flow/decision/check.js';
import { DECISION_FIELD_LABELS } from '../../../src/flow/decision/form.js';
import { CLEAN_CONTENT } from './helpers.js';

const NAME = 'Jolene Abernathy';
const NAME_KEY = findingKey({ kind: 'NAME', text: NAME });

describe('the identifier check on a decision record', () => {
  it('approves text that identifies no one, unchanged, with nothing found', () => {
    const outcome = checkDecisionText(CLEAN_CONTENT, new Set(), false);
    expect(outcome.approved).toBe(true);
    expect(outcome.content).toEqual(CLEAN_CONTENT);
    expect(outcome.summary).toEqual({ found: 0, replaced: 0, keptAsNotIdentifying: 0, keptKinds: [] });
  });

  for (const field of DECISION_TEXT_FIELDS) {
    it(`finds a name in ${field} and names the field`, () => {
      const content = { ...CLEAN_CONTENT, [field]: `Shared after talking to ${NAME} about it.` };
      const outcome = checkDecisionText(content, new Set(), false);
      expect(outcome.approved).toBe(false);
      if (outcome.approved) return;
      expect(outcome.findings).toEqual([expect.objectContaining({ kind: 'NAME', text: NAME, field, fieldLabel: DECISION_FIELD_LABELS[field], kept: false, key: NAME_KEY })]);
      expect(outcome.content).toEqual(content);
    });

    it(`replaces a name in ${field} only, leaving every other field as it was`, () => {
      const content = { ...CLEAN_CONTENT, [field]: `Shared after talking to ${NAME} about it.` };
      const outcome = checkDecisionText(content, new Set(), true);
      expect(outcome.approved).toBe(true);
      expect(outcome.content).toEqual({ ...content, [field]: 'Shared after talking to [name] about it.' });
      expect(outcome.summary).toEqual({ found: 1, replaced: 1, keptAsNotIdentifying: 0, keptKinds: [] });
    });
  }

  it('replaces different details in different fields, each where it was found', () => {
    const content = { ...CLEAN_CONTENT, reasons: `${NAME} told me on the phone.`, purpose: 'Call back on 07700 900123 if needed.' };
    const outcome = checkDecisionText(content, new Set(), true);
    expect(outcome.approved).toBe(true);
    expect(outcome.content.reasons).toBe('[name] told me on the phone.');
    expect(outcome.content.purpose).toBe('Call back on [phone number] if needed.');
    expect(outcome.summary.replaced).toBe(2);
  });

  it('keeps and counts a finding the asker confirmed identifies no one', () => {
    const content = { ...CLEAN_CONTENT, reasons: `Advice from ${NAME}, our safeguarding lead's pseudonym.` };
    const outcome = checkDecisionText(content, new Set([NAME_KEY]), true);
    expect(outcome.approved).toBe(true);
    expect(outcome.content.reasons).toBe(content.reasons);
    expect(outcome.summary).toEqual({ found: 1, replaced: 0, keptAsNotIdentifying: 1, keptKinds: ['NAME'] });
  });

  it('counts a confirmed item once even when it appears in several fields', () => {
    const content = { ...CLEAN_CONTENT, reasons: `About ${NAME}.`, purpose: `For ${NAME}.` };
    const outcome = checkDecisionText(content, new Set([NAME_KEY]), false);
    expect(outcome.approved).toBe(true);
    expect(outcome.summary.keptAsNotIdentifying).toBe(1);
  });

  it('still lists a confirmed finding, toggled on, while another one is open', () => {
    const content = { ...CLEAN_CONTENT, reasons: `About ${NAME}.`, purpose: 'Call 07700 900123.' };
    const outcome = checkDecisionText(content, new Set([NAME_KEY]), false);
    expect(outcome.approved).toBe(false);
    if (outcome.approved) return;
    expect(outcome.findings.map((f) => [f.field, f.kind, f.kept])).toEqual([
      ['reasons', 'NAME', true],
      ['purpose', 'PHONE', false],
    ]);
  });

  it('checks the reason for an amendment too', () => {
    const outcome = checkDecisionText(CLEAN_CONTENT, new Set(), false, `${NAME} asked me to correct it.`);
    expect(outcome.approved).toBe(false);
    if (!outcome.approved) expect(outcome.findings[0]).toEqual(expect.objectContaining({ field: 'amendReason', text: NAME }));
    expect(checkDecisionText(CLEAN_CONTENT, new Set(), true, `${NAME} asked me to correct it.`).amendReason).toBe('[name] asked me to correct it.');
  });
});
