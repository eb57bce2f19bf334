import { describeCases, type FindingCase } from './helpers.js';

/**
 * Round 6: one fresh sentence per class of error seen in heldout14 (z1/z2, scored once unread and then read; heldout15
 * is never read), none copied from the batch, each with a look-alike that must not change.
 */
const CASES: FindingCase[] = [
  // a word in no list at all, opening a clause before "was/is/has" or "and her brother"; not an everyday word or a typo of one
  ['hiya. dawit was not collected till half 5 again', [['NAME', 'dawit']]],
  ['morning, ugnius and his sister were late in', [['NAME', 'ugnius']]],
  ['morning. homework was not handed in again', []],
  ['hi. lockscreen was full of missed calls', []],
  // beside a lower-case name in a list, a name-shaped word in no list
  ['he pushed kacper and rahwa into the car', [['NAME', 'kacper'], ['NAME', 'rahwa']]],
  ['he pushed kacper and others into the car', [['NAME', 'kacper']]],
  // greeted in lower case, then a number; a writer introducing themselves by role and name
  ['hi, nyasha 2 questions about her mum', [['NAME', 'nyasha']]],
  ['hi, quick 2 questions about consent', []],
  ['hey its coach dom, one of my under 12s said', [['NAME', 'dom']]],
  ['hiya its coach here, one of my under 12s said', []],
  // a sign-off above a job title, all in lower case
  ['left his bag by the gate\nlemlem\ncleaner', [['NAME', 'lemlem']]],
  // a line opening with a word in no list, then a bracket about them
  ['Fwd:\nRahwa (Tigrinya speaker, no English) came in asking for help', [['NAME', 'Rahwa']]],
  ['Fwd:\nUpdate (Tuesday) from the MASH', []],
  // what someone is called by others, capitalised; the lower-case repeat with a verb of its own
  ['there is a man the girls call Biscuit who gives them lifts', [['NAME', 'Biscuit']]],
  ['the lads call Smudge "the boss". smudge deals from the flat', [['NAME', 'Smudge'], ['NAME', 'smudge']]],
  ['what they call early help is just a form', []],
  // the words of an e-mail address are never part of the name beside it
  ['SW Priya Shah priya.shah@county.gov.uk', [['NAME', 'Priya Shah'], ['EMAIL', 'priya.shah@county.gov.uk']]],
  // after a title's full stop, a function word opens the next sentence
  ['the email says it is from a PC. Can we reply?', []],
  // a phrase of a place typed in lower case; a side before a part of the body; a hospital a patient was taken to
  ['dad works in hong kong most of the year', []],
  ['small cut to the right tragus, no bruising', []],
  ['both girls were admitted to Pinderfields. Police aware', []],
  ['the baby was taken to Nana Ruth by the police', [['NAME', 'Ruth']]],
  // an acronym opening a subject line
  ['From: Ms Gail Tully\nSubject: CSE concern – year 9 girl', [['NAME', 'Gail Tully']]],
  // pitches and plots named just after a site; a unit in a refuge; a weaker street word where someone lives
  ['the family are on the council site near Selby, pitch 14. dad says', [['ADDRESS', 'pitch 14']]],
  ['on the school site, pitch 2 is closed for the match', []],
  ['Refuge update: mum and baby moved into Unit 7 yesterday', [['ADDRESS', 'Unit 7']]],
  ['our office moved into unit 7 of the business park', []],
  ['the neighbour on Orchard View rang us', [['ADDRESS', 'Orchard View']]],
  ['the view on Orchard View Road is lovely', [['ADDRESS', 'Orchard View Road']]],
  // reference shapes systems give people, and the systems that give them; an account's reference is no username
  ['nDelius B771203, OM aware', [['CASE_REF', 'B771203']]],
  ['prison no A1234BC on the licence', [['CASE_REF', 'A1234BC']]],
  ['logged on CPOMS #55120 this morning', [['CASE_REF', '55120']]],
  ['Tenancy TR-22871 is in arrears', [['CASE_REF', 'TR-22871']]],
  ['Rent account HA7731204, two months behind', [['CASE_REF', 'HA7731204']]],
  ['meets ISO-27001 and the COVID-19 rules on the A14', []],
];

/** The second pass: heldout16 (p1/p2), scored once unread and then read. */
const CASES_16: FindingCase[] = [
  // a greeting from other languages before a self-introduction; a quoted everyday word after "known as"
  ['shalom, its Yael from the youth club. one of ours', [['NAME', 'Yael']]],
  ['an older boy known as "biscuit" waits by the gates', [['NAME', 'biscuit']]],
  ['the policy known as "early help first" is new', []],
  // the initials of a full name found in the same message stand for that person; not an acronym in the word lists
  ['Pupil: Oluwaseun Adebayo Y9\n12/03 - OA left the lesson crying', [['NAME', 'Oluwaseun Adebayo'], ['DATE', '12/03'], ['NAME', 'OA']]],
  ['Nadia Ibrahim asked whether her NI number is needed', [['NAME', 'Nadia Ibrahim']]],
  // a child's school named by the child, even when the name is an everyday word; schools named after titles stay schools
  ['the letter came from Goodness\'s school this morning', [['NAME', 'Goodness']]],
  ['she goes to King\'s School now', [['SCHOOL', "King's School"]]],
  // a one-word "-gate" street where someone lives; a town of the same shape is no street
  ['they live in the flat above the bakery on eastgate', [['ADDRESS', 'eastgate']]],
  ['we went on the trip to Harrogate', []],
  // a Welsh street opening with Bryn, Parc or Cae and a house number
  ['new address is 14 Parc Derwen, Pontypridd', [['ADDRESS', '14 Parc Derwen']]],
  // eponyms, chapels, makes of car listed together, the plural or dropped g of an everyday word, an exam invigilator
  ['she is 14, I applied Fraser and gave the pill', []],
  ['the youth club at Capel Salem on Fridays', []],
  ['the vicar said Mr Capel Jones would come', [['NAME', 'Capel Jones']]],
  ['a dealer who sells Skoda and Hyundai offered the minibus', []],
  ['lads were round the back talkin about it', []],
  ['Invigilator here, a candidate wrote help me on her hand', []],
];

describeCases('round 6 (heldout14)', CASES);
describeCases('round 6 (heldout16)', CASES_16);
