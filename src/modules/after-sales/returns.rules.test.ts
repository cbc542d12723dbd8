import { describe, expect, it } from 'vitest';
import { returnEligibility, returnRefundMinor, withdrawalStatement } from './returns.rules.ts';

const base = { ordered: '2026-03-01', lastDelivered: '2026-03-02', country: 'FR', consumer: true };

describe('returns', () => {
  it('is a legal withdrawal for 14 days after the last item arrives, refunded within 14 days', () => {
    expect(returnEligibility({ ...base, today: '2026-03-16' })).toEqual({
      ok: true,
      kind: 'withdrawal',
      endsOn: '2026-03-16',
      refundDueOn: '2026-03-30',
    });
  });

  it('is a commercial return after that, until the seller’s window ends', () => {
    expect(returnEligibility({ ...base, today: '2026-03-17' })).toEqual({
      ok: true,
      kind: 'commercial',
      endsOn: '2026-04-01',
      refundDueOn: null,
    });
    expect(returnEligibility({ ...base, today: '2026-04-02' })).toEqual({
      ok: false,
      reason: 'window_closed',
      endedOn: '2026-04-01',
    });
  });

  it('gives business buyers no withdrawal, only the commercial window', () => {
    expect(returnEligibility({ ...base, consumer: false, today: '2026-03-05' })).toMatchObject({
      kind: 'commercial',
    });
  });

  it('needs the delivery first', () => {
    expect(returnEligibility({ ...base, lastDelivered: null, today: '2026-03-05' })).toEqual({
      ok: false,
      reason: 'not_delivered',
    });
  });

  it('keeps Black Friday orders returnable until 31 January', () => {
    const bf = { ordered: '2026-11-27', lastDelivered: '2026-11-30', country: 'FR', consumer: true };
    expect(returnEligibility({ ...bf, today: '2027-01-29' })).toMatchObject({ ok: true, kind: 'commercial' });
    expect(returnEligibility({ ...bf, today: '2027-02-02' })).toEqual({
      ok: false,
      reason: 'window_closed',
      endedOn: '2027-02-01',
    });
  });

  it('refunds the standard delivery with a withdrawal only', () => {
    const line = { unitPriceMinor: 29_900, quantity: 2, shippingMinor: 490 };
    expect(returnRefundMinor({ ...line, kind: 'withdrawal' })).toBe(60_290);
    expect(returnRefundMinor({ ...line, kind: 'commercial' })).toBe(59_800);
  });

  it('fills in the model withdrawal form', () => {
    const text = withdrawalStatement({
      seller: 'ReNew SAS',
      orderId: 42,
      product: 'iPhone 13',
      ordered: '2026-03-01',
      received: '2026-03-02',
      buyer: 'Chloé Martin',
    });
    expect(text).toContain('I hereby give notice that I withdraw from my contract of sale');
    expect(text).toContain('iPhone 13 (order 42)');
  });
});
