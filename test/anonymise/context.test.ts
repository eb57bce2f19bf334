import { describe, expect, it } from 'vitest';
import type { IdentifierKind } from '../../src/anonymise/index.js';
import { found } from './helpers.js';

/** Identifiers found by a cue a few words away, in the shapes practitioners type. */
const CASES: [string, [IdentifierKind, string][]][] = [
  ['absent Mon 3/2, Tue 4/2 and again Fri 7/2', [['DATE', '3/2'], ['DATE', '4/2'], ['DATE', '7/2']]],
  ['absent 9/6, 10/6, 13/6. Mum texted', [['DATE', '9/6'], ['DATE', '10/6'], ['DATE', '13/6']]],
  ['DOB: 21 / 02 / 2009', [['DATE', '21 / 02 / 2009']]],
  ['their EHM id (EH-204418) and worker', [['CASE_REF', 'EH-204418']]],
  ['care proceedings no. LS24C01873 and the carer', [['CASE_REF', 'LS24C01873']]],
  ['is due at crown court (T20247731) next month', [['CASE_REF', 'T20247731']]],
  ['Reference for the NRM is NRM-2024-55301. LA age assessment', [['CASE_REF', 'NRM-2024-55301']]],
  ['MRN MT 2290415, presented', [['CASE_REF', 'MT 2290415']]],
  ['sorry cpoms is down, IT ticket ref 6492083124, will log later', []],
  ['theyre both on snap, his is (ty.rese_07)', [['HANDLE', 'ty.rese_07']]],
  ['found the carers on facebook (tommy.k.1979) and sent a request', [['HANDLE', 'tommy.k.1979']]],
  ['groomed on xbox by a guy who calls himself ReaperKing0x', [['HANDLE', 'ReaperKing0x']]],
  ['see www.gov.uk and nspcc.org.uk for guidance', []],
  ['drove off in a silver corsa yk19 hbx', [['VEHICLE', 'yk19 hbx']]],
  ['collected him in a Qashqai (lr70 ukd)', [['VEHICLE', 'lr70 ukd']]],
  ['his car is 12 yrs old', []],
  ['he stays at his nans at 22 hillcrest most nights', [['ADDRESS', '22 hillcrest']]],
  ['bibi lives at 14a cromer st. is it private fostering', [['ADDRESS', '14a cromer st.']]],
  ['He says he lives in room 9, Westgate Foyer.', [['ADDRESS', 'room 9, Westgate Foyer']]],
  ['visited on pitch 7, Meadowside traveller site today', [['ADDRESS', 'pitch 7, Meadowside traveller site']]],
  ['He lives at The Old Forge, Back Lane and drives', [['ADDRESS', 'The Old Forge, Back Lane']]],
  ['a tenancy check at willow barn, hollins lane and', [['ADDRESS', 'willow barn, hollins lane']]],
  ['the Stoicas at 5a brunswick terrace s3 8nd have 6 kids', [['NAME', 'Stoicas'], ['ADDRESS', '5a brunswick terrace'], ['POSTCODE', 's3 8nd']]],
];

describe('identifiers with a cue a few words away', () => {
  for (const [text, expected] of CASES) {
    it(JSON.stringify(text), () => {
      expect(found(text)).toEqual(expected);
    });
  }
});
