/**
 * VatNumberVerifier for the embedded mode, demos and tests: no network, deterministic. A number is
 * registered when it is well-formed (parseVatNumber), unless it is on the not-registered list —
 * numbers with right check digits that VIES would call invalid, so the rejection path can be shown.
 */
import { createHash } from 'node:crypto';
import { type Clock, systemClock } from '../../platform/clock.ts';
import { parseVatNumber } from './vat-number.rules.ts';
import type { VatNumberVerifier, VatVerification } from './vat-number-verifier.ts';

/**
 * Well-formed numbers the local verifier answers 'invalid' for, as VIES would for a number nobody
 * holds. Use them in demos and tests of the "VIES says no" path.
 */
export const LOCAL_UNREGISTERED_VAT_NUMBERS: readonly string[] = [
  'ATU99999993',
  'BE0999999922',
  'DE123456788',
  'ESB99999997',
  'FR11999999998',
  'IT99999990015',
  'NL999999990B01',
];

export type LocalVatVerifierOptions = {
  clock?: Clock;
  /** Replaces LOCAL_UNREGISTERED_VAT_NUMBERS. Each must be well-formed. */
  unregistered?: readonly string[];
};

export function createLocalVatVerifier(options: LocalVatVerifierOptions = {}): VatNumberVerifier {
  const clock = options.clock ?? systemClock;
  const unregistered = new Set((options.unregistered ?? LOCAL_UNREGISTERED_VAT_NUMBERS).map(wellFormed));

  return {
    async verify(vat) {
      const checkedAt = clock.now();
      const parsed = parseVatNumber(vat.full);
      const known = parsed.ok && !unregistered.has(parsed.value.full);
      const detail = !parsed.ok ? parsed.message : known ? undefined : 'not registered (local list)';
      const verification: VatVerification = {
        status: known ? 'valid' : 'invalid',
        vatNumber: vat.full,
        checkedAt,
        consultationRef: localConsultationRef(vat.full, checkedAt),
        traderName: null,
        traderAddress: null,
        source: 'local',
        ...(detail !== undefined && { detail }),
      };
      return verification;
    },
  };
}

/** `LOCAL-` and 16 hex digits of SHA-256(number, time): the same question at the same time, the same ref. */
export function localConsultationRef(fullVatNumber: string, checkedAt: Date): string {
  const hash = createHash('sha256').update(`${fullVatNumber}|${checkedAt.toISOString()}`).digest('hex');
  return `LOCAL-${hash.slice(0, 16).toUpperCase()}`;
}

function wellFormed(input: string): string {
  const parsed = parseVatNumber(input);
  if (!parsed.ok) throw new Error(`Not a well-formed VAT number for the local verifier: ${input}`);
  return parsed.value.full;
}
