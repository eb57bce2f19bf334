/**
 * Pattern detectors for structured identifiers. Every regex here is linear: no nested
 * unbounded quantifiers over overlapping classes, and word-boundary lookbehinds so a
 * long run of one character class is entered once, not at every position (`\b` where the
 * pattern opens with a word character: the same test, and faster than a lookbehind).
 * Module-level regexes are only used through String.prototype.matchAll (which clones them),
 * or by matchesNotAfter and matchesBeforeAnchor, which set lastIndex before each search and
 * leave it at 0, so no lastIndex state is shared.
 */
import type { Candidate } from './kinds.js';
import { isValidNhsNumber, isValidNiNumber, isValidUpn } from './checksums.js';

export const PRIORITY = {
  EMAIL: 100,
  NHS_NUMBER: 95,
  UPN: 95,
  NI_NUMBER: 95,
  CASE_REF_CUED: 90,
  PHONE: 85,
  POSTCODE: 80,
  HANDLE: 78,
  VEHICLE: 75,
  DATE: 70,
  ADDRESS: 65,
  SCHOOL: 68,
  CASE_REF: 55,
  NAME: 40,
} as const;

/**
 * The matches of the global `re`, in order, whose start does not follow a character that `notAfter` matches: the same
 * matches as `re` opened by the lookbehind `(?<!notAfter)` (give `notAfter` that class, with `re`'s flags), found
 * faster. A pattern that opens with a lookbehind is tried at every position of the text; one that opens with its
 * keywords lets the engine skip ahead to where one could start. A start refused here is retried one character on, as
 * the search with the lookbehind would go on. `re` must not match the empty string; its lastIndex is left at 0, and all
 * matches are found before this returns, so no state outlives a call.
 */
export function matchesNotAfter(text: string, re: RegExp, notAfter: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > 0 && notAfter.test(charBefore(text, m.index, notAfter.unicode))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    found.push(m);
  }
  re.lastIndex = 0;
  return found;
}

/**
 * The matches of the sticky `at` (a whole pattern, with its lookbehind) tried only at the start of the run of `isRunChar`
 * characters before each `anchor`: the same matches as a search with the pattern, for a pattern whose lookbehind
 * refuses a start inside such a run and whose every match reaches its first `anchor` through one ("lily_rose09": the
 * letters before its "_"). A few tries instead of one at every letter. `anchor` must not be a run character, so the
 * runs walked back over do not overlap and the walk stays linear.
 */
function matchesBeforeAnchor(text: string, anchor: string, isRunChar: (c: number) => boolean, at: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let after = 0;
  for (let i = text.indexOf(anchor); i >= 0; i = text.indexOf(anchor, i + 1)) {
    let start = i;
    while (start > 0 && isRunChar(text.charCodeAt(start - 1))) start--;
    // (a search goes on from the end of its last match)
    if (start < after) continue;
    at.lastIndex = start;
    const m = at.exec(text);
    if (m === null) continue;
    found.push(m);
    after = start + m[0].length;
  }
  at.lastIndex = 0;
  return found;
}
const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
/** `\w` without the Unicode flag. */
const isWordChar = (c: number): boolean => isAsciiAlnum(c) || c === 95;

/** The character before `at`, as a lookbehind reads it: a whole surrogate pair in a Unicode pattern. */
function charBefore(text: string, at: number, unicode: boolean): string {
  const low = text.charCodeAt(at - 1);
  if (unicode && low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text[at - 1] ?? '';
}

/* ---------------------------------------------------------------- EMAIL */
const EMAIL_RE = /(?<![\w.+%-])[A-Za-z0-9][A-Za-z0-9._%+'’-]{0,63}@[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}(?![\w-])/g;

const EMAIL_AT_RE = new RegExp(EMAIL_RE.source, 'y');
/** The characters of a local part, which are also those the lookbehind forbids before one. */
const isLocalChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 43 || c === 37 || c === 45;
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** An apostrophe between two letters in a local part ("j.o'brien@…"). */
const isLocalApostrophe = (text: string, at: number): boolean =>
  (text.charCodeAt(at) === 39 || text.charCodeAt(at) === 0x2019) && isAsciiLetter(text.charCodeAt(at - 1)) && isAsciiLetter(text.charCodeAt(at + 1));

export function findEmails(text: string, out: Candidate[]): void {
  // the same matches as a search with EMAIL_RE, found from each "@": the local part is the whole run of local
  // characters before it (the lookbehind allows no start inside one), at most 64 long
  let after = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at < after) continue;
    let start = at;
    while (start > after && at - start <= 64 && (isLocalChar(text.charCodeAt(start - 1)) || isLocalApostrophe(text, start - 1))) start--;
    if (at - start > 64 || start === at) continue;
    EMAIL_AT_RE.lastIndex = start;
    const m = EMAIL_AT_RE.exec(text);
    if (!m) continue;
    out.push({ start, end: start + m[0].length, kind: 'EMAIL', priority: PRIORITY.EMAIL });
    after = start + m[0].length;
  }
  findSpelledEmails(text, out);
}

/**
 * An address typed or dictated with its signs spelled or spaced: "jadewilson at hotmail dot co dot uk",
 * "sarah.jones(at)nhs.net", "dazza69 @ gmail.com". Found from each separator, with the local part read back and the
 * domain read on, each bounded, so the work stays linear. A plain " at " is only an address's with more evidence: a
 * spelled "dot", or a mail provider's domain, or a local part no word could be ("shopping at amazon.co.uk" is a shop).
 */
