import { describeCases, type FindingCase } from './helpers.js';

/**
 * Round 11: the classes found on the second read batch of tuning12 (library, leisure, youth, faith and site staff).
 * Fresh sentences, none copied from the batch; every positive case fails on the code before the round, the
 * look-alikes pass on both.
 */
const CASES: FindingCase[] = [
  // a surname that is also a ward's word, with a verb that takes a person before or after the pair
  ['Supporting Edna Ward with her forms today', [['NAME', 'Edna Ward']]],
  ['Edna Ward phoned again about the rent', [['NAME', 'Edna Ward']]],
  // (…but a ward by its name stays a ward)
  ['she is on Edna Ward at the General', []],
  ['I visited Rainbow Ward yesterday', []],
  // a police reference numbered by its date
  ['crime ref from the first call NY-20231130-0442', [['CASE_REF', 'NY-20231130-0442']]],
  // (…as one numbered by its year already was)
  ['got ref SY-2024-0817 for it', [['CASE_REF', 'SY-2024-0817']]],
  // plural abbreviations, account words and words of faith practice are no people
  ['the club has the kids UPNs on file', []],
  ['Username and Password were on a sticky note', []],
  ['collected on Shabbat by their dad', []],
  ['we told giani ji on Sunday', []],
];

describeCases('round 11 (tuning12)', CASES);
