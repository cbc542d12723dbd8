import type { MailMessage } from '../../platform/mail/mailer.ts';
import { marketByCode } from '../../platform/markets.ts';
import { formatAmount } from '../../platform/money.ts';
import { gradeName } from '../offers/grade-names.ts';
import { receiptMention } from '../pricing/vat.rules.ts';
import type { ReceiptView } from './receipt.read-model.ts';

const sign = '\n\n— Reloop, the marketplace for refurbished electronics';
const m = (minor: number, currency: string) => `${formatAmount(minor, currency)} ${currency}`;

/** The receipt as plain text: description, quantity, prices excl. and incl. VAT, VAT per rate, mentions. */
export function receiptText(r: ReceiptView): string {
  // Grades by their name in the buyer's market's language, never the seller-API code.
  const locale = marketByCode(r.market)?.bcp47 ?? 'en';
  const out: string[] = [];
  for (const o of r.orders) {
    out.push(
      `Order ${o.orderId} — sold by ${o.sellerName}${o.invoiceNumber ? ` — invoice ${o.invoiceNumber}` : ''}`,
    );
    for (const l of o.lines) {
      out.push(
        `  ${l.quantity} × ${l.productName} (${gradeName(l.grade, locale)}) — unit ${m(l.unitPriceMinor, r.currency)} — line excl. VAT ${l.treatment === 'margin' ? 'n/a' : m(l.lineNetMinor, r.currency)} — line incl. VAT ${m(l.lineGrossMinor, r.currency)}`,
      );
    }
    out.push(`  Delivery: ${m(o.shippingTotalMinor, r.currency)}`);
    for (const v of o.vatBreakdown) {
      if (v.treatment === 'standard')
        out.push(
          `  VAT ${(v.rateBp / 100).toFixed(v.rateBp % 100 ? 1 : 0)} % on ${m(v.netMinor, r.currency)}: ${m(v.vatMinor, r.currency)}`,
        );
      const mention = receiptMention(v.treatment);
      if (mention) out.push(`  ${mention}`);
    }
    if (o.insuranceTotalMinor)
      out.push(`  Insurance (breakage and theft, 12 months): ${m(o.insuranceTotalMinor, r.currency)}`);
    out.push(`  Order total: ${m(o.totalMinor, r.currency)}`);
    out.push('');
  }
  out.push(`Service fee: ${m(r.serviceFeeMinor, r.currency)}`);
  out.push(`Total paid: ${m(r.totalMinor, r.currency)}`);
  return out.join('\n');
}

export const checkoutEmails = {
  confirmation: (to: string, r: ReceiptView, link: string, policies: string[] = []): MailMessage => ({
    to,
    template: 'checkout.order-confirmation',
    subject: `Your Reloop order is confirmed (${r.orders.map((o) => o.orderId).join(', ')})`,
    text: `Thank you for your order. Your payment is confirmed and the sellers have been asked to ship.\n\n${receiptText(r)}${policies.length ? `\n\nYour insurance policies (breakage and theft, 12 months): ${policies.join(', ')}` : ''}\n\nFollow your order: ${link}${sign}`,
  }),
  awaitingTransfer: (
    to: string,
    r: ReceiptView,
    t: { iban: string; bic: string; reference: string; beneficiary: string; dueAt: string },
  ): MailMessage => ({
    to,
    template: 'checkout.awaiting-transfer',
    subject: 'Your Reloop order is waiting for your bank transfer',
    text: `Your order is reserved until ${t.dueAt} (48 hours). Please transfer ${m(r.totalMinor, r.currency)} to:\n\nBeneficiary: ${t.beneficiary}\nIBAN: ${t.iban}\nBIC: ${t.bic}\nReference (required): ${t.reference}\n\nWithout payment by then the order is cancelled and the items are released.\n\n${receiptText(r)}${sign}`,
  }),
  cancelledUnpaid: (to: string, r: ReceiptView): MailMessage => ({
    to,
    template: 'checkout.cancelled-unpaid',
    subject: 'Your Reloop order was cancelled: no payment received',
    text: `We did not receive your bank transfer of ${m(r.totalMinor, r.currency)} within 48 hours, so orders ${r.orders.map((o) => o.orderId).join(', ')} were cancelled and the items released. Nothing was charged. If you already paid, reply to this email and we will refund you.${sign}`,
  }),
  /** Money arrived after the orders were released and could not be restored: it goes back at once. */
  latePaymentRefunded: (
    to: string,
    r: ReceiptView,
    a: { amountMinor: number; currency: string; refunded: boolean },
  ): MailMessage => ({
    to,
    template: 'checkout.late-payment-refunded',
    subject: 'Your Reloop payment arrived too late: it is refunded in full',
    text: `Your payment of ${m(a.amountMinor, a.currency)} reached us after orders ${r.orders.map((o) => o.orderId).join(', ')} had been cancelled, and the items are no longer available (or your cart was ordered again). ${
      a.refunded
        ? 'We have refunded it in full to the same card or account; depending on your bank, it shows within 5 to 10 days.'
        : 'We are refunding it in full: our support team is on it and will confirm by email.'
    } No order was placed with this payment.${sign}`,
  }),
};
