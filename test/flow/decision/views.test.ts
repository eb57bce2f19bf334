import { describe, expect, it } from 'vitest';
import { CARDS_DIR } from '../../../src/app.js';
import { loadCards } from '../../../src/adapters/bot/cards.js';
import { CONSENT_STATUSES, RECIPIENTS } from '../../../src/domain/advice.js';
import { DECISIONS, DECISION_TEXT_FIELDS, LAWFUL_BASES, PERSON_TOLD, SHARE_METHODS } from '../../../src/domain/decision.js';
import type { AdviceRequest } from '../../../src/domain/request.js';
import { DECISION_FIELDS } from '../../../src/flow/decision/form.js';
import type { DecisionFinding } from '../../../src/flow/decision/check.js';
import { decisionFormCard, decisionSummaryCard, myDecisionsCard } from '../../../src/flow/decision/views.js';
import { CLEAN_CONTENT, record } from './helpers.js';

type Json = Record<string, unknown>;
const cards = loadCards(CARDS_DIR);
function objectsIn(node: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(node)) for (const n of node) objectsIn(n, out);
  else if (node && typeof node === 'object') {
    out.push(node as Json);
    for (const [k, v] of Object.entries(node)) if (k !== 'data') objectsIn(v, out);
  }
  return out;
}
const inputsIn = (card: unknown) => objectsIn(card).filter((o) => typeof o.type === 'string' && o.type.startsWith('Input.'));
const submitsIn = (card: unknown) => objectsIn(card).filter((o) => o.verb === 'decision.submit');

const finding = (key: string, field: DecisionFinding['field'], fieldLabel: string, kept = false): DecisionFinding => ({
  key,
  kind: 'NAME',
  kindLabel: 'Name',
  text: 'Jolene Abernathy',
  suggestion: '[name]',
  kept,
  field,
  fieldLabel,
});

describe('the decision summary', () => {
  it('puts the reference first in a short copy text: the choices made, who and when, not the written answers', () => {
    const r = record({ version: 2 });
    const { data } = decisionSummaryCard(r, 2);
    const lines = data.copyText.split('\n');
    expect(lines[0]).toBe('Reference: ISA-7K3Q');
    for (const value of [
      DECISIONS.share,
      RECIPIENTS.childrens_social_care,
      RECIPIENTS.other_agency,
      LAWFUL_BASES.public_task,
      CONSENT_STATUSES.refused,
      PERSON_TOLD.no_other,
      SHARE_METHODS.secure_email,
      '20 November 2026',
      r.advice!.by.displayName,
      'Share part of the information',
      r.decisionMaker.displayName,
      'Version: 2 of 2',
    ]) {
      expect(data.copyText).toContain(value);
    }
    // Short: the written answers stay in the record itself (they are in the facts above it).
    for (const f of DECISION_TEXT_FIELDS) expect(data.copyText, f).not.toContain(CLEAN_CONTENT[f]);
    expect(lines.length).toBeLessThanOrEqual(14);
    // Each line is its own block on the card, so the line breaks show in Teams.
    expect(data.copyLines.map((l) => l.text)).toEqual(lines);
    for (const line of lines) expect(line).toMatch(/^[^:\n]+: /);
  });

  it('lists the facts in the order of the procedures, leaving out what was not recorded', () => {
    const { data } = decisionSummaryCard(record({ content: { decision: 'not_share', reasons: 'No risk of significant harm.', recipients: [], consent: 'refused' }, advice: undefined }), 1);
    expect(data.facts.map((f) => f.title)).toEqual(['Reference', 'Version', 'Decision', 'Reasons', 'Consent', 'Advice received', 'Decision made by', 'Identifier check']);
    expect(data.facts.find((f) => f.title === 'Advice received')?.value).toBe('None recorded with this decision');
    const full = decisionSummaryCard(record(), 1).data.facts.map((f) => f.title);
    expect(full.indexOf('Reasons')).toBeLessThan(full.indexOf('What was shared'));
    expect(full.indexOf('What was shared')).toBeLessThan(full.indexOf('Shared with'));
    expect(full.indexOf('Shared with')).toBeLessThan(full.indexOf('Purpose'));
    expect(full.indexOf('Lawful basis')).toBeLessThan(full.indexOf('Why the public interest outweighs confidentiality'));
    expect(full.indexOf('Date shared')).toBeLessThan(full.indexOf('Advice received'));
  });

  it('shows an amendment with who, when and why, and offers to amend and to list decisions', () => {
    const { data } = decisionSummaryCard(record({ version: 3 }), 3, { notice: 'Amended.' });
    expect(data.isAmendment).toBe(true);
    expect(data.amendment.reason).toBe('Correcting who it was shared with.');
    const card = cards.expand('decisionSummary', data);
    const text = JSON.stringify(card);
    expect(text).toContain('Version 3 of 3');
    expect(text).toContain('Correcting who it was shared with.');
    expect(objectsIn(card).filter((o) => typeof o.verb === 'string').map((o) => o.verb)).toEqual(['emergency.show', 'decision.view', 'decision.view', 'decision.amend', 'decisions.mine']);
    // The earlier versions open from the chat.
    const versions = objectsIn(card).filter((o) => o.verb === 'decision.view').map((o) => [o.title, (o.data as { version: unknown }).version]);
    expect(versions).toEqual([['Version 1', 1], ['Version 2', 2]]);
    expect(decisionSummaryCard(record(), 1).data.isAmendment).toBe(false);
  });
});