const SPELLED_AT_RE = /[ \t]*(?:\(at\)|\[at\]|\{at\})[ \t]*|[ \t]+@[ \t]*|[ \t]*@[ \t]+|[ \t]+at[ \t]+/gi;
const SPELLED_DOT = String.raw`(?:[ \t]*(?:\(dot\)|\[dot\]|\.)[ \t]*|[ \t]+dot[ \t]+)`;
const SPELLED_DOMAIN_RE = new RegExp(
  String.raw`(?:[A-Za-z0-9][A-Za-z0-9-]{0,62}${SPELLED_DOT}){1,4}(?:com|net|org|uk|gov|nhs|ac|io|me|ie|info|co|scot|wales|eu)(?![\w-]|[ \t]*(?:\.|dot[ \t])[ \t]*[a-z])`,
  'iy',
);
const SPELLED_LOCAL_RE = /(?:^|[^\w.+%'’@-])([A-Za-z0-9](?:[A-Za-z0-9._%+-]|[ \t]\.[ \t]|\.[ \t])*?)$/;
const MAIL_PROVIDERS: ReadonlySet<string> = new Set(
  'gmail googlemail hotmail outlook live yahoo ymail icloud me aol btinternet sky virginmedia talktalk protonmail proton msn mail gmx nhs'.split(' '),
);
function findSpelledEmails(text: string, out: Candidate[]): void {
  if (!/@|\bat\b|\(at\)|\[at\]/i.test(text)) return;
  for (const sep of text.matchAll(SPELLED_AT_RE)) {
    const at = sep.index;
    const local = SPELLED_LOCAL_RE.exec(text.slice(Math.max(0, at - 64), at))?.[1];
    if (local === undefined) continue;
    SPELLED_DOMAIN_RE.lastIndex = at + sep[0].length;
    const domain = SPELLED_DOMAIN_RE.exec(text);
    if (!domain) continue;
    if (/^[ \t]+at[ \t]+$/i.test(sep[0])) {
      const first = (/^[A-Za-z0-9-]+/.exec(domain[0])?.[0] ?? '').toLowerCase();
      const spelled = /(?:^|[ \t])dot[ \t]|\(dot\)|\[dot\]/i.test(domain[0]);
      if (!spelled && !MAIL_PROVIDERS.has(first) && !/[\d._]/.test(local)) continue;
      if (/^(?:is|was|me|him|her|them|us|it|you|email|e-mail|mail|contact|online|home|work|look|shop|shopping|address)$/i.test(local)) continue;
    }
    const start = at - local.length;
    out.push({ start, end: at + sep[0].length + domain[0].length, kind: 'EMAIL', priority: PRIORITY.EMAIL });
  }
}

/* ---------------------------------------------------------------- NHS */
const NHS_RE = /(?<![\w/.-])\d{3}[ .-]?\d{3}[ .-]?\d{4}(?![\w/]|[.-]\d)/g;
const NHS_OTHER_GROUPING_RE = /(?<![\w/.-])(?:\d{4}[ .-]\d{3}[ .-]\d{3}|\d{2}[ .-]\d{4}[ .-]\d{4}|\d{5}[ .-]\d{5})(?![\w/]|[.-]\d)/g;
const NHS_CUE_BEFORE = /nhs\W{0,3}(?:no|num|number|#)?\W{0,3}$/i;

export function findNhsNumbers(text: string, out: Candidate[]): void {
  // "nhs no 0932 287 549": ten digits grouped otherwise, right after the label, with a valid check digit
  if (/nhs/i.test(text)) for (const m of text.matchAll(NHS_OTHER_GROUPING_RE)) {
    if (!isValidNhsNumber(m[0]) || !NHS_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'NHS_NUMBER', priority: PRIORITY.NHS_NUMBER });
  }
  for (const m of text.matchAll(NHS_RE)) {
    const s = m[0];
    if (!isValidNhsNumber(s)) continue;
    // NHS numbers are not issued starting 0; a leading 0 is a phone number unless labelled.
    if (s.startsWith('0') && !NHS_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "+63 917 552 0184": the rest of a number abroad after its country code
    if (/\+\d{1,3}[ -]?$/.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    out.push({ start: m.index, end: m.index + s.length, kind: 'NHS_NUMBER', priority: PRIORITY.NHS_NUMBER });
  }
}

/* ---------------------------------------------------------------- NI */
const NI_RE = /(?<![\w])[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d](?![\w])/g;

export function findNiNumbers(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(NI_RE)) {
    if (!isValidNiNumber(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'NI_NUMBER', priority: PRIORITY.NI_NUMBER });
  }
}

/* ---------------------------------------------------------------- UPN */
const UPN_RE = /(?<![\w])[A-Za-z]\d{11}[0-9A-Za-z](?![\w])/g;

export function findUpns(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(UPN_RE)) {
    if (!isValidUpn(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'UPN', priority: PRIORITY.UPN });
  }
}

/* ---------------------------------------------------------------- PHONE */
/** A number shaped "NNNN-DDMMYY" right after a log or incident cue: the log's number and its day. */
function logNumberOfDay(text: string, start: number, value: string): boolean {
  const m = /^\d{3,5}-(\d{2})(\d{2})\d{2}$/.exec(value);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > 31 || Number(m[2]) < 1 || Number(m[2]) > 12) return false;
  return /\b(?:log|incident|cad|occurrence|storm)(?:[ \t]+(?:no|number|ref))?[ \t]*[:#]?[ \t]*$/i.test(text.slice(Math.max(0, start - 24), start));
}

/** Public helplines and service numbers identify no one: NSPCC, Childline, Samaritans, DV helpline, Crimestoppers… */
const PUBLIC_NUMBERS: ReadonlySet<string> = new Set([
  '08088005000', // NSPCC helpline
  '08001111', // Childline
  '116123', // Samaritans
  '08082000247', // National Domestic Abuse Helpline
  '0800555111', // Crimestoppers
  '08000280285', // NSPCC Whistleblowing Advice Line
]);

const PHONE_RE = /(?<![\w+])(?:(?:\+|00) ?44[ -]?(?:\(0\)[ -]?)?|\(0|0)(?:[ -]?\)?[ -]?\d){9,10}(?![\w])/g;

/**
 * "oh seven nine four six two one three eight zero five": a number read out and typed by voice-to-text — a run of digit
 * words (with "double" and "treble") that makes ten or eleven digits and opens with a zero.
 */
const DIGIT_WORD = '(?:oh|o|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|treble|triple)';
const SPOKEN_NUMBER_RE = new RegExp(`(?<![\\p{L}])(?:oh|zero|nought)(?:[ \\t,-]+${DIGIT_WORD}){8,14}(?![\\p{L}])`, 'giu');
function spokenDigits(run: string): number {
  let n = 0;
  let repeat = 1;
  for (const w of run.toLowerCase().split(/[ \t,-]+/)) {
    if (w === 'double') repeat = 2;
    else if (w === 'treble' || w === 'triple') repeat = 3;
    else {
      n += repeat;
      repeat = 1;
    }
  }
  return n;
}

export function findPhones(text: string, out: Candidate[]): void {
  if (/\b(?:oh|zero|nought) (?:one|two|three|seven|eight|nine)\b/i.test(text)) for (const m of text.matchAll(SPOKEN_NUMBER_RE)) {
    const digits = spokenDigits(m[0]);
    if (digits < 10 || digits > 11) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'PHONE', priority: PRIORITY.PHONE });
  }
  for (const m of text.matchAll(PHONE_RE)) {
    let digits = m[0].replace(/\D/g, '');
    if (digits.startsWith('0044')) digits = '0' + digits.slice(4);
    else if (digits.startsWith('440')) digits = digits.slice(2);
    else if (digits.startsWith('44')) digits = '0' + digits.slice(2);
    if (!/^0[1-9]\d{8,9}$/.test(digits)) continue;
    // mobiles (07) and non-geographic numbers are 11 digits; landlines 10 or 11
    if (/^07/.test(digits) && digits.length !== 11) continue;
    if (PUBLIC_NUMBERS.has(digits)) continue;
    // "Log 0987-080225", "incident 0452-070325": a log number and the day it was opened, not a phone
    if (logNumberOfDay(text, m.index, m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'PHONE', priority: PRIORITY.PHONE });
  }
  // "Babcia's phone is +48 601 234 887": a number abroad with its country code (families keep relatives' numbers)
  if (text.includes('+')) {
    for (const m of text.matchAll(INTERNATIONAL_PHONE_RE)) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.startsWith('44') || digits.length < 9 || digits.length > 14) continue;
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'PHONE', priority: PRIORITY.PHONE });
    }
  }
}
/** +CC then groups of digits: "+48 601 234 887", "+353 87 123 4567", "+92-300-1234567". Bounded groups keep it linear. */
const INTERNATIONAL_PHONE_RE = /(?<![\w+])\+[1-9]\d{0,2}(?:[ -]?\d{2,4}){2,5}(?![\w])/g;

