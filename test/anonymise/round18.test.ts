import { describeCases, type FindingCase } from './helpers.js';

/**
 * Round 18: the classes found on the read batches of tuning19 (exploitation, domestic abuse, Prevent and missing
 * children; rural, island and hill communities). Fresh sentences, none copied from the batches; every positive case
 * fails on the code before the round (142cd7d), the look-alikes pass on both.
 */
const CASES: FindingCase[] = [
  // a house or farm with no number, then its hamlet after a comma
  ['welfare check at Cefngwyn, Pontrhydygroes last night', [['ADDRESS', 'Cefngwyn, Pontrhydygroes']]],
  ['the family at High Riggs, Garsdale are struggling', [['ADDRESS', 'High Riggs, Garsdale']]],
  ['the family at High Riggs,  Garsdale are struggling', [['ADDRESS', 'High Riggs,  Garsdale']]],
  // (…a person, a town, a shop or an origin abroad before a comma is none)
  ['I spoke to Sarah, Jane agreed', [['NAME', 'Sarah'], ['NAME', 'Jane']]],
  ['they are from Mirpur, Kashmir originally', []],
  // the hamlet after a house's name is a place
  ['HV visit to Gamekeeper\'s Cottage, Ravenseat today', [['ADDRESS', "Gamekeeper's Cottage, Ravenseat"]]],
  // Welsh, Gaelic and Cornish house names after at, from or to
  ['little Osian from Tŷ Gwyn has no coat', [['NAME', 'Osian'], ['ADDRESS', 'Tŷ Gwyn']]],
  // a Welsh street before its postcode keeps its last word
  ['address 4 Heol y Felin CF24 3AB', [['ADDRESS', '4 Heol y Felin'], ['POSTCODE', 'CF24 3AB']]],
  // a van or a static on a caravan site
  ['mum is in a static on the caravan park, van 22, with the baby', [['ADDRESS', 'van 22']]],
  // a family by its surname before lad/boy/girl; a step-family word before a name; initials as a nickname
  ['we had a call about the Tulloch lad again', [['NAME', 'Tulloch']]],
  ['her step-uncle Jan stays at weekends', [['NAME', 'Jan']]],
  ['Kyle (KJ) missing since friday', [['NAME', 'Kyle'], ['NAME', 'KJ']]],
  // (…a role's letters in brackets are no nickname)
  ['Chloe (CSE) screening done', [['NAME', 'Chloe']]],
  // shows, halls, marts, systems, places between places, areas and organisations are no one
  
  ['Mart day so I am out till 2', []],
  ['is the course still on Moodle?', []],
  ['no signal between Lochmaddy and Clachan', []],
  ['HV for the Wolds patch this week', []],
  ['a call from the Moors Children\'s Trust', []],
  ['Philomena Protocol forms are due', []],
  // a school's size and a child's stage are no school's name; a school subject before a year is no one
  ['a two-teacher school in the dale', []],
  ['follow the Non-Mobile Infants protocol', []],
  ['they study Maths (Y8) here', []],
  
];

describeCases('round 18 (tuning19)', CASES);
