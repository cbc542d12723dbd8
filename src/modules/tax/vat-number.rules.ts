/**
 * Intra-community VAT numbers: parsing, normalisation, format and check digits — the offline
 * pre-check made before asking VIES (which alone says whether a number is registered).
 *
 * Sources: shared/reference/domain-rules.md §3.2–3.3 (prefixes, formats, check rules, vectors);
 * python-stdnum (`stdnum/eu/vat.py`, `tests/test_eu_vat.doctest`) for per-country rules and
 * the real numbers the tests use; the VIES FAQ for the format of each member state.
 *
 * jsvat (MIT, no I/O) does most member states. Where it is wrong, Reloop has its own rule
 * (vat-check-digits.ts, wired in vat-national-checks.ts):
 * - FR: jsvat's check returns true for any alphanumeric key (it verifies numeric keys only) and
 *   never checks the SIREN's Luhn digit. Reloop checks both kinds of key and the SIREN.
 * - NL: jsvat needs all 9 digits (`NL4495445B01` is refused though valid once zero-padded),
 *   accepts suffix `B00`, and its 11-proof accepts a 0 check digit when the sum mod 11 is 10.
 * - BE: jsvat refuses 10-digit numbers starting with 1 (issued since 2023) and any number whose
 *   second digit is 0.
 * - EL: jsvat's regex refuses 8-digit numbers although its check pads them; Reloop pads first.
 * - XI: jsvat does not know the prefix; XI numbers are checked with its GB (United Kingdom) rule.
 * - IT: jsvat accepts office codes 101–201; only 001–100, 120, 121, 888 and 999 exist.
 * Known gaps kept on purpose: RO accepts only the 2–10 digit CUI (VIES's format; stdnum also takes
 * a 13-digit CNP); LV numbers of natural persons (first digit 0–3) get jsvat's date-shape check
 * only, their check digit algorithm being unconfirmed.
 *
 * Prefix decisions: Greece is `EL` (a `GR` prefix is refused with a message saying so); `XI`
 * (Northern Ireland) is accepted and its `memberState` is `GB`, the ISO country of the trader —
 * Northern Ireland is not a member state, but its traders in goods have EU VAT numbers. `GB`
 * numbers are refused: they are not EU VAT numbers since 2021.
 */

import { checkNationalNumber } from './vat-national-checks.ts';
import { countryOfVatPrefix, type EuVatPrefix, isEuVatPrefix, vatNumberFormatOf } from './vat-prefixes.ts';

export type { EuVatPrefix } from './vat-prefixes.ts';
export {
  EU_VAT_PREFIXES,
  isEuVatPrefix,
  isMemberStateVatPrefix,
  MEMBER_STATE_VAT_PREFIXES,
  vatPrefixForCountry,
} from './vat-prefixes.ts';

export type VatNumber = {
  /** The VAT prefix, as VIES takes it as `countryCode`: 'FR', 'DE', 'EL', 'XI', … */
  country: EuVatPrefix;
  /** ISO 3166-1 country of the trader: 'GR' for EL, 'GB' for XI, else the prefix itself. */
  memberState: string;
  /** The national part, normalised (upper case, no separators, padded): VIES's `vatNumber`. */
  number: string;
  /** Prefix + number, e.g. 'FR40303265045'. Parsing it again gives the same VatNumber. */
  full: string;
};

export type VatNumberRejectionReason = 'format' | 'checksum' | 'country';

export type VatNumberParseResult =
  | { ok: true; value: VatNumber }
  | { ok: false; reason: VatNumberRejectionReason; message: string };

/** Longer input is refused outright: no VAT number comes near (the longest is 14 characters). */
const MAX_INPUT_LENGTH = 100;
const MAX_COMPACT_LENGTH = 40;

/** Separators people type inside VAT numbers: spaces, dots, dashes, slashes, colons. */
const SEPARATORS = /[\s.\-/:]+/g;

/**
 * Parses a VAT number as typed: prefix required, case and separators ignored
 * (`fr 40 303 265 045` → FR40303265045). Never throws.
 */
export function parseVatNumber(input: string): VatNumberParseResult {
  const text = String(input);
  if (text.length > MAX_INPUT_LENGTH) return refuse('format', 'This is too long to be a VAT number.');
  const compact = text.toUpperCase().replace(SEPARATORS, '');
  if (compact.length === 0) return refuse('format', 'Enter a VAT number starting with its country prefix.');
  if (compact.length > MAX_COMPACT_LENGTH) return refuse('format', 'This is too long to be a VAT number.');
  const prefix = compact.slice(0, 2);
  if (!/^[A-Z]{2}$/.test(prefix)) {
    return refuse('format', 'A VAT number starts with its two-letter country prefix, e.g. FR40303265045.');
  }
  let national = compact.slice(2);
  if (!isEuVatPrefix(prefix)) return refuse('country', unknownPrefixMessage(prefix, national));
  if (prefix === 'BE') national = national.replace(/^\(0\)/, '0');

  const check = checkNationalNumber(prefix, national);
  if (!check.ok) {
    const message =
      check.reason === 'format'
        ? `After the prefix ${prefix}, a VAT number has ${vatNumberFormatOf(prefix)}.`
        : `${prefix}${national} has wrong check digits: please check it for a typing error.`;
    return refuse(check.reason, message);
  }
  const value: VatNumber = {
    country: prefix,
    memberState: countryOfVatPrefix(prefix),
    number: check.number,
    full: `${prefix}${check.number}`,
  };
  return { ok: true, value };
}

function refuse(reason: VatNumberRejectionReason, message: string): VatNumberParseResult {
  return { ok: false, reason, message };
}

function unknownPrefixMessage(prefix: string, national: string): string {
  if (prefix === 'GR') return `Greek VAT numbers use the prefix EL, not GR: write EL${national}.`;
  if (prefix === 'GB') {
    return 'GB VAT numbers are not EU VAT numbers; Northern Ireland traders in goods use the prefix XI.';
  }
  return `${prefix} is not the prefix of an EU member state's VAT numbers.`;
}

/** The parsed VAT number, or null when the input is not a well-formed EU VAT number. */
export function vatNumberOrNull(input: string): VatNumber | null {
  const parsed = parseVatNumber(input);
  return parsed.ok ? parsed.value : null;
}
