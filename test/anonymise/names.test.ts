import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.js';
import { scanIdentifiers } from '../../src/anonymise/index.js';

describe('NAME', () => {
  it('finds a lowercase given name mid-sentence', () => {
    expect(foundOf('NAME', 'spoke to kacper today')).toEqual(['kacper']);
  });
  it('finds a name before a possessive and a family word, excluding the apostrophe-s', () => {
    expect(foundOf('NAME', "Kacper's mum phoned")).toEqual(['Kacper']);
    expect(foundOf('NAME', 'worried about Leighton’s dad')).toEqual(['Leighton']);
  });
  it('finds the surname after a title but not the title', () => {
    expect(foundOf('NAME', 'Mr Okafor and Mrs Kowalska met Dr Patel')).toEqual(['Okafor', 'Kowalska', 'Patel']);
    expect(foundOf('NAME', 'spoke with Ms. Baker')).toEqual(['Baker']);
  });
  it('finds a full name as one span', () => {
    expect(foundOf('NAME', 'we met Tomasz Wójcik yesterday')).toEqual(['Tomasz Wójcik']);
  });
  it('finds hyphenated and accented names', () => {
    expect(foundOf('NAME', 'Anna-Maria said Siobhán was there')).toEqual(['Anna-Maria', 'Siobhán']);
  });
  it('finds non-English names from many backgrounds', () => {
    for (const n of ['Zsófia', 'Przemysław', 'Oluwaseun', 'Aaliyah', 'Mohammed', 'Nguyen']) {
      expect(foundOf('NAME', `I am worried about ${n} at the moment`)).toEqual([n]);
    }
  });
  it('finds an unknown capitalised word mid-sentence that is not an English word', () => {
    expect(foundOf('NAME', 'the boy Zbyszko told staff')).toEqual(['Zbyszko']);
  });
  it('finds ordinary-word names when context shows they are names', () => {
    expect(foundOf('NAME', "Hope's mum rang")).toEqual(['Hope']);
    expect(foundOf('NAME', 'her son Will is 6')).toEqual(['Will']);
    expect(foundOf('NAME', 'I saw Grace at the gate')).toEqual(['Grace']);
    expect(foundOf('NAME', 'Summer said her dad hit her')).toEqual(['Summer']);
    expect(foundOf('NAME', 'Mrs May rang about the noise')).toEqual(['May']);
    expect(foundOf('NAME', 'mum and Rocky (4) were at home')).toEqual(['Rocky']);
  });
  it('does not flag ordinary words at the start of a sentence', () => {
    for (const t of ['Hope this makes sense', 'Will you advise?', 'May I ask a question', 'Grace period is two weeks', 'Mark it urgent']) {
      expect(foundOf('NAME', t), t).toEqual([]);
    }
  });
  it('finds names in a list joined by commas and "and"', () => {
    expect(foundOf('NAME', 'the children are Oskar, Lena and Bartosz')).toEqual(['Oskar', 'Lena', 'Bartosz']);
  });
  it('finds names in form labels', () => {
    expect(foundOf('NAME', 'Name: Jordan Mbeki\nMother: Precious Mbeki')).toEqual(['Jordan Mbeki', 'Precious Mbeki']);
  });
  it('does not flag roles, agencies or places', () => {
    const t = 'Mum, stepdad, the DSL, social worker, health visitor and SENCo met CAMHS, MASH and Thames Valley Police in Rotherham';
    expect(foundOf('NAME', t)).toEqual([]);
  });
  it('finds a possessive typed without the apostrophe and a family named by surname', () => {
    expect(foundOf('NAME', 'kacpers mum rang')).toEqual(['kacpers']);
    expect(foundOf('NAME', 'the Nowaks are moving')).toEqual(['Nowaks']);
  });
  it('finds an unknown lower-case word in a name position', () => {
    expect(foundOf('NAME', 'spoke to zbyszek today')).toEqual(['zbyszek']);
  });
  it('does not flag contractions or capitalised ordinary phrases', () => {
    expect(foundOf('NAME', "We've applied for Universal Credit and Change Grow Live")).toEqual([]);
  });
  it('does not read organisation and place runs as names', () => {
    expect(foundOf('NAME', 'went to Weston Park Hospital then the Royal Hallamshire')).toEqual([]);
    expect(foundOf('NAME', 'lives on the Eastwood estate')).toEqual([]);
  });
  it('still finds a family named with "the … family"', () => {
    expect(foundOf('NAME', 'I met with the Nowak family')).toEqual(['Nowak']);
  });
  it('finds ordinary-word names at the head of a list and before an age', () => {
    expect(foundOf('NAME', 'Grace, Hope and Faith are siblings')).toEqual(['Grace', 'Hope', 'Faith']);
    expect(foundOf('NAME', 'Sky, aged 4, was alone')).toEqual(['Sky']);
  });
  it('finds a lower-case ordinary-word given name given an age, but not a measurement', () => {
    expect(foundOf('NAME', 'the youngest summer is only 2')).toEqual(['summer']);
    expect(foundOf('NAME', 'the rose is 3 metres tall')).toEqual([]);
  });
});

