import { describe, expect, it } from 'vitest';
import { describeCases, type FindingCase } from './helpers.js';
import { scanIdentifiers } from '../../src/anonymise/index.js';

/**
 * Round 22: numbers and letters read out by voice (spoken.ts). Fresh sentences; every positive case fails before
 * spoken.ts but the two phone numbers (findPhones already read those), the look-alikes pass on both. The finding
 * covers the words as dictated.
 */
const CASES: FindingCase[] = [
  ['mums mobile is oh seven nine four six three oh two one one five', [['PHONE', 'oh seven nine four six three oh two one one five']]],
  ['her number is oh seven seven double oh nine one two three four five', [['PHONE', 'oh seven seven double oh nine one two three four five']]],
  ['new address postcode B two three six T H', [['POSTCODE', 'B two three six T H']]],
  ['the car reg was y k one nine h f n', [['VEHICLE', 'y k one nine h f n']]],
  ['crime number is four seven triple two eight one', [['CASE_REF', 'four seven triple two eight one']]],
  ['they have moved to forty seven cranbrook road', [['ADDRESS', 'forty seven cranbrook road']]],
  // (…counting, ages, times and a one-to-one are prose)
  ['i have two kids aged five and seven', []],
  ['we did one two three four five with the little ones', []],
  ['a one to one with mum at half two', []],
  ['she is fifteen and in year ten', []],
  ['two or three times a week', []],
  // (…a typed identifier spaced out is left for its own detector)
  ['NI JT 48 21 93 B on the form', [['NI_NUMBER', 'JT 48 21 93 B']]],
];

describeCases('spoken numbers and letters', CASES);

describe('spoken numbers keep the caller’s offsets', () => {
  it('reports the dictated words, and the text around them is untouched', () => {
    const text = 'ring nan on oh seven seven double oh nine one two three four five tonight, she is at twenty two hillcrest road';
    const found = scanIdentifiers(text);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(found.map((f) => [f.kind, f.text])).toEqual([
      ['PHONE', 'oh seven seven double oh nine one two three four five'],
      ['ADDRESS', 'twenty two hillcrest road'],
    ]);
  });
});
