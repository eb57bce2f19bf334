/**
 * Name detection: a tokenizer plus gazetteers plus context cues.
 *
 * Evidence, strongest first:
 *  - a title before ("Mr Okafor"), a possessive before a family word ("Kacper's mum"),
 *    an introducer ("son Will", "called Hope"), a form label ("Name: …"), an age after ("Hope (7)");
 *  - a known given name or surname that is not an everyday English word, in any case ("spoke to kacper");
 *  - a known name that is also an everyday word (Hope, Will, May) capitalised mid-sentence, or at a
 *    sentence start when a person-verb follows ("Grace said…");
 *  - an unknown capitalised word mid-sentence that is not an English word ("Przemysław");
 *  - a neighbour of a name: surnames after given names, names joined by "and" or commas.
 *  - the trained tagger's opinion (name-tagger.ts) on a word no rule flagged, where no rule knows the word is no name;
 * Roles, agencies, legislation, calendar words and UK places are excluded.
 */
import type { Candidate } from './kinds.js';
import { COMMON_WORDS, FIRST_NAMES, LEX, LOCALITY_PHRASES, LOWER_WORDS, PLACE_PHRASES, PLACE_PHRASE_HEADS, SURNAMES, fold, lexFlags } from './lexicon.js';
import { PLACE_WORDS } from './data/places.js';
import {
  ACCENTED_KINSHIP_WORDS,
  CALENDAR_WORDS,
  BUSINESS_SUFFIXES,
  COMPOUND_FOLLOWERS,
  DETERMINERS,
  HARD_NEVER_WORDS,
  MONTH_CUES,
  NAME_INTRODUCERS,
  NAME_LABELS,
  PERSON_FOLLOWERS,
  PERSON_VERBS,
  POSSESSED_WORDS,
  ROLE_WORDS,
  TITLES,
  SIGN_OFF_LINE,
  VERB_USE_FOLLOWERS,
  NAME_PREPOSITIONS,
  PUBLIC_FIGURES,
  KINSHIP_AND_GREETING_WORDS,
  PUBLIC_WORDS,
  WORSHIP_NOUNS,
} from './data/stoplists.js';
import { PRIORITY, findEmails } from './patterns.js';
import { NAME_TAGGER, wordFeatures, wordProbability, type WordFeatures, type WordTaggerModel } from './name-tagger.js';
import type { Case, Token, WordClass } from './word-token.js';

/**
 * A letter of the scripts UK practitioners type names in, by its UTF-16 code unit: Latin with extensions and combining
 * accents, Greek, Cyrillic, Hebrew, Arabic, Indic. (Combining accents are a range on purpose: NFD input keeps
 * "Zso\u0301fia" one word.) The tokenizer is a loop over codes: a regex match per word cost an array and a search.
 */
function isWordLetter(c: number): boolean {
  if (c < 0xc0) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c <= 0xd6 || (c >= 0xd8 && c <= 0xf6) || (c >= 0xf8 && c <= 0x2af) || (c >= 0x300 && c <= 0x52f) ||
    (c >= 0x590 && c <= 0x6ff) || (c >= 0x900 && c <= 0xdff) || (c >= 0x1e00 && c <= 0x1eff);
}
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45;
const isDigitUnderscoreOrAt = (c: number): boolean => (c >= 48 && c <= 57) || c === 95 || c === 64;
const isLetterDigitOrUnderscore = (c: number): boolean => (c >= 48 && c <= 57) || c === 95 || isWordLetter(c);

const PICTO = /\p{Extended_Pictographic}/u;
const PLAIN_WORD = /^[A-Za-z'-]+$/;

function shapeOf(w: string, folded: string): Case {
  const c0 = w.charCodeAt(0);
  if (w === folded) return 'lower';
  if (c0 >= 65 && c0 <= 90 && PLAIN_WORD.test(w)) {
    // ASCII fast path: capital first letter; upper if no lower-case letter follows
    return w.length > 1 && !/[a-z]/.test(w) ? 'upper' : 'title';
  }
  const lower = w.toLowerCase();
  const upper = w.toUpperCase();
  if (w === lower) return 'lower';
  if (w === upper) return w.length > 1 ? 'upper' : 'title';
  const c = w[0] ?? '';
  if (c !== c.toLowerCase()) return 'title';
  return 'mixed';
}

function everyPart(lower: string, pred: (p: string) => boolean): boolean {
  if (!lower.includes('-') && !lower.includes("'")) return false;
  const parts = lower.split(/['-]/).filter((p) => p.length > 0);
  return parts.length > 1 && parts.every(pred);
}

const isSpace = (c: string): boolean => c !== '' && c.trim() === '';

/** Index just past the last non-space character of `s` before `end` (0 when all spaces). */
function trimEndIndex(s: string, end: number): number {
  let k = end;
  while (k > 0 && isSpace(s[k - 1] ?? '')) k--;
  return k;
}

/**
 * A gap ending in sentence punctuation (optionally then an opening quote), a bullet, a newline or an emoji.
 * Scanned from the end by hand: a regex with `\s*` on both sides of an optional quote is quadratic on a
 * long run of spaces.
 */
function isSentenceStart(gap: string, isFirst: boolean): boolean {
  if (isFirst) return true;
  if (gap === ' ') return false;
  if (gap.includes('\n')) return true;
  let k = trimEndIndex(gap, gap.length);
  if (k > 0 && '"\'“‘('.includes(gap[k - 1] ?? '')) k = trimEndIndex(gap, k - 1);
  if (k > 0 && '.!?:;•'.includes(gap[k - 1] ?? '')) return true;
  const b = trimEndIndex(gap, gap.length);
  if (b > 0 && '-*–'.includes(gap[b - 1] ?? '') && (b === 1 || isSpace(gap[b - 2] ?? ''))) return true;
  return PICTO.test(gap);
}

const CONTRACTION = /^([a-z]+)'(?:ve|ll|re|d|t|m|s)$/;
/** Contractions typed without the apostrophe ("whos", "theyve", "couldnt"): a pronoun or auxiliary and its ending. */
const BARE_CONTRACTION = /^(?:(?:who|what|where|when|why|how|that|there|here|it|he|she|they|you|we)(?:s|re|ve|ll|d)|(?:is|was|were|are|do|does|did|has|have|had|could|should|would|must|need|might|wo|ca|ai)nt)$/;

const F_FIRST = LEX.FIRST;
const F_SURNAME = LEX.SURNAME;
const F_COMMON = LEX.COMMON;
const F_PROPER = LEX.PROPER;
const F_FUNC = LEX.FUNC;
const F_PROPER_ONLY = LEX.PROPER_ONLY;
const F_PLACE = LEX.PLACE;
const F_VEHICLE = LEX.VEHICLE;
const F_HARD = 1 << 12;
const F_SOFT = 1 << 13;

/** The stop lists' bits, added to the lexicon's at look-up (a small map, built once). */
function buildStopFlags(): ReadonlyMap<string, number> {
  const flags = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const w of words) flags.set(w, (flags.get(w) ?? 0) | bit);
  };
  add(HARD_NEVER_WORDS, F_HARD);
  add(CALENDAR_WORDS, F_SOFT);
  add(PLACE_WORDS, F_SOFT);
  add(PUBLIC_WORDS, F_SOFT);
  return flags;
}
const STOP_FLAGS = buildStopFlags();
const flagsOf = (w: string): number => lexFlags(w) | (STOP_FLAGS.get(w) ?? 0);

/** "XXXX", "xx", "x": the writer's own redaction, or a kiss — never a name. */
const REDACTION_OR_KISS = /^x+$/;

/** "co-operating", "re-referral", "non-verbal", "vaping", "vaped": an everyday word behind a prefix, or the -ing / -ed of one. */
function prefixedOrIng(lower: string): boolean {
  const pre = /^(?:co|re|pre|non|anti|self|ex|post|sub|over|under|multi|inter|semi|mis)-(.+)$/.exec(lower);
  if (pre) return (flagsOf(pre[1] ?? '') & F_COMMON) !== 0;
  const ing = /^([a-z]{2,})(?:ing|ed)$/.exec(lower);
  if (!ing) return false;
  const stem = ing[1] ?? '';
  return [stem, `${stem}e`].some((w) => (flagsOf(w) & (F_COMMON | F_FIRST | F_SURNAME)) === F_COMMON);
}

function classify(lower: string): WordClass {
  if (REDACTION_OR_KISS.test(lower)) {
    return { first: false, surname: false, common: true, proper: false, func: false, hardNever: true, softNever: false, properOnly: false, place: false, vehicle: false, worldCity: false, registered: false };
  }
  const contraction = CONTRACTION.exec(lower.replace(/’/g, "'"));
  if (contraction && (lexFlags(contraction[1] ?? '') & F_FUNC) !== 0) {
    // we've, they'll, she'd: never names
    return { first: false, surname: false, common: true, proper: false, func: true, hardNever: true, softNever: false, properOnly: false, place: false, vehicle: false, worldCity: false, registered: false };
  }
  let f = flagsOf(lower);
  if (BARE_CONTRACTION.test(lower) && (f & (F_FIRST | F_SURNAME)) === 0) {
    return { first: false, surname: false, common: true, proper: false, func: true, hardNever: true, softNever: false, properOnly: false, place: false, vehicle: false, worldCity: false, registered: false };
  }
  // plurals of ordinary words ("Arrangements", "Parties") are ordinary words
  if ((f & F_COMMON) === 0 && lower.length > 4 && lower.endsWith('s')) {
    const stems = [lower.slice(0, -1), lower.endsWith('es') ? lower.slice(0, -2) : '', lower.endsWith('ies') ? lower.slice(0, -3) + 'y' : ''];
    if (stems.some((st) => st !== '' && (flagsOf(st) & (F_COMMON | F_FIRST | F_SURNAME)) === F_COMMON)) f |= F_COMMON;
  }
  return {
    first: (f & F_FIRST) !== 0 || everyPart(lower, (p) => (flagsOf(p) & F_FIRST) !== 0),
    // "Anna-Maria Smith-Jones", but not "Self-harm" or "Follow-up": every part an everyday word makes a word
    surname:
      (f & F_SURNAME) !== 0 ||
      (everyPart(lower, (p) => (flagsOf(p) & (F_FIRST | F_SURNAME)) !== 0) && !everyPart(lower, (p) => (flagsOf(p) & (F_COMMON | F_FIRST)) === F_COMMON)),
    // ("Co-operating", "Re-referral", "Pre-birth": a prefix before an everyday word; "vaping": the -ing of one)
    common: (f & F_COMMON) !== 0 || everyPart(lower, (p) => (flagsOf(p) & F_COMMON) !== 0) ||
      ((lower.includes('-') || lower.endsWith('ing') || lower.endsWith('ed')) && prefixedOrIng(lower)),
    proper: (f & F_PROPER) !== 0,
    func: (f & F_FUNC) !== 0,
    hardNever: (f & F_HARD) !== 0,
    softNever: (f & F_SOFT) !== 0,
    properOnly: (f & F_PROPER_ONLY) !== 0,
    // ("Dyfed-Powys", "Stoke-on-Trent": a place of hyphenated places)
    place: (f & (F_PLACE | LEX.LOCALITY)) !== 0 || (lower.includes('-') && everyPart(lower, (p) => PLACE_WORDS.has(p) || (flagsOf(p) & F_FUNC) !== 0 || ((flagsOf(p) & F_PLACE) !== 0 && (flagsOf(p) & F_FIRST) === 0))),
    vehicle: (f & F_VEHICLE) !== 0,
    worldCity: (f & LEX.WORLD_CITY) !== 0,
    registered: (f & LEX.REGISTERED) !== 0,
  };
}

/**
 * "Morning, Just checking…", "Afternoon all, Will someone…", "Hi Dawn, Just an update": after a greeting that opens
 * the message or a line (with its addressee), a comma or a dash starts the sentence; the word after it is capitalised
 * as an opener, not as a name.
 */
function afterOpeningGreeting(tokens: readonly Token[], gapBefore: string): boolean {
  if (!/^[ \t]*[,–—-][ \t]*$/.test(gapBefore)) return false;
  const prev = tokens[tokens.length - 1];
  if (prev && prev.sentenceStart && GREETING_WORDS.has(prev.lower)) return true;
  const greeting = tokens[tokens.length - 2];
  return prev !== undefined && greeting !== undefined && greeting.sentenceStart && GREETING_WORDS.has(greeting.lower) && plainSpace(prev.gapBefore);
}

/**
 * The class of each word as typed, memoised across scans: a word's class depends on the word alone, and practitioners'
 * messages repeat most of their words ("the", "mum", "school"), so most words cost one look-up instead of a fold and the
 * lexicon's hash probes. Bounded (cleared when full), so a stream of new words cannot grow it; it never changes a result.
 */
const WORD_MEMO = new Map<string, { lower: string; cls: WordClass }>();
const WORD_MEMO_LIMIT = 20_000;

function classOfWord(word: string): { lower: string; cls: WordClass } {
  let known = WORD_MEMO.get(word);
  if (known === undefined) {
    const lower = fold(word);
    let cls = classify(lower);
    // "her mãe": a family word from another language is never a name when typed with its accent, whatever it folds to
    if (lower !== word.toLowerCase() && ACCENTED_KINSHIP_WORDS.has(word.toLowerCase().normalize('NFC'))) cls = { ...cls, hardNever: true, first: false, surname: false };
    known = { lower, cls };
    if (WORD_MEMO.size >= WORD_MEMO_LIMIT) WORD_MEMO.clear();
    WORD_MEMO.set(word, known);
  }
  return known;
}

/** "Jade's", "JADE’S": a possessive ending (the word is longer than the ending alone). */
function endsWithPossessive(word: string): boolean {
  const n = word.length;
  if (n <= 2) return false;
  const s = word.charCodeAt(n - 1);
  const q = word.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019);
}

