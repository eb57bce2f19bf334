import { describe, expect, it } from 'vitest';
import { scanIdentifiers, type IdentifierKind } from '../../src/anonymise/index.js';

/** [kind, text] pairs of everything found, in order. */
export function found(text: string): [IdentifierKind, string][] {
  return scanIdentifiers(text).map((f) => [f.kind, f.text]);
}

/** Texts found of one kind. */
export function foundOf(kind: IdentifierKind, text: string): string[] {
  return scanIdentifiers(text)
    .filter((f) => f.kind === kind)
    .map((f) => f.text);
}

export type FindingCase = [text: string, expected: [IdentifierKind, string][]];

/** One test per case: `scan(text)` (every finding by default) must be exactly the expected [kind, text] pairs, in order. */
export function describeCases(title: string, cases: readonly FindingCase[], scan: (text: string) => [IdentifierKind, string][] = found): void {
  describe(title, () => {
    for (const [text, expected] of cases) {
      it(`${JSON.stringify(text)} → ${expected.map(([k, t]) => `${k}:${t}`).join(', ') || 'nothing'}`, () => {
        expect(scan(text)).toEqual(expected);
      });
    }
  });
}