/* ---------------------------------------------------------------- POSTCODE */
const POSTCODE_RE = /\b([A-Za-z]{1,2}\d[A-Za-z\d]?) ?(\d[A-Za-z]{2})(?![\w])/g;

/** "5a brunswick terrace s3 8nd": a lower-case one-letter area right after a street is a postcode. */
const STREET_BEFORE_POSTCODE = /\b(?:road|rd|street|st|lane|ln|terrace|avenue|ave|close|drive|way|court|crescent|grove|gardens|walk|row|mews|postcode|post code)\b[ \t,.]{0,3}$/i;

export function findPostcodes(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(POSTCODE_RE)) {
    const outward = (m[1] ?? '').toUpperCase();
    const inward = (m[2] ?? '').toUpperCase();
    // "Y6 4th" is a school year and an ordinal; "NE1 4ST" in capitals is a postcode.
    if (/^(?:1ST|2ND|3RD|[04-9]TH|[123]TH)$/.test(inward) && (m[2] ?? '') !== inward) continue;
    if (/[QVX]/.test(outward[0] ?? '')) continue;
    if (/^[A-Z][IJZ]/.test(outward)) continue;
    if (/[CIKMOV]/.test(inward.slice(1))) continue;
    const isLower = m[0] === m[0].toLowerCase();
    // lower-case "y6 4ab"-like coincidences: require the lower-case form to have a space-free or spaced full shape only
    if (isLower && outward.length < 2 && !STREET_BEFORE_POSTCODE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'POSTCODE', priority: PRIORITY.POSTCODE });
  }
}

/* ---------------------------------------------------------------- DATE */
const MONTH =
  "(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";
/** What a month's name may not follow (for matchesNotAfter: MONTH_DAY_RE's lookbehind). */
const AFTER_WORD_OR_HYPHEN_I = /[\w-]/i;
const YEAR_TAIL = "(?:,? (?:\\d{4}|'?\\d{2})(?![\\d:.]))?";
const DAY_MONTH_RE = new RegExp(
  `\\b([0-3]?\\d)(?:st|nd|rd|th)?(?: of)? ?(${MONTH})(?![a-z])${YEAR_TAIL}`,
  'gi',
);
/** "20-Jun-2021", "05-jul-12": a day, a month's name and a year joined by hyphens (case systems, hospital letters). */
const HYPHEN_DATE_RE = new RegExp(`(?<![\\w-])([0-3]?\\d)-(${MONTH})-(\\d{4}|\\d{2})(?![\\w-])`, 'gi');
const MONTH_DAY_RE = new RegExp(`(${MONTH}) ([0-3]?\\d)(st|nd|rd|th)?(?![\\w:])${YEAR_TAIL}`, 'gi');
const WEEKDAY_ORDINAL_RE =
  /\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,? (?:the )?([0-3]?\d)(?:st|nd|rd|th)(?![\w])/gi;
const NUMERIC_DATE_RE = /(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|[.-]\d)/g;
/** "21 / 02 / 2009": spaces around the slashes (forms and pasted text) */
const SPACED_DATE_RE = /(?<![\w/.-])(\d{1,2}) ([/.-]) (\d{1,2}) \2 (\d{4}|\d{2})(?![\w/]|[.-]\d)/g;
const ISO_DATE_RE = /(?<![\w/.-])(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?![\w/]|[.-]\d)/g;
const SHORT_DATE_RE = /(?<![\w/.-])(\d{1,2})\/(\d{1,2})(?![\w/]|\.\d)/g;
const CHRONOLOGY_LINE_RE = /(?:^|\n)[ \t]*(?:[0-3]?\d)\/(?:[01]?\d)(?![\w/])[ \t]*[:–-]?[ \t]+[A-Za-z]/g;
const DOB_BEFORE = /(?:\bdob|\bd\.o\.b\.?|\bborn|\bdate of birth|\bbirthday|\bbday|\bd\/o\/b|\bb\.)\W{0,3}(?:on\W{1,2}|is\W{1,2})?$/i;
const DATE_CUE_BEFORE = /(?:\bmarac|\bconference|\bcore group|\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?|\babsent|\bmissed|\btil|\bvisit|\bhearing|\bappt|\bappointment|\breview|\bcourt|\bplanned|\bon|\bdated|\bdob|\bd\.o\.b\.?|\bborn|\bsince|\bfrom|\buntil|\btill|\bby|\bdate|\bdue|\bsent|\bseen|\bmeeting|\bincident|\bdisclosed|\bbefore|\bafter)\W{0,3}$/i;

/** "the fourth of feb", "twenty-first of March", "feb the fourth": a date in words, as dictated. */
const ORDINAL_WORD =
  '(?:(?:twenty|thirty)[ -]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)';
const SPOKEN_DATE_RE = new RegExp(
  `(?<![\\w])(?:(the[ \\t]+)${ORDINAL_WORD}(?:[ \\t]+of)?|${ORDINAL_WORD}[ \\t]+of)[ \\t]+${MONTH}(?![a-z])|(?<![\\w])${MONTH}[ \\t]+the[ \\t]+${ORDINAL_WORD}(?![\\w])`,
  'gi',
);
const SPOKEN_ORDINAL_HINT = /(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth)\b/i;
/**
 * "meeting him on the 3rd at the retail park": a bare ordinal day after "on the"/"since the"…, where the sentence goes on
 * with no noun for it to count ("on the 3rd floor", "the 2nd time").
 */
const BARE_ORDINAL_RE = /\b(?:on|since|until|till|by|from|before|after)[ \t]+the[ \t]+([0-3]?\d(?:st|nd|rd|th))(?![\w])/gi;
const AFTER_BARE_ORDINAL = /^(?:[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:at|and|or|when|but|in|then|so|because|about|for|with|outside|near|after|before|she|he|they|we|i|mum|dad)\b)/i;

