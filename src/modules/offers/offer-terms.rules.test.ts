import { describe, expect, it } from 'vitest';
import {
  carrierName,
  checkMarketTerms,
  livePriceAfterChange,
  type MarketTermsFields,
  type MarketTermsText,
  maySellIn,
  patchShipping,
  quantityIssue,
  sellerMarkets,
  warrantyIssue,
} from './offer-terms.rules.ts';

const names: MarketTermsFields = {
  price: 'price_FR',
  minPrice: 'minPrice_FR',
  comment: 'comment_FR',
  shipping: 'shipping_FR',
  carrier: (n) => `carrier_FR_${n}`,
  shippingPrice: (n) => `shippingPrice_FR_${n}`,
  delayDays: (n) => `delayDays_FR_${n}`,
};
const ok: MarketTermsText = {
  price: '149.90',
  minPrice: '',
  comment: 'Boxed',
  shipping: [
    { slot: 1, carrier: ' Colissimo ', price: '0', delayDays: '2' },
    { slot: 3, carrier: 'UPS', price: '9.9', delayDays: '1' },
  ],
};

describe('offer terms rules', () => {
  it('markets a seller may sell in: EU sellers in the EU markets, others only at home', () => {
    expect(sellerMarkets('FR').map((m) => m.code)).toEqual(['FR', 'DE', 'NL', 'SE', 'BE', 'ES', 'IT']);
    expect(sellerMarkets('el').map((m) => m.code)).toContain('DE'); // Greece by its VAT prefix
    expect(sellerMarkets('GB').map((m) => m.code)).toEqual(['GB']);
    expect(sellerMarkets('US').map((m) => m.code)).toEqual(['US']);
    expect(sellerMarkets('CH')).toEqual([]);
    expect(maySellIn('DE', 'fr')).toBe(true);
    expect(maySellIn('FR', 'GB')).toBe(false);
    expect(maySellIn('GB', 'DE')).toBe(false);
  });

  it('carrier names are trimmed, 1 to 40 characters', () => {
    expect(carrierName('  DHL ')).toBe('DHL');
    expect(carrierName('   ')).toBeNull();
    expect(carrierName(undefined)).toBeNull();
    expect(carrierName('x'.repeat(41))).toBeNull();
  });

  it('accepts valid terms and returns them in minor units', () => {
    expect(checkMarketTerms('EUR', ok, names)).toEqual({
      terms: {
        priceMinor: 14990,
        minPriceMinor: null,
        comment: 'Boxed',
        shipping: [
          { carrier: 'Colissimo', priceMinor: 0, delayDays: 2 },
          { carrier: 'UPS', priceMinor: 990, delayDays: 1 },
        ],
      },
      issues: [],
    });
  });

  it('names each refusal after its field and slot', () => {
    const r = checkMarketTerms(
      'EUR',
      {
        price: '0',
        minPrice: '1.00',
        comment: 'x'.repeat(501),
        shipping: [
          { slot: 1, carrier: '', price: '4.999', delayDays: '61' },
          { slot: 2, carrier: 'x'.repeat(41), price: '', delayDays: '-1' },
        ],
      },
      names,
    );
    expect(r.terms).toBeNull();
    expect(r.issues).toEqual([
      { field: 'price_FR', message: 'must be greater than 0' },
      { field: 'minPrice_FR', message: 'must not exceed the price' },
      { field: 'comment_FR', message: 'must be at most 500 characters' },
      { field: 'carrier_FR_1', message: 'is required' },
      { field: 'shippingPrice_FR_1', message: 'EUR allows at most 2 decimal places' },
      { field: 'delayDays_FR_1', message: 'must be a whole number from 0 to 60' },
      { field: 'carrier_FR_2', message: 'must be at most 40 characters' },
      { field: 'shippingPrice_FR_2', message: 'is required' },
      { field: 'delayDays_FR_2', message: 'must be a whole number from 0 to 60' },
    ]);
  });

  it('a market keeps one to three shipping options', () => {
    expect(checkMarketTerms('EUR', { ...ok, shipping: [] }, names).issues).toEqual([
      { field: 'shipping_FR', message: 'at least one shipping option is required' },
    ]);
    const four = [1, 2, 3, 4].map((slot) => ({ slot, carrier: 'DHL', price: '1', delayDays: '1' }));
    expect(checkMarketTerms('EUR', { ...ok, shipping: four }, names).issues).toEqual([
      { field: 'shipping_FR', message: 'at most 3 shipping options' },
    ]);
  });

  it('stock and warranty limits are the same for every caller', () => {
    expect(quantityIssue(100_000, 'q')).toBeNull();
    expect(quantityIssue(100_001, 'q')).toEqual({
      field: 'q',
      message: 'must be a whole number from 0 to 100000',
    });
    expect(quantityIssue(-1, 'q')).not.toBeNull();
    expect(quantityIssue(Number.NaN, 'q')).not.toBeNull();
    expect(warrantyIssue(12, 'w')).toBeNull();
    expect(warrantyIssue(120, 'w')).toBeNull();
    expect(warrantyIssue(121, 'w')).toEqual({
      field: 'w',
      message: 'must be a whole number from 12 to 120 months',
    });
  });

  it('the live price: the seller’s price, unless the repricer holds it within the new floor', () => {
    // No repricer: the live price is the seller's price.
    expect(
      livePriceAfterChange({
        liveMinor: 100,
        sellerPriceMinor: 100,
        newSellerPriceMinor: 120,
        newMinPriceMinor: null,
      }),
    ).toEqual({ liveMinor: 120, moved: false });
    // Repricer on, seller's price unchanged: the repricer's live price stays…
    expect(
      livePriceAfterChange({
        liveMinor: 160,
        sellerPriceMinor: 200,
        newSellerPriceMinor: 200,
        newMinPriceMinor: 150,
      }),
    ).toEqual({ liveMinor: 160, moved: false });
    // …moved up to a new floor above it (a move for the repricer log)…
    expect(
      livePriceAfterChange({
        liveMinor: 160,
        sellerPriceMinor: 200,
        newSellerPriceMinor: 200,
        newMinPriceMinor: 180,
      }),
    ).toEqual({ liveMinor: 180, moved: true });
    // …and a new seller's price, or switching the repricer off, sets the live price to it.
    expect(
      livePriceAfterChange({
        liveMinor: 160,
        sellerPriceMinor: 200,
        newSellerPriceMinor: 190,
        newMinPriceMinor: 150,
      }),
    ).toEqual({ liveMinor: 190, moved: false });
    expect(
      livePriceAfterChange({
        liveMinor: 160,
        sellerPriceMinor: 200,
        newSellerPriceMinor: 200,
        newMinPriceMinor: null,
      }),
    ).toEqual({ liveMinor: 200, moved: false });
  });

  it('shipping patches by slot: keep parts, add with a default delay, remove with null', () => {
    const current = [
      { carrier: 'DHL', priceMinor: 500, delayDays: 3 },
      { carrier: 'UPS', priceMinor: 900, delayDays: 1 },
    ];
    expect(patchShipping(current, [{ slot: 1, priceMinor: 400 }])).toEqual([
      { slot: 1, carrier: 'DHL', priceMinor: 400, delayDays: 3 },
      { slot: 2, carrier: 'UPS', priceMinor: 900, delayDays: 1 },
    ]);
    expect(
      patchShipping(current, [
        { slot: 2, carrier: null },
        { slot: 3, carrier: 'GLS', priceMinor: 0 },
      ]),
    ).toEqual([
      { slot: 1, carrier: 'DHL', priceMinor: 500, delayDays: 3 },
      { slot: 3, carrier: 'GLS', priceMinor: 0, delayDays: 2 },
    ]);
    expect(patchShipping(current, [{ slot: 4, carrier: 'X', priceMinor: 1 }])).toHaveLength(2);
  });
});
