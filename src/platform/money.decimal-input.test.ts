import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimalInput, parseDecimalInput } from './money.ts';

const COMMA_LOCALES = ['fr-FR', 'fr-BE', 'de-DE', 'nl-NL', 'nl-BE', 'sv-SE', 'es-ES', 'it-IT'];
const POINT_LOCALES = ['en-GB', 'en-US'];
const ALL = [...COMMA_LOCALES, ...POINT_LOCALES];

describe('parseDecimalInput', () => {
  it.each(COMMA_LOCALES)('%s reads a decimal comma', (locale) => {
    expect(parseDecimalInput('129,90', locale)).toBe(12990);
    expect(parseDecimalInput(' 129,9 ', locale)).toBe(12990);
    expect(parseDecimalInput('129', locale)).toBe(12900);
    expect(parseDecimalInput('0,05', locale)).toBe(5);
  });

  it.each(POINT_LOCALES)('%s reads a decimal point, and a comma grouping thousands', (locale) => {
    expect(parseDecimalInput('129.90', locale)).toBe(12990);
    expect(parseDecimalInput('1,299.90', locale)).toBe(129990);
    expect(parseDecimalInput('1,299', locale)).toBe(129900);
    expect(parseDecimalInput('1,29.00', locale)).toBeNull();
  });

  it('reads the other mark before one or two final digits as the decimal point (nothing else can mean)', () => {
    expect(parseDecimalInput('699,99', 'en-GB')).toBe(69999);
    expect(parseDecimalInput('1,5', 'en-US')).toBe(150);
    expect(parseDecimalInput('129.90', 'de-DE')).toBe(12990);
    expect(parseDecimalInput('129.9', 'it-IT')).toBe(12990);
    // Three digits after it: a thousands group where the locale groups so, else refused.
    expect(parseDecimalInput('1.299', 'de-DE')).toBe(129900);
    expect(parseDecimalInput('1.299', 'fr-FR')).toBeNull();
  });

  it('accepts the thousands separator of the locale, any space standing for a space', () => {
    expect(parseDecimalInput('1 299,90', 'fr-FR')).toBe(129990);
    expect(parseDecimalInput('1\u00a0299,90', 'fr-FR')).toBe(129990);
    expect(parseDecimalInput('1\u202f299,90', 'fr-FR')).toBe(129990);
    expect(parseDecimalInput('1 299,90', 'sv-SE')).toBe(129990);
    expect(parseDecimalInput('1.299,90', 'de-DE')).toBe(129990);
    expect(parseDecimalInput('1.299,90', 'it-IT')).toBe(129990);
    expect(parseDecimalInput('12.345.678,00', 'nl-NL')).toBe(1234567800);
  });

  it('reads a point as the decimal where the locale groups with spaces (nothing else can mean)', () => {
    expect(parseDecimalInput('129.90', 'fr-FR')).toBe(12990);
    expect(parseDecimalInput('129.90', 'sv-SE')).toBe(12990);
  });

  it('refuses ambiguous and garbage input', () => {
    for (const [text, locale] of [
      ['1.29,00', 'de-DE'], // a thousands group of two digits
      ['1.2.3', 'de-DE'],
      ['1,299,9', 'en-GB'],
      ['1 299,90', 'de-DE'], // a space is no German separator
      ['1,2,3', 'fr-FR'],
      ['1,5.0', 'fr-FR'],
      ['12 34,00', 'fr-FR'],
      ['-12,00', 'fr-FR'],
      ['+12', 'en-GB'],
      ['12€', 'fr-FR'],
      ['1e3', 'en-GB'],
      ['abc', 'it-IT'],
      ['', 'fr-FR'],
      ['   ', 'fr-FR'],
      ['12,345', 'fr-FR'], // three significant decimals
      ['9999999999999999', 'en-GB'],
    ] as const) {
      expect(parseDecimalInput(text, locale), `${text} in ${locale}`).toBeNull();
    }
  });

  it('accepts extra decimals only when they are zeros', () => {
    expect(parseDecimalInput('13,000', 'fr-FR')).toBe(1300);
    expect(parseDecimalInput('13,001', 'fr-FR')).toBeNull();
  });

  it('reads back what formatDecimalInput writes, in every locale', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.constantFrom(...ALL), (minor, locale) => {
        expect(parseDecimalInput(formatDecimalInput(minor, locale), locale)).toBe(minor);
      }),
    );
  });

  it('reads back what Intl writes with grouping, in every locale', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.constantFrom(...ALL), (minor, locale) => {
        const text = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, useGrouping: true }).format(
          minor / 100,
        );
        expect(parseDecimalInput(text, locale)).toBe(minor);
      }),
    );
  });

  it('never returns anything but null or a non-negative safe integer', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.constantFrom(...ALL), (text, locale) => {
        const r = parseDecimalInput(text, locale);
        expect(r === null || (Number.isSafeInteger(r) && r >= 0)).toBe(true);
      }),
    );
  });
});

describe('formatDecimalInput', () => {
  it('writes the locale decimal separator, without grouping', () => {
    expect(formatDecimalInput(12990, 'fr-FR')).toBe('129,90');
    expect(formatDecimalInput(129990, 'de-DE')).toBe('1299,90');
    expect(formatDecimalInput(12990, 'en-GB')).toBe('129.90');
    expect(formatDecimalInput(5, 'sv-SE')).toBe('0,05');
  });
});
