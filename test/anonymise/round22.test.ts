import { describeCases, type FindingCase } from './helpers.js';

/**
 * Round 22: lower-case streets after a weaker preposition, and a name's word again as a thing. Fresh sentences; every
 * positive case fails on the code before the round (1427db8), the look-alikes pass on both.
 */
const CASES: FindingCase[] = [
  // a lower-case street after down/to/of…: only the strong street words (not "close" or "drive", which are verbs)
  ['they live down cemetery road with nan', [['ADDRESS', 'cemetery road']]],
  ['mum moved them to queens rd in the summer', [['ADDRESS', 'queens rd']]],
  ['he hangs about the corner of grange avenue after school', [['ADDRESS', 'grange avenue']]],
  // (…an idiom, a road described, a verb)
  ['she went down memory lane at the reunion', []],
  ['dad drives down the main road to work', []],
  ['we were about to close the drive early', []],
  // a word found as a name, again after a determiner: the thing, not the person
  ['The farm is out past the village. Mum works at Barton Farm.', [['ADDRESS', 'Barton Farm']]],
  // an e-mail address spelled, spaced or dictated; an apostrophe inside its local part
  ['her email is jadewilson at hotmail dot co dot uk', [['EMAIL', 'jadewilson at hotmail dot co dot uk']]],
  ['Email - sarah.jones(at)nhs.net', [['EMAIL', 'sarah.jones(at)nhs.net']]],
  ["dad's email is dazza69 @ gmail.com", [['EMAIL', 'dazza69 @ gmail.com']]],
  ["copy in j.o'brien@council.gov.uk please", [['EMAIL', "j.o'brien@council.gov.uk"]]],
  // (…a shop's website after "at", a website dictated, a full stop before a word)
  ['mum bought it shopping at amazon.co.uk', []],
  ['the website is nspcc dot org dot uk', []],
  ['we met at costa. com to be fair it was busy', []],
  // (round 22, tuning21: phone-typed messages from dinner staff, coaches, drivers and volunteers)
  // a school by its uniform, in the plural; a saint's school by its denomination's tag
  ['three lads in Oakfield blazers were outside the shop', [['SCHOOL', 'Oakfield']]],
  ['i drive the minibus for st peters ce', [['SCHOOL', 'st peters ce']]],
  ["she went to St Bede's RC Primary before", [['SCHOOL', "St Bede's RC Primary"]]],
  // (…the church of that name)
  ["the food bank at St Joseph's RC church hall", []],
  ["mass at St Joseph's RC on sunday", []],
  // a count within a month is no date
  ['the course is week 3 of february', []],
  ['she was born on the 3 of february', [['DATE', '3 of february']]],
  // a given name that is also a modal, before an age in brackets or the same name opening one
  ['youth club. will (13) said his dad hits him', [['NAME', 'will']]],
  ['will (will kelleher, 13) said his dad hits him', [['NAME', 'will'], ['NAME', 'will kelleher']]],
  ['she will (if asked) come in on monday', []],
  // a found name again, with its possessive typed without the apostrophe, before what is theirs
  ['his nan Bernadette rang. bernadettes number is on the form', [['NAME', 'Bernadette'], ['NAME', 'bernadettes']]],
  ['Rose was upset today. roses are her favourite', [['NAME', 'Rose']]],
  // (…a park where children play or a team trains is no school, whatever the tagger thinks)
  ['the lads play football at Jubilee Park after tea', []],
  // an officer's collar number names the officer (a rank in capitals, or a collar/shoulder word)
  ['Regards\nPC 4471 Dave Hughes\nNeighbourhood Team', [['CASE_REF', '4471'], ['NAME', 'Dave Hughes']]],
  ['spoke to the officer, collar number 3382, who said', [['CASE_REF', '3382']]],
  // (…a count of officers, a computer, a year after a rank's letters)
  ['we had 3 PCs and 2 PCSOs on the estate', []],
  ['the pc 2000 in the office is slow', []],
  ['the DI 2024 guidance says', []],
  // a plate after "reg no." with its full stop; a handle after "is called"
  ['the car was a grey corsa, reg no. kp66 zxw', [['VEHICLE', 'kp66 zxw']]],
  ['her tiktok is called sunnygirl2011', [['HANDLE', 'sunnygirl2011']]],
  // (…a group chat's name in words)
  ['the group chat on snap is called the boys', []],
  // a bed in a hostel or shelter is where someone can be found, like a room
  ['he is in bed 3 at the YMCA since friday', [['ADDRESS', 'bed 3']]],
  // (…a bed on a hospital ward is not a home)
  ['he was in bed 3 on ward 7 at the hospital', []],
];

describeCases('round 22', CASES);
