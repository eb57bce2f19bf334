import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanIdentifiers, scanWithTaggers } from '../../src/anonymise/index.js';
import { NEVER_READ } from '../../scripts/word-tagger-training.js';
import { PLACE_TAGGERS, retrainedPlaceWeightsText } from '../../scripts/train-place-taggers.js';

type Found = ReturnType<typeof scanIdentifiers>;
const places = (found: Found): string[] => found.filter((f) => f.kind === 'ADDRESS' || f.kind === 'SCHOOL').map((f) => `${f.kind}:${f.text}`);
const rulesAlone = (text: string): Found => scanWithTaggers(text, { places: null });

describe('the trained address and school taggers', () => {
  // fresh sentences, none from any batch: a home or a school the rules alone do not see
  it.each([
    ['nan lives at 4 coastguard cottages', 'ADDRESS:4 coastguard cottages'],
    ['mum and the kids are in room 9 at the foyer on Kestrel Way', 'ADDRESS:Kestrel Way'],
    ['they moved to the Old Forge on Mill Lane', 'ADDRESS:the Old Forge'],
    ['his older sister is at Kingsmead', 'SCHOOL:Kingsmead'],
  ])('finds what the rules alone miss: %j', (text, place) => {
    expect(places(rulesAlone(text))).not.toContain(place);
    expect(places(scanIdentifiers(text))).toContain(place);
  });

  // the look-alikes the rules refuse stay refused: the taggers ask the rules' vetoes (places-schools.ts)
  it.each([
    'the classes at Park Road Masjid start at 5',
    'U11s train on pitch 2 at Victoria Park',
    'the choir at Holy Cross meets on Fridays',
    'his dad says he is in the Swansea City academy',
    'the hall next to St Cuthbert\'s is where the group meets',
    'they watch Emmerdale Farm together',
    'we meet at St Peter\'s hall on Tuesdays',
    'he is trialling at the Wolves academy',
    'training moved to Hillside Park pitches',
    'the food bank runs from Bethel Chapel on Fridays',
    'the holiday club at Grove Community Centre is full',
    'they went to Blackpool for the weekend',
  ])('adds no place to %j', (text) => {
    expect(places(rulesAlone(text))).toEqual([]);
    expect(places(scanIdentifiers(text))).toEqual([]);
  });

  it('was never trained on a never-read set, and every read set was used', () => {
    const onDisk = readdirSync('test/fixtures/identifiers/blind', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    for (const { file } of Object.values(PLACE_TAGGERS)) {
      const sets = (JSON.parse(readFileSync(file, 'utf8')) as { trainedOn: { sets: string[] } }).trainedOn.sets;
      expect(sets.filter((s) => NEVER_READ.includes(s))).toEqual([]);
      expect(sets).toEqual(['corpus', ...onDisk.filter((s) => !NEVER_READ.includes(s)).sort()]);
    }
  });

  it.each(Object.keys(PLACE_TAGGERS) as (keyof typeof PLACE_TAGGERS)[])(
    'retraining the %s tagger on the read sets gives the committed weights, byte for byte (stale weights fail here)',
    (kind) => {
      expect(retrainedPlaceWeightsText(kind)).toBe(readFileSync(PLACE_TAGGERS[kind].file, 'utf8'));
    },
    60_000,
  );
});
