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
];

describeCases('round 22', CASES);
