import { describe, expect, it } from 'vitest';
import { formatIban, maskIban, parseIban } from './iban.rules.ts';

describe('parseIban', () => {
  it.each([
    ['FR7630006000011234567890189', 'FR7630006000011234567890189', 'FR'],
    ['DE89370400440532013000', 'DE89370400440532013000', 'DE'],
    ['GB29NWBK60161331926819', 'GB29NWBK60161331926819', 'GB'],
    ['fr76 3000 6000 0112 3456 7890 189', 'FR7630006000011234567890189', 'FR'],
    [' DE89 3704 0044 0532 0130 00 ', 'DE89370400440532013000', 'DE'],
    ['NL91ABNA0417164300', 'NL91ABNA0417164300', 'NL'],
    ['BE68539007547034', 'BE68539007547034', 'BE'],
    ['ES9121000418450200051332', 'ES9121000418450200051332', 'ES'],
  ])('accepts %s', (input, value, country) => {
    expect(parseIban(input)).toEqual({ ok: true, value, country });
  });

  it.each([
    ['FR7630006000011234567890188', 'check digits'], // last digit changed
    ['DE89370400440532013001', 'check digits'],
    ['GB29NWBK60161331926818', 'check digits'],
    ['DE8937040044053201300', 'length'], // one digit short
    ['FR763000600001123456789018912', 'length'],
    ['XX89370400440532013000', 'country'],
    ['GB29NWBK6016133192681X', 'format'],
    ['12345678', 'country code'],
    ['', 'required'],
    ['   ', 'required'],
    ['X'.repeat(100), 'too long'],
  ])('refuses %s', (input, fragment) => {
    const r = parseIban(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(fragment);
  });

  it('formats and masks for display', () => {
    expect(formatIban('FR7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
    expect(maskIban('FR7630006000011234567890189')).toBe('FR76 •••• 0189');
  });
});
