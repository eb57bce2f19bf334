/** Small, pure helpers for references and keys. */

/** Unambiguous characters only (no 0/O, 1/I/L), so a reference survives being read aloud or copied by hand. */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A short human code such as `7K3Q` (prefix it: `ISA-7K3Q`, `DEC-7K3Q`). */
export function shortCode(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += REFERENCE_ALPHABET[Math.floor(random() * REFERENCE_ALPHABET.length)] ?? '2';
  return out;
}

/** FNV-1a (32-bit) in base 36: a stable, non-cryptographic tag for matching, never for secrecy. */
export function fnv1a36(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
