/** Street addresses, house names and named schools. */
import type { Candidate } from './kinds.js';
import { COMMON_WORDS, FUNCTION_WORDS, LEX, LOCALITY_PHRASES, LOWER_WORDS, PLACE_PHRASES, fold, lexFlags } from './lexicon.js';
import { BUSINESS_SUFFIXES, CALENDAR_WORDS, HARD_NEVER_WORDS, ROLE_WORDS, SIGN_OFF_LINE, TITLES, WORSHIP_NOUNS } from './data/stoplists.js';
import { PLACE_WORDS } from './data/places.js';
import { PRIORITY, matchesNotAfter } from './patterns.js';

/*
 * The characters a keyword pattern may not follow, for matchesNotAfter: each the class of the lookbehind its patterns
 * would open with, with their flags (case-insensitive and Unicode classes differ a little at the edges).
 */
const AFTER_LATIN_I = /[A-Za-z\u00C0-\u024F]/i;
const AFTER_LATIN = /[A-Za-z\u00C0-\u024F]/;
const AFTER_ASCII_LETTER = /[A-Za-z]/;
const AFTER_ASCII_LETTER_I = /[A-Za-z]/i;
const AFTER_ASCII_LETTER_IU = /[A-Za-z]/iu;
const AFTER_LETTER_OR_DIGIT_IU = /[\p{L}\d]/iu;
const AFTER_WORD_I = /[A-Za-z\u00C0-\u024F'’]/i;
const AFTER_LETTER_U = /[\p{L}]/u;
const AFTER_LETTER_IU = /[\p{L}]/iu;
const AFTER_NUMBER_CHAR_I = /[\w/£$.,:-]/i;
const AFTER_WORD_CHAR_IU = /[\w]/iu;

/**
 * `text.indexOf(q, from)`, searched for by what follows the first character of `q` when that is a space or not ASCII:
 * V8 searches slowly for a pattern that opens with a character as common as a space, or with a two-byte one, and
 * quickly for the rest, whose every find is then checked for the first character.
 */
function indexOfText(text: string, q: string, from: number): number {
  const first = q.charCodeAt(0);
  if ((first !== 0x20 && first < 0x80) || q.length < 2) return text.indexOf(q, from);
  const rest = q.slice(1);
  for (let k = text.indexOf(rest, from + 1); k >= 0; k = text.indexOf(rest, k + 1)) if (text.charCodeAt(k - 1) === first) return k - 1;
  return -1;
}

const STREET_SUFFIX =
  '(?:road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|court|ct|crescent|cres|place|pl|grove|gardens|gdns|terrace|tce|walk|row|square|sq|hill|park|mews|view|rise|green|parade|boulevard|mount|vale|wharf|yard|croft|fold|gate|approach|chase|meadows?|heights|grange|bank|brow|wynd|end|fields?|dene|hollow|circus|embankment|broadway|causeway|drove|garth|passage|promenade|quay|ridge|lanes)';
const FLAT_PREFIX = '(?:(?:flat|apartment|apt|unit|room|house)\\.? ?(?:no\\.? ?)?\\d{1,4}[a-z]?,? )?';
const WORD = "[A-Za-z\\u00C0-\\u024F][A-Za-z\\u00C0-\\u024F'’.-]*";
const NUMBERED_ADDRESS_RE = new RegExp(
  `${FLAT_PREFIX}(?:\\d{1,4}[a-z]?\\/)?\\d{1,4}[a-z]?(?:-\\d{1,4})?,? (?:${WORD} ){0,3}${STREET_SUFFIX}\\b\\.?`,
  'gi',
);
const FLAT_IN_BUILDING_RE = new RegExp(
  `(?:flat|apartment|apt|room|rm|unit|pitch|plot|bedsit)\\.? ?\\d{1,4}[a-z]?,? (?:block [A-Za-z\\d]{1,2},? )?(?:[\\p{Lu}][\\p{L}'’-]* ){1,3}(?:house|court|tower|lodge|point|heights|building|mansions|apartments|foyer|hostel|hotel|guest house|traveller site|travellers site|caravan park|site|ymca|refuge)\\b` +
    // and the street after the building: "Flat 6, Marlowe House, Kingsway", "…Sycamore Heights, Whitworth St"
    `(?:, (?:(?:[\\p{Lu}][\\p{L}'’-]* ){1,2}${STREET_SUFFIX}\\b\\.?|[\\p{Lu}][\\p{Ll}]+(?:way|gate|side)\\b))?`,
  'giu',
);
/**
 * A house or building name before its street: "The Old Forge, Back Lane", "Ivy Lodge, Mill View",
 * "willow barn, hollins lane", "Ashcroft, Wembley Hill Road".
 */
/** The street after a comma, and the house name before it (each applied to a short window at a comma). */
const STREET_AFTER_COMMA_RE =
  /^, ((?:[\p{L}'’-]+ ){1,2}(?:road|rd|street|lane|avenue|ave|close|drive|way|view|walk|row|rise|grove|crescent|terrace|gardens|mews|hill|green|court|place|square|park)\b)/iu;
const HOUSE_BEFORE_COMMA_RE = /(?<![\p{L}'’-])((?:[Tt]he )?[\p{L}'’-]+(?: [\p{L}'’-]+){0,2})$/u;
/** Everyday adjectives that open house names in lower case ("the old forge", "the white cottage"). */
const HOUSE_NAME_ADJECTIVE = /^(?:old|new|little|high|long|white|green|red|top|low|upper|lower|far|north|south|east|west)$/;
const UNIT_BEFORE_RE = /(?<![A-Za-z])(?:flat|apartment|apt|room|rm|unit)\.? ?\d{1,4}[a-z]?,? $/i;
const HOUSE_WORD = /\b(?:forge|barn|cottage|cottages|lodge|house|farm|farmhouse|mill|granary|manor|hall|stables|rectory|vicarage|chapel|villa|bungalow|bank|croft|grange|oast|orchard|cross)$/i;
/** "lives at 22 hillcrest", "they live 7 burnside": a number and one word after an address verb. */
const CUED_NUMBER_WORD_RE =
  /(?:(?:lives|live|living|staying|stays|stayed)(?:[ \t]+at)?|moved to|address is|address:|at)[ \t]+(?:number[ \t]+|no\.?[ \t]*)?(\d{1,4}[a-z]?[ \t]+[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]{3,})(?![A-Za-z\u00C0-\u024F\d])/gi;
/** "lives on Lark Rise", "the childminder on Bell View", "at the end of Kingfisher Way": a street of a weaker word (Rise, View, Walk…) where someone lives or was. */
const LIVES_ON_WEAK_STREET_RE =
  /(?:(?:lives|living|live|lived|moved|stays|staying|childminder|neighbour|neighbours|family|house|home|flat|(?:nan|nana|nanna|gran|granny|mum|mam|dad|auntie|aunty|sister|brother|friend|mate|cousin|boyfriend|girlfriend|partner)(?:s|['’]s))[ \t]+on|(?:end|top|bottom|corner)[ \t]+of)[ \t]+((?:\p{Lu}[\p{L}'’-]+[ \t]+){1,2}(?:Rise|View|Walk|Way|Row|Hill|Green|Court|Place|Square|Parade|Mount|Vale|Croft|Fold|Meadows?|Heights|Grange|Brow|Wynd|Dene|Hollow|Chase|Approach|Garth|Close|Crescent|Grove|Mews|Gardens|Terrace))(?![\p{L}])/gu;
const LOWER_STREET_WHERE_LIVING_RE =
  /(?:lives|living|live|lived|staying|stays|house|home|flat)[ \t]+on[ \t]+((?:[a-z][a-z'’-]{2,20}[ \t]+){1,2}(?:st|street|rd|road|lane|ln|avenue|ave|close|drive|crescent|grove|terrace|way|walk|rise|view|gardens|mews))(?![\p{L}])/gu;
/** "fam live above the takeaway on westgate": a one-word street by its ending ("-gate", "-garth", "-wynd") after "on", where someone lives. */
const ON_ONE_WORD_STREET_RE = /(?:on|off)[ \t]+(\p{L}{2,20}(?:gate|garth|wynd))(?![\p{L}])/giu;
const RESIDENCE_BEFORE = /\b(?:live|lives|living|lived|above|flat|house|home|staying|stays|stayed|moved|address)\b[^.\n]{0,40}$/i;
/** ("the Hussains on Oak St, the other ones": "St" ends a street where no capitalised word follows — before one it is a saint) */
const STRONG_STREET = '(?:Road|Street|Lane|Avenue|Close|Drive|Crescent|Gardens|Terrace|Grove|Mews|Rd|Ave|St(?!\\.?[ \\t]+[A-Z]))';
const STREET_HEAD_RE = new RegExp(`${STRONG_STREET}\\b`, 'g');
/** Up to three capitalised words immediately before a street word (applied to a short slice). */
const WORDS_BEFORE_STREET_RE = /(?<![\p{L}'’-])(?:[\p{Lu}][\p{L}'’-]+ ){1,3}$/u;
const HOUSE_HEAD_RE = /(?:Cottage|Cottages|House|Lodge|Farm|Farmhouse|Barn|Manor|Bungalow|Villa|Rectory|Vicarage|Mill|Grange|Hall)\b/g;
const WORDS_BEFORE_HOUSE_RE = /(?<![\p{L}'’-])(?:The )?(?:[\p{Lu}][\p{Ll}'’-]+ ){1,2}$/u;
/**
 * Where the last `n` pieces of text[from, to) that end in a space begin (`from` if there are fewer): a pattern of at most
 * n - 1 space-ended words anchored at `to`, such as the two above, matches inside them, and is tried at far fewer places
 * there (at `from` a lookbehind sees the space before, which it allows, as it allows the start of a slice).
 */
function lastSpacedStart(text: string, from: number, to: number, n: number): number {
  let at = to;
  for (let k = 0; k < n; k++) {
    at = at > 0 ? text.lastIndexOf(' ', at - 1) : -1;
    if (at < from) return from;
  }
  return at + 1;
}
const NOT_HOUSE_FIRST: ReadonlySet<string> = new Set(
  (
    'town county city village sports church care children family foster police court health youth community women womens ' +
    'refuge safe halfway open white big full wendy tree play dolls bouncy guest boarding council new the our my his her ' +
    'their your this that a an opera public bail approved mother respite residential childrens school student students ' +
    'early help front social crown magistrates dog cat wood green ' +
    // venues, not dwellings: "Kingdom Hall", "Scout Hall", "Aston Villa" (a football club)
    'kingdom scout scouts guide guides masonic memorial bingo concert parish assembly aston'
  ).split(' '),
);

function middleWordsOk(span: string): boolean {
  // "aged 7 on Oak Road": the words between number and suffix may not be function words
  const words = span.replace(/^[^a-z\p{L}]*/iu, '').split(/\s+/);
  // "aged 7 on Oak Lane": a preposition right after a bare number means the number is not the house's
  if (/^\d{1,4} (?:on|in|at|to|by|for|of|from|with|off|near)\b/i.test(span)) return false;
  const inner = words.slice(1, -1).filter((w) => !/^\d/.test(w) && !/^(?:flat|apartment|apt|unit|room|house|no\.?)$/i.test(w));
  for (const w of inner) {
    const f = fold(w.replace(/[.,]$/, ''));
    if (FUNCTION_WORDS.has(f) && !/^(?:new|old|high|long|church|mill|park|station|school|green|king|queen|little|great|west|east|north|south)$/.test(f)) return false;
    // ("23b Crown Street", "4 Court Lane": a capitalised agency word is a street's name; a role word is not)
    if (HARD_NEVER_WORDS.has(f) && !(/^\p{Lu}/u.test(w) && !ROLE_WORDS.has(f))) return false;
  }
  return true;
}

const HAS_DIGIT = /\d/;
const HAS_STRONG_STREET = new RegExp(`\\b${STRONG_STREET}\\b`);
const HAS_HOUSE_WORD = /(?:Cottage|House|Lodge|Farm|Barn|Manor|Bungalow|Villa|Rectory|Vicarage|Mill|Grange|Hall)\b/;

/** Street words that are abbreviations, whose own full stop may belong to the address. */
const ABBREVIATED_STREET = /(?<![\p{L}])(?:st|rd|ave|ln|dr|ct|cres|pl|gdns|tce|sq)\.$/iu;

/**
 * The end of an address that matched up to an optional full stop. The stop stays in the finding only
 * after an abbreviation (`St.`, `Rd.`) and when the sentence plainly goes on (a comma, or a lower-case
 * word or a digit after it: `14a cromer st. is it…`); otherwise it may end the sentence, so it stays in
 * the text ("lives at 45 Station Road. Mum…", "3 High St. Her mum…") — it identifies no one.
 */
function addressEnd(text: string, start: number, end: number): number {
  if (text[end - 1] !== '.') return end;
  const abbreviation = ABBREVIATED_STREET.test(text.slice(Math.max(start, end - 6), end));
  return abbreviation && /^(?:,|[ \t]+[\p{Ll}\d])/u.test(text.slice(end, end + 2)) ? end : end - 1;
}

/**
 * Welsh streets put the street word first ("Heol y Nant", "Ffordd Las", "Lôn Goch"), as do Welsh house names
 * after a flat or room ("Room 4, Tŷ Gwyn"); a house name before the street comes along ("Bryn Awel, Heol y Dderwen").
 */
const WELSH_STREET_RE =
  /(?<![\p{L}\d])(?:(\d{1,4}[a-z]?,?[ \t]+)?(?:Heol|Ffordd|Stryd|Lôn|Lon|Rhodfa|Cilgant)|\d{1,4}[a-z]?,?[ \t]+(?:Clos|Maes|Llys|Teras|Rhes|Bryn|Parc|Cae|Pant|Cwrt|Plas|Dol|Erw))(?:[ \t]+(?:y|yr|['’]r))?[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+(?![\p{L}\d]))?/gu;
const WELSH_HOUSE_AFTER_UNIT_RE =
  /(?<![A-Za-z])(?:flat|apartment|apt|room|rm|unit)\.? ?\d{1,4}[a-z]?,? (?:Tŷ|Ty|Plas|Bwthyn|Hafod|Bryn|Fferm)(?:[ \t]+(?:y|yr))?[ \t]+\p{Lu}[\p{L}'’-]+/giu;
const HOUSE_BEFORE_WELSH_STREET_RE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?), $/u;

function findWelshAddresses(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(WELSH_STREET_RE)) {
    let start = m.index;
    if (m[1] === undefined) {
      const house = HOUSE_BEFORE_WELSH_STREET_RE.exec(text.slice(Math.max(0, start - 30), start));
      const first = fold((house?.[1] ?? '').split(' ')[0] ?? '');
      if (house && !HARD_NEVER_WORDS.has(first) && !FUNCTION_WORDS.has(first)) start -= house[0].length;
    }
    out.push({ start, end: m.index + m[0].length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS });
  }
  for (const m of text.matchAll(WELSH_HOUSE_AFTER_UNIT_RE)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS });
  }
}

export function findAddresses(text: string, out: Candidate[]): void {
  const first = out.length;
  findAddressesUnfiltered(text, out);
  if (/called/.test(text)) {
    for (const m of matchesNotAfter(text, HOUSE_CALLED_RE, AFTER_LETTER_U)) {
      const name = m[1] ?? '';
      // "a lad from home called Tyler": the person from home is called, not the home
      if (/^home/.test(m[0]) && /(?:from|at|back|left|near)[ \t]+$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      const start = m.index + m[0].length - name.length;
      out.push({ start, end: start + name.length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS });
    }
  }
  if (/\d/.test(text)) findHouseBeforePostcode(text, out);
  if (/[Ff]lat/.test(text)) findNamedBlocks(text, out);
  // "a 40 min drive out", "2 mile walk": a distance or a time before a street word is no house number
  for (let k = out.length - 1; k >= first; k--) {
    const c = out[k];
    if (c && c.kind === 'ADDRESS' && DISTANCE_NOT_NUMBER.test(text.slice(c.start, c.end))) out.splice(k, 1);
    // "Great Ormond Street have asked", "watches Coronation Street": a hospital, a seat of government or a soap, no one's home
    // (with no house number: "12 Coronation Street, Bolton" is a home)
    else if (c && c.kind === 'ADDRESS' && LANDMARK_STREET.test(text.slice(c.start, c.end))) out.splice(k, 1);
  }
}
const LANDMARK_STREET = /^(?:(?:great[ \t]+)?ormond|downing|harley|coronation|sesame)[ \t]+street$|^albert[ \t]+square$/i;

/**
 * Whether text[start, end), shaped like an address, is something else the address rules know: a distance or a time
 * before a street word ("a 40 min drive"), a landmark street ("Great Ormond Street"), a soap ("they watch Emmerdale
 * Farm"), a town or village alone, a place of worship ("Park Road Masjid"), a venue or a service ("Hope House (the youth charity)", "the Page Hall estate"). The trained address tagger (place-tagger.ts) asks it.
 */
export function addressLookAlike(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  if (DISTANCE_NOT_NUMBER.test(span) || LANDMARK_STREET.test(span) || WATCHED_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true;
  const folded = fold(span);
  if (!HAS_DIGIT.test(span) && ((lexFlags(folded) & LEX.PLACE) !== 0 || PLACE_WORDS.has(folded) || PLACE_PHRASES.has(folded))) return true;
  // (a converted one is a home: "The Old Chapel, Back Lane")
  if (WORSHIP_AT_END.test(span) && !HAS_DIGIT.test(span) && !/(?<![\p{L}])(?:old|former)[ \t]/iu.test(span)) return true;
  const after = text.slice(end, end + 70);
  return /^[ \t]+estate\b/i.test(after) || VENUE_DESCRIBED_AFTER.test(after);
}
const PLACE_HEAD_WORD = new RegExp(
  `^(?:${STREET_SUFFIX.slice(3, -1)}|flat|flats|room|rm|unit|plot|pitch|bay|apartment|apt|bedsit|block|floor|house|home|cottage|cottages|lodge|farm|farmhouse|barn|` +
    'mill|manor|bungalow|villa|hall|estate|site|caravan|hostel|foyer|refuge|hotel|' +
    'school|primary|secondary|junior|juniors|infant|infants|high|grammar|academy|college|nursery|preschool|pre-school|community|church|catholic|rc|ce)$',
  'i',
);
/** A word that says what kind of place something is ("Farm", "Park", "cottages", "academy"). */
export const isPlaceHeadWord = (word: string): boolean => PLACE_HEAD_WORD.test(word);
const PLACE_FILLER_WORD = /^(?:the|of|above|over|behind|next|top|bottom|back|front)$/i;
/** A word of a place that names none: a head word, or one that says where in it ("the flat above"). */
export const isGenericPlaceWord = (word: string): boolean => PLACE_HEAD_WORD.test(word) || PLACE_FILLER_WORD.test(word);
/** "the house is called Ard na Gréine", "their cottage is called Bryn Teg": a dwelling's own name (particles inside). */
const HOUSE_CALLED_RE =
  /(?:house|home|cottage|farm|farmhouse|bungalow|boat|narrowboat|caravan|barn|lodge)[ \t]+(?:is[ \t]+|was[ \t]+)?called[ \t]+((?:\p{Lu}[\p{L}'’-]*)(?:[ \t]+(?:na|an|y|yr|de|la|du|\p{Lu}[\p{L}'’-]*)){0,3}(?<=[\p{L}]))/gu;
const DISTANCE_NOT_NUMBER = /^\d{1,4}[ \t]*(?:min|mins|minutes?|hours?|hrs?|miles?|mi|km|metres?|meters?|yards?|seconds?|secs?|days?|weeks?)\b/i;

/**
 * "a foster placement at Bryn Awel, SA15 2NJ", "lives at Ty Gwyn LL57 4AB": a capitalised name right before a postcode,
 * after a dwelling cue, is a house name (not a town: a GeoNames place is left alone).
 */
const HOUSE_BEFORE_POSTCODE_RE =
  /(?<![\p{L}])(?:placement at|lives at|living at|staying at|stays at|moved to|address is|address:|at)[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:na|nan|an|a|y|yr|ar|de|la|le|of|the)[ \t]+)?\p{Lu}[\p{L}'’-]+){0,2}),?(?:[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?,?)?[ \t]+$/u;
/** Postcode shapes, found first: the house-name search looks back from each one over a bounded window. */
const POSTCODE_SHAPE_RE = /\b[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}(?![\w])/g;
function findHouseBeforePostcode(text: string, out: Candidate[]): void {
  for (const pc of text.matchAll(POSTCODE_SHAPE_RE)) {
    const from = Math.max(0, pc.index - 60);
    const m = HOUSE_BEFORE_POSTCODE_RE.exec(text.slice(from, pc.index));
    if (!m) continue;
    const name = m[1] ?? '';
    const words = name.split(/[ \t]+/);
    if (words.length === 1 ? (lexFlags(fold(name)) & LEX.PLACE) !== 0 || PLACE_WORDS.has(fold(name)) : PLACE_PHRASES.has(fold(words.join(' ')))) continue;
    const start = from + m.index + m[0].indexOf(name);
    out.push({ start, end: start + name.length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS });
  }
}

/** "a flat in Wellington Court", "Cedar Court flats, block C": a named block of flats. */
const BLOCK = '(?:\\p{Lu}[\\p{L}\'’-]+[ \\t]+){1,2}(?:Court|House|Tower|Towers|Heights|Mansions|Point|Buildings)';
const FLAT_IN_BLOCK_RE = new RegExp(`(?:flat|flats|apartment|bedsit)[ \\t]+(?:in|at)[ \\t]+(?:the[ \\t]+)?(${BLOCK})(?![\\p{L}])`, 'gu');
/** Looked for back from each " flats" over a bounded window: a search from every capital letter is slow. */
const BLOCK_BEFORE_FLATS_RE = new RegExp(`(?<![\\p{L}])(${BLOCK})[ \\t]+$`, 'u');
const BLOCK_LETTER_RE = /^,?[ \t]+block[ \t]+[A-Za-z\d]{1,2}\b/;
function findNamedBlocks(text: string, out: Candidate[]): void {
  for (const m of matchesNotAfter(text, FLAT_IN_BLOCK_RE, AFTER_LETTER_U)) {
    const span = m[1] ?? '';
    const start = m.index + m[0].indexOf(span);
    out.push({ start, end: start + span.length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS });
  }
  for (let at = indexOfText(text, ' flats', 0); at >= 0; at = indexOfText(text, ' flats', at + 6)) {
    if (/[\p{L}]/u.test(text[at + 6] ?? '')) continue;
    const from = Math.max(0, at - 60);
    const m = BLOCK_BEFORE_FLATS_RE.exec(text.slice(from, at + 1));
    if (!m) continue;
    const start = from + m.index;
    let end = at + 6;
    const letter = BLOCK_LETTER_RE.exec(text.slice(end, end + 16));
    if (letter) end += letter[0].length;
    out.push({ start, end, kind: 'ADDRESS', priority: PRIORITY.ADDRESS });
  }
}

/**
 * "Address: Rosewarne, Tregony Hill", "Home address: Ivy Lodge, Mill View": the value of an address label on a pasted
 * form, up to the end of its line (or a postcode, a bracket or a second label), is an address — unless it says there
 * is none ("NFA", "not known", "same as mum").
 */
const ADDRESS_LABEL_RE = /(?:^|\n)[ \t>*-]*((?:home |current |previous |child's |childs |mum's |dad's |last known )?address(?: \(home\))?|home|placement|residence)[ \t]*:[ \t]*([^\n]{3,80})/gi;
const NO_ADDRESS = /^(?:n\/?a|nfa|none|no fixed abode|unknown|not known|tbc|tbd|same|same as|withheld|confidential|refuge|see above|as above)\b/i;
function findLabelledAddresses(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(ADDRESS_LABEL_RE)) {
    let value = m[2] ?? '';
    // ("Home: Willow Bank", "Placement: 4 Ash Grove": a children's home or a placement by its name — a capital or a number,
    // not "Home: with mum")
    if (!/address/i.test(m[1] ?? '') && !/^(?:\d|\p{Lu}\p{Ll})/u.test(value)) continue;
    const start = m.index + m[0].length - value.length;
    // stop at a postcode, a bracket, a second label on the same line ("… Tel: …"), or an e-mail or a number run
    const stop = value.search(/[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}\b|[([]|\b[A-Z][a-z]+:|\s{2,}|\s[-–—]\s/);
    if (stop >= 0) value = value.slice(0, stop);
    value = value.replace(/[\s,.;]+$/, '');
    if (value.length < 3 || NO_ADDRESS.test(value) || !/\p{L}{3}/u.test(value)) continue;
    // a town alone is no address ("Address: Leeds")
    if (!/[\s,]/.test(value) && ((lexFlags(fold(value)) & LEX.PLACE) !== 0 || PLACE_WORDS.has(fold(value)))) continue;
    out.push({ start, end: start + value.length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS - 2 });
  }
}

/** "they live at Taigh na Mara, Caol", "lives at Chy an Mor": a Gaelic or Cornish house name after a residence cue. */
const GAELIC_HOUSE_RE =
  /(?<![\p{L}])(?:(?:lives?|living|stays?|staying|stayed|moved|placed|placement|address is|is) (?:at|to)|from|at|to|visited|visit to|call to) ((?:Taigh|Tigh|Tŷ|Chy|Bod|Cartref|Bwthyn|Hafod)(?:[ \t]+(?:na|nan|an|a|y|yr|'n))?(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})/gu;

/**
 * "a welfare check at Maesyfelin, Cwmystwyth", "family at Low Houses, Langdon Beck": a house or farm's name with no number,
 * then its hamlet or village after a comma (rural addresses carry no number).
 */
const HOUSE_COMMA_LOCALITY_RE =
  /(?<![\p{L}])(?:at|to|from|visited|visiting)[ \t]+((?:The[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:an|na|y|yr|\p{Lu}[\p{L}'’-]+)){0,2}),[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?![\p{L}])/gu;
function isPlaceWord(w: string): boolean {
  return (lexFlags(w) & (LEX.PLACE | LEX.LOCALITY)) !== 0 || PLACE_WORDS.has(w);
}
function findHousesBeforeLocality(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(HOUSE_COMMA_LOCALITY_RE)) {
    const house = m[1] ?? '';
    const words = house.replace(/^The[ \t]+/, '').split(/[ \t]+/).map((w) => fold(w));
    const locality = (m[2] ?? '').split(/[ \t]+/).map((w) => fold(w));
    // (not "in Little Snoring, Keith Bunting said": a village, then a person)
    if (PLACE_PHRASES.has(fold(house)) || LOCALITY_PHRASES.has(fold(house))) continue;
    if (locality.length === 2 && (lexFlags(locality[0] ?? '') & LEX.FIRST) !== 0 && (lexFlags(locality[1] ?? '') & LEX.SURNAME) !== 0) continue;
    if (isPlaceWord(fold(house)) || words.some((w) => HARD_NEVER_WORDS.has(w) || ROLE_WORDS.has(w) || CALENDAR_WORDS.has(w) || NOT_HOUSE_FIRST.has(w))) continue;
    // a single word must be in no everyday or name list ("Maesyfelin"), not "at Break, Sarah said" or "to Sarah, Jane"
    const first = words[0] ?? '';
    if (words.length === 1 && (lexFlags(first) & (LEX.COMMON | LEX.FIRST | LEX.SURNAME | LEX.PROPER)) !== 0) continue;
    // (a Welsh, Gaelic or Cornish house word opens a house's name, though "Ty" and "Bryn" are given names too)
    const houseWord = /^(?:ty|tŷ|taigh|tigh|chy|bod|plas|bwthyn|hafod|bryn|fferm)$/.test(first);
    if (words.length > 1 && !houseWord && (lexFlags(first) & LEX.FIRST) !== 0 && (lexFlags(first) & LEX.COMMON) === 0) continue;
    // the word after the comma is a hamlet or a village: in the gazetteer, or in no list at all
    const loc = locality[0] ?? '';
    // ("the family are from Sunamganj, Sylhet": an origin abroad, not a house)
    if ((lexFlags(loc) & LEX.WORLD_CITY) !== 0 || (/^from/.test(m[0]) && !isPlaceWord(loc))) continue;
    if (!isPlaceWord(loc) && !isPlaceWord(locality.join(' ')) && (lexFlags(loc) & (LEX.COMMON | LEX.FIRST | LEX.SURNAME | LEX.PROPER | LEX.FUNC)) !== 0) continue;
    // (the hamlet comes along: "High Riggs, Garsdale" is the address, and the hamlet is no one's name)
    const start = m.index + m[0].indexOf(house);
    out.push({ start, end: m.index + m[0].length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS });
  }
}

function findAddressesUnfiltered(text: string, out: Candidate[]): void {
  if (/ (?:at|to|from|visited|visiting) \p{Lu}[^,\n]{2,40}, \p{Lu}/u.test(text)) findHousesBeforeLocality(text, out);
  if (/Taigh|Tigh|Tŷ|Chy|Bod |Cartref|Bwthyn|Hafod/.test(text)) for (const m of text.matchAll(GAELIC_HOUSE_RE)) {
    const start = m.index + m[0].length - (m[1] ?? '').length;
    out.push({ start, end: m.index + m[0].length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS });
  }
  if (/(?:address[ \t]*(?:\(home\))?|home|placement|residence)[ \t]*:/i.test(text)) findLabelledAddresses(text, out);
  if (/Heol|Ffordd|Stryd|L[oô]n|Rhodfa|Cilgant|Clos|Maes|Llys|Teras|Rhes|T[yŷ] |Plas|Bwthyn|Hafod|Bryn|Fferm|Parc|Cae|Pant|Cwrt|Dol|Erw/.test(text)) findWelshAddresses(text, out);
  if (HAS_DIGIT.test(text)) findNumberedAddresses(text, out);
  findHouseAndStreet(text, out);
  if (HAS_STRONG_STREET.test(text)) findNamedStreets(text, out);
  if (/gate|garth|wynd/i.test(text)) for (const m of matchesNotAfter(text, ON_ONE_WORD_STREET_RE, AFTER_LETTER_IU)) {
    const word = fold(m[1] ?? '');
    if ((lexFlags(word) & LEX.PLACE) !== 0 || PLACE_WORDS.has(word)) continue;
    if (!RESIDENCE_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
    const start = m.index + m[0].length - (m[1] ?? '').length;
    out.push({ start, end: m.index + m[0].length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS });
  }
  // "walks from her house on canal st", "lives on jubilee rd": a lower-case street where someone lives
  if (/ on [a-z]/.test(text)) for (const m of matchesNotAfter(text, LOWER_STREET_WHERE_LIVING_RE, AFTER_ASCII_LETTER)) {
    const street = m[1] ?? '';
    if (street.split(' ').slice(0, -1).some((w) => FUNCTION_WORDS.has(w) || HARD_NEVER_WORDS.has(w) || ROLE_WORDS.has(w))) continue;
    const start = m.index + m[0].length - street.length;
    out.push({ start, end: start + street.length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS - 1 });
  }
  if (/ (?:on|of) \p{Lu}/u.test(text)) for (const m of matchesNotAfter(text, LIVES_ON_WEAK_STREET_RE, AFTER_LETTER_U)) {
    const start = m.index + m[0].length - (m[1] ?? '').length;
    out.push({ start, end: m.index + m[0].length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS - 1 });
  }
  if (HAS_HOUSE_WORD.test(text)) findHouseNames(text, out);
  findLowerCaseStreets(text, out);
}

/**
 * "the care home on moorside road", "a nail bar on station parade": a street typed in lower case, named by one or two
 * words after "on"/"off"/"along"…, with no number. Generic streets ("on the main road", "a busy road") are not named.
 */
const LOWER_STREET_RE =
  /(?:on|off|along|onto|opposite)[ \t]+((?:[a-z][a-z'’-]{2,20}[ \t]+){1,2}(?:road|street|lane|avenue|close|drive|crescent|parade|grove|terrace|gardens|mews|rise))(?![A-Za-z])/g;
/** "they live down cemetery road", "moved to queens rd", "the corner of grange avenue": after a weaker preposition, only a strong street word (no "close" or "drive", which are also verbs). */
const LOWER_STREET_AFTER_RE =
  /(?:down|up|to|into|of|near|round|from|at)[ \t]+((?:[a-z][a-z'’-]{2,20}[ \t]+){1,2}(?:road|street|lane|avenue|crescent|terrace|grove|gardens|rd|st|ave))(?![A-Za-z])/g;
/** "picked up from his aunties on tollgate rd", "staying on mill st": a street after someone's home, in any spelling. */
const LOWER_STREET_HOME_RE =
  /(?:nans|nan['’]s|nanas|grans|gran['’]s|aunties|auntie['’]s|aunty['’]s|aunts|mums|mum['’]s|dads|dad['’]s|uncles|uncle['’]s|mates|mate['’]s|cousins|cousin['’]s|house|home|flat|lives|living|staying|stays|stopping)[ \t]+on[ \t]+((?:[a-z][a-z'’-]{2,20}[ \t]+){1,2}(?:road|street|lane|avenue|close|drive|crescent|grove|terrace|gardens|rd|st|ave))(?![A-Za-z])/g;
/** ("down memory lane", "a crossing on zebra road"…: an idiom, not a street) */
const NOT_A_STREET_NAME: ReadonlySet<string> = new Set('memory easy civvy'.split(' '));
const GENERIC_STREET_WORDS: ReadonlySet<string> = new Set(
  'main ring slip dual side back bus cycle high busy quiet dark long new old private country local same wrong next other narrow residential wide steep muddy open public village town city'.split(' '),
);
/**
 * "flat 3 above the bookies on the high street", "unit 4 canal side": a flat or unit by its number and where it is,
 * or a unit on a lower-case yard, side or wharf.
 */
const UNIT_LOCATED_RE =
  /(?:flat|unit|apartment|apt)\.?[ \t]*\d{1,4}[a-z]?(?:[ \t]+(?:above|over|behind|below|under|next to|opposite)[ \t]+the[ \t]+[a-z'’]{3,20}(?:[ \t]+on[ \t]+the[ \t]+[a-z]{3,12}[ \t]+(?:street|road|parade))?|[ \t]+(?:[a-z]{3,15}[ \t]+)?[a-z]{3,15}[ \t]+(?:side|yard|wharf|quay|works|estate|place|row|walk|court|park))(?![A-Za-z])/gi;
function findLowerCaseStreets(text: string, out: Candidate[]): void {
  if (/(?:flat|unit|apartment|apt)\.?[ \t]*\d/i.test(text)) for (const m of matchesNotAfter(text, UNIT_LOCATED_RE, AFTER_ASCII_LETTER_I)) {
    const words = m[0].split(/[ \t]+/).slice(2, -1).map((w) => fold(w));
    if (!/\b(?:above|over|behind|below|under|next|opposite)\b/i.test(m[0]) && words.some((w) => FUNCTION_WORDS.has(w) || CALENDAR_WORDS.has(w))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS - 2 });
  }
  if (!/(?:road|street|lane|avenue|close|drive|crescent|parade|grove|terrace|gardens|mews|rise|rd|st|ave)\b/.test(text)) return;
  for (const re of [LOWER_STREET_RE, LOWER_STREET_AFTER_RE, LOWER_STREET_HOME_RE]) for (const m of matchesNotAfter(text, re, AFTER_ASCII_LETTER)) {
    const street = m[1] ?? '';
    const words = street.split(/[ \t]+/).slice(0, -1).map((w) => fold(w));
    if (words.some((w) => FUNCTION_WORDS.has(w) || GENERIC_STREET_WORDS.has(w) || HARD_NEVER_WORDS.has(w) || CALENDAR_WORDS.has(w) || NOT_A_STREET_NAME.has(w))) continue;
    const start = m.index + m[0].length - street.length;
    out.push({ start, end: start + street.length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS - 2 });
  }
}

const ADDRESS_CUE_BEFORE = /(?:\battended|\battending|\bvisited|\bcalled out to|\blives|\bliving|\bstaying|\bstays|\bmoved|\baddress(?: was| is)?|\bflat|\bhouse|\b(?:over|above|behind|next to) the [\p{L}]+|\bat|\bto|\bon|\bin)[ \t,:]*$/iu;

/** "they are in flat 9 the maltings", "flat 2, the old bakery": a flat in a building named with "the", in lower case. */
const LOWER_FLAT_THE_RE = /(?<![A-Za-z])(?:flat|apartment|apt)\.?[ \t]?\d{1,4}[a-z]?,?[ \t]+the[ \t]+(?:old[ \t]+)?([a-z][a-z'’-]{3,20})(?![A-Za-z'’-])/g;
/** "flat 11 block c, dunmore house": a flat in a building typed in lower case (the building's head word ends it). */
const LOWER_FLAT_IN_BUILDING_RE =
  /(?:flat|apartment|apt|room|rm|unit)\.?[ \t]?\d{1,4}[a-z]?(?:,?[ \t]+block[ \t]+[a-z\d]{1,2})?,?[ \t]+((?:[a-z][a-z'’-]{2,20}[ \t]+){1,2})(?:house|court|tower|lodge|heights|mansions|point)(?![A-Za-z])/g;
/** "room 22 at the Ashby rd hostel", "bed 4 in the Cross Street refuge": a room in a named hostel, refuge or shelter. */
const ROOM_IN_HOSTEL_RE =
  /(?:room|rm|bed|bedsit|flat)\.?[ \t]?\d{1,4}[a-z]?[ \t]+(?:at|in|of)[ \t]+the[ \t]+((?:[\p{L}][\p{L}'’.-]{0,20}[ \t]+){1,3})(?:hostel|foyer|refuge|shelter|ymca|b&b|night shelter|supported housing)(?![\p{L}])/giu;
/** "Plot 6, Meynell's Gorse", "pitch 3, Long Acre": a plot or pitch on a named site, the site's name in capitals. */
const PLOT_ON_SITE_RE = /(?<![A-Za-z])(?:[Pp]lot|[Pp]itch|PLOT|PITCH)[ \t]?\d{1,3}[a-z]?,?(?:[ \t]+(?:at|on))?[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}/gu;

/** "Resident in Room 6", "mum in room 4 has gone out", "its room 318, ibis", "Current: Room 118, hotel…", "Resident: … (Room 11)": a room, where the message is about a refuge, hostel, hotel or B&B. */
const ROOM_IN_SETTING_RE = /(?:(?<![A-Za-z])(?:in|from|of|to|into|for|at|its|it['’]s)[ \t]+|[:,][ \t]+|\()((?:[Rr]oom|ROOM|[Rr]m|[Uu]nit|UNIT|[Bb]ed|BED|[Bb]ed ?space|[Bb]edspace)[ \t]?\d{1,3}[a-z]?)(?![\w])/g;
const SETTING_CUE = /refuge|hostel|\bshelter\b|\bymca\b|\bywca\b|direct access|new arrival|\bfled\b|\bfleeing\b|with us now|staying with us|our location|safe house|\bresident\b|foyer|hotel|guest ?house|b&b|bed and breakfast|night shelter|night staff|travelodge|premier inn|\bibis\b|holiday inn|days inn|\bresident:|supported housing|temp(?:orary)? accommodation|emergency accommodation|contingency accommodation|asylum accommodation|\bhmo\b/i;
/**
 * "mum in room 12 has…", "shes in room 2 for now", "Khaled Al-Hassan in room 307", "Dylan (4) in room 5": a person in a
 * numbered room is where they live, wherever the message says nothing of a school, a ward or an office (there a room is
 * a classroom, a side room or a meeting room). A pasted record's "Room:" line is the same, beside another label.
 */
const PERSON_IN_ROOM_RE =
  /(?:(?<![\p{L}])(?:she|he|they|shes|hes|she['’]s|he['’]s|they['’]re|theyre|mum|mother|dad|father|family|woman|man|lad|girl|boy|resident|kids|children|baby|couple|guest|tenant|client|sister|brother|nan|gran)|\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\(\d{1,2}\))?)[ \t]+(?:(?:is|are|was|were|now|still|staying|living|lives)[ \t]+)?(?:in|from)[ \t]+((?:[Rr]oom|ROOM|[Rr]m|[Bb]ed|[Uu]nit)[ \t]?\d{1,4}[A-Za-z]?)(?![\w])/gu;
const ROOM_LABEL_RE = /(?:^|\n)[ \t]*(?:Room|ROOM|Room no\.?|Rm|Bed|Unit)[ \t]*:[ \t]*((?:[Uu]nit[ \t]|[Rr]oom[ \t])?[A-Za-z]{0,2}\d{1,4}[A-Za-z]?)(?![\w])/g;
const OTHER_LABEL = /(?:^|\n)[ \t]*(?:Name|Resident|Client|Child|Mother|Father|Mum|Dad|DOB|NI|NHS|Address|Household)[ \t]*:/i;
/** Anywhere in the message: a room is a classroom, a ward's or a meeting's. */
const NOT_A_HOME_ROOM =
  /\b(?:class|classes|classroom|lessons?|pupils?|teachers?|exams?|detention|isolation|inclusion|reflection|meeting|interview|consult(?:ation|ing)?|ward|hospital|a&e|clinic|surgery|therapy|sensory)\b/i;
/** Near the room only (a hostel's message can mention a child's school): a room of a building that is no home ("In-Form", a case system, is no form room). */
const NOT_A_HOME_NEAR = /\b(?:school|college|nursery|academy|(?<!-)form|office|court|centre|hall|tutor|appointment|gp|cinema|escape|changing)\b/i;
function findPersonInRoom(text: string, out: Candidate[]): void {
  if (!/(?:room|rm|bed|unit)[ \t]?:?[ \t]*[A-Za-z]{0,2}\d/i.test(text) || NOT_A_HOME_ROOM.test(text)) return;
  for (const m of text.matchAll(PERSON_IN_ROOM_RE)) {
    const room = m[1] ?? '';
    const start = m.index + m[0].length - room.length;
    if (NOT_A_HOME_NEAR.test(text.slice(Math.max(0, m.index - 30), start + room.length + 30))) continue;
    out.push({ start, end: start + room.length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS - 1 });
  }
  if (OTHER_LABEL.test(text)) for (const m of text.matchAll(ROOM_LABEL_RE)) {
    const room = m[1] ?? '';
    const start = m.index + m[0].length - room.length;
    if (NOT_A_HOME_NEAR.test(text.slice(Math.max(0, m.index - 30), start + room.length + 30))) continue;
    out.push({ start, end: start + room.length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS - 1 });
  }
}
/** "moved his trailer onto pitch 3", "on bay 6": a pitch, plot or bay, where the message is about a site where families live. */
const PITCH_ON_SITE_RE = /(?:(?<![A-Za-z])(?:on|onto|at|to|from|off|in)|,)[ \t]+((?:[Pp]itch|[Pp]lot|[Bb]ay|[Vv]an|[Cc]aravan|[Ss]tatic|[Cc]halet|[Ll]odge|[Yy]urt|[Cc]abin|[Pp]od|[Bb]erth|[Mm]ooring)[ \t]?\d{1,3}[a-z]?)(?![\w])/g;
const SITE_CUE = /trailer|caravan|marina|moorings?\b|narrow ?boat|houseboat|\bboat\b|traveller|gypsy|chalet|mobile home|wagon|(?:council|transit|private|permanent|local authority|la) site|holiday park|holiday village|glamping|campsite|camp site|site (?:warden|manager|office)/i;
/** "the site off the A14, pitch 6", "on the Brickyard site, plot 12": a pitch or plot named just after a site. */
const PITCH_AFTER_SITE_RE = /(?<!(?:school|building|construction|web|work|campus|college|hospital|leisure|sports)[ \t]?)\bsite\b[^.\n]{0,60}?,[ \t]+((?:[Pp]itch|[Pp]lot)[ \t]?\d{1,3}[a-z]?)(?![\w])/g;

/**
 * "41 Ropergate", "12 Micklegate": a number and one word that is a street by its ending (Yorkshire and northern
 * "-gate", "-garth", "-wynd"); "Flat 2, 77 Northgate HX1 4RS", "9 Kirkgate, WF1 1JY": any one capitalised word after a
 * house number, where a flat comes before it or a postcode after it.
 */
const ONE_WORD_STREET_RE = /(?<![\w/£$.,:-])\d{1,4}[a-z]?,?[ \t]+([A-Z][a-z]{2,20})(?![A-Za-z\u00C0-\u024F'’-])/g;
const NUMBER_THE_NAME_RE = /(?<![\w/£$.,:-])\d{1,4}[a-z]?,?[ \t]+The[ \t]+([A-Z][a-z]{2,20})(?![A-Za-z\u00C0-\u024F'’-])/g;
const FLAT_BEFORE_NUMBER = /(?:[Ff]lat|FLAT|[Aa]partment|[Uu]nit)[ \t]?\d{1,4}[a-z]?,?[ \t]+$/;
const ONE_WORD_STREET_END = /(?:gate|garth|wynd|gait|vennel)$/;

function findNumberedAddresses(text: string, out: Candidate[]): void {
  // "lives at 2 The Orchards", "address: 4 The Coppice": a number and a The-name after an address cue
  if (/ The /.test(text)) for (const m of text.matchAll(NUMBER_THE_NAME_RE)) {
    const word = fold(m[1] ?? '');
    if (FUNCTION_WORDS.has(word) || HARD_NEVER_WORDS.has(word) || CALENDAR_WORDS.has(word) || PLACE_WORDS.has(word)) continue;
    if (!/(?:\b(?:at|address|lives|living|live|moved to|staying|house|home)|:)[ \t]*$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS - 1 });
  }
  for (const m of text.matchAll(ONE_WORD_STREET_RE)) {
    const word = fold(m[1] ?? '');
    const end = m.index + m[0].length;
    const flatMatch = FLAT_BEFORE_NUMBER.exec(text.slice(Math.max(0, m.index - 20), m.index));
    const flat = flatMatch !== null;
    const postcode = /^[ \t]*,?[ \t]*[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]*\d[A-Za-z]{2}\b/.test(text.slice(end, end + 12));
    if (!(ONE_WORD_STREET_END.test(word) || flat || postcode)) continue;
    if (FUNCTION_WORDS.has(word) || HARD_NEVER_WORDS.has(word) || CALENDAR_WORDS.has(word) || (PLACE_WORDS.has(word) && !postcode && !flat)) continue;
    // "aged 3 Mansfield": an age or a count before a town is not a house number
    if (!flat && /\b(?:aged?|age|year|years|yr|y|no|number|of|the|at|on|in|and|or|x|room|rm|page|bus|platform|gate|pitch|bed|ward|court|class|set)[ \t]*$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    // "born 2019 Leeds LS9 8AB": a year, not a house number
    if (!flat && /^(?:19|20)\d{2}\b/.test(m[0])) continue;
    out.push({ start: m.index - (flatMatch?.[0].length ?? 0), end, kind: 'ADDRESS', priority: PRIORITY.ADDRESS - 1 });
  }
  findPersonInRoom(text, out);
  if (/(?:room|rm|unit|bed|space)[ \t]?\d/i.test(text) && SETTING_CUE.test(text)) for (const m of text.matchAll(ROOM_IN_SETTING_RE)) {
    const start = m.index + m[0].length - (m[1] ?? '').length;
    out.push({ start, end: m.index + m[0].length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS - 1 });
  }
  if (/(?:pitch|plot|bay|van|caravan|static|chalet|lodge|yurt|cabin|pod|berth|mooring)[ \t]?\d/i.test(text) && SITE_CUE.test(text)) for (const m of text.matchAll(PITCH_ON_SITE_RE)) {
    const start = m.index + m[0].length - (m[1] ?? '').length;
    out.push({ start, end: m.index + m[0].length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS - 1 });
  }
  if (/\bsite\b/i.test(text)) for (const m of text.matchAll(PITCH_AFTER_SITE_RE)) {
    const start = m.index + m[0].length - (m[1] ?? '').length;
    out.push({ start, end: m.index + m[0].length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS - 1 });
  }
  if (/(?:flat|apartment|apt)\.?[ \t]?\d{1,4}[a-z]?,?[ \t]+the /.test(text)) for (const m of text.matchAll(LOWER_FLAT_THE_RE)) {
    // (a building's name, not "flat 2 the same as before" or "flat 4 the other side": an everyday word that is no building)
    const w = m[1] ?? '';
    if (FUNCTION_WORDS.has(w) || /^(?:same|other|one|first|last|next|top|bottom|back|front|end|side|stairs|landing|door|lift|window|kitchen|bathroom|bedroom|rent|landlord|council|police|day|night|week|time)$/.test(w)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS - 1 });
  }
  if (/(?:flat|apartment|apt|room|rm|unit)\.?[ \t]?\d/.test(text)) for (const m of matchesNotAfter(text, LOWER_FLAT_IN_BUILDING_RE, AFTER_ASCII_LETTER)) {
    const words = (m[1] ?? '').trim().split(/[ \t]+/).map((w) => fold(w));
    if (words.some((w) => FUNCTION_WORDS.has(w) || HARD_NEVER_WORDS.has(w) || CALENDAR_WORDS.has(w))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS - 1 });
  }
  if (/hostel|foyer|refuge|shelter|ymca|b&b|supported housing/i.test(text)) for (const m of matchesNotAfter(text, ROOM_IN_HOSTEL_RE, AFTER_ASCII_LETTER_IU)) {
    const words = (m[1] ?? '').trim().split(/[ \t]+/).map((w) => fold(w));
    // "room 4 at the local hostel" names no place; one named word ("Ashby rd") does
    if (words.every((w) => FUNCTION_WORDS.has(w) || GENERIC_STREET_WORDS.has(w) || HARD_NEVER_WORDS.has(w) || /^(?:homeless|youth|young|family|womens?|mens?|emergency|council)$/.test(w))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS + 1 });
  }
  if (/\b(?:plot|pitch)/i.test(text)) for (const m of text.matchAll(PLOT_ON_SITE_RE)) {
    const words = m[0].replace(/^[^,]*?\d[a-z]?,?[ \t]+(?:(?:at|on)[ \t]+)?/i, '').split(/[ \t]+/);
    // "pitch 2 The" / "plot 3 And": a capitalised function word after the number is the next sentence's
    const first = fold(words[0] ?? '');
    if (FUNCTION_WORDS.has(first) || HARD_NEVER_WORDS.has(first) || CALENDAR_WORDS.has(first)) continue;
    // "pitch 2 at Victoria Park": a sports pitch at a venue is not a home
    if (/^[^,]*?\d[a-z]?,?[ \t]+(?:at|on)[ \t]/i.test(m[0]) && /^(?:park|rec|fields?|ground|centre|center|college|school|club|stadium|leisure|sports)$/i.test(words[words.length - 1] ?? '')) continue;
    let end = m.index + m[0].length;
    // stop before a capitalised function word inside the run
    const cut = m[0].search(/[ \t]+(?:And|But|The|On|In|At|So|Then|If)\b/);
    if (cut > 0) end = m.index + cut;
    out.push({ start: m.index, end, kind: 'ADDRESS', priority: PRIORITY.ADDRESS });
  }
  for (const m of matchesNotAfter(text, CUED_NUMBER_WORD_RE, AFTER_LATIN_I)) {
    const value = m[1] ?? '';
    const word = fold(value.replace(/^\d+[a-z]?[ \t]+/i, ''));
    // "at 22 hillcrest" — but not "at 3 years", "at 10 o'clock", "at 2 schools"
    if (LOWER_WORDS.has(word) || FUNCTION_WORDS.has(word) || HARD_NEVER_WORDS.has(word) || CALENDAR_WORDS.has(word)) continue;
    const start = m.index + m[0].length - value.length;
    out.push({ start, end: start + value.length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS - 3 });
  }
  for (const m of matchesNotAfter(text, NUMBERED_ADDRESS_RE, AFTER_NUMBER_CHAR_I)) {
    const s = m[0];
    // the words need at least one with a letter before the suffix, and "7 years old on Dr" nonsense is filtered
    const parts = s.trim().split(/\s+/);
    if (parts.length < 3 && !/^\d{1,4}[a-z]?,? \p{L}/iu.test(s)) continue;
    if (!middleWordsOk(s.replace(/^(?:flat|apartment|apt|unit|room|house)\.? ?(?:no\.? ?)?\d{1,4}[a-z]?,? /i, ''))) continue;
    const words = s.split(/\s+/);
    if (words.length === 2) {
      // "12 Street" or "3 way" alone: only with capitals ("12 Broadway")
      if (!/^\d{1,4}[a-z]? \p{Lu}/u.test(s)) continue;
    }
    const suffixWord = (words[words.length - 1] ?? '').replace(/\.$/, '').toLowerCase();
    // weak suffixes (st, dr, way, end, bank, park, hill, green, view, gate, fold) need a capitalised street word
    if (/^(?:st|dr|way|end|bank|park|hill|green|view|gate|fold|place|pl|court|ct|walk|row|rise|yard|fields?|mount|vale|ridge|passage|place|square|sq)$/.test(suffixWord)) {
      const before = words.slice(-2, -1)[0] ?? '';
      if (words.length < 3) continue;
      // "lives at 14a cromer st", "old address was 5 meadow way": lower case with an address cue before
      // a flat number in the match ("flat 4, 11 market st") or a postcode right after is a cue too
      const cued =
        ADDRESS_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) ||
        /^(?:flat|apartment|apt|unit|room)\b/i.test(s) ||
        /^[ \t]*,?[ \t]*[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]?\d[A-Za-z]{2}\b/.test(text.slice(m.index + s.length, m.index + s.length + 12));
      if (!/^\p{Lu}/u.test(before) && !cued) continue;
    }
    out.push({ start: m.index, end: addressEnd(text, m.index, m.index + s.length), kind: 'ADDRESS', priority: PRIORITY.ADDRESS });
  }
  for (const m of matchesNotAfter(text, FLAT_IN_BUILDING_RE, AFTER_WORD_CHAR_IU)) {
    // ("a fight on plot 7 at the council site", "Room 214 at the contingency hotel": a preposition before the building word
    // says where the plot or room is — the address is the plot or room, not the words after it)
    const named = m[0].replace(/^[A-Za-z]+\.? ?\d{1,4}[a-z]?,? /, '').split(/[ ,]+/).slice(0, -1);
    if (named.some((w) => /^(?:at|on|in|of|by|near|behind|opposite|off|to|from|next)$/.test(w))) {
      const unit = /^[A-Za-z]+\.? ?\d{1,4}[a-z]?/.exec(m[0])?.[0] ?? '';
      out.push({ start: m.index, end: m.index + unit.length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS });
      continue;
    }
    out.push({ start: m.index, end: addressEnd(text, m.index, m.index + m[0].length), kind: 'ADDRESS', priority: PRIORITY.ADDRESS });
  }
}

/** "she lives at the old forge", "staying at rose cottage": a lower-case house name after an address verb, with no street. */
const CUED_LOWER_HOUSE_RE =
  /(?:lives at|living at|live at|staying at|stays at|stayed at|moved to|moved into|address is|sent to|theyre at|they're at|they’re at|shes at|she's at|hes at|he's at)[ \t]+((?:the[ \t]+)?((?:[a-z][a-z'’-]{1,20}[ \t]+){1,2})(?:forge|barn|cottage|lodge|farmhouse|mill|granary|manor|rectory|vicarage|stables|grange|oast house|coach house|old school house))(?![A-Za-z])/g;

function findCuedLowerHouses(text: string, out: Candidate[]): void {
  for (const m of matchesNotAfter(text, CUED_LOWER_HOUSE_RE, AFTER_ASCII_LETTER)) {
    const words = (m[2] ?? '').trim().split(/[ \t]+/).map((w) => fold(w));
    // "lives at his nan's cottage", "moved to the care lodge": a person's or a service's, not a house's name
    if (words.some((w) => (FUNCTION_WORDS.has(w) && !HOUSE_NAME_ADJECTIVE.test(w)) || HARD_NEVER_WORDS.has(w) || NOT_HOUSE_FIRST.has(w) || /['’]s?$/.test(w))) continue;
    const span = m[1] ?? '';
    // "the holiday cottage", "the old barn": a cottage, barn or lodge described, not named (a forge or rectory that is "old" is named)
    if (/(?:cottage|barn|lodge|farmhouse|manor|grange)$/.test(span) && words.every((w) => HOUSE_NAME_ADJECTIVE.test(w) || /^(?:holiday|farm|rented|tiny|small|big|nice|lovely|derelict|empty|same|other|next|hunting|ski|gate|gatekeepers?)$/.test(w))) continue;
    const start = m.index + m[0].length - span.length;
    out.push({ start, end: start + span.length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS - 2 });
  }
}

const TITLE_BEFORE_HOUSE = /(?:^|[^\p{L}])(?:mr|mrs|ms|miss|mx|dr|pc|ds|dc|sgt|constable|sergeant|inspector|detective|officer|cllr|councillor|rev|revd)\.?[ \t]+$/iu;
function findHouseAndStreet(text: string, out: Candidate[]): void {
  if (/(?:forge|barn|cottage|lodge|farmhouse|mill|granary|manor|rectory|vicarage|stables|grange|house)\b/.test(text)) findCuedLowerHouses(text, out);
  for (let at = text.indexOf(', '); at >= 0; at = text.indexOf(', ', at + 2)) {
    const after = STREET_AFTER_COMMA_RE.exec(text.slice(at, at + 50));
    if (!after) continue;
    const windowStart = Math.max(0, at - 40);
    const before = HOUSE_BEFORE_COMMA_RE.exec(text.slice(windowStart, at));
    if (!before) continue;
    const m = { index: windowStart + before.index, 0: (before[1] ?? '') + (after[0] ?? '') };
    let house = before[1] ?? '';
    const street = after[1] ?? '';
    let start = m.index;
    // the match may start on the words before the name: "check at willow barn, …" → "willow barn"
    for (;;) {
      const sp = house.indexOf(' ');
      const w = fold(sp < 0 ? house : house.slice(0, sp));
      if (sp < 0 || w === 'the' || !(FUNCTION_WORDS.has(w) || HARD_NEVER_WORDS.has(w))) break;
      if (HOUSE_WORD.test(house.slice(0, sp))) break;
      start += sp + 1;
      house = house.slice(sp + 1);
    }
    const houseWords = house.split(' ');
    const cap = houseWords.every((w) => /^\p{Lu}/u.test(w));
    const streetCap = /^\p{Lu}/u.test(street);
    // lower case needs a house word ("willow barn"); capitals need the street capitalised too
    if (!(cap && streetCap) && !HOUSE_WORD.test(house)) continue;
    const lastWord = fold(houseWords[houseWords.length - 1] ?? '');
    // "the old forge, church lane": a leading "the" belongs to the name; other function words do not
    if (HARD_NEVER_WORDS.has(lastWord) || (!cap && houseWords.some((w, k) => FUNCTION_WORDS.has(fold(w)) && !(k === 0 && fold(w) === 'the') && !HOUSE_NAME_ADJECTIVE.test(fold(w))))) continue;
    if (houseWords.length === 1 && !HOUSE_WORD.test(house) && !/\b(?:at|is|address|to|in)[ \t]*$/i.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (!streetCap && !middleWordsOk('1 ' + street)) continue;
    // "Constable Aaron Gillespie, PSNI Strand Road": a person by a title, then where they work, is no house
    if (TITLE_BEFORE_HOUSE.test(text.slice(Math.max(0, start - 16), start))) continue;
    // "Room 2, Beacon House, Mill Lane": the flat or room before the building is part of the address
    const unit = UNIT_BEFORE_RE.exec(text.slice(Math.max(0, start - 20), start));
    if (unit) start -= unit[0].length;
    out.push({ start, end: m.index + m[0].length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS + 1 });
  }
}

/** "they watch Coronation Street", "watching Emmerdale Farm": a programme, not a street or a house. */
const WATCHED_BEFORE = /\b(?:watch|watches|watched|watching)[ \t]+$/i;

const SIGN_OFF_WINDOW = 200;
/** Whether the line holding text[from, to) is `words` alone, under a sign-off line ("Best wishes,"); lines are looked for nearby only. */
function nameAloneUnderSignOff(text: string, from: number, to: number, words: string): boolean {
  const lo = Math.max(0, from - SIGN_OFF_WINDOW);
  const lineStart = text.slice(lo, from).lastIndexOf('\n');
  if (lineStart < 0 && lo > 0) return false;
  const start = lineStart < 0 ? 0 : lo + lineStart + 1;
  const tail = text.slice(to, to + SIGN_OFF_WINDOW);
  const lineEnd = tail.indexOf('\n');
  if (lineEnd < 0 && to + SIGN_OFF_WINDOW < text.length) return false;
  const line = text.slice(start, lineEnd < 0 ? text.length : to + lineEnd).trim();
  if (line !== words || start === 0) return false;
  const prev = text.slice(Math.max(0, start - 1 - SIGN_OFF_WINDOW), start - 1);
  return SIGN_OFF_LINE.test(prev.slice(prev.lastIndexOf('\n') + 1).trim());
}

function findNamedStreets(text: string, out: Candidate[]): void {
  for (const h of matchesNotAfter(text, STREET_HEAD_RE, AFTER_LATIN)) {
    const sliceStart = lastSpacedStart(text, Math.max(0, h.index - 60), h.index, 4);
    const pre = WORDS_BEFORE_STREET_RE.exec(text.slice(sliceStart, h.index));
    if (!pre) continue;
    const m = { index: sliceStart + pre.index, 0: pre[0] + h[0] };
    const words = m[0].split(/\s+/);
    let startIdx = 0;
    // drop leading words that are roles/agencies/function words ("Called Oak Road" → "Oak Road")
    while (startIdx < words.length - 2 && (FUNCTION_WORDS.has(fold(words[startIdx] ?? '')) || HARD_NEVER_WORDS.has(fold(words[startIdx] ?? '')))) startIdx++;
    const kept = words.slice(startIdx);
    const first = fold(kept[0] ?? '');
    // "Best wishes, / Trevor Lane / Admissions": a name alone on the line under a sign-off is the writer, not a street
    // (the lines are looked for within SIGN_OFF_WINDOW characters: a search to the text's ends for each street word was
    // quadratic on a long run of street words with no new line)
    if (kept.length === 2 && nameAloneUnderSignOff(text, m.index, h.index, kept.join(' ').trim())) continue;
    // ("Court Lane", "Crown Street": a capitalised agency word names a street; a role or function word does not)
    if ((HARD_NEVER_WORDS.has(first) && !(/^\p{Lu}/u.test(kept[0] ?? '') && !ROLE_WORDS.has(first) && kept.length === 2)) || FUNCTION_WORDS.has(first)) continue;
    // "the High Street", "the Ring Road": a landmark, not an address
    if (startIdx === 0 && /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    // "they watch Coronation Street": a programme after a watching verb
    if (startIdx === 0 && WATCHED_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (startIdx === 0 && POLICE_BEFORE_STREET.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const offset = words.slice(0, startIdx).reduce((a, w) => a + w.length + 1, 0);
    // "Broom Lane Surgery", "Station Road Primary": a place named after the street, not an address
    if (/^ (?:Surgery|Medical|Health|Practice|Clinic|Centre|Center|School|Primary|Academy|Nursery|Police|Station|Library|Church|Mosque|Masjid|Gurdwara|Mandir|Temple|Synagogue|Chapel|Hall|Surgery|Leisure|Community|Baptist|Methodist)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    out.push({ start: m.index + offset, end: m.index + m[0].length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS - 1 });
  }
}

/** A house-like name described as a service in a bracket or apposition just after it. */
const VENUE_DESCRIBED_AFTER =
  /^[^.\n()]{0,30}[(,–—-][ \t]*(?:the|a|an)?[ \t]*(?:[\p{L}'’-]+[ \t]+){0,3}(?:charity|centre|center|project|service|club|hospice|group|trust|foundation|church|mosque|temple|museum|venue)\b/iu;

/** "PC from Strand Road", "the officer at Lloyd Street": a police station named by its street. */
const POLICE_BEFORE_STREET = /\b(?:PC|PCSO|DC|DS|Sgt|sergeant|officer|police|constable|inspector|custody)[ \t]+(?:\p{L}+[ \t]+)?(?:from|at|based at|in)[ \t]+$/iu;

function findHouseNames(text: string, out: Candidate[]): void {
  for (const h of matchesNotAfter(text, HOUSE_HEAD_RE, AFTER_LATIN)) {
    const sliceStart = lastSpacedStart(text, Math.max(0, h.index - 50), h.index, 4);
    const pre = WORDS_BEFORE_HOUSE_RE.exec(text.slice(sliceStart, h.index));
    if (!pre) continue;
    const m = { index: sliceStart + pre.index, 0: pre[0] + h[0] };
    const words = m[0].replace(/^The /, '').split(/\s+/);
    const first = fold(words[0] ?? '').replace(/'s$/, '');
    if (NOT_HOUSE_FIRST.has(first)) continue;
    // "not to contact Tanya Hall", "Jade Mill said": a given name before a head word that is also a surname is a person,
    // unless an address verb comes before
    if (words.length === 2 && !m[0].startsWith('The ') && /^(?:Hall|Mill|Lodge|Grange|Manor)$/.test(h[0]) && (lexFlags(first) & LEX.FIRST) !== 0 && (lexFlags(first) & LEX.COMMON) === 0 &&
      !/(?:lives|living|live|staying|stays|stayed|moved|address|at|to)[ \t,:]*$/i.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    if (WATCHED_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (/^(?:Surgery|School|Centre|Center|Practice|Clinic|Station)/.test(text.slice(m.index + m[0].length + 1, m.index + m[0].length + 12))) continue;
    if (words.length === 3 && NOT_HOUSE_FIRST.has(fold(words[1] ?? ''))) continue;
    // "the Page Hall estate": an area named after a house; "Hope House after school (the youth charity)": a service
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 70);
    if (/^[ \t]+estate\b/i.test(after) || VENUE_DESCRIBED_AFTER.test(after)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'ADDRESS', priority: PRIORITY.ADDRESS - 2 });
  }
}

/* ---------------------------------------------------------------- SCHOOL */
const SCHOOL_HEAD_RE =
  /(?:primary|junior|juniors|infants?|secondary|high|grammar|academy|college|school|nursery|pre-?school|kindergarten|montessori|pru|sixth form|children['’]s centre|day nursery|pupil referral unit|tots|tinies|playgroup|daycare|day care)(?![A-Za-z\u00C0-\u024F])/gi;
const SCHOOL_TAIL_RE =
  /^(?:[ \t]+(?:primary|junior|infants?|secondary|high|grammar|academy|college|school|nursery|pre-?school|(?:c(?:hurch)? of e(?:ngland)?|ce|rc|catholic|c of e|community|free|foundation|voluntary aided|va|va|methodist|cofe)(?= )))+/i;
const GENERIC_SCHOOL_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an his her their my our your its this that local new old current previous same different another other mainstream special ' +
    'free state private independent faith boarding primary secondary junior infant infants high grammar sixth form further education virtual ' +
    'hospital home year reception nursery early years at to from in of and for with after before secondary school schools college academy ' +
    'community village catholic church ce rc c e his her their pupil student attends attended goes went go moved moving start started ' +
    'sunday saturday weekend kids kid childrens swimming driving dance drama music bible language summer holiday prev former last next ex fe he ' +
    'medium gaelic-medium welsh-medium english-medium irish-medium bilingual gaelic welsh'
  ).split(' '),
);
/** Capitalised words that describe a school's type and sit between its name and its head word. */
const SCHOOL_DESCRIPTORS: ReadonlySet<string> = new Set(
  'community catholic church ce rc c e cofe methodist foundation free voluntary aided controlled county special'.split(' '),
);
const SCHOOL_JOINERS: ReadonlySet<string> = new Set(['st', 'st.', 'saint', 'of', 'and', '&', 'the', 'c', 'e', 'ce', 'rc', 'lady', 'our']);
const SCHOOL_WORD_RE = /([A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’.&-]*|&)[ \t]+/g;

/** Joiners accepted in lower case too: "st marys primary", "st john's c of e primary". */
const LOWER_JOINERS: ReadonlySet<string> = new Set(['of', 'and', '&', 'st', 'st.', 'saint', 'c', 'e', 'ce', 'rc']);
const SIZE_OR_STAGE = /^(?:one|two|three|four|five|single|small|large|big|tiny|rural|village|all|mixed|non)-\p{L}+$/iu;
const AFTER_SCHOOL_NOT_NAME: ReadonlySet<string> = new Set(['meals', 'nurse', 'transport', 'uniform', 'run', 'holidays', 'holiday', 'term', 'bus', 'trip', 'age', 'protocol', 'policy', 'procedure', 'pathway', 'guidance']);

const SPORT_NEAR = /\b(?:coach|coaching|football|rugby|cricket|netball|hockey|basketball|boxing|swimming|athletics|team|squad|training|match|league|u\d{1,2}s?|under[- ]\d{1,2}s?)\b/i;

function namedPlacesOnly(span: string): boolean {
  const words = span.split(/[\s]+/).filter((w) => w !== '' && !SCHOOL_JOINERS.has(fold(w)) && !SCHOOL_DESCRIPTORS.has(fold(w)));
  return words.length > 0 && words.every((w) => PLACE_WORDS.has(fold(w)));
}

export function findSchools(text: string, out: Candidate[]): void {
  for (const m of matchesNotAfter(text, SCHOOL_HEAD_RE, AFTER_LATIN_I)) {
    const head = m[0];
    if (head === 'high' || head === 'HIGH') {
      // lower-case "high" only after an unknown lower-case word: "oakwood high"
      const prevWord = /([\p{L}]+)[ \t]+$/u.exec(text.slice(Math.max(0, m.index - 30), m.index));
      const pw = fold(prevWord?.[1] ?? '');
      if (pw.length < 4 || LOWER_WORDS.has(pw) || GENERIC_SCHOOL_WORDS.has(pw)) continue;
    }
    // walk back over the words that name the school
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const words = [...before.matchAll(SCHOOL_WORD_RE)];
    let start = m.index;
    let named = 0;
    for (let k = words.length - 1; k >= 0 && words.length - k <= 5; k--) {
      const w = words[k];
      if (!w) break;
      const wStart = before.length - (before.length - w.index) + (m.index - before.length);
      if (wStart + w[0].length !== start) break; // must be contiguous
      const raw = w[1] ?? '';
      const f = fold(raw).replace(/['’]s?$/, '');
      const cap = /^\p{Lu}/u.test(raw);
      // "…doesn't fit. School is": a word that ends a sentence is not part of the next one's school name
      if (/[.]$/.test(raw) && f !== 'st.') break;
      if (SCHOOL_JOINERS.has(f) && (cap || LOWER_JOINERS.has(f))) {
        start = wStart;
        continue;
      }
      if (SCHOOL_DESCRIPTORS.has(f) && cap) {
        start = wStart;
        continue;
      }
      // "a two-teacher school", "Non-Mobile Infants": a school's size or a child's stage, not its name
      if (GENERIC_SCHOOL_WORDS.has(f) || HARD_NEVER_WORDS.has(f) || SIZE_OR_STAGE.test(raw)) break;
      // "isn't school staff", "didnt school": a contraction is no school's name
      if (!cap && (/['’](?:t|ll|re|ve|d|m)$/.test(f) || /^(?:is|was|are|were|do|does|did|has|have|had|could|would|should|wo|ca)n['’]?t$/.test(f))) break;
      if (cap || (!LOWER_WORDS.has(f) && f.length >= 3 && !FUNCTION_WORDS.has(f))) {
        start = wStart;
        named++;
        continue;
      }
      break;
    }
    // "…it. Does school need": an everyday word capitalised only because it opens the sentence names nothing
    const firstWord = /^([\p{L}'’]+)[ \t]+/u.exec(text.slice(start, m.index));
    if (firstWord && named === 1 && LOWER_WORDS.has(fold(firstWord[1] ?? '')) && /(?:^|[.!?\n][ \t"'‘“]*)$/.test(text.slice(Math.max(0, start - 4), start))) continue;
    if (named === 0) continue;
    // "at Forest School", "Beach School": outdoor-learning sessions, not a named school
    if (named === 1 && /^(?:forest|beach|outdoor|wild)[ \t]+$/i.test(text.slice(start, m.index)) && /^school$/i.test(head)) continue;
    // "Church of England school", "a Leeds school": a lower-case head needs a name that is not just a place
    if (/^[a-z]/.test(head) && namedPlacesOnly(text.slice(start, m.index))) continue;
    // trim leading joiners ("of", "and", "the")
    const lead = text.slice(start, m.index).match(/^(?:(?:of|and|&|the|The)[ \t]+)+/);
    if (lead) start += lead[0].length;
    let end = m.index + head.length;
    const tail = SCHOOL_TAIL_RE.exec(text.slice(end, end + 60));
    if (tail) end += tail[0].length;
    // "football coach at the Handsworth juniors": a sports club's junior section, not a junior school
    if (/^juniors$/i.test(head) && SPORT_NEAR.test(text.slice(Math.max(0, start - 60), Math.min(text.length, end + 60)))) continue;
    if (FOOTBALL_ACADEMY.test(text.slice(start, end))) continue;
    const nextWord = /^[ \t]+([\p{L}]+)/u.exec(text.slice(end, end + 30));
    if (nextWord && AFTER_SCHOOL_NOT_NAME.has((nextWord[1] ?? '').toLowerCase())) continue;
    // "his son Ryan's school reports", "Amira's nursery": a child's school, named by the child, is no school's name
    const named1 = text.slice(start, m.index).trim();
    if (/^\p{Lu}\p{Ll}+['’]s$/u.test(named1) && childOwnsSchool(named1.slice(0, -2))) continue;
    out.push({ start, end, kind: 'SCHOOL', priority: PRIORITY.SCHOOL });
  }
}


/* ---------------------------------------------------------------- SCHOOL by context */
/**
 * Schools named without a school word, found by where they sit: after "goes to", "attends", "she's at",
 * "in Y8 at", "bullied at"; as the value of a "School:" label; in brackets after a school word
 * ("preschool here (little oaks)"); after "Ysgol"; and the religious dedications schools carry
 * ("sacred heart", "Holy Trinity CofE").
 */
const SCHOOL_CUE_RE =
  /(?:goes to|go to|going to|went to|attends|attended|attending|(?:she|he|they|shes|hes|she['’]s|he['’]s|they['’]re|theyre|we['’]re|she is|he is|they are|we are|who is|both|still|now)[ \t]+(?:now[ \t]+|still[ \t]+|currently[ \t]+)?at|\(?(?:y|yr|year|p)[ \t]?\d{1,2}[a-z]?\)?[ \t]+at|\d{1,2}[A-Z][ \t]+at|\d{1,2}[,.][ \t]+at|(?:is|was)[ \t]+(?:now[ \t]+|still[ \t]+)?at|goes(?=[ \t]+(?:st\.?|saint)[ \t])|bullied at|excluded from|expelled from|suspended from|taken out of|taken off roll at|taken off roll from|removed from roll at|pulled out of|(?:came|come|moved)(?: over)? (?:to us|here) from|transferred(?: to us| here)? from|(?:came|come|comes|coming|moved|moving) up from|on roll at|on (?:the|their|our) roll at|joined (?:us )?from|started at|starts at|start at|starting at|picks? (?:her|him|them) up from|someone at|kids at|kids from|children from|lads at|girls at|boys at|new starter at|(?:cleaner|caretaker|cook|escort|dinner lady|midday supervisor|midday|crossing patrol|lollipop lady|lollipop man|site team|site manager|minibus driver)[ \t]+(?:at|for)|(?:not|hasnt|hasn['’]t|havent|haven['’]t) been at|pupils? at|pupils? from|students? at|outside|letter from|head of(?![ \t]+year)|dsl at|senco at|turned up (?:at|to)|arrived at|dropped (?:him |her |them )?off at|(?:key ?worker|room leader|nursery (?:nurse|worker|manager|practitioner)|early years (?:practitioner|worker|educator)|childminder|dsl|ddsl|dsl['’]s deputy|deputy dsl|dsl colleague|senco|sendco|deputy head|headteacher|head teacher|class teacher|form tutor|teaching assistant|lsa|hlta|attendance officer|pastoral (?:team|lead|manager|officer|support)|eal (?:coordinator|co-ordinator|lead|teacher)|school nurse|learning mentor|head of year|hoy|inclusion (?:lead|manager)|business manager|office manager|family liaison officer|cover supervisor|lunchtime supervisor|exams officer)[ \t]+(?:at|for)|\d{1,2}[- ]years?[- ]old(?:[ \t]+(?:boy|girl|pupil|student|lad))?[ \t]+at|(?:the[ \t]+)?gates of)[ \t]+/gi;
const SCHOOL_LABEL_RE = /^[ \t]*(?:[-*•][ \t]*)?(?:previous |current |new |old |child['’]s )?(?:school|nursery|setting|college|academy|pre-?school)(?:[ \t]*\/[ \t]*(?:school|nursery|setting|college|academy|pre-?school))?(?: name)?[ \t]*[:=-][ \t]*/gim;
const BRACKET_AFTER_SCHOOL_RE = /(?:school|nursery|pre-?school|setting|academy|college)(?:[ \t]+here)?[ \t]*\(/gi;
/** The Welsh and Gaelic articles inside a school's name ("ysgol y graig", "sgoil na mara"). */
const CELTIC_ARTICLE = /^(?:y|yr|na|nan|an|a)$/;
const LOWER_YSGOL_RE = /(?<![\p{L}])(?:ysgol|sgoil|scoil|bunscoil|gaelscoil|meithrinfa)[ \t]+((?:[\p{Ll}'’-]{1,20})(?:[ \t]+[\p{Ll}'’-]{1,20}){0,3})/gu;
/** Welsh, Irish and Scottish Gaelic schools, with the article inside the name ("Ysgol y Graig", "Sgoil nan Loch"). */
const YSGOL_RE = /(?<![\p{L}])(?:Ysgol|Scoil|Sgoil|Bunscoil|Bun-sgoil|Bun-Sgoil|Gaelscoil|Sgoil-àraich|Sgoil-araich|Cròileagan|Croileagan|Cylch Meithrin|Meithrinfa|Meithrin|Naíscoil|Naiscoil|Meánscoil|Meanscoil|Coláiste|Szkoła|Szkola|Szkoła Polska|Szkola Polska)(?:[ \t]+(?:y|yr|na|nan|an|a['’])(?=[ \t]+\p{Lu}))?(?:[ \t]+[\p{Lu}][\p{L}'’-]*){1,3}(?:[ \t]+im\.(?:[ \t]+[\p{Lu}][\p{L}'’-]*){1,3})?/gu;
const NOT_A_PUPIL_BEFORE_AT: ReadonlySet<string> = new Set('it that what there here where who he she mum dad nan gran grandad grandma everyone everything one this mam mom mummy daddy'.split(' '));
const BEEN_IN_SAINT_RE = /(?:been|back)[ \t]+(?:in(?:to)?|at)[ \t]+(?=(?:st\.?|saint)[ \t]+\p{L})/giu;
/** "his new school, Ferncliffe –", "(Y7, Highfields)": a school named in apposition, or after a pupil's year in brackets. */
const SCHOOL_APPOSITION_RE =
  /(?:(?:new|old|previous|current|his|her|their|my|the|child['’]s)[ \t]+(?:school|nursery|college|academy|setting)[ \t]*,|\((?:y|yr|year|p|s)[ \t]?\d{1,2}[a-z]?[ \t]*,)[ \t]*/gi;
/** "the lad from Kingsmead (yr 11, …)", "at Oakridge (Y4)": a capitalised word after from/at right before a pupil's year in brackets. */
const SCHOOL_BEFORE_YEAR_RE = /(?<![\p{L}])(?:from|at|attends|attending)[ \t]+(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?)[ \t]+\((?:[Yy](?:r|ear)?|[PpSs])[ \t]?\d{1,2}\b/gu;
/** "St Brigid's PS", "Scoil Mhuire NS": the Northern Irish and Irish abbreviations of a primary or national school. */
const SCHOOL_ABBREVIATION_RE = /(?<![\p{L}])((?:St\.?[ \t]+|Saint[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})[ \t]+(?:PS|NS|IPS|CPS)\b/gu;
const DEDICATION_RE =
  /(?:sacred heart|holy (?:trinity|family|cross|rosary|name|spirit|ghost)|christ the king|corpus christi|all saints|english martyrs|blessed sacrament|good shepherd|our lady(?: of [A-Za-z\u00C0-\u024F'’]+| queen of [A-Za-z\u00C0-\u024F]+)?)(?![A-Za-z\u00C0-\u024F])(?:[ \t]+(?:cofe|c of e|ce|rc|catholic|primary|infants?|juniors?|school|academy|high|college))*/gi;
const DEDICATION_PHRASE = new RegExp(`^(?:(?:st\\.?|saint)[ \\t]|${DEDICATION_RE.source})`, 'i');
const CHURCH_NEAR = /(?:sunday school|bible|choir|parish|\bmass\b|service|worship|prayer|youth club|youth group|church|congregation|vicar|priest|curate|\bhall\b|\bgroup\b|\bmeets?\b|cathedral|chapel|christening|baptism|funeral|wedding)/i;
/**
 * "the choir at Holy Cross", "the hall next to St Cuthbert's": a saint or a dedication in a church's context, or with a
 * church's word after it ("St Mary's hospital"), is no school (the school rules ask the same of their own finds).
 */
export function isChurchDedication(text: string, start: number, end: number): boolean {
  if (!DEDICATION_PHRASE.test(text.slice(start, end))) return false;
  return NOT_SAINT_SCHOOL_AFTER.test(text.slice(end, end + 16)) || CHURCH_NEAR.test(text.slice(Math.max(0, start - 80), Math.min(text.length, end + 80)));
}

/** "key worker at little acorns": the same shape in lower case, after "at"/"from"/"to" (a cue as strong as a school word). */
const LOWER_NURSERY_NAME_RE = /(?<=(?:^|[^\p{L}])(?:at|from|to|attends|attended)[ \t]{1,2})(?:little|tiny|busy|wee)[ \t]([a-z]{3,}s)(?![\p{L}'’])/gu;
/**
 * "the kids go to hilltop primary", "at park lane primary", "attends oak tree academy": after a going or attending cue,
 * one or two lower-case words before a school word name the school even when they are everyday words.
 */
const LOWER_NAMED_SCHOOL_RE =
  /(?:goes to|go to|going to|went to|gone to|attends|attended|attending|at|from|school is|nursery is|college is)[ \t]+((?:st\.?[ \t]+)?[a-z][a-z'’-]{2,20}(?:[ \t]+[a-z][a-z'’-]{2,20})?[ \t]+(?:primary|academy|college|infants|juniors|nursery|high))(?![\p{L}])/gu;
/** Words before a school word that describe a kind of school or a course, not a school's name ("night school", "big school"). */
const NOT_SCHOOL_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    'big good bad best nice small little local nearby new old same other another different special boarding art arts night film ' +
    'football sports sport stage ballet riding cookery medical law business technical performing further sixth secondary primary ' +
    'junior infant private state free faith grammar comprehensive catholic church village town city community language drama dance music ' +
    'driving swimming summer sunday forest beach outdoor holiday police army naval military flight bible day tech training ' +
    'teacher teachers staff agricultural nursing dental theatre theological fe adult evening weekend saturday christmas easter ' +
    'winter term half online plant garden'
  ).split(' '),
);
/** "He attends the academy on Ridge Road": a school named by its street, after an attending cue. */
const SCHOOL_ON_STREET_RE = new RegExp(
  `(?:goes to|go to|going to|went to|attends|attended|attending|is at|was at|at|from)[ \\t]+the[ \\t]+((?:primary|secondary|high|school|academy|college|nursery|juniors|infants)(?:[ \\t]+school)?[ \\t]+(?:on|off)[ \\t]+(?:\\p{Lu}[\\p{L}'’-]+[ \\t]+){1,3}${STREET_SUFFIX})(?![\\p{L}])`,
  'giu',
);
/** "Chloe (Tiffin Girls)": a girls' or boys' school in brackets after a pupil. */
const BRACKETED_GIRLS_SCHOOL_RE = /\((\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?[ \t]+(?:Girls|Boys)['’]?)\)/gu;
/**
 * "he wears a Brookside jumper", "from oakfield breakfast club", "round st marys gates": a school named by what belongs to it —
 * its uniform, its gates, its clubs.
 */
const SCHOOL_BELONGING_RE = /(?:uniforms?|blazers?|jumpers?|sweatshirts?|cardigans?|pe kit|gates|playground|breakfast club|after[- ]?school club|wraparound|school run)(?![\p{L}])/gu;
const NOT_UNIFORM_NAME =
  /^(?:nike|adidas|puma|reebok|gucci|primark|fila|umbro|lacoste|next|asda|tesco|george|zara|hollister|superdry|champion|vans|converse|lonsdale|everlast|kappa|ellesse|boohoo|shein|moncler|stone|canada|north|christmas|xmas|football|rugby|cricket|netball|scout|scouts|brownie|brownies|cubs|beavers|guides|cadet|cadets|army|police|work|school|old|new|uniqlo|matalan|sainsburys|levis?|hilfiger|burberry|stussy|trapstar|corteiz|berghaus|patagonia|columbia|barbour|joules|boden|monsoon|jd|utd|united|city|fc|rovers|town|wanderers|athletic|albion|rangers|celtic|england|scotland|wales|ireland|black|grey|gray|navy|red|blue|green|white|purple|maroon|yellow|pink|orange|brown|burgundy|bottle|royal|sky|dark|light|clean|dirty|wrong|right|my|his|her|their|our|your|a|an|the)$/i;

/** "his uniform for Holy Cross", "a blazer from St Bede's": a capitalised name after the school's uniform is the school. */
const UNIFORM_FOR_RE = /(?:uniform|blazer|jumper|sweatshirt|cardigan|pe kit)[ \t]+(?:for|from)[ \t]+(?=\p{Lu})/gu;

const LOWER_SCHOOL_HEAD = /(?:primary|academy|college|infants|juniors|nursery|high)(?![a-z])/;
const SCHOOL_BELONGING_HEAD = /uniform|blazer|jumper|sweatshirt|cardigan|pe kit|gates|playground|breakfast club|school club|wraparound|school run/;

function findLowerCaseSchools(text: string, out: Candidate[]): void {
  const head = LOWER_SCHOOL_HEAD.test(text);
  if (head) for (const m of matchesNotAfter(text, LOWER_NAMED_SCHOOL_RE, AFTER_LETTER_U)) {
    const span = m[1] ?? '';
    const words = span.split(/[ \t]+/);
    const nameWords = words.slice(0, -1).filter((w) => !/^st\.?$/.test(w)).map((w) => fold(w).replace(/['’]s$/, ''));
    if (nameWords.length === 0) continue;
    // "prices at sky high", "from knee high": a lower-case "high" needs a going cue, not a bare "at"/"from"
    if (/high$/.test(span) && /^(?:at|from)[ \t]/i.test(m[0]) && !/(?:\b(?:is|was|are|were|still|now)|['’]s)[ \t]+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // (calendar words such as "bank" or "may" are fine inside a name; the ones that name a kind of school are listed)
    if (nameWords.some((w) => FUNCTION_WORDS.has(w) || HARD_NEVER_WORDS.has(w) || NOT_SCHOOL_NAME_WORDS.has(w) || GENERIC_SCHOOL_WORDS.has(w))) continue;
    // "went to leeds college": a town alone before the school word is not the school's name (one click is cheaper than
    // a miss, but a county or country is never one)
    if (nameWords.length === 1 && PLACE_WORDS.has(nameWords[0] ?? '') && /^(?:[a-z]+shire|england|scotland|wales|ireland|london|uk)$/.test(nameWords[0] ?? '')) continue;
    const start = m.index + m[0].length - span.length;
    pushSchool(text, start, start + span.length, out);
  }
  if (/ on | off /i.test(text) && /primary|secondary|high|school|academy|college|nursery|juniors|infants/i.test(text)) for (const m of matchesNotAfter(text, SCHOOL_ON_STREET_RE, AFTER_LETTER_IU)) {
    const span = m[1] ?? '';
    const start = m.index + m[0].length - span.length;
    out.push({ start, end: start + span.length, kind: 'SCHOOL', priority: PRIORITY.SCHOOL });
  }
  if (/Girls|Boys/.test(text)) for (const m of text.matchAll(BRACKETED_GIRLS_SCHOOL_RE)) {
    const first = fold((m[1] ?? '').split(/[ \t]/)[0] ?? '');
    if (FUNCTION_WORDS.has(first) || HARD_NEVER_WORDS.has(first) || CALENDAR_WORDS.has(first) || /^(?:year|under|u\d+|the|all|only|both)$/.test(first)) continue;
    pushSchool(text, m.index + 1, m.index + 1 + (m[1] ?? '').length, out);
  }
  if (SCHOOL_BELONGING_HEAD.test(text)) for (const m of matchesNotAfter(text, SCHOOL_BELONGING_RE, AFTER_LETTER_U)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const w = /(?<![\p{L}'’-])(?:((?:st|saint|St|Saint)\.?)[ \t]+)?([\p{L}][\p{L}'’-]*)[ \t]+$/u.exec(before);
    if (!w) continue;
    const word = w[2] ?? '';
    const f = fold(word).replace(/['’]s$/, '');
    const saint = w[1] !== undefined;
    const cap = /^\p{Lu}/u.test(word);
    if (FUNCTION_WORDS.has(f) || HARD_NEVER_WORDS.has(f) || CALENDAR_WORDS.has(f) || NOT_UNIFORM_NAME.test(f) || GENERIC_SCHOOL_WORDS.has(f)) continue;
    if (!saint) {
      // a possessive is a person's ("Tom's jumper"); a capitalised word needs to be in no list but places' (a school's
      // own name), a lower-case one in no list at all ("oakfield breakfast club")
      if (/['’]s$/.test(word)) continue;
      const flags = lexFlags(f);
      if (cap ? (flags & ~(LEX.PLACE | LEX.SURNAME | LEX.LOCALITY)) !== 0 || PLACE_WORDS.has(f) : (flags & ~LEX.LOCALITY) !== 0) continue;
      // the opener of a sentence is no evidence of a name
      if (cap && /(?:^|[.!?\n][ \t"'‘“]*)$/.test(before.slice(0, before.length - w[0].length))) continue;
      // "gates" and "playground" belong to a school only with a saint's name; a plain name there is a park or a house
      if (/^(?:gates|playground)$/.test(m[0])) continue;
    }
    const start = m.index - w[0].length;
    pushSchool(text, start, start + w[0].trimEnd().length, out);
  }
  if (SCHOOL_BELONGING_HEAD.test(text)) for (const m of matchesNotAfter(text, UNIFORM_FOR_RE, AFTER_LETTER_U)) {
    const from = m.index + m[0].length;
    const first = fold(/^[\p{L}'’-]+/u.exec(text.slice(from, from + 30))?.[0] ?? '');
    // ("uniform for September", "jumper from Primark", "uniform for Year 7": a month, a shop or a year is no school)
    if (FUNCTION_WORDS.has(first) || HARD_NEVER_WORDS.has(first) || CALENDAR_WORDS.has(first) || NOT_UNIFORM_NAME.test(first) || GENERIC_SCHOOL_WORDS.has(first)) continue;
    const end = schoolRunEnd(text, from, false, false);
    if (end > from) pushSchool(text, from, end, out);
  }
}

const NURSERY_NAME_RE = /(?:Little|Tiny|Busy|Wee)[ \t]([\p{Lu}][\p{Ll}]{2,}s)(?![\p{L}'’])/gu;
const SCHOOL_RUN_JOINERS: ReadonlySet<string> = new Set(['st', 'st.', 'saint', 'of', 'the', 'our', 'lady', '&', 'and', 'cofe', 'ce', 'rc', 'c', 'e']);
const RUN_WORD_RE = /^[ \t]*([\p{L}][\p{L}'’.-]*|&)/u;

/**
 * The school's name starting at `from`: up to five capitalised words (with St/of/the/Our Lady/CofE joiners),
 * or up to two lower-case words found in no word list ("westbrook"). Returns its end, or -1.
 */
const NOT_A_SCHOOL_RUN =
  /^[ \t]*(?:flat|apartment|apt|room|unit|number|no|house)\b|\b(?:cottage|cottages|house|lodge|farm|barn|manor|bungalow|villa|rectory|vicarage|hostel|foyer|hotel|hospital|surgery|clinic)\b/i;
/** "at Ashcroft, Wembley Hill Road": a house name before its street. */
const STREET_AFTER_RUN = /^,[ \t]*(?:\d{1,4}[a-z]?[ \t]+)?(?:[\p{L}'’-]+[ \t]+){0,3}(?:road|rd|street|st|lane|avenue|ave|close|drive|way|crescent|grove|gardens|terrace|mews|row|walk|view|rise)\b/iu;

/** "at Tigh na Mara, Kingussie PH21 1HP": a house name (with its Gaelic, Welsh or Cornish article) before a town and a postcode. */
const POSTCODE_AFTER_RUN = /^(?:[ \t]+(?:na|nan|an|y|yr|ar|de|la|le)[ \t]+\p{Lu}[\p{L}'’-]+)*,?(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2},?[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b/u;

const CHILD_BEFORE_AT_RE = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:[ \t]+\((?:y|yr|year)?[ \t]?\d{1,2}\))?$/u;
const CONTACT_BEFORE_RE = /\b(?:to|from|with|called|rang|phoned|emailed|e-mailed|contacted|asked|told|cc|cc'd|fao|via|and)[ \t]+$/i;

function schoolRunEnd(text: string, from: number, allowLower: boolean, allowPlace: boolean): number {
  let pos = from;
  let end = -1;
  let named = 0;
  let lowerNamed = 0;
  const firstOnly: string[] = [];
  let afterSaint = false;
  for (let k = 0; k < 5; k++) {
    const m = RUN_WORD_RE.exec(text.slice(pos, pos + 40));
    if (!m) break;
    const raw = (m[1] ?? '').replace(/[.]$/, '');
    const f = fold(raw).replace(/['’]s$/, '');
    const wordEnd = pos + m[0].length - ((m[1] ?? '').length - raw.length);
    const cap = /^\p{Lu}/u.test(raw);
    if (k > 0 && !/^[ \t]+$/.test(text.slice(pos, pos + m[0].length - (m[1] ?? '').length))) break;
    // "at st mary's": a lower-case saint opens a name too
    if (SCHOOL_RUN_JOINERS.has(f) && (cap || (k > 0 && (f === 'of' || f === '&')) || (k === 0 && allowLower && (f === 'st' || f === 'saint')))) {
      if (k === 0 && (f === 'the' || f === 'of' || f === '&' || f === 'and')) break;
      afterSaint = k === 0 && (f === 'st' || f === 'saint');
      // "St. Mary's": the abbreviation's full stop is inside the name
      pos = f === 'st' ? pos + m[0].length : wordEnd;
      continue;
    }
    // "st marys", "st johns": after a saint any name goes, even one that is an everyday word
    if (afterSaint && !cap && /^[a-z\u00df-\u024f'’-]{3,}$/.test(f) && !FUNCTION_WORDS.has(f) && !HARD_NEVER_WORDS.has(f) && !CALENDAR_WORDS.has(f)) {
      afterSaint = false;
      lowerNamed++;
      pos = wordEnd;
      end = wordEnd;
      continue;
    }
    afterSaint = false;
    if (CALENDAR_WORDS.has(f) || HARD_NEVER_WORDS.has(f) || FUNCTION_WORDS.has(f) && !cap) break;
    if (cap) {
      if (GENERIC_SCHOOL_WORDS.has(f) && named === 0 && !/^(?:primary|academy|high|college|school|nursery|infants?|juniors?)$/.test(f)) break;
      named++;
      firstOnly.push(f);
      pos = wordEnd;
      end = wordEnd;
      continue;
    }
    // (a word that speech only ever capitalises, "oakwood", is a name typed in lower case)
    if (allowLower && named === 0 && lowerNamed < 2 && !LOWER_WORDS.has(f) && (!COMMON_WORDS.has(f) || (lexFlags(f) & LEX.PROPER_ONLY) !== 0) && /^[a-z\u00df-\u024f'’-]{4,}$/.test(f)) {
      lowerNamed++;
      pos = wordEnd;
      end = wordEnd;
      continue;
    }
    break;
  }
  if (end < 0) return -1;
  // "a letter from Okafor & Webb Lettings": a firm, not a school
  if (BUSINESS_SUFFIXES.has(fold(/[\p{L}]+$/u.exec(text.slice(from, end))?.[0] ?? '')) || /&[ \t]*(?:Sons?|Daughters?|Bros|Brothers|Co)$/.test(text.slice(from, end))) return -1;
  // "going to Clare's Law him": a scheme or a law named after someone, not a school; "Non-Mobile Infants protocol": a policy
  if (/^[ \t]+(?:law|act|scheme|rule|syndrome|protocol|policy|procedure|pathway|guidance)\b/i.test(text.slice(end, end + 12))) return -1;
  // "going to Hargeisa in the summer", "go to Dyfed-Powys": a city of the world or a place's hyphenated name, not a school
  if ((lexFlags(fold(text.slice(from, end).trim())) & LEX.WORLD_CITY) !== 0 || /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(text.slice(from, end).trim())) return -1;
  // "she's at Flat 3", "they're at Hawthorn Cottage": an address, not a school
  if (NOT_A_SCHOOL_RUN.test(text.slice(from, end)) || STREET_AFTER_RUN.test(text.slice(end, end + 60)) || POSTCODE_AFTER_RUN.test(text.slice(end, end + 60))) return -1;
  // "goes to Leeds", "back to Nigeria": a single well-known place or an ordinary word is not a school
  if (named + lowerNamed === 1 && firstOnly.length <= 1) {
    const only = firstOnly[0] ?? fold(text.slice(from, end).trim());
    // a GeoNames town in no name list ("went to Tiverton") is a place too
    const gazetteerPlace = (lexFlags(only) & (LEX.PLACE | LEX.FIRST | LEX.SURNAME)) === LEX.PLACE;
    if (!allowPlace && (PLACE_WORDS.has(only) || gazetteerPlace)) return -1;
    if (PLACE_WORDS.has(only) && /^(?:[a-z]+shire|england|scotland|wales|ireland|london|uk)$/.test(only)) return -1;
  }
  // "joined from Hong Kong", "moved up from Market Harborough": a place of two to four words is a place too
  if (!allowPlace && named + lowerNamed >= 2 && named + lowerNamed <= 4 && PLACE_PHRASES.has(fold(text.slice(from, end).trim()).replace(/\s+/g, ' '))) return -1;
  return end;
}

/** "the Swansea City academy", "Forest Green Rovers academy": a football club's academy, not a school. */
const FOOTBALL_ACADEMY =
  /(?<![\p{L}])(?:(?:[Uu]nited|[Rr]overs|[Aa]thletic|[Ww]anderers|[Aa]lbion|FC|fc|[Vv]illa|[Rr]angers|[Cc]eltic|[Hh]otspur|[Tt]histle|Hibs|Hearts|Spurs|Wolves|Saints|Gers|Jags|Dons|Accies)[ \t]+[Aa]cademy|(?:[Cc]ity|[Tt]own|[Ff]orest|[Cc]ounty)[ \t]+academy)$/u;

const WORSHIP_OR_CLUB_AFTER = new RegExp(`^['’]?s?[ \\t]+(?:${[...WORSHIP_NOUNS, 'youth'].join('|')})(?![\\p{L}])`, 'iu');
const WORSHIP_AT_END = /(?<![\p{L}])(?:church|chapel|mosque|masjid|gurdwara|mandir|temple|synagogue|cathedral)$/iu;
const VENUE_AT_END = /(?<![\p{L}])(?:church|chapel|mosque|masjid|gurdwara|mandir|temple|synagogue|cathedral|hall|centre|center|library|surgery|hospital|infirmary|general|rec|stadium|arena|baths)$/iu;
/** ("U11s train on pitch 2 at Victoria Park": a park where a team trains or children play; "due to start at Westfield Park" is a school) */
const PLAY_BEFORE_PARK = /\b(?:pitch(?:es)?|train|trains|training|match|matches|playing|play|plays|played|swings|skate|walk|walked|walking|dog|kick ?about|football|cricket|rugby|park ?run)\b/i;

/**
 * Whether text[start, end), shaped like a school's name, is something else the school rules know: a day or a season
 * ("Tamil school (Saturday)"), a town after "St" ("St Ives"), a child's school named by the child ("Ryan's school"),
 * a place of worship or a venue ("Grace Church", "Bilal's mosque", "St Anne's youth club"), a football club's academy.
 * The school rules and the trained school tagger (place-tagger.ts) both ask it.
 */
export function schoolLookAlike(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  if (CALENDAR_WORDS.has(fold(span))) return true;
  if (/^(?:st\.?|saint)[ \t]/i.test(span) && PLACE_PHRASES.has(fold(span).replace(/^saint /, 'st ').replace(/^st\. /, 'st ').replace(/['’]/g, ''))) return true;
  if (/^\p{Lu}\p{Ll}+['’]s[ \t]+(?:school|nursery|college|academy)$/u.test(span) && childOwnsSchool(span.split(/['’]/)[0] ?? '')) return true;
  if (VENUE_AT_END.test(span) || WORSHIP_OR_CLUB_AFTER.test(text.slice(end, end + 14)) || /^[ \t]+(?:General|Infirmary|Hospital|Royal Infirmary)\b/.test(text.slice(end, end + 18))) return true;
  if (/(?<![\p{L}])(?:park|fields)$/iu.test(span) && PLAY_BEFORE_PARK.test(text.slice(Math.max(0, start - 40), start))) return true;
  return FOOTBALL_ACADEMY.test(span);
}

function pushSchool(text: string, start: number, end: number, out: Candidate[]): void {
  // a trailing possessive stays inside ("St Cuthbert's") but trailing punctuation does not
  while (end > start && /[\s.,;:!?)'’-]/.test(text[end - 1] ?? '') && !/['’]s$/i.test(text.slice(start, end))) end--;
  if (end > start && !schoolLookAlike(text, start, end)) out.push({ start, end, kind: 'SCHOOL', priority: PRIORITY.SCHOOL - 1 });
}

/**
 * "Ryan's school", "from Favour's school": a capitalised word before "'s school" is the child whose school it is — a
 * given name, or any word but a title's or a place's ("King's School", "Queen's College"), for schools are not named so.
 */
function childOwnsSchool(word: string): boolean {
  const owner = fold(word);
  const bits = lexFlags(owner);
  return (bits & LEX.FIRST) !== 0 || ((bits & LEX.PLACE) === 0 && !PLACE_WORDS.has(owner) && !/^(?:king|queen|bishop|lady|prince|princess|duke|archbishop|dean|st|saint|children|girls|boys|women|ladies|mothers|fathers)$/.test(owner));
}

const TRIP_AFTER =
  /^[ \t]+(?:then\b|and then\b|on holiday\b|to (?:see|visit|stay)\b|for (?:the |a |an )?(?:fair|weekend|week|summer|holidays?|funeral|wedding|festival|month|night|day|christmas|eid|easter|half term)\b)/i;
/** "a 16-year-old from St Thomas More": a pupil by age, from a saint's school (a town after "from" is an origin). */
const AGE_FROM_SAINT_RE = /\d{1,2}[- ]years?[- ]old(?:[ \t]+(?:boy|girl|pupil|student|lad))?[ \t]+from[ \t]+(?=(?:St\.?|Saint)[ \t]+\p{Lu})/giu;
/** "school is Moat Community College", "Her nursery is Little Owls": the school named after its word and "is". */
const LOWER_SCHOOL_TAIL_RE = /^(?:[ \t]+(?:community|comprehensive|grammar|high|primary|junior|infant|catholic|church|c of e|cofe|free))*[ \t]+(?:college|school|academy|primary)\b/;
const SCHOOL_IS_RE = /(?:school|nursery|college|academy|setting)[ \t]+(?:is|was)[ \t]+(?=\p{Lu}|(?:st|saint)\.?[ \t]+\p{Ll})/gu;

/**
 * "Connor's S4 at St Andrew's", "forwarding this from st wilfrid's", "was at st marys before": a saint's name with its
 * possessive after at/from/to is a school in these messages (a church, hospital or hospice says so: "St Mary's church").
 */
// (the place words are looked for behind the cue word, not before it: a pattern that opens with its keywords is searched
// quicker; each cue word is in the lookbehind whole, as no cue word ends another)
const SAINT_SCHOOL_RE = /(?:at|from|to|attends|attended)(?<!(?:next|close|near|up|down|opposite|round)[ \t](?:at|from|to|attends|attended))[ \t]+((?:St\.?|st\.?|Saint|saint)[ \t]+\p{L}[\p{Ll}]+(?:['’]s|s)?)(?![\p{L}'’])/gu;
const NOT_SAINT_SCHOOL_AFTER = /^[ \t]+(?:church|chapel|cathedral|hospital|hospice|centre|center|hall|road|rd|street|st|lane|avenue|close|square|park|surgery|ward|day|court|house|station|way|place|parish|community)\b/i;
const PUPIL_YEAR = /(?<![\p{L}])(?:y|yr|year|p|s)[ \t]?\d{1,2}\b/iu;
const PUPIL_WORD =
  /\b(?:class|pupils?|students?|school|teachers?|form|tutor|dsl|senco|head|kids|children|boy|girl|lad|lass|nursery|reception|uniform|on roll|transition|attendance|excluded)\b/iu;
/** A pupil's year or a school word (two searches, not one for either: in a Unicode pattern that is several times quicker). */
const isPupilContext = (s: string): boolean => PUPIL_YEAR.test(s) || PUPIL_WORD.test(s);
/** "the bus for st josephs rc", "St Peter's CE": a saint's name with a denomination's tag is its school (a church says so). */
const SAINT_DENOMINATION_RE =
  /(?<![\p{L}])((?:St\.?|st\.?|ST|Saint|saint)[ \t]+\p{L}[\p{Ll}]+(?:['’]s|s)?[ \t]+(?:rc|RC|R\.C\.|ce|CE|C\.E\.|c of e|C of E|cofe|CofE|COFE|catholic|Catholic)(?:[ \t]+(?:primary|Primary|junior|Junior|infants?|Infants?|high|High|school|School|academy|Academy|college|College))?)(?![\p{L}])/gu;
function findSaintSchools(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(SAINT_DENOMINATION_RE)) {
    const name = m[1] ?? '';
    if (isChurchDedication(text, m.index, m.index + name.length)) continue;
    pushSchool(text, m.index, m.index + name.length, out);
  }
  for (const m of matchesNotAfter(text, SAINT_SCHOOL_RE, AFTER_LETTER_U)) {
    const name = m[1] ?? '';
    // the possessive (or its typed-without-apostrophe "s") is what makes it the saint's school, not a person
    if (!/['’]s$|s$/.test(name)) continue;
    const start = m.index + m[0].length - name.length;
    if (NOT_SAINT_SCHOOL_AFTER.test(text.slice(start + name.length, start + name.length + 16))) continue;
    // only where the message is about a pupil: a church's toddler group or a charity's hostel is not a school
    if (!isPupilContext(text.slice(Math.max(0, start - 100), start + name.length + 100))) continue;
    pushSchool(text, start, start + name.length, out);
  }
}

export function findSchoolsByContext(text: string, out: Candidate[]): void {
  if (/\b(?:st|saint)\b/i.test(text)) findSaintSchools(text, out);
  // "moved from Castle Hill Academy to Parkside": where a pupil moved to, from a school already found
  if (/ to \p{Lu}/u.test(text)) {
    const found = out.filter((c) => c.kind === 'SCHOOL');
    for (const c of found) {
      if (!/\bfrom[ \t]+$/i.test(text.slice(Math.max(0, c.start - 8), c.start))) continue;
      const to = /^[ \t]+to[ \t]+/.exec(text.slice(c.end, c.end + 6));
      if (!to) continue;
      const from = c.end + to[0].length;
      const end = schoolRunEnd(text, from, false, false);
      if (end > from) pushSchool(text, from, end, out);
    }
  }
  for (const m of matchesNotAfter(text, AGE_FROM_SAINT_RE, AFTER_LETTER_OR_DIGIT_IU)) {
    const from = m.index + m[0].length;
    const end = schoolRunEnd(text, from, false, false);
    if (end > from) pushSchool(text, from, end, out);
  }
  for (const m of matchesNotAfter(text, SCHOOL_IS_RE, AFTER_LETTER_U)) {
    const from = m.index + m[0].length;
    let end = schoolRunEnd(text, from, /^\p{Ll}/u.test(text.slice(from, from + 1)), false);
    // "Moat community college": a school word typed in lower case after the name belongs to it
    const head = end > from ? LOWER_SCHOOL_TAIL_RE.exec(text.slice(end, end + 40)) : null;
    if (head) end += head[0].length;
    // "school is Good (Ofsted)": one everyday word is a description
    if (end > from && !(!/[ \t]/.test(text.slice(from, end).trim()) && COMMON_WORDS.has(fold(text.slice(from, end))))) pushSchool(text, from, end, out);
  }
  // "Johnny's at Westbrook": a child (a word before "'s at", not "it's at", "mum's at") at a school; found from each "'s at "
  for (const q of ["'s at ", '’s at ']) {
    for (let k = indexOfText(text, q, 0); k > 0; k = indexOfText(text, q, k + 1)) {
      const w = /(?:^|[^A-Za-z\u00C0-\u024F'’])([A-Za-z]{2,20})$/.exec(text.slice(Math.max(0, k - 21), k));
      if (!w || NOT_A_PUPIL_BEFORE_AT.has((w[1] ?? '').toLowerCase())) continue;
      const from = k + q.length;
      const end = schoolRunEnd(text, from, true, true);
      if (end > from) pushSchool(text, from, end, out);
    }
  }
  // "her cousin Hira at Challney", "it's for Alfie-Jay at Brookfields": a child by a given name, then "at" and a name in
  // no word list (a school's own name; not a shop, an agency or a town, which the lists know), is the child's school
  // (not after a contact verb: "spoke to Sarah at Cotsford" is a professional at an office)
  for (let k = indexOfText(text, ' at ', 0); k >= 0; k = indexOfText(text, ' at ', k + 4)) {
    const from = k + 4;
    const c = text.charCodeAt(from);
    // (cheap tests first: a capital after "at", a lower-case letter or a bracket before it)
    if (!(c >= 65 && c <= 90) && !(c > 127 && /\p{Lu}/u.test(text[from] ?? ''))) continue;
    const before = text.charCodeAt(k - 1);
    if (!((before >= 97 && before <= 122) || before === 41 || before > 127)) continue;
    const m = CHILD_BEFORE_AT_RE.exec(text.slice(Math.max(0, k - 24), k));
    if (!m) continue;
    const whoAt = k - m[0].length;
    const who = fold(m[1] ?? '');
    if ((lexFlags(who) & LEX.FIRST) === 0 || (lexFlags(who) & LEX.COMMON) !== 0) continue;
    if (CONTACT_BEFORE_RE.test(text.slice(Math.max(0, whoAt - 16), whoAt))) continue;
    const end = schoolRunEnd(text, from, false, false);
    if (end < 0) continue;
    const run = text.slice(from, end).trim().split(/[ \t]+/);
    if (run.length > 2 || run.some((w) => /^\p{Lu}+$/u.test(w) || (lexFlags(fold(w).replace(/['’]s$/, '')) & ~(LEX.LOCALITY | LEX.SURNAME)) !== 0)) continue;
    pushSchool(text, from, end, out);
  }
  for (const m of matchesNotAfter(text, SCHOOL_CUE_RE, AFTER_WORD_I)) {
    const from = m.index + m[0].length;
    const cue = m[0].toLowerCase();
    // "Noor is at Moseley Park": a bare "is at" is weak ("is at work", "is at Leeds")
    const strong = !/^(?:outside|letter from|someone at|kids at|head of(?! year)|is\b|was\b)/.test(cue);
    // a school role or a pupil's age before "at": a town there is where the writer or pupil is, not a school
    const roleOrAge = /^(?:\d|dsl|ddsl|deputy|senco|sendco|head|class|form|teaching|lsa|hlta|attendance|pastoral|eal|school|learning|hoy|inclusion|business|office|family|cover|lunchtime|exams)/.test(cue);
    const arrival = /^(?:turned up|arrived|dropped)/.test(cue);
    // "outside st bedes": a lower-case saint's name opens a school after any cue
    const first = text.charCodeAt(from) | 32;
    const saint = first === 115 && /^(?:st\.?|saint)[ \t]+\p{L}/iu.test(text.slice(from, from + 12));
    // "arjun goes to oakwood": a pupil's habitual going names a lower-case village-named school (not a town everyone knows)
    const habitual = (cue.startsWith('goes to') || cue.startsWith('attends')) && /^[a-z]/.test(text.slice(from, from + 1));
    const end = schoolRunEnd(text, from, strong || saint, habitual || (/at[ \t]+$/.test(cue) && !/^(?:goes|go|going|went) to/.test(cue) && !roleOrAge && !arrival));
    if (end < 0) continue;
    if (habitual && PLACE_WORDS.has(fold(text.slice(from, end).trim()))) continue;
    // "turned up at greenside": an arrival names a school only as a lower-case name in no word list (a shop or a town is capitalised)
    if (arrival && /\p{Lu}/u.test(text.slice(from, end))) continue;
    // "we went to Dublin", "she went to Kettering last week": a town or a world city after a verb of going is a trip,
    // even one that is also a surname (a school named by one word is gone to daily: "goes to Greenside")
    const single = !/[ \t]/.test(text.slice(from, end).trim());
    const bits = single ? lexFlags(fold(text.slice(from, end).trim())) : 0;
    if (single && /^(?:go|going|went) to/.test(cue) && (bits & (LEX.PLACE | LEX.WORLD_CITY)) !== 0 && (bits & LEX.FIRST) === 0) continue;
    if (single && (bits & (LEX.WORLD_CITY | LEX.FIRST)) === LEX.WORLD_CITY) continue;
    // "she is at Appleby fair", "went to Skegness beach": an event or a sight in the place, not a school
    if (single && /^[ \t]+(?:horse[ \t]+)?(?:fair|festival|show|market|races|carnival|beach|seaside|pier|zoo)\b/i.test(text.slice(end, end + 20))) continue;
    // "going to Appleby for the fair", "went to Skegness then Wales": a trip, not a school
    if (/^(?:goes|go|going|went) to/.test(cue) && !/[ \t]/.test(text.slice(from, end).trim()) && TRIP_AFTER.test(text.slice(end, end + 30))) continue;
    // "outside" / "letter from" need more than one capitalised word or a school-like word
    if (!strong && !/[ \t]/.test(text.slice(from, end).trim())) continue;
    // "outside st bedes at 3.15": a lower-case saint after a weak cue only where a school's day is meant
    if (!strong && saint && /^[a-z]/.test(text.slice(from, from + 1)) && /^['’]?s?[ \t]+(?:church|chapel|cathedral|hospital|hospice|park|road|rd|street|st|square|station|centre|center|shopping|market|clinic|ward)\b/i.test(text.slice(end, end + 14))) continue;
    if ((roleOrAge || (!strong && /^(?:is|was)\b/.test(cue))) && /\b(?:hmp|hmyoi|yoi|prison|general|infirmary|royal|hospital|station|airport|services)\b/i.test(text.slice(from, end))) continue;
    // "came to us from …" is a school transfer only where the message is about a pupil ("y10 came to us from parkside"),
    // not a family arriving at a refuge from a town
    // ("came up from ashgrove": moving up is itself a school's transition)
    if (/^(?:came|come|moved)/.test(cue) && !/ up from/.test(cue) && !/\b(?:y(?:ea)?r?[ \t]?\d{1,2}|school|pupil|student|file|transfer|class|form)\b/i.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    pushSchool(text, from, end, out);
  }
  // "havent been in St Josephs since half term", "not back at st johns": a saint's school after being in or back at it
  if (/been|back/.test(text)) for (const m of matchesNotAfter(text, BEEN_IN_SAINT_RE, AFTER_LETTER_IU)) {
    const from = m.index + m[0].length;
    const end = schoolRunEnd(text, from, true, false);
    if (end > from && !/^['’]?s?[ \t]+(?:hospital|hospice|church|chapel|cathedral|ward|clinic|court)\b/i.test(text.slice(end, end + 14))) pushSchool(text, from, end, out);
  }
  for (const m of text.matchAll(SCHOOL_LABEL_RE)) {
    const from = m.index + m[0].length;
    // search a bounded window: an unbounded indexOf per label would be quadratic on many labels
    const lineEnd = text.slice(from, from + 80).indexOf('\n');
    const stop = lineEnd < 0 ? Math.min(text.length, from + 80) : from + lineEnd;
    const comma = text.slice(from, stop).search(/[,(]/);
    const end = comma < 0 ? stop : from + comma;
    const value = text.slice(from, end).trim();
    if (value.length < 3 || !/\p{L}/u.test(value) || /^(?:n\/?a|none|no|yes|home|home educated|ehe|unknown|tbc|not known|not in school)$/i.test(value)) continue;
    // "School/setting: secondary", "School: village primary": a kind of school names none
    if (value.split(/[ \t]+/).every((w) => GENERIC_SCHOOL_WORDS.has(fold(w)) || /^(?:fe|he|local|town|city|rural|small|big|large|catholic|faith|ce|rc|special|alternative|provision|setting|unit|site|centre)$/i.test(w))) continue;
    pushSchool(text, from, from + text.slice(from, end).trimEnd().length, out);
  }
  for (const m of matchesNotAfter(text, BRACKET_AFTER_SCHOOL_RE, AFTER_LATIN_I)) {
    const from = m.index + m[0].length;
    const close = text.slice(from, from + 41).indexOf(')') + from;
    if (close < from) continue;
    const inner = text.slice(from, close).trim();
    if (!/^[\p{L}'’ &.-]{3,}$/u.test(inner) || inner.split(/\s+/).length > 5) continue;
    const words = inner.split(/\s+/).map((w) => fold(w));
    // "College (DSL there is Sarah Okonjo)", "Academy (head is new)": a clause about the school, not its name
    // ("School (Mrs Patel) reported…": a person at the school, by title — the name detector finds the name)
    if (words.some((w) => w === 'is' || w === 'was' || w === 'are' || w === 'there') || ROLE_WORDS.has(words[0] ?? '') || TITLES.has((words[0] ?? '').replace(/\.$/, ''))) continue;
    // "Nursery (Sunflowers room)": a room or group inside the setting, not its name
    if (words.length > 1 && /^(?:room|rooms|class|group|team)$/.test(words[words.length - 1] ?? '')) continue;
    if (words.every((w) => LOWER_WORDS.has(w) || GENERIC_SCHOOL_WORDS.has(w) || HARD_NEVER_WORDS.has(w)) && !/^\p{Lu}/u.test(inner)) {
      // "(little oaks)" is a name; "(the local one)" is not
      if (words.some((w) => FUNCTION_WORDS.has(w) || GENERIC_SCHOOL_WORDS.has(w) || HARD_NEVER_WORDS.has(w))) continue;
    }
    const start = from + (text.slice(from, close).length - text.slice(from, close).trimStart().length);
    pushSchool(text, start, start + inner.length, out);
  }
  findLowerCaseSchools(text, out);
  // nurseries named as a small thing growing: "Little Acorns", "Tiny Steps", "Busy Bees" (a plural everyday noun)
  for (const m of [...matchesNotAfter(text, NURSERY_NAME_RE, AFTER_LETTER_U), ...(/(?:little|tiny|busy|wee) /.test(text) ? text.matchAll(LOWER_NURSERY_NAME_RE) : [])]) {
    const plural = fold(m[1] ?? '');
    const stem = plural.endsWith('es') && !COMMON_WORDS.has(plural.slice(0, -1)) ? plural.slice(0, -2) : plural.slice(0, -1);
    if (!COMMON_WORDS.has(stem) || HARD_NEVER_WORDS.has(stem) || CALENDAR_WORDS.has(stem)) continue;
    // "handing stuff to little ones on bikes": in lower case, small people, not a nursery's name
    if (/^(?:little|tiny|wee) (?:ones|uns|kids|children|people|lads|girls|boys)$/.test(m[0])) continue;
    // "a Little Princess costume", "Little Monsters film": a thing one buys or watches, not a nursery
    if (/^[ \t]+(?:costume|costumes|dress|outfit|outfits|toy|toys|book|books|film|movie|show|party|parties|set|doll|dolls)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    pushSchool(text, m.index, m.index + m[0].length, out);
  }
  const gaelicOrWelsh = /ysgol|scoil|sgoil|cr[oò]ileagan|meithrin|col[aá]iste|szko[lł]a/i.test(text);
  if (gaelicOrWelsh) for (const m of text.matchAll(YSGOL_RE)) pushSchool(text, m.index, m.index + m[0].length, out);
  // "she goes to ysgol cwm nedd": a Welsh or Gaelic school typed in lower case, up to three words after its school word
  if (gaelicOrWelsh) for (const m of text.matchAll(LOWER_YSGOL_RE)) {
    const words = (m[1] ?? '').split(/[ \t]+/);
    let kept = 0;
    for (const w of words) {
      const f = fold(w);
      if (FUNCTION_WORDS.has(f) && !CELTIC_ARTICLE.test(f)) break;
      if (CALENDAR_WORDS.has(f) || HARD_NEVER_WORDS.has(f)) break;
      kept++;
    }
    while (kept > 0 && CELTIC_ARTICLE.test(words[kept - 1] ?? '')) kept--;
    if (kept === 0) continue;
    const head = m[0].length - (m[1] ?? '').length;
    pushSchool(text, m.index, m.index + head + words.slice(0, kept).join(' ').length, out);
  }
  for (const m of matchesNotAfter(text, SCHOOL_APPOSITION_RE, AFTER_LATIN_I)) {
    const from = m.index + m[0].length;
    // "(yr 10, Kingswood)": after a pupil's year in brackets a village or suburb's name is the school's; a town or city
    // alone is still a place ("(Y7, Leeds)")
    const bracket = m[0].startsWith('(');
    const end = schoolRunEnd(text, from, false, bracket);
    if (bracket && end > 0 && PLACE_WORDS.has(fold(text.slice(from, end).trim()))) continue;
    // the name must close the apposition: "school, Ferncliffe –", not "school, Jamie said"
    if (end < 0 || !/^[ \t]*(?:[–—,.;:?!)\n-]|$)/.test(text.slice(end, end + 3))) continue;
    if (m[0].startsWith('(') && !/^[ \t]*\)/.test(text.slice(end, end + 3))) continue;
    // "(Y9, Kingfishers)": one everyday plural after a year is the pupil's form group, as "Y8 Hawks" is
    const only = text.slice(from, end).trim();
    // "a pupil at the school, Ellie-May Robson, was …": a person's full name in apposition, not the school's
    const parts = only.split(/[ \t]+/);
    if (parts.length === 2 && (lexFlags(fold(parts[0] ?? '').split('-')[0] ?? '') & LEX.FIRST) !== 0 && (lexFlags(fold(parts[1] ?? '')) & LEX.SURNAME) !== 0) continue;
    if (m[0].startsWith('(') && !/[ \t]/.test(only) && /s$/i.test(only) && (COMMON_WORDS.has(fold(only)) || COMMON_WORDS.has(fold(only).slice(0, -1)))) continue;
    // "the lad from Kingsmead (yr 11, Ethan)": a given name alone after the year is the pupil, not a school
    if (m[0].startsWith('(') && parts.length === 1 && (lexFlags(fold(only)) & (LEX.FIRST | LEX.PLACE | LEX.LOCALITY)) === LEX.FIRST) continue;
    // "(Y10, EAL)", "(Y8, SEN)": a need or a status after the year, not a school
    if (m[0].startsWith('(') && parts.length === 1 && HARD_NEVER_WORDS.has(fold(only))) continue;
    pushSchool(text, from, end, out);
  }
  if (text.includes('(')) {
    for (const m of text.matchAll(SCHOOL_BEFORE_YEAR_RE)) {
      const name = m[1] ?? '';
      const words = name.split(/[ \t]+/).map((w) => lexFlags(fold(w)));
      // (not "a message from Kai (Y10)": a person's name; not "at Tesco (…)": an everyday word or a shop; not "from Leeds (Y7)":
      // a town the pupil came from — a village or suburb in OS Open Names only is a school's name as often as not)
      if (words.some((f) => ((f & (LEX.FIRST | LEX.SURNAME | LEX.COMMON)) !== 0 && (f & LEX.LOCALITY) === 0) || (f & LEX.PLACE) !== 0)) continue;
      // (the cue before the name is in lower case, so the name's first occurrence in the match is the name)
      const start = m.index + m[0].indexOf(name);
      pushSchool(text, start, start + name.length, out);
    }
  }
  if (/ (?:PS|NS|IPS|CPS)\b/.test(text)) {
    for (const m of text.matchAll(SCHOOL_ABBREVIATION_RE)) {
      const first = fold((m[1] ?? '').replace(/^(?:St\.?|Saint)[ \t]+/, '').split(/[ \t]/)[0] ?? '');
      if (FUNCTION_WORDS.has(first) || HARD_NEVER_WORDS.has(first)) continue;
      pushSchool(text, m.index, m.index + m[0].length, out);
    }
  }
  for (const m of matchesNotAfter(text, DEDICATION_RE, AFTER_LATIN_I)) {
    // a church or a feast is not a school: need a school cue before, or a school word after
    const before = text.slice(Math.max(0, m.index - 40), m.index).toLowerCase();
    const schoolAfter = /(?:cofe|c of e|ce|rc|catholic|primary|infants?|juniors?|school|academy|high|college)$/i.test(m[0]);
    if (!schoolAfter && !/(?:\bat|\bfrom|\bto|\battends|\battended|\bschool|\bnursery)[ \t]*[:,(]?[ \t]*$/.test(before)) continue;
    if (/church|parish|mass\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 15).toLowerCase())) continue;
    // "the Sunday school at Holy Trinity", "choir at All Saints": a church's own activity names the church
    if (!schoolAfter && /(?:sunday school|bible|choir|parish|mass|service|worship|prayer|youth club|youth group|church|congregation|vicar|priest|curate)\b[^.!?\n]*$/.test(before)) continue;
    pushSchool(text, m.index, m.index + m[0].length, out);
  }
}
