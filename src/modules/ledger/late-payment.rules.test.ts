import { describe, expect, it } from 'vitest';
import { LATE_PAYMENT_PAYABLE, latePaymentReceived, latePaymentRefunded } from './late-payment.rules.ts';
import { balanceOf, balances } from './ledger.rules.ts';

const late = { paymentId: 'p-1', providerRef: 'pi_1', amountMinor: 32_697, currency: 'EUR' };

describe('late payments in the ledger', () => {
  it('money received for a released checkout is owed to the buyer until refunded, then nothing is left', () => {
    const received = latePaymentReceived(late);
    expect(received).toMatchObject({ kind: 'late_payment', reference: 'p-1:pi_1' });
    const owed = balances(received.postings);
    expect(balanceOf(owed, LATE_PAYMENT_PAYABLE, 'EUR')).toBe(-32_697);
    expect(balanceOf(owed, 'psp_clearing', 'EUR')).toBe(32_697);
    const refunded = latePaymentRefunded({ ...late, refundId: 7 });
    const both = balances([...received.postings, ...refunded.postings]);
    expect(balanceOf(both, LATE_PAYMENT_PAYABLE, 'EUR')).toBe(0);
    expect(balanceOf(both, 'psp_clearing', 'EUR')).toBe(0);
    // Each refund attempt is booked under its own reference (a failed one is reversed under it).
    expect(refunded.reference).toBe('p-1:pi_1:7');
  });

  it('refuses amounts that are not positive integers and currencies that are not ISO codes', () => {
    expect(() => latePaymentReceived({ ...late, amountMinor: 0 })).toThrow();
    expect(() => latePaymentReceived({ ...late, amountMinor: 1.5 })).toThrow();
    expect(() => latePaymentRefunded({ ...late, refundId: 1, currency: 'eur' })).toThrow();
  });
});
