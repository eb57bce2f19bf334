/**
 * The scanner's lexicon (src/anonymise/data/lexicon-data.ts) is generated at build time from maintained
 * packages (scripts/lexicon-source.ts). This test fails when the committed module drifts from its sources.
 * Regenerate with: UPDATE_LEXICON_DATA=1 npx vitest run test/anonymise/lexicon-data.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deriveLexicon, renderLexicon } from '../../scripts/lexicon-source.js';

const moduleFile = fileURLToPath(new URL('../../src/anonymise/data/lexicon-data.ts', import.meta.url));

describe('lexicon data module', () => {
  it('matches what its sources derive', () => {
    const expected = renderLexicon(deriveLexicon());
    if (process.env.UPDATE_LEXICON_DATA === '1') writeFileSync(moduleFile, expected);
    expect(readFileSync(moduleFile, 'utf8') === expected, 'regenerate with UPDATE_LEXICON_DATA=1').toBe(true);
  }, 60_000);
});
