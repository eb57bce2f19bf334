/**
 * The scanner's lexicon (src/anonymise/data/lexicon-data.json) is generated at build time from maintained
 * packages (scripts/lexicon-source.ts). This test fails when the committed data file drifts from its sources,
 * and checks that the compact table in lexicon.ts gives every word exactly the bits it was derived with.
 * Regenerate with: UPDATE_LEXICON_DATA=1 npx vitest run test/anonymise/lexicon-data.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deriveLexicon, renderLexicon } from '../../scripts/lexicon-source.js';
import { PLACE_PHRASES, LOCALITY_PHRASES, lexFlags } from '../../src/anonymise/lexicon.js';

const moduleFile = fileURLToPath(new URL('../../src/anonymise/data/lexicon-data.json', import.meta.url));

describe('lexicon data module', () => {
  const derived = deriveLexicon();

  it('matches what its sources derive', () => {
    const expected = renderLexicon(derived);
    if (process.env.UPDATE_LEXICON_DATA === '1') writeFileSync(moduleFile, expected);
    expect(readFileSync(moduleFile, 'utf8') === expected, 'regenerate with UPDATE_LEXICON_DATA=1').toBe(true);
  }, 60_000);

  it('looks every derived word up with exactly its bits, and near misses with none', () => {
    let wrong = 0;
    let nearMisses = 0;
    for (const [word, bits] of derived.flags) {
      if (word.includes(' ') || word.includes('|')) continue;
      if (lexFlags(word) !== bits) wrong++;
      for (const near of [`${word}q`, word.slice(0, -1), `q${word}`, ` ${word}`, `${word} `]) {
        if (lexFlags(near) !== (derived.flags.get(near) ?? 0)) nearMisses++;
      }
    }
    expect(wrong).toBe(0);
    expect(nearMisses).toBe(0);
    expect(lexFlags('')).toBe(0);
    expect([...derived.placePhrases].every((p) => PLACE_PHRASES.has(p))).toBe(true);
    expect(PLACE_PHRASES.size).toBe(derived.placePhrases.size);
    expect([...derived.localityPhrases].every((p) => LOCALITY_PHRASES.has(p))).toBe(true);
    expect(LOCALITY_PHRASES.size).toBe(derived.localityPhrases.size);
  }, 60_000);
});
