import { applyReplacements, scanIdentifiers, suggestReplacements, type Finding, type IdentifierKind } from '../../anonymise/index.js';
import { fnv1a36 } from '../../domain/codes.js';
import { KIND_LABELS } from './kind-labels.js';

/**
 * The identifier loop: the question is scanned before anything is stored or sent; the asker
 * accepts the suggested replacements, edits the text, or confirms that a flagged item identifies
 * no one. Only counts and kinds are remembered — never the flagged text.
 */

export interface IdentifierCheckSummary {
  found: number;
  replaced: number;
  keptAsNotIdentifying: number;
  keptKinds: IdentifierKind[];
}

export { KIND_LABELS };

/** A stable key for "this flagged item", so a confirmation survives edits elsewhere in the text. */
export function findingKey(f: Pick<Finding, 'kind' | 'text'>): string {
  return `${f.kind}-${fnv1a36(`${f.kind}:${f.text.toLowerCase()}`)}`;
}

export interface FindingView {
  key: string;
  kind: IdentifierKind;
  kindLabel: string;
  text: string;
  suggestion: string;
  /** The asker already confirmed it identifies no one (the toggle shows as on). */
  kept: boolean;
}

/** At most this many findings are listed on the card (about 650 bytes each; Teams' limit is ~28 KB). */
export const MAX_FINDINGS_SHOWN = 20;

export type CheckOutcome =
  | { approved: true; question: string; summary: IdentifierCheckSummary }
  | { approved: false; question: string; findings: FindingView[]; summary: IdentifierCheckSummary };

export const EMPTY_SUMMARY: IdentifierCheckSummary = { found: 0, replaced: 0, keptAsNotIdentifying: 0, keptKinds: [] };

function view(f: Finding, confirmed: ReadonlySet<string>): FindingView {
  const key = findingKey(f);
  return { key, kind: f.kind, kindLabel: KIND_LABELS[f.kind], text: f.text, suggestion: f.suggestion, kept: confirmed.has(key) };
}

function keptSummary(prior: IdentifierCheckSummary, kept: readonly Finding[]): IdentifierCheckSummary {
  const kinds = [...new Set([...prior.keptKinds, ...kept.map((k) => k.kind)])].sort();
  const uniqueKept = new Set(kept.map(findingKey)).size;
  return { ...prior, keptAsNotIdentifying: Math.max(prior.keptAsNotIdentifying, uniqueKept), keptKinds: kinds };
}

/** The scanner's findings with replacements that keep meaning ("[child]", "[mum's partner]", numbered). */
const scan = (text: string): Finding[] => suggestReplacements(text, scanIdentifiers(text));

/**
 * Scans `question`; findings the asker confirmed (by key) stay. Approved only when nothing else
 * is flagged. With `replace`, every unconfirmed finding is replaced by its suggestion first.
 */
export function checkQuestion(
  question: string,
  confirmed: ReadonlySet<string>,
  prior: IdentifierCheckSummary,
  replace: boolean,
): CheckOutcome {
  let text = question;
  let summary = prior;
  let findings = scan(text);
  if (prior.found === 0 && findings.length > 0) summary = { ...summary, found: findings.length };
  if (replace) {
    const toReplace = findings.filter((f) => !confirmed.has(findingKey(f)));
    text = applyReplacements(text, toReplace);
    summary = { ...summary, replaced: summary.replaced + toReplace.length };
    findings = scan(text);
  }
  const kept = findings.filter((f) => confirmed.has(findingKey(f)));
  const open = findings.filter((f) => !confirmed.has(findingKey(f)));
  summary = keptSummary(summary, kept);
  if (open.length === 0) return { approved: true, question: text, summary };
  return { approved: false, question: text, findings: findings.map((f) => view(f, confirmed)), summary };
}
