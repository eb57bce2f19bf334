/** Checksum validators for UK identifier numbers. Inputs may contain spaces or dashes. */

function digitsOnly(s: string): string {
  return s.replace(/[^0-9]/g, '');
}

/** NHS number: 10 digits, weights 10..2 on the first nine, check = 11 - (sum mod 11); 11→0, 10→invalid. */
export function isValidNhsNumber(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 10) return false;
  if (/^(\d)\1{9}$/.test(d)) return false; // 0000000000 etc. pass the sum but are never issued
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === Number(d[9]);
}

const NI_FIRST = /^[A-CEGHJ-PR-TW-Z]$/;
const NI_SECOND = /^[A-CEGHJ-NPR-TW-Z]$/;
const NI_BANNED_PREFIX: ReadonlySet<string> = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** National Insurance number per HMRC prefix rules: 2 letters, 6 digits, suffix A-D. */
export function isValidNiNumber(raw: string): boolean {
  const s = raw.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{6}[A-D]$/.test(s)) return false;
  const a = s[0] ?? '';
  const b = s[1] ?? '';
  if (!NI_FIRST.test(a) || !NI_SECOND.test(b)) return false;
  return !NI_BANNED_PREFIX.has(a + b);
}

/** DfE check-letter alphabet: the 23 letters excluding I, O and S; index = value. */
const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/**
 * DfE unique pupil number check letter: characters 2..13 are weighted 2..13
 * (digits by value, a letter in position 13 by its index in UPN_LETTERS),
 * the sum mod 23 indexes UPN_LETTERS.
 */
export function upnCheckLetter(body12: string): string | undefined {
  if (body12.length !== 12) return undefined;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const ch = body12[i] ?? '';
    let v: number;
    if (ch >= '0' && ch <= '9') v = Number(ch);
    else if (i === 11) {
      v = UPN_LETTERS.indexOf(ch);
      if (v < 0) return undefined;
    } else return undefined;
    sum += v * (i + 2);
  }
  return UPN_LETTERS[sum % 23];
}

export function isValidUpn(raw: string): boolean {
  const s = raw.toUpperCase();
  if (!/^[A-HJ-NP-RT-Z]\d{11}[0-9A-HJ-NP-RT-Z]$/.test(s)) return false;
  return upnCheckLetter(s.slice(1)) === s[0];
}
