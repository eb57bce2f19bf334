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
