import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { scanIdentifiers } from '../../src/anonymise/index.js';

const KB100 = 100 * 1024;

function repeat(unit: string, size = KB100): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

// Behaviour tests: each scan must return (regexes are linear). Vitest's test timeout catches a hang.
describe('adversarial inputs complete', () => {
  const inputs: [string, string][] = [
    ['100 KB of digits', repeat('0123456789')],
    ['100 KB of capitals', repeat('ABCDEFGHIJKLMNOPQRSTUVWXYZ')],
    ['100 KB of punctuation', repeat('.,;:!?/-@#()[]\'"')],
    ['long runs of "a a a"', repeat('a ')],
    ['capitalised words', repeat('Aa ')],
    ['digits and spaces', repeat('1 ')],
    ['digit-dash runs', repeat('12-')],
    ['slashed digits', repeat('12/')],
    ['at-signs and dots', repeat('a.@')],
    ['emoji', repeat('😡')],
    ['street-like words', repeat('Oak ')],
    ['school-like words', repeat('St Primary ')],
    ['numbers before words', repeat('12 Oak ')],
    ['letters and digits', repeat('AB12')],
    ['newlines and colons', repeat('Name:\n')],
    ['apostrophes', repeat("a'")],
    ['hyphens between letters', repeat('a-')],
    ['non-breaking and zero-width spaces', repeat('\u00a0\u200b\u202f')],
    ['full-width digits', repeat('\uff10\uff11\uff12 ')],
  ];
  for (const [label, text] of inputs) {
    it(`returns for ${label}`, () => {
      const findings = scanIdentifiers(text);
      expect(Array.isArray(findings)).toBe(true);
    });
  }
});

/** Fastest of a few runs (after a warm-up): the least disturbed by other work on a shared machine. */
function fastest(text: string, runs = 4): number {
  scanIdentifiers(text);
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    scanIdentifiers(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Scaling, not wall-clock limits: ten times the input may cost at most ~25 times the time (a quadratic
 * path costs ~100 times). Shapes found by scripts/time-detectors.ts, each quadratic before its fix.
 */
describe('scan time grows linearly with the input', () => {
  const shapes: [string, (n: number) => string][] = [
    ['one long run of spaces after a full stop', (n) => 'a.' + ' '.repeat(n - 4) + ',b'],
    ['one long run of spaces after a full stop and a quote', (n) => 'a. "' + ' '.repeat(n - 6) + ',b'],
    ['one long run of non-breaking spaces after a full stop', (n) => 'a.' + '\u00a0'.repeat(n - 4) + ',b'],
    ['many "Name:" label lines', (n) => repeat('Name: Aa\n', n)],
    ['many label lines of other kinds', (n) => repeat('Mother: Bo\nChild: Cy\n', n)],
    ['a long run of spaces inside a number', (n) => '07700' + ' '.repeat(n - 11) + '900123'],
    ['a long run of zero-width spaces inside a number', (n) => '07700' + '\u200b'.repeat(n - 11) + '900123'],
    ['repeated possessives', (n) => repeat("kacper's mum ", n)],
    ['many school brackets that never close', (n) => repeat('school (', n)],
    ['many "School:" labels on one line', (n) => repeat('School: ', n)],
    ['many "Name:" labels on one line', (n) => repeat('Name: ', n)],
    ['a last line of spaces before a sign-off', (n) => 'thanks\n' + ' '.repeat(n - 12) + 'b x'],
    ['greetings before long runs of spaces', (n) => 'Hi' + ' '.repeat(n - 4) + ',b'],
    ['one long run of letters touching a digit', (n) => 'a'.repeat(n - 1) + '1'],
    ['one long hyphenated word touching a digit', (n) => 'ab-'.repeat(Math.floor(n / 3) - 1) + 'ab1'],
    // (round 21: a street word looked for its line to the text's ends; a long word was split at every letter)
    ['street words with no new line', (n) => repeat('Road ', n)],
    ['one long run of letters', (n) => 'a'.repeat(n)],
    // (round 22: an address spelled out is read back and on from each "at")
    ['many spelled "at"s and "dot"s', (n) => repeat('jo at a dot b dot ', n)],
    ['spaced at-signs between long local parts', (n) => repeat('a.b.c.d.e.f.g.h.i.j @ ', n)],
    // (round 22: numbers read out by voice are written as characters before matching)
    ['one long run of digit words', (n) => repeat('oh seven double nine ', n)],
    ['digit words and letters', (n) => repeat('L S nine eight A B ', n)],
    ['number words before street words', (n) => repeat('twenty two hill road ', n)],
    // (a run of letters said alone that is no identifier, after a number word: each failed run was read again from its
    // next word, 20 KB 14.7 s before the fix)
    ['a number word, then letters said alone', (n) => 'flat four. ' + repeat('A B ', n - 11)],
  ];
  for (const [label, make] of shapes) {
    it(`for ${label}`, () => {
      const small = fastest(make(20_000));
      const big = fastest(make(200_000));
      // a floor on the small time: below a few ms, timer and GC noise dominate the ratio
      expect(big / Math.max(small, 2)).toBeLessThan(25);
    });
  }
});
