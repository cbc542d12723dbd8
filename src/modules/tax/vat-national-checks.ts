/**
 * Format and check digits of the national part of an EU VAT number (the part after the prefix),
 * one rule per prefix: jsvat's where it is right, Reloop's own where it is not (FR, NL, BE, EL, XI,
 * IT office codes). Pure.
 */
import {
  austria,
  bulgaria,
  type Country,
  checkVAT,
  croatia,
  cyprus,
  czechRepublic,
  denmark,
  estonia,
  finland,
  germany,
  greece,
  hungary,
  ireland,
  italy,
  latvia,
  lithuania,
  luxembourg,
  malta,
  poland,
  portugal,
  romania,
  slovakiaRepublic,
  slovenia,
  spain,
  sweden,
  unitedKingdom,
} from 'jsvat';
import {
  hasItalianProvinceOffice,
  passesBelgianCheck,
  passesDutchCheck,
  passesFrenchCheck,
} from './vat-check-digits.ts';
import type { EuVatPrefix } from './vat-prefixes.ts';

/** The national part, normalised (padded where the rule says so), or why it is refused. */
export type NationalCheck = { ok: true; number: string } | { ok: false; reason: 'format' | 'checksum' };

type NationalRule = (number: string) => NationalCheck;

/** A jsvat country rule, fed `code + number` (jsvat wants the prefix; it knows XI as GB). */
function jsvatRule(country: Country, code: string): NationalRule {
  return (number) => {
    const result = checkVAT(`${code}${number}`, [country]);
    if (!result.isValidFormat) return { ok: false, reason: 'format' };
    return result.isValid ? { ok: true, number } : { ok: false, reason: 'checksum' };
  };
}

function ownRule(format: RegExp, passes: (number: string) => boolean): NationalRule {
  return (number) => {
    if (!format.test(number)) return { ok: false, reason: 'format' };
    return passes(number) ? { ok: true, number } : { ok: false, reason: 'checksum' };
  };
}

/** Applies `pad` first, then `rule`, so the padded number is what is checked and returned. */
function padded(pad: (number: string) => string, rule: NationalRule): NationalRule {
  return (number) => rule(pad(number));
}

/** Old Belgian numbers had 9 digits: they take a leading 0. */
const padBelgian = (n: string) => (/^\d{9}$/.test(n) ? `0${n}` : n);
/** Dutch numbers are written without their leading zeros: `4495445B01` is `004495445B01`. */
const padDutch = (n: string) =>
  n.replace(/^(\d{1,8})B/, (_, digits: string) => `${digits.padStart(9, '0')}B`);
/** Greek numbers once had 8 digits: they take a leading 0. */
const padGreek = (n: string) => (/^\d{8}$/.test(n) ? `0${n}` : n);

const italianRule = jsvatRule(italy, 'IT');

const RULES: Record<EuVatPrefix, NationalRule> = {
  AT: jsvatRule(austria, 'AT'),
  BE: padded(padBelgian, ownRule(/^[01]\d{9}$/, passesBelgianCheck)),
  BG: jsvatRule(bulgaria, 'BG'),
  CY: jsvatRule(cyprus, 'CY'),
  CZ: jsvatRule(czechRepublic, 'CZ'),
  DE: jsvatRule(germany, 'DE'),
  DK: jsvatRule(denmark, 'DK'),
  EE: jsvatRule(estonia, 'EE'),
  EL: padded(padGreek, jsvatRule(greece, 'EL')),
  ES: jsvatRule(spain, 'ES'),
  FI: jsvatRule(finland, 'FI'),
  FR: ownRule(/^[0-9A-HJ-NP-Z]{2}\d{9}$/, passesFrenchCheck),
  HR: jsvatRule(croatia, 'HR'),
  HU: jsvatRule(hungary, 'HU'),
  IE: jsvatRule(ireland, 'IE'),
  IT: (number) =>
    /^\d{11}$/.test(number) && !hasItalianProvinceOffice(number)
      ? { ok: false, reason: 'format' }
      : italianRule(number),
  LT: jsvatRule(lithuania, 'LT'),
  LU: jsvatRule(luxembourg, 'LU'),
  LV: jsvatRule(latvia, 'LV'),
  MT: jsvatRule(malta, 'MT'),
  NL: padded(padDutch, ownRule(/^\d{9}B(?!00)\d{2}$/, passesDutchCheck)),
  PL: jsvatRule(poland, 'PL'),
  PT: jsvatRule(portugal, 'PT'),
  RO: jsvatRule(romania, 'RO'),
  SE: jsvatRule(sweden, 'SE'),
  SI: jsvatRule(slovenia, 'SI'),
  SK: jsvatRule(slovakiaRepublic, 'SK'),
  XI: jsvatRule(unitedKingdom, 'GB'),
};

export function checkNationalNumber(prefix: EuVatPrefix, number: string): NationalCheck {
  return RULES[prefix](number);
}
