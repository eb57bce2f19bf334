import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanIdentifiers, scanWithTaggers } from '../../src/anonymise/index.js';
import { NEVER_READ, WEIGHTS_FILE, retrainedWeightsText } from '../../scripts/train-name-tagger.js';

const names = (found: ReturnType<typeof scanIdentifiers>): string[] => found.filter((f) => f.kind === 'NAME').map((f) => f.text);

describe('the trained name tagger', () => {
  // fresh sentences, none from any batch: a lower-case ordinary word used as a child's name, with no cue the rules know
  it.each([
    ['worried about sunny in my class she is always hungry', 'sunny'],
    ['worried about rocky in my class he is always hungry', 'rocky'],
    ['nan says rocky is staying with her for now', 'rocky'],
  ])('finds the name the rules alone miss: %j', (text, name) => {
    expect(names(scanWithTaggers(text, { name: null }))).toEqual([]);
    expect(names(scanIdentifiers(text))).toEqual([name]);
  });

  // the same frames around ordinary words, and the look-alikes the rules already refuse, stay clean
  it.each([
    'worried about rain in my class',
    'worried about money he keeps falling asleep',
    'nan says tea is ready',
    'can you ping me about lunch he was really withdrawn',
    'Summer is busy for the youth club so we need cover',
    'Re: Jade\'s Law - can a dad who hurt mum still have contact?',
    'is the pharmacy signed up to Ask for Angela?',
    'she is on Edna Ward at the General',
  ])('adds no name to %j', (text) => {
    expect(names(scanIdentifiers(text))).toEqual([]);
  });

  it('was never trained on a never-read set, and every read set was used', () => {
    const committed = JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')) as { trainedOn: { sets: string[] } };
    const sets = committed.trainedOn.sets;
    expect(sets.filter((s) => NEVER_READ.includes(s))).toEqual([]);
    const onDisk = readdirSync('test/fixtures/identifiers/blind', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(sets).toEqual(['corpus', ...onDisk.filter((s) => !NEVER_READ.includes(s)).sort()]);
    // the honest sets on disk are the ones the README reports
    expect(onDisk.filter((s) => NEVER_READ.includes(s)).length).toBe(NEVER_READ.length);
  });

  it('retraining on the read sets gives the committed weights, byte for byte (stale weights fail here)', () => {
    expect(retrainedWeightsText()).toBe(readFileSync(WEIGHTS_FILE, 'utf8'));
  }, 60_000);
});
