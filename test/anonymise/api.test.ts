import { describe, expect, it } from 'vitest';
import { IDENTIFIER_KINDS, applyReplacements, scanIdentifiers } from '../../src/anonymise/index.js';

describe('public API', () => {
  it('exports the thirteen kinds in contract order', () => {
    expect(IDENTIFIER_KINDS).toEqual(['NAME', 'DATE', 'ADDRESS', 'POSTCODE', 'PHONE', 'EMAIL', 'NHS_NUMBER', 'NI_NUMBER', 'UPN', 'SCHOOL', 'CASE_REF', 'HANDLE', 'VEHICLE']);
  });

  it('returns findings sorted by start and non-overlapping, with text equal to the slice', () => {
    const text = 'Name: Kacper Nowak\nDOB: 14/02/2016\nAddress: Flat 3, 12 Oak Road, Sheffield S2 4PL\nTel 07700 900123';
    const fs = scanIdentifiers(text);
    for (let i = 0; i < fs.length; i++) {
      const f = fs[i];
      if (!f) continue;
      expect(text.slice(f.start, f.end)).toBe(f.text);
      const next = fs[i + 1];
      if (next) expect(f.end).toBeLessThanOrEqual(next.start);
    }
    expect(fs.map((f) => f.kind)).toEqual(['NAME', 'DATE', 'ADDRESS', 'POSTCODE', 'PHONE']);
  });

  it('reports UTF-16 offsets correctly after emoji (surrogate pairs)', () => {
    const text = '😡😡 👩‍👧 Kacper’s mum 🙏 07700 900123';
    const fs = scanIdentifiers(text);
    expect(fs.map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([
      ['NAME', 'Kacper'],
      ['PHONE', '07700 900123'],
    ]);
    expect(fs[0]?.start).toBe(text.indexOf('Kacper'));
  });

  it('finds the same in a message however many other messages were scanned before it (the memo of word classes)', () => {
    // ("mãe" tests the accented-family-word override, which the memo must keep per word as typed)
    const text = 'Hi Trace,\nher mãe said Summer (Y8) and kacpers mum came in re the Fletchers. Thanks\nJo';
    const first = scanIdentifiers(text);
    expect(first.map((f) => f.text)).toContain('Summer');
    // more distinct words than the memo holds, so it fills and is cleared at least once
    for (let k = 0; k < 1500; k++) scanIdentifiers(Array.from({ length: 20 }, (_, j) => `Zq${(k * 20 + j).toString(36)}wd`).join(' '));
    expect(scanIdentifiers(text)).toEqual(first);
    // the same letters typed with and without the accent are two words: neither's class stands in for the other's
    expect(scanIdentifiers('her mae said she was fine').map((f) => f.text)).toEqual(['mae']);
    expect(scanIdentifiers('her mãe said she was fine')).toEqual([]);
    expect(scanIdentifiers('her mae said she was fine').map((f) => f.text)).toEqual(['mae']);
  });

  it('handles a pasted multi-line form', () => {
    const text = 'Child: Amelia Crossley\nD.O.B: 03.09.2018\nSchool: Meadowhall Primary\nNHS No: 943 476 5919';
    expect(scanIdentifiers(text).map((f) => [f.kind, f.text])).toEqual([
      ['NAME', 'Amelia Crossley'],
      ['DATE', '03.09.2018'],
      ['SCHOOL', 'Meadowhall Primary'],
      ['NHS_NUMBER', '943 476 5919'],
    ]);
  });

  it('applyReplacements replaces each finding with its suggestion', () => {
    const text = "Kacper's mum, DOB 1/2/15, lives at 14 Beech Road S60 2UD, tel 07700 900123";
    expect(applyReplacements(text, scanIdentifiers(text))).toBe(
      "[name]'s mum, DOB [date of birth], lives at [address] [postcode], tel [phone number]",
    );
  });

  it('applyReplacements works whatever order the findings are given in', () => {
    const text = 'Mr Okafor rang 07700 900123';
    const fs = scanIdentifiers(text).reverse();
    expect(applyReplacements(text, fs)).toBe('Mr [name] rang [phone number]');
  });

  it('returns no findings for empty text', () => {
    expect(scanIdentifiers('')).toEqual([]);
  });
});
