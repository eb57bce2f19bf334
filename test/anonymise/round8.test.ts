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
  // greetings and blessings of several words whose words are also given names; words of faith practice
  ['Jai Shree Ram everyone, quick one about the Sunday class', []],
  ['Dia dhuit Siobhán, a question about a P5 pupil', [['NAME', 'Siobhán']]],
  ['Thanks for this.\nJazakAllahu khairan', []],
  ['he is struggling with his Qaida and the teacher shouted at him', []],
  ['Tapadh leat, Eilidh', [['NAME', 'Eilidh']]],
  // islands, and a destination after "heading for"
  ['the residential is on Arran this year, do the volunteers need DBS', []],
  ['mum says Arran is staying with his gran', [['NAME', 'Arran']]],
  ['the family were last seen heading for Holyhead on Friday', []],
  ['a cousin took them to Lundy for the day', []],
  // "named" before a role is an adjective
  ['every club needs a named Welfare Officer by September', []],
  ['a boy named Tobias said his uncle hits him', [['NAME', 'Tobias']]],
  // public figures and characters by the whole of their names
  ['the Y9 boys keep quoting Andrew Tate at the girls', []],
  ['she wants to meet Taylor Swift and saved up all year', []],
  // Welsh and Irish school words; a greeting in Gaelic before the writer's name
  ['Bore da, Gwenno o Meithrinfa Tŷ Bach yma', [['NAME', 'Gwenno'], ['SCHOOL', 'Meithrinfa Tŷ Bach']]],
  ['she moved to Naíscoil na Seolta after Easter', [['SCHOOL', 'Naíscoil na Seolta']]],
  ['Halò Ruairidh, its Catriona from the cròileagan', [['NAME', 'Ruairidh'], ['NAME', 'Catriona']]],
  // a house name with its article, before a town and a postcode
  ['the children are at Bryn y Môr, Nefyn LL53 6HA with their aunt', [['ADDRESS', 'Bryn y Môr'], ['POSTCODE', 'LL53 6HA']]],
  // a room in a hotel or refuge, a bay on a site
  ['asylum-seeking lad, age disputed. Address: Room 214, contingency hotel near the airport', [['ADDRESS', 'Room 214, contingency hotel']]],
  ['mum has gone into a refuge, room 9, and wants the school told', [['ADDRESS', 'room 9']]],
  ['the Traveller site manager says the family on bay 11 have left', [['ADDRESS', 'bay 11']]],
  ['meet at bay 11 of the bus station at 8', []],
  // a possessive typed without its apostrophe: before a family word in another language, a record, an age
  ['amiras nani has been picking her up drunk', [['NAME', 'amiras']]],
  ['Deshawns UPN is on the referral form', [['NAME', 'Deshawns']]],
  ['kids are kayleighs 9 and brookes 6, both at the juniors', [['NAME', 'kayleighs'], ['NAME', 'brookes']]],
  // …and an everyday-word name before a family word, where nothing makes it a verb or a plural
  ['Blossoms dad came in shouting at pick up', [['NAME', 'Blossoms']]],
  ['Honeys mum asked if we could keep her late', [['NAME', 'Honeys']]],
  ['she hopes dad will come to the meeting', []],
  ['Says dad took her phone off her', []],
  ['the bears mum was a puppet in the show', []],
  // a town or a world city after a verb of going is a trip, not a school, even one that is also a surname
  ['mum went to Dublin and left them with a neighbour', []],
  ['they are going to Kettering, mum says, and she will not give the address', []],
  ['the family is at Appleby fair till Tuesday so the kids are off', []],
  ['he went to Greenside before he moved up', [['SCHOOL', 'Greenside']]],
  // a child by a given name, then "at" and a name in no word list: the child's school (not a professional's office)
  ['her brother Dawid at Ravenscliffe is on a plan too', [['NAME', 'Dawid'], ['SCHOOL', 'Ravenscliffe']]],
  ['Kyle (Y5) at Moorlands told me his mum left', [['NAME', 'Kyle'], ['SCHOOL', 'Moorlands']]],
  ['I spoke to Gemma at Meadowcroft about the referral', [['NAME', 'Gemma']]],
  ['he swore at Dawit in the corridor', [['NAME', 'Dawit']]],
  // a sentence-opening everyday-word name before a state only a person is in
  ['Summer has been reported missing overnight again', [['NAME', 'Summer']]],
  ['Grace is really upset today and would not say why', [['NAME', 'Grace']]],
  ['Summer is busy for the youth club so we need cover', []],
  // football clubs whose names read as a person's
  ['the Aston Villa foundation runs the holiday camp', []],
];

describeCases('round 8: OS Open Names localities and the classes of the read batches (fresh sentences)', CASES);
