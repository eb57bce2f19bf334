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
];

describeCases('round 22', CASES);
