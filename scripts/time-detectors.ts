/**
 * Scaling check: times every scanner detector on repetitive adversarial shapes at 20 KB and 200 KB.
 *   npx tsx scripts/time-detectors.ts [--only <shape>]
 * Prints the 200 KB / 20 KB time ratio per detector and shape; a linear detector is near 10.
 */
import { performance } from 'node:perf_hooks';
import type { Candidate } from '../src/anonymise/kinds.js';
import * as P from '../src/anonymise/patterns.js';
import { findAddresses, findSchools } from '../src/anonymise/places-schools.js';
import { findNames, nameTokens } from '../src/anonymise/names.js';
import { wordFeatures } from '../src/anonymise/name-tagger.js';
import { findTaggedPlaces } from '../src/anonymise/place-tagger.js';
import { scanIdentifiers } from '../src/anonymise/index.js';

export const SHAPES: Record<string, string> = {
  'spaces after full stop': 'x.' + ' '.repeat(1),
  'dot then spaces': '. ' ,
  'Name: lines': 'Name:\n',
  'Name: value lines': 'Name: Aa\n',
  'label no newline': 'Name: ',
  digits: '0123456789',
  capitals: 'ABCDEFGHIJ',
  'Aa words': 'Aa ',
  'a a': 'a ',
  'digit space': '1 ',
  'digit dash': '12-',
  'slashes': '12/',
  'at dots': 'a.@',
  'Oak ': 'Oak ',
  'St Primary': 'St Primary ',
  '12 Oak': '12 Oak ',
  'AB12': 'AB12',
  apostrophes: "a'",
  hyphens: 'a-',
  tabs: '\t',
  newlines: '\n',
  'nbsp': '\u00a0',
  'zero width': '\u200b',
  'mixed spaces': ' \u00a0\u2009',
  'quote spaces': '. " ',
  'bullets': '- ',
  'colon spaces': ': ',
  'Mr': 'Mr ',
  'road words': 'Road ',
  'house words': 'House ',
  'school words': 'school ',
  'flat 1': 'flat 1 ',
  'snap is': 'snapchat is ',
  'case ref': 'case ref ',
  'ref digits': 'ref 1/',
  'nhs': 'nhs ',
  'emoji': '😡',
  'underscore': 'a_',
  '44': '+44 ',
  'of': '1 of ',
  'dob': 'dob ',
  'named': 'called ',
  'kacpers mum': "kacper's mum ",
  'fullwidth': '\uff11',
  'she is at': 'she is at ',
  'goes to St': 'goes to St ',
  'School: lines': 'School: Aa\n',
  'school (': 'school (',
  'Ysgol': 'Ysgol Aa ',
  'holy': 'sacred heart ',
  'house, street': 'Aa Bb, ',
  'at number word': 'at 12 ',
  'room in': 'room 1, Aa ',
  'dotted': 'a.b.',
  'camel digits': 'AaBb1',
  'court ref': 'court (',
  'AB12 spaced': 'ab 12 ',
  'date list': '1/2, ',
  'spaced date': '1 / 2 / ',
  'Mon d/m': 'Mon 1/2 ',
  'greeting': 'Hi Aa,\n',
  'last lines': 'Aa\n',
  'family word': 'nan Aa ',
  'the Xs': 'the Aas ',
};

type Det = (t: string, out: Candidate[]) => void;
const DETECTORS: Record<string, Det> = {
  email: P.findEmails,
  nhs: P.findNhsNumbers,
  ni: P.findNiNumbers,
  upn: P.findUpns,
  phone: P.findPhones,
  postcode: P.findPostcodes,
  handle: (t, o) => P.findHandles(t, o, () => false, () => false),
  vehicle: P.findVehicles,
  date: P.findDates,
  caseRef: P.findCaseRefs,
  address: findAddresses,
  school: findSchools,
  names: findNames,
  placeTaggers: (t, o) => {
    const tokens = nameTokens(t);
    findTaggedPlaces(t, tokens, wordFeatures(tokens, t), o);
  },
  scan: (t) => void scanIdentifiers(t),
};

/** One long run between two fixed ends: the shape that breaks `\s*…\s*` regexes. */
export const RUNS: Record<string, [string, string, string]> = {
  'full stop, spaces, comma': ['a.', ' ', ',b'],
  'full stop, spaces, quote': ['a.', ' ', '"'],
  'full stop, spaces, word': ['a.', ' ', 'Bob'],
  'full stop, nbsp, comma': ['a.', '\u00a0', ',b'],
  'colon, spaces': ['Name:', ' ', ','],
  'dash, spaces': ['a -', ' ', ','],
  'tabs, label': ['Name', '\t', ':x'],
  'word, spaces, Road': ['12 Oak', ' ', 'Road'],
  'digits run': ['tel ', '0', ''],
  'letters run': ['', 'a', ''],
  'capital letters run': ['', 'A', ''],
  'zero width run': ['07700', '\u200b', '900123'],
  'house then commas': ['The Old', ' Aa', ', Back Lane'],
  'school label long': ['School: ', 'A', ''],
  'dotted run': ['', 'a.', 'b'],
};

function fill(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

function run([head, mid, tail]: [string, string, string], n: number): string {
  return head + mid.repeat(n - head.length - tail.length) + tail;
}

function time(fn: () => void): number {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function main(): void {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const bad: string[] = [];
  const cases: [string, string, string][] = [
    ...Object.entries(SHAPES).map(([k, u]): [string, string, string] => [k, fill(u, 20_000), fill(u, 200_000)]),
    ...Object.entries(RUNS).map(([k, r]): [string, string, string] => [k, run(r, 20_000), run(r, 200_000)]),
  ];
  for (const [shape, small, big] of cases) {
    if (only !== undefined && shape !== only) continue;
    for (const [name, det] of Object.entries(DETECTORS)) {
      det(small, []); // warm up: the first call of a detector includes compiling it
      const a = time(() => det(small, []));
      const b = time(() => det(big, []));
      const ratio = b / Math.max(a, 0.05);
      const flag = ratio > 25 && b > 20 ? '  <-- SUPER-LINEAR' : '';
      if (flag) bad.push(`${shape} / ${name}`);
      if (flag || b > 100) console.log(`${shape.padEnd(22)} ${name.padEnd(9)} 20KB ${a.toFixed(1).padStart(8)} ms  200KB ${b.toFixed(1).padStart(9)} ms  x${ratio.toFixed(1)}${flag}`);
    }
  }
  console.log(bad.length === 0 ? 'no super-linear shape found' : `super-linear: ${bad.join(', ')}`);
}

main();
