import { describeCases, type FindingCase } from './helpers.js';

/**
 * Round 16: the classes found on the read batches of tuning17 (front-line health and police staff dictating between
 * jobs; school and college staff in the four nations). Fresh sentences, none copied from the batches; every positive
 * case fails on the code before the round (1e3054e), the look-alikes pass on both.
 */
const CASES: FindingCase[] = [
  // an address a crew or an officer attended, in lower case
  ['attended 22 meadow rise at 3am, kids alone', [['ADDRESS', '22 meadow rise']]],
  // a writer introducing themselves by a given name that is also a modal
  ['hiya its Will from the neighbourhood team', [['NAME', 'Will']]],
  // a modal cannot follow "is": the given name can
  ['is will still open to social care?', [['NAME', 'will']]],
  // (…a modal where a modal goes)
  ['what will happen at the meeting?', []],
  // a school by attendance, by a new starter, by the lads there
  ['she hasnt been at Greenhill for two weeks', [['SCHOOL', 'Greenhill']]],
  ['new starter at Fernwood, no records yet', [['SCHOOL', 'Fernwood']]],
  ['the girls at st cuthberts call her names', [['SCHOOL', 'st cuthberts']]],
  // a given name before a surname that is also a house's head word is a person…
  ['bail conditions not to contact Gemma Hall', [['NAME', 'Gemma Hall']]],
  // (…after an address verb, a house)
  ['she is staying at Ivy Lodge for now', [['ADDRESS', 'Ivy Lodge']]],
  // "from home called X" calls the person, not the home
  ['a lad from home called Reece keeps messaging', [['NAME', 'Reece']]],
  // a meeting's date, not a reference; an NHS number grouped 4-3-3 after its label
  ['MARAC 14/06 for mum, ref to follow', [['DATE', '14/06']]],
  ['nhs no 4010 232 137 on the letter', [['NHS_NUMBER', '4010 232 137']]],
  // (…the same digits with no label are not an NHS number)
  ['call 4010 232 137 if no answer', []],
  // a pupil by the writer's own class; an everyday-word name after "little" before a verb; a name between commas
  ['Grace in my P6 was upset at break', [['NAME', 'Grace']]],
  ['little grace said her dad shouts', [['NAME', 'grace']]],
  ['the boy in the blue coat, ruby, keeps crying', [['NAME', 'ruby']]],
  // places, groups and schemes are no one
  ['crew refused convey to Tynedale', []],
  ['Daisy Class went to the park', []],
  ['the lads in 10 Severn keep pushing him', []],
  ['Osian (Dosbarth Enfys) was upset', [['NAME', 'Osian']]],
  ['shes going to Sarahs Law him', []],
  ['Jay (resi, yr 10) absconded', [['NAME', 'Jay']]],
];

describeCases('round 16 (tuning17)', CASES);
