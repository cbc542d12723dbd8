/**
 * The prefixes of EU VAT identification numbers, as VIES knows them: the 27 member states (Greece
 * is `EL`, not its ISO code `GR`) plus `XI`, Northern Ireland traders in goods (Windsor Framework).
 */

type VatPrefixFacts = {
  /** ISO 3166-1 alpha-2 country of the trader. `GR` for `EL`; `GB` for `XI` (not a member state). */
  iso: string;
  /** What the number after the prefix looks like, for error messages. */
  format: string;
};

const PREFIXES = {
  AT: { iso: 'AT', format: 'U followed by 8 digits' },
  BE: { iso: 'BE', format: '10 digits starting with 0 or 1' },
  BG: { iso: 'BG', format: '9 or 10 digits' },
  CY: { iso: 'CY', format: '8 digits followed by a letter' },
  CZ: { iso: 'CZ', format: '8, 9 or 10 digits' },
  DE: { iso: 'DE', format: '9 digits, the first not 0' },
  DK: { iso: 'DK', format: '8 digits' },
  EE: { iso: 'EE', format: '9 digits starting with 10' },
  EL: { iso: 'GR', format: '9 digits' },
  ES: { iso: 'ES', format: '9 characters: a letter or digit, 7 digits, a letter or digit' },
  FI: { iso: 'FI', format: '8 digits' },
  FR: { iso: 'FR', format: 'a 2-character key (digits or letters except I and O) and the 9-digit SIREN' },
  HR: { iso: 'HR', format: '11 digits' },
  HU: { iso: 'HU', format: '8 digits' },
  IE: { iso: 'IE', format: '7 digits and 1 or 2 letters' },
  IT: { iso: 'IT', format: '11 digits' },
  LT: { iso: 'LT', format: '9 or 12 digits' },
  LU: { iso: 'LU', format: '8 digits' },
  LV: { iso: 'LV', format: '11 digits' },
  MT: { iso: 'MT', format: '8 digits' },
  NL: { iso: 'NL', format: '9 digits, the letter B and 2 digits' },
  PL: { iso: 'PL', format: '10 digits' },
  PT: { iso: 'PT', format: '9 digits' },
  RO: { iso: 'RO', format: '2 to 10 digits' },
  SE: { iso: 'SE', format: '12 digits ending in 01' },
  SI: { iso: 'SI', format: '8 digits' },
  SK: { iso: 'SK', format: '10 digits' },
  XI: { iso: 'GB', format: '9 or 12 digits, or GD or HA followed by 3 digits' },
} as const satisfies Record<string, VatPrefixFacts>;

export type EuVatPrefix = keyof typeof PREFIXES;

/** All 28 prefixes VIES checks: the 27 member states and XI. */
export const EU_VAT_PREFIXES = Object.keys(PREFIXES) as readonly EuVatPrefix[];

/** The 27 member-state prefixes (XI excluded: Northern Ireland is not a member state). */
export const MEMBER_STATE_VAT_PREFIXES = EU_VAT_PREFIXES.filter((p) => p !== 'XI');

/** True for a prefix of an EU VAT number checkable in VIES, XI included. Case-sensitive (upper). */
export function isEuVatPrefix(prefix: string): prefix is EuVatPrefix {
  return Object.hasOwn(PREFIXES, prefix);
}

/** True for the prefix of one of the 27 member states (XI and GR are not). */
export function isMemberStateVatPrefix(prefix: string): boolean {
  return prefix !== 'XI' && isEuVatPrefix(prefix);
}

/** The ISO 3166-1 country of a prefix: `EL` → `GR`, `XI` → `GB`, others unchanged. */
export function countryOfVatPrefix(prefix: EuVatPrefix): string {
  return PREFIXES[prefix].iso;
}

export function vatNumberFormatOf(prefix: EuVatPrefix): string {
  return PREFIXES[prefix].format;
}

/**
 * The VAT prefix of a member state given by its ISO code: `GR` → `EL`, `FR` → `FR`. `null` for any
 * other country, `GB` included: only Northern Ireland traders in goods have an EU prefix (XI), and
 * an ISO code cannot tell them from the rest of the United Kingdom.
 */
export function vatPrefixForCountry(isoCountry: string): EuVatPrefix | null {
  const iso = isoCountry.trim().toUpperCase();
  if (iso === 'GR') return 'EL';
  if (iso === 'EL' || iso === 'XI') return null;
  return isEuVatPrefix(iso) ? iso : null;
}
