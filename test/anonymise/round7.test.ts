import { describeCases, type FindingCase } from './helpers.js';

/**
 * Round 7: the given names registered for babies in the UK (data/registered-names.ts: ONS, NRS, NISRA; the
 * REGISTERED lexicon bit), and three mends found with them. Fresh sentences, none copied from a batch; every
 * positive case fails on the code before the round, the look-alikes pass on both.
 */
const CASES: FindingCase[] = [
  // lower-case given names in no other list, where a name sits but no context cue alone is enough
  ['mum said she is leaving ugne with her nan tonight', [['NAME', 'ugne']]],
  ['fyi kasia and dawid were at the park till 11', [['NAME', 'kasia'], ['NAME', 'dawid']]],
  ['mum said she is leaving them with her nan tonight', []],
  // after "that", a listed given name opens the clause ("that" is a conjunction there, not a determiner)
  ['i heard that albie was hit with a belt', [['NAME', 'albie']]],
  ['she told me that yonas sleeps at his mates', [['NAME', 'yonas']]],
  ['i heard that lanyard was left in the car', []],
  // a registered name in capitals is an acronym unless another name list has it too
  ['Attendees: Police (CAIT), CSC team manager, school nurse', []],
  ['Child: THARSHAN KUMAR, 7, brought in by his uncle', [['NAME', 'THARSHAN KUMAR']]],
  // a place of two to four words stays a place: beside a list of names, and after "joined from"
  ['New Y8 from Hong Kong, Jade Wilson, just registered. Dad is still in HK.', [['NAME', 'Jade Wilson']]],
  ['Tsz Hin (Y8) joined from Hong Kong last week', [['NAME', 'Tsz Hin']]],
  ['she moved up from Market Harborough in the summer', []],
  ['she moved up from Oak Hill Primary in the summer', [['SCHOOL', 'Oak Hill Primary']]],
];

describeCases('round 7: registered given names and the mends found with them (fresh sentences)', CASES);