function validDayMonth(d: number, m: number): boolean {
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

function pushDate(text: string, start: number, end: number, out: Candidate[]): void {
  const before = text.slice(Math.max(0, start - 24), start);
  const suggestion = DOB_BEFORE.test(before) ? '[date of birth]' : '[date]';
  out.push({ start, end, kind: 'DATE', priority: PRIORITY.DATE, suggestion });
}

const AGES_BEFORE = /\b(?:ones|kids|boys|girls|children|pupils|students|lads|lasses|siblings|twins|brothers|sisters|aged|ages|age)[ \t]*\(?[ \t]*$/i;

const COUNT_BEFORE = /\b(?:week|wk|day|page|chapter|step|part|phase|level|session|module|unit|lesson|stage|round|term)[ \t]*$/i;

export function findDates(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(DAY_MONTH_RE)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    const month = m[2] ?? '';
    const hasYear = /\d{2}$/.test(m[0]);
    const hasOrdinal = /\d(?:st|nd|rd|th)/i.test(m[0]);
    // "3 may" / "7 mar" could be ordinary words; require the month's capital or an ordinal or a year
    // "3 may" / "7 mar" in lower case are usually words; need a capital, an ordinal or a year
    if (/^(?:may|mar)$/.test(month) && !hasYear && !hasOrdinal) continue;
    // "week 2 of january", "day 3 of the course in march": a count within the month is no day of it
    if (!hasYear && COUNT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    pushDate(text, m.index, m.index + m[0].length, out);
  }
  if (text.includes('-')) for (const m of text.matchAll(HYPHEN_DATE_RE)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    pushDate(text, m.index, m.index + m[0].length, out);
  }
  for (const m of matchesNotAfter(text, MONTH_DAY_RE, AFTER_WORD_OR_HYPHEN_I)) {
    const day = Number(m[2]);
    if (day < 1 || day > 31) continue;
    const month = m[1] ?? '';
    const hasYear = /\d{2}$/.test(m[0].slice((m[1] ?? '').length + 1 + (m[2] ?? '').length + (m[3] ?? '').length));
    if (/^may$/i.test(month) && month !== 'May' && !m[3] && !hasYear) continue;
    if (/^mar$/.test(month)) continue;
    // "May 5" is a date, "Will May 5 children…" is unlikely; a bare "March 3" is accepted.
    pushDate(text, m.index, m.index + m[0].length, out);
  }
  if (SPOKEN_ORDINAL_HINT.test(text)) for (const m of text.matchAll(SPOKEN_DATE_RE)) {
    const start = m.index + (m[1] ?? '').length;
    // "a third of march", "one fifth of may": a fraction of a word, not a day
    if (/(?:^|[^\w])(?:a|one)[ \t]+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    pushDate(text, start, m.index + m[0].length, out);
  }
  if (/\d(?:st|nd|rd|th)\b/i.test(text)) for (const m of text.matchAll(BARE_ORDINAL_RE)) {
    const day = Number.parseInt(m[1] ?? '', 10);
    const end = m.index + m[0].length;
    if (day < 1 || day > 31 || !AFTER_BARE_ORDINAL.test(text.slice(end, end + 12))) continue;
    pushDate(text, end - (m[1] ?? '').length, end, out);
  }
  for (const m of text.matchAll(WEEKDAY_ORDINAL_RE)) {
    // "Saturday 12th", "sat the 12th": a specific date even without the month
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    pushDate(text, m.index, m.index + m[0].length, out);
  }
  for (const m of text.matchAll(NUMERIC_DATE_RE)) {
    if (!validDayMonth(Number(m[1]), Number(m[3]))) continue;
    if (m[2] === '.' && (m[4] ?? '').length === 2 && (m[1] ?? '').length === 2 && (m[3] ?? '').length === 2) {
      // 12.03.19 fine
    }
    pushDate(text, m.index, m.index + m[0].length, out);
  }
  for (const m of text.matchAll(ISO_DATE_RE)) {
    const y = Number(m[1]);
    if (y < 1900 || y > 2100 || !validDayMonth(Number(m[4]), Number(m[3]))) continue;
    pushDate(text, m.index, m.index + m[0].length, out);
  }
  for (const m of text.matchAll(SPACED_DATE_RE)) {
    if (!validDayMonth(Number(m[1]), Number(m[3]))) continue;
    pushDate(text, m.index, m.index + m[0].length, out);
  }
  // a list of short dates shares the first one's cue: "absent 9/6, 10/6, 13/6"; "Mon 3/2, Tue 4/2"
  let lastEnd = -1;
  // ("2/12 sibling excluded\n9/12 mum rang…": a chronology — two or more lines opening with a short date, no bullet)
  // (asked only of a short date that opens a line, and answered once)
  let chronology: boolean | undefined;
  const isChronology = (): boolean => (chronology ??= (text.match(CHRONOLOGY_LINE_RE) ?? []).length >= 2);
  for (const m of text.matchAll(SHORT_DATE_RE)) {
    const d = m[1] ?? '';
    const mo = m[2] ?? '';
    if (!validDayMonth(Number(d), Number(mo))) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const bothTwoDigit = d.length === 2 && mo.length === 2;
    // "from 2/1, 14 Marchmont Terrace": a tenement flat's floor and door before its street number
    if (d.length === 1 && mo.length === 1 && /^,[ \t]*\d{1,4}[a-z]?[ \t]+\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    // "the younger ones (11/12)", "boys aged 14/15": two ages in a row after people, not a date
    if (Number(mo) === Number(d) + 1 && Number(d) <= 18 && AGES_BEFORE.test(before)) continue;
    const inList = lastEnd >= 0 && /^[ \t]*(?:,|&|and|or)?[ \t]*$/.test(text.slice(lastEnd, m.index));
    // "- 11/2 late collect", a chronology's line opening with its date
    // (a bulleted line; never "24/7")
    const lineStart = (/(?:^|\n)[ \t]*[-*•–][ \t]*$/.test(before) || (/(?:^|\n)[ \t]*$/.test(before) && isChronology())) && m[0] !== '24/7' && /^[ \t]*[:–-]?[ \t]+[a-z]/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
    if (!bothTwoDigit && !inList && !lineStart && !DATE_CUE_BEFORE.test(before)) continue;
    pushDate(text, m.index, m.index + m[0].length, out);
    lastEnd = m.index + m[0].length;
  }
}

/* ---------------------------------------------------------------- CASE_REF */
const CASE_CUE =
  '(?:crime|police|occurrence|incident|log|cad|custody|rio|systmone|emis|carenotes|carefirst|epr|wcccis|case|ref|reference|referral|lcs|mosaic|liquid ?logic|eclipse|ics|cp|hospital|hosp|mrn|rn|record|pnc|niche|athena|crn|ehm|early help|eh|court|proceedings|nrm|marac|serial|nomis|n?delius|oasys|dentally|cpoms|myconcern|rent account|tenancy|council tax|c ?tax|claim|account|acc|a/c|(?:ed|a&e|ae) (?:no|number)|(?:child|person|client|pupil|system|lac|cla|cin|cp|pep|sw) id|unit (?:no|number))';
const CASE_CUE_RE = new RegExp(
  `\\b${CASE_CUE}(?: ?(?:ref(?:erence)?|no|num|number|id|log|nr|crime|record|acc(?:ount)?|a/c))?(?: ?(?:no|num|number|id)\\b)?\\.?(?: ?[:#=-] ?| is | ?\\( ?|, number | )(?:#|no\\.? )?` +
    // one or two letter groups may open the value: "E2398811", "SG-HV-7781"
    `((?:[A-Za-z]{1,6}[/ -]?)?(?:[A-Za-z]{1,4}-)?\\d[A-Za-z\\d]*(?:[/-][A-Za-z\\d]+){0,4}` +
    // "crime ref 4312 3456", "mosaic 998 877 211": a number typed in spaced groups is one value, not its first group
    `(?: \\d{3,8}(?![\\d:.,]\\d)){0,3}(?: of \\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)?)(?![\\w])`,
  'gi',
);
/** "– ID CSC-448120", "ID: EH-20931": a capitalised ID label before a lettered, hyphenated number. */
const BARE_ID_RE = /(?<![\w])ID[ \t]*[:#]?[ \t]*([A-Z]{2,6}-?\d{4,10})(?![\w/-])/g;
const POLICE_REF_RE = /(?<![\w/])(?:\d{2}|[A-Z]{1,3})\/\d{4,8}\/\d{2,4}(?![\w/])/g;
const POLICE_REF_AT_RE = new RegExp(POLICE_REF_RE.source, 'y');
/** Family court case numbers (LS24C01873, BM24F01187) and year- or date-numbered references (NRM-2024-55301, SG-2024-118, WY-20240202-0981). */
const COURT_REF_RE = /(?<![\w-])(?:[A-Z]{2}\d{2}[A-Z]\d{5}|[A-Z]{2,4}-(?:19|20)\d{2}(?:[01]\d[0-3]\d)?-\d{3,6})(?![\w-])/g;
/** References that identify no one: "IT ticket ref 6492083124", "room booking ref is 1741433377" (a repairs job is a tenancy's: "Repairs job R-772190"). */
const NOT_PERSON_REF_BEFORE = /\b(?:ticket|booking|order|invoice|tracking|parcel|(?<!repairs?[ \t]?)job|receipt|transaction|delivery|purchase)\b[^.\n]{0,12}$/i;
/** Whether the reference at `at` follows a ticket, order or booking cue (looked for in the 16 characters before `from`). */
function refOfNoOne(text: string, at: number, from = at): boolean {
  return NOT_PERSON_REF_BEFORE.test(text.slice(Math.max(0, from - 16), at));
}
const ALNUM_ID_RE = /(?<![\w])[A-Z]{2,4}\d{6,14}(?![\w])/g;
/**
 * Shapes only systems give people: one capital and six or more digits ("X538217"), a capital, four digits and two
 * capitals (a prison number, "A4471CZ"), capitals, a hyphen and five or more digits ("PT-30418", and a part number after it:
 * "TEN-004471-02") — no cue needed.
 * NI numbers and UPNs have shapes of their own and are left to their checks.
 */
const SHAPED_ID_RE = /(?<![\w/-])(?!(?:ISO|BS|EN|IEC|PAS|COVID|SARS|MERS|HB|SI)-)(?:[A-Z]\d{6,10}|[A-Z]\d{4}[A-Z]{2}|[A-Z]{1,4}-\d{5,10}(?:-\d{1,4})?)(?![\w/-])/g;
/** "2024/118734": a year and a five-to-eight-digit serial is a reference number, with no cue needed (no date has that shape). */
const YEAR_SERIAL_RE = /(?<![\w/])(?:19|20)\d{2}\/\d{5,8}(?![\w/])/g;
/** "#40117  Mon 10/03 …": numbered entries of a pasted log or chronology. */
const LOG_ENTRY_RE = /(?:^|\n)[ \t>*-]*#(\d{4,8})(?![\w])/g;
/** Letter-prefixed slash ids: "EH/55128", "EH/2024/05521", "CP/2023/118" (five digits alone, or year/number), "MARAC/LDS/2291" (two letter parts, then digits). */
const SLASH_ID_RE = /(?<![\w/])(?:[A-Z]{2,4}\/(?:[A-Z]{2,4}\/)?(?:\d{5,9}|(?:19|20)\d{2}\/\d{3,6}|[0-3]\d\/\d{3,6})|[A-Z]{2,6}\/[A-Z]{2,4}\/(?!(?:19|20)\d{2}(?![\w/]))\d{3,9})(?![\w/])/g;

/**
 * "Her hosp no (from the booking letter) is M0472915", "The custody record number is LE/C/24/11802", "RiO number 1200458":
 * a reference named by its label, with the value after "is"/"will be" later in the same clause, or right after the label.
 * The label may be any word before no/number/ref/id except those of numbers that are not case references (phones,
 * the checksummed NHS, NI and pupil numbers — an invalid one is deliberately not reported — rooms, pages, tickets).
 */
const REF_VALUE = '(?:[A-Za-z]{1,5} \\d{5,10}|[A-Za-z\\d]{1,12}(?:[/-][A-Za-z\\d]{1,12}){0,5})';
const COPULA_VALUE_RE = new RegExp(`\\b(?:is|was|will be|reads|gave me|gave us|came back|came back as)[ \\t]*:?[ \\t]+(?:now[ \\t]+)?(?!(?:is|was|will|be|the|a|an|it)\\b)(${REF_VALUE}(?: of \\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)?)(?![\\w/-]|[.,]\\d)`, 'g');
const LABEL_VALUE_RE = new RegExp(`\\b(?:number|no|ref|reference|id)\\.?[ \\t]*[:#]?[ \\t]*(${REF_VALUE})(?![\\w/-]|[.,]\\d)`, 'gi');
const LABEL_WORD_BEFORE = /(?<![\w])([A-Za-z][A-Za-z&-]{1,20})[ \t]+$/;
/** The label in the clause before the value: "no" only as a label ("hosp no (", "case no,"), never "has no NHS number". */
const REF_LABEL_RE = /(?<![\w])([A-Za-z\d][A-Za-z\d&-]{0,20})[ \t-]+(?:number|num|ref|reference|id|nr|log|record|no\.?(?=[ \t]*[,(:]|[ \t]+(?:is|was|will|she|he|they|we|on|from)\b))(?![\w])(?![ \t]+of\b)/gi;
const NOT_REF_LABEL =
  /^(?:phone|mobile|mob|tel|telephone|contact|landline|home|work|office|fax|whatsapp|nhs|ni|insurance|upn|pupil|house|room|flat|door|page|bus|seat|table|platform|pin|the|a|an|this|that|her|his|their|our|my|your|its|any|no|same|total|version|question|item|step|point|slide|line|exam|candidate|ticket|booking|order|invoice|tracking|parcel|job|receipt|transaction|delivery|purchase|po|serial|model|part|product|batch|lot|policy)$/i;

function refValueOk(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  if (digits < 4 || (digits < 5 && !/[A-Za-z]/.test(value))) return false;
  if (/^(?:19|20)\d{2}$/.test(value) || /^\d{1,2}([/.-])\d{1,2}(?:\1\d{2,4})?$/.test(value) || /^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  // phones are their own kind, found with their own rules
  if (/^(?:0|\+?44)\d{9,10}$/.test(value.replace(/[ -]/g, ''))) return false;
  return true;
}

function findLabelledRefs(text: string, out: Candidate[]): void {
  if (!/\b(?:number|num|no|ref|reference|id|nr|log|record)\b/i.test(text)) return;
  for (const m of text.matchAll(COPULA_VALUE_RE)) {
    const value = m[1] ?? '';
    // "0417 of 12/2": an incident number of a day is one reference, four digits enough
    if (!(/ of \d/.test(value) ? /^\d{3,6} of /.test(value) : refValueOk(value))) continue;
    // the label sits in the same clause: a bounded window back to the last sentence end
    const windowText = text.slice(Math.max(0, m.index - 90), m.index);
    // a sentence ends at ". " unless the dot is an abbreviation's ("Case no. on the bail sheet is …")
    let stop = windowText.lastIndexOf('. ');
    while (stop > 0 && /(?:^|[^\p{L}])(?:no|ref|st|dr|mr|mrs|ms|tel|approx|nr)$/iu.test(windowText.slice(Math.max(0, stop - 7), stop))) stop = windowText.lastIndexOf('. ', stop - 1);
    const clause = windowText.slice(Math.max(stop, windowText.lastIndexOf('\n'), windowText.lastIndexOf('?'), windowText.lastIndexOf('!')) + 1);
    let label: RegExpMatchArray | undefined;
    for (const l of clause.matchAll(REF_LABEL_RE)) label = l;
    // "ref on it is CS-2291047": the label opening the clause, with no word before it
    if (!label) label = /^[ \t]*(?:the[ \t]+)?(?:ref|reference)(?![\w])()/i.exec(clause) ?? undefined;
    if (!label || NOT_REF_LABEL.test(label[1] ?? '')) continue;
    // between the label and "is": nothing, an aside in commas or brackets, or a phrase naming whose it is
    // ("the MOSAIC ID for the family is …"), not a clause ("the call log number they gave was …")
    // "custody record number is …", "incident log ref: …": a second label word belongs to the label
    const gap = clause.slice((label.index ?? 0) + label[0].length).replace(/^[ \t-]+(?:number|num|no|ref|reference|id|nr)\b\.?/i, '');
    // (a short clause of who gave it also counts: "the hosp no she gave me", "the case no on the letter they sent back")
    const aside = /^[ \t]*$|^[ \t]*[,(–—-]|^[ \t]+(?:for|of|on|in|from|at)\b/.test(gap);
    // (not a call log's: "the call log number they gave was …" is a helpline's record of a call)
    const whoGaveIt = !/^(?:call|phone|chat|web|helpline)$/i.test(label[1] ?? '') && /^[ \t]+(?:she|he|they|we|i|mum|dad)[ \t]+(?:[a-z']+[ \t]*){0,3}$/.test(gap);
    if (!aside && !whoGaveIt) continue;
    const start = m.index + m[0].length - value.length;
    out.push({ start, end: start + value.length, kind: 'CASE_REF', priority: PRIORITY.CASE_REF });
  }
  for (const m of text.matchAll(LABEL_VALUE_RE)) {
    const value = m[1] ?? '';
    if (!refValueOk(value) || value.replace(/\D/g, '').length < 6) continue;
    const label = LABEL_WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
    if (!label || NOT_REF_LABEL.test(label[1] ?? '')) continue;
    const start = m.index + m[0].length - value.length;
    out.push({ start, end: start + value.length, kind: 'CASE_REF', priority: PRIORITY.CASE_REF });
  }
}

/** A phone number starting here ("the log is 0113 496 0518"): a phone, never also a case reference. */
const PHONE_AT_RE = new RegExp(`^${PHONE_RE.source}`);
function phoneAt(text: string, start: number): boolean {
  const m = PHONE_AT_RE.exec(text.slice(start, start + 24));
  return m !== null && /^(?:0|\+?44|0044)/.test(m[0]);
}

/**
 * "PC 4471 Hughes", "DC 2291", "collar number 3382": an officer's collar (shoulder, warrant) number names that officer as
 * surely as their name does. A rank in capitals, then three to six digits ("3 PCs" is a count).
 */
// (a rank is typed in capitals, "pc 2000" is no one; the collar words in any case)
const COLLAR_RE =
  /(?<![\p{L}\d])(?:(?:PC|DC|PS|DS|DI|DCI|PCSO|Sgt|SGT|Insp|TDC|TPC|SC)[ \t]+|(?:[Cc]ollar|[Ss]houlder|[Ww]arrant|[Bb]adge|COLLAR)[ \t]+(?:[Nn]umber|[Nn]o\.?|[Nn]um|#)?[ \t]*:?[ \t]*)(\d{3,6})(?![\d/:.]\d|[\d%])/gu;
function findCollarNumbers(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(COLLAR_RE)) {
    const value = m[1] ?? '';
    const start = m.index + m[0].length - value.length;
    // "DI 2024 guidance", "SC 2019 report": a year after a rank's letters, unless the officer's name follows
    if (/^(?:19|20)\d{2}$/.test(value) && !/^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(start + value.length, start + value.length + 4))) continue;
    out.push({ start, end: start + value.length, kind: 'CASE_REF', priority: PRIORITY.CASE_REF_CUED });
  }
}

export function findCaseRefs(text: string, out: Candidate[]): void {
  findLabelledRefs(text, out);
  if (/\d{3}/.test(text)) findCollarNumbers(text, out);
  for (const m of text.matchAll(CASE_CUE_RE)) {
    let value = m[1] ?? '';
    // spaced groups only continue a number that is one already ("court 2 10:30" is a court and a time)
    const firstGroup = /^[A-Za-z]{0,4}[/ -]?\d+/.exec(value)?.[0] ?? value;
    if (/^\d+ \d/.test(value) && firstGroup.replace(/\D/g, '').length < 3) value = firstGroup;
    const digits = value.replace(/\D/g, '').length;
    if (digits < 3) continue;
    // "claim 2000 back", "account for 300": a claim's or an account's number is a long one ("UC claim 12345678", "CTax acc 6003318742")
    if (/^(?:claim|account|acc|a\/c)\b/i.test(m[0]) && digits < 5) continue;
    // "Police 101 or 999?": the public numbers are no one's reference
    if (/^(?:101|999|111|112|116 ?123|0800 ?1111)$/.test(value)) continue;
    // "section 47", "article 8" are not cues here; "ref" + a year alone is not an id
    if (/^(?:19|20)\d{2}$/.test(value)) continue;
    if (/^\d{1,2}([/.-])\d{1,2}\1\d{2,4}$/.test(value) || /^\d{4}-\d{2}-\d{2}$/.test(value)) continue; // a date
    // "MARAC 22/05", "court 3/4": a day and a month after a meeting or a hearing is its date (found as one), not a reference
    if (/^(?:marac|court|proceedings|cp|eh|early help)\b/i.test(m[0]) && /^(\d{1,2})\/(\d{1,2})$/.test(value) && validDayMonth(Number(value.split('/')[0]), Number(value.split('/')[1]))) continue;
    // "MRN MT 2290415", not "ref no 12"; a control room's own prefix is part of a log number ("log CAD 1422")
    if (/^[A-Za-z]{1,4} \d/.test(value) && !/\d{5}/.test(value) && !/^(?:cad|inc|occ|storm)[ \t]/i.test(value)) continue;
    // "HV record 7728624", "RN M2209341": a bare record word, or a ward's record number in capitals, needs a long value
    // (not "on record 100 times", "rn 2 of them")
    if (/^(?:record|rn)\b/i.test(m[0]) && (digits < 5 || (/^rn/i.test(m[0]) && !/^RN/.test(m[0])))) continue;
    const start = m.index + m[0].length - (m[1] ?? '').length;
    if (refOfNoOne(text, start, m.index)) continue;
    if (/^[+0(]/.test(value) && phoneAt(text, start) && !logNumberOfDay(text, start, value)) continue;
    // "Date of incident: March 2024": a month and a year, not a reference
    if (/^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?) \d/i.test(value)) continue;
    // "nhs no on the referral is 4857773456": a mistyped NHS number is not a referral's number
    if (/^\d{10}$/.test(value.replace(/[ -]/g, '')) && /\bnhs\b/i.test(text.slice(Math.max(0, m.index - 30), start))) continue;
    out.push({ start, end: start + value.length, kind: 'CASE_REF', priority: PRIORITY.CASE_REF_CUED });
  }
  if (text.includes('ID')) for (const m of text.matchAll(BARE_ID_RE)) {
    const value = m[1] ?? '';
    const start = m.index + m[0].length - value.length;
    out.push({ start, end: start + value.length, kind: 'CASE_REF', priority: PRIORITY.CASE_REF });
  }
  for (const m of text.matchAll(COURT_REF_RE)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'CASE_REF', priority: PRIORITY.CASE_REF });
  }
  // (from each "/": the run of word characters before a reference's first slash is where it starts)
  for (const m of matchesBeforeAnchor(text, '/', isWordChar, POLICE_REF_AT_RE)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'CASE_REF', priority: PRIORITY.CASE_REF });
  }
  // ("an IT ticket (INC0048812)": a ticket, an order or a booking identifies no one)
  for (const m of text.matchAll(SHAPED_ID_RE)) {
    if (refOfNoOne(text, m.index)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'CASE_REF', priority: PRIORITY.CASE_REF });
  }
  for (const m of text.matchAll(ALNUM_ID_RE)) {
    if (refOfNoOne(text, m.index)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'CASE_REF', priority: PRIORITY.CASE_REF });
  }
  if (text.includes('/')) for (const m of text.matchAll(SLASH_ID_RE)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'CASE_REF', priority: PRIORITY.CASE_REF });
  }
  if (text.includes('/')) for (const m of text.matchAll(YEAR_SERIAL_RE)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'CASE_REF', priority: PRIORITY.CASE_REF });
  }
  if (text.includes('#') && /\b(?:log|logs|entry|entries|chronology|cpoms|myconcern)\b/i.test(text)) for (const m of text.matchAll(LOG_ENTRY_RE)) {
    const value = m[1] ?? '';
    const start = m.index + m[0].length - value.length;
    out.push({ start, end: start + value.length, kind: 'CASE_REF', priority: PRIORITY.CASE_REF });
  }
}

