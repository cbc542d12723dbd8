/**
 * IMEI numbers (3GPP TS 23.003): 15 digits, the last one a Luhn check digit over the first 14.
 * Checked before a line's IMEI is written, once (record-line-identifiers.ts). Pure: no I/O.
 */
import type { FieldIssue } from '../../platform/errors.ts';

export const IMEI_FORMAT = 'must be the 15 digits of an IMEI, the last one its check digit (Luhn)';

/** 15 digits whose Luhn sum is a multiple of 10. */
export function isValidImei(imei: string): boolean {
  if (!/^\d{15}$/.test(imei)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    let d = imei.charCodeAt(14 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The field issue of an invalid IMEI, under `field`; null when it is valid. */
export function imeiIssue(imei: string, field: string): FieldIssue | null {
  return isValidImei(imei) ? null : { field, message: IMEI_FORMAT };
}
