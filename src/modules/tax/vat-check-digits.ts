/**
 * Check-digit algorithms Reloop implements itself because jsvat gets them wrong or leaves them out
 * (see vat-number.rules.ts). Pure; inputs are already normalised (upper case, no separators).
 */

/** Luhn (ISO/IEC 7812) over a string of digits. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** `value mod divisor` for a decimal string of any length. */
export function decimalStringMod(value: string, divisor: number): number {
  let rest = 0;
  for (const c of value) rest = (rest * 10 + Number(c)) % divisor;
  return rest;
}

/** Key characters of a French VAT number: digits and letters except I and O, in this order. */
export const FRENCH_KEY_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** The numeric key of a SIREN: `(SIREN·100 + 12) mod 97`, two digits. */
export function frenchNumericKey(siren: string): string {
  const key = (12 + 3 * decimalStringMod(siren, 97)) % 97;
  return String(key).padStart(2, '0');
}

/**
 * A French VAT number `key + SIREN` (11 characters): the SIREN passes Luhn unless it starts 000
 * (Monaco); a numeric key equals `frenchNumericKey`; an alphanumeric key (issued since the numeric
 * ones ran out) satisfies `(SIREN + 1 + ⌊check / 11⌋) mod 11 = check mod 11`, where check is
 * `idx(c0)·24 + idx(c1) − 10` if c0 is a digit, else `idx(c0)·34 + idx(c1) − 100`.
 */
export function passesFrenchCheck(number: string): boolean {
  const key = number.slice(0, 2);
  const siren = number.slice(2);
  if (!/^[0-9A-HJ-NP-Z]{2}\d{9}$/.test(number)) return false;
  if (!siren.startsWith('000') && !passesLuhn(siren)) return false;
  if (/^\d\d$/.test(key)) return key === frenchNumericKey(siren);
  const i0 = FRENCH_KEY_ALPHABET.indexOf(key[0]!);
  const i1 = FRENCH_KEY_ALPHABET.indexOf(key[1]!);
  const check = i0 < 10 ? i0 * 24 + i1 - 10 : i0 * 34 + i1 - 100;
  return (decimalStringMod(siren, 11) + 1 + Math.floor(check / 11)) % 11 === check % 11;
}

/**
 * A Dutch btw-id `NNNNNNNNNBSS` (already zero-padded): either the old 11-proof on the 9 digits
 * (weights 9…2, −1) or, for the 2020 sole-trader numbers, ISO 7064 MOD 97-10 over `"NL" + number`
 * with letters A = 10 … Z = 35 giving 1. The suffix SS is never 00.
 */
export function passesDutchCheck(number: string): boolean {
  if (!/^\d{9}B\d{2}$/.test(number) || number.endsWith('00') || /^0{9}/.test(number)) return false;
  return passesElevenProof(number.slice(0, 9)) || passesMod97Of(`NL${number}`);
}

function passesElevenProof(nineDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(nineDigits[i]) * (9 - i);
  sum -= Number(nineDigits[8]);
  return ((sum % 11) + 11) % 11 === 0;
}

function passesMod97Of(text: string): boolean {
  const digits = [...text].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('');
  return decimalStringMod(digits, 97) === 1;
}

/** A Belgian enterprise number (10 digits, first 0 or 1): `97 − (first 8 mod 97)` = last 2. */
export function passesBelgianCheck(number: string): boolean {
  if (!/^[01]\d{9}$/.test(number) || /^0+$/.test(number)) return false;
  return 97 - decimalStringMod(number.slice(0, 8), 97) === Number(number.slice(8));
}

/** Italian partita IVA: digits 8–10 are a province office, 001–100, 120, 121, 888 or 999. */
export function hasItalianProvinceOffice(number: string): boolean {
  const office = number.slice(7, 10);
  if (!/^\d{3}$/.test(office)) return false;
  const n = Number(office);
  return (n >= 1 && n <= 100) || ['120', '121', '888', '999'].includes(office);
}