/* ---------------------------------------------------------------- HANDLE */
const AT_HANDLE_RE = /(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?(?![\w@])/g;
const HANDLE_CUE_RE =
  /\b(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tik ?tok|tt|twitter|x|fb|facebook|discord|xbox|gamertag|psn|roblox|telegram|kik|threads|username|user name|handle|account|acc|tag)(?: (?:name|handle|username|id|account|acc|user|gamertag|tag))?(?: (?:is |was )?called | ?[:=-] ?| is | name is | ?\( ?| )@?([A-Za-z0-9_][A-Za-z0-9_.]{1,29})(?![\w@])/gi;

/** A word with an underscore is a username wherever it appears ("dannyboi_22"): people do not type underscores. */
const UNDERSCORE_HANDLE_RE = /(?<![\w@.])[A-Za-z][A-Za-z0-9.]{0,30}_[A-Za-z0-9_.]*[A-Za-z0-9_](?![\w@])/g;
/** What a gamertag may not follow (checked by hand, matchesNotAfter: a lookbehind at every position costs more than the search). */
const NOT_AFTER_HANDLE = /[\w@.]/;
/** Gamertag shapes: CamelCase words with digits ("ReaperKing0x", "NoScopeKing07"), not "HbA1c"; a name between x's ("xXDarkRiderXx"). */
const GAMERTAG_RE = /(?:[A-Z][a-z]+(?:[A-Z][a-z]+)+\d+[A-Za-z]*|[xX]{1,3}[A-Z](?=[A-Za-z0-9]{0,20}[a-wyz])[A-Za-z0-9]{2,20}[xX]{1,3})(?![\w@])/g;
/** Dotted usernames with a digit or two dots ("tommy.k.1979", "elif.x.34"), not domain names. */
const DOTTED_HANDLE_RE = /(?<![\w@.])[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+){1,4}(?![\w@]|\.[A-Za-z0-9_])/g;
/** The two above, tried only from each "_" and each ".": the letters before a username's first one are where it starts. */
const UNDERSCORE_HANDLE_AT_RE = new RegExp(UNDERSCORE_HANDLE_RE.source, 'y');
const DOTTED_HANDLE_AT_RE = new RegExp(DOTTED_HANDLE_RE.source, 'y');
/** Discord's name#1234 tags. */
const DISCORD_TAG_RE = /(?<![\w@.#])[A-Za-z0-9_.]{2,32}#\d{4}(?![\w#])/g;
const DOMAIN_END = /\.(?:com|co|uk|org|net|gov|nhs|ac|sch|io|me|info|biz|edu|ly|tv|app|dev|ai|html?|php|pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|txt|csv)$/i;
const PLATFORM_NEAR = /\b(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tik ?tok|tt|twitter|fb|facebook|discord|xbox|psn|roblox|telegram|kik|threads|whatsapp|user(?:name)?|handle|account|gamertag)\b/i;

const FROM_ON_PLATFORM_RE =
  /(?<![\w])(?:on|via|over) (?:snap(?:chat)?|insta(?:gram)?|tik ?tok|discord|xbox|roblox|kik|telegram|whatsapp|facebook|fb|twitter|threads)(?: messages?| dms?)? (?:from|by) ([a-z0-9_][a-z0-9_.]{2,29})(?![\w@])/g;
/** "a man who calls himself xXDarkWolf1987Xx": a self-chosen name shaped like a username (digits, an underscore or inner capitals). */
const CALLS_ITSELF_RE = /(?<![\w])(?:calls|called|calling|call) (?:himself|herself|themselves|themself|itself) ([A-Za-z0-9_][A-Za-z0-9_.]{2,29})(?![\w@])/gi;

export function findHandles(
  text: string,
  out: Candidate[],
  isOrdinaryWord: (w: string) => boolean,
  isGivenName: (w: string) => boolean,
): void {
  // "messages on snapchat from lilyggz": a sender on a platform, in lower case and in no word or name list
  if (/(?:on|via|over) /i.test(text)) for (const m of text.matchAll(FROM_ON_PLATFORM_RE)) {
    const value = m[1] ?? '';
    if (isOrdinaryWord(value) || isGivenName(value)) continue;
    const start = m.index + m[0].length - value.length;
    out.push({ start, end: start + value.length, kind: 'HANDLE', priority: PRIORITY.HANDLE });
  }
  if (/self /i.test(text)) for (const m of text.matchAll(CALLS_ITSELF_RE)) {
    const value = m[1] ?? '';
    if (!/\d|_|[a-z][A-Z]/.test(value)) continue;
    const start = m.index + m[0].length - value.length;
    out.push({ start, end: start + value.length, kind: 'HANDLE', priority: PRIORITY.HANDLE });
  }
  if (text.includes('@')) for (const m of text.matchAll(AT_HANDLE_RE)) {
    // "@Sarah Jones" is a Teams mention of a person: leave it to the name detector
    const word = m[0].slice(1);
    if (/^[A-Z][a-z]+$/.test(word) && isGivenName(word) && /^ [A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) {
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'HANDLE', priority: PRIORITY.HANDLE });
  }
  for (const m of matchesBeforeAnchor(text, '_', (c) => isAsciiAlnum(c) || c === 46, UNDERSCORE_HANDLE_AT_RE)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'HANDLE', priority: PRIORITY.HANDLE - 1 });
  }
  for (const m of matchesNotAfter(text, GAMERTAG_RE, NOT_AFTER_HANDLE)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'HANDLE', priority: PRIORITY.HANDLE - 1 });
  }
  for (const m of matchesBeforeAnchor(text, '.', isWordChar, DOTTED_HANDLE_AT_RE)) {
    const v = m[0];
    if (DOMAIN_END.test(v) || !/[a-z]/i.test(v) || /^\d/.test(v)) continue;
    const marked = /\d/.test(v) || (v.match(/\./g) ?? []).length >= 2;
    const near = PLATFORM_NEAR.test(text.slice(Math.max(0, m.index - 40), m.index + v.length + 30));
    if (!(marked && near) && !(near && /^[a-z0-9._]+$/.test(v) && v.length >= 6)) continue;
    out.push({ start: m.index, end: m.index + v.length, kind: 'HANDLE', priority: PRIORITY.HANDLE - 1 });
  }
  if (text.includes('#')) for (const m of text.matchAll(DISCORD_TAG_RE)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'HANDLE', priority: PRIORITY.HANDLE });
  }
  for (const m of text.matchAll(HANDLE_CUE_RE)) {
    let value = m[1] ?? '';
    value = value.replace(/\.+$/, '');
    if (value.length < 3 || !/[A-Za-z]/.test(value)) continue; // "account 12345678" is not a username
    // "Rent account RA0098123": capitals and a long number after "account" are an account's reference
    if (/^acc/i.test(m[0]) && /^[A-Z]{1,4}\d{5,}$/.test(value)) continue;
    // digits, dots, underscores, or a capital inside lower case ("xXShadowWolfXx") mark a username;
    // so does a word that only names a username ("gamertag NightOwl")
    const shaped = /[\d_.]/.test(value) || /[a-z][A-Z]/.test(value);
    // ("his tag is wonkywill07": a bare "tag" is a gamer tag only when the value is shaped like one, not "name tag is Sarah")
    if (/^tag\b/i.test(m[0]) && !shaped) continue;
    const marked = shaped || /(?:gamertag|username|user name|handle)[ \t]+@?[A-Za-z0-9_.]+$/i.test(m[0]);
    if (!marked && isOrdinaryWord(value)) continue;
    // "how do i handle this", "share the gamertag with the police": an everyday word right after the cue word is the sentence
    // going on, not the username; a username that is a word comes after "is", a colon or "@"
    if (!shaped && !m[0].includes('@') && isOrdinaryWord(value) && !/(?:[:=-] ?| is | name is | called )[A-Za-z0-9_.]+$/i.test(m[0])) continue;
    if (!marked && !/(?:[:=-] ?| is | name is | called )@?[A-Za-z0-9_.]+$/i.test(m[0]) && !m[0].includes('@')) continue;
    let start = m.index + m[0].length - (m[1] ?? '').length;
    if (text[start - 1] === '@') start -= 1;
    out.push({ start, end: start + (text[start] === '@' ? 1 : 0) + value.length, kind: 'HANDLE', priority: PRIORITY.HANDLE });
  }
}

