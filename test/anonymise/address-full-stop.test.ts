import { describe, expect, it } from 'vitest';
import { applyReplacements, scanIdentifiers } from '../../src/anonymise/index.js';
import { foundOf } from './helpers.js';

/**
 * A full stop after an address is the sentence's, not the address's: replacing the address keeps it.
 * Only an abbreviation's stop (`St.`, `Rd.`) in a sentence that plainly goes on stays in the finding.
 */
const CASES: [text: string, address: string, replaced: string][] = [
  ['She lives at 45 Station Road. Mum works nights.', '45 Station Road', 'She lives at [address]. Mum works nights.'],
  ['It is 14 Beech Road.', '14 Beech Road', 'It is [address].'],
  ['lives at 12 Mill Rd.\nMum says', '12 Mill Rd', 'lives at [address].\nMum says'],
  ['Address is 3 High St. Her mum says no', '3 High St', 'Address is [address]. Her mum says no'],
  // a town after the abbreviation reads the same with the stop left in the text
  ['He moved to 3 High St. Bristol is far', '3 High St', 'He moved to [address]. Bristol is far'],
  ['Flat 6, Marlowe House, Kingsway St. Next week', 'Flat 6, Marlowe House, Kingsway St', '[address]. Next week'],
  // abbreviations inside the address stay inside
  ['lives at 12 St. Mary\'s Road. Mum rang', "12 St. Mary's Road", 'lives at [address]. Mum rang'],
  // the sentence goes on: the abbreviation keeps its stop
  ['lives at 3 High St., Leeds', '3 High St.', 'lives at [address], Leeds'],
  ['lives at 3 high st. two doors down', '3 high st.', 'lives at [address] two doors down'],
];

describe('an address before a full stop', () => {
  for (const [text, address, replaced] of CASES) {
    it(JSON.stringify(text), () => {
      expect(foundOf('ADDRESS', text)).toEqual([address]);
      expect(applyReplacements(text, scanIdentifiers(text).filter((f) => f.kind === 'ADDRESS'))).toBe(replaced);
    });
  }
});
