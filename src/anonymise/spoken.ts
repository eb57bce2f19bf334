/**
 * Numbers and letters read out by voice, written as characters before matching ("oh seven seven double oh nine…" →
 * "07700 9…", "L S nine eight A B" → "LS98AB", "flat four" → "flat 4"), with a map back to the text's offsets: the
 * detectors then find a dictated phone number, postcode, plate or crime number as they find a typed one, and the user
 * sees the words they dictated flagged.
 *
 * Only runs that cannot be ordinary prose are rewritten: at least two digits, at least five characters out, and at
 * least one digit said as a word; or a number said as words right after a word that takes a number
 * ("flat", "room", "number") or before a street ("twenty two hillcrest road"). Linear: one pass over the words.
 */
import type { Normalised } from './normalise.js';

const DIGIT_WORDS: ReadonlyMap<string, string> = new Map([
  ['zero', '0'], ['oh', '0'], ['nought', '0'], ['nil', '0'],
  ['one', '1'], ['two', '2'], ['three', '3'], ['four', '4'], ['five', '5'],
  ['six', '6'], ['seven', '7'], ['eight', '8'], ['nine', '9'],
]);
const TEENS: ReadonlyMap<string, number> = new Map([
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);
const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
const REPEATS: ReadonlyMap<string, number> = new Map([['double', 2], ['triple', 3], ['treble', 3]]);
/** Words a house, flat or room number follows. */
const TAKER_WORDS = 'flat room bed unit number no house apartment pitch plot berth door block'.split(' ');
const NUMBER_TAKERS: ReadonlySet<string> = new Set(TAKER_WORDS);
const STREET_WORDS = 'road rd street st lane avenue ave close drive court way crescent grove terrace place gardens walk row view rise mews square park green hill'.split(' ');
const STREET_WORD: ReadonlySet<string> = new Set(STREET_WORDS);

const NUMBER_WORD = '(?:zero|oh|nought|nil|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
/**
 * A cheap look for what could be rewritten, so most messages ("one of the kids") skip the word pass: a digit word
 * beside another, a digit or a letter; a repeat word; a number word after a word that takes one; or before a street.
 */
const MAYBE_SPOKEN = new RegExp(
  String.raw`\b(?:${NUMBER_WORD}[ -](?:${NUMBER_WORD}|[A-Za-z]|\d)\b|(?:[A-Za-z]|\d+)[ -]${NUMBER_WORD}\b|(?:double|triple|treble)[ -]|(?:${TAKER_WORDS.join('|')})[ .]{1,2}${NUMBER_WORD}\b|${NUMBER_WORD}[ ]+[A-Za-z]+[ ]+(?:[A-Za-z]+[ ]+)?(?:${STREET_WORDS.join('|')})\b)`,
  'i',
);

interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9]+/g)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  return out;
}

/** What one word of a spelled run says, or null: digits, a digit word, a letter or two said alone. */
function unitOf(w: Word, next: Word | undefined): { chars: string; take: number } | null {
  const d = DIGIT_WORDS.get(w.lower);
  if (d !== undefined) return { chars: d, take: 1 };
  const rep = REPEATS.get(w.lower);
  if (rep !== undefined && next !== undefined) {
    const nd = DIGIT_WORDS.get(next.lower);
    if (nd !== undefined) return { chars: nd.repeat(rep), take: 2 };
    if (/^[A-Za-z]$/.test(next.text)) return { chars: next.text.toUpperCase().repeat(rep), take: 2 };
  }
  if (/^\d{1,4}$/.test(w.text)) return { chars: w.text, take: 1 };
  if (/^[A-Z]{1,2}$/.test(w.text) || /^[a-z]$/.test(w.text)) return { chars: w.text.toUpperCase(), take: 1 };
  return null;
}

/** A number from one to ninety-nine said as words at words[i]: its value and how many words it takes. */
function compoundAt(words: readonly Word[], i: number): { value: number; take: number } | null {
  const w = words[i];
  if (w === undefined) return null;
  const teen = TEENS.get(w.lower);
  if (teen !== undefined) return { value: teen, take: 1 };
  const tens = TENS.get(w.lower);
  if (tens !== undefined) {
    const unit = words[i + 1];
    const u = unit !== undefined && unit.start - w.end <= 1 ? DIGIT_WORDS.get(unit.lower) : undefined;
    return u !== undefined && u !== '0' ? { value: tens + Number(u), take: 2 } : { value: tens, take: 1 };
  }
  const d = DIGIT_WORDS.get(w.lower);
  if (d !== undefined && w.lower !== 'oh' && w.lower !== 'nil' && w.lower !== 'nought' && w.lower !== 'zero') return { value: Number(d), take: 1 };
  return null;
}

interface Replacement {
  start: number;
  end: number;
  chars: string;
}

