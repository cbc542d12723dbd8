/** The emails refunds send (through deps.mailer's outbox, in the transaction of their cause). */
import type { MailMessage } from '../../platform/mail/mailer.ts';
import { marketByCode } from '../../platform/markets.ts';
import { formatAmount } from '../../platform/money.ts';
import { gradeName } from '../offers/grade-names.ts';

const money = (minor: number, currency: string) => `${formatAmount(minor, currency)} ${currency}`;
const SIGNATURE = '— Reloop, the marketplace for refurbished electronics';

export type FailedRefundFacts = {
  refundId: number;
  /** What was being refunded (refunds.kind, and the service fee: a refund without a line). */
  what: 'line' | 'insurance' | 'service_fee' | 'late_payment';
  /** 'reversed': it had counted and was undone; 'refused': the provider refused it at once. */
  how: 'reversed' | 'refused';
  orderId: number | null;
  checkoutId: string;
  /** For people: "1 × Phone (A)", "the service fee"… */
  description: string;
  amountMinor: number;
  currency: string;
  message: string | null;
  lineState: number | null;
  /** The units were put back on sale and could not be taken back (sold meanwhile). */
  unitsStillReleased: boolean;
};

export function refundFailedBuyerEmail(to: string, f: FailedRefundFacts): MailMessage {
  const amount = money(f.amountMinor, f.currency);
  return {
    to,
    template: 'refunds.refund-failed',
    subject: `Your Reloop refund of ${amount} did not go through`,
    text: `We tried to refund ${amount} for ${f.description}${f.orderId ? ` (order ${f.orderId})` : ''}, but your bank or card issuer refused it${f.message ? `: ${f.message}` : ''}.\n\nNo money has reached you for this refund yet. Our team has been alerted and will refund you again, or contact you if we need another way to pay you back. You do not need to do anything.\n\n${SIGNATURE}`,
  };
}

export function refundFailedOperatorEmail(to: string, f: FailedRefundFacts, consoleUrl: string): MailMessage {
  const amount = money(f.amountMinor, f.currency);
  const undone = f.how === 'reversed' ? ' Its ledger entry was reversed.' : ' Nothing was booked.';
  const line = {
    line: `The line is refundable again (state ${f.lineState ?? '—'}).${undone}`,
    insurance: `It was an insurance premium refunded because the policy could not be issued.${undone}`,
    service_fee: `It was the service fee of the checkout.${undone}`,
    late_payment: `It was money that arrived after the checkout was released (no order): it stays owed on late_payment_payable.${undone}`,
  }[f.what];
  return {
    to,
    template: 'refunds.refund-failed-operator',
    subject: `[Reloop] Refund ${f.refundId} failed: ${amount}${f.orderId ? `, order ${f.orderId}` : ''}`,
    text: `Refund ${f.refundId} of ${amount} for ${f.description}${f.orderId ? `, order ${f.orderId}` : ''} (checkout ${f.checkoutId}) ${f.how === 'refused' ? 'was refused by' : 'failed at'} the payment provider${f.message ? `: ${f.message}` : ''}.\n\n${line}${f.unitsStillReleased ? '\nThe units it put back on sale were sold meanwhile: do not let the seller ship this line; refund it again.' : ''}\n\nThe buyer has not been paid back: retry it from the failed refunds page or arrange another payment.\n${consoleUrl}\n`,
  };
}

export function serviceFeeRefundedEmail(
  to: string,
  a: { checkoutId: string; amountMinor: number; totalRefundedMinor: number; currency: string },
): MailMessage {
  const fee = money(a.amountMinor, a.currency);
  const total = money(a.totalRefundedMinor, a.currency);
  return {
    to,
    template: 'refunds.service-fee-refunded',
    subject: `Your Reloop order is fully cancelled: service fee of ${fee} refunded`,
    text: `Every item of your order was cancelled or refunded, so we refunded the service fee of ${fee} as well.\n\nIn total, ${total} is on its way back to the payment method you used (nothing is left to pay); depending on your bank it can take 5 to 10 business days to appear.\n\n${SIGNATURE}`,
  };
}

/** A unit's insurance could not be issued: its premium goes back to the buyer. */
export function insuranceRefundedEmail(
  to: string,
  a: {
    orderId: number;
    productName: string;
    grade: string;
    /** The order's market: the grade is named in its language. */
    market: string;
    unit: number;
    amountMinor: number;
    currency: string;
  },
): MailMessage {
  const amount = money(a.amountMinor, a.currency);
  return {
    to,
    template: 'refunds.insurance-refunded',
    subject: `Your Reloop insurance could not be issued: ${amount} refunded (order ${a.orderId})`,
    text: `The insurer could not issue the breakage and theft insurance for ${a.productName} (${gradeName(a.grade, marketByCode(a.market)?.bcp47 ?? 'en')}), unit ${a.unit} of order ${a.orderId}. Your device is not insured, so we refunded its premium of ${amount}.\n\nYour order itself is not affected. The money goes back to the payment method you used; depending on your bank it can take 5 to 10 business days to appear.\n\n${SIGNATURE}`,
  };
}
