import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.js';

describe('ADDRESS', () => {
  it('finds a house number and street', () => {
    expect(foundOf('ADDRESS', 'lives at 14 Beech Road with nan')).toEqual(['14 Beech Road']);
    expect(foundOf('ADDRESS', 'moved to 3a church lane')).toEqual(['3a church lane']);
  });
  it('finds flats with the building number', () => {
    expect(foundOf('ADDRESS', 'new address Flat 3, 12 Mill Street, Leeds')).toEqual(['Flat 3, 12 Mill Street']);
  });
  it('finds house names', () => {
    expect(foundOf('ADDRESS', 'they live at Rose Cottage now')).toEqual(['Rose Cottage']);
    expect(foundOf('ADDRESS', 'staying at Ivy House')).toEqual(['Ivy House']);
  });
  it('does not treat ages or counts followed by words as addresses', () => {
    expect(foundOf('ADDRESS', 'aged 7 on the way home')).toEqual([]);
    expect(foundOf('ADDRESS', 'the Town Hall and the Children’s Social Care office')).toEqual([]);
  });
});

describe('POSTCODE', () => {
  it('finds UK postcodes with or without a space, in any case', () => {
    for (const p of ['S60 2UD', 's60 2ud', 'S602UD', 'SW1A 1AA', 'M14 5LT', 'b912tn']) {
      expect(foundOf('POSTCODE', `postcode ${p} ok`), p).toEqual([p]);
    }
  });
  it('does not treat school years like "Y6 4th" as postcodes', () => {
    expect(foundOf('POSTCODE', 'in Y6 4th time this term')).toEqual([]);
  });
  it('finds capitalised postcodes whose inward code looks like an ordinal (NE1 4ST, LS6 1ND)', () => {
    for (const p of ['NE1 4ST', 'LS6 1ND', 'M1 2RD', 'B3 3TH']) {
      expect(foundOf('POSTCODE', `lives at 4 Elm Road, ${p}`), p).toEqual([p]);
    }
  });
});

describe('SCHOOL', () => {
  it('finds named schools and nurseries', () => {
    expect(foundOf('SCHOOL', "he goes to St Mary's Primary")).toEqual(["St Mary's Primary"]);
    expect(foundOf('SCHOOL', 'year 8 at Oakwood Academy')).toEqual(['Oakwood Academy']);
    expect(foundOf('SCHOOL', 'attends Little Acorns Nursery')).toEqual(['Little Acorns Nursery']);
    expect(foundOf('SCHOOL', 'Our Lady of Lourdes RC Primary School rang')).toEqual(['Our Lady of Lourdes RC Primary School']);
    expect(foundOf('SCHOOL', 'goes to st marys primary')).toEqual(['st marys primary']);
    expect(foundOf('SCHOOL', 'moved to Hillside Special School')).toEqual(['Hillside Special School']);
  });
  it('does not flag generic school words', () => {
    for (const t of ['she attends the local primary school', 'Year 6 and Reception', 'Free School Meals', 'secondary school', 'the virtual school head']) {
      expect(foundOf('SCHOOL', t), t).toEqual([]);
    }
  });
});

describe('SCHOOL by context', () => {
  const cases: [string, string][] = [
    ["her other child goes to St Cuthbert's so i was going to let their dsl know", "St Cuthbert's"],
    ['Sister is yr5 at Broadwater. I know its mandatory reporting', 'Broadwater'],
    ['I know the lad as Callum - hes at westbrook i think', 'westbrook'],
    ['she thinks its someone at sacred heart. do i screenshot', 'sacred heart'],
    ["we've got a little one at preschool here (little oaks) whose nan collects", 'little oaks'],
    ['Previous school: Our Lady of Lourdes, Dublin', 'Our Lady of Lourdes'],
    ['lads hanging round outside Ysgol Bro Dinefwr at home time', 'Ysgol Bro Dinefwr'],
    ['She attends Thomas Telford. clear LADO i think', 'Thomas Telford'],
  ];
  for (const [text, school] of cases) {
    it(`finds ${school}`, () => {
      expect(foundOf('SCHOOL', text)).toEqual([school]);
    });
  }
  it('an address after "at" is not a school', () => {
    expect(foundOf('SCHOOL', "She's at Ashcroft, Wembley Hill Road with the in-laws")).toEqual([]);
    expect(foundOf('SCHOOL', 'they are at Flat 3, Mill Court')).toEqual([]);
  });
  it('a town after "goes to" is not a school', () => {
    expect(foundOf('SCHOOL', 'she goes to Leeds every weekend to see dad')).toEqual([]);
  });
});
