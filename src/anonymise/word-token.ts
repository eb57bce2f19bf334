/** A word as the name rules and the trained tagger see it (names.ts tokenizes; name-tagger.ts reads the same words). */

export type Case = 'title' | 'upper' | 'lower' | 'mixed';

/** What the word lists say of a word. */
export interface WordClass {
  first: boolean;
  surname: boolean;
  common: boolean;
  proper: boolean;
  func: boolean;
  hardNever: boolean;
  softNever: boolean;
  properOnly: boolean;
  /** a GeoNames place or a country */
  place: boolean;
  /** a vehicle make or model */
  vehicle: boolean;
  /** a city of the world of 100,000 or more: a place where a place is meant */
  worldCity: boolean;
  /** a given name only from the registrars' lists of babies' names: a name in writing, an acronym in capitals ("CAIT") */
  registered: boolean;
}

export interface Token extends WordClass {
  start: number;
  /** end of the word itself, excluding a possessive 's */
  end: number;
  text: string;
  lower: string;
  possessive: boolean;
  shape: Case;
  sentenceStart: boolean;
  /** raw text between the previous token and this one */
  gapBefore: string;
}
