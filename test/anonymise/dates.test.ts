import { describe, expect, it } from 'vitest';
import { scanIdentifiers } from '../../src/anonymise/index.js';
import { foundOf } from './helpers.js';

describe('DATE', () => {
  it('finds dates in every common UK format', () => {
    const cases = ['12/03/2019', '12.3.19', '12-03-2019', '12th March 2019', '3rd of March', 'March 12th 2019', '2019-03-12', '1/2/15', '5 Sept 2024', 'Jan 9th', '17th december'];
    for (const d of cases) expect(foundOf('DATE', `seen on ${d} by the nurse`), d).toEqual([d]);
  });
  it('finds a weekday with an ordinal day as a date', () => {
    expect(foundOf('DATE', 'it happened on sat 12th')).toEqual(['sat 12th']);
  });
  it('suggests "[date of birth]" after DOB or born, "[date]" otherwise', () => {
    const [dob] = scanIdentifiers('DOB 1/2/15');
    expect(dob?.suggestion).toBe('[date of birth]');
    const [born] = scanIdentifiers('she was born on 4th July 2016');
    expect(born?.suggestion).toBe('[date of birth]');
    const [plain] = scanIdentifiers('meeting on 4th July 2016');
    expect(plain?.suggestion).toBe('[date]');
  });
  it('does not flag a bare month, weekday, year or month and year', () => {
    for (const t of ['in March', 'on Monday', 'since 2019', 'the May half term', 'in May 2023', 'Children Act 1989']) {
      expect(foundOf('DATE', t), t).toEqual([]);
    }
  });
  it('does not swallow a full stop after a month name', () => {
    expect(foundOf('DATE', 'seen on 3rd November. Then nothing')).toEqual(['3rd November']);
  });
  it('rejects impossible day/month combinations', () => {
    expect(foundOf('DATE', 'on 45/13/2019')).toEqual([]);
  });
});