/* ---------------------------------------------------------------- VEHICLE */
const VEHICLE_CURRENT_RE = /(?<![\w])([A-Za-z]{2}) ?(\d{2}) ?([A-Za-z]{3})(?![\w])/g;
/**
 * Prefix and suffix plates, and Northern Irish ones (three letters with an I or a Z, up to four digits: "LFZ 4381"); all need a cue.
 * (The lookahead says what every shape opens with, a letter and a digit one or three on: most words fail it at once.)
 */
const VEHICLE_OLD_RE = /\b(?=[A-Za-z](?:\d|[A-Za-z]{2} ?\d))(?:[A-Za-z]\d{1,3} ?[A-Za-z]{3}|[A-Za-z]{3} ?\d{1,3} ?[A-Za-z]|(?=[A-Za-z]{0,2}[IZiz])[A-Za-z]{3} ?\d{1,4})(?![\w])/g;
const VEHICLE_CUE_BEFORE = /\b(?:reg|registration|vrm|vrn|plate|plates|car|van|vehicle|motorbike|moped|taxi|drives?|driving|black|white|silver|grey|gray|red|blue|green|dark|light)\b(?:[^.\n]|(?<=\bno)\.){0,30}$/i;

const VEHICLE_CUE_ANYWHERE = /\b(?:reg|registration|vrm|vrn|plates?|car|van|vehicle|motorbike|moped|taxi|drives?|driving)\b/i;

