import { describeCases, type FindingCase } from './helpers.js';

/**
 * Round 19: the classes found on the read batches of tuning20 (voice-dictated messages; rural and coastal places).
 * Fresh sentences, none copied from the batches; every positive case fails on the code before the round (ca4f4ae), the
 * look-alikes pass on both.
 */
const CASES: FindingCase[] = [
  // a phone number read out and typed by voice-to-text
  ['her number is oh seven seven double one two three four five six eight ok', [['PHONE', 'oh seven seven double one two three four five six eight']]],
  // (…a few digit words are a count)
  ['oh two or three of them said so', []],
  // a Welsh or Gaelic house name with its hamlet after a comma
  ['they live at Tŷ Newydd, Llangurig now', [['ADDRESS', 'Tŷ Newydd, Llangurig']]],
  // units on a holiday park or glamping site
  ['family in lodge 12 at the holiday park left the kids', [['ADDRESS', 'lodge 12']]],
  ['couple in yurt 2 at the glamping field', [['ADDRESS', 'yurt 2']]],
  // (…a lodge number with no site is a lodge's)
  ['the Masonic lodge 12 meets on a Tuesday', []],
  // a flat in a building named with "the", in lower case
  ['they are in flat 3 the granary since may', [['ADDRESS', 'flat 3 the granary']]],
  ['flat 2 the same as before', []],
  // (…and a place by its shape stays a place)
  ['the Lochmaddy sailing was cancelled', []],
];

describeCases('round 19 (tuning20)', CASES);
