/**
 * Identifier scanner: finds everything in free text that could identify a person
 * (names, dates, addresses, numbers…) so the user can replace it before anything is stored.
 * Pure: no I/O; the only module-level state is a bounded memo of word classes (names.ts), which carries nothing from
 * one scan to the next. The trained taggers' weights (name-tagger.ts, place-tagger.ts) are read once at import.
 */
import { TAGGERS, collectCandidates, resolve, type Taggers } from './scanner.js';
import { normalise, toOriginal } from './normalise.js';
import { writeSpokenNumbers } from './spoken.js';
import type { Finding } from './kinds.js';

export { IDENTIFIER_KINDS, type IdentifierKind, type Finding } from './kinds.js';
export { isValidNhsNumber, isValidNiNumber, isValidUpn, upnCheckLetter } from './checksums.js';
export { suggestReplacements } from './roles.js';

/**
 * Findings sorted by start, non-overlapping; start/end are UTF-16 indices into `text` (the caller's text,
 * not the normalised one the detectors saw), end exclusive, and `text` is that slice.
 */
export function scanIdentifiers(text: string): Finding[] {
  return scanWithTaggers(text, TAGGERS);
}

/** scanIdentifiers with other word taggers, or some switched off (null): for the trainers' baselines and tests. */
export function scanWithTaggers(text: string, taggers: Partial<Taggers>): Finding[] {
  if (text.length === 0) return [];
  const norm = writeSpokenNumbers(normalise(text));
  const found = resolve(norm.text, collectCandidates(norm.text, { ...TAGGERS, ...taggers }));
  if (norm.starts === null) return found;
  return found.map((f) => {
    const [start, end] = toOriginal(norm, f.start, f.end);
    return { ...f, start, end, text: text.slice(start, end) };
  });
}

/** Replace each finding by its suggestion, right to left so earlier offsets stay valid. */
export function applyReplacements(text: string, findings: readonly Finding[]): string {
  const sorted = [...findings].sort((a, b) => b.start - a.start);
  let out = text;
  let limit = text.length;
  for (const f of sorted) {
    if (f.start < 0 || f.end > limit || f.start > f.end) continue; // skip overlapping or out-of-range
    out = out.slice(0, f.start) + f.suggestion + out.slice(f.end);
    limit = f.start;
  }
  return out;
}
