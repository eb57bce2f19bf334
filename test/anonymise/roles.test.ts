import { describe, expect, it } from 'vitest';
import { applyReplacements, scanIdentifiers, suggestReplacements } from '../../src/anonymise/index.js';
import { CHILD, FAMILY_NAME, ROLE_WORDS, UNROLED_MANY, UNROLED_ONE } from '../../src/anonymise/roles.js';

/** What the asker gets from "Replace them and continue": every finding replaced by its role-aware suggestion. */
const replaced = (text: string): string => applyReplacements(text, suggestReplacements(text, scanIdentifiers(text)));

/** Each row: what the asker typed → what the lead reads. */
const ROWS: [text: string, expected: string][] = [
  // a role word before the name
  ['Ayesha told me her brother Kai hit her.', '[name] told me her brother [sibling] hit her.'],
  ["mum's partner Liam shouts at them", "mum's partner [mum's partner] shouts at them"],
  ['mums boyfriend Gaz was there', "mums boyfriend [mum's partner] was there"],
  ['stepdad Rhodri picks him up', 'stepdad [stepdad] picks him up'],
  ['nan maxine has him at weekends', 'nan [grandparent] has him at weekends'],
  ['youth worker Dale Hicks saw it', 'youth worker [youth worker] saw it'],
  ['Mum is Tina Loft and she works nights', 'Mum is [mum] and she works nights'],
  ["Kai's teacher Mr Jones rang", "[child]'s teacher Mr [teacher] rang"],
  ['Uncle Tee collects her', 'Uncle [uncle] collects her'],
  ['foster carer Mags says she is settled', 'foster carer [foster carer] says she is settled'],
  ['spoke to PC Hughes yesterday', 'spoke to PC [police officer] yesterday'],
  // a role word after the name
  ['Mrs Nowak (TA) saw the bruise', 'Mrs [teaching assistant] (TA) saw the bruise'],
  ['Tina Loft thats mum says no', '[mum] thats mum says no'],
  ['Sam Taylor (mum) rang', '[mum] (mum) rang'],
  ['Oleksandr (brother, lives in Kyiv) calls', '[sibling] (brother, lives in Kyiv) calls'],
  // a school year or an age after the name: the child
  ['Ayesha (Y11) is self-harming', '[child] (Y11) is self-harming'],
  ['Kai, 14, has been missing', '[child], 14, has been missing'],
  ['Hope (7) said dad hit her', '[child] (7) said dad hit her'],
  ['Kai aged 7 told me', '[child] aged 7 told me'],
  ['Liam is 32 and lives with them', '[name] is 32 and lives with them'],
  ['dad says the 13yo Esmeralda is engaged', 'dad says the 13yo [child] is engaged'],
  ['Sky (18 months) came with a burn', '[child] (18 months) came with a burn'],
  ['evie in 8T disclosed it', '[child] in 8T disclosed it'],
  ['Child name: Mateusz Kowalczyk', 'Child name: [child]'],
  // a title says an adult: never the child
  ['Miss Patel, Y6 teacher, says', 'Miss [name], Y6 teacher, says'],
  ['Jo Smith, Y6 teacher, says', '[name], Y6 teacher, says'],
  ['Tomos Llewellyn yr10, has a bruise', '[child] yr10, has a bruise'],
  ['my ex Paul Brennan is not allowed to collect her', 'my ex [ex-partner] is not allowed to collect her'],
  // a stated role beats a role word next to the name, which beats an age
  [
    "Faith (2) says 'daddy Frank smack'. Frank is mums boyfriend not her dad",
    "[child] (2) says 'daddy [mum's partner] smack'. [mum's partner] is mums boyfriend not her dad",
  ],
  ['Kai (14) is at home. Her brother Kai is there too', '[sibling] (14) is at home. Her brother [sibling] is there too'],
  // a possessive: "Kacper's mum" is a child's mum
  ["Kacper's mum rang", "[child]'s mum rang"],
  ["Tina's son Kai is 6", "[parent]'s son [child] is 6"],
  // the family name
  ['the Kowalczyk kids are often late', 'the [family name] kids are often late'],
  ['the Harlows moved last month', 'the [family name] moved last month'],
  // one person, one replacement: the same name, or part of a full name
  [
    'Mum is Tina Loft. Tina says Loft is her maiden name and Tina Loft thats mum',
    'Mum is [mum]. [mum] says [mum] is her maiden name and [mum] thats mum',
  ],
  ['Dale Hicks said Dale would call', '[name] said [name] would call'],
  [
    'her brother Kai hit her. Kai is 16. Kai said sorry',
    'her brother [sibling] hit her. [sibling] is 16. [sibling] said sorry',
  ],
  // several people of one role are numbered, in order of first mention
  ['Ayesha (Y11) and Kai (Y9) walk home; Ayesha is scared', '[child 1] (Y11) and [child 2] (Y9) walk home; [child 1] is scared'],
  [
    "mum's partner Liam and mum's boyfriend Gaz",
    "mum's partner [mum's partner 1] and mum's boyfriend [mum's partner 2]",
  ],
  // several people with no role shown: numbered persons
  ['Liam said Jo and Sam were there. Jo left first', '[person 1] said [person 2] and [person 3] were there. [person 2] left first'],
  // a surname shared by several full names is the family's
  ['Kai Nowak and his sister Mia Nowak. The Nowak family is known', '[name] and his sister [sibling]. The [family name] family is known'],
  // a titled adult is not the child with the same surname
  ['Kai Nowak (Y9) was upset; Mrs Nowak rang', '[child] (Y9) was upset; Mrs [name] rang'],
  // schools: the same school is the same replacement, several are numbered
  [
    "She goes to St Mary's Primary and her brother to Oakwood Academy; St Mary's Primary called",
    'She goes to [school 1] and her brother to [school 2]; [school 1] called',
  ],
  ["She goes to St Mary's Primary.", 'She goes to [school].'],
  // other kinds keep the scanner's suggestion
  ['Kai (Y9), DOB 1/2/15, lives at 14 Beech Road. Mum works', '[child] (Y9), DOB [date of birth], lives at [address]. Mum works'],
  // the example: a child, a sibling and mum's partner
  [
    "Ayesha (Y9) says mum's partner Liam hits her brother Kai. Liam was arrested last year. Can I tell the school?",
    "[child] (Y9) says mum's partner [mum's partner] hits her brother [sibling]. [mum's partner] was arrested last year. Can I tell the school?",
  ],
];

