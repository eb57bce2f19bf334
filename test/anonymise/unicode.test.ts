import { describe, expect, it } from 'vitest';
import { applyReplacements, scanIdentifiers, type IdentifierKind } from '../../src/anonymise/index.js';
import { normalise } from '../../src/anonymise/normalise.js';

/** Spacing pasted from Outlook, Word and case systems. */
const SPACES: [string, string][] = [
  ['a no-break space', '\u00a0'],
  ['a narrow no-break space', '\u202f'],
  ['an en space', '\u2002'],
  ['a thin space', '\u2009'],
  ['a hair space', '\u200a'],
  ['an ideographic space', '\u3000'],
  ['a doubled space', '  '],
  ['a space and a no-break space', ' \u00a0'],
  ['a zero-width space', '\u200b'],
  ['a space and a zero-width space', ' \u200b'],
  ['a zero-width joiner', '\u200d'],
  ['a word joiner', '\u2060'],
  ['a byte-order mark', '\ufeff'],
];

/** [kind, a template with `_` where the spacing goes]. */
const SHAPES: [IdentifierKind, string][] = [
  ['NHS_NUMBER', '943_476_5919'],
  ['POSTCODE', 'S2_4PL'],
  ['PHONE', '07700_900123'],
  ['PHONE', '0114_496_0000'],
  ['NI_NUMBER', 'QQ_12_34_56_C'.replace('QQ', 'AB')],
  ['DATE', '12th_March_2019'],
  ['VEHICLE', 'AB12_CDE'],
];

describe('identifiers written with Unicode spacing are found, at the user\'s own offsets', () => {
  for (const [kind, template] of SHAPES) {
    for (const [label, space] of SPACES) {
      // "12th<ZWSP>March" shows on screen as "12thMarch": a zero-width character alone does not separate words
      if (kind === 'DATE' && /^[\u200b-\u200d\u2060\ufeff]+$/.test(space)) continue;
      it(`${kind} ${template.replace(/_/g, ' ')} with ${label}`, () => {
        const value = template.replace(/_/g, space);
        const text = `pls advise: ${value} is on the form 😡`;
        const hit = scanIdentifiers(text).find((f) => f.kind === kind);
        expect(hit, JSON.stringify(text)).toBeDefined();
        expect(hit?.text).toBe(value);
        expect(text.slice(hit?.start, hit?.end)).toBe(value);
      });
    }
  }

  it('full-width digits and letters', () => {
    const nhs = '９４３\u3000４７６\u3000５９１９';
    const pc = 'Ｓ２\u00a0４ＰＬ';
    const text = `NHS ${nhs}, lives at ${pc}`;
    const fs = scanIdentifiers(text);
    expect(fs.map((f) => [f.kind, f.text])).toEqual([
      ['NHS_NUMBER', nhs],
      ['POSTCODE', pc],
    ]);
  });

  it('Unicode hyphens in a dashed number', () => {
    const text = 'nhs no 943\u2011476\u20105919';
    expect(scanIdentifiers(text).map((f) => [f.kind, f.text])).toEqual([['NHS_NUMBER', '943\u2011476\u20105919']]);
  });

  it('names and streets across no-break and doubled spaces, replaced in the original text', () => {
    const text = 'Kacper\u00a0Nowak  lives at 14\u00a0Beech\u202fRoad with mum';
    const fs = scanIdentifiers(text);
    expect(fs.map((f) => [f.kind, f.text])).toEqual([
      ['NAME', 'Kacper\u00a0Nowak'],
      ['ADDRESS', '14\u00a0Beech\u202fRoad'],
    ]);
    expect(applyReplacements(text, fs)).toBe('[name]  lives at [address] with mum');
  });

  it('zero-width characters around a finding stay outside it', () => {
    const text = 'tel \u200b07700 900123\u200b today';
    expect(scanIdentifiers(text).map((f) => f.text)).toEqual(['07700 900123']);
  });

  it('emoji joined with zero-width joiners before a finding keep offsets right', () => {
    const text = '👨\u200d👩\u200d👧 family, dob 12/03/2019';
    const [f] = scanIdentifiers(text);
    expect(f?.text).toBe('12/03/2019');
    expect(f?.start).toBe(text.indexOf('12/03'));
  });
});

describe('normalise', () => {
  it('returns plain text unchanged, with no maps', () => {
    const n = normalise('plain text, one space each');
    expect(n.text).toBe('plain text, one space each');
    expect(n.starts).toBeNull();
  });

  it('maps every normalised character back to the original', () => {
    const original = 'a\u00a0\u00a0b\u200bc\uff11\u2028d';
    const n = normalise(original);
    expect(n.text).toBe('a bc1\nd');
    expect(Array.from(n.starts ?? [])).toEqual([0, 1, 3, 5, 6, 7, 8, 9]);
  });
});
