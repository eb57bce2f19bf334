/**
 * The scanner's supplementary name gazetteer (src/anonymise/data/people-names.ts) is derived from
 * @cspell/dict-people-names (a maintained, MIT-licensed, multicultural list of given names and surnames).
 * The core may not read files at run time, so the list is committed as a TS module; this test keeps it
 * in sync with the installed package. Regenerate with: UPDATE_NAME_DATA=1 npx vitest run test/anonymise/name-data.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PEOPLE_NAMES_SOURCE } from '../../src/anonymise/data/people-names.js';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
const moduleFile = fileURLToPath(new URL('../../src/anonymise/data/people-names.ts', import.meta.url));

function derive(): string {
  const raw = readFileSync(join(pkgDir, 'dict', 'people-names.txt'), 'utf8');
  const names = new Set<string>();
  for (const line of raw.split('\n')) {
    const w = line.trim();
    if (w === '' || w.startsWith('#')) continue;
    if (!/^[\p{Script=Latin}][\p{Script=Latin}\p{M}'’-]+$/u.test(w)) continue;
    names.add(w.toLowerCase().normalize('NFC'));
  }
  return [...names].sort().join(' ');
}

function render(list: string): string {
  const lines: string[] = [];
  let line = '';
  for (const w of list.split(' ')) {
    if (line.length + w.length + 1 > 110) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') lines.push(line);
  return (
    `/* Generated from @cspell/dict-people-names@${pkg.version} (MIT, Street Side Software) by\n` +
    ` * test/anonymise/name-data.test.ts — do not edit by hand. Lower-case given names and surnames. */\n` +
    `export const PEOPLE_NAMES_VERSION = '${pkg.version}';\n` +
    `export const PEOPLE_NAMES_SOURCE = \`\n${lines.join('\n')}\n\`;\n`
  );
}

describe('name gazetteer data module', () => {
  it('matches the installed @cspell/dict-people-names package', () => {
    const expected = derive();
    if (process.env.UPDATE_NAME_DATA === '1') writeFileSync(moduleFile, render(expected));
    const actual = PEOPLE_NAMES_SOURCE.split(/\s+/).filter((w) => w !== '').join(' ');
    expect(actual).toBe(expected);
  });
});
