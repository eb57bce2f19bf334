import { describeCases, type FindingCase } from './helpers.js';

/**
 * Round 12: the classes found on the read batches of tuning13 (housing and refuge staff; sport, faith and music
 * volunteers). Fresh sentences, none copied from the batches; every positive case fails on the code before the round,
 * the look-alikes pass on both.
 */
const CASES: FindingCase[] = [
  // a room where the message is about a hotel placement or a hostel's night staff, or in brackets after a resident
  ['the family are in room 9 at the Premier Inn for now', [['ADDRESS', 'room 9']]],
  ['night staff say he is in rm 12 most days', [['ADDRESS', 'rm 12']]],
  ['Resident: Tomasz Wrobel (Room 4)', [['NAME', 'Tomasz Wrobel'], ['ADDRESS', 'Room 4']]],
  // (…but a classroom is no home)
  ['the meeting is in room 9 at school', []],
  // a form label for who was on duty or who reported, then the people
  ['Staff on duty: Neelu / Marek', [['NAME', 'Neelu'], ['NAME', 'Marek']]],
  ['Reported by: Kesi', [['NAME', 'Kesi']]],
  // a named street of a weaker word at the end, top or corner of which someone was
  ['found him sitting at the top of Heron Way', [['ADDRESS', 'Heron Way']]],
  // (…but a day or a term is no street)
  ['at the end of Half Term we will review', []],
  // a given name greeted, then the writer introducing themselves, even when the name is an everyday word
  ['hi will its tash from netball', [['NAME', 'will'], ['NAME', 'tash']]],
  ['hi hope its ok to ask about the rota', []],
  // the school a uniform is for
  ['her uniform for Sacred Heart is too small', [['SCHOOL', 'Sacred Heart']]],
  ['they need new uniform for September', []],
  ['a jumper from Primark', []],
  // a given name opening a sentence in lower case, then a verb of telling
  ['grace told me her stepdad hits her', [['NAME', 'grace']]],
  ['mate said it was fine', []],
  // a hotel chain is no person
  ['the Travelodge placement is ending', []],
];

describeCases('round 12 (tuning13)', CASES);