/**
 * The words of the text: letters, with inner apostrophes or hyphens, touching no letter, digit or underscore on either
 * side (nor an "@" after: a word before a digit ends at its last join, "Jo-5" → "Jo"). Linear: a refused start goes on
 * after its run of letters.
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  // the words of an e-mail address ("jo.patel@…") belong to it, never to a name beside it
  const emails: Candidate[] = [];
  if (text.includes('@')) findEmails(text, emails);
  const n = text.length;
  let p = 0;
  while (p < n) {
    let s = p;
    while (s < n && !isWordLetter(text.charCodeAt(s))) s++;
    if (s >= n) break;
    let e = s + 1;
    while (e < n && isWordLetter(text.charCodeAt(e))) e++;
    const runEnd = e;
    // letters joined by an apostrophe or a hyphen are one word ("O'Neill", "Anna-Maria")
    let joinAt = -1;
    while (e + 1 < n && isJoiner(text.charCodeAt(e)) && isWordLetter(text.charCodeAt(e + 1))) {
      joinAt = e;
      e += 2;
      while (e < n && isWordLetter(text.charCodeAt(e))) e++;
    }
    // a word touching a digit, an underscore or an "@" after it ends at its last join instead, or is no word
    // (and neither is any later start in the same run of letters)
    const end = e < n && isDigitUnderscoreOrAt(text.charCodeAt(e)) ? joinAt : e;
    if (end < 0) {
      p = runEnd;
      continue;
    }
    // a word starts after no letter, digit or underscore; a refused start goes on after its run of letters
    if (s > 0 && isLetterDigitOrUnderscore(text.charCodeAt(s - 1))) {
      p = runEnd;
      continue;
    }
    p = end;
    if (emails.length > 0 && emails.some((em) => s >= em.start && s < em.end)) continue;
    let word = text.slice(s, end);
    let possessive = false;
    if (endsWithPossessive(word)) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const { lower, cls } = classOfWord(word);
    const gapBefore = text.slice(prevEnd, s);
    tokens.push({
      start: s,
      end: s + word.length,
      text: word,
      lower,
      possessive,
      shape: shapeOf(word, lower),
      sentenceStart: isSentenceStart(gapBefore, tokens.length === 0) || afterOpeningGreeting(tokens, gapBefore),
      gapBefore,
      first: cls.first,
      surname: cls.surname,
      common: cls.common,
      proper: cls.proper,
      func: cls.func,
      hardNever: cls.hardNever,
      softNever: cls.softNever,
      properOnly: cls.properOnly,
      place: cls.place,
      vehicle: cls.vehicle,
      worldCity: cls.worldCity,
      registered: cls.registered,
    });
    prevEnd = end;
  }
  return tokens;
}

const isCap = (t: Token): boolean => t.shape === 'title' || t.shape === 'mixed';
const isNameLex = (t: Token): boolean => t.first || t.surname;
/** Only spaces and tabs, at least one (a loop, not a regex: this is asked of almost every gap between two words). */
function plainSpace(gap: string): boolean {
  if (gap === ' ') return true;
  if (gap.length === 0) return false;
  for (let k = 0; k < gap.length; k++) {
    const c = gap.charCodeAt(k);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
const AGE_AFTER =
  /^[ \t]*(?:\(\s*(?:(?:about|approx\.?|around|nearly|only|just)\s+)?(?:\d{1,2}|aged?\s*\d|dob)|,\s*aged?\s*\d|,\s*\d{1,2}\s*(?:yo|y\/o|yrs?|years?|,|\)|$)|[ \t]+\d{1,2}\s*(?:yo|y\/o|yrs|years old)\b|[ \t]+\d{1,2}[ \t]*(?:,|&|\)|\band\b|$))/i;
/**
 * A school year, class or team after a word marks a pupil: "Autumn (Y8)", "Faith in yr7", "Bob in 3C",
 * "Eilidh (P5)", "Will (U14s)", "Summer O'Neill, 9R".
 */
const YEAR_AFTER =
  /^(?:[ \t]+y[mn][ \t]+[BbMmFf]lwyddyn[ \t]?\d{1,2}\b|[ \t]*\([ \t]*(?:(?:y|yr|year|p|s|u)[ \t]*\d{1,2}[a-z]{0,2}|nursery|reception)\b|[ \t]*,?[ \t]+in[ \t]+(?:(?:y|yr|year|p)[ \t]*\d{1,2}\b|\d{1,2}[A-Z]{1,2}\b|reception\b|nursery\b)|[ \t]*,[ \t]*(?:(?:y|yr|year)[ \t]*\d{1,2}\b|\d{1,2}[A-Z]\b)|[ \t]+\((?:client|pupil|child|yp|cyp|student|goes by|known as|aka|real name|nickname|\d{1,2}[ \t]*(?:yo|y\/o|yrs?|years?|months?|m))\b)/i;
const BRACKET_RE = /^[ \t]*\(([^()\n]{2,40})\)/;
/** What an age, a school year or a role in brackets after a word opens with, once past its spaces. */
const CUE_AFTER_OPENER = /^[(,\dyYiIpPsSaA]$/;
/** A role or family word opening a bracket: "(keyworker)", "(HoY 7)", "(husband, in Ukraine)", "(school nurse)". */
function roleInBrackets(after: string, ageParts = true): boolean {
  const m = BRACKET_RE.exec(after);
  if (!m) return false;
  const inner = (m[1] ?? '').trim();
  const firstWord = fold(/^[\p{L}'’-]+/u.exec(inner)?.[0] ?? '').replace(/(?<=^(?:mum|dad|nan|gran|mam|sister|brother|cousin|uncle|aunt|auntie))s$/, '');
  if ((ROLE_WORDS.has(firstWord) && firstWord.length > 2) || ROLE_LINE.test(inner.split(',')[0]?.trim() ?? '')) return true;
  // "(G3P2)", "(G1 P0, 34/40)": a midwife's gravida and parity
  if (/^G\d{1,2}[ \t]?P\d{1,2}\b/i.test(inner)) return true;
  // "(Rangers, 15)", "(twins, Y1)", "(Y6, lives with nan)": an age or a school year among the bracket's parts
  return /^(?:twins?|triplets)$/.test(firstWord) || (ageParts && /\p{L}{2}/u.test(inner) && BRACKET_AGE_PART.test(inner));
}
const BRACKET_AGE_PART = /(?:^|,[ \t]*)(?:\d{1,2}|(?:y|yr|year|p|s)[ \t]?\d{1,2}[a-z]?)[ \t]*(?:,|$)/i;
/** The days a rota line opens with ("Mon/Tue:", "Weds:"). */
const ROTA_DAYS: ReadonlySet<string> = new Set('mon monday tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday sat saturday sun sunday'.split(' '));
const LABEL_LINE_RE = /^[ \t]*(?:[-*•][ \t]*)?([A-Za-z][A-Za-z'’ /]{0,30}?)[ \t]*[:=][ \t]*(?=\S)/gm;

/** Strong cue: the word is a name even if it is also an everyday word. */
const NAMING_VERBS: ReadonlySet<string> = new Set(['called', 'named', 'nicknamed', 'aka']);
/** Words after "call him" that are no nickname ("call him back", "called her names"). */
const NOT_A_NICKNAME = /^(?:back|out|up|down|later|names|tomorrow|now|again|over|in|on|round|after|today|tonight|yesterday|anything|something|everything|nothing|stupid|fat|ugly|useless|thick|weird|gay|racist|rude|dumb|lazy|mad|crazy|ok|okay|please|asap|first|instead|direct|directly|sometime|soon|once|twice|every|each)$/;
/** Besides the family words: what else a child has that a possessive without its apostrophe names ("Johnnys UPN"). */
const NO_APOSTROPHE_POSSESSED: ReadonlySet<string> = new Set('upn nhs dob keyworker key tutor class nursery'.split(' '));
/** The family words after an everyday-word name with its possessive typed without the apostrophe ("Summers brother"). */
const FAMILY_AFTER_POSSESSIVE: ReadonlySet<string> = new Set(
  'mum mom mam mummy mother dad daddy father stepdad stepmum nan nana nanny gran grandma grandad uncle aunt auntie aunty cousin brother sister siblings baby partner boyfriend girlfriend'.split(' '),
);
/** Verbs whose -s form can open a clause before a family word ("Says mum kicked him out", "Tells dad everything"). */
const VERB_BEFORE_PERSON = /^(?:says|tells|asks|wants|thinks|knows|feels|reckons|claims|gets|lets|makes|takes|sees|hears|needs|likes|loves|misses|keeps|leaves|calls|texts|rings|blames|hates|fears|helps|hits|pushes|shouts|sends|visits|stays|lives|goes|comes|sleeps|wakes|waits)$/;
/** After a sentence-opening everyday-word name: a state only a person is in. */
const PERSON_STATE_AFTER =
  /^[ \t]+(?:(?:is|was|has been|had been|wasnt|wasn['’]t|was not|isnt|isn['’]t|is not|hasnt|hasn['’]t|has not|hadnt|hadn['’]t)[ \t]+(?:(?:really|very|so|still|again|now|being|also|often)[ \t]+)?(?:scared|frightened|terrified|upset|distressed|crying|tearful|withdrawn|missing|reported missing|collected|picked up|on the bus|in school|in nursery|in today|at school|hurt|injured|bruised|hungry|excluded|suspended|self-harming|self harming|pregnant|sleeping rough|living with|back in|back at|back from|back home|back on the ward|saying|telling|posting|messaging|refusing|sleeping|staying|going missing|absconding|absent)|(?:cant|can['’]t|cannot|wont|won['’]t)[ \t]+be[ \t]+(?:picked up|collected|left|dropped off))(?![\p{L}])/u;
const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set('i he she it they we you who which that this'.split(' '));
const NAMED_ROLE_HEADS = /^(?:officer|officers|lead|leads|person|people|contact|contacts|worker|workers|teacher|teachers|nurse|nurses|professional|coordinator|co-ordinator|manager|practitioner|representative|rep|champion|deputy)$/;
/** Things that are called something: "a church called Grace Community", "an app called Wizz", "a game called Gorilla Tag". */
const THING_NOUNS: ReadonlySet<string> = new Set(
  'church churches chapel mosque temple gurdwara mandir group groups club clubs app apps game games site website page channel server charity company firm shop cafe pub bar restaurant takeaway place centre center estate street road film show programme series song band book school nursery gym team scheme project'.split(' '),
);

/** After "the <Plural>": words of a sports team, not of a family ("the Scarlets trials", "the Lions squad"). */
const TEAM_AFTER: ReadonlySet<string> = new Set('trial trials squad squads academy game games match matches fixture fixtures fans supporters shirt shirts kit ground stadium season scouts scout coach coaches juniors u12s u13s u14s u15s u16s u18s'.split(' '));

/** "one of the Wards got cut", "two of the Greens": a capitalised plural after "<count> of the" is a family's members. */
function memberOfFamily(tokens: readonly Token[], i: number): boolean {
  return !tokens[i]?.sentenceStart && tokens[i - 2]?.lower === 'of' && /^(?:one|two|three|both|all|none|some|any|either|neither|eldest|youngest|oldest)$/.test(tokens[i - 3]?.lower ?? '');
}

/** "Clare's Law", "Down's syndrome": an eponym, not a person in the conversation. */
const EPONYM_HEADS: ReadonlySet<string> = new Set(['law', 'rule', 'act', 'scheme', 'syndrome', 'disease', 'palsy', 'principle', 'guidelines', 'competence', 'day', 'eve']);

/** "Fraser guidelines", "Gillick competent": an eponym without the possessive. */
const EPONYM_HEADS_BARE: ReadonlySet<string> = new Set('guidelines guideline guidance competence competent criteria ruling principles protocol'.split(' '));

function isEponym(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  // "I followed Fraser and supplied", "competent under Gillick": the guidelines by their name alone, after a verb of applying them
  if (t !== undefined && (t.lower === 'fraser' || t.lower === 'gillick') && /^(?:followed|follow|following|applied|apply|applying|used|using|under|per|met|meets|done|did|do|doing|assessed|checked)$/.test(tokens[i - 1]?.lower ?? '')) return true;
  // "the Ask for Angela scheme", "ask for angela": the national scheme for asking for help in a venue
  if (t !== undefined && t.lower === 'angela' && tokens[i - 1]?.lower === 'for' && tokens[i - 2]?.lower === 'ask' && plainSpace(t.gapBefore)) return true;
  if (t === undefined || next === undefined) return false;
  // "fraser ok?", "Gillick applies": the guidelines, judged
  // ("Fraser ok with his mum?" is a boy: "ok" only as the whole question)
  if ((t.lower === 'fraser' || t.lower === 'gillick') && plainSpace(next.gapBefore) &&
    (/^(?:competent|compliant|applies|apply|applied|test|criteria|rules)$/.test(next.lower) || (/^(?:ok|okay)$/.test(next.lower) && (tokens[i + 2] === undefined || /^[ \t]*\?/.test(tokens[i + 2]?.gapBefore ?? ''))))) return true;
  if (t.possessive) return EPONYM_HEADS.has(next.lower) || (EPONYM_THING_HEADS.has(next.lower) && isCap(next) && !next.sentenceStart);
  // "clares law", "sarahs law": the possessive typed without its apostrophe
  if (plainSpace(next.gapBefore) && (next.lower === 'law' || next.lower === 'syndrome') && /s$/.test(t.lower) && FIRST_NAMES.has(t.lower.slice(0, -1))) return true;
  return plainSpace(next.gapBefore) && EPONYM_HEADS_BARE.has(next.lower);
}
/** "Gulliver's World", "Ronald McDonald House": capitalised, a place named after someone. */
const EPONYM_THING_HEADS: ReadonlySet<string> = new Set(['house', 'place', 'world', 'wish', 'kingdom', 'trust', 'hospice']);

/** Whether the words after token i (the first gap matching `gap`, the rest single spaces) are one of the phrases. */
function nextWords(tokens: readonly Token[], i: number, gap: RegExp, ...phrases: string[][]): boolean {
  return phrases.some((ph) =>
    ph.every((w, k) => {
      const tk = tokens[i + 1 + k];
      return tk !== undefined && tk.lower === w && (k === 0 ? gap.test(tk.gapBefore) : plainSpace(tk.gapBefore));
    }),
  );
}

const ANON_LABEL = /^[A-Z]{1,2}$/;
const LABEL_NOUNS: ReadonlySet<string> = new Set('child children sibling siblings person pupil pupils student yp cyp adult parent mother father mum dad male female victim young boy girl baby family carer'.split(' '));

/** "HoY", "DoB", "HoD": a short word ending in a capital after lower-case letters is an abbreviation. */
const ABBREVIATION = /^[A-Z][a-z]{1,2}[A-Z]$/;

/** "a church called Grace", "the Named Person": a naming word about a thing or a role (asked last: most words have none before them). */
function namingOfThing(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && ((isCap(prev) && DETERMINERS.has(tokens[i - 2]?.lower ?? '')) || THING_NOUNS.has(tokens[i - 2]?.lower ?? '') || THING_NOUNS.has(tokens[i - 3]?.lower ?? ''));
}

function strongCue(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i];
  // (most words are lower-case function words: nothing below can make one a name)
  if (t && t.shape === 'lower' && t.func && !t.first) return false;
  if (t && t.hardNever && surnameOfAgencyWord(tokens, i, text)) return true;
  if (t && gaelicParticle(tokens, i)) return true;
  if (!t || t.hardNever || isEponym(tokens, i) || ABBREVIATION.test(t.text)) return false;
  if (t.shape === 'lower' && t.func && !t.first) return false;
  // (an everyday lower-case word in no name list and no proper-noun list, with no quote before it: every cue below needs
  // a capital, a listed name, a proper noun of speech or a word in no list — the common case, answered at once)
  if (t.shape === 'lower' && t.common && !t.first && !t.surname && !t.proper && !t.properOnly && t.text.length > 1 && !/["'‘“]/.test(t.gapBefore)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "Child A", "sibling Child B", "Person X": a letter after a label is the writer's own anonymisation
  if (ANON_LABEL.test(t.text) && prev !== undefined && plainSpace(t.gapBefore) && LABEL_NOUNS.has(prev.lower)) return false;
  // Mr / Mrs / Dr …
  // (not "they're a DC. Do we…": after a title's full stop, a function word opens the next sentence)
  if (prev && TITLES.has(prev.lower) && /^\.?[ \t]+$/.test(t.gapBefore) && !prev.possessive && !(t.func && t.gapBefore.startsWith('.'))) {
    if (isCap(t) || t.shape === 'upper' || !t.common || (t.text.length === 1 && t.lower !== 'a')) return true;
  }
  // "Hetal aunty's grandson", "Sukhdev ji": a capitalised name before an honorific family word
  if (next && isCap(t) && plainSpace(next.gapBefore) && FAMILY_AFTER_NAME.has(next.lower) && !t.possessive && (isNameLex(t) || !t.common)) return true;
  // a possessive typed without the apostrophe: "kacpers mum", "zainabs khala", "Johnnys UPN", and before an age, "tylers 15"
  if (!t.possessive && t.lower.length > 3 && /s$/.test(t.lower) && !t.hardNever && !t.softNever) {
    const stem = t.lower.slice(0, -1);
    const plainName = !t.common && !isNameLex(t) && FIRST_NAMES.has(stem) && !COMMON_WORDS.has(stem);
    if (next && plainSpace(next.gapBefore) && (POSSESSED_WORDS.has(next.lower) || KINSHIP_AND_GREETING_WORDS.has(next.lower) || NO_APOSTROPHE_POSSESSED.has(next.lower))) {
      if (plainName) return true;
      // "Summers brother", "Bears mum", "hopes mum came in": a given name that is also an everyday word, before a family
      // word, where no determiner or subject comes before it ("the bears mum", "she hopes mum will")
      const noSubject = prev === undefined || t.sentenceStart || /^(?:and|re|with|that|about|for|n|&)$/.test(prev.lower);
      // ("Bears mum": a capitalised one may be a surname's too, unless it names a person by role: "Friends mum")
      const named = FIRST_NAMES.has(stem) || (isCap(t) && SURNAMES.has(stem) && !/^(?:friend|parent|girl|boy|twin|kid|child|teacher|neighbour|carer|cousin|sister|brother|mate|lad|lass|nurse|doctor|officer|worker|family)$/.test(stem));
      if (named && COMMON_WORDS.has(stem) && FAMILY_AFTER_POSSESSIVE.has(next.lower) && stem.length >= 3 && !DETERMINERS.has(prev?.lower ?? '') && !t.func && !VERB_BEFORE_PERSON.test(t.lower) &&
        (isCap(t) ? !(prev !== undefined && !t.sentenceStart && (prev.possessive || PRONOUN_SUBJECTS.has(prev.lower))) : noSubject)) return true;
    }
    if (plainName && /^[ \t]+(?:1[0-9]|[1-9])(?![\d/:.,]\d|[\p{L}\d])/u.test(text.slice(t.end, t.end + 6))) return true;
    // "kaydens been messaging", "tylers not in": "'s" for "has" or "is", typed without the apostrophe, after a given name
    if (plainName && next !== undefined && plainSpace(next.gapBefore) && /^(?:been|got|gone|not|going|back|off|always|still|never|really|just|missing|absent)$/.test(next.lower)) return true;
  }
  // "the Smiths", "the Nowaks": a family by its surname
  // (a town is never plural, so a place stem does not veto: "the Harlows"; "the Lakatoses")
  if (prev && prev.lower === 'the' && isCap(t) && /s$/.test(t.lower) && plainSpace(t.gapBefore) && !t.softNever && !t.hardNever) {
    const next = tokens[i + 1];
    // ("one of the Wards got cut", "two of the Greens": a member of a family by its surname)
    const familyVerb = (next !== undefined && plainSpace(next.gapBefore) && FAMILY_VERBS.has(next.lower) && !next.possessive) || memberOfFamily(tokens, i);
    // not "watches the Simpsons", "supports the Rangers": a show or a team
    // ("a family I support, the Kowalskis": a worker's families are supported too)
    const media = /^(?:watch|watches|watched|watching|support|supports|supported|supporting|follow|follows|listen|listens|listening|love|loves|like|likes|play|plays|played|playing)$/.test(tokens[i - 2]?.lower ?? '') &&
      !/^(?:i|we)$/.test(tokens[i - 3]?.lower ?? '');
    const stems = [t.lower.slice(0, -1), t.lower.endsWith('es') ? t.lower.slice(0, -2) : ''];
    // "for the Scarlets trials", "the Saints academy": a team before a word of sport, not a family
    // ("HV for the Broads patch", "the Dales Children's Trust": an area, or an organisation's name, not a family)
    const team = next !== undefined && plainSpace(next.gapBefore) && (TEAM_AFTER.has(next.lower) || /^(?:patch|area|estate|side|end|way|coast|valley)$/.test(next.lower) || (next.possessive && isCap(next)));
    for (const stem of stems) {
      if ((media || team) && !familyVerb) break;
      if (stem.length < 3 || CALENDAR_WORDS.has(stem) || HARD_NEVER_WORDS.has(stem)) continue;
      const named = SURNAMES.has(stem) || FIRST_NAMES.has(stem);
      if (named && (!COMMON_WORDS.has(stem) || familyVerb) && (!t.common || familyVerb)) return true;
      // "from the Prices on pitch 19": an everyday plural capitalised mid-sentence, alone, whose stem is a surname
      const capAlone = !t.sentenceStart && !(next !== undefined && plainSpace(next.gapBefore) && (isCap(next) || next.shape === 'upper'));
      if (SURNAMES.has(stem) && capAlone && t.shape === 'title') return true;
      // a word in no list at all, nor its stem: "the Lakatoses", "the Harlows" (not "in the Harehills area": a district's
      // name that ends in s is in the gazetteer as it is)
      if (!named && (lexFlags(stem) & (LEX.COMMON | LEX.PROPER | LEX.LOWER)) === 0 && (lexFlags(t.lower) & (LEX.COMMON | LEX.LOWER | LEX.PLACE | LEX.LOCALITY)) === 0) return true;
    }
  }
  // "the Oduya children", "the Wards kids": a family by its name before a family word
  if (prev?.lower === 'the' && isCap(t) && !t.sentenceStart && next !== undefined && plainSpace(next.gapBefore) && FAMILY_AFTER.has(next.lower) && !next.possessive && !t.func && !t.softNever &&
    (!t.common || isNameLex(t) || (t.lower.endsWith('s') && SURNAMES.has(t.lower.slice(0, -1))))) return true;
  // "the Wiśniewski visit", "the Okonkwo case": a family by a name in no other list before a word of casework
  // (not "the Ofsted visit", "the Leeds case", "the Zoom meeting": an organisation, a place or a product)
  if (prev?.lower === 'the' && isCap(t) && !t.sentenceStart && next !== undefined && plainSpace(next.gapBefore) && CASEWORK_AFTER.has(next.lower) && !t.func && !t.softNever &&
    !t.common && !t.proper && !t.place && !t.worldCity && t.text.length >= 3) return true;
  if (prev?.lower === 'the' && isCap(t) && t.lower.endsWith('s') && HARD_NEVER_WORDS.has(t.lower.slice(0, -1)) && !ROLE_WORDS.has(t.lower.slice(0, -1)) && SURNAMES.has(t.lower.slice(0, -1)) &&
    ((next !== undefined && plainSpace(next.gapBefore) && FAMILY_VERBS.has(next.lower)) || memberOfFamily(tokens, i))) return true;
  // X's mum, X's birth dad, X's older sister
  const possessedNext =
    next !== undefined &&
    (POSSESSED_WORDS.has(next.lower) || (FAMILY_ADJECTIVES.has(next.lower) && POSSESSED_WORDS.has(tokens[i + 2]?.lower ?? '')));
  if (t.possessive && next && possessedNext && plainSpace(next.gapBefore)) {
    const det = prev && plainSpace(t.gapBefore) && (DETERMINERS.has(prev.lower) || prev.possessive);
    // "host's son", "teachers son": a lower-case everyday word is a person by role, not by name (unless a given name)
    if (!det && !(t.shape === 'lower' && t.common && !t.first && !t.properOnly) && !(t.shape === 'lower' && FAMILY_BEFORE.has(t.lower))) return true;
  }
  // "(we all call him bear)", "they call her lulu": a nickname after calling someone, even an everyday word
  if (prev && /^(?:him|her)$/.test(prev.lower) && /^(?:call|calls|called|calling)$/.test(tokens[i - 2]?.lower ?? '') && plainSpace(t.gapBefore) && plainSpace(prev.gapBefore) &&
    t.shape === 'lower' && !t.func && !t.hardNever && !NOT_A_NICKNAME.test(t.lower) && /^[ \t]*(?:[).,;!?\n]|$|(?:at|in|on|because|cos|coz|since|as|but|and|for|now|too)\b)/.test(text.slice(t.end, t.end + 10))) return true;
  // (not "a named Welfare Officer", "the named Safeguarding Lead": "named" as an adjective before a role)
  const namedRole = prev?.lower === 'named' && next !== undefined && plainSpace(next.gapBefore) && NAMED_ROLE_HEADS.test(next.lower) && !t.first;
  // "called Tyrone": an explicit naming verb outranks a place or a calendar word
  // (not "the Named Person", a role; not "a church called Grace Community", a thing's name)
  if (prev && NAMING_VERBS.has(prev.lower) && plainSpace(t.gapBefore) && isCap(t) && !t.func && !namedRole && !namingOfThing(tokens, i)) return true;
  // "she's called precious", "a girl named destiny": a lower-case given name after a naming verb about a person
  if (prev && NAMING_VERBS.has(prev.lower) && plainSpace(t.gapBefore) && t.shape === 'lower' && t.first && !t.func && !t.softNever) {
    const p2 = tokens[i - 2];
    if (p2 && (p2.possessive || ROLE_WORDS.has(p2.lower) || /^(?:is|was|were|are|be|been|someone|somebody|person|man|woman|guy|bloke|lady)$/.test(p2.lower))) return true;
  }
  // son Will / sw Sarah
  if (prev && NAME_INTRODUCERS.has(prev.lower) && plainSpace(t.gapBefore) && !t.softNever && !prev.possessive && !namingOfThing(tokens, i)) {
    // "son Will", "brother Zbyszko" — but not "Child Arrangements Order"
    if (isCap(t) && (isNameLex(t) || !t.common) && !inTitleCasePhrase(tokens, i, true)) return true;
    if (t.shape === 'lower' && !t.common && isNameLex(t)) return true;
    // "my client samiullah is 17": a lower-case word in no word list, shaped like a name, after a person noun and a possessive
    const owner = tokens[i - 2];
    if (t.shape === 'lower' && !isNameLex(t) && owner !== undefined && /^(?:my|our|your|her|his|their)$/.test(owner.lower) && lowerNameShape(t)) return true;
    // "youth worker dale hicks": a lower-case given name that is also a word, with a lower-case surname after it
    const surnameNext = next !== undefined && plainSpace(next.gapBefore) && next.shape === 'lower' && next.surname && !next.common && !next.first;
    if (t.shape === 'lower' && t.first && !t.func && surnameNext) return true;
  }
  if (familyWordBefore(tokens, i) || quotedNickname(tokens, i, text) || quotedRunAfterNaming(tokens, i, text)) return true;
  // "Cormac – goes by 'Coco'", "Jessica aka Jess": the name a nickname stands for
  if (isCap(t) && !t.func && !t.common && nextWords(tokens, i, /^[ \t]*[–—-]?[ \t]*$/, ['goes', 'by'], ['aka'], ['known', 'as'])) return true;
  if (namingPhraseBefore(tokens, i, text)) return true;
  // "the EP said", "our IO rang": a role's abbreviation takes a determiner, a person's initials do not
  // (nor "I'm PA for her", "she is SW for": a role after a verb of being)
  if (initialsAsPerson(t, text) && !(prev !== undefined && (DETERMINERS.has(prev.lower) || /^(?:i'm|im|i’m|am|is|was|are|as)$/.test(prev.lower) || (prev.lower === 'i' && prev.possessive)))) return true;
  if (greetingOrSelfIntroduction(tokens, i, text)) return true;
  // "Grace it's Winston from the breakfast club": a message opening with the person greeted, then the writer introducing
  // themselves by name and where they are from
  if (i === 0 && isCap(t) && t.first && !t.possessive && !t.func && next !== undefined && plainSpace(next.gapBefore) && (/^(?:its|it's|it’s)$/.test(next.lower) || (next.lower === 'it' && next.possessive))) {
    const writer = tokens[i + 2];
    if (writer && isCap(writer) && plainSpace(writer.gapBefore) && (isNameLex(writer) || inNoList(writer)) && /^[ \t]+(?:from|here|at)\b/.test(text.slice(writer.end, writer.end + 8))) return true;
  }
  // "the 13 year old paddy hasnt been in", "a 6-year-old Amara": a word right after an age is the child's name
  // (cheap test first: the word before is "old")
  const nameAfterAge = prev !== undefined && prev.lower === 'old' &&
    (isCap(t) ? !t.common || isNameLex(t) || t.proper : !t.func && (t.properOnly || (t.proper && !LOWER_WORDS.has(t.lower)) || (isNameLex(t) && !t.common) || lowerNameShape(t)));
  if (nameAfterAge && !t.func) {
    if (/(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[ \t-]?(?:year|yr)s?[ \t-]?old[ \t]+$/i.test(text.slice(Math.max(0, t.start - 24), t.start)) &&
      !ROLE_WORDS.has(t.lower) && !PERSON_VERBS.has(t.lower) && !/^(?:has|had|is|was|who|and|with|in|at|from|boy|girl|son|daughter|lad|lass|pupil|child|baby|twins?|brother|sister)$/.test(t.lower)) return true;
  }
  // "mum of kaydn", "dad of Aylin": the child a parent is introduced by
  if (prev?.lower === 'of' && KIN_OF.has(tokens[i - 2]?.lower ?? '') && plainSpace(t.gapBefore) && plainSpace(prev.gapBefore) && !t.func && !t.possessive &&
    (isCap(t) ? !t.common || isNameLex(t) : (isNameLex(t) && !t.common) || lowerNameShape(t))) return true;
  // "Kyrylo 14 came over": an age without brackets after a word in no list, then a verb
  if (isCap(t) && !t.common && !t.proper && !isNameLex(t) && /^[ \t]+\d{1,2}[ \t]+(?:came|comes|is|was|has|had|said|says|told|lives|moved|arrived|attends|goes|went)\b/.test(text.slice(t.end, t.end + 20))) return true;
  // "one lad is devon year 10", "the girl is Kayleigh yr 9": a person named after "is", then their school year (a place is in
  // no school year)
  if (prev?.lower === 'is' && /^(?:lad|girl|boy|one|other|kid|child|pupil|student|victim|sibling|brother|sister|youngest|eldest|oldest)$/.test(tokens[i - 2]?.lower ?? '') && plainSpace(t.gapBefore) &&
    !t.func && !t.hardNever && !CALENDAR_WORDS.has(t.lower) && (t.first || isCap(t) || lowerNameShape(t)) && /^[ \t]*,?[ \t]+(?:y|yr|year)[ \t]?\d{1,2}\b/i.test(text.slice(t.end, t.end + 12))) return true;
  // "the youngest summer is only 2": a lower-case given name with an age
  if (t.shape === 'lower' && t.first && t.common && !t.func && !t.softNever) {
    if (/^,?[ \t]+(?:is|was)[ \t]+(?:only[ \t]+|just[ \t]+|nearly[ \t]+|now[ \t]+)?\d{1,2}(?:[ \t]*(?:yrs?|years?|yo|months?|weeks?)\b)?(?![\d:.%])(?![ \t]*(?:m|cm|mm|metres?|meters?|feet|ft|inch(?:es)?|kg|g|lbs?|pounds?|stone|miles?|km|hours?|hrs?|mins?|minutes?|times?|percent|points?|out)\b)/.test(text.slice(t.end, t.end + 40))) return true;
  }
  // "gintare dob 03/11/2009", "Ruqayyah DOB 22/11/2020": the word before a date of birth is the child's name
  if (next !== undefined && plainSpace(next.gapBefore) && /^(?:dob|d\.o\.b|born)$/.test(next.lower) && !t.func && !t.hardNever && !ROLE_WORDS.has(t.lower) && (isCap(t) ? !t.common || isNameLex(t) : (isNameLex(t) && !t.common) || t.properOnly || lowerNameShape(t)) && /^[ \t:.-]*\d/.test(text.slice(next.end, next.end + 6))) return true;
  // "river (17, one of ours) missing", "ruby (16) told me": a lower-case given name before a bracket opening with an age
  if (t.shape === 'lower' && t.first && !t.func && !t.hardNever && !t.softNever && /^[ \t]*\([ \t]*\d{1,2}[ \t]*(?:,|\)|yo\b|y\/o|yrs?\b|years?\b|months?\b)/.test(text.slice(t.end, t.end + 16)) &&
    !(prev !== undefined && plainSpace(t.gapBefore) && (prev.lower === 'the' || prev.lower === 'a' || prev.lower === 'aged' || prev.lower === 'age'))) return true;
  // "gaz (mums fella)", "bex (mum)": a lower-case name before a role in brackets
  if (t.shape === 'lower' && !t.func && !t.hardNever && (t.properOnly || (isNameLex(t) && !t.common) || (!t.common && !t.proper && /^[a-z]{3,}$/.test(t.lower))) && roleInBrackets(text.slice(t.end, t.end + 44), false)) return true;
  // "kaydn in y4", "tayla (Y6)": a lower-case word in no list, shaped like a name, before a school year
  if (t.shape === 'lower' && !isNameLex(t) && (next?.lower === 'in' || /^[ \t]*[(,]/.test(next?.gapBefore ?? '')) && lowerNameShape(t) && YEAR_AFTER.test(text.slice(t.end, t.end + 24))) return true;
  if (t.shape === 'lower' && t.first && !t.func && !t.softNever && /^(?:[ \t]+in[ \t]+|[ \t]*\([ \t]*)(?:(?:y|yr|year|p|s)[ \t]?\d{1,2}\b|reception\b|nursery\b)/i.test(text.slice(t.end, t.end + 14))) return true;
  const afterLittle = t.shape === 'lower' && t.first && (prev?.lower === 'little' || prev?.lower === 'baby' || prev?.lower === 'wee');
  // "little summer said daddy…", "baby grace cried": an everyday-word given name after little/baby/wee, then a verb of telling or an act
  if (afterLittle && !t.func && plainSpace(t.gapBefore) && next !== undefined && plainSpace(next.gapBefore) &&
    (TELLING_VERBS.has(next.lower) || CLAUSE_ACT_VERBS.has(next.lower) || PERSON_VERBS.has(next.lower))) return true;
  // "little summer in reception", "baby river (8 weeks)": an everyday-word given name after little/baby
  if (afterLittle && /^(?:[ \t]+in[ \t]+(?:reception|nursery|(?:y|yr|year)[ \t]?\d)|[ \t]*\([ \t]*\d)/i.test(text.slice(t.end, t.end + 20))) return true;
  // "Jun (5) and Mei (2)", "April (7)": a month that is a given name, with an age in brackets
  if (isCap(t) && t.first && t.softNever && CALENDAR_WORDS.has(t.lower) && /^[ \t]*\([ \t]*\d{1,2}[ \t]*(?:\)|,|yo|y\/o|yrs?|months?)/.test(text.slice(t.end, t.end + 14))) return true;
  // "hope in year 4 told me": an everyday-word given name opening a clause, then a school year, then a verb (not "I hope in year 4 …")
  if (t.shape === 'lower' && t.first && t.common && !t.softNever && (prev === undefined || t.sentenceStart || /,[ \t]*$/.test(t.gapBefore)) &&
    /^[ \t]+in[ \t]+(?:(?:y|yr|year)[ \t]?\d{1,2}|\d{1,2}[A-Za-z]{1,2})[ \t]+(?:told|said|says|has|had|is|was|keeps|kept|came|comes|disclosed|mentioned|asked|showed|drew|cried|seems|seemed)\b/i.test(text.slice(t.end, t.end + 40))) return true;
  // "River in my class", "Summer in our group": a listed given name before the writer's own class
  if (isCap(t) && isNameLex(t) && t.first && !t.possessive && !/^(?:art|music|drama|dance|reading|writing|behaviour|attendance|sport|history)$/.test(t.lower) && /^[ \t]+in[ \t]+(?:my|our)[ \t]+(?:(?:(?:y|yr|year)[ \t]?\d{1,2}[ \t]+|reception[ \t]+|nursery[ \t]+)?(?:class|form|tutor group|group|set|room|nursery room)\b|(?:p|s|y|yr|year)[ \t]?\d{1,2}\b)/i.test(text.slice(t.end, t.end + 36))) return true;
  // Hope (7), Will aged 9 — but not "brought over from Lagos aged 9"
  const fromPlace = t.place && prev !== undefined && plainSpace(t.gapBefore) && PLACE_BEFORE.has(prev.lower);
  // "GDPR Art 6)", "DPA Sch 1": a number after a word that follows an acronym is an article, not an age
  const legislationPart = prev !== undefined && prev.shape === 'upper' && plainSpace(t.gapBefore) && !isNameLex(prev);
  // "Tyrone (yr 10, …)", "Chelsea (Y8)": a given name that is also a place, before a school year in brackets (no place is in one)
  if (t.softNever && t.first && isCap(t) && !fromPlace && !CALENDAR_WORDS.has(t.lower) && !/^(?:to|in|at|from|near|round|around|towards|visit|visiting|of)$/.test(prev?.lower ?? '') && /^[ \t]*\([ \t]*(?:y|yr|year|p)[ \t]?\d{1,2}\b/i.test(text.slice(t.end, t.end + 12))) return true;
  if (!t.softNever && !fromPlace && !legislationPart && (isCap(t) || (!t.common && isNameLex(t)))) {
    const from = t.end + (t.possessive ? 2 : 0);
    // (cheap test first: every cue below opens, after spaces, with a bracket, a comma, a digit or y/i/p/s — "(Y8)", ", 9",
    // " 7", " yr 8", " in 3C", " aged 9" — so any other character, most often a word's first letter, answers at once)
    let c = from;
    while (c < text.length && (text.charCodeAt(c) === 32 || text.charCodeAt(c) === 9)) c++;
    if (!CUE_AFTER_OPENER.test(text.charAt(c))) return false;
    // a sentinel stops "$" matching where the slice, not the text, ends
    const after = text.slice(from, from + 24) + (from + 24 < text.length ? '\u0000' : '');
    // ("beyond Level 1", "Stage 2,": a bare number after an everyday word that is no given name counts it, not its age)
    const bareNumber = /^[ \t]+\d{1,2}[ \t]*(?:,|&|\)|\band\b|$)/i.test(after.endsWith('\u0000') ? after.slice(0, -1) : after);
    if (AGE_AFTER.test(after) && (isNameLex(t) || !t.common) && !(bareNumber && t.common && !t.first)) return true;
    // ("Level 3 Agriculture (yr 2)": an everyday word in no name list, before a year, is a course or a subject)
    if (YEAR_AFTER.test(after) && (isNameLex(t) || !t.common || (isCap(t) && (t.proper || t.properOnly))) && (!t.func || (isCap(t) && isNameLex(t)))) return true;
    // "Ardit Y10 age 15", "Kacper yr 8 said": a school year right after a capitalised word that is no everyday word
    if (isCap(t) && !t.common && !t.func && /^[ \t]+(?:y|yr|year|p|s)[ \t]?\d{1,2}\b/i.test(after)) return true;
    // "Precious (keyworker)", "Rich (HoY 7)", "Dmytro (husband, in Ukraine)": a role in brackets after a capitalised word
    if (isCap(t) && !t.func && (isNameLex(t) || !t.common || t.properOnly) && roleInBrackets(text.slice(from, from + 44))) return true;
    if (next && (next.lower === 'aged' || next.lower === 'age') && plainSpace(next.gapBefore) && (isNameLex(t) || !t.common)) {
      return true;
    }
  }
  return false;
}

/**
 * "Mrs Ward", "the Ward children", "Mikey Ward (13)": an agency or place word that is also a surname ("ward", "court",
 * "chambers") is a name after a title, as a family before a family word, or as a surname with an age after it.
 */
function surnameOfAgencyWord(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev || t.shape !== 'title' || !t.surname || t.sentenceStart || ROLE_WORDS.has(t.lower) || CALENDAR_WORDS.has(t.lower) || t.func) return false;
  if (TITLES.has(prev.lower) && /^\.?[ \t]+$/.test(t.gapBefore) && !prev.possessive) return true;
  const next = tokens[i + 1];
  if (prev.lower === 'the' && plainSpace(t.gapBefore) && next !== undefined && plainSpace(next.gapBefore) && FAMILY_AFTER.has(next.lower)) return true;
  const after = text.slice(t.end, t.end + 44);
  if (isCap(prev) && (prev.first || (!prev.common && !prev.hardNever && !prev.softNever)) && plainSpace(t.gapBefore) && (AGE_AFTER.test(after) || roleInBrackets(after))) return true;
  // "Biddy Ward (mum, 24)": a role and an age in the bracket after the pair make even an everyday first word a given name
  return isCap(prev) && !prev.hardNever && !prev.softNever && !prev.func && plainSpace(t.gapBefore) && roleInBrackets(after) && /^[ \t]*\([^)]*\d/.test(after);
}

/** Irish and Scottish surname particles, as written ("Ní Bhriain", "Ó Súilleabháin", "Nic Dhomhnaill", "Uí Néill"). */
const GAELIC_PARTICLES: ReadonlySet<string> = new Set(['Ní', 'Ó', 'Uí', 'Nic', 'Mhic', 'Nig']);

/** A particle before a capitalised word is a surname's first part ("Dr Ní Bhriain", "Aoife Ó Murchú"), and so is that word. */
function gaelicParticle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (t && next && GAELIC_PARTICLES.has(t.text) && plainSpace(next.gapBefore) && isCap(next) && !next.func) return true;
  return t !== undefined && prev !== undefined && GAELIC_PARTICLES.has(prev.text) && plainSpace(t.gapBefore) && isCap(t) && !t.func;
}

/** Two-letter abbreviations of safeguarding topics that act like subjects ("DV disclosed", "SH reported"). */
const TOPIC_INITIALS: ReadonlySet<string> = new Set('dv da sh ce cs ct fm hb'.split(' '));
const INITIALS_PERSON_AFTER =
  /^[ \t]+(?:in[ \t]+(?:\d{1,2}[A-Za-z]{1,2}|(?:y|yr|year)[ \t]?\d{1,2})\b|said|says|disclosed|discloses|told|tells|reported|reports|staying|stays|lives|lived|living|went|came|cried|refused|admitted|denied|(?:is|was)[ \t]+(?:staying|living|upset|scared|crying|missing|absent|found|seen|reported|taken|arrested|spotted|picked|located|returned)|to[ \t]+(?:contact|call|ring|phone|speak|email|chase|follow|update|send|liaise|check|visit|meet|arrange|complete|share|book))\b/i;

/**
 * "SJ to contact landlord", "JH disclosed to class teacher", "RM staying with grandad": two capital letters that are
 * no lower-case word, role or agency, acting as a person, are someone's initials. Dotted initials with an age: "J.T. (age 3)".
 */
function initialsAsPerson(t: Token, text: string): boolean {
  // "KB", "RM" are in the spoken-word lists as abbreviations; "IT", "US", "OK" are lower-case words shouted
  if (t.shape !== 'upper' || t.text.length !== 2 || t.hardNever || t.softNever || TOPIC_INITIALS.has(t.lower) || LOWER_WORDS.has(t.lower)) return false;
  const after = text.slice(t.end, t.end + 32);
  return INITIALS_PERSON_AFTER.test(after) || /^[ \t]*\((?:age[ \t]*|aged[ \t]*)?\d{1,2}\b/.test(after);
}

/**
 * "Universal Credit", "Change Grow Live": an ordinary-word name next to another capitalised ordinary
 * word is part of a title-case phrase, unless the pair reads as given name + surname ("Mark Brown").
 */
function inTitleCasePhrase(tokens: readonly Token[], i: number, skipPrev = false): boolean {
  const t = tokens[i];
  if (!t) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const ordinaryCap = (n: Token | undefined, adjacentGap: string | undefined): boolean =>
    n !== undefined && adjacentGap !== undefined && plainSpace(adjacentGap) && isCap(n) && n.common && !(n.func && n.lower.length <= 4) && !GREETINGS.has(n.lower) && !GREETING_WORDS.has(n.lower);
  if (!skipPrev && prev && ordinaryCap(prev, t.gapBefore) && !(prev.first && t.surname)) return true;
  if (next && ordinaryCap(next, next.gapBefore) && !(t.first && next.surname)) return true;
  return false;
}

/** "Heather the TA", "Grace our DSL": a role after "the"/"our"… is an apposition, not a verb use of the word. */
function appositionAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  return next !== undefined && after !== undefined && /^(?:the|our|your|their|my|his|her)$/.test(next.lower) && plainSpace(after.gapBefore) && ROLE_WORDS.has(after.lower);
}

const INSTITUTION_BEFORE: ReadonlySet<string> = new Set(
  'the a an this that our their your operation project programme team unit ward hospital club'.split(' '),
);

/**
 * "the Royal Hallamshire", "the Northern General", "Operation Makesafe", "New Year's Eve": a capitalised run
 * that follows a determiner or an institution word, or a calendar word, names a thing, not a person.
 * (Strong cues such as titles are unaffected: "the Smiths" is handled before this.)
 */
function institutionRun(tokens: readonly Token[], i: number): boolean {
  let k = i;
  // bounded walk: institution names are short, and an unbounded walk would be quadratic on "Aa Aa Aa…"
  while (k > 0 && i - k < 6) {
    const cur = tokens[k];
    const before = tokens[k - 1];
    if (!cur || !before || !plainSpace(cur.gapBefore) || !(isCap(before) || before.shape === 'upper') || before.sentenceStart && k - 1 === 0) break;
    if (before.softNever && CALENDAR_WORDS.has(before.lower)) return true;
    k--;
  }
  const runStart = tokens[k];
  const before = tokens[k - 1];
  if (!runStart || !before || !plainSpace(runStart.gapBefore)) return false;
  // a calendar word counts only capitalised ("Easter Fayre"), not "last week Priti"
  return INSTITUTION_BEFORE.has(before.lower) || (before.softNever && CALENDAR_WORDS.has(before.lower) && isCap(before));
}

const FAMILY_ADJECTIVES: ReadonlySet<string> = new Set('birth real biological step foster older younger little big baby new old twin'.split(' '));
/** Honorifics and family words after a name: "Hetal aunty's grandson", "Sukhdev ji", "Ravi uncle". */
const FAMILY_AFTER_NAME: ReadonlySet<string> = new Set('aunty auntie uncle ji bhai didi sahib jee baji apa bhabhi veerji veer bhaji behenji bhaiya masi mami khala akka anna'.split(' '));

/** After "the Okonkwo": the casework about a family. */
const CASEWORK_AFTER: ReadonlySet<string> = new Set('visit visits case referral file meeting hearing assessment conference review'.split(' '));
/** After "the Fletchers": a family doing something. */
const FAMILY_VERBS: ReadonlySet<string> = new Set('are were have had live lived moved came left family kids children household'.split(' '));

const ARTICLES: ReadonlySet<string> = new Set('the a an our their your its'.split(' '));
const FAMILY_AFTER: ReadonlySet<string> = new Set(
  'family families kids children household twins brothers sisters boys girls fostering foster placement parents siblings lad lads boy girl lass'.split(' '),
);

/** "the Eastwood estate" but not "the Nowak family": a determiner before a name-like word. */
function determinerBefore(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!t || !prev || !plainSpace(t.gapBefore) || !ARTICLES.has(prev.lower)) return false;
  return !(next && FAMILY_AFTER.has(next.lower));
}

/** "the Diocese of Down and Connor", "Bank of Ireland": a capitalised word in a short run after "of" and a capitalised everyday word. */
function ofInstitutionRun(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 4; k--) {
    const cur = tokens[k];
    const gap = tokens[k + 1]?.gapBefore ?? '';
    if (!cur || !plainSpace(gap)) return false;
    if (cur.lower === 'of') {
      const head = tokens[k - 1];
      return head !== undefined && isCap(head) && head.common && !head.first && plainSpace(cur.gapBefore);
    }
    if (!(isCap(cur) || cur.lower === 'and' || cur.lower === '&')) return false;
  }
  return false;
}

/** "Weston Park Hospital", "Oluwaseun Centre": a capitalised run ending in an organisation word. */
function orgRun(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3; k++) {
    const cur = tokens[k];
    if (!cur || !plainSpace(cur.gapBefore) || !(isCap(cur) || cur.shape === 'upper')) return false;
    if (COMPOUND_FOLLOWERS.has(cur.lower)) return true;
  }
  return false;
}

/** Verbs that take a person before a two-word run: "Helping Nora Ward fill in…", "told Ellen Court". */
const PERSON_BEFORE_PAIR: ReadonlySet<string> = new Set('helping helped supporting supported told asked phoned rang emailed texted'.split(' '));
/** Verbs of a person after a two-word run: "Nora Ward rang", "Ellen Court said". */
const PERSON_AFTER_PAIR: ReadonlySet<string> = new Set('rang phoned called texted emailed said says told disclosed reported'.split(' '));

/**
 * "Mikey Ward (13)", "Helping Nora Ward fill in", "Nora Ward rang": an age after the organisation word, or — when that
 * word is also a surname — a verb that takes a person just before or after the pair, makes the run a person, not
 * "Rainbow Ward" or "on Nora Ward".
 */
function personRun(tokens: readonly Token[], i: number, text: string): boolean {
  const next = tokens[i + 1];
  if (next === undefined) return false;
  if (AGE_AFTER.test(text.slice(next.end, next.end + 24))) return true;
  if (!next.surname || !plainSpace(next.gapBefore)) return false;
  const prev = tokens[i - 1];
  const after = tokens[i + 2];
  return (prev !== undefined && plainSpace(tokens[i]?.gapBefore ?? '') && PERSON_BEFORE_PAIR.has(prev.lower)) ||
    (after !== undefined && plainSpace(after.gapBefore) && PERSON_AFTER_PAIR.has(after.lower));
}

const GREETINGS: ReadonlySet<string> = new Set('hi hello hey dear thanks thank cheers morning afternoon evening update re fao ask tell ring call email'.split(' '));

const PAIR_PERSON: ReadonlySet<string> = new Set(['i', 'her', 'his', 'their', 'my', 'me', 'mum', 'dad', 'brother', 'sister']);

function mediumCue(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i];
  if (t && t.shape === 'lower' && t.func && !t.first && !t.surname) return false;
  if (!t || t.hardNever || t.softNever || isEponym(tokens, i) || ABBREVIATION.test(t.text)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const nameLex = isNameLex(t);
  // "does Kia and Hyundai", "a Ford or a Vauxhall": makes of car listed together are not people
  if (t.vehicle && !t.first && isCap(t) && vehicleBeside(tokens, i)) return false;
  // "the telly", "the childs file", "her mãe": a lower-case word after a determiner is a thing or a role
  // (after "her" or "that" only a listed given name survives: "told her kyle was…", "said that albie has…")
  if (t.shape === 'lower' && prev !== undefined && plainSpace(t.gapBefore) && DETERMINERS.has(prev.lower) && !((prev.lower === 'her' || prev.lower === 'that') && t.first && !t.common)) return false;
  if (nameLex && !t.common) {
    if (t.shape === 'lower' && t.text.length < 3) return false;
    if (isCap(t) && ((orgRun(tokens, i) && !personRun(tokens, i, text)) || determinerBefore(tokens, i))) return false;
    // lower-case surname-only words that are capitalised in speech ("van", "foster") need a neighbour
    if (t.shape === 'lower' && !t.first && t.proper) return false;
    if (t.shape === 'lower' && !t.first && everydayVariant(t.lower)) return false;
    // "bruising to the left pinna": a side before a lower-case word makes it a part of the body
    if (t.shape === 'lower' && !t.first && prev !== undefined && /^(?:left|right|upper|lower|inner|outer)$/.test(prev.lower)) return false;
    // "in with abdo pain", "a tib fib injury": a lower-case surname-only word before a clinical noun is a part of the body
    if (t.shape === 'lower' && !t.first && next !== undefined && plainSpace(next.gapBefore) && /^(?:pain|pains|swelling|scan|exam|examination|xray|x-ray|injury|injuries|bruising|bruise|bruises|tenderness|fracture|wound|mass|bloating)$/.test(next.lower)) return false;
    if (t.shape === 'upper' && (!t.first || t.registered || t.text.length <= 3)) return false; // "SIMS", "ASDA", "CAIT": acronyms unless a listed given name
    return true;
  }
  if (t.shape === 'lower' && !nameLex) return unknownLowerName(tokens, i, text);
  if (t.shape === 'lower' && t.first && t.common && !t.func && personObjectPosition(tokens, i)) return true;
  // "precious said her uncle…": a given name opening a sentence in lower case, then a verb of telling, is the teller
  if (t.shape === 'lower' && t.first && t.common && !t.func && t.sentenceStart && !WORDS_FOR_ANYONE.has(t.lower) && next !== undefined && plainSpace(next.gapBefore) && TELLING_VERBS.has(next.lower)) return true;
  // "and rose said oscars dad…", "then summer cried": a given name in lower case opening a clause after a conjunction or a
  // comma, then a verb of telling or of a child's act
  if (t.shape === 'lower' && t.first && t.common && !t.func && !t.softNever && !WORDS_FOR_ANYONE.has(t.lower) && next !== undefined && plainSpace(next.gapBefore) &&
    (CLAUSE_ACT_VERBS.has(next.lower) || TELLING_VERBS.has(next.lower)) &&
    ((prev !== undefined && plainSpace(t.gapBefore) && /^(?:and|but|so|then|cos|coz|because|when|while|after|until|n)$/.test(prev.lower)) || /,[ \t]*$/.test(t.gapBefore))) return true;
  // "the lad in year 4 with the red hair, fin, keeps taking food": a lower-case given name alone between commas, then a
  // person's verb
  if (t.shape === 'lower' && t.first && !t.func && !t.hardNever && /,[ \t]*$/.test(t.gapBefore) && next !== undefined && /^[ \t]*,[ \t]*$/.test(next.gapBefore) &&
    (TELLING_VERBS.has(next.lower) || CLAUSE_ACT_VERBS.has(next.lower) || PERSON_VERBS.has(next.lower) || /^(?:is|was|has|had)$/.test(next.lower))) return true;
  // "is will still on a CP plan?", "has will been seen": a modal cannot follow "is" or "has" — the given name can
  if (t.lower === 'will' && t.shape === 'lower' && prev !== undefined && plainSpace(t.gapBefore) && /^(?:is|was|has|had|does|did|isnt|wasnt|hasnt|doesnt|didnt)$/.test(prev.lower) &&
    next !== undefined && plainSpace(next.gapBefore) && /^(?:still|on|in|at|ok|okay|back|coming|going|allowed|safe|alright|been|seen|known|open|living|staying|with|off|out|excluded|attending|eating|sleeping)$/.test(next.lower)) return true;
  // "foster carer for summer and her brother", "precious and her mum": a lower-case given name, then "and her/his" and family
  if (t.shape === 'lower' && t.first && !t.func && !t.softNever && next?.lower === 'and' && plainSpace(next.gapBefore) && /^(?:her|his|their)$/.test(tokens[i + 2]?.lower ?? '') &&
    (FAMILY_BEFORE.has(tokens[i + 3]?.lower ?? '') || FAMILY_ADJECTIVES.has(tokens[i + 3]?.lower ?? '') || /^(?:siblings|sisters|brothers|kids|children)$/.test(tokens[i + 3]?.lower ?? '')) && !DETERMINERS.has(prev?.lower ?? '')) return true;
  // "will from the under 14s (ginger lad)": a modal never comes before "from the"
  if (t.lower === 'will' && t.shape === 'lower' && next?.lower === 'from' && plainSpace(next.gapBefore) && /^(?:the|my|our|your|his|her|y|yr|year)$/.test(tokens[i + 2]?.lower ?? '')) return true;
  // "hope ur ok jo", "hope you're well Kez": the person the writer hopes is well
  if (prev !== undefined && /^(?:ok|okay|well|good|alright)$/.test(prev.lower) && plainSpace(t.gapBefore) && /^(?:ur|youre|you're|you’re|your|u|you|are)$/.test(tokens[i - 2]?.lower ?? '') && tokens.slice(Math.max(0, i - 5), i - 2).some((w) => w.lower === 'hope') &&
    !t.func && !t.hardNever && (isNameLex(t) || t.properOnly || inNoList(t)) && !t.common && /^[ \t]*(?:[,.!?\n]|$|\p{Extended_Pictographic})/u.test(text.slice(t.end, t.end + 3))) return true;
  // "Blessing a year 3 girl walks alone", "Kai, a year 9 boy": a name with its description in apposition
  // (not "the coach trip to Alton Towers a Year 8 boy told me": a place after a preposition, or the end of a title-case run)
  if ((isCap(t) || (t.shape === 'lower' && t.first)) && !t.func && !t.hardNever && !t.possessive && (isNameLex(t) || inNoList(t) || t.properOnly) &&
    !(prev !== undefined && plainSpace(t.gapBefore) && (/^(?:to|at|from|in|on|near|by|for|of|the|into|outside)$/.test(prev.lower) || isCap(prev))) &&
    /^[ \t]*,?[ \t]+(?:a|an)[ \t]+(?:y|yr|year)[ \t]?\d{1,2}[ \t]+(?:girl|boy|pupil|lad|lass|child|kid|student)\b/i.test(text.slice(t.end, t.end + 30))) return true;
  // "rose is back from her nans", "sienna refusing NG again": a given name opening a sentence in lower case, then a state
  // only a person is in
  if (t.shape === 'lower' && t.first && t.common && !t.func && !t.softNever && t.sentenceStart && !WORDS_FOR_ANYONE.has(t.lower) && PERSON_STATE_AFTER.test(text.slice(t.end, t.end + 48))) return true;
  if (!isCap(t)) return false;
  if (institutionRun(tokens, i)) return false;
  const prevDet = prev !== undefined && plainSpace(t.gapBefore) && DETERMINERS.has(prev.lower);
  const nextCompound = next !== undefined && plainSpace(next.gapBefore) && COMPOUND_FOLLOWERS.has(next.lower);
  const personNext = next !== undefined && plainSpace(next.gapBefore) && PERSON_FOLLOWERS.has(next.lower);
  const afterPreposition = prev !== undefined && plainSpace(t.gapBefore) && NAME_PREPOSITIONS.has(prev.lower);
  const verbUse =
    !afterPreposition && next !== undefined && plainSpace(next.gapBefore) && next.shape !== 'title' && VERB_USE_FOLLOWERS.has(next.lower) && !appositionAfter(tokens, i);
  if (nameLex && t.common) {
    if (prevDet || nextCompound || verbUse) return false;
    if (!t.first && /^[ \t]*:/.test(text.slice(t.end, t.end + 3))) return false;
    // "Hope Street", "Church Lane": a street word after a capitalised word names the street
    if (STREET_WORDS.has(t.lower) && prev !== undefined && isCap(prev) && plainSpace(t.gapBefore)) return false;
    // "Kirklees Homes", "Harbour Trust": an organisation word after a capitalised word that is no given name
    if (COMPOUND_FOLLOWERS.has(t.lower) && prev !== undefined && isCap(prev) && (!prev.first || prev.common) && plainSpace(t.gapBefore)) return false;
    // "Level 3", "Stage 2", "Call of Duty", "Bank of England": an ordinary word before a number or "of X"
    const numberAfter = text.slice(t.end, t.end + 12);
    if (/^[ \t]+\d/.test(numberAfter) && !/^[ \t]+\d{1,2}[ \t]*(?:yo\b|y\/o|yrs?\b|years?\b|months?\b|,|\)|&|and\b)/i.test(numberAfter)) return false;
    if (next && next.lower === 'of' && plainSpace(next.gapBefore) && isCap(tokens[i + 2] ?? next) && tokens[i + 2] !== undefined) return false;
    const before2 = tokens[i - 2];
    if (prev && prev.lower === 'of' && before2 && isCap(before2) && before2.common && plainSpace(prev.gapBefore)) return false;
    if (inTitleCasePhrase(tokens, i)) return false;
    if (prev && MONTH_CUES.has(prev.lower) && t.lower === 'may') return false;
    // "for the whole Summer", "over Autumn", "this Spring": a season after a time word
    if (prev && SEASONS.has(t.lower) && (MONTH_CUES.has(prev.lower) || /^(?:whole|the|over|all|every|summer|winter)$/.test(prev.lower)) && plainSpace(t.gapBefore)) return false;
    // "Stay and Play", "Rough and Tumble": two capitalised everyday words joined by "and" name an activity
    const joined = tokens[i + 2];
    if (!t.first && next !== undefined && (next.lower === 'and' || next.gapBefore.includes('&')) && joined !== undefined && isCap(joined) && joined.common && !joined.first) return false;
    // "Love Island", "Gorilla Tag": after a capitalised everyday word that is no given name, a title, not a surname
    if (!t.sentenceStart) {
      const prevPhrase = prev !== undefined && isCap(prev) && plainSpace(t.gapBefore) &&
        ((!isNameLex(prev) && !prev.sentenceStart) || (prev.common && !prev.first && !prev.possessive && !TITLES.has(prev.lower) && !GREETING_WORDS.has(prev.lower) && !GREETINGS.has(prev.lower) && !ROLE_WORDS.has(prev.lower)));
      return !prevPhrase;
    }
    if (next === undefined || !plainSpace(next.gapBefore)) return false;
    // "Grace said…", but not "Driver reports…", "Caller said…": a surname-only everyday word opening a sentence is a role noun
    // (not "Mate told me", "Bro said": a word for anyone)
    if (PERSON_VERBS.has(next.lower)) return t.first && !WORDS_FOR_ANYONE.has(t.lower);
    // "Summer has been reported missing", "Precious is really scared", "Honey wasnt on the bus": a state only a person is in
    if (t.first && PERSON_STATE_AFTER.test(text.slice(t.end, t.end + 48))) return true;
    const after = tokens[i + 2];
    // "Joy and her mum…", "Grace and I…", "Faith is 7"
    if (next.lower === 'and' && after && PAIR_PERSON.has(after.lower)) return true;
    // "Grace from the admin team", "Hope from CAMHS"
    if (next.lower === 'from' && after && plainSpace(after.gapBefore) && (after.lower === 'the' || isCap(after) || after.shape === 'upper')) {
      return true;
    }
    return (next.lower === 'is' || next.lower === 'was') && /^[ \t]+(?:\d|aged\b)/.test(text.slice(next.end, next.end + 8));
  }
  // "MyConcern", "InVentry": an inner capital outside Mc/Mac/O'/De… marks a product, not a person
  if (!nameLex && /^\p{Lu}.*\p{Lu}/u.test(t.text) && !/^(?:Mc|Mac|O'|O’|De|Di|Da|La|Le|Van|Von|Fitz)\p{Lu}/u.test(t.text) && !t.text.includes('-')) {
    return false;
  }
  // a proper noun of speech that is in no name list ("Gareth", "Gaz"), capitalised mid-sentence
  if (!nameLex && t.properOnly && t.shape === 'title' && t.text.length >= 3) {
    if (!t.sentenceStart) return !(prevDet || nextCompound || inTitleCasePhrase(tokens, i));
    return next !== undefined && plainSpace(next.gapBefore) && PERSON_VERBS.has(next.lower);
  }
  // unknown capitalised word: not English, not a known proper noun
  if (!nameLex && !t.common && !t.proper && t.text.length >= 3 && t.shape === 'title') {
    if (prevDet || nextCompound || inTitleCasePhrase(tokens, i)) return false;
    if (!t.sentenceStart) return true;
    if (personNext || (t.possessive && next !== undefined && POSSESSED_WORDS.has(next.lower))) return true;
    // "Kasia also asked", "Filipa then told": an adverb between the opener and a person verb
    const after2 = tokens[i + 2];
    if (next !== undefined && after2 !== undefined && plainSpace(next.gapBefore) && plainSpace(after2.gapBefore) && /^(?:also|then|just|now|still|never|always|really|has|had|was|is|later|finally|eventually)$/.test(next.lower) && PERSON_VERBS.has(after2.lower)) return true;
    // a register or list line: "Ruqayyah - collected by…" (a line's first word in no list, then a dash)
    // ("Rojda (Kurdish, limited English) called": a line's first word in no list, then a bracket about them)
    if (t.gapBefore.includes('\n') || i === 0) { if (/^[ \t]+[-–—][ \t]+\p{Ll}|^[ \t]*\((?!s\))/u.test(text.slice(t.end, t.end + 6))) return true; }
    // a sentence opener that is not an English word, followed by a lower-case function word: "Brogan has…"
    return next !== undefined && plainSpace(next.gapBefore) && next.shape === 'lower' && next.func && !DETERMINERS.has(next.lower);
  }
  return false;
}

function vehicleBeside(tokens: readonly Token[], i: number): boolean {
  for (const j of [i - 2, i + 2]) {
    const other = tokens[j];
    const joiner = tokens[Math.max(i, j) - 1];
    if (other && joiner && other.vehicle && isCap(other) && /^(?:and|or|&|n)$/.test(joiner.lower)) return true;
  }
  const near = tokens[i + 1];
  return near !== undefined && near.vehicle && isCap(near) && /^[ \t]*[,&/][ \t]*$/.test(near.gapBefore);
}

/**
 * Family words from other languages that are also given names ("lola", Tagalog for a grandmother; "mai", Shona for a
 * mother; "ate", an older sister): in lower case they are the family word wherever the message also uses one as owned —
 * "Marisol's lola", "her mai and baba" — unless a strong cue (a title, a naming verb) says otherwise.
 */
const KIN_WORDS_THAT_ARE_NAMES: ReadonlySet<string> = new Set('lola mai ate gogo tia nene mami nona'.split(' '));
const OWNERS: ReadonlySet<string> = new Set('her his their my our your'.split(' '));
function kinWordsThatAreNames(tokens: readonly Token[], flags: boolean[], strong: readonly boolean[]): void {
  let owned: Set<string> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.shape !== 'lower' || !KIN_WORDS_THAT_ARE_NAMES.has(t.lower)) continue;
    const prev = tokens[i - 1];
    if (prev !== undefined && plainSpace(t.gapBefore) && (prev.possessive || OWNERS.has(prev.lower))) (owned ??= new Set()).add(t.lower);
  }
  if (owned === undefined) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t && flags[i] && !strong[i] && t.shape === 'lower' && owned.has(t.lower)) flags[i] = false;
  }
}

/** Family and carer words (English and the words UK families use from other languages) that precede a name. */
const FAMILY_BEFORE: ReadonlySet<string> = new Set(
  (
    'mum mummy mam mom mother dad daddy father stepdad stepmum nan nana nanny nannie gran granny grandma grandad grandpa ' +
    'grandmother grandfather uncle aunt auntie aunty cousin brother sister bro sis stepbrother stepsister son daughter baby ' +
    'boyfriend girlfriend bf gf partner husband wife fiance fiancee fella feller carer fc keyworker friend mate neighbour lodger ' +
    'babcia dziadek bunica bunicul dadi dada nani nana chacha chachi mama papa baba amma ammi abba abbu appa ' +
    'taid nain mamgu tad granda grandda grandma grandpa granddad gramps grampa bampi mamo kuya tita tito ' +
    'step-uncle step-aunt step-auntie step-dad step-mum step-brother step-sister step-nan step-grandad'
  ).split(' '),
);
const SEASONS: ReadonlySet<string> = new Set(['summer', 'autumn', 'winter', 'spring']);
const MONTH_WORDS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
/** Words that read as a noun or a verb after a family word, not a name: "mum Said", "dad Works". */
const NOT_AFTER_FAMILY: ReadonlySet<string> = new Set('and or but is was has had says said told thinks works lives'.split(' '));

/**
 * "Uncle Tee", "daddy Frank", "baby Indie", "Foster carer Mags", "cousin dre": a word right after a family or
 * carer word, capitalised mid-sentence (even an everyday word), or a lower-case word in no word list.
 */
function familyWordBefore(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  // "her younger brother, Jun, aged 15": a capitalised name in commas after the family word is in apposition
  const apposition = t !== undefined && isCap(t) && /^,[ \t]+$/.test(t.gapBefore) && /^[ \t]*[,(]/.test(tokens[i + 1]?.gapBefore ?? ',');
  if (!t || !prev || !(plainSpace(t.gapBefore) || apposition) || prev.possessive || !FAMILY_BEFORE.has(prev.lower)) return false;
  // "uncle Jun", "Auntie May": a month that is also a listed name, capitalised after a family word
  const monthName = isCap(t) && isNameLex(t) && MONTH_WORDS.test(t.lower);
  if (t.hardNever || t.func || (CALENDAR_WORDS.has(t.lower) && !monthName) || NOT_AFTER_FAMILY.has(t.lower) || ROLE_WORDS.has(t.lower)) return false;
  // "baby" is as often a noun or an adjective ("a baby due", "Baby Shark", "baby room"): only a name-like word counts
  // ("baby Indie" stays a name; "singing Baby Shark" is a title, the family word capitalised mid-sentence too)
  if (prev.lower === 'baby' && (t.shape === 'lower' ? t.common || !isNameLex(t) : t.common && !t.first && isCap(prev) && !prev.sentenceStart)) return false;
  if (isCap(t)) {
    if (t.sentenceStart) return false;
    const next = tokens[i + 1];
    // "Mum Rokeya", but not "Dad Joke Day": a following capitalised ordinary word makes a title-case phrase
    if (next && plainSpace(next.gapBefore) && isCap(next) && next.common && !isNameLex(next) && !next.func) return false;
    if (t.common && !isNameLex(t) && /(?:ed|ing)$/.test(t.lower)) return false;
    return isNameLex(t) || !t.common || PLACE_WORDS.has(t.lower) === false;
  }
  if (t.shape !== 'lower') return false;
  // "his dad beat him", "mum rang her": an everyday word before an object pronoun is the family member's verb
  const object = tokens[i + 1];
  if (t.common && object !== undefined && plainSpace(object.gapBefore) && /^(?:him|her|them|me|us|it)$/.test(object.lower)) return false;
  if (isNameLex(t)) return !t.common || t.first;
  if (t.properOnly && !LOWER_WORDS.has(t.lower)) return true;
  return !t.common && !t.proper && !LOWER_WORDS.has(t.lower) && /^[a-z\u00df-\u024f]{3,}$/.test(t.lower);
}

/**
 * A nickname in quotes: `his big brother "Smokey"`, `uncle 'Tank'`, `a lad everyone calls "smokey"`. After a family word
 * the quoted word must be capitalised (`mum "forgot"` is a scare quote); after "calls"/"called"/"nicknamed" any word
 * that is not a function word is the name.
 */
function quotedNickname(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev || t.func || t.text.length < 2 || !/^[ \t]?["'‘“]$/.test(t.gapBefore) || !/^["'’”]/.test(text.slice(t.end, t.end + 1))) return false;
  if (CALENDAR_WORDS.has(t.lower) || ROLE_WORDS.has(t.lower)) return false;
  if (/^(?:calls?|called|calling|nicknamed|named)$/.test(prev.lower)) return true;
  // 'mum calls the toddler "Bubba"', 'they call her little brother "Tiny"': a quoted word after calling someone by role
  const verb = tokens[i - 3];
  const verb2 = tokens[i - 4];
  // (a capitalised or unlisted word only: 'called the teacher "horrible"' is a quoted insult)
  if ((isCap(t) || t.shape === 'upper' || !t.common) && (ROLE_WORDS.has(prev.lower) || FAMILY_BEFORE.has(prev.lower)) &&
    ((DETERMINERS.has(tokens[i - 2]?.lower ?? '') || /^(?:his|her|their|my|our)$/.test(tokens[i - 2]?.lower ?? '')) && /^(?:calls?|called|calling)$/.test(verb?.lower ?? '') ||
     FAMILY_ADJECTIVES.has(tokens[i - 2]?.lower ?? '') && /^(?:his|her|their|my|our|the)$/.test(verb?.lower ?? '') && /^(?:calls?|called|calling)$/.test(verb2?.lower ?? ''))) return true;
  // 'from "Dizzy" and his crew', '"Tank" and his mates': a quoted capitalised word that has people of its own
  if (isCap(t) && !t.sentenceStart && /^["'’”][ \t]+and[ \t]+(?:his|her|their)\b/.test(text.slice(t.end, t.end + 16))) return true;
  return isCap(t) && !t.sentenceStart && FAMILY_BEFORE.has(prev.lower) && !prev.possessive;
}

/** `who they call "Big Tone"`, `known as 'Little Mo'`: every word of a quoted nickname of two or three words after a naming verb. */
function quotedRunAfterNaming(tokens: readonly Token[], i: number, text: string): boolean {
  for (let k = i; k >= 0 && k > i - 3; k--) {
    const open = tokens[k];
    if (!open) return false;
    if (k < i && !plainSpace(tokens[k + 1]?.gapBefore ?? '')) return false;
    if (!/^[ \t]?["'‘“]$/.test(open.gapBefore)) continue;
    const verb = tokens[k - 1];
    if (!verb || !/^(?:calls?|called|calling|nicknamed|named|as|by)$/.test(verb.lower)) return false;
    if ((verb.lower === 'as' && tokens[k - 2]?.lower !== 'known') || (verb.lower === 'by' && !/^go(?:es)?$|^went$|^going$/.test(tokens[k - 2]?.lower ?? ''))) return false;
    // the run closes with a quote within three words
    let j = k;
    while (j < k + 2 && tokens[j + 1] !== undefined && plainSpace(tokens[j + 1]?.gapBefore ?? '')) j++;
    for (let e = k + 1; e <= j; e++) {
      const end = tokens[e];
      if (end && /^["'’”]/.test(text.slice(end.end, end.end + 1))) return e >= i && tokens.slice(k, e + 1).every((w) => isCap(w) && !w.hardNever);
    }
    return false;
  }
  return false;
}

/** Naming phrases: "goes by 'Fi'", "known as Sunny", "calls him Sunny", "real name is Chantelle", "nan is pat". */
const NAME_IS_BEFORE: ReadonlySet<string> = new Set(
  [...FAMILY_BEFORE, 'name', 'names', 'nickname', 'called', 'hv', 'sw', 'gp', 'teacher', 'worker', 'dsl', 'carer', 'carers', 'midwife'].filter(
    (w) => w !== 'baby' && w !== 'friend' && w !== 'mate',
  ),
);

function namingPhraseBefore(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  if (!t || !prev || t.hardNever || CALENDAR_WORDS.has(t.lower)) return false;
  // "an adult he calls Long", "the older one they call Smokey": who a person is called by someone, capitalised
  if ((prev.lower === 'calls' || prev.lower === 'call') && plainSpace(t.gapBefore) && plainSpace(prev.gapBefore) && /^(?:he|she|they|everyone|everybody|people|we|kids|lads|girls)$/.test(prev2?.lower ?? '') && isCap(t) && !t.possessive) return true;
  if (t.func) return false;
  // a quote may open the name: goes by 'Fi'
  if (t.gapBefore.length > 3 || !/^[ \t]?["'‘“]?$/.test(t.gapBefore)) return false;
  // (`known as "smokey"`: in quotes after a naming phrase, even an everyday word is the name)
  const quoted = /["'‘“]$/.test(t.gapBefore) && /^["'’”]/.test(text.slice(t.end, t.end + 1));
  if (t.shape === 'lower' && t.common && !isNameLex(t) && !quoted) return false;
  if (t.shape === 'upper' && t.text.length > 1 && !isNameLex(t)) return false;
  const p = prev.lower;
  const p2 = prev2?.lower ?? '';
  const near = prev2 !== undefined && plainSpace(prev.gapBefore);
  if (p === 'by' && near && (p2 === 'goes' || p2 === 'go' || p2 === 'going' || p2 === 'went') && !(t.shape === 'lower' && t.common && !t.first)) return true;
  if (p === 'as' && near && p2 === 'known') return true;
  // 'Tyrell aka "T-Bone"', "Jessica aka Jess": the name after "aka", quoted or capitalised
  if (p === 'aka' && (quoted || isCap(t) || t.shape === 'upper') && !t.possessive && !ROLE_WORDS.has(t.lower)) return true;
  if (['him', 'her', 'them', 'himself', 'herself', 'themselves'].includes(p) && near && /^(?:calls?|called|calling|named)$/.test(p2) && !(t.shape === 'lower' && t.common && !t.first)) return true;
  // "name's Kai", "nan is pat", "mum is Tina", "real name is Chantelle"
  if (prev.possessive && (p === 'name' || p === 'nickname')) return true;
  if ((p === 'is' || p === 'was') && near && prev2 !== undefined && NAME_IS_BEFORE.has(p2) && !prev2.possessive) {
    if (t.shape === 'lower' && !isNameLex(t) && (t.common || t.proper || LOWER_WORDS.has(t.lower))) return false;
    // "mum is Rasa": capitalised mid-sentence after "mum is" is a name unless a place, nationality or stop word
    if (isCap(t) && !t.sentenceStart) return !t.softNever;
    if (t.common && !t.first) return false; // "dadi is main carer"
    // "the mother is contactable", "dad is unreachable": an adjective's ending on a word in no name list
    if (!isNameLex(t) && /(?:able|ible|ing|ed|ly|ous|ive|ful|less|ent|ant|ary|ic|al)$/.test(t.lower)) return false;
    return isNameLex(t) || !t.common;
  }
  return false;
}

/** Greetings and thanks, also in the languages colleagues use with each other ("Merci Eilidh", "Gracias Inés"). */
const GREETING_WORDS: ReadonlySet<string> = new Set(
  'hi hiya hey heya hello hallo halo helo shwmae sumae morning afternoon evening dear thanks cheers ta salaam salam shalom namaste namaskar vanakkam merhaba diolch merci gracias danke obrigado obrigada grazie shukran dzieki dziekuje spasibo bonjour hola ciao salut ahoj hej'.split(' '),
);
/** Generic addressees after a greeting ("Dear Colleague", "Hi all", "Dear Parent/Carer"): a group or a role, not a name. */
const NOT_GREETED: ReadonlySet<string> = new Set(
  'all both team everyone everybody guys folks there again so for you lovely colleague colleagues parent parents carer carers sir madam ma maam mam miss friends ladies gents members member'.split(' '),
);

/** "Morning Trace,", "Hiya Kez,", "Hi Rhian\n", and "hi its shaz from yr2": a name greeted, or introducing its writer. */
/** Forms of address a pupil opens a message with: "sir its Dami". */
const ADDRESS_FORMS: ReadonlySet<string> = new Set(['sir', 'miss', 'mrs', 'mr']);
/** "mum of kaydn": kin words before "of" + the child. */
const KIN_OF: ReadonlySet<string> = new Set('mum mam mom mother dad father parent parents carer carers nan gran grandma grandad stepdad stepmum'.split(' '));

/**
 * "hi will its dee from swimming", "Hi Will its me": a given name greeted, then the writer introducing themselves —
 * the greeted word is a name even if it is also an everyday word (not "hi hope its ok": only a name, or "me", after "its").
 */
function writerAfterGreeted(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const writer = tokens[i + 2];
  if (!t || !prev || !next || !writer || !t.first || !prev.sentenceStart || !GREETING_WORDS.has(prev.lower)) return false;
  if (!plainSpace(t.gapBefore) || !plainSpace(next.gapBefore) || !plainSpace(writer.gapBefore) || !/^(?:its|it's|it’s)$/.test(next.lower)) return false;
  // ("hi Sue its Kev (site team)": a capitalised word in no list introduces its writer too)
  return writer.lower === 'me' || (isNameLex(writer) && !writer.common) || (isCap(writer) && inNoList(writer) && writer.text.length >= 3);
}

function greetingOrSelfIntroduction(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  // ("hiya its Will from the SNT": a capitalised given name that is also a function word, introducing its writer)
  const introducedFunc = t !== undefined && prev !== undefined && isCap(t) && t.first && /^(?:its|it's|it’s|is)$/.test(prev.lower) && /^(?:from|here|at|on)$/.test(tokens[i + 1]?.lower ?? '');
  if (!t || !prev || t.hardNever || (t.func && !writerAfterGreeted(tokens, i) && !introducedFunc) || NOT_GREETED.has(t.lower) || CALENDAR_WORDS.has(t.lower)) return false;
  // "hey its coach dom", "it's nurse abi here": a writer introducing themselves by their role and name
  if (ROLE_WORDS.has(prev.lower) && plainSpace(t.gapBefore) && plainSpace(prev.gapBefore) && /^(?:its|it's|it’s)$/.test(tokens[i - 2]?.lower ?? '') &&
    !t.possessive && (isNameLex(t) || t.properOnly || t.proper || !t.common) && !ROLE_WORDS.has(t.lower)) return true;
  // "its gaz from the boxing club": a proper noun of speech typed in lower case can still introduce its writer
  if (t.shape === 'lower' && t.common && !isNameLex(t) && !t.properOnly) return false;
  if (t.shape === 'upper' && !isNameLex(t)) return false;
  // "thanks\nFr. Tomasz", "Hi Dr Okafor": a title greeted is not the name; the name after it is found by its title
  if (TITLES.has(t.lower)) return false;
  const next = tokens[i + 1];
  const after = next ? next.gapBefore : '';
  if (GREETING_WORDS.has(prev.lower) && (prev.sentenceStart || tokens[i - 2]?.lower === 'good') && t.gapBefore.length <= 3 && /^,?[ \t]*$/.test(t.gapBefore.trimStart())) {
    if (ENDEARMENTS.has(t.lower)) return false;
    // ("hi, kasia 34/40": a lower-case word greeted counts only when it is in no list at all and shaped like a name)
    const shortName = /^[a-z]{3}$/.test(t.lower) && /[aeiouy]/.test(t.lower) && inNoList(t);
    if (t.shape === 'lower' && !isNameLex(t) && !(inNoList(t) && lowerNameShape(t)) && !shortName) return false;
    // "Hi, Apologies —", "Morning, Quick one": an everyday word in no name list opens the sentence after the greeting
    // ("Hi Kat,\n", "Morning Bex\n": a capitalised word greeted with no comma before it, on a greeting line that ends after
    // it, is the person greeted even when it is also an everyday word — not an endearment: "Hi Hun,", "Morning Chick")
    const greetingLine = isCap(t) && plainSpace(t.gapBefore) && !t.possessive && !WORDS_FOR_ANYONE.has(t.lower) &&
      (next === undefined ? /^[ \t]*,?[ \t]*$/.test(text.slice(t.end)) : /^[ \t]*,?[ \t]*\n/.test(after));
    if (greetingLine) return true;
    if (t.common && !isNameLex(t) && !t.properOnly) return false;
    // the greeting ends at the name: a comma, a line break, "!", the end of the text, or the writer introducing themselves
    // ("hiya rhi update on…": a lower-case word in no list, shaped like a name, then the first word of the message's body)
    const bodyAfter = t.shape === 'lower' && inNoList(t) && (lowerNameShape(t) || shortName) && /^[ \t]+(?:update|quick|just|re|sorry|hope|can|could|its|it's|i|im|i'm|fyi|please|thanks|any|did|have|are)\b/.test(text.slice(t.end, t.end + 10));
    // ("hi, obi here (FSW)": the writer greets and names themselves)
    const hereAfter = next !== undefined && next.lower === 'here' && plainSpace(next.gapBefore) && !t.common;
    return next === undefined || /^[ \t]*[,!.\n–—-]/.test(after) || after.includes('\n') || writerAfterGreeted(tokens, i) || (t.shape === 'lower' && inNoList(t) && /^[ \t]+\d/.test(after)) || bodyAfter || hereAfter;
  }
  // "this is mo from the youth centre", "hi this is precious community nurse": a dictated self-introduction
  const thisIs = prev.lower === 'is' && tokens[i - 2]?.lower === 'this' && plainSpace(prev.gapBefore);
  if ((prev.lower === 'its' || prev.lower === "it's" || prev.lower === 'it’s' || thisIs) && plainSpace(t.gapBefore)) {
    const before = tokens[i - (thisIs ? 3 : 2)];
    const opener = thisIs ? tokens[i - 2] : prev;
    // "sir its Dami", "miss its me": a pupil's form of address opens the message too
    const greetedBefore = before !== undefined && tokens[i - (thisIs ? 4 : 3)] !== undefined && GREETING_WORDS.has(tokens[i - (thisIs ? 4 : 3)]?.lower ?? '') && (tokens[i - (thisIs ? 4 : 3)]?.sentenceStart ?? false);
    // "hi sarah its amy y5": after a greeting and its addressee
    const opens = (opener?.sentenceStart ?? false) || greetedBefore || (before !== undefined && (GREETING_WORDS.has(before.lower) || ADDRESS_FORMS.has(before.lower)));
    if (thisIs && !opens) return false;
    const nameish = isNameLex(t) || t.properOnly || (t.proper && !LOWER_WORDS.has(t.lower)) || (!t.common && !t.proper);
    // "its Dawn on reception", "its amy y5", "this is ruby full stop health visitor" (dictated punctuation)
    const introducedBy =
      next !== undefined &&
      (['from', 'at', 'here', 'on', 'in'].includes(next.lower) || (next.lower === 'full' && tokens[i + 2]?.lower === 'stop') || next.lower === 'comma') &&
      !(next.lower === 'in' && !/^[ \t]+in[ \t]+(?:(?:y|yr|year|p|s)[ \t]?\d)/i.test(text.slice(t.end, t.end + 20)));
    const yearAfter = /^[ \t]*,?[ \t]*(?:y|yr|year)[ \t]?\d{1,2}\b/i.test(text.slice(t.end, t.end + 12));
    // "its blossom in y7": a writer naming a pupil by the school year after the name, even an everyday word
    const yearCue = yearAfter || (next?.lower === 'in' && introducedBy);
    if (opens && yearCue && t.shape === 'lower' && /^[a-z]{2,}$/.test(t.lower)) return true;
    if (!nameish && !(opens && t.shape === 'lower' && lowerNameShape(t) && introducedBy)) return false;
    // "this is mo from the youth centre": a short word that is also a lower-case word, only where a writer introduces themselves
    if (LOWER_WORDS.has(t.lower) && !t.first && !(opens && introducedBy && next?.lower === 'from' && t.text.length <= 4 && isNameLex(t))) return false;
    if (opens && (introducedBy || yearAfter) && t.common) return true;
    if (!opens) {
      // "sorry typo, its Brook no e"
      return isCap(t) && isNameLex(t) && next !== undefined && ['no', 'with', 'not'].includes(next.lower);
    }
    if (!t.common || t.properOnly || (t.proper && !LOWER_WORDS.has(t.lower))) return true;
    // "its shaz from yr2", "its Kez at the foyer", "its kirsty school nurse", "its Brook no e"
    const roleNext = ROLE_WORDS.has(next?.lower ?? '') || (ROLE_WORDS.has(tokens[i + 2]?.lower ?? '') && next !== undefined && next.shape === 'lower' && !next.func);
    return next === undefined || /^[ \t]*[,(–-]/.test(after) || ['from', 'at', 'here', 'the', 'no', 'with', 'in'].includes(next.lower) || roleNext;
  }
  return false;
}

/**
 * Sign-offs: a line of one or two name-like words that ends the message, or sits above a job title
 * ("thanks\nBev", "Best,\nAutumn\nSupervising Social Worker", "diolch, Gethin").
 */
function signOffNames(text: string, tokens: readonly Token[], flags: boolean[]): void {
  const lines: [number, number][] = [];
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    if (text.slice(from, end).trim() !== '') lines.push([from, end]);
    if (nl < 0) break;
    from = nl + 1;
  }
  if (lines.length === 0) return;
  let k = 0;
  const lineTokens = (start: number, end: number): number[] => {
    while (k < tokens.length && (tokens[k]?.start ?? 0) < start) k++;
    const idx: number[] = [];
    let j = k;
    while (j < tokens.length && (tokens[j]?.start ?? 0) < end) idx.push(j++);
    return idx;
  };
  // only the last three lines can hold a sign-off: bounded work
  const firstLine = Math.max(0, lines.length - 3);
  for (let li = firstLine; li < lines.length; li++) {
    const [start, end] = lines[li] ?? [0, 0];
    // a sign-off line is short; the bound also keeps the regexes below off long runs of spaces
    if (end - start > 80) continue;
    const line = text.slice(start, end).trim();
    const idx = lineTokens(start, end).filter((j) => !/^x+$/i.test(tokens[j]?.text ?? '') || j === lineTokens(start, end)[0]);
    const last = li === lines.length - 1;
    const prevLine = li > 0 ? text.slice(lines[li - 1]?.[0], lines[li - 1]?.[1]).trim() : '';
    const nextLine = last ? '' : text.slice(lines[li + 1]?.[0], lines[li + 1]?.[1]).trim();
    // "diolch, Gethin" / "thanks, Bev": a sign-off word and a name on one line
    const inline = /^(?:thanks|cheers|ta|diolch|many thanks|best|regards|kind regards)[ \t]*,?[ \t]+(\p{L}[\p{L}'’-]*)[ \t]*[.!x]*$/iu.exec(line);
    if (inline && last && idx.length === 2 + (line.toLowerCase().startsWith('many') || line.toLowerCase().startsWith('kind') ? 1 : 0)) {
      const j = idx[idx.length - 1] ?? -1;
      const t = tokens[j];
      // ("Thanks, Will": a given name that is also a function word signs off too)
      if (t && (signOffWord(t, true) || (t.first && isCap(t) && !t.hardNever && !t.softNever))) flags[j] = true;
      continue;
    }
    // "Ivy & the Little Acorns team", "Jo and the Y2 team": a name signing for a team on the last line
    const forTeam = last && li > 0 ? /^(\p{L}[\p{L}'’-]*)[ \t]*(?:&|and|\+)[ \t]+the[ \t][^\n]{1,40}\bteam[ \t]*[.!x]*$/iu.exec(line) : null;
    if (forTeam) {
      const t = tokens[idx[0] ?? -1];
      if (t && signOffWord(t, true)) flags[idx[0] ?? -1] = true;
      continue;
    }
    // "Gareth, YJS", "Bev, DSL": a last line of a capitalised word, a comma and a team's or a role's capitals
    const withTeam = last && li > 0 ? /^(\p{Lu}[\p{L}'’-]*)[ \t]*,[ \t]*([A-Z][A-Za-z&]{1,7})(?:[ \t]+(?:team|service|hub|unit|office))?[ \t]*[.!x]*$/u.exec(line) : null;
    if (withTeam && idx.length === (/[ \t](?:team|service|hub|unit|office)[ \t.!x]*$/.test(line) ? 3 : 2) && /^[A-Z]{2,}/.test(withTeam[2] ?? '')) {
      const t = tokens[idx[0] ?? -1];
      if (t && signOffWord(t, true) && !t.place && !t.worldCity && !PLACE_WORDS.has(t.lower)) flags[idx[0] ?? -1] = true;
      continue;
    }
    // "Sue reception", "Kemi FNP", "Jo admin": a last line of a given name and one word saying where or what they work
    const nameThenRole = last && li > 0 && idx.length === 2 ? /^\p{Lu}[\p{L}'’-]*[ \t]+(\p{L}[\p{L}&]{1,14})[ \t]*[.!x]*$/u.exec(line) : null;
    if (nameThenRole && (ROLE_LINE.test(nameThenRole[1] ?? '') || /^(?:reception|office|admin|[A-Z]{2,6})$/.test(nameThenRole[1] ?? ''))) {
      const t = tokens[idx[0] ?? -1];
      if (t && t.first && isNameLex(t) && !t.hardNever && !t.softNever && !t.func && isCap(t)) flags[idx[0] ?? -1] = true;
      continue;
    }
    // "Mags (DDSL)", "Rich (HoY 7)": a last line of one or two capitalised words and a role in brackets
    const withRole = last && li > 0 ? /^(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)[ \t]*(\([^()]{1,40}\))[ \t]*$/u.exec(line) : null;
    if (withRole && roleInBrackets(withRole[2] ?? '')) {
      for (const j of idx) {
        const t = tokens[j];
        if (!t || t.start >= start + (text.slice(start, end).indexOf('(') >>> 0)) break;
        if (!t.hardNever && !t.func && !CALENDAR_WORDS.has(t.lower) && isCap(t)) flags[j] = true;
      }
      continue;
    }
    if (idx.length === 0 || idx.length > 2 || !/^[\p{L}'’ -]+[ \t]*[,.!x]*$/u.test(line.replace(/[ \t]+x+$/i, ''))) continue;
    const afterSignOff = SIGN_OFF_LINE.test(prevLine);
    const aboveRole = nextLine !== '' && ROLE_LINE.test(nextLine);
    // (a name right under a sign-off line need not be the last line: "Kind regards, / Joanne Lane / Admissions")
    if (!(last || aboveRole || afterSignOff) || (li === 0 && !last)) continue;
    if (li === 0) continue; // a one-line message is not a sign-off
    if (!idx.every((j) => { const t = tokens[j]; return t !== undefined && signOffWord(t, afterSignOff || aboveRole); })) continue;
    // "Calderdale Homes", "Oakfield Surgery": an organisation's line under a signature, not a name
    if (idx.length === 2 && COMPOUND_FOLLOWERS.has(tokens[idx[1] ?? -1]?.lower ?? '') && !tokens[idx[0] ?? -1]?.first && (!afterSignOff || (tokens[idx[0] ?? -1]?.place ?? false))) continue;
    for (const j of idx) flags[j] = true;
  }
}

/** A job title under a sign-off: role words only ("Supervising Social Worker", "SENCo", "School Nurse"). */
const ROLE_LINE = /^(?:[\p{L}\d&/'’ -]{0,40}\b(?:worker|nurse|visitor|officer|lead|manager|teacher|senco|dsl|ddsl|gp|midwife|practitioner|coordinator|co-ordinator|head|headteacher|deputy|assistant|ta|lsa|mentor|advisor|adviser|chair|pastor|vicar|imam|coach|leader|volunteer|sw|hv|pcso|pc|hoy|hod|keyworker|key worker|caretaker|cleaner|driver|escort|receptionist|supervisor|admin|administrator|cook|chef|msa|librarian|tutor|instructor|steward|warden|sergeant|constable|inspector|paramedic|pharmacist|dentist|doctor|therapist|interpreter|caseworker|mentor|governor|trustee|safeguarding)\b[\p{L}\d ,'’&-]{0,40})$/iu;

function signOffWord(t: Token, cued: boolean): boolean {
  if (t.hardNever || t.func || CALENDAR_WORDS.has(t.lower) || SIGN_OFF_LINE.test(t.text) || t.text.length < 2) return false;
  if (isNameLex(t) || t.properOnly) return true;
  if (t.common) return false;
  return cued || isCap(t) || !LOWER_WORDS.has(t.lower);
}

/** Words after which a capitalised word names a thing: "Storm Darragh", "St Barnabas", "Operation Encompass". */
const THING_BEFORE: ReadonlySet<string> = new Set('storm hurricane st saint operation project dosbarth'.split(' '));
/** Place context: "in Tiverton", "from Lagos", "near Kettering", "back to Erbil". */
const PLACE_BEFORE: ReadonlySet<string> = new Set('in from near around round outside via towards toward into across between within'.split(' '));
const PLACE_AFTER: ReadonlySet<string> = new Set('area town city village estate district borough county region road way'.split(' '));

/**
 * Weak evidence (a listed name in a neutral position, an unknown capitalised word) gives way to stronger
 * evidence of something else: a GeoNames place that is no given name, a place context, a vehicle model,
 * a thing named after a cue word, a capitalised ordinary word before a number ("Level 3").
 */
function weakEvidenceVeto(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i];
  if (!t) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && plainSpace(t.gapBefore) && THING_BEFORE.has(prev.lower.replace(/\.$/, '')) && isCap(prev)) return true;
  // "Robins room", "Willow patrol", "Fox Cubs", "Kestrel class": a named group or room of a school, nursery or club
  if (next && plainSpace(next.gapBefore) && GROUP_NOUNS.has(next.lower) && !t.possessive) return true;
  // "Y8 Hawks", "Year 4 Owls": a capitalised plural right after a school year is a form group
  const yearBefore = /(?:^|[\s(])(?:y|yr|year)[ \t]?\d{1,2}[ \t]+$/i.test(t.gapBefore) || (prev !== undefined && /^(?:y|yr|year)$/.test(prev.lower) && /^[ \t]*\d{1,2}[ \t]+$/.test(t.gapBefore));
  if (isCap(t) && !t.first && t.lower.endsWith('s') && yearBefore) return true;
  // "a boy in 8 Severn", "the girls in 10 Tudor": a form group, a year's number and its house
  if (isCap(t) && !t.first && !t.possessive && /(?:^|[\s(])(?:in|of|from)[ \t]+\d{1,2}[ \t]+$/i.test((tokens[i - 1]?.lower ?? '') + t.gapBefore)) return true;
  if (ofInstitutionRun(tokens, i)) return true;
  // "from westfield breakfast club", "at kingsway surgery": a lower-case surname-like word before an organisation word
  if (t.shape === 'lower' && !t.first && next !== undefined && plainSpace(next.gapBefore) && (COMPOUND_FOLLOWERS.has(next.lower) || VENUE_AFTER.has(next.lower) || /^(?:breakfast|after|youth|boxing|football|sports?)$/.test(next.lower))) return true;
  if (isCap(t) && t.common && !t.first && next !== undefined && plainSpace(next.gapBefore) && /^(?:england|wales|scotland|cymru|uk|ni)$/.test(next.lower) && isCap(next)) return true;
  // "Gillick / Fraser", "Fraser and Gillick": the competence guidelines
  if (t.lower === 'fraser' && [tokens[i - 1], tokens[i - 2], tokens[i + 1], tokens[i + 2]].some((w) => w?.lower === 'gillick')) return true;
  // "on Tudor St", "off Hope Road": a word before a street word names the street, not a person
  if (isCap(t) && !t.possessive && next !== undefined && plainSpace(next.gapBefore) && isCap(next) && STREET_WORDS.has(next.lower) && !(tokens[i + 2] !== undefined && plainSpace(tokens[i + 2]?.gapBefore ?? '') && isCap(tokens[i + 2] as Token) && !/^[A-Z]{1,2}\d[A-Z\d]?$/.test(tokens[i + 2]?.text ?? ''))) return true;
  // "Cllr Rehman", "Insp Hale": the title itself is not the name
  if (TITLES.has(t.lower) && next !== undefined && isCap(next) && /^\.?[ \t]+$/.test(next.gapBefore)) return true;
  // "a Renault Zoe", "range rover": a model after its make, even a model that is a given name
  if (prev !== undefined && plainSpace(t.gapBefore) && (isCap(prev) === isCap(t)) && ((t.vehicle && (prev.vehicle || prev.lower === 'range' || prev.lower === 'land')) || (prev.vehicle && !prev.first && !prev.common && isCap(t)))) return true;
  // "Talk to Frank" (the national drugs advice service)
  if (t.lower === 'frank' && prev?.lower === 'to' && tokens[i - 2]?.lower === 'talk' && (isCap(tokens[i - 2] as Token) || /["'‘“]$/.test(tokens[i - 2]?.gapBefore ?? ''))) return true;
  // "Abu Bakr mosque", "the Elms surgery": a capitalised run before a place of worship or a service is its name
  if (lowerWordAfterCapRun(tokens, i, 3, VENUE_AFTER)) return true;
  // "signpost to Brook", "referred to Alder Hey": a service or a hospital one refers to
  {
    let k = i;
    while (k > 0 && i - k < 2 && isCap(tokens[k - 1] as Token) && plainSpace(tokens[k]?.gapBefore ?? '')) k--;
    const to = tokens[k - 1];
    let v = k - 2;
    // "referred a 6yo to Alder Hey", "signposted mum to Brook": up to two lower-case words between the verb and "to"
    while (v > 0 && k - 2 - v < 2 && tokens[v] !== undefined && !REFER_VERBS.has(tokens[v]?.lower ?? '') && tokens[v]?.shape === 'lower' && !/[.!?\n]/.test(tokens[v + 1]?.gapBefore ?? '')) v--;
    const verb = tokens[v];
    if (to?.lower === 'to' && verb !== undefined && REFER_VERBS.has(verb.lower) && plainSpace(tokens[k]?.gapBefore ?? '') && !t.possessive) return true;
  }
  // "send her to Brook", "took him to Alder Hey": a service or a place a child is sent to (not "sent it to Sarah")
  // (a name that is no everyday word stays a person: "took her to Jamal at the flat"; services are words: Brook, Mind, Relate)
  if (isCap(t) && !t.possessive && (t.common || !isNameLex(t)) && prev?.lower === 'to' && /^(?:her|him|them)$/.test(tokens[i - 2]?.lower ?? '') && /^(?:send|sent|sending|take|took|taking|taken)$/.test(tokens[i - 3]?.lower ?? '') &&
    !(next !== undefined && plainSpace(next.gapBefore) && isCap(next))) return true;
  // "out at Pontrhydfendigaid", "the residential at Llangrannog": a place one is at, for a word in no list
  if (prev?.lower === 'at' && AT_PLACE_BEFORE.has(tokens[i - 2]?.lower ?? '') && isCap(t) && !isNameLex(t) && (!t.common || t.properOnly) && !t.possessive) return true;
  // "Llanidloes", "Inverurie", "Ballymena", "Scunthorpe": the shape of a British or Irish place name, for a word in no list
  if (isCap(t) && !isNameLex(t) && !t.common && !t.possessive && t.text.length >= 6 && PLACE_SHAPE.test(t.lower)) return true;
  // "Pool TR15 3PF", "Corby NN17 2QR": a word right before a postcode is its town
  if (isCap(t) && !t.possessive && postcodeAfter(text, t.end)) return true;
  // "Chelsea v Arsenal": the sides of a fixture
  if (isCap(t) && (/^[ \t]+vs?\.?[ \t]+\p{Lu}/u.test(text.slice(t.end, t.end + 8)) || /\p{L}[ \t]+vs?\.?[ \t]+$/u.test(t.gapBefore))) return true;
  // "GDPR Art 6", "DPA Sch 1": a capitalised word between an acronym and a number is a part of the legislation
  if (prev && prev.shape === 'upper' && plainSpace(t.gapBefore) && /^[ \t]+\d/.test(text.slice(t.end, t.end + 4))) return true;
  // "in Co Tyrone", "Co. Durham": a county
  if ((t.lower === 'co' && next && isCap(next) && /^\.?[ \t]+$/.test(next.gapBefore)) || (prev && prev.text === 'Co' && /^\.?[ \t]+$/.test(t.gapBefore) && isCap(t))) return true;
  // "a 'holiday' to Somaliland", "moved back to Gdańsk": a destination of travel that is no given name
  // "pasted from Badger", "copied from SystmOne": a system, not a person
  const prev2 = tokens[i - 2];
  if (prev && prev2 && plainSpace(t.gapBefore) && prev.gapBefore.length <= 3 && !prev.gapBefore.includes('\n') && !t.first) {
    // "flying out to Mogadishu", "moved back to Gdańsk": a travel word up to two words before "to"
    const prev3 = tokens[i - 3];
    const travel = TRAVEL_BEFORE_TO.has(prev2.lower) || (prev3 !== undefined && TRAVEL_BEFORE_TO.has(prev3.lower) && /^(?:out|back|over|off|away|home|up|down)$/.test(prev2.lower));
    if (prev.lower === 'to' && (travel || PLACED_BEFORE_TO.has(prev2.lower))) return true;
    if (prev.lower === 'from' && SYSTEM_BEFORE_FROM.has(prev2.lower)) return true;
    if (/^(?:on|onto|to|in|into)$/.test(prev.lower) && SYSTEM_BEFORE_ON.has(prev2.lower) && isCap(t) && !t.possessive && !t.first) return true;
    // "taking the kids to Krakow", "took them to Mirpur": a destination after taking someone, if no given name
    // ("take her to Lagos": a city of the world that is also a surname, not a given name)
    if (prev.lower === 'to' && isCap(t) && !t.possessive && (!isNameLex(t) || (t.worldCity && !t.first)) && takenTo(tokens, i - 1)) return true;
  }
  if (prev && prev2 && plainSpace(t.gapBefore) && plainSpace(prev.gapBefore) && isCap(t) && !t.possessive) {
    // "gone back to Kerry", "a trip to Paris": a listed place after a travel word, even one that is also a given name
    const prev3 = tokens[i - 3];
    const travel = TRAVEL_BEFORE_TO.has(prev2.lower) || (prev3 !== undefined && TRAVEL_BEFORE_TO.has(prev3.lower) && /^(?:out|back|over|off|away|home|up|down)$/.test(prev2.lower));
    if (prev.lower === 'to' && travel && (t.place || t.worldCity || TRAVEL_CITIES.has(t.lower))) return true;
    // "last seen heading for Appleby", "bound for Holyhead": a destination
    if ((prev.lower === 'for' || prev.lower === 'towards') && /^(?:heading|headed|head|heads|bound)$/.test(prev2.lower) && (t.place || t.worldCity || !isNameLex(t))) return true;
    // "a leader's house on Skye", "the ferry to Arran", "the Isle of Lewis": an island that is also a given name
    if (NAMED_ISLANDS.has(t.lower) && (/^(?:on|off)$/.test(prev.lower) || (prev.lower === 'from' && /^(?:over|across|up|down|moving|moved|ferry|boat)$/.test(prev2.lower)) || (prev.lower === 'of' && prev2.lower === 'isle') || (prev.lower === 'to' && /^(?:ferry|boat|crossing|over)$/.test(prev2.lower)))) return true;
    // "moved from Boston to Spalding": the destination after an origin that is a place
    if (prev.lower === 'to' && (prev2.place || PLACE_WORDS.has(prev2.lower)) && tokens[i - 3]?.lower === 'from' && (t.place || !isNameLex(t))) return true;
    // "originally from Košice", "Irish speakers from Connemara", "the family are from Lahore": an origin, not a sender
    // "have come to us from Gdynia": an arrival
    const arrival = prev2.lower === 'us' && tokens[i - 3]?.lower === 'to' && ORIGIN_BEFORE_FROM.has(tokens[i - 4]?.lower ?? '');
    if (prev.lower === 'from' && (ORIGIN_BEFORE_FROM.has(prev2.lower) || arrival || /^(?:returning|returned|return|back|flying|flew|flight|holiday|trip|visiting|visit|deported|fled)$/.test(prev2.lower)) && (!isNameLex(t) || t.place || t.worldCity) && (!t.first || t.place || t.worldCity)) return true;
  }
  // "spoke to Gemma at Meadowcroft", "the session at Brackenwood": a word in no list after "at" is a place, a school or an
  // office — a person after "at" is looked, shouted or sworn at
  if (prev?.lower === 'at' && plainSpace(t.gapBefore) && isCap(t) && !t.possessive && !t.sentenceStart && inNoList(t) && t.text.length >= 4 &&
    !AT_A_PERSON_BEFORE.test(tokens[i - 2]?.lower ?? '') && !(next !== undefined && plainSpace(next.gapBefore) && (isCap(next) || POSSESSED_WORDS.has(next.lower)))) return true;
  // "lives in Kyiv", "a flat near Gdańsk": an unknown capitalised word after a place preposition is a place
  // ("from" is left out: "a text from Oksana")
  if (prev && plainSpace(t.gapBefore) && IN_PLACE.has(prev.lower) && isCap(t) && !t.possessive && !isNameLex(t) && (!t.common || t.properOnly)) return true;
  // "covering Bishop's Castle and Clun", "in Llandrindod Wells and Builth": the last of a list of places
  if (isCap(t) && !t.possessive && !isNameLex(t) && (!t.common || t.properOnly) && prev !== undefined && (prev.lower === 'and' || prev.lower === 'or') && placeListBefore(tokens, i - 1)) return true;
  // "the centre in Govan.": a surname-only word alone after "in" is a place (a person after "in" comes with a title or a possessive)
  if (prev && plainSpace(t.gapBefore) && IN_PLACE.has(prev.lower) && isCap(t) && !t.possessive && t.surname && !t.first && !t.common &&
    !(next !== undefined && plainSpace(next.gapBefore) && (isCap(next) || POSSESSED_WORDS.has(next.lower)))) return true;
  if (t.vehicle && (!isNameLex(t) || (prev !== undefined && plainSpace(t.gapBefore) && (prev.vehicle || COLOURS.has(prev.lower))))) return true;
  // "(Nissan Micra lol)", "a Vauxhall Corsa": a make before its model, even a make that is a surname
  if (t.vehicle && next !== undefined && next.vehicle && plainSpace(next.gapBefore) && isCap(t) && !next.first) return true;
  // "a black Range Rover", "Land Rover": the everyday word of a two-word model, and the model after it
  if (t.vehicle && prev !== undefined && plainSpace(t.gapBefore) && isCap(prev) && isCap(t) && prev.common && !prev.first) return true;
  if (next !== undefined && next.vehicle && plainSpace(next.gapBefore) && isCap(t) && isCap(next) && t.common && !t.first) return true;
  // "seen at Victoria station", "Piccadilly bus station": a place's facility in lower case after it
  if (isCap(t) && !t.possessive && next !== undefined && plainSpace(next.gapBefore) && next.shape === 'lower' && FACILITY_AFTER.has(next.lower)) return true;
  // "Buchanan bus station", "Paisley Gilmour Street train station"
  if (isCap(t) && !t.possessive && next !== undefined && plainSpace(next.gapBefore) && /^(?:bus|coach|train|railway|tram|police|fire|ambulance|horse)$/.test(next.lower) && /^(?:station|depot|fair)$/.test(tokens[i + 2]?.lower ?? '')) return true;
  // "Teacher in Hamilton.", "a flat in Jarrow": a place that is also a name, alone after "in" (a person after "in" comes
  // with a possessive or a title, or after confiding or believing)
  if (t.place && isCap(t) && !t.possessive && !t.sentenceStart && prev?.lower === 'in' && plainSpace(t.gapBefore) && !/^(?:confided|confide|confides|confiding|believe|believes|believed|trust|trusts|interest|interested)$/.test(tokens[i - 2]?.lower ?? '') &&
    !(next !== undefined && plainSpace(next.gapBefore) && (isCap(next) || next.shape === 'upper' || POSSESSED_WORDS.has(next.lower) || /^(?:class|group|set|form|room)$/.test(next.lower)))) return true;
  // "Ted Baker trainers", "a Michael Kors bag": a title-case pair right before a product is a brand
  if (isCap(t) && brandBeforeProduct(tokens, i)) return true;
  // "watching Gavin & Stacey", "they watch Coronation Street": a title-case run after "watch" is a programme
  if (isCap(t) && watchedTitle(tokens, i)) return true;
  // "133 Stratford Road, Sparkhill, Birmingham": an unknown capitalised word right after a street is its district
  if (isCap(t) && !isNameLex(t) && !t.common && /^[ \t]*,[ \t]*$/.test(t.gapBefore) && prev !== undefined && STREET_WORDS.has(prev.lower) && isCap(prev)) return true;
  // "(Abu Bakr mosque, Southall)", "St Anne's church, Kirkby": a town after a named venue
  if (isCap(t) && !t.possessive && /^[ \t]*,[ \t]*$/.test(t.gapBefore) && prev !== undefined && VENUE_AFTER.has(prev.lower)) return true;
  // "Little Bowden", "Great Glen", "Upper Tean": a place prefix before a word that is no given name
  if (prev && isCap(prev) && isCap(t) && plainSpace(t.gapBefore) && PLACE_PREFIXES.has(prev.lower) && !t.first) return true;
  if (next && isCap(t) && isCap(next) && plainSpace(next.gapBefore) && PLACE_PREFIXES.has(t.lower) && !next.first && !next.common) return true;
  // "her auntie in florence", "a week in Paris": a world city that is also a given name, after a place preposition
  if ((TRAVEL_CITIES.has(t.lower) || t.worldCity) && !t.possessive && prev !== undefined && plainSpace(t.gapBefore) && PLACE_BEFORE.has(prev.lower)) return true;
  // "taken to Lahore", "sent back to Kraków", "Mirpur, Sylhet, Lahore": a world city after "to" with a verb of moving, or in a list of places
  if (t.worldCity && isCap(t) && !t.possessive && prev !== undefined) {
    if (prev.lower === 'to' && plainSpace(t.gapBefore) && /^(?:taken|take|taking|took|sent|send|back|moved|moving|move|flown|fly|flying|flew|going|gone|went|go|trip|holiday|visit|return|returned|returning|relocated|deported)$/.test(tokens[i - 2]?.lower ?? '')) return true;
    const listed = (k: number): boolean => {
      const w = tokens[k];
      return w !== undefined && isCap(w) && (w.worldCity || w.place || PLACE_WORDS.has(w.lower));
    };
    if (/^[ \t]*(?:,|and|&|or|\/)[ \t]*$/.test(t.gapBefore) && listed(i - 1)) return true;
    // "family from Moulvibazar, Sylhet": a world city after an origin and a comma
    if (/^[ \t]*,[ \t]*$/.test(t.gapBefore) && tokens[i - 2]?.lower === 'from' && prev !== undefined && isCap(prev)) return true;
    if (next !== undefined && /^[ \t]*(?:,|and|&|or|\/)[ \t]*$/.test(next.gapBefore) && listed(i + 1)) return true;
  }
  // "between Lochboisdale and Daliburgh": the ends of a journey, for words in no list
  if (isCap(t) && !t.possessive && inNoList(t) && (prev?.lower === 'between' || (prev?.lower === 'and' && tokens[i - 3]?.lower === 'between' && inNoList(tokens[i - 2] as Token)))) return true;
  // "Kandersteg in Switzerland", "Erbil in Iraq": a word in no list right before "in" and a place
  if (isCap(t) && !t.possessive && !isNameLex(t) && !t.common && next?.lower === 'in' && plainSpace(next.gapBefore)) {
    const after = tokens[i + 2];
    if (after !== undefined && plainSpace(after.gapBefore) && isCap(after) && (after.place || PLACE_WORDS.has(after.lower))) return true;
  }
  // "Custody sergeant at Bridgeford", "the PCSO at Hulme": where a professional works, for a word that is no given name
  if (isCap(t) && !t.possessive && !t.first && prev?.lower === 'at' && plainSpace(t.gapBefore) && ROLE_WORDS.has(prev2?.lower ?? '')) return true;
  // "asked about Brook support", "referred to Marie Curie services": a charity or service named after a person
  if (isCap(t) && !t.possessive && prev !== undefined && SERVICE_PREPS.has(prev.lower) && lowerWordAfterCapRun(tokens, i, 2, SERVICE_AFTER)) return true;
  // "the dental service at Whitechapel", "seen at Hulme": a place in the gazetteer that is no given name, after "at" (a
  // person after "at" is looked, shouted or sworn at)
  // (not "artem is at Westfield", "both still at Oakfield": where a child is at, the school's name)
  if (t.place && isCap(t) && !t.possessive && !t.first && !t.sentenceStart && prev?.lower === 'at' && plainSpace(t.gapBefore) && !AT_A_PERSON_BEFORE.test(prev2?.lower ?? '') &&
    !/^(?:is|was|still|now|both|hes|shes|he's|she's|they're|theyre|are|were|currently|attends|pupil|pupils|kids|student|students)$/.test(prev2?.lower ?? '') &&
    !(next !== undefined && plainSpace(next.gapBefore) && (isCap(next) || POSSESSED_WORDS.has(next.lower)))) return true;
  // "Cardiff & Vale", "Brighton and Hove": a place joined to a place before it (a health board, a council), not a surname
  if (t.place && isCap(t) && !t.possessive && !t.first) {
    const other = /^[ \t]*&[ \t]*$/.test(t.gapBefore) ? prev : prev?.lower === 'and' && plainSpace(t.gapBefore) ? prev2 : undefined;
    if (other !== undefined && isCap(other) && other.place && !other.first && !other.possessive) return true;
  }
  if (t.place) {
    const placeContext =
      (prev !== undefined && plainSpace(t.gapBefore) && PLACE_BEFORE.has(prev.lower)) ||
      (next !== undefined && plainSpace(next.gapBefore) && PLACE_AFTER.has(next.lower));
    if (placeContext) return true;
    // "…Ash Walk, Peckham SE15 4RX", "Stratford Road, Sparkhill, Birmingham": a town in an address
    if (/^[ \t]*,[ \t]*$/.test(t.gapBefore) && prev !== undefined && (STREET_WORDS.has(prev.lower) || prev.place || PLACE_WORDS.has(prev.lower))) return true;
    if (/^[ \t]*,?[ \t]*[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b/.test(text.slice(t.end, t.end + 14))) return true;
    // a UK place that is in no name list ("Tiverton", "Stornoway"); a place that is also a surname needs a place context
    if (!isNameLex(t) && !t.common) return true;
  }
  return false;
}

/** Whether, within `span` words after token i, a run of capitalised words ends in a lower-case word from `words`. */
function lowerWordAfterCapRun(tokens: readonly Token[], i: number, span: number, words: ReadonlySet<string>): boolean {
  for (let k = i + 1; k <= i + span; k++) {
    const cur = tokens[k];
    if (!cur || !plainSpace(cur.gapBefore)) return false;
    if (cur.shape === 'lower') return words.has(cur.lower);
    if (!isCap(cur)) return false;
  }
  return false;
}
const SERVICE_PREPS: ReadonlySet<string> = new Set('about from to with at via through contact contacted ring rang call called'.split(' '));
const SERVICE_AFTER: ReadonlySet<string> = new Set('support services service helpline charity referral referrals clinic'.split(' '));
const CAP_VENUE_AFTER: ReadonlySet<string> = new Set('practice surgery clinic hospital hospice library mosque masjid gurdwara mandir synagogue'.split(' '));
/** Cities that are also given names, read as places after a travel word ("a trip to Paris", "moved back to Florence"). */
const TRAVEL_CITIES: ReadonlySet<string> = new Set('paris florence sydney adelaide vienna geneva verona lourdes medina alexandria savannah orlando phoenix dallas houston austin denver lima santiago valencia seville naples'.split(' '));
const TRAVEL_BEFORE_TO: ReadonlySet<string> = new Set(
  'holiday holidays trip trips flight flights flew fly flying flies travel travelled traveled travelling traveling moved moving move relocated relocating emigrated emigrating deported removed back returned returning return going went gone miles mile km minutes mins hour hours drive journey way expedition expeditions residential excursion outing tour visit visiting camp'.split(' '),
);
/** "remanded to Wetherby", "admitted to Walsgrave": moved by an institution — before a word that is no given name, a place. */
const PLACED_BEFORE_TO: ReadonlySet<string> = new Set('remanded sentenced transferred admitted discharged bailed convey conveyed conveying'.split(' '));
const FACILITY_AFTER: ReadonlySet<string> = new Set('station stations airport interchange services terminal fair festival carnival races seafront beach pier surgery clinic library leisure'.split(' '));
const PRODUCTS: ReadonlySet<string> = new Set(
  'trainers trainer hoodie hoodies jacket jackets coat coats bag bags handbag top tops shoes boots jeans tracksuit trackies joggers cap perfume aftershave watch sunglasses belt wallet purse puffer gilet trailer trailers horsebox tractor'.split(' '),
);
function brandBeforeProduct(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  for (const [a, b] of [[i, i + 1], [i - 1, i]] as const) {
    const first = tokens[a];
    const second = tokens[b];
    const product = tokens[b + 1];
    if (!first || !second || !product || !t || first.possessive || second.possessive) continue;
    if (isCap(first) && isCap(second) && plainSpace(second.gapBefore) && plainSpace(product.gapBefore) && product.shape === 'lower' && PRODUCTS.has(product.lower)) return true;
  }
  return false;
}
const WATCH_VERBS: ReadonlySet<string> = new Set('watch watches watched watching rewatching binge binged bingeing'.split(' '));
/** The word is in a run of two or more capitalised words (joined by spaces or "&") right after a watching verb. */
function watchedTitle(tokens: readonly Token[], i: number): boolean {
  const joined = (gap: string): boolean => /^[ \t]+(?:&[ \t]+)?$/.test(gap);
  const runStart = (from: number): number => {
    let k = from;
    while (k > 0 && from - k < 4 && isCap(tokens[k - 1] as Token) && joined(tokens[k]?.gapBefore ?? '')) k--;
    return k;
  };
  let k = runStart(i);
  const long = (start: number): boolean => isCap(tokens[start + 1] ?? (tokens[start] as Token)) && tokens[start + 1] !== undefined && joined(tokens[start + 1]?.gapBefore ?? '');
  if (!long(k)) return false;
  // a title has an everyday word or an ampersand ("Love Island", "Gavin & Stacey"); "watches Kai Smith" is a person
  let titleLike = false;
  for (let j = k; j < k + 5 && j < tokens.length; j++) {
    const cur = tokens[j] as Token;
    if ((j > k && !joined(cur.gapBefore)) || !isCap(cur)) break;
    if ((j > k && cur.gapBefore.includes('&')) || (cur.common && !cur.first && !cur.surname)) titleLike = true;
  }
  if (!titleLike) return false;
  // "watching Love Island and Gavin & Stacey": the second of two titles
  for (let titles = 0; titles < 3; titles++) {
    const before = tokens[k - 1];
    if (!before || !plainSpace(tokens[k]?.gapBefore ?? '')) return false;
    if (WATCH_VERBS.has(before.lower)) return true;
    if (before.lower !== 'and' || k < 2) return false;
    k = runStart(k - 2);
    if (!long(k)) return false;
  }
  return false;
}
const TAKE_VERBS: ReadonlySet<string> = new Set('take takes taking took taken bring brings bringing brought send sends sending sent'.split(' '));
/** "taking the kids to", "took them to", "sent him back to": a verb of taking, one to three words of object, and "to". */
function takenTo(tokens: readonly Token[], to: number): boolean {
  // ("has taken her passport and the children's to Mirpur": up to seven lower-case words back, not past a verb of giving or
  // speaking — "took the bag and handed it to Oksana" gives the bag to a person)
  for (let k = to - 1; k >= 0 && k >= to - 7; k--) {
    const cur = tokens[k];
    if (!cur || cur.gapBefore.includes('\n') || /[.!?]/.test(cur.gapBefore)) return false;
    if (TAKE_VERBS.has(cur.lower)) return k < to - 1;
    if (/^(?:gave|give|gives|giving|given|handed|hand|hands|passed|pass|sent|send|showed|show|shown|said|say|says|told|tell|spoke|speak|talked|talk|wrote|write|written|lent|lend|sold|sell|returned|return|posted|texted|emailed)$/.test(cur.lower)) return false;
    if (cur.shape !== 'lower') return false;
  }
  return false;
}
const PLACE_PREFIXES: ReadonlySet<string> = new Set('little great upper lower nether market long much north south east west old new'.split(' '));
/** Walks back from the joiner at `j` over up to four capitalised words to a place preposition ("in", "covering"). */
function placeListBefore(tokens: readonly Token[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 4; k--) {
    const cur = tokens[k];
    const before = tokens[k - 1];
    if (!cur || !isCap(cur) || !before) return false;
    if (IN_PLACE.has(before.lower) && plainSpace(cur.gapBefore)) return true;
    if (!plainSpace(cur.gapBefore) && !/^[ \t]*,[ \t]*$/.test(cur.gapBefore)) return false;
  }
  return false;
}
const IN_PLACE: ReadonlySet<string> = new Set('in into near outside around round past via towards covering covers serving serves'.split(' '));
/** Verbs done at a person ("swore at Dawit", "laughing at Kasia"). */
const AT_A_PERSON_BEFORE = /^(?:look|looks|looked|looking|stare|stares|stared|staring|shout|shouts|shouted|shouting|yell|yells|yelled|yelling|scream|screams|screamed|screaming|swear|swears|swore|swearing|laugh|laughs|laughed|laughing|point|points|pointed|pointing|throw|throws|threw|throwing|lash|lashed|lunge|lunged|lunging|spat|spit|spits|spitting|smile|smiled|smiling|wave|waved|waving|glare|glared|go|went|come|came|angry|mad|cross|annoyed|upset|furious|aimed|directed|out)$/;
const AT_PLACE_BEFORE: ReadonlySet<string> = new Set('out over up down based residential camp trip visit holiday expedition'.split(' '));
const REFER_VERBS: ReadonlySet<string> = new Set('refer refers referred referring referral referrals signpost signposts signposted signposting'.split(' '));
/** Shops and places to eat after their name ("Rose Garden cafe"): the pair before is the business. */
const BUSINESS_AFTER: ReadonlySet<string> = new Set('cafe café caff restaurant takeaway shop bakery bakers pub bar salon barbers hotel'.split(' '));
/** After a capitalised run: a place of worship, a venue or a service named by it. */
const VENUE_AFTER: ReadonlySet<string> = new Set(
  'mosque masjid church chapel gurdwara mandir temple synagogue shul cathedral library surgery practice clinic hospital hospice leisure foodbank'.split(' '),
);
/** Welsh, Scottish and Irish place-name openings and English place-name endings (checked only on words in no list). */
const PLACE_SHAPE = /^(?:llan|pont|aber|caer|cwm|ystrad|nant|penrh|pen-y|inver|auchter|strath|bally|kilm|kilb|dunf|dunb|loch|porth|ysbyty|tref)|(?:thorpe|chester|caster|cester|borough|brough|mouth|minster)$/;
const POSTCODE_AFTER = /^[ \t]*,?[ \t]*[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]*\d[A-Za-z]{2}\b/;
const isDigitAt = (s: string, k: number): boolean => {
  const c = s.charCodeAt(k);
  return c >= 48 && c <= 57;
};
/** A postcode right after `end` (a comma and spaces allowed): a digit in the second or third place is checked first. */
function postcodeAfter(text: string, end: number): boolean {
  let k = end;
  while (k < text.length && k < end + 3 && (text[k] === ' ' || text[k] === ',' || text[k] === '\t')) k++;
  if (!isDigitAt(text, k + 1) && !isDigitAt(text, k + 2)) return false;
  return POSTCODE_AFTER.test(text.slice(end, end + 14));
}
/** Before "from", these make it an origin: "originally from", "are from", "speakers from", "fled from". */
const ORIGIN_BEFORE_FROM: ReadonlySet<string> = new Set(
  'originally is are was were am come comes came coming moved fled escaped arrived born family families people speakers refugees refugee travellers originate originates hails back'.split(' '),
);
/** Groups and rooms of schools, nurseries and clubs, named after animals, trees and colours: "Robins room", "Willow patrol". */
const GROUP_NOUNS: ReadonlySet<string> = new Set(
  'room rooms class classes patrol patrols troop troops pack squad squads cubs group groups bubble bubbles'.split(' '),
);
const SYSTEM_BEFORE_FROM: ReadonlySet<string> = new Set('pasted copied exported extracted printed lifted downloaded'.split(' '));
/** "Logged on Clearcare", "recorded onto Mosaic", "uploaded to Egress": a system a record goes into. */
const SYSTEM_BEFORE_ON: ReadonlySet<string> = new Set('logged log logging recorded record recording uploaded upload uploading saved entered added noted'.split(' '));

const STREET_WORDS: ReadonlySet<string> = new Set(
  'road rd street st lane avenue ave close drive way walk row rise grove crescent terrace gardens mews hill court place square park view green bank brow fold croft meadow meadows chase vale wharf parade heights boulevard'.split(' '),
);

const EMAIL_HEADERS: ReadonlySet<string> = new Set('sent from to cc bcc subject date importance attachments received'.split(' '));

/** Islands of the UK and Ireland that are also given names (the others are places in data/places.ts). */
const NAMED_ISLANDS: ReadonlySet<string> = new Set('skye arran islay iona tiree uist lewis harris gigha kerrera sanday ulva jura hoy'.split(' '));

const COLOURS: ReadonlySet<string> = new Set('black white silver grey gray red blue green yellow orange purple gold dark light navy maroon'.split(' '));

/** Place names of two to four words ("Market Harborough", "Ebbw Vale"): no part is a name by weak evidence. */
function vetoPhrases(tokens: readonly Token[], flags: boolean[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    // a phrase starts capitalised, and only matters when one of its words is flagged (cheap tests first)
    const head = tokens[i];
    // ("hes in hong kong": a phrase typed all in lower case is the place too)
    if (!head || !(isCap(head) || head.shape === 'lower') || !(flags[i] || flags[i + 1] || flags[i + 2] || flags[i + 3]) || !PLACE_PHRASE_HEADS.has(head.lower)) continue;
    let phrase = head.lower;
    for (let k = i + 1; k < i + 4 && k < tokens.length; k++) {
      const tk = tokens[k];
      if (!tk || !plainSpace(tk.gapBefore)) break;
      phrase += ' ' + tk.lower;
      // (an OS locality only capitalised, and not when it reads as a given name and a surname: "Ashley Green")
      const locality = isCap(head) && LOCALITY_PHRASES.has(phrase) && !(head.first && tokens[k]?.surname === true);
      if ((locality || PLACE_PHRASES.has(phrase)) && (isCap(head) || tokens.slice(i, k + 1).every((w) => w.shape === 'lower'))) {
        const before = tokens[i - 1];
        if (before && TITLES.has(before.lower)) break;
        for (let j = i; j <= k; j++) flags[j] = false;
        break;
      }
    }
  }
}

const UNKNOWN_NAME_BEFORE: ReadonlySet<string> = new Set(
  'to with about saw met told called named asked from re seen visited phoned rang'.split(' '),
);

/**
 * A lower-case word found in no word list and no name list ("kaiden") is a name when it sits where
 * names sit: after "spoke to / about / with …", or before a person verb ("esme said").
 * Typos are the risk, so the word must look like a name: letters only, a vowel, 4+ letters.
 */
/** A lower-case word in no word list that looks like a name: letters only, a vowel, 4+ letters, no everyday ending. */
function lowerNameShape(t: Token): boolean {
  if (t.hardNever || t.softNever || t.func || LOWER_WORDS.has(t.lower)) return false;
  if ((t.common || t.proper) && !t.properOnly) return false;
  if (!/^[a-z\u00df-\u024f]{4,}$/.test(t.lower) || !/[aeiouy]/.test(t.lower)) return false;
  if (/(?:ing|ed|ly|tion|ness|ment|ful|less|able)$/.test(t.lower) || compoundOfWords(t.lower)) return false;
  return !everydayVariant(t.lower);
}

const everyday = (w: string): boolean => (lexFlags(w) & F_COMMON) !== 0 && (lexFlags(w) & F_FIRST) === 0;
/** "asking about chromebooks", "just askin": the plural of an everyday word, or one with its g dropped. */
function everydayVariant(lower: string): boolean {
  return (lower.endsWith('s') && everyday(lower.slice(0, -1))) || (lower.endsWith('in') && everyday(lower + 'g'));
}

/** "lockscreen", "playdate", "sleepover": two everyday words of four letters or more written as one, not a name. */
/** The longest word compoundOfWords splits: beyond it no two words of speech make one (and a long run of letters stays linear). */
const LONGEST_COMPOUND = 40;
function compoundOfWords(lower: string): boolean {
  if (lower.length > LONGEST_COMPOUND) return false;
  for (let k = 4; k <= lower.length - 4; k++) {
    // (both parts lower-case words of speech: "thar" + "shan" is no compound, "Tharshan" a name)
    const a = lexFlags(lower.slice(0, k));
    if (!(a & LEX.LOWER) || a & (F_FIRST | F_PROPER_ONLY)) continue;
    const b = lexFlags(lower.slice(k));
    if (b & LEX.LOWER && !(b & (F_FIRST | F_PROPER_ONLY))) return true;
  }
  return false;
}

function unknownLowerName(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i];
  if (!t || !lowerNameShape(t)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "from oakfield breakfast club", "at westfield surgery": a lower-case place's or organisation's name
  if (next !== undefined && plainSpace(next.gapBefore) && (COMPOUND_FOLLOWERS.has(next.lower) || VENUE_AFTER.has(next.lower) || /^(?:breakfast|after|youth|boxing|football|sports?)$/.test(next.lower))) return false;
  if (prev && plainSpace(t.gapBefore) && UNKNOWN_NAME_BEFORE.has(prev.lower)) {
    if (prev.lower !== 'to' && prev.lower !== 'with') return true;
    // "spoke to zbyszek", "lives with kaiden" — not "allowed to screenshot", "presented with abdo pain"
    const verb = tokens[i - 2];
    return verb !== undefined && plainSpace(prev.gapBefore) && PERSON_BEFORE_TO.has(verb.lower);
  }
  if (next === undefined || !plainSpace(next.gapBefore)) return false;
  if (PERSON_VERBS.has(next.lower)) return true;
  // "morning! tharshan was dropped at…", "ugne and her brother…": a word in no list at all opening a clause, then
  // "was/is/has" or "and her/his…" — where a typo of an everyday word would sit in a list of its own
  if (!inNoList(t) || !(t.sentenceStart || (prev !== undefined && /,[ \t]*$/.test(t.gapBefore)))) return false;
  if (/^(?:was|is|has|had|wasnt|isnt|hasnt)$/.test(next.lower)) return true;
  return (next.lower === 'and' || next.lower === 'n' || next.lower === '&') && /^[ \t]+(?:her|his|their|my|mum|dad|brother|sister)\b/.test(text.slice(next.end, next.end + 10));
}

/** In no word list and no name list at all, and not a stop word: the "unknown" word of the lower-case rules. */
function inNoList(t: Token): boolean {
  return !t.first && !t.surname && !t.common && !t.proper && !t.func && !t.properOnly && !t.place && !t.vehicle && !t.worldCity && !t.hardNever && !t.softNever && !LOWER_WORDS.has(t.lower);
}

const PERSON_BEFORE_TO: ReadonlySet<string> = new Set(
  (
    'spoke speak spoken speaking talked talk talking chatted chat said say says explained mentioned disclosed disclose wrote ' +
    'texted messaged sent gave give given handed passed showed shown introduced listened reached lives living live lived ' +
    'stays staying stayed playing plays played friends sat sitting left fighting argued arguing went goes out met im am was is'
  ).split(' '),
);

/** Words for anyone, which take a person's verbs but name no one: "Mate told me", "bro said". */
const WORDS_FOR_ANYONE: ReadonlySet<string> = new Set('mate bro babe hun sis cuz pal lad lass boss chief buddy'.split(' '));
/** Endearments a greeting may end with ("Hi Hun,", "Morning Chick"): a word for the person greeted, not a name. */
const ENDEARMENTS: ReadonlySet<string> = new Set('hon hunny love lovely lovey darling darlin duck bab babes chick chuck pet hen petal sweetie sweetheart sunshine m8 bud mister gorgeous superstar treasure flower'.split(' '));
/** A child's acts, after a clause's first word: only a person does them ("and rose cried", "then summer kicked off"). */
const CLAUSE_ACT_VERBS: ReadonlySet<string> = new Set('cried screamed shouted kicked punched hit bit hugged ran whispered disclosed admitted refused asked wants wanted keeps kept doesnt didnt wont hasnt wasnt isnt'.split(' '));
/** Verbs of telling: after a sentence's first word, only a person does them. */
const TELLING_VERBS: ReadonlySet<string> = new Set('said says told tells disclosed discloses texted messaged rang phoned'.split(' '));
const SPEECH_VERBS: ReadonlySet<string> = new Set('spoke speak spoken speaking talked talk talking chatted chat met meet'.split(' '));
const PERSON_OBJECT_VERBS: ReadonlySet<string> = new Set('saw seen met visited collected told asked'.split(' '));

/**
 * "spoke to lily", "saw poppy and her mum": positions that take a person, where even a lower-case
 * ordinary-word given name is a name.
 */
function personObjectPosition(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  if (!t || !prev || !plainSpace(t.gapBefore)) return false;
  if ((prev.lower === 'to' || prev.lower === 'with') && prev2 && SPEECH_VERBS.has(prev2.lower) && plainSpace(prev.gapBefore)) return true;
  return PERSON_OBJECT_VERBS.has(prev.lower);
}

/** Could this token continue a name started by its neighbour? */
function canJoin(t: Token, neighbourCap: boolean): boolean {
  // "Stacey Ward", "Mia Law": a capitalised surname after a name even if the word is also an agency word
  if (t.hardNever && neighbourCap && isCap(t) && t.surname && !ROLE_WORDS.has(t.lower) && !t.func) return true;
  if (t.hardNever || t.softNever) return false;
  if (t.shape === 'lower') return isNameLex(t) && !t.common && t.text.length >= 2;
  if (t.shape === 'upper') return isNameLex(t) || (!t.common && !t.proper && t.text.length > 3);
  if (isNameLex(t)) return neighbourCap || !t.common;
  return !t.common && !t.proper;
}

function labelNames(text: string, tokens: readonly Token[], flags: boolean[]): void {
  // labels come in text order, so one cursor over the tokens keeps this linear (findIndex per label was quadratic)
  let cursor = 0;
  for (const m of text.matchAll(LABEL_LINE_RE)) {
    const label = fold(m[1] ?? '').replace(/['’]s\b/g, '').trim();
    const words = label.split(/[\s/]+/);
    const last = words[words.length - 1] ?? '';
    const rota = words.every((w) => ROTA_DAYS.has(w));
    // ("- Wed: Gareth", "Mon/Tue: Mrs Khan": a rota's days label who covers them)
    if (!NAME_LABELS.has(last) && !ROLE_WORDS.has(last) && !NAME_LABELS.has(words.join('')) && !rota) continue;
    const valueStart = m.index + m[0].length;
    // a bounded window: the value's first words are all that is read, and an unbounded search per label is quadratic
    const lineEnd = text.slice(valueStart, valueStart + 200).indexOf('\n');
    const stop = lineEnd < 0 ? Math.min(text.length, valueStart + 200) : valueStart + lineEnd;
    while (cursor < tokens.length && (tokens[cursor]?.start ?? 0) < valueStart) cursor++;
    let k = cursor;
    if (k >= tokens.length) continue;
    let tk = tokens[k];
    const titled = tk !== undefined && TITLES.has(tk.lower);
    if (titled) {
      k++;
      tk = tokens[k];
    }
    let taken = 0;
    while (tk && tk.start < stop && taken < 4) {
      if (taken > 0 && !plainSpace(tk.gapBefore)) break;
      if (taken === 0 && tk.start !== valueStart && !/^[ \t.]*$/.test(text.slice(valueStart, tk.start))) break;
      if ((tk.hardNever && !(taken > 0 && isCap(tk) && tk.surname && !ROLE_WORDS.has(tk.lower))) || tk.softNever) break;
      if (tk.shape === 'lower' && tk.common && !isNameLex(tk)) break;
      if (tk.shape === 'lower' && tk.func) break;
      if (ROLE_WORDS.has(tk.lower) || (FAMILY_ADJECTIVES.has(tk.lower) && ROLE_WORDS.has(tokens[k + 1]?.lower ?? ''))) break;
      // "Re: Sarah's Law", "Worker: Duty Social Worker": a law named after someone, a role of several words
      if (isEponym(tokens, k) || (taken === 0 && tk.common && (ROLE_WORDS.has(tokens[k + 1]?.lower ?? '') || ROLE_WORDS.has(tokens[k + 2]?.lower ?? '')))) break;
      // "Subject: Request for information", "Subject: Allegation - …": an everyday word in no name list opens a title
      if (taken === 0 && tk.common && !isNameLex(tk) && !tk.properOnly) break;
      // "Re: IRD – …", "Subject: CSE concern": a short acronym in no name list opens a title
      if (taken === 0 && tk.shape === 'upper' && !isNameLex(tk) && tk.text.length <= 5) break;
      // ("Mon: Staff meeting", "Fri: Will is off": after a day, only a name that is no everyday word, or a title, says who)
      if (taken === 0 && rota && !titled && (!tk.first || (tk.common && !tk.properOnly))) break;
      flags[k] = true;
      taken++;
      if (tk.possessive) break;
      k++;
      tk = tokens[k];
    }
  }
}

/**
 * One person, one name: a word found as a name anywhere in the message is a name wherever else it is
 * capitalised ("Frank is mums boyfriend" after "daddy Frank"; "the pupil not Heather the TA").
 * A word found only in lower case propagates to its other lower-case uses only if it is no everyday word.
 */
const next0 = (tokens: readonly Token[], i: number): Token | undefined => {
  const n = tokens[i + 1];
  return n !== undefined && plainSpace(n.gapBefore) ? n : undefined;
};

/** What a person's possessive goes before: their family, their number, their home. */
const OWNED_AFTER: ReadonlySet<string> = new Set(
  'mum mam mom dad nan nana gran grandad brother sister bro sis son daughter baby kids boyfriend girlfriend bf gf partner ex fella husband wife number phone mobile address house flat room bag school class teacher social worker mates friend friends cousin auntie uncle stepdad stepmum'.split(' '),
);
function propagateNames(tokens: readonly Token[], flags: boolean[]): void {
  const capNames = new Set<string>();
  const lowerNames = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !flags[i]) continue;
    capNames.add(t.lower);
    // ("the Dzurkos … Dzurko dad got taken": a family found by its plural names its members by the singular)
    if (isCap(t) && t.lower.length > 4 && t.lower.endsWith('s') && tokens[i - 1]?.lower === 'the' && !t.common) capNames.add(t.lower.slice(0, -1));
    if (t.shape === 'lower' && !t.common && !LOWER_WORDS.has(t.lower)) lowerNames.add(t.lower);
  }
  if (capNames.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || flags[i] || t.hardNever || t.func && !isCap(t)) continue;
    // "Smokey … smokey drives": a name found capitalised, again in lower case opening a clause before a verb
    const verb = next0(tokens, i)?.lower;
    // ("the farm is … Barton Farm": after a determiner the word is the thing, not the person)
    const subjectAgain = !isCap(t) && capNames.has(t.lower) && !t.func && verb !== undefined && !DETERMINERS.has(tokens[i - 1]?.lower ?? '') &&
      (/^(?:had|has|was|is|got|gets|keeps|kept|cried|ran)$/.test(verb) || PERSON_VERBS.has(verb) || /^[a-z]{3,}[^s]s$/.test(verb)) && /[,.;!?]\s*$|^\s*$/.test(t.gapBefore.slice(-3) || ' ');
    // "Siobhan … siobhans number": a found name again with the possessive typed without its apostrophe, before what is theirs
    const theirs = !isCap(t) && !t.func && t.lower.length > 3 && t.lower.endsWith('s') && capNames.has(t.lower.slice(0, -1)) &&
      plainSpace(tokens[i + 1]?.gapBefore ?? '') && OWNED_AFTER.has(tokens[i + 1]?.lower ?? '');
    if (isCap(t) ? capNames.has(t.lower) : lowerNames.has(t.lower) || subjectAgain || theirs) {
      const next = tokens[i + 1];
      // "Will you ring…": an everyday word used as a verb stays a word
      if (t.common && next !== undefined && plainSpace(next.gapBefore) && VERB_USE_FOLLOWERS.has(next.lower) && !appositionAfter(tokens, i)) continue;
      // "Rose class", "Willow room": a group named like a child is still the group; "Autumn term" is a season
      if (next !== undefined && plainSpace(next.gapBefore) && (GROUP_NOUNS.has(next.lower) || (t.common && COMPOUND_FOLLOWERS.has(next.lower)))) continue;
      flags[i] = true;
    }
  }
}

/** Present forms only: "called mum Sandra" is as often a phone call to a person named Sandra. */
const CALL_VERBS: ReadonlySet<string> = new Set('call calls calling'.split(' '));
const KIN_WORDS: ReadonlySet<string> = new Set(
  'grandmother grandfather granny grandma grandad grandpa gran nan nana nanny mum mother mam mom dad father daddy mummy aunt auntie aunty uncle grandparents grandparent parents cousin cousins sister brother'.split(' '),
);

/**
 * "the kids call their grandmother Lola", "calls his granny 'mamó'": what a child calls a family member is a
 * family word of the family's language, not the person's name — at that mention and at every other one
 * ("Lola says…"), unless a title marks a real name.
 */
function addressForms(tokens: readonly Token[], flags: boolean[]): void {
  let forms: Set<string> | undefined;
  for (let i = 3; i < tokens.length; i++) {
    const t = tokens[i];
    const kin = tokens[i - 1];
    if (!t || !kin || !KIN_WORDS.has(kin.lower) || t.gapBefore.length > 3 || !/^[ \t]["'‘“]?$/.test(t.gapBefore)) continue;
    // "calls her older cousin 'Jie Jie'": an adjective may stand between the determiner and the family word
    const adj = FAMILY_ADJECTIVES.has(tokens[i - 2]?.lower ?? '') ? 1 : 0;
    const det = tokens[i - 2 - adj];
    const verb = tokens[i - 3 - adj];
    if (det && verb && DETERMINERS.has(det.lower) && CALL_VERBS.has(verb.lower)) {
      (forms ??= new Set()).add(t.lower);
      // a doubled form ("Jie Jie", "Ba Ba") is one word
      const again = tokens[i + 1];
      if (again && plainSpace(again.gapBefore) && again.lower === t.lower) forms.add(again.lower);
    }
  }
  for (let i = 0; i + 6 < tokens.length; i++) {
    const [x, is, what, who, call, det] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4], tokens[i + 5]];
    if (!x || !is || !what || !who || !call || !det || is.lower !== 'is' || what.lower !== 'what' || !CALL_VERBS.has(call.lower) || !DETERMINERS.has(det.lower)) continue;
    const kinAt = FAMILY_ADJECTIVES.has(tokens[i + 6]?.lower ?? '') ? i + 7 : i + 6;
    if (KIN_WORDS.has(tokens[kinAt]?.lower ?? '')) (forms ??= new Set()).add(x.lower);
  }
  if (!forms) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t && flags[i] && forms.has(t.lower) && !TITLES.has(tokens[i - 1]?.lower ?? '')) flags[i] = false;
  }
}

/**
 * "His Chinese name is 王浩", "mum signs as 김민지": a run of two to four Han or Hangul characters. Chinese and Korean
 * names are two to four characters, and in these messages the script is almost only ever used to write one; a longer
 * run is a sentence, not a name.
 */
const CJK_NAME_RE = /(?<![\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af])(?:[\u3400-\u4dbf\u4e00-\u9fff]{2,4}|[\uac00-\ud7af]{2,4})(?![\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af])/g;
const HAS_CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;
function cjkNames(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(CJK_NAME_RE)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'NAME', priority: PRIORITY.NAME });
}

/** "J.T. (age 3)", "A.B. said": dotted initials acting as a person. */
const DOTTED_INITIALS_RE = /(?<![\p{L}\d.])\p{Lu}\.[ ]?\p{Lu}\.?(?![\p{L}\d])/uy;

function dottedInitials(text: string, out: Candidate[]): void {
  // tried only where a full stop follows a letter: a sticky match at each, not a search of every position
  for (let dot = text.indexOf('.', 1); dot > 0; dot = text.indexOf('.', dot + 1)) {
    const low = text.charCodeAt(dot - 1);
    const at = low >= 0xdc00 && low <= 0xdfff ? dot - 2 : dot - 1;
    DOTTED_INITIALS_RE.lastIndex = at;
    const m = DOTTED_INITIALS_RE.exec(text);
    if (!m) continue;
    const end = at + m[0].length;
    dot = end - 1;
    const after = text.slice(end, end + 32);
    if (INITIALS_PERSON_AFTER.test(after) || /^[ \t]*\((?:age[ \t]*|aged[ \t]*)?\d{1,2}\b/.test(after)) {
      out.push({ start: at, end, kind: 'NAME', priority: PRIORITY.NAME });
    }
  }
}

/** Kinship glosses in brackets: "a man he calls amo (uncle)". */
const GLOSS_RE = /^[ \t]*\((?:uncle|aunt|auntie|aunty|grandma|grandmother|grandad|grandfather|grandpa|nan|gran|granny|mum|mother|dad|father|brother|sister|cousin|older brother|older sister|big brother|big sister)\)/i;
const SUBJECTS: ReadonlySet<string> = new Set('art drama music maths math english science history geography french spanish german computing dance textiles citizenship pshe rse reading phonics'.split(' '));
const CALLED_OBJECTS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me']);
const CALLING_VERBS: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling']);
const LOWER_TITLES: ReadonlySet<string> = new Set(['miss', 'sir', 'mr', 'mrs', 'ms']);
const GLOSS_BEFORE: ReadonlySet<string> = new Set('calls called call calling her his my their our the a says say'.split(' '));
/** "tell miss grant", "ask sir khan": a lower-case title before a name, after a verb of speaking to someone. */
const LOWER_TITLE_BEFORE: ReadonlySet<string> = new Set('tell told telling ask asked asking to from with and by for saw see seen'.split(' '));

/** Evidence that needs the first pass's flags: a nickname before the full name in brackets, a lower-case title. */
function contextAfterNeighbours(text: string, tokens: readonly Token[], flags: boolean[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || flags[i]) continue;
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    const prev = tokens[i - 1];
    // "real name is Jun Hao Lim": a calendar word opening a full name after "name is"
    if (isCap(t) && t.softNever && flags[i + 1] && next !== undefined && plainSpace(next.gapBefore) && prev?.lower === 'is' && tokens[i - 2]?.lower === 'name') flags[i] = true;
    // "re Hope again -", "re Summer (Y2)": a listed given name right after "re" opening the message (even one that is a function word)
    const aboutWho = prev !== undefined && (prev.lower === 're' ? prev.sentenceStart || /^(?:up|following|follow|update|again)$/.test(tokens[i - 2]?.lower ?? '') : prev.lower === 'on' && /^(?:update|updates)$/.test(tokens[i - 2]?.lower ?? ''));
    if ((isCap(t) || (t.shape === 'lower' && t.common)) && t.first && !t.hardNever && !t.softNever && !t.possessive && aboutWho && plainSpace(t.gapBefore) &&
      !(next !== undefined && plainSpace(next.gapBefore) && /^(?:you|we|i|they|he|she)$/.test(next.lower))) flags[i] = true;
    // "Hi, Dean here, welfare officer", "childminder Joy here", "Hi, Will here": a writer naming themselves (a given name
    // that is also a function word too, but not after a role: "the PCSO Will here" is no sentence anyone types)
    if (next?.lower === 'here' && isCap(t) && !t.hardNever && !t.softNever && !t.possessive && (t.first || (!t.common && !t.func)) && plainSpace(next.gapBefore) &&
      (t.sentenceStart || GREETING_WORDS.has(prev?.lower ?? '') || (!t.func && ROLE_WORDS.has(prev?.lower ?? ''))) && /^[ \t]*(?:[,.!–—-]|\n|$)/.test(text.slice(next.end, next.end + 3))) flags[i] = true;
    // "will (14) told us", "will (will ohara, 14)", "will ohara (14)": a given name that is also a modal, before an age in
    // brackets or the same name opening one, or before a name found with its age (a modal goes before a verb, not these)
    if (t.func && t.first && !t.possessive && !t.hardNever) {
      const after = text.slice(t.end, t.end + 24);
      const bracket = /^[ \t]*\([ \t]*(?:\d{1,2}[ \t]*(?:[,)]|yo\b|yrs?\b)|([a-z]+)\b)/i.exec(after);
      const sameOpens = bracket?.[1] !== undefined && bracket[1].toLowerCase() === t.lower;
      if ((bracket !== null && (bracket[1] === undefined || sameOpens)) ||
        (next !== undefined && flags[i + 1] && plainSpace(next.gapBefore) && /^[ \t]*\([ \t]*\d{1,2}[ \t]*[,)]/.test(text.slice(next.end, next.end + 12)))) {
        flags[i] = true;
        continue;
      }
      // …and that name again opening the bracket, with the surname after it before the age
      if (flags[i - 1] && prev?.lower === t.lower && /\($/.test(t.gapBefore)) {
        flags[i] = true;
        const sur = tokens[i + 1];
        if (sur !== undefined && plainSpace(sur.gapBefore) && !sur.func && !sur.common && !sur.hardNever && /^[ \t]*,[ \t]*\d{1,2}[ \t]*\)/.test(text.slice(sur.end, sur.end + 8))) flags[i + 1] = true;
        continue;
      }
    }
    if (t.hardNever || t.softNever || t.func) continue;
    // "Tink (Ayaan Chen)": a word before a bracketed full name is that person's nickname
    if (flags[i + 1] && flags[i + 2] && next !== undefined && after !== undefined && isCap(t) && /^[ \t]*\($/.test(next.gapBefore) && plainSpace(after.gapBefore) &&
      /^\)/.test(tokens[i + 3]?.gapBefore ?? ')')) flags[i] = true;
    // "jay (jaydon) been posting": a short name before the full one in brackets
    if (t.shape === 'lower' && t.first && next !== undefined && flags[i + 1] && /\($/.test(next.gapBefore) && /^\)/.test(tokens[i + 2]?.gapBefore ?? ')')) flags[i] = true;
    // "Biddy Ward (mum, 24)": the word before an agency-word surname found by its bracket is the given name
    if (isCap(t) && !t.possessive && next !== undefined && flags[i + 1] && next.hardNever && plainSpace(next.gapBefore) && /^[ \t]*\([^)]*\d/.test(text.slice(next.end, next.end + 30))) flags[i] = true;
    // "re the popescu family", "the nowak kids": a lower-case word in no word list before a family word
    if (t.shape === 'lower' && !t.common && !t.possessive && prev?.lower === 'the' && next !== undefined && plainSpace(next.gapBefore) && FAMILY_AFTER.has(next.lower) && t.text.length >= 4) flags[i] = true;
    // "Bear update — he's 2 now": a given name opening the message before "update" is whom the update is about
    if (i === 0 && isCap(t) && t.first && !SEASONS.has(t.lower) && !t.possessive && next?.lower === 'update' && plainSpace(next.gapBefore) && /^[ \t]*(?:[–—:,!-]|\n|$)/.test(text.slice(next.end, next.end + 3))) flags[i] = true;
    // 'Jayden ("jay") 17': a quoted word in brackets right after a name is that person's nickname
    if (flags[i - 1] && prev !== undefined && !prev.possessive && /^[ \t]*\([ \t]*["'‘“]$/.test(t.gapBefore) && /^["'’”][ \t]*\)/.test(text.slice(t.end, t.end + 3))) flags[i] = true;
    // "aka JJ", "a.k.a. Tiny": the name after an alias word
    if (prev !== undefined && (prev.lower === 'aka' || prev.lower === 'a.k.a' || prev.lower === 'a.k.a.') && (t.shape === 'upper' || isCap(t)) && !t.possessive && plainSpace(t.gapBefore)) flags[i] = true;
    // "fwd from Mo: \"…", "text from Kaz:": the sender of a forwarded message
    if (isCap(t) && !t.possessive && prev?.lower === 'from' && /^(?:fwd|fw|forwarded|text|texts|message|messages|msg|msgs|dm|snap|whatsapp|this)$/.test(tokens[i - 2]?.lower ?? '') &&
      /^[ \t]*:/.test(text.slice(t.end, t.end + 3)) && !t.place && !t.worldCity) flags[i] = true;
    // 'Goes by "KD"', 'known as "Tiny"': a quoted word after a naming phrase
    if (prev !== undefined && ((prev.lower === 'by' && tokens[i - 2]?.lower === 'goes') || (prev.lower === 'as' && tokens[i - 2]?.lower === 'known')) && (isCap(t) || t.shape === 'upper') && /["'‘“]$/.test(t.gapBefore)) flags[i] = true;
    // "yo its Smurf u need…": a capitalised word in no word list after a typed "its" that opens the message or a line
    if (isCap(t) && !t.common && !t.possessive && prev?.lower === 'its' && (prev.sentenceStart || tokens[i - 2]?.lower === 'yo' || tokens[i - 2]?.lower === 'hey' || tokens[i - 2]?.lower === 'hi')) flags[i] = true;
    // "Smudge (that's what everyone calls Alfie Dunne, Y3)": a word before a bracket that says what someone is called
    if (next !== undefined && next.gapBefore.endsWith('(') && isCap(t) && !t.possessive && /^[ \t]*\([^()\n]{0,30}\b(?:calls?|called|known as|nickname|real name|goes by)\b/i.test(text.slice(t.end, t.end + 50))) flags[i] = true;
    // 'they call him "JJ"': a quoted word after calling someone
    if (prev !== undefined && CALLED_OBJECTS.has(prev.lower) && CALLING_VERBS.has(tokens[i - 2]?.lower ?? '') && (isCap(t) || t.shape === 'upper') && /["'‘“]$/.test(t.gapBefore)) flags[i] = true;
    // "Filmon, unaccompanied, says he's 17": a word in no list opening a sentence, an aside, then a person verb
    if (isCap(t) && t.sentenceStart && !t.common && !t.proper && !isNameLex(t) && !t.place && !t.possessive && t.text.length >= 3 &&
      /^,[ \t]+[a-z][^,.!?\n]{0,30},[ \t]+(?:says|said|told|tells|is|was|has|had|disclosed|reported|wants|came|arrived|lives|keeps)\b/.test(text.slice(t.end, t.end + 48))) flags[i] = true;
    // "dont tell miss grant", "ask sir khan": a listed name after a lower-case title after a speaking verb
    if (prev !== undefined && isNameLex(t) && LOWER_TITLES.has(prev.text) && plainSpace(t.gapBefore) && LOWER_TITLE_BEFORE.has(tokens[i - 2]?.lower ?? '') &&
      !(next !== undefined && plainSpace(next.gapBefore) && next.shape === 'lower' && !next.func)) flags[i] = true;
  }
}

/**
 * "Tayo - referral made / River - CAMHS Fri / Kai - RUI": lines that open with a word and a dash, most of them names
 * already, are a list of people; the rest of its heads are names too.
 */
function listLineHeads(tokens: readonly Token[], flags: boolean[]): void {
  const heads: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!t || !next || !(i === 0 || t.gapBefore.includes('\n')) || !/^[ \t]*[-–—:][ \t]/.test(next.gapBefore)) continue;
    heads.push(i);
  }
  if (heads.length < 3) return;
  const named = heads.filter((i) => flags[i]).length;
  if (named < 2 || named * 2 < heads.length) return;
  for (const i of heads) {
    const t = tokens[i] as Token;
    if (!flags[i] && isCap(t) && !t.hardNever && !t.softNever && !t.func && (isNameLex(t) || !t.common)) flags[i] = true;
  }
}

/** "taken to James Cook.", "admitted to Derriford, then": one or two capitalised words after "taken/admitted … to" that end the clause. */
function hospitalAfterTaken(tokens: readonly Token[], i: number, text: string): boolean {
  const to = tokens[i - 1];
  const verb = tokens[i - 2];
  if (!to || !verb || to.lower !== 'to' || !plainSpace(tokens[i]?.gapBefore ?? '') || !plainSpace(to.gapBefore)) return false;
  if (!/^(?:taken|admitted|transferred|conveyed|rushed|airlifted|blue-lighted|bluelighted|blued)$/.test(verb.lower)) return false;
  const t = tokens[i] as Token;
  const second = tokens[i + 1];
  const end = second !== undefined && plainSpace(second.gapBefore) && isCap(second) && !second.possessive ? second.end : t.end;
  if (second !== undefined && end === t.end && second.possessive) return false;
  return /^[ \t]*(?:[.,;:)]|$|\n|(?:hospital|a&e|ae|ed|infirmary|by|for|at|in|with|and)\b)/i.test(text.slice(end, end + 12));
}

/** "Mei Ling Chen 7W … MLC reported": the initials of a full name found in the message stand for that person. */
function initialsOfNames(tokens: readonly Token[], flags: boolean[]): void {
  let initials: Set<string> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!flags[i] || !isCap(tokens[i] as Token) || (i > 0 && flags[i - 1] && plainSpace(tokens[i]?.gapBefore ?? ''))) continue;
    let j = i;
    let s = tokens[i]?.text[0] ?? '';
    while (j + 1 < tokens.length && j - i < 3 && flags[j + 1] && plainSpace(tokens[j + 1]?.gapBefore ?? '') && isCap(tokens[j + 1] as Token)) s += tokens[++j]?.text[0] ?? '';
    if (s.length >= 2) (initials ??= new Set()).add(s.toUpperCase());
  }
  if (!initials) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // (not "I'm PA for Precious Adeyemi": a role after a verb of being, whatever its letters)
    const prev = tokens[i - 1];
    const role = prev !== undefined && (/^(?:i'm|im|i’m|am|is|was|are|as|the|her|his|their|my|our|your)$/.test(prev.lower) || (prev.lower === 'i' && prev.possessive));
    if (!flags[i] && !role && t.shape === 'upper' && t.text.length >= 2 && t.text.length <= 4 && initials.has(t.text) && !t.hardNever && !t.softNever && !t.func && !LOWER_WORDS.has(t.lower)) flags[i] = true;
  }
}

/**
 * Greetings and blessings of more than one word whose words are also given names ("Jai Shree Krishna", "Dia duit",
 * "Sat Sri Akal"): no word of one is a name.
 */
const COURTESY_PHRASE_RE =
  /(?<![\p{L}])(?:jai[ \t]+(?:shree|shri|sri|siya)[ \t]+\p{L}+|jai[ \t]+(?:mata[ \t]+di|hind|jinendra|swaminarayan)|radhe[ \t]+radhe|hari[ \t]+om|ram[ \t]+ram|sat[ \t]+(?:sri|shri|shree)[ \t]+akal|dia[ \t]+(?:duit|dhuit|daoibh)|dia[ \t]+is[ \t]+muire[ \t]+(?:duit|dhuit)|go[ \t]+raibh[ \t]+maith[ \t]+(?:agat|agaibh)|jazak[ \t]*allah(?:u)?(?:[ \t]+khair(?:an)?)?|barak[ \t]*allah(?:u)?(?:[ \t]+(?:feek|feeki|feekum|fik))?|mòran[ \t]+taing|tapadh[ \t]+(?:leibh|leat)|(?:eid|ramadan|ramzan|jumma|jummah|jumu['’]?ah)[ \t]+mubarak|ma['’]?a?[ \t]+(?:as[ \t]+)?salama|waheguru[ \t]+ji[ \t]+ki[ \t]+fateh)(?![\p{L}])/giu;
const COURTESY_TRIGGERS: ReadonlySet<string> = new Set('jai radhe hari ram sat dia raibh jazak jazakallah jazakallahu barak barakallah barakallahu moran tapadh mubarak salama fateh'.split(' '));

/**
 * "trading as Sandhu Property Lets", "Holmes & Lane Lettings": capitalised words, joined by spaces or "&", before a
 * business's last word name a firm, not a person — even where the surname is a person's elsewhere in the message.
 */
function businessNames(tokens: readonly Token[], flags: boolean[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !flags[i] || !isCap(t)) continue;
    for (let j = i + 1; j <= i + 3; j++) {
      const w = tokens[j];
      if (!w || !(plainSpace(w.gapBefore) || /^[ \t]*&[ \t]*$/.test(w.gapBefore)) || !(isCap(w) || w.shape === 'upper')) break;
      // ("Chapman & Sons", "Patel & Daughters": a family firm, where "&" joins the family word)
      const familyFirm = /^[ \t]*&[ \t]*$/.test(w.gapBefore) && /^(?:sons?|daughters?|bros|brothers|co)$/.test(w.lower);
      if (!BUSINESS_SUFFIXES.has(w.lower) && !familyFirm) continue;
      for (let k = i; k <= j; k++) flags[k] = false;
      i = j;
      break;
    }
  }
}

function courtesyPhrases(text: string, tokens: readonly Token[], flags: boolean[]): void {
  // (only where a flagged word has one of the phrases' first words just before it, or is one)
  let trigger = false;
  for (let i = 0; i < tokens.length && !trigger; i++) {
    if (!flags[i]) continue;
    for (let j = Math.max(0, i - 4); j <= i; j++) if (COURTESY_TRIGGERS.has(tokens[j]?.lower ?? '')) trigger = true;
  }
  if (!trigger) return;
  for (const m of text.matchAll(COURTESY_PHRASE_RE)) {
    const end = m.index + m[0].length;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t && t.start >= m.index && t.end <= end) flags[i] = false;
    }
  }
}

/** "copying Andrew Tate", "wants to be Bear Grylls", "Aston Villa": a public figure, a character or a club, by the whole of the name. */
function publicNames(tokens: readonly Token[], flags: boolean[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (!(flags[i] || flags[i + 1]) || !plainSpace(next.gapBefore) || t.possessive || !PUBLIC_FIGURES.has(`${t.lower} ${next.lower}`)) continue;
    if (TITLES.has(tokens[i - 1]?.lower ?? '') || flags[i + 2] === true) continue;
    flags[i] = false;
    flags[i + 1] = false;
  }
}

/**
 * "Masjid Bilal", "Jamia Masjid", "Redeemed Christ Chapel", "Guru Nanak Gurdwara": a place of worship is often named after a
 * person, and the name is the place's, not a person's — the capitalised words before the noun (or after "Masjid"), with no
 * possessive and no title ("Bilal's mosque" and "Pastor Ade's church" still name people).
 */
function placesOfWorship(tokens: readonly Token[], flags: boolean[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!WORSHIP_NOUNS.has(t.lower) || !isCap(t)) continue;
    // ("thanks\nRhian Church": a given name alone before a noun that is also a surname is a person's full name)
    const before = tokens[i - 1];
    const runBefore = tokens[i - 2] !== undefined && isCap(tokens[i - 2] as Token) && plainSpace(before?.gapBefore ?? '');
    if (t.surname && before !== undefined && before.first && plainSpace(t.gapBefore) && !runBefore) continue;
    flags[i] = false;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const w = tokens[k] as Token;
      if (!isCap(w) || w.possessive || !plainSpace((tokens[k + 1] as Token).gapBefore) || TITLES.has(tokens[k - 1]?.lower ?? '')) break;
      flags[k] = false;
    }
    const after = tokens[i + 1];
    if (t.lower === 'masjid' && after && isCap(after) && plainSpace(after.gapBefore)) {
      flags[i + 1] = false;
      if (tokens[i + 2] && isCap(tokens[i + 2] as Token) && plainSpace((tokens[i + 2] as Token).gapBefore)) flags[i + 2] = false;
    }
  }
}

/**
 * "Bridget McDonagh (Biddy to everyone)", "Tyrese Grant ('T-Bone')", "Kerry-Ann Bradbury (KAB on our notes)": a
 * capitalised word or initials in brackets right after a name, alone or with a word of who uses it, is the same person's
 * other name.
 */
const NICKNAME_CLOSE = /^["'’”]?(?:\)|[ \t]+(?:to (?:everyone|everybody|all|us|them|friends|family|her friends|his friends|the family|the kids)|on (?:our|the) (?:notes|system|file|records)|for short|in (?:the|our) notes|at home|at school)\b)/;
function bracketedNicknames(text: string, tokens: readonly Token[], flags: boolean[]): void {
  if (!text.includes('(')) return;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (flags[i] || !flags[i - 1] || !/^[ \t]*\([ \t]*["'‘“]?$/.test(t.gapBefore)) continue;
    if (!(isCap(t) || t.shape === 'upper') || t.func || t.hardNever || t.softNever || ROLE_WORDS.has(t.lower) || CALENDAR_WORDS.has(t.lower)) continue;
    // a run of capitalised words ("'Big Mo'") ends at the close
    let k = i;
    while (k + 1 < tokens.length && plainSpace(tokens[k + 1]?.gapBefore ?? '') && isCap(tokens[k + 1] as Token) && k - i < 2) k++;
    const last = tokens[k] as Token;
    const close = NICKNAME_CLOSE.exec(text.slice(last.end, last.end + 24));
    if (!close) continue;
    // a bare bracket needs the word to read as a name: quoted, a listed name, or a capitalised word in no list
    // (not "(Deceased)", "(CSE)", "(Leeds)")
    const quoted = /["'‘“]$/.test(t.gapBefore);
    const bare = /^["'’”]?\)/.test(close[0]);
    // ("Jordan (JJ)", "jermaine (JJ)": two capitals opening with the name's own initial are its nickname)
    const initialsNickname = t.shape === 'upper' && t.text.length === 2 && k === i && !t.common && !LOWER_WORDS.has(t.lower) &&
      t.text[0] === (tokens[i - 1]?.text[0] ?? '').toUpperCase();
    if (bare && !initialsNickname && (t.shape === 'upper' || (!quoted && !isNameLex(t) && !(t.shape === 'title' && !t.common && !t.proper)))) continue;
    if (t.common && !isNameLex(t) && !quoted) continue;
    for (let j = i; j <= k; j++) flags[j] = true;
  }
}

/**
 * "the Children (Care and Justice) (Scotland) Act", "Children and Social Work Act 2017": the capitalised words of an
 * Act's title name no one.
 */
function actTitles(tokens: readonly Token[], flags: boolean[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text !== 'Act' && t.text !== 'Acts' && t.text !== 'Order' && t.text !== 'Regulations') continue;
    for (let k = i - 1, seen = 0; k >= 0 && seen < 10; k--, seen++) {
      const w = tokens[k] as Token;
      const gap = tokens[k + 1]?.gapBefore ?? '';
      if (!/^[ \t]*[()]?[ \t]*[()]?[ \t]*$/.test(gap)) break;
      if (!(isCap(w) || /^(?:and|of|the|for|on|in|to|&)$/.test(w.lower))) break;
      flags[k] = false;
    }
  }
}

/** Last word on things that are never names: a kinship gloss, the Punjabi honorific "ji", a word made with "-ised". */
function neverNames(text: string, tokens: readonly Token[], flags: boolean[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !flags[i]) continue;
    // "Martha's Rule", "Clare's Law": the head of a law named after someone
    if (i > 0 && tokens[i - 1]?.possessive === true && isEponym(tokens, i - 1) && plainSpace(t.gapBefore)) {
      flags[i] = false;
      continue;
    }
    // "Sent: Thursday", "Cc: …": the header lines of a forwarded e-mail
    if ((i === 0 || t.gapBefore.includes('\n')) && EMAIL_HEADERS.has(t.lower) && /^[ \t]*:/.test(text.slice(t.end, t.end + 3))) {
      flags[i] = false;
      continue;
    }
    if (t.text === 'ji' || t.text === 'jee' || t.text === 'ELSA' || (t.shape === 'lower' && COLOURS.has(t.text))) flags[i] = false;
    // "St Peter's Church", "Daddy Pig"
    else if (isCap(t) && plainSpace(t.gapBefore) && tokens[i - 1]?.possessive === true && /^(?:st|saint)$/.test(tokens[i - 2]?.lower ?? '')) flags[i] = false;
    else if (t.lower === 'pig' && /^(?:daddy|mummy|peppa|george|grandpa|granny)$/.test(tokens[i - 1]?.lower ?? '')) flags[i] = false;
    // "a man called Bilal in Spinney Hills": a district, a surname-like word and a place word after "in"
    else if (isCap(t) && !t.first && tokens[i - 1]?.lower === 'in' && /^(?:hills|hill|heath|park|vale|green|moor|wood|fields|cross|bridge|top|bottom|end|side)$/.test(tokens[i + 1]?.lower ?? '') && isCap(tokens[i + 1] as Token)) {
      flags[i] = false;
      flags[i + 1] = false;
    }
    // "a green John Deere", "a Massey Ferguson": a given name or a surname that opens a make's name
    else if (tokens[i + 1] !== undefined && tokens[i + 1]?.vehicle === true && tokens[i + 1]?.first !== true && isCap(tokens[i + 1] as Token) && plainSpace(tokens[i + 1]?.gapBefore ?? '') &&
      (COLOURS.has(tokens[i - 1]?.lower ?? '') || /^(?:a|an|the|his|her|their|old|new|big|little)$/.test(tokens[i - 1]?.lower ?? ''))) {
      flags[i] = false;
      flags[i + 1] = false;
    }
    // "self-harm in Art today", "during Drama": a school subject
    else if (isCap(t) && !t.possessive && SUBJECTS.has(t.lower) && /^(?:in|during|after|before|for|from)$/.test(tokens[i - 1]?.lower ?? '')) flags[i] = false;
    // "Holy Trinity", "Holy Cross": a dedication, not a person
    else if (tokens[i - 1]?.text === 'Holy' && plainSpace(t.gapBefore)) {
      flags[i] = false;
      flags[i - 1] = false;
    }
    // ("a man he calls amo (uncle)", "her nani (grandma)"; not "spoke to bex (mum)")
    else if (t.shape === 'lower' && GLOSS_BEFORE.has(tokens[i - 1]?.lower ?? '') && GLOSS_RE.test(text.slice(t.end, t.end + 24))) flags[i] = false;
    else if (t.lower.length >= 7 && /(?:is|iz)(?:ed|ing|ation|ations)$/.test(t.lower)) flags[i] = false;
    // "Capel Salem", "Eglwys Bethel": a Welsh chapel or church by its name, whichever word was flagged
    // (not "Mr Capel Jones": a surname after a title)
    else if (isCap(t) && plainSpace(t.gapBefore) && /^(?:Capel|Eglwys)$/.test(tokens[i - 1]?.text ?? '') && !TITLES.has(tokens[i - 2]?.lower ?? '')) {
      flags[i] = false;
      flags[i - 1] = false;
    }
    // "taken to James Cook.", "both admitted to Derriford": a hospital after a verb of taking a patient, ending the clause
    else if (isCap(t) && !t.possessive && hospitalAfterTaken(tokens, i, text)) {
      flags[i] = false;
      if (flags[i + 1] && isCap(tokens[i + 1] as Token) && plainSpace(tokens[i + 1]?.gapBefore ?? '')) flags[i + 1] = false;
    }
    // "The Elms Medical Practice", "Oak Tree Surgery": the name of a practice or a place of worship
    else if (isCap(t) && !t.possessive && ((tokens[i + 2] !== undefined && CAP_VENUE_AFTER.has(tokens[i + 2]?.lower ?? '') && isCap(tokens[i + 2] as Token) && isCap(tokens[i + 1] as Token) && plainSpace(tokens[i + 1]?.gapBefore ?? '') && plainSpace(tokens[i + 2]?.gapBefore ?? '')) ||
      (!t.first && tokens[i + 1] !== undefined && isCap(tokens[i + 1] as Token) && CAP_VENUE_AFTER.has(tokens[i + 1]?.lower ?? '') && plainSpace(tokens[i + 1]?.gapBefore ?? '')))) flags[i] = false;
    // "it's Shaz from Hemlington": where a writer who introduced themselves is from
    else if (isCap(t) && !t.first && !t.possessive && tokens[i - 1]?.lower === 'from' && flags[i - 2] && (/^(?:its|im|i'm|i’m|is)$/.test(tokens[i - 3]?.lower ?? '') || (tokens[i - 3]?.lower === 'it' && tokens[i - 3]?.possessive === true))) flags[i] = false;
    // "I teach Hawks in y2", "Mum from Robins": a class named with an everyday plural
    else if (isCap(t) && !t.possessive && t.lower.length > 3 && t.lower.endsWith('s') && COMMON_WORDS.has(t.lower.slice(0, -1)) &&
      (/^(?:teach|teaches|taught|teaching)$/.test(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.lower === 'from' && /^(?:mum|dad|parent|parents|mam|mom)$/.test(tokens[i - 2]?.lower ?? '')))) flags[i] = false;
  }
}

/** An everyday word opening a sentence is the rules' call unless the tagger is at least this sure ("Summer is busy…"). */
const SURE_AT_SENTENCE_START = 0.8;

/**
 * Where the rules know a word is used as no name, the tagger's opinion does not count: a place, calendar or public word;
 * an eponym ("Jade's Law", "Ask for Angela"); an endearment ("Morning Sunshine"); an everyday word opening a sentence,
 * below SURE_AT_SENTENCE_START; the rules' weak-evidence vetoes; a word before an organisation or place word ("Edna Ward",
 * "Rose House").
 */
function taggerMayFlag(tokens: readonly Token[], i: number, text: string, p: number, threshold: number): boolean {
  const t = tokens[i] as Token;
  if (p < threshold || (t.common && t.sentenceStart && p < SURE_AT_SENTENCE_START)) return false;
  if (t.softNever || ENDEARMENTS.has(t.lower) || isEponym(tokens, i)) return false;
  const next = tokens[i + 1];
  if (next !== undefined && !t.possessive && plainSpace(next.gapBefore) && COMPOUND_FOLLOWERS.has(next.lower)) return false;
  return !weakEvidenceVeto(tokens, i, text);
}

/** The words of a text as the name rules and the word taggers see them. */
export function nameTokens(text: string): readonly Token[] {
  return tokenize(text);
}

/**
 * `tagger`: the trained second opinion (name-tagger.ts); null for the rules alone (the training script's baseline).
 * `tokens`, `features`: nameTokens(text) and wordFeatures of them, when the caller has them already (the scanner shares
 * them with the place taggers).
 */
export function findNames(
  text: string,
  out: Candidate[],
  tagger: WordTaggerModel | null = NAME_TAGGER,
  tokens: readonly Token[] = tokenize(text),
  features?: WordFeatures,
): void {
  if (text.includes('.')) dottedInitials(text, out);
  if (HAS_CJK.test(text)) cjkNames(text, out);
  const n = tokens.length;
  const flags: boolean[] = new Array<boolean>(n).fill(false);
  const strong: boolean[] = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    strong[i] = strongCue(tokens, i, text);
    flags[i] = strong[i] || (mediumCue(tokens, i, text) && !weakEvidenceVeto(tokens, i, text));
  }
  // a word the tagger is sure of is a cue like a rule's, and meets the same vetoes and neighbours below
  if (tagger !== null && n > 0) {
    const wf = features ?? wordFeatures(tokens, text);
    for (let i = 0; i < n; i++) {
      if (!flags[i] && (wf.at[i] ?? -1) >= 0 && taggerMayFlag(tokens, i, text, wordProbability(tagger, wf, i), tagger.threshold)) flags[i] = true;
    }
  }
  vetoPhrases(tokens, flags);
  labelNames(text, tokens, flags);
  signOffNames(text, tokens, flags);

  // neighbours: surnames after given names, given names before surnames, lists joined by and/&/,
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < n; i++) {
      const t = tokens[i];
      if (!t) continue;
      const next = tokens[i + 1];
      if (flags[i] && next && !flags[i + 1] && !t.possessive && plainSpace(next.gapBefore)) {
        if (canJoin(next, isCap(t) || t.shape === 'upper')) flags[i + 1] = true;
        // "Mum is Tina Loft": a capitalised word right after a given name, mid-sentence, is its surname
        else if (isCap(t) && t.first && isCap(next) && !next.sentenceStart && !next.func && !next.hardNever && !next.softNever &&
          !COMPOUND_FOLLOWERS.has(next.lower) && !(tokens[i + 2] !== undefined && plainSpace(tokens[i + 2]?.gapBefore ?? '') && isCap(tokens[i + 2] as Token))) {
          flags[i + 1] = true;
        }
      }
      if (!flags[i] && next && flags[i + 1] && plainSpace(next.gapBefore) && !t.possessive) {
        const unknownCap = t.shape === 'title' && !t.common && !t.proper && !isNameLex(t) && t.text.length >= 3;
        // "J Mensah": an initial before a surname (not "Child B Smith"-style labels, not "A" or "I")
        if (t.text.length === 1 && /^[B-HJ-Z]$/.test(t.text) && isCap(next) && !LABEL_NOUNS.has(tokens[i - 1]?.lower ?? '')) flags[i] = true;
        const nextStrongSurname = next.surname && !next.common;
        // ("Tyrone Hicks", "Kerry Walsh": a given name that is also a place, before a surname that is no everyday word)
        const placeFirst = t.softNever && t.first && isCap(t) && isCap(next) && nextStrongSurname && (PLACE_WORDS.has(t.lower) || PUBLIC_WORDS.has(t.lower)) && !CALENDAR_WORDS.has(t.lower);
        const ambiguousFirst = (t.first || unknownCap) && !t.hardNever && (!t.softNever || placeFirst) && !t.func && !PERSON_FOLLOWERS.has(t.lower) && !GREETING_WORDS.has(t.lower) && !TITLES.has(t.lower);
        if (ambiguousFirst && (isCap(t) ? isCap(next) || next.shape === 'upper' : nextStrongSurname)) flags[i] = true;
      }
      // lower-case spellings of one name: "mihai / mihail / mihaita" (a word in no list, shaped like a name, after a name and a slash)
      if (flags[i] && t.shape === 'lower' && next && !flags[i + 1] && next.shape === 'lower' && /^[ \t]*\/[ \t]*$/.test(next.gapBefore) && !next.common && !next.func && !next.hardNever && !next.softNever &&
        ((isNameLex(next) && !next.proper) || (inNoList(next) && lowerNameShape(next)))) flags[i + 1] = true;
      // lower-case lists: "kaiden and tamsin"
      if (flags[i] && t.shape === 'lower' && next && !flags[i + 1] && next.lower === 'and' && plainSpace(next.gapBefore)) {
        const after = tokens[i + 2];
        if (after && after.shape === 'lower' && plainSpace(after.gapBefore) && !after.common && !after.proper && !after.hardNever && !after.softNever) {
          // ("farid and tamana in his car": a word in no list at all, shaped like a name, beside a name is one)
          if (isNameLex(after) || unknownLowerName(tokens, i + 2, text) || (inNoList(after) && lowerNameShape(after))) flags[i + 2] = true;
        }
      }
      // the head of a pair: "Grace and Summer (twins, Y1)", "Paddy n Kathleen" — a listed name before a name found by its own cue
      // ("Hope and Will (twins, Y2)": a given name that is also a function word heads a pair too)
      if (!flags[i] && next && flags[i + 2] && (next.lower === 'and' || next.lower === 'n') && plainSpace(next.gapBefore) && isCap(t) && (isNameLex(t) || (t.proper && !t.sentenceStart)) && !t.hardNever && !t.softNever && (!t.func || t.first) && !t.possessive) {
        const after = tokens[i + 2];
        if (after && plainSpace(after.gapBefore) && isCap(after)) flags[i] = true;
      }
      // "oscar and rose were fighting": two lower-case given names opening a sentence, then a verb for both of them
      // (one of them no everyday word)
      if (!flags[i + 2] && t.shape === 'lower' && t.sentenceStart && t.first && next && (next.lower === 'and' || next.lower === 'n') && plainSpace(next.gapBefore)) {
        const other = tokens[i + 2];
        const verb = tokens[i + 3];
        if (other && verb && other.shape === 'lower' && other.first && plainSpace(other.gapBefore) && plainSpace(verb.gapBefore) && (!t.common || !other.common) &&
          !t.func && !other.func && !t.softNever && !other.hardNever && !other.place && !CALENDAR_WORDS.has(other.lower) && /^(?:were|are|have|had|both|keep|kept|got|get|went|came|said|told|ran|started|been)$/.test(verb.lower)) {
          flags[i] = true;
          flags[i + 2] = true;
        }
      }
      // "play with ivy and oliwia", "oscar and rose were fighting": a lower-case given name paired with a lower-case name
      if (!flags[i] && next && flags[i + 2] && (next.lower === 'and' || next.lower === 'n') && plainSpace(next.gapBefore) && t.shape === 'lower' && t.first && !t.func && !t.hardNever && !t.softNever && !t.possessive &&
        tokens[i + 2]?.shape === 'lower' && plainSpace(tokens[i + 2]?.gapBefore ?? '') && !DETERMINERS.has(tokens[i - 1]?.lower ?? '')) flags[i] = true;
      // "Memory and Godknows (twins, yr 2)": a capitalised word paired with a name, before a bracket about both of them
      if (!flags[i] && next && flags[i + 2] && (next.lower === 'and' || next.gapBefore.includes('&')) && isCap(t) && !t.func && !t.hardNever && !t.softNever && !t.possessive && !t.place) {
        const other = tokens[i + 2];
        if (other && /^[ \t]*\([ \t]*(?:twins|both|siblings|brothers|sisters|\d{1,2}[ \t]*(?:&|and|,)[ \t]*\d{1,2}\b)/i.test(text.slice(other.end + (other.possessive ? 2 : 0), other.end + 24))) flags[i] = true;
      }
      // the head of a list: "Grace, Hope and Faith" (Grace opens the sentence)
      if (!flags[i] && next && flags[i + 1] && /^\s*,\s*$/.test(next.gapBefore) && isCap(t) && isNameLex(t) && !t.hardNever && !t.softNever && !t.func) {
        const after = tokens[i + 2];
        if (after && (flags[i + 2] || after.lower === 'and')) flags[i] = true;
      }
      // lists: "Hope, Will and Grace"
      if (flags[i] && next && !flags[i + 1] && /^\s*(?:,|&|\band\b|\+)\s*$/.test(next.gapBefore) && isCap(next) && !next.sentenceStart) {
        const after = tokens[i + 2];
        const inPhrase = after !== undefined && plainSpace(after.gapBefore) && (isCap(after) || after.shape === 'upper');
        const ok = next.common ? isNameLex(next) && !inPhrase : isNameLex(next) || !next.proper;
        if (!next.hardNever && !next.softNever && ok) flags[i + 1] = true;
      }
      if (flags[i] && next && !flags[i + 1] && next.lower === 'and' && plainSpace(next.gapBefore)) {
        const after = tokens[i + 2];
        if (after && !flags[i + 2] && plainSpace(after.gapBefore) && isCap(after) && !after.hardNever && !after.softNever) {
          if (isNameLex(after) || (!after.common && !after.proper)) flags[i + 2] = true;
          const surname = tokens[i + 3];
          if (!flags[i + 2] && surname && plainSpace(surname.gapBefore) && isCap(surname) && !surname.common && !surname.proper && !surname.hardNever && surname.text.length >= 4) {
            flags[i + 2] = true;
            flags[i + 3] = true;
          }
        }
      }
    }
  }

  // ("from Hong Kong, Jade Wilson": a place of two to four words stays a place beside a list of names)
  vetoPhrases(tokens, flags);
  bracketedNicknames(text, tokens, flags);
  contextAfterNeighbours(text, tokens, flags);
  if (text.includes('\n')) listLineHeads(tokens, flags);
  // (before propagation: "Hamilton Academical" must not make "in Hamilton" a name)
  publicNames(tokens, flags);
  propagateNames(tokens, flags);
  initialsOfNames(tokens, flags);
  addressForms(tokens, flags);
  neverNames(text, tokens, flags);
  courtesyPhrases(text, tokens, flags);
  businessNames(tokens, flags);
  // (and after it: "our lad Bear (8) … wants to be Bear Grylls" spreads the boy's name into the pair)
  publicNames(tokens, flags);
  placesOfWorship(tokens, flags);
  if (/ (?:Act|Acts|Order|Regulations)\b/.test(text)) actTitles(tokens, flags);
  kinWordsThatAreNames(tokens, flags, strong);
  // "Rose Class went to the river", "Willow Room": a class, room or group named after a word, however its neighbours read
  for (let i = 0; i + 1 < n; i++) {
    const t = tokens[i];
    const g = tokens[i + 1];
    if (t && g && flags[i] && !strong[i] && !t.possessive && isCap(t) && plainSpace(g.gapBefore) && GROUP_NOUNS.has(g.lower) && !strong[i + 1]) {
      flags[i] = false;
      flags[i + 1] = false;
    }
    // "Rose Garden cafe are doing the cakes": a title-case pair before a lower-case venue word is the venue's name
    const v = tokens[i + 2];
    if (t && g && v && flags[i] && !strong[i] && !strong[i + 1] && isCap(t) && isCap(g) && !g.possessive && plainSpace(g.gapBefore) && plainSpace(v.gapBefore) && v.shape === 'lower' && (VENUE_AFTER.has(v.lower) || BUSINESS_AFTER.has(v.lower))) {
      flags[i] = false;
      flags[i + 1] = false;
    }
  }
  // "…Trevenson Lane, Pool TR15 3PF": a town between an address and its postcode is no name, whichever neighbour flagged it
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (t && flags[i] && !strong[i] && isCap(t) && /^[ \t]*,[ \t]*$/.test(t.gapBefore) && postcodeAfter(text, t.end)) flags[i] = false;
    // "Keeper's Cottage, Hartside", "Brockholes Farm, Dent": the hamlet after a house's name is a place
    const before = tokens[i - 1];
    if (t && before && flags[i] && !strong[i] && isCap(t) && !t.first && /^[ \t]*,[ \t]*$/.test(t.gapBefore) && isCap(before) && /^(?:cottage|cottages|farm|farmhouse|house|lodge|barn|mill|manor|grange|croft|hall|bungalow|rectory|vicarage)$/.test(before.lower)) flags[i] = false;
    // "Ivy Lodge, Fern Bank YO10 2UW": the street of an address before its postcode, whichever neighbour flagged it
    const street = tokens[i + 1];
    if (t && street && flags[i] && !strong[i] && isCap(t) && isCap(street) && STREET_WORDS.has(street.lower) && plainSpace(street.gapBefore) && postcodeAfter(text, street.end)) {
      flags[i] = false;
      flags[i + 1] = false;
    }
  }

  // merge runs of adjacent name words separated by single spaces into one finding
  let i = 0;
  while (i < n) {
    const t = tokens[i];
    if (!t || !flags[i]) {
      i++;
      continue;
    }
    let j = i;
    // a full name has at most four parts ("Mary Anne Smith Jones"); longer runs are split
    while (j + 1 < n && j - i < 3 && flags[j + 1] && !tokens[j]?.possessive && tokens[j + 1]?.gapBefore === ' ') j++;
    const last = tokens[j] ?? t;
    out.push({ start: t.start, end: last.end, kind: 'NAME', priority: PRIORITY.NAME });
    i = j + 1;
  }
}