function replacementsIn(text: string): Replacement[] {
  const words = wordsOf(text);
  const out: Replacement[] = [];
  let i = 0;
  while (i < words.length) {
    // a spelled run: words joined by single spaces or hyphens
    let j = i;
    const parts: { start: number; end: number; chars: string }[] = [];
    while (j < words.length) {
      const w = words[j] as Word;
      if (j > i && !/^[ -]$/.test(text.slice((words[j - 1] as Word).end, w.start))) break;
      const next = words[j + 1];
      const u = unitOf(w, next !== undefined && /^[ -]$/.test(text.slice(w.end, next.start)) ? next : undefined);
      if (u === null) break;
      const last = words[j + u.take - 1] as Word;
      parts.push({ start: w.start, end: last.end, chars: u.chars });
      j += u.take;
    }
    // a run does not open or close on a word that is also a letter said alone ("a", "I")
    while (parts.length > 0 && /^[AI]$/.test(parts[0]?.chars ?? '') && /^[aiI]$/.test(text.slice(parts[0]?.start, parts[0]?.end))) parts.shift();
    while (parts.length > 0 && /^[AI]$/.test(parts[parts.length - 1]?.chars ?? '') && /^[aiI]$/.test(text.slice(parts[parts.length - 1]?.start, parts[parts.length - 1]?.end))) parts.pop();
    const joined = parts.map((p) => p.chars).join('');
    const runDigits = joined.replace(/\D/g, '').length;
    // (a typed identifier spaced out, "JT 48 21 93 B", is left as it is: a digit must be said as a word)
    const anySpoken = parts.some((p) => /[A-Za-z]{2,}/.test(text.slice(p.start, p.end)) && /\d/.test(p.chars));
    if (parts.length >= 2 && runDigits >= 2 && joined.length >= 5 && anySpoken) {
      out.push({ start: (parts[0] as { start: number }).start, end: (parts[parts.length - 1] as { end: number }).end, chars: joined });
      i = Math.max(j, i + 1);
      continue;
    }
    // a number said as words after a word that takes one, or before a street: "flat four", "twenty two hillcrest road"
    // (only at the run's first word: a word inside a run follows a digit or a letter, never a word that takes a number)
    const c = compoundAt(words, i);
    if (c !== null) {
      const prev = words[i - 1];
      const after = words.slice(i + c.take, i + c.take + 3);
      const taker = prev !== undefined && NUMBER_TAKERS.has(prev.lower) && /^[ \t.]{1,2}$/.test(text.slice(prev.end, (words[i] as Word).start));
      const street = after.length >= 2 && after.slice(1).some((w) => STREET_WORD.has(w.lower)) && /^[ \t]+$/.test(text.slice((words[i + c.take - 1] as Word).end, (after[0] as Word).start)) &&
        !DIGIT_WORDS.has((after[0] as Word).lower) && !/^(?:of|in|on|at|to|the|a|an|and|or|from|year|years|yr|yrs|weeks?|days?|months?|hours?|times?|kids|children|people|minutes|mins)$/.test((after[0] as Word).lower);
      if (taker || street) {
        const first = words[i] as Word;
        const last = words[i + c.take - 1] as Word;
        out.push({ start: first.start, end: last.end, chars: String(c.value) });
        i += c.take;
        continue;
      }
    }
    // a run that fails fails from every later word too (each has fewer digits and characters): go on after it, so the
    // pass stays linear on a long run of letters
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * `norm` with its spoken numbers written as characters; the maps still lead to the caller's original offsets (each
 * written character maps to the whole of the words it came from).
 */
export function writeSpokenNumbers(norm: Normalised): Normalised {
  const text = norm.text;
  const originalLength = norm.starts === null ? text.length : (norm.starts[text.length] ?? text.length);
  if (!MAYBE_SPOKEN.test(text)) return norm;
  const reps = replacementsIn(text);
  if (reps.length === 0) return norm;
  const origStart = (k: number): number => (norm.starts === null ? k : (norm.starts[k] ?? originalLength));
  const origEnd = (k: number): number => (norm.ends === null ? k + 1 : (norm.ends[k] ?? originalLength));
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  const copy = (from: number, to: number): void => {
    parts.push(text.slice(from, to));
    for (let k = from; k < to; k++) {
      starts.push(origStart(k));
      ends.push(origEnd(k));
    }
  };
  for (const r of reps) {
    copy(at, r.start);
    parts.push(r.chars);
    const s = origStart(r.start);
    const e = origEnd(r.end - 1);
    for (let k = 0; k < r.chars.length; k++) {
      starts.push(s);
      ends.push(e);
    }
    at = r.end;
  }
  copy(at, text.length);
  starts.push(originalLength);
  return { text: parts.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
