/**
 * IBANs of sellers' payout accounts (DSA Art. 30(1)(c) payment account details): normalised to
 * the electronic format and checked for the country's length and structure and the ISO 13616
 * mod-97 check digits, with ibantools (no I/O). Whether the account exists is not knowable here.
 */
import { electronicFormatIBAN, friendlyFormatIBAN, ValidationErrorsIBAN, validateIBAN } from 'ibantools';

export type IbanParseResult = { ok: true; value: string; country: string } | { ok: false; message: string };

const MAX_INPUT_LENGTH = 64;

/** Parses an IBAN as typed: case, spaces and dashes ignored (`fr76 3000 6000 …` → FR7630006000…). Never throws. */
export function parseIban(input: string): IbanParseResult {
  const text = String(input ?? '');
  if (text.length > MAX_INPUT_LENGTH) return { ok: false, message: 'is too long to be an IBAN' };
  const compact = electronicFormatIBAN(text.replace(/-/g, '')) ?? '';
  if (compact.length === 0) return { ok: false, message: 'is required' };
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$/.test(compact)) {
    return { ok: false, message: 'must start with a country code and two check digits, e.g. FR76 3000 …' };
  }
  const result = validateIBAN(compact);
  if (result.valid) return { ok: true, value: compact, country: compact.slice(0, 2) };
  const codes = new Set(result.errorCodes);
  if (codes.has(ValidationErrorsIBAN.NoIBANCountry)) {
    return { ok: false, message: `${compact.slice(0, 2)} is not a country that issues IBANs` };
  }
  if (codes.has(ValidationErrorsIBAN.WrongBBANLength)) {
    return { ok: false, message: `does not have the length of a ${compact.slice(0, 2)} IBAN` };
  }
  if (codes.has(ValidationErrorsIBAN.WrongBBANFormat)) {
    return { ok: false, message: `does not have the format of a ${compact.slice(0, 2)} IBAN` };
  }
  return { ok: false, message: 'has wrong check digits: please check it for a typing error' };
}

/** `FR76 3000 6000 0112 3456 7890 189`, for display. */
export function formatIban(iban: string): string {
  return friendlyFormatIBAN(iban) ?? iban;
}

/** Only the last four characters, for emails and lists: `FR76 •••• 0189`. */
export function maskIban(iban: string): string {
  return iban.length > 8 ? `${iban.slice(0, 4)} •••• ${iban.slice(-4)}` : '••••';
}
