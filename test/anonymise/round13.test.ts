import { describeCases, type FindingCase } from './helpers.js';

/**
 * Round 13: the classes found on the read batches of tuning14 (housing and council staff; midwives, health visitors and
 * practice staff). Fresh sentences, none copied from the batches; every positive case fails on the code before the
 * round, the look-alikes pass on both.
 */
const CASES: FindingCase[] = [
  // a council tax or benefit account, a claim, a repairs job: a reference that leads to a household
  ['c tax acc 5002871163 is in arrears', [['CASE_REF', '5002871163']]],
  ['her UC claim 44019372 was closed', [['CASE_REF', '44019372']]],
  ['the repairs job B-551920 was cancelled', [['CASE_REF', 'B-551920']]],
  ['FW: RES-118204-03 - inspection', [['CASE_REF', 'RES-118204-03']]],
  // (…but an amount, a count or an IT job is no one's)
  ['she can claim 2000 back and we account for 300 families', []],
  ['IT job K-448120 is still open', []],
  // a nickname in quotes in brackets after the name; a name after a partner word; a family before a word of casework
  ['Keyworker note: Reuben ("roo") 16 not back', [['NAME', 'Reuben'], ['NAME', 'roo']]],
  ['her mums new fella dezzy shouts at her', [['NAME', 'dezzy']]],
  ['who is doing the Przybylski visit tomorrow?', [['NAME', 'Przybylski']]],
  ['is the Adeyemi case on the list?', [['NAME', 'Adeyemi']]],
  // (…but an inspectorate, a town or a product before the same words is none)
  ['the Ofsted visit went well and the Zoom meeting is at 2', []],
  // a quoted word after calling someone by role
  ['nan calls the toddler "Bubs" at home', [['NAME', 'Bubs']]],
  ['he called the teacher "horrible" in class', []],
  // a given name that is also a place, before a school year in brackets; a suburb as the school in that bracket
  ['Tyrone (yr 9) says he was pushed', [['NAME', 'Tyrone']]],
  ['the boy (Y8, Bishopsworth) was sent home', [['SCHOOL', 'Bishopsworth']]],
  // (…but a trip to a town in a year group, and a city after the year, are places)
  ['the trip to Chester (Y10 only) is off', []],
  ['the girl (Y7, Hackney) is new', []],
  // a pupil's age, a full stop, then the school
  ['she is 7. at st josephs. mum says fine', [['SCHOOL', 'st josephs']]],
  // a hotel room after "its"
  ['its room 214, holiday inn by the airport', [['ADDRESS', 'room 214']]],
  ['its room 4 at school today', []],
  // a given name and where they work, signing off
  ['can you ring me back?\nSue reception', [['NAME', 'Sue']]],
  // a given name that is also a word, opening an update about them
  ['Ivy update - she is home now', [['NAME', 'Ivy']]],
  // trading names, and the surname in them, are firms
  ['the landlord, Mr Deepak Rana of Rana Estates, rang', [['NAME', 'Deepak Rana']]],
  ['letter from Okafor & Webb Lettings about the flat', []],
  // an abbreviation, an incident system and a district are no one
  ['covering my cases inc the Mensahs', [['NAME', 'Mensahs']]],
  ['Datix done. anything else?', []],
  ['lots of new families in the Harehills area', []],
];

describeCases('round 13 (tuning14)', CASES);