describe('names by their context', () => {
  const cases: [string, string[]][] = [
    ['Autumn (Y8) told me at break', ['Autumn']],
    ['Faith in yr7 goes by \'Fi\' now', ['Faith', 'Fi']],
    ['Bob in 3C said his brother sells weed', ['Bob']],
    ['Morning Trace,\nquick one about a pupil', ['Trace']],
    ['her nan maxine collects most days', ['maxine']],
    ['she calls him \'Uncle Tee\' and he buys her vapes', ['Tee']],
    ['Foster carer Mags says mum turned up', ['Mags']],
    ['nan is pat. not sure if thats private fostering', ['pat']],
    ['SW here re the Harlows, next hearing soon', ['Harlows']],
    ['hi its shaz from yr2, worried about a boy', ['shaz']],
    ['ok thanks, i\'ll leave it with you then\ngaz', ['gaz']],
    ['Best,\nAutumn\nSupervising Social Worker', ['Autumn']],
  ];
  for (const [text, names] of cases) {
    it(`finds ${names.join(', ')} in ${JSON.stringify(text)}`, () => {
      expect(scanIdentifiers(text).filter((f) => f.kind === 'NAME').map((f) => f.text)).toEqual(names);
    });
  }
  const clean = [
    'we run a drop in at the library in Hinckley on weds',
    'family moved from Market Harborough to Ebbw Vale',
    'her babcia and dadi look after her after school',
    'Storm Darragh closed the school on Friday',
    'Shalom, I volunteer at the cheder on Sundays',
    'he was in a silver Astra outside the gate',
    'is it ok to screenshot a chat for evidence',
  ];
  for (const text of clean) {
    it(`finds no name in ${JSON.stringify(text)}`, () => {
      expect(scanIdentifiers(text).filter((f) => f.kind === 'NAME')).toEqual([]);
    });
  }
});

describe('families, towns in addresses and roles', () => {
  it('finds a family by its plural surname before a family verb', () => {
    expect(foundOf('NAME', 'the Fletchers are back in school after the holiday')).toEqual(['Fletchers']);
  });
  it('does not read a plural calendar word as a family', () => {
    expect(foundOf('NAME', "We're closing early for the Christmas fayre on Friday")).toEqual([]);
  });
  it('reads a town after a street and before a postcode as a place', () => {
    expect(foundOf('NAME', 'Home address: 41 Elder Court, Ash Walk, Peckham SE15 4RX')).toEqual([]);
  });
  it('does not read an age after "from <place>" as a name cue', () => {
    expect(foundOf('NAME', 'she was brought over from Lagos aged 9 to help in the house')).toEqual([]);
  });
  it('a faith leader is a role', () => {
    expect(foundOf('NAME', 'Pastor asked me to message you about a child')).toEqual([]);
  });
});

describe('one person, one name', () => {
  it('a name found once is found at its other capitalised mentions', () => {
    expect(foundOf('NAME', "she keeps saying 'daddy Frank smack'. Frank is mums boyfriend")).toEqual(['Frank', 'Frank']);
  });
  it('names after honorifics and in possessives with an adjective', () => {
    expect(foundOf('NAME', "Hetal aunty's grandson has marks on his legs")).toEqual(['Hetal']);
    expect(foundOf('NAME', "the carers have Daisy. Daisy's birth dad found them")).toEqual(['Daisy', 'Daisy']);
  });
  it('an ordinary word before a number or "of X" is not a name', () => {
    expect(foundOf('NAME', 'will the training count for our Level 3 or just Level 1?')).toEqual([]);
    expect(foundOf('NAME', 'they were talking about Fortnite and Call of Duty at wraparound')).toEqual([]);
  });
});

describe('surnames after a given name', () => {
  it('joins a capitalised everyday word after a given name mid-sentence', () => {
    expect(foundOf('NAME', 'Mum is Tina Loft and she works nights')).toEqual(['Tina Loft']);
  });
});
