import { describeCases, type FindingCase } from './helpers.js';

/**
 * Round 10: the classes found on the read batch of tuning12 (secondary-school and college staff). Fresh sentences, none
 * copied from the batch; every positive case fails on the code before the round, the look-alikes pass on both.
 */
const CASES: FindingCase[] = [
  // a department by its abbreviation is no person, even before a verb of speech
  ['the maths dept told her to stop', []],
  ['Colleague in the History dept said he was fine', []],
  // a need or a status after the year in brackets is no school
  ['Re the girl (Y10, EAL) - the interpreter says she is scared', []],
  ['a boy (Y8, FSM) has no coat', []],
  // (…but a school there still is)
  ['the lad (Y9, Highfields) was excluded', [['SCHOOL', 'Highfields']]],
  // a rota line: the name after a day says who covers it
  ['DSL cover:\n- Mon/Tue: Mrs Okoro\n- Wed: Gareth\n- Thu: me', [['NAME', 'Okoro'], ['NAME', 'Gareth']]],
  ['Thurs: Gareth', [['NAME', 'Gareth']]],
  // (…but an everyday word after a day is the day's plan)
  ['Mon: Staff meeting\nFri: Will is off', []],
  ['Tue: Swimming\nThu: Leeds trip', []],
];

describeCases('round 10 (tuning12)', CASES);