describe('my decisions', () => {
  it('lists the latest version of each record, newest first', () => {
    const a1 = record({ recordId: 'a', createdAt: '2026-11-01T09:00:00.000Z' });
    const a2 = record({ recordId: 'a', version: 2, createdAt: '2026-11-10T09:00:00.000Z' });
    const b1 = record({ recordId: 'b', reference: 'DEC-2345', createdAt: '2026-11-05T09:00:00.000Z', content: { ...CLEAN_CONTENT, decision: 'not_share' } });
    const { data } = myDecisionsCard([a1, b1, a2]);
    expect(data.items.map((i) => [i.recordId, i.version, i.decision])).toEqual([
      ['a', 2, 'Share'],
      ['b', 1, 'Do not share'],
    ]);
    expect(data.hasItems).toBe(true);
    expect(myDecisionsCard([]).data.hasItems).toBe(false);
  });
});

describe('the decision form card', () => {
  it('asks every field, keeps every entry and shows each problem next to its field', () => {
    const values = Object.fromEntries(DECISION_FIELDS.map((f) => [f, `${f} value`]));
    const problems = Object.fromEntries(DECISION_FIELDS.map((f) => [f, `Problem with ${f}`]));
    const { data } = decisionFormCard({ recordId: 'rec-1', baseVersion: 0, maxDate: '2026-11-21', values, problems });
    const card = cards.expand('decisionForm', data);
    const inputs = inputsIn(card);
    expect(inputs.map((i) => i.id)).toEqual([...DECISION_FIELDS]);
    for (const f of DECISION_FIELDS) expect(inputs.find((i) => i.id === f)?.value, f).toBe(values[f]);
    const attention = objectsIn(card).filter((o) => o.type === 'TextBlock' && o.color === 'attention').map((o) => o.text);
    expect(attention).toEqual(DECISION_FIELDS.map((f) => `Problem with ${f}`));
    expect(inputs.find((i) => i.id === 'sharedOn')).toEqual(expect.objectContaining({ type: 'Input.Date', max: '2026-11-21' }));
    expect(inputs.find((i) => i.id === 'recipients')?.isMultiSelect).toBe(true);
    for (const i of inputs.filter((x) => x.type === 'Input.Text')) expect(i.maxLength, String(i.id)).toBeUndefined();
  });

  it('carries the advice received, and the consent and recipients already given, from the request', () => {
    const request = {
      id: 'ISA-7K3Q',
      reference: 'ISA-7K3Q',
      fields: { consent: 'refused', recipients: ['police', 'health'] },
      answer: { recommendation: 'share', text: 'Share with the police today.', by: { id: 'l', displayName: 'Priya Shah' }, at: '2026-11-21T10:00:00.000Z' },
    } as unknown as AdviceRequest;
    const { data } = decisionFormCard({ request, recordId: 'rec-ISA-7K3Q', baseVersion: 0, maxDate: '2026-11-21' });
    expect(data).toEqual(expect.objectContaining({ requestId: 'ISA-7K3Q', reference: 'ISA-7K3Q', hasAdvice: true }));
    expect(data.advice).toEqual(expect.objectContaining({ recommendation: 'Share the information', text: 'Share with the police today.', by: 'Priya Shah' }));
    expect(data.values.consent).toBe('refused');
    expect(data.values.recipients).toBe('police,health');
    const card = cards.expand('decisionForm', data);
    expect(JSON.stringify(card)).toContain('Share with the police today.');
    expect(submitsIn(card).map((a) => a.data)).toEqual([{ requestId: 'ISA-7K3Q', recordId: 'rec-ISA-7K3Q', baseVersion: 0, amendId: '', replace: 'false' }]);
  });

  it('offers one keep-it toggle per flagged item, even when it is in several fields, and a replace button', () => {
    const check = [finding('NAME-1', 'reasons', 'The reasons for your decision', true), finding('NAME-1', 'purpose', 'What you shared it for (the purpose)'), finding('NAME-2', 'restrictions', 'Restrictions on further use')];
    const { data } = decisionFormCard({ recordId: 'rec-1', baseVersion: 0, maxDate: '2026-11-21', check });
    expect(data.check.count).toBe(2);
    const card = cards.expand('decisionForm', data);
    const toggles = inputsIn(card).filter((i) => i.type === 'Input.Toggle');
    expect(toggles.map((t) => [t.id, t.valueOn, t.valueOff, t.value])).toEqual([
      ['keep.NAME-1', 'true', 'false', 'true'],
      ['keep.NAME-2', 'true', 'false', 'false'],
    ]);
    expect(JSON.stringify(card)).toContain('The reasons for your decision; What you shared it for (the purpose)');
    expect(submitsIn(card).map((a) => (a.data as Json).replace)).toEqual(['false', 'true']);
  });

  it('asks why when amending, and sends the version being amended', () => {
    const r = record({ version: 2, reference: 'DEC-2345', requestId: undefined, advice: undefined });
    const { data } = decisionFormCard({ record: r, recordId: r.recordId, baseVersion: 2, amendId: 'amend-1', amending: true, maxDate: '2026-11-21', values: { amendReason: 'A correction.' } });
    expect(data).toEqual(expect.objectContaining({ reference: 'DEC-2345', requestId: '', hasAdvice: false, amending: true }));
    const card = cards.expand('decisionForm', data);
    const reason = inputsIn(card).find((i) => i.id === 'amendReason');
    expect(reason).toEqual(expect.objectContaining({ label: 'Why are you amending this record?', isRequired: true, value: 'A correction.' }));
    expect(submitsIn(card).map((a) => a.data)).toEqual([{ requestId: '', recordId: r.recordId, baseVersion: 2, amendId: 'amend-1', replace: 'false' }]);
    const fresh = cards.expand('decisionForm', decisionFormCard({ recordId: 'rec-1', baseVersion: 0, maxDate: '2026-11-21' }).data);
    expect(inputsIn(fresh).some((i) => i.id === 'amendReason')).toBe(false);
  });
});
