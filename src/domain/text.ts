/**
 * The one normalisation every piece of free text gets at the edge, before it is parsed, scanned,
 * stored, routed or logged: Unicode NFC; CR LF and lone CR become LF; NUL and the other control
 * characters (C0 except tab and newline, DEL, C1) are removed; the bidirectional embedding,
 * override and isolate controls (U+202A–U+202E, U+2066–U+2069), which can make text display in a
 * different order from what is stored, are removed; a lone surrogate becomes U+FFFD.
 */
// eslint-disable-next-line no-control-regex
const UNWANTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD').replace(/\r\n?/g, '\n').replace(UNWANTED, '').normalize('NFC');
}

/** A flat card input value after cleaning. */
export type CardValue = string | number | boolean;

/** Keys a card can send: input ids and action data names (`keep.<key>` confirmations included). */
const KEY = /^[A-Za-z][A-Za-z0-9._-]{0,79}$/;
const MAX_KEYS = 120;

/**
 * What a card sends, as the handlers may see it: a flat object of strings, numbers and booleans
 * with cleaned text. Our cards never nest data, so nested objects and arrays (and anything beyond
 * `MAX_KEYS` fields or with an odd key) are dropped here: deep or huge junk goes no further.
 */
export function cardInput(data: unknown): Record<string, CardValue> {
  const out: Record<string, CardValue> = {};
  if (!data || typeof data !== 'object' || Array.isArray(data)) return out;
  let n = 0;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (n >= MAX_KEYS) break;
    if (!KEY.test(key)) continue;
    if (typeof value === 'string') out[key] = cleanText(value);
    else if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) out[key] = value;
    else continue;
    n++;
  }
  return out;
}

/**
 * The entries of a card input that a "Try again" card may carry back: the verb's own fields first
 * (`known`), then the rest, each string at most `maxField` characters, `budget` characters in all,
 * so an outage card stays within Teams' card size whatever was sent.
 */
export function echoOf(input: Record<string, CardValue>, known: readonly string[], maxField: number, budget: number): Record<string, CardValue> {
  const out: Record<string, CardValue> = {};
  let used = 0;
  const keys = [...known.filter((k) => k in input), ...Object.keys(input).filter((k) => !known.includes(k))];
  for (const key of keys) {
    const value = input[key]!;
    const size = key.length + (typeof value === 'string' ? value.length : 8);
    if ((typeof value === 'string' && value.length > maxField) || used + size > budget) continue;
    out[key] = value;
    used += size;
  }
  return out;
}

/**
 * Text someone typed, made safe to show where Teams renders Markdown (a FactSet value): the
 * characters that make links, emphasis, code, headings, quotes and lists are backslash-escaped,
 * so "[open the form](https://…)" shows as typed and is not a link. Free text on its own line is
 * shown in a TextRun instead, which renders no Markdown at all.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]~]/g, '\\$&')
    .replace(/^(\s*)([-+#>])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.');
}
