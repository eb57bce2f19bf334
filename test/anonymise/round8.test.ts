import { describeCases, type FindingCase } from './helpers.js';

/**
 * Round 8: the settlements of Great Britain in OS Open Names (data/os-places.ts, the LOCALITY lexicon bit), and the
 * classes found on the read batches. Fresh sentences, none copied from a batch; every positive case fails on the code
 * before the round, the look-alikes pass on both.
 */
const CASES: FindingCase[] = [
  // a village, hamlet or suburb under GeoNames' 1,000 people is a place, not a name
  ['Peak District for half term, staying at Castleton. One of the leaders has no DBS.', []],
  ['we did the walk from Tregony to Porthallow and one lad went missing for an hour', []],
  ['the family moved out to Rushey Mead last year, mum said', []],
  // …but schools are named after villages and suburbs, so a locality never stops a school
  ['hes 9 and goes to Greenside, the transport escort asked', [['SCHOOL', 'Greenside']]],
  ['she is still on roll at Parkside i think', [['SCHOOL', 'Parkside']]],
  // and a name beside it is still a name
  ['Kayden Marsh from Castleton was seen with an older lad', [['NAME', 'Kayden Marsh']]],
];

describeCases('round 8: OS Open Names localities and the classes of the read batches (fresh sentences)', CASES);