/** The word right before the plate is a make or model: "bmw p847 lkr", "corsa, p12 abc". */
function plateAfterModel(text: string, at: number, isVehicleWord: (w: string) => boolean): boolean {
  // "y9 lad", "p6 boy": a school year, not a plate
  if (/^[yp]\d{1,2} /i.test(text.slice(at, at + 4))) return false;
  const m = /([\p{L}\d-]+)[ \t]*,?[ \t]+$/u.exec(text.slice(Math.max(0, at - 30), at));
  return m !== null && isVehicleWord((m[1] ?? '').toLowerCase());
}

/** A make or model in the few words before: "in a Qashqai (lr70 ukd)". */
function modelBefore(text: string, at: number, isVehicleWord: (w: string) => boolean): boolean {
  // within the sentence: "a silver corsa picking up the girl outside the centre was ft19 wbk"
  const before = text.slice(Math.max(0, at - 90), at);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
  const words = sentence.split(/[^\p{L}\d-]+/u).filter((w) => w !== '');
  return words.slice(-14).some((w) => isVehicleWord(w.toLowerCase()));
}

export function findVehicles(text: string, out: Candidate[], isVehicleWord: (w: string) => boolean = () => false): void {
  for (const m of text.matchAll(VEHICLE_CURRENT_RE)) {
    const age = Number(m[2]);
    const validAge = (age >= 2 && age <= 30) || (age >= 51 && age <= 80);
    const exact = m[0] === m[0].toUpperCase();
    const cue = VEHICLE_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) || modelBefore(text, m.index, isVehicleWord);
    // "is 12 yrs": a space between the letters and the digits needs capitals or a cue, and no word after
    if (/^[A-Za-z]{2} \d/.test(m[0]) && !exact && (!cue || /^(?:yrs|yos|old|and|the|mth|wks|hrs|min|pcs)$/i.test(m[3] ?? ''))) continue;
    if (!validAge) continue;
    if (!exact && !cue) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'VEHICLE', priority: PRIORITY.VEHICLE });
  }
  for (const m of text.matchAll(VEHICLE_OLD_RE)) {
    const cueBefore = VEHICLE_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
    // "a black bmw p847 lkr": a lower-case prefix plate right after its make or model
    const lowerPrefix = /^[a-z]\d{1,3} ?[a-z]{3}$/.test(m[0]) && plateAfterModel(text, m.index, isVehicleWord);
    if (m[0] !== m[0].toUpperCase() && !lowerPrefix) continue;
    if (!lowerPrefix && (!VEHICLE_CUE_ANYWHERE.test(text) || !cueBefore)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'VEHICLE', priority: PRIORITY.VEHICLE });
  }
}
