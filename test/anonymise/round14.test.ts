import { describeCases, type FindingCase } from './helpers.js';

/**
 * Round 14: the classes found on the read batches of tuning15 (templated multi-agency messages; secondary, youth and
 * CAMHS staff typing by hand). Fresh sentences, none copied from the batches; every positive case fails on the code
 * before the round (358829c), the look-alikes pass on both.
 */
const CASES: FindingCase[] = [
  // a capitalised word greeted on a greeting line of its own is the person greeted, even an everyday word
  ['Hi Kat,\nplease see below', [['NAME', 'Kat']]],
  ['Hiya Tink,\nquick one re yr 9', [['NAME', 'Tink']]],
  // (…but an endearment or a group is no one)
  ['Hi Hun,\nquick one', []],
  ['Morning Sunshine,\nhope ok', []],
  // a given name that is also a word, opening the message, then a state only a person is in
  ['Joy is back in school today, mum says fine', [['NAME', 'Joy']]],
  ['Will has been saying he wants to go home', [['NAME', 'Will']]],
  ['Precious refusing her meds again on the ward', [['NAME', 'Precious']]],
  ['ruby is back from her dads and seems flat', [['NAME', 'ruby']]],
  // (…but an abstract noun, or a gerund, opening a sentence is none)
  ['Faith is important to the family and they pray daily', []],
  ['Refusing treatment is her right at 16', []],
  // a gamer tag after "tag", only when shaped like one
  ['his tag is wolfy2009 on xbox', [['HANDLE', 'wolfy2009']]],
  ['her name tag is on the lanyard', []],
  // a quoted nickname after "aka"
  ['Nominal: Dwayne aka "T-Dog", 16', [['NAME', 'Dwayne'], ['NAME', 'T-Dog']]],
  // a chronology: two or more lines opening with a short date
  ['chronology:\n4/11 missed appt\n18/11 mum rang in upset', [['DATE', '4/11'], ['DATE', '18/11']]],
  // (…one line opening with a fraction is none)
  ['scores today\n2/3 of the group attended', []],
  // a teacher by title in brackets after "School" is a person, not the school's name
  ['School (Mr Okoro) said she is often late', [['NAME', 'Okoro']]],
  // small people in lower case are not a nursery; a nursery still is
  ['passing bags to little ones on scooters', []],
  ['she goes to little acorns three days', [['SCHOOL', 'little acorns']]],
  // a bare number after an everyday word counts it, not an age
  ['the TA only has safeguarding Level 2', []],
  // places: joined to a place, after "at", after a verb of custody, or where someone was taken
  ['Swansea & Vale ref is below', []],
  ['the clinic at Whitechapel rang', []],
  ['he was remanded to Wetherby last week', []],
  ['dad has taken their passports and the kids to Mirpur', []],
  // (…a person given something is still a person)
  ['he took the phone and handed it to Oksana', [['NAME', 'Oksana']]],
  // brands, the national scheme, a team and a part of the body are no one
  ['new Canada Goose and Air Max every week, from River Island too', []],
  ['is the pharmacy signed up to Ask for Angela?', []],
  ['he has the Saints trials on Saturday', []],
  ['came in with abdo pain and vomiting', []],
  // (…but a family before a word of family is still a family)
  ['the Nowaks moved last week', [['NAME', 'Nowaks']]],
];

describeCases('round 14 (tuning15)', CASES);
