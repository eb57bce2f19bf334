import { describe, expect, it } from 'vitest';
import { isValidNhsNumber, isValidNiNumber, isValidUpn, upnCheckLetter } from '../../src/anonymise/index.js';
import { found, foundOf } from './helpers.js';

describe('NHS_NUMBER', () => {
  it('validates the mod-11 check digit', () => {
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('943 476 5918')).toBe(false);
    expect(isValidNhsNumber('0000000000')).toBe(false);
  });
  it('finds a valid NHS number spaced, dashed or run together', () => {
    expect(foundOf('NHS_NUMBER', 'nhs 943 476 5919')).toEqual(['943 476 5919']);
    expect(foundOf('NHS_NUMBER', 'nhs 943-476-5919')).toEqual(['943-476-5919']);
    expect(foundOf('NHS_NUMBER', 'nhs 9434765919')).toEqual(['9434765919']);
  });
  it('does not report a number with an invalid check digit as an NHS number', () => {
    expect(foundOf('NHS_NUMBER', 'nhs no 943 476 5918')).toEqual([]);
  });
});

describe('NI_NUMBER', () => {
  it('applies the HMRC prefix rules', () => {
    expect(isValidNiNumber('AB123456C')).toBe(true);
    expect(isValidNiNumber('DA123456A')).toBe(false); // D first
    expect(isValidNiNumber('AO123456A')).toBe(false); // O second
    expect(isValidNiNumber('GB123456A')).toBe(false);
    expect(isValidNiNumber('ZZ123456A')).toBe(false);
    expect(isValidNiNumber('AB123456E')).toBe(false); // suffix
  });
  it('finds NI numbers with spaces and in lower case', () => {
    expect(foundOf('NI_NUMBER', 'NI AB 12 34 56 C')).toEqual(['AB 12 34 56 C']);
    expect(foundOf('NI_NUMBER', 'ni no jk123456a')).toEqual(['jk123456a']);
  });
  it('does not find an NI number with a banned prefix', () => {
    expect(foundOf('NI_NUMBER', 'NI no TN123456A')).toEqual([]);
  });
});

describe('UPN', () => {
  it('computes the DfE check letter (weights 2..13, mod 23, letters without I, O, S)', () => {
    // 9*2+3*3+4*4+1*5+2*6+3*7+4*8+5*9+6*10+7*11+8*12+9*13 = 508; 508 mod 23 = 2 → C
    expect(upnCheckLetter('934123456789')).toBe('C');
    expect(isValidUpn('C934123456789')).toBe(true);
    expect(isValidUpn('D934123456789')).toBe(false);
  });
  it('agrees with published worked examples', () => {
    // B801200005001: 8*2+1*4+2*5+5*10+1*13 = 93, 93 mod 23 = 1 → B
    expect(isValidUpn('B801200005001')).toBe(true);
    expect(isValidUpn('A801200005001')).toBe(false);
    // census error 1510 example 207000016049: the products sum to 266, 266 mod 23 = 13 → P
    // (the published text adds to 267 and names Q; its own table maps 13 to P)
    expect(upnCheckLetter('207000016049')).toBe('P');
  });
  it('finds a valid UPN, including a temporary UPN ending in a letter', () => {
    expect(foundOf('UPN', 'UPN C934123456789 please')).toEqual(['C934123456789']);
    expect(foundOf('UPN', 'temp upn X82020512345A')).toEqual(['X82020512345A']);
  });
  it('does not find a UPN whose check letter is wrong', () => {
    expect(foundOf('UPN', 'UPN D934123456789')).toEqual([]);
  });
});

describe('PHONE and EMAIL', () => {
  it('finds UK mobiles and landlines in common layouts', () => {
    for (const p of ['07700 900123', '07700-900-123', '07700900123', '+44 7700 900123', '+44 (0)7700 900123', '0114 496 0123', '(0113) 496 0999', '020 7946 0018']) {
      expect(foundOf('PHONE', `ring ${p} today`), p).toEqual([p]);
    }
  });
  it('does not flag public helpline numbers', () => {
    expect(foundOf('PHONE', 'NSPCC on 0808 800 5000, Childline 0800 1111, Samaritans 116 123')).toEqual([]);
  });
  it('finds email addresses', () => {
    expect(foundOf('EMAIL', 'email k.nowak+school@gmail.co.uk now')).toEqual(['k.nowak+school@gmail.co.uk']);
  });
  it('does not treat times, money, percentages or section numbers as identifiers', () => {
    expect(found('at 10:30 we paid £50, attendance 62%, Section 47, s17, aged 7')).toEqual([]);
  });
});