describe('role-aware replacements', () => {
  for (const [text, expected] of ROWS) {
    it(JSON.stringify(text), () => {
      expect(replaced(text)).toBe(expected);
    });
  }
});

describe('replacing again after an edit', () => {
  it('never gives a new person a number an earlier replacement already holds', () => {
    const once = replaced('Ayesha (Y11) and Kai (Y9) walk home');
    expect(once).toBe('[child 1] (Y11) and [child 2] (Y9) walk home');
    expect(replaced(`${once}; Leo (Y7) joins them`)).toBe('[child 1] (Y11) and [child 2] (Y9) walk home; [child 3] (Y7) joins them');
  });

  it('counts an unnumbered replacement as the first of its role', () => {
    expect(replaced('[child] (Y11) walks home with Kai (Y9)')).toBe('[child] (Y11) walks home with [child 2] (Y9)');
    expect(replaced('[name] said it, and Jo agreed')).toBe('[name] said it, and [person 2] agreed');
    expect(replaced('She left [school] for Oakwood Academy')).toBe('She left [school] for [school 2]');
  });

  it('leaves a text whose people are all replaced as it is', () => {
    const once = replaced("Ayesha (Y9) says mum's partner Liam hits her brother Kai.");
    expect(replaced(once)).toBe(once);
  });
});

describe('the replacements themselves', () => {
  const labels = [...new Set([...ROLE_WORDS.map((r) => r.label), CHILD, FAMILY_NAME, UNROLED_ONE, UNROLED_MANY, 'school'])];
  const FRAMES = [
    (p: string) => `${p} told me about it.`,
    (p: string) => `I spoke to ${p} today and ${p} agreed.`,
    (p: string) => `her brother ${p} hit her`,
    (p: string) => `Mum is ${p}. ${p} thats mum`,
    (p: string) => `${p} (Y11) is upset, ${p}'s mum says`,
    (p: string) => `Hi,\n${p} was seen by ${p}.\nThanks\n${p}`,
  ];

  it('are not flagged when the text is checked again', () => {
    const flagged: string[] = [];
    for (const label of labels) {
      for (const placeholder of [`[${label}]`, `[${label} 2]`]) {
        for (const frame of FRAMES) {
          const text = frame(placeholder);
          if (scanIdentifiers(text).length > 0) flagged.push(text);
        }
      }
    }
    expect(flagged).toEqual([]);
  });

  it('come from the table, never from the text', () => {
    const text = "Ayesha (Y9), Kai, Jo and Sam Loft, mum's partner Liam, the Kowalczyk kids, Oakwood Academy";
    const allowed = new Set(labels);
    for (const f of suggestReplacements(text, scanIdentifiers(text))) {
      const label = /^\[(.+?)(?: \d+)?\]$/.exec(f.suggestion)?.[1] ?? '';
      if (f.kind === 'NAME' || f.kind === 'SCHOOL') expect(allowed.has(label), f.suggestion).toBe(true);
      expect(f.suggestion.toLowerCase()).not.toContain(f.text.toLowerCase());
    }
  });

  it('change only suggestions, never what was found', () => {
    const text = 'Ayesha (Y11) told me her brother Kai hit her at 14 Beech Road.';
    const found = scanIdentifiers(text);
    const suggested = suggestReplacements(text, found);
    expect(suggested.map(({ start, end, kind, text: t }) => ({ start, end, kind, text: t }))).toEqual(
      found.map(({ start, end, kind, text: t }) => ({ start, end, kind, text: t })),
    );
  });

  it('has each phrase in one row only', () => {
    const phrases = ROLE_WORDS.flatMap((r) => r.phrases.map((p) => p.replace(/['’\s-]/g, '').toLowerCase()));
    expect(phrases.length).toBe(new Set(phrases).size);
  });
});
