import { describe, expect, it } from 'vitest';
import type { TCreateOfferInput } from './offers.types.ts';
import { ZCreateOfferInputSchema } from './offers.types.ts';

type MarketInput = TCreateOfferInput['markets'][number];

function market(overrides: Partial<MarketInput> = {}): MarketInput {
  return {
    market: 'fr-fr',
    price: '249.90',
    shipping: [{ carrier: 'Colissimo', price: '4.90', delayDays: 2 }],
    ...overrides,
  };
}

function validInput(overrides: Partial<TCreateOfferInput> = {}): TCreateOfferInput {
  return {
    productId: '3f1c2a64-9a0e-4d5b-8c1e-2b7d9f0a1c3e',
    grade: 'EXCELLENT',
    sku: 'IP13-128-BLK/A',
    quantity: 3,
    warrantyMonths: 12,
    vatType: 'MARGINAL',
    markets: [market()],
    ...overrides,
  };
}

/** The issues of a refused input, as path + message. */
function issues(input: unknown) {
  const r = ZCreateOfferInputSchema.safeParse(input);
  if (r.success) throw new Error('expected the input to be refused');
  return r.error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code }));
}

const pathsOf = (input: unknown) => issues(input).map((i) => i.path);

describe('ZCreateOfferInputSchema', () => {
  it('parses a valid offer and fills defaults', () => {
    const r = ZCreateOfferInputSchema.safeParse(validInput());
    expect(r.success).toBe(true);
    expect(r.data).toEqual({
      ...validInput(),
      published: true,
      markets: [{ ...market(), comment: '' }],
    });
  });

  it('accepts the boundaries: warranty 12, quantity 0, 500-char comment, free shipping, 3 shipping options', () => {
    const r = ZCreateOfferInputSchema.safeParse(
      validInput({
        warrantyMonths: 12,
        quantity: 0,
        published: false,
        markets: [
          market({
            comment: 'x'.repeat(500),
            minPrice: '249.90',
            shipping: [
              { carrier: 'Colissimo', price: '0', delayDays: 0 },
              { carrier: 'Chronopost', price: '9.90', delayDays: 1 },
              { carrier: 'Mondial Relay', price: '3.500', delayDays: 4 },
            ],
          }),
        ],
      }),
    );
    expect(r.success).toBe(true);
  });

  it('accepts several markets with their own currencies', () => {
    const r = ZCreateOfferInputSchema.safeParse(
      validInput({
        markets: [
          market({ market: 'fr-fr', price: '13.000' }),
          market({ market: 'sv-se', price: '2499.50' }),
          market({ market: 'en-gb', price: '199' }),
          market({ market: 'en-us', price: '229.99' }),
        ],
      }),
    );
    expect(r.success).toBe(true);
  });

  it('refuses a warranty of 11 months', () => {
    expect(issues(validInput({ warrantyMonths: 11 }))).toEqual([
      { path: ['warrantyMonths'], message: 'must be at least 12 months', code: 'too_small' },
    ]);
  });

  it('refuses "13.123" for fr-fr (EUR has 2 decimals)', () => {
    expect(issues(validInput({ markets: [market({ price: '13.123' })] }))).toEqual([
      { path: ['markets', 0, 'price'], message: 'EUR allows at most 2 decimal places', code: 'custom' },
    ]);
  });

  it('refuses a SEK price with 3 significant decimals', () => {
    expect(issues(validInput({ markets: [market({ market: 'sv-se', price: '99.995' })] }))).toEqual([
      { path: ['markets', 0, 'price'], message: 'SEK allows at most 2 decimal places', code: 'custom' },
    ]);
  });

  it('checks the currency of the right market in a multi-market offer', () => {
    const input = validInput({
      markets: [market({ market: 'fr-fr', price: '10.00' }), market({ market: 'sv-se', price: '10.001' })],
    });
    expect(pathsOf(input)).toEqual([['markets', 1, 'price']]);
  });

  it('refuses a negative quantity', () => {
    expect(issues(validInput({ quantity: -1 }))).toEqual([
      { path: ['quantity'], message: 'must not be negative', code: 'too_small' },
    ]);
  });

  it('refuses a fractional quantity', () => {
    expect(pathsOf(validInput({ quantity: 1.5 }))).toEqual([['quantity']]);
  });

  it('refuses a 501-character comment', () => {
    expect(issues(validInput({ markets: [market({ comment: 'x'.repeat(501) })] }))).toEqual([
      { path: ['markets', 0, 'comment'], message: 'must be at most 500 characters', code: 'too_big' },
    ]);
  });

  it('refuses an unknown market "xx-xx"', () => {
    expect(issues(validInput({ markets: [market({ market: 'xx-xx' })] }))).toEqual([
      { path: ['markets', 0, 'market'], message: 'unknown market', code: 'custom' },
    ]);
  });

  it('refuses a minimum price above the price', () => {
    expect(issues(validInput({ markets: [market({ price: '100.00', minPrice: '100.01' })] }))).toEqual([
      { path: ['markets', 0, 'minPrice'], message: 'must not exceed the price', code: 'custom' },
    ]);
  });

  it('refuses a zero price', () => {
    expect(issues(validInput({ markets: [market({ price: '0.00' })] }))).toEqual([
      { path: ['markets', 0, 'price'], message: 'must be greater than 0', code: 'custom' },
    ]);
  });

  it('refuses a malformed price with a single issue', () => {
    for (const price of ['12;50', '-5', '€12', '', '1e3', '.5', '1.234,50']) {
      expect(issues(validInput({ markets: [market({ price })] }))).toEqual([
        {
          path: ['markets', 0, 'price'],
          message: 'must be a decimal amount like "123.45"',
          code: 'invalid_format',
        },
      ]);
    }
    expect(pathsOf(validInput({ markets: [market({ minPrice: '1;00' })] }))).toEqual([
      ['markets', 0, 'minPrice'],
    ]);
  });

  it('reads a decimal comma in a market that writes one; refuses it in GB with the expected format', () => {
    const r = ZCreateOfferInputSchema.safeParse(
      validInput({
        markets: [
          market({
            price: '249,90',
            minPrice: '199,5',
            shipping: [{ carrier: 'Colissimo', price: '4,90', delayDays: 2 }],
          }),
        ],
      }),
    );
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
    expect(issues(validInput({ markets: [market({ market: 'en-gb', price: '249,90' })] }))).toEqual([
      { path: ['markets', 0, 'price'], message: 'must be a decimal amount like "123.45"', code: 'custom' },
    ]);
  });

  it('refuses an amount beyond the bounds, naming the field and the range (never an overflow)', () => {
    expect(
      issues(
        validInput({
          markets: [
            market({
              price: '99999999999',
              minPrice: '1000000',
              shipping: [{ carrier: 'Colissimo', price: '99999999999', delayDays: 2 }],
            }),
          ],
        }),
      ),
    ).toEqual(
      [
        ['markets', 0, 'price'],
        ['markets', 0, 'minPrice'],
        ['markets', 0, 'shipping', 0, 'price'],
      ].map((path) => ({ path, message: 'must be from 0.00 to 999999.99 EUR', code: 'custom' })),
    );
  });

  it('refuses a shipping price with too many decimals, at its own path', () => {
    const input = validInput({
      markets: [
        market({
          shipping: [
            { carrier: 'UPS', price: '4.90', delayDays: 1 },
            { carrier: 'DHL', price: '4.999', delayDays: 1 },
          ],
        }),
      ],
    });
    expect(pathsOf(input)).toEqual([['markets', 0, 'shipping', 1, 'price']]);
  });

  it('refuses an unexpected extra field (strict), at the top level and inside markets', () => {
    expect(issues({ ...validInput(), discount: '10%' })).toEqual([
      { path: [], message: expect.stringContaining('discount'), code: 'unrecognized_keys' },
    ]);
    expect(issues(validInput({ markets: [{ ...market(), currency: 'EUR' } as MarketInput] }))).toEqual([
      { path: ['markets', 0], message: expect.stringContaining('currency'), code: 'unrecognized_keys' },
    ]);
  });

  it('refuses zero shipping options, and more than three', () => {
    expect(issues(validInput({ markets: [market({ shipping: [] })] }))).toEqual([
      { path: ['markets', 0, 'shipping'], message: 'at least one shipping option', code: 'too_small' },
    ]);
    const option = { carrier: 'UPS', price: '5', delayDays: 1 };
    expect(
      pathsOf(validInput({ markets: [market({ shipping: [option, option, option, option] })] })),
    ).toEqual([['markets', 0, 'shipping']]);
  });

  it('refuses an offer without markets', () => {
    expect(pathsOf(validInput({ markets: [] }))).toEqual([['markets']]);
  });

  it('refuses a market listed twice', () => {
    expect(issues(validInput({ markets: [market(), market({ price: '199.00' })] }))).toEqual([
      { path: ['markets', 1, 'market'], message: 'listed twice', code: 'custom' },
    ]);
  });

  it('refuses an unknown grade, VAT type, a non-UUID product and a bad SKU', () => {
    expect(pathsOf({ ...validInput(), grade: 'MINT' })).toEqual([['grade']]);
    expect(pathsOf({ ...validInput(), vatType: 'ZERO' })).toEqual([['vatType']]);
    expect(pathsOf(validInput({ productId: 'not-a-uuid' }))).toEqual([['productId']]);
    expect(pathsOf(validInput({ sku: 'has space' }))).toEqual([['sku']]);
    expect(pathsOf(validInput({ sku: 'A'.repeat(65) }))).toEqual([['sku']]);
    expect(ZCreateOfferInputSchema.safeParse(validInput({ sku: 'A'.repeat(64) })).success).toBe(true);
    expect(new Set(pathsOf(validInput({ sku: '   ' })).map((p) => p.join('.')))).toEqual(new Set(['sku']));
  });

  it('reports every field-level issue at once', () => {
    const paths = pathsOf(
      validInput({
        warrantyMonths: 11,
        quantity: -1,
        markets: [market({ comment: 'x'.repeat(501), price: '13.123' })],
      }),
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        ['warrantyMonths'],
        ['quantity'],
        ['markets', 0, 'comment'],
        ['markets', 0, 'price'],
      ]),
    );
  });
});
