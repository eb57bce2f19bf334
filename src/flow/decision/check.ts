import { applyReplacements, scanIdentifiers, type Finding } from '../../anonymise/index.js';
import { DECISION_TEXT_FIELDS, type DecisionContent, type DecisionTextField } from '../../domain/decision.js';
import { KIND_LABELS, findingKey, type FindingView, type IdentifierCheckSummary } from '../advice/identifier-check.js';
import { AMEND_REASON_FIELD, DECISION_FIELD_LABELS } from './form.js';

/**
 * The identifier check across every free-text part of a decision record, before anything is
 * stored: the record stays anonymous, and the asker's case system holds the link through the
 * reference. Only counts and kinds are remembered, never the flagged text.
 */

export type CheckedField = DecisionTextField | typeof AMEND_REASON_FIELD;
export type DecisionFinding = FindingView & { field: CheckedField; fieldLabel: string };

export type DecisionCheckOutcome =
  | { approved: true; content: DecisionContent; amendReason: string; summary: IdentifierCheckSummary }
  | { approved: false; content: DecisionContent; amendReason: string; findings: DecisionFinding[]; summary: IdentifierCheckSummary };

/**
 * Scans each free-text field; findings the asker confirmed (by key) stay. With `replace`, every
 * unconfirmed finding in every field is replaced by its suggestion first. Approved only when
 * nothing unconfirmed is left. The amendment reason, when given, is checked the same way.
 */
export function checkDecisionText(content: DecisionContent, confirmed: ReadonlySet<string>, replace: boolean, amendReason = ''): DecisionCheckOutcome {
  const next: DecisionContent = { ...content };
  let reason = amendReason;
  let found = 0;
  let replaced = 0;
  const kept: Finding[] = [];
  const findings: DecisionFinding[] = [];
  const fields: CheckedField[] = [...DECISION_TEXT_FIELDS, AMEND_REASON_FIELD];
  for (const field of fields) {
    const original = field === AMEND_REASON_FIELD ? reason : next[field];
    if (!original) continue;
    let text = original;
    let scanned = scanIdentifiers(text);
    found += scanned.length;
    if (replace) {
      const toReplace = scanned.filter((f) => !confirmed.has(findingKey(f)));
      if (toReplace.length > 0) {
        text = applyReplacements(text, toReplace);
        replaced += toReplace.length;
        scanned = scanIdentifiers(text);
      }
    }
    if (field === AMEND_REASON_FIELD) reason = text;
    else next[field] = text;
    kept.push(...scanned.filter((f) => confirmed.has(findingKey(f))));
    // Kept findings are listed too while anything is open: the card's toggles are the only memory of a confirmation.
    const seen = new Set<string>();
    for (const f of scanned) {
      const key = findingKey(f);
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({ key, kind: f.kind, kindLabel: KIND_LABELS[f.kind], text: f.text, suggestion: f.suggestion, kept: confirmed.has(key), field, fieldLabel: DECISION_FIELD_LABELS[field] });
    }
  }
  const summary: IdentifierCheckSummary = {
    found,
    replaced,
    keptAsNotIdentifying: new Set(kept.map(findingKey)).size,
    keptKinds: [...new Set(kept.map((k) => k.kind))].sort(),
  };
  if (findings.every((f) => f.kept)) return { approved: true, content: next, amendReason: reason, summary };
  return { approved: false, content: next, amendReason: reason, findings, summary };
}

/**
 * An amendment starts from the text the earlier version already holds (with its replacements), so
 * its own check often finds nothing: the record keeps both checks' counts, not only the last.
 */
export function carriedCheck(earlier: IdentifierCheckSummary | undefined, now: IdentifierCheckSummary): IdentifierCheckSummary {
  if (!earlier) return now;
  return {
    found: earlier.found + now.found,
    replaced: earlier.replaced + now.replaced,
    keptAsNotIdentifying: earlier.keptAsNotIdentifying + now.keptAsNotIdentifying,
    keptKinds: [...new Set([...earlier.keptKinds, ...now.keptKinds])].sort(),
  };
}
