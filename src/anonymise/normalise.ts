/**
 * Text normalisation before matching, with a map back to the caller's UTF-16 offsets.
 * Text pasted from Outlook, Word and case systems carries spacing that the detectors' patterns do not
 * expect: non-breaking and narrow spaces, thin/hair spaces, zero-width spaces and joiners, doubled
 * spaces, full-width digits and letters, Unicode dashes. The scanner matches on the normalised text and
 * reports findings on the original one.
 */

/** Removed: zero-width space/non-joiner/joiner, word joiner and invisible operators, BOM, soft hyphen. */
const isInvisible = (c: number): boolean => c === 0x200b || c === 0x200c || c === 0x200d || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff || c === 0x00ad;

/** Read as a space: tab, NBSP, ogham, en/em/thin/hair…, narrow NBSP, medium maths space, ideographic space. */
const isSpaceLike = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;

/** Hyphen, non-breaking hyphen, figure dash, en dash, minus sign (not em dash: that separates clauses). */
const isDashLike = (c: number): boolean => c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2212 || c === 0xfe63 || c === 0xff0d;

const NEEDS_WORK = /[\u00a0\u00ad\u1680\u2000-\u200d\u2010-\u2013\u2028\u2029\u202f\u205f-\u2064\u2212\u3000\ufeff\ufe63\uff01-\uff5e]|[ \t][ \t]/;

export interface Normalised {
  text: string;
  /** original index of each normalised code unit; `starts[text.length]` is the original length */
  starts: Int32Array | null;
  /** original end (exclusive) of each normalised code unit */
  ends: Int32Array | null;
}

/**
 * Spaces of every width become one ASCII space (a run of them too, so doubled spaces match as single);
 * invisible characters are dropped; full-width ASCII becomes ASCII; Unicode hyphens and minus become "-";
 * line and paragraph separators become "\n". Text needing none of this is returned as is, with no maps.
 */
export function normalise(original: string): Normalised {
  if (!NEEDS_WORK.test(original)) return { text: original, starts: null, ends: null };
  const n = original.length;
  const starts = new Int32Array(n + 1);
  const ends = new Int32Array(n + 1);
  const parts: string[] = [];
  let len = 0;
  let inSpace = false;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    if (isInvisible(c)) continue;
    let out: string;
    if (isSpaceLike(c)) {
      if (inSpace) {
        ends[len - 1] = i + 1; // the run's one space covers every character of the run
        continue;
      }
      inSpace = true;
      // a single tab stays a tab (form layouts); anything else, or a run, is one space
      out = c === 0x09 && !isSpaceLike(original.charCodeAt(i + 1)) ? '\t' : ' ';
    } else {
      inSpace = false;
      if (c >= 0xff01 && c <= 0xff5e) out = String.fromCharCode(c - 0xfee0);
      else if (isDashLike(c)) out = '-';
      else if (c === 0x2028 || c === 0x2029) out = '\n';
      else out = original[i] ?? '';
    }
    starts[len] = i;
    ends[len] = i + 1;
    parts.push(out);
    len++;
  }
  starts[len] = n;
  return { text: parts.join(''), starts: starts.subarray(0, len + 1), ends: ends.subarray(0, len) };
}

/** Original [start, end) of the normalised span [start, end). */
export function toOriginal(norm: Normalised, start: number, end: number): [number, number] {
  if (norm.starts === null || norm.ends === null) return [start, end];
  const s = norm.starts[start] ?? 0;
  const e = end > start ? (norm.ends[end - 1] ?? s) : s;
  return [s, e];
}
