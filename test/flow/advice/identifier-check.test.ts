import { describe, expect, it } from 'vitest';
import { EMPTY_SUMMARY, checkQuestion, findingKey, type CheckOutcome } from '../../../src/flow/advice/identifier-check.js';

/**
 * The identifier loop with role-aware replacements: what the card suggests is what "Replace them and
 * continue" writes, an edited question is checked again with the same people keeping their replacements,
 * and the replacements are never flagged themselves.
 */

const QUESTION = "Ayesha (Y9) says mum's partner Liam hits her brother Kai. Liam was arrested last year. Can I tell children's social care?";
const REPLACED = "[child] (Y9) says mum's partner [mum's partner] hits her brother [sibling]. [mum's partner] was arrested last year. Can I tell children's social care?";

const suggestions = (o: CheckOutcome): [string, string][] => (o.approved ? [] : o.findings.map((f) => [f.text, f.suggestion]));

describe('the identifier check with role-aware replacements', () => {
  it('suggests a replacement that says who each person is', () => {
    const outcome = checkQuestion(QUESTION, new Set(), EMPTY_SUMMARY, false);
    expect(outcome.approved).toBe(false);
    expect(suggestions(outcome)).toEqual([
      ['Ayesha', '[child]'],
      ['Liam', "[mum's partner]"],
      ['Kai', '[sibling]'],
      ['Liam', "[mum's partner]"],
    ]);
  });

  it('replaces each person with what the card suggested, and the result passes the check', () => {
    const outcome = checkQuestion(QUESTION, new Set(), EMPTY_SUMMARY, true);
    expect(outcome).toMatchObject({ approved: true, question: REPLACED, summary: { found: 4, replaced: 4 } });
    expect(checkQuestion(REPLACED, new Set(), EMPTY_SUMMARY, false)).toMatchObject({ approved: true, question: REPLACED });
  });

  it('checks an edited question again: a person added after replacing gets the next number, no one is renumbered', () => {
    const first = checkQuestion('Ayesha (Y11) and Kai (Y9) walk home together.', new Set(), EMPTY_SUMMARY, true);
    expect(first).toMatchObject({ approved: true, question: '[child 1] (Y11) and [child 2] (Y9) walk home together.' });
    const edited = `${first.question} Leo (Y7) joins them.`;
    const again = checkQuestion(edited, new Set(), first.summary, false);
    expect(suggestions(again)).toEqual([['Leo', '[child 3]']]);
    const applied = checkQuestion(edited, new Set(), first.summary, true);
    expect(applied).toMatchObject({ approved: true, question: '[child 1] (Y11) and [child 2] (Y9) walk home together. [child 3] (Y7) joins them.' });
  });

  it('keeps a person the asker confirmed, and the others get the numbers the card showed', () => {
    const text = 'Ayesha (Y11) and Kai (Y9) walk home together.';
    const shown = checkQuestion(text, new Set(), EMPTY_SUMMARY, false);
    expect(suggestions(shown)).toEqual([['Ayesha', '[child 1]'], ['Kai', '[child 2]']]);
    const keepAyesha = new Set([findingKey({ kind: 'NAME', text: 'Ayesha' })]);
    const applied = checkQuestion(text, keepAyesha, EMPTY_SUMMARY, true);
    expect(applied).toMatchObject({ approved: true, question: 'Ayesha (Y11) and [child 2] (Y9) walk home together.' });
  });
});
