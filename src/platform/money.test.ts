import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocate,
  currencyExponent,
  formatAmount,
  formatMoneyForDisplay,
  isKnownCurrency,
  MAX_AMOUNT_MINOR,
  mulDivHalfUp,
  parseMoney,
  toApiMoney,
} from './money.ts';

const EXPONENTS = { EUR: 2, SEK: 2, GBP: 2, USD: 2, JPY: 0, KWD: 3 } as const;
type Currency = keyof typeof EXPONENTS;
const CURRENCIES = Object.keys(EXPONENTS) as Currency[];

function parsed(input: string, currency: string): number {
  const r = parseMoney(input, currency);
  if (!r.ok) throw new Error(`expected "${input}" ${currency} to parse, got: ${r.message}`);
  return r.amountMinor;
}

describe('currencyExponent / isKnownCurrency', () => {
  it.each(CURRENCIES)('%s has its ISO 4217 exponent', (c) => {
    expect(currencyExponent(c)).toBe(EXPONENTS[c]);
  });

  it('throws on an unknown currency', () => {
    expect(() => currencyExponent('XYZ')).toThrow(/Unknown currency XYZ/);
  });

  it('knows only upper-case ISO codes', () => {
    expect(isKnownCurrency('EUR')).toBe(true);
    expect(isKnownCurrency('KWD')).toBe(true);
    expect(isKnownCurrency('eur')).toBe(false);
    expect(isKnownCurrency('XYZ')).toBe(false);
    expect(isKnownCurrency('EURO')).toBe(false);
    expect(isKnownCurrency('')).toBe(false);
  });
});

describe('parseMoney', () => {
  it.each([
    ['13', 'EUR', 1300],
    ['13.5', 'EUR', 1350],
    ['13.45', 'EUR', 1345],
    ['13.000', 'EUR', 1300],
    ['13.4500000', 'EUR', 1345],
    ['0.01', 'EUR', 1],
    ['0', 'EUR', 0],
    ['007.10', 'EUR', 710],
    ['1299.99', 'SEK', 129999],
    ['19.99', 'GBP', 1999],
    ['19.99', 'USD', 1999],
    ['1500', 'JPY', 1500],
    ['1500.0', 'JPY', 1500],
    ['1500.000', 'JPY', 1500],
    ['1.5', 'KWD', 1500],
    ['1.234', 'KWD', 1234],
    ['1.2340', 'KWD', 1234],
    ['  13.45 ', 'EUR', 1345],
    ['999999.99', 'EUR', 99_999_999],
    ['99999999', 'JPY', 99_999_999],
    ['99999.999', 'KWD', 99_999_999],
  ] as const)('"%s" %s = %i minor units', (input, currency, expected) => {
    expect(parseMoney(input, currency)).toEqual({ ok: true, amountMinor: expected });
  });

  it.each([
    ['13.123', 'EUR'],
    ['13.001', 'EUR'],
    ['13.0000001', 'EUR'],
    ['99.995', 'SEK'],
    ['1.5', 'JPY'],
    ['1.01', 'JPY'],
    ['1.2345', 'KWD'],
  ] as const)('"%s" %s is refused for too many significant decimals', (input, currency) => {
    const r = parseMoney(input, currency);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe(`${currency} allows at most ${EXPONENTS[currency]} decimal places`);
  });

  it.each([
    '',
    ' ',
    'abc',
    '-1',
    '-1.00',
    '+1',
    '.5',
    '13.',
    '1e3',
    '1 000',
    '0x10',
    '1.2.3',
    '€12',
    '12 EUR',
    'NaN',
    'Infinity',
    '1.234,50', // no thousands separators
    '1 234,50',
    '12,',
    ',5',
  ])('garbage "%s" is refused', (input) => {
    const r = parseMoney(input, 'EUR');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/decimal amount/);
  });

  it('throws for an unknown currency', () => {
    expect(() => parseMoney('1', 'XYZ')).toThrow(/Unknown currency/);
  });
});

