import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AlertCondition,
  alertFires,
  MAX_ALERTS_PER_PERSON,
  readAlertInput,
  refuseNewAlert,
} from './alert.rules.ts';

const back: AlertCondition = { kind: 'back_in_stock', targetMinor: null, currency: 'EUR', status: 'active' };
const below: AlertCondition = { kind: 'price_below', targetMinor: 25_000, currency: 'EUR', status: 'active' };

describe('alertFires', () => {
  it('back in stock: fires when the grade has a winner again, never while nobody sells it', () => {
    expect(alertFires(back, null)).toBe(false);
    expect(alertFires(back, { priceMinor: 99_999, currency: 'EUR' })).toBe(true);
  });

  it('price: fires at or below the target, not above', () => {
    expect(alertFires(below, { priceMinor: 25_001, currency: 'EUR' })).toBe(false);
    expect(alertFires(below, { priceMinor: 25_000, currency: 'EUR' })).toBe(true);
    expect(alertFires(below, { priceMinor: 19_900, currency: 'EUR' })).toBe(true);
    expect(alertFires(below, null)).toBe(false);
  });

  it('compares only in the market currency: 200 SEK is not below 250 EUR', () => {
    expect(alertFires(below, { priceMinor: 20_000, currency: 'SEK' })).toBe(false);
    const sek = { ...below, currency: 'SEK', targetMinor: 300_000 };
    expect(alertFires(sek, { priceMinor: 290_000, currency: 'SEK' })).toBe(true);
  });

  it('fires only once: a paused or fulfilled alert never fires (law)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<AlertCondition['status']>('paused', 'fulfilled'),
        fc.constantFrom(back, below),
        fc.option(
          fc.record({ priceMinor: fc.integer({ min: 1, max: 10_000_000 }), currency: fc.constant('EUR') }),
          {
            nil: null,
          },
        ),
        (status, alert, buybox) => {
          expect(alertFires({ ...alert, status }, buybox)).toBe(false);
        },
      ),
    );
  });
});

describe('readAlertInput', () => {
  const fr = { locale: 'fr-FR', currency: 'EUR' };
  it('reads the target in the reader’s decimal format', () => {
    expect(readAlertInput({ kind: 'price_below', grade: 'GOOD', target: '249,90' }, fr)).toEqual({
      ok: true,
      input: { kind: 'price_below', grade: 'GOOD', targetMinor: 24_990 },
    });
    expect(
      readAlertInput(
        { kind: 'price_below', grade: 'GOOD', target: '1,249.90' },
        { locale: 'en-US', currency: 'USD' },
      ),
    ).toMatchObject({ ok: true, input: { targetMinor: 124_990 } });
    expect(
      readAlertInput(
        { kind: 'price_below', grade: 'FAIR', target: '2 999' },
        { locale: 'sv-SE', currency: 'SEK' },
      ),
    ).toMatchObject({ ok: true, input: { targetMinor: 299_900 } });
  });

  it('back in stock needs no target; a wrong kind, grade or target names its field', () => {
    expect(readAlertInput({ kind: 'back_in_stock', grade: 'PREMIUM', target: 'x' }, fr)).toEqual({
      ok: true,
      input: { kind: 'back_in_stock', grade: 'PREMIUM', targetMinor: null },
    });
    expect(readAlertInput({ kind: 'soon', grade: 'NEW' }, fr)).toEqual({
      ok: false,
      issues: [
        { field: 'kind', problem: 'invalid' },
        { field: 'grade', problem: 'invalid' },
      ],
    });
    expect(readAlertInput({ kind: 'price_below', grade: 'GOOD', target: '' }, fr)).toMatchObject({
      issues: [{ field: 'target', problem: 'required' }],
    });
    expect(readAlertInput({ kind: 'price_below', grade: 'GOOD', target: '12,345' }, fr)).toMatchObject({
      issues: [{ field: 'target', problem: 'invalid' }],
    });
    expect(readAlertInput({ kind: 'price_below', grade: 'GOOD', target: '0' }, fr)).toMatchObject({
      issues: [{ field: 'target', problem: 'range' }],
    });
  });
});

describe('refuseNewAlert', () => {
  const opts = { currency: 'EUR', existing: 0 };
  it('refuses back in stock while on sale, a target already met, and too many alerts', () => {
    const onSale = { priceMinor: 30_000, currency: 'EUR' };
    expect(refuseNewAlert({ kind: 'back_in_stock', grade: 'GOOD', targetMinor: null }, onSale, opts)).toBe(
      'available_now',
    );
    expect(
      refuseNewAlert({ kind: 'back_in_stock', grade: 'GOOD', targetMinor: null }, null, opts),
    ).toBeNull();
    expect(refuseNewAlert({ kind: 'price_below', grade: 'GOOD', targetMinor: 30_000 }, onSale, opts)).toBe(
      'price_already_met',
    );
    expect(
      refuseNewAlert({ kind: 'price_below', grade: 'GOOD', targetMinor: 29_999 }, onSale, opts),
    ).toBeNull();
    expect(refuseNewAlert({ kind: 'price_below', grade: 'GOOD', targetMinor: 1 }, null, opts)).toBeNull();
    expect(
      refuseNewAlert({ kind: 'price_below', grade: 'GOOD', targetMinor: 1 }, null, {
        ...opts,
        existing: MAX_ALERTS_PER_PERSON,
      }),
    ).toBe('too_many');
  });
});
