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
  // (…also when the same message names a child with one of its words: the child's name does not spread into the pair)
  ['our lad Bear (8) wants to be Bear Grylls when he grows up', [['NAME', 'Bear']]],
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
  // laws, rules and guidelines named after people, also in a subject line; a role of several words after a label
  ['Re: Jade\'s Law - can a dad who hurt mum still have contact?', []],
  ['the family asked for Martha\'s Rule on the ward', []],
  ['I have done Gillick and he is competent', []],
  ['Worker: Duty Social Worker, Leeds Children\'s Services', []],
  ['Worker: Ayesha Malik, Duty Team', [['NAME', 'Ayesha Malik']]],
  // a surname in the lists that the registrars give many babies is a given name too
  ['salaam amal sorry to message so late, a girl in my group', [['NAME', 'amal']]],
  // a ticket identifies no one; a reference of two letter parts and digits does
  ['raised an IT ticket (INC0077123) as the laptop will not log in', []],
  ['MARAC/BDF/4471 was heard on Tuesday', [['CASE_REF', 'MARAC/BDF/4471']]],
  // a nickname after calling someone; the header lines of a forwarded e-mail
  ['his real name is Oskar but we call him tiger at the club', [['NAME', 'Oskar'], ['NAME', 'tiger']]],
  ['please can you call him back tomorrow', []],
  ['-----\nFrom: office@example.sch.uk\nSent: Monday\nTo: DSL\nSubject: transfer', [['EMAIL', 'office@example.sch.uk']]],
  // words of the trade and of speech the lists miss; prefixes; hyphenated places; titles of office
  ['Year 8 boy asking about vapes in the toilets', []],
  ['the mum was vaping in the car with the baby', []],
  ['is this a Co-operating to Safeguard case or just advice', []],
  ['Community Support Officer, Dyfed-Powys', []],
  ['Constable Aaron Gillespie, Strand Road station, rang about Oisín', [['NAME', 'Aaron Gillespie'], ['NAME', 'Oisín']]],
  ['Sergeant Tom Pryce, Strand Road station, rang', [['NAME', 'Tom Pryce']]],
  ['the twins have been sleeping in a Moses basket at a friend\'s', []],
  // places that are names too, alone after "in", before a station or a fair; ages in a row; words for anyone
  ['Teacher in Hamilton here, S3 boys sharing pics', []],
  ['she was dropped at Buchanan bus station at 11', []],
  ['the family will be at Appleby horse fair till June', []],
  ['the older ones (13/14) say they were offered vapes', []],
  ['Mate said he saw it all', []],
  ['absent on 11/12 and again on 12/12', [['DATE', '11/12'], ['DATE', '12/12']]],
  // a football academy is no school
  ['his dad says he is in the Swansea City academy', []],
  // a football club that reads as a person's does not make its town a name elsewhere in the message
  ['Teacher in Hamilton. The brother plays in the youth set-up at Hamilton Academical.', []],
  // a Welsh school typed in lower case; a helpline; a contraction before "school"; a church "next to" a saint
  ['I think he goes to ysgol bro dinefwr now', [['SCHOOL', 'ysgol bro dinefwr']]],
  ['I gave him Meic\'s details and the Kooth link', []],
  ['the coach isn\'t school staff so who does he tell', []],
  ['the hall next to St Cuthbert\'s is where the group meets', []],
  // the value of an address label on a pasted form; a nickname in brackets right after a name
  ['Child: J\nAddress: Trevose, Polmear Hill\nSchool: X', [['NAME', 'J'], ['ADDRESS', 'Trevose, Polmear Hill']]],
  ['Address: NFA, sofa surfing with friends', []],
  ['her ex Lewis Boyd (\'Bullet\') has been texting', [['NAME', 'Lewis Boyd'], ['NAME', 'Bullet']]],
  ['Present: DS Anna Reid (CAIT), Dr Obi (Named Doctor)', [['NAME', 'Anna Reid'], ['NAME', 'Obi']]],
  // an island after moving over from it; a football club's academy by its nickname
  ['the family are moving over from Harris at Easter', []],
  ['a coach at Hibs academy asked for his number', []],
  // the words of an Act's title; a Gaelic house name after a residence cue; a Gaelic nursery word alone
  ['is it still under 18 since the Children (Care and Justice) (Scotland) Act?', []],
  ['they live at Tigh an Uillt, near the school', [['ADDRESS', 'Tigh an Uillt']]],
  ['Sgoil-àraich staff asked about a P1 pupil', []],
];

describeCases('round 8: OS Open Names localities and the classes of the read batches (fresh sentences)', CASES);