describe('parseMoney: bounds (every amount fits the 32-bit columns it is stored in)', () => {
  it('the largest amount is 999999.99 in a two-decimal currency', () => {
    expect(MAX_AMOUNT_MINOR).toBe(99_999_999);
    expect(MAX_AMOUNT_MINOR).toBeLessThan(2 ** 31 - 1);
  });

  it.each([
    ['99999999999', 'EUR'],
    ['1000000', 'EUR'],
    ['1000000.0', 'EUR'],
    ['1000000.00', 'SEK'],
    ['1234567890123', 'GBP'],
    ['99999999999999999999999', 'EUR'],
  ] as const)('"%s" %s is refused naming the allowed range', (input, currency) => {
    expect(parseMoney(input, currency)).toEqual({
      ok: false,
      message: `must be from 0.00 to 999999.99 ${currency}`,
    });
  });

  it('a caller narrows the range, and the message says it', () => {
    expect(parseMoney('0', 'EUR', { min: 1 })).toEqual({
      ok: false,
      message: 'must be from 0.01 to 999999.99 EUR',
    });
    expect(parseMoney('10000.01', 'EUR', { max: 1_000_000 })).toEqual({
      ok: false,
      message: 'must be from 0.00 to 10000.00 EUR',
    });
    expect(parseMoney('10000', 'EUR', { max: 1_000_000 })).toEqual({ ok: true, amountMinor: 1_000_000 });
  });
});

describe('parseMoney: decimal comma where the markets of the currency write one', () => {
  it.each([
    ['699,99', 'EUR', 69999],
    ['12,50', 'EUR', 1250],
    ['12,5', 'EUR', 1250],
    [' 12,50 ', 'EUR', 1250],
    ['1299,99', 'SEK', 129999],
    ['12,500', 'EUR', 1250],
    ['699.99', 'EUR', 69999], // the dot stays accepted everywhere (the API's form)
  ] as const)('"%s" %s = %i minor units', (input, currency, expected) => {
    expect(parseMoney(input, currency)).toEqual({ ok: true, amountMinor: expected });
  });

  it.each([
    ['12,50', 'GBP'],
    ['12,50', 'USD'],
    ['1,000', 'GBP'], // a thousands separator there, never read as 1.000
  ] as const)('"%s" %s is refused with the expected format (its markets write a dot)', (input, currency) => {
    expect(parseMoney(input, currency)).toEqual({
      ok: false,
      message: 'must be a decimal amount like "123.45"',
    });
  });

  it('the expected format names both separators where a comma is accepted', () => {
    expect(parseMoney('12;50', 'EUR')).toEqual({
      ok: false,
      message: 'must be a decimal amount like "123.45" or "123,45"',
    });
  });

  it('a comma with too many significant decimals is refused like a dot', () => {
    expect(parseMoney('13,123', 'EUR')).toEqual({
      ok: false,
      message: 'EUR allows at most 2 decimal places',
    });
  });

  it('a caller may say which separator its market writes', () => {
    expect(parseMoney('12,50', 'GBP', { decimalComma: true })).toEqual({ ok: true, amountMinor: 1250 });
    expect(parseMoney('12,50', 'EUR', { decimalComma: false }).ok).toBe(false);
  });
});

