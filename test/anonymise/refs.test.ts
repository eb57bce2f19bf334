import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.js';

describe('CASE_REF', () => {
  it('finds police, social-care and hospital references', () => {
    expect(foundOf('CASE_REF', 'crime ref 43/123456/24')).toEqual(['43/123456/24']);
    expect(foundOf('CASE_REF', 'incident 0456 of 12/03')).toEqual(['0456 of 12/03']);
    expect(foundOf('CASE_REF', 'LCS ID 1234567')).toEqual(['1234567']);
    expect(foundOf('CASE_REF', 'MOSAIC 998877')).toEqual(['998877']);
    expect(foundOf('CASE_REF', 'hospital no. RXH1234567')).toEqual(['RXH1234567']);
  });
  it('does not treat legislation numbers as references', () => {
    expect(foundOf('CASE_REF', 'Section 47 of the Children Act 1989 and Article 6(1)(e)')).toEqual([]);
  });
});

describe('HANDLE', () => {
  it('finds handles with and without @', () => {
    expect(foundOf('HANDLE', 'snapchat is lily_rose09')).toEqual(['lily_rose09']);
    expect(foundOf('HANDLE', 'follows @jayden.x on insta')).toEqual(['@jayden.x']);
    expect(foundOf('HANDLE', 'tiktok: kayz.official')).toEqual(['kayz.official']);
  });
  it('finds a username with an underscore without a platform cue', () => {
    expect(foundOf('HANDLE', 'a man she met online (dannyboi_22)')).toEqual(['dannyboi_22']);
  });
  it('treats a Teams @mention of a person as a name, not a handle', () => {
    expect(foundOf('HANDLE', '@Sarah Jones can you pick this up')).toEqual([]);
    expect(foundOf('NAME', '@Sarah Jones can you pick this up')).toEqual(['Sarah Jones']);
  });
  it('does not flag ordinary words after a platform name', () => {
    expect(foundOf('HANDLE', 'snapchat is where it started')).toEqual([]);
  });
});

describe('VEHICLE', () => {
  it('finds a current-format registration', () => {
    expect(foundOf('VEHICLE', 'a silver corsa AB12 CDE')).toEqual(['AB12 CDE']);
    expect(foundOf('VEHICLE', 'reg yx67klm')).toEqual(['yx67klm']);
  });
  it('finds an older prefix registration only with vehicle context', () => {
    expect(foundOf('VEHICLE', 'car reg P123 ABC')).toEqual(['P123 ABC']);
    expect(foundOf('VEHICLE', 'see P123 ABC')).toEqual([]);
  });
});
