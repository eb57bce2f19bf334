import { describe, expect, it } from 'vitest';
import { scanIdentifiers } from '../../src/anonymise/index.js';

const KB100 = 100 * 1024;

function repeat(unit: string): string {
  return unit.repeat(Math.ceil(KB100 / unit.length)).slice(0, KB100);
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
  ];
  for (const [label, text] of inputs) {
    it(`returns for ${label}`, () => {
      const findings = scanIdentifiers(text);
      expect(Array.isArray(findings)).toBe(true);
    });
  }
});