describe('formatAmount / toApiMoney', () => {
  it.each([
    [0, 'EUR', '0.00'],
    [1, 'EUR', '0.01'],
    [10, 'EUR', '0.10'],
    [1345, 'EUR', '13.45'],
    [123450, 'GBP', '1234.50'],
    [-1, 'EUR', '-0.01'],
    [-1345, 'EUR', '-13.45'],
    [-100, 'USD', '-1.00'],
    [0, 'JPY', '0'],
    [1500, 'JPY', '1500'],
    [-1500, 'JPY', '-1500'],
    [0, 'KWD', '0.000'],
    [5, 'KWD', '0.005'],
    [1234, 'KWD', '1.234'],
    [-1500, 'KWD', '-1.500'],
    [Number.MAX_SAFE_INTEGER, 'EUR', '90071992547409.91'],
  ] as const)('%i %s → "%s"', (minor, currency, expected) => {
    expect(formatAmount(minor, currency)).toBe(expected);
  });

  it('never formats negative zero with a sign', () => {
    expect(formatAmount(-0, 'EUR')).toBe('0.00');
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses the non-integer %d', (v) => {
    expect(() => formatAmount(v, 'EUR')).toThrow(/Not an integer amount/);
  });

  it('toApiMoney pairs the decimal string with the currency', () => {
    expect(toApiMoney(129999, 'SEK')).toEqual({ amount: '1299.99', currency: 'SEK' });
    expect(toApiMoney(1500, 'JPY')).toEqual({ amount: '1500', currency: 'JPY' });
  });

  it('round-trips: parse(format(x)) === x for every non-negative amount', () => {
    const currencyAndAmount = fc
      .constantFrom(...CURRENCIES)
      // parseMoney accepts amounts up to MAX_AMOUNT_MINOR.
      .chain((currency) => fc.tuple(fc.constant(currency), fc.integer({ min: 0, max: MAX_AMOUNT_MINOR })));
    fc.assert(
      fc.property(currencyAndAmount, ([currency, amount]) => {
        expect(parsed(formatAmount(amount, currency), currency)).toBe(amount);
      }),
      { numRuns: 500 },
    );
  });

  it('format always shows exactly the currency exponent of decimals', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CURRENCIES), fc.maxSafeInteger(), (currency, amount) => {
        const s = formatAmount(amount, currency);
        const exp = EXPONENTS[currency];
        expect(s).toMatch(exp === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${exp}}$`));
        expect(s.startsWith('-')).toBe(amount < 0);
      }),
    );
  });
});

describe('formatMoneyForDisplay', () => {
  it('formats for people in the locale', () => {
    const gb = formatMoneyForDisplay(123450, 'GBP', 'en-GB');
    expect(gb).toContain('1,234.50');
    expect(gb).toContain('£');
    expect(formatMoneyForDisplay(123450, 'EUR', 'fr-FR')).toMatch(/^1\s234,50\s€$/u);
    expect(formatMoneyForDisplay(123450, 'SEK', 'sv-SE')).toMatch(/^1\s234,50\skr$/u);
    expect(formatMoneyForDisplay(123450, 'EUR', 'de-DE')).toMatch(/^1\.234,50\s€$/u);
    expect(formatMoneyForDisplay(123450, 'USD', 'en-US')).toBe('$1,234.50');
  });

  it('uses the currency exponent for decimals', () => {
    expect(formatMoneyForDisplay(1234, 'JPY', 'en-US')).toMatch(/^¥1,234$/);
    expect(formatMoneyForDisplay(1234, 'KWD', 'en-GB')).toContain('1.234');
    expect(formatMoneyForDisplay(0, 'EUR', 'en-GB')).toBe('€0.00');
  });

  it('shows negatives', () => {
    expect(formatMoneyForDisplay(-123450, 'EUR', 'en-GB')).toBe('-€1,234.50');
  });

  it('is exact beyond float precision (formats the decimal string)', () => {
    expect(formatMoneyForDisplay(Number.MAX_SAFE_INTEGER, 'EUR', 'en-GB')).toBe('€90,071,992,547,409.91');
  });

  it('gives the same result on repeated (cached) calls for different locales', () => {
    const a = formatMoneyForDisplay(999, 'EUR', 'en-GB');
    const b = formatMoneyForDisplay(999, 'EUR', 'fr-FR');
    expect(formatMoneyForDisplay(999, 'EUR', 'en-GB')).toBe(a);
    expect(a).toBe('€9.99');
    expect(b).toMatch(/^9,99\s€$/u);
  });
});

describe('mulDivHalfUp', () => {
  it('rounds half up on the absolute value', () => {
    expect(mulDivHalfUp(4, 1, 10)).toBe(0); // 0.4
    expect(mulDivHalfUp(5, 1, 10)).toBe(1); // 0.5
    expect(mulDivHalfUp(15, 1, 10)).toBe(2); // 1.5
    expect(mulDivHalfUp(25, 1, 10)).toBe(3); // 2.5: half-up, not banker's rounding
    expect(mulDivHalfUp(24, 1, 10)).toBe(2);
    expect(mulDivHalfUp(-5, 1, 10)).toBe(-1);
    expect(mulDivHalfUp(-25, 1, 10)).toBe(-3);
    expect(mulDivHalfUp(5, -1, 10)).toBe(-1);
    expect(mulDivHalfUp(-5, -1, 10)).toBe(1);
    expect(mulDivHalfUp(-24, 1, 10)).toBe(-2);
  });

  it('never returns negative zero', () => {
    expect(Object.is(mulDivHalfUp(-4, 1, 10), 0)).toBe(true);
    expect(Object.is(mulDivHalfUp(0, -5, 10), 0)).toBe(true);
  });

  it('is exact for large operands (no float overflow)', () => {
    // 9007199254740991 × 2100 / 10000 = 1891511843495608.11
    expect(mulDivHalfUp(Number.MAX_SAFE_INTEGER, 2100, 10_000)).toBe(1_891_511_843_495_608);
  });

  it('refuses a non-positive denominator', () => {
    expect(() => mulDivHalfUp(1, 1, 0)).toThrow(/den must be positive/);
    expect(() => mulDivHalfUp(1, 1, -10)).toThrow(/den must be positive/);
  });

  it('net VAT vectors: per-line rounding differs from per-invoice rounding', () => {
    // 3 lines of €0.35 at 21 %: each 0.0735 → 0.07, Σ 0.21; on the invoice total 1.05 × 21 % = 0.2205 → 0.22.
    const perLine = [35, 35, 35].map((net) => mulDivHalfUp(net, 2100, 10_000));
    expect(perLine).toEqual([7, 7, 7]);
    expect(perLine.reduce((a, b) => a + b, 0)).toBe(21);
    expect(mulDivHalfUp(105, 2100, 10_000)).toBe(22);
  });

  it('gross VAT vectors: VAT included in 3 × €1.00 at 21 %', () => {
    // 100 × 21/121 = 17.355 → 17; Σ 51. 300 × 21/121 = 52.066 → 52.
    const perLine = [100, 100, 100].map((gross) => mulDivHalfUp(gross, 21, 121));
    expect(perLine).toEqual([17, 17, 17]);
    expect(perLine.reduce((a, b) => a + b, 0)).toBe(51);
    expect(mulDivHalfUp(300, 21, 121)).toBe(52);
  });

  it('property: result is the half-up rounding of the exact quotient, symmetric in sign', () => {
    fc.assert(
      fc.property(
        // |a·num| ≤ 1e15 keeps the result a safe integer.
        fc.integer({ min: -1e10, max: 1e10 }),
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (a, num, den) => {
          const r = mulDivHalfUp(a, num, den);
          expect(Number.isSafeInteger(r)).toBe(true);
          // For x = |a·num|/den ≥ 0 and R = |r|: (2R − 1)·den ≤ 2x·den < (2R + 1)·den.
          const p2 = 2n * BigInt(Math.abs(a)) * BigInt(Math.abs(num));
          const R = BigInt(Math.abs(r));
          const d = BigInt(den);
          expect((2n * R - 1n) * d <= p2).toBe(true);
          expect(p2 < (2n * R + 1n) * d).toBe(true);
          // Sign follows the sign of a·num; credit notes mirror invoices.
          if (r !== 0) expect(Math.sign(r)).toBe(Math.sign(a) * Math.sign(num));
          expect(mulDivHalfUp(-a, num, den)).toBe(r === 0 ? 0 : -r);
        },
      ),
    );
  });
});

describe('allocate', () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [1001, [1, 1, 1, 1], [251, 250, 250, 250]],
    [2, [1, 1, 1], [1, 1, 0]], // ties go to the earlier part
    [-100, [1, 1, 1], [-34, -33, -33]],
    [-1, [1, 1, 1], [-1, 0, 0]],
    [0, [1, 2, 3], [0, 0, 0]],
    [100, [1, 0, 1], [50, 0, 50]],
    [7, [0, 5, 0], [0, 7, 0]],
    [100, [1, 2], [33, 67]], // largest remainder: 33.33 / 66.67
    [10, [3, 3, 4], [3, 3, 4]],
    [1000, [2100, 900, 7000], [210, 90, 700]],
    [5, [1], [5]],
  ] as const)('%i into %j → %j', (total, weights, expected) => {
    expect(allocate(total, weights)).toEqual(expected);
  });

  it('never returns negative zero parts', () => {
    for (const part of allocate(-1, [1, 1, 1])) if (part === 0) expect(Object.is(part, 0)).toBe(true);
  });

  it('refuses invalid input', () => {
    expect(() => allocate(100, [])).toThrow(/at least one weight/);
    expect(() => allocate(100, [0, 0])).toThrow(/must not all be zero/);
    expect(() => allocate(100, [1, -1])).toThrow(/non-negative integers/);
    expect(() => allocate(100, [1, 0.5])).toThrow(/non-negative integers/);
    expect(() => allocate(1.5, [1])).toThrow(/total must be an integer/);
  });

  const weightsArb = fc
    .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 })
    .filter((ws) => ws.some((w) => w > 0));

  it('property: conserves the total exactly and each part is within 1 of its exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), weightsArb, (total, weights) => {
        const parts = allocate(total, weights);
        expect(parts).toHaveLength(weights.length);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        const W = BigInt(weights.reduce((a, b) => a + b, 0));
        parts.forEach((part, i) => {
          expect(Number.isSafeInteger(part)).toBe(true);
          // |part − total·w/W| < 1  ⇔  |part·W − total·w| < W
          const diff = BigInt(part) * W - BigInt(total) * BigInt(weights[i]!);
          expect(diff < W && -diff < W).toBe(true);
          if (weights[i] === 0) expect(Object.is(part, 0)).toBe(true);
          if (part !== 0) expect(Math.sign(part)).toBe(Math.sign(total));
        });
      }),
    );
  });

  it('property: a negative total mirrors the positive one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), weightsArb, (total, weights) => {
        expect(allocate(-total, weights)).toEqual(allocate(total, weights).map((p) => (p === 0 ? 0 : -p)));
      }),
    );
  });
});
