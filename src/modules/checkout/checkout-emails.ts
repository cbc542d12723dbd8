import { type MailText, mailText } from '../../platform/mail/mail-text.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';
import { marketByCode } from '../../platform/markets.ts';
import { gradeName } from '../offers/grade-names.ts';
import { receiptMentionKey } from '../pricing/vat.rules.ts';
import type { ReceiptView } from './receipt.read-model.ts';

const orderList = (r: ReceiptView) => r.orders.map((o) => String(o.orderId)).join(', ');

/**
 * The receipt as plain text in the reader's locale: description, quantity, prices excl. and incl.
 * VAT, VAT per rate, the legal mentions (`doc.mention.*`) in the same language; grades by name.
 */
export function receiptText(r: ReceiptView, locale: string): string {
  return receiptLines(mailText(locale), r).join('\n');
}

function receiptLines(m: MailText, r: ReceiptView): string[] {
  const { t } = m;
  const money = (minor: number) => m.money(minor, r.currency);
  const out: string[] = [];
  for (const o of r.orders) {
    const order = { orderId: String(o.orderId), seller: o.sellerName };
    out.push(
      o.invoiceNumber
        ? t('mail.receipt.orderWithInvoice', { ...order, invoice: o.invoiceNumber })
        : t('mail.receipt.order', order),
    );
    for (const l of o.lines) {
      const line = t('mail.receipt.line', {
        quantity: l.quantity,
        product: l.productName,
        grade: gradeName(l.grade, m.locale),
        unit: money(l.unitPriceMinor),
        net: l.treatment === 'margin' ? t('mail.receipt.notApplicable') : money(l.lineNetMinor),
        gross: money(l.lineGrossMinor),
      });
      out.push(`  ${line}`);
    }
    out.push(`  ${t('mail.receipt.delivery', { amount: money(o.shippingTotalMinor) })}`);
    for (const v of o.vatBreakdown) {
      if (v.treatment === 'standard') {
        const rate = m.percent(v.rateBp, { min: 0, max: 1 });
        out.push(`  ${t('mail.receipt.vat', { rate, net: money(v.netMinor), vat: money(v.vatMinor) })}`);
      }
      const mention = receiptMentionKey(v.treatment);
      if (mention) out.push(`  ${t(mention)}`);
    }
    if (o.insuranceTotalMinor)
      out.push(`  ${t('mail.receipt.insurance', { amount: money(o.insuranceTotalMinor) })}`);
    out.push(`  ${t('mail.receipt.orderTotal', { amount: money(o.totalMinor) })}`);
    out.push('');
  }
  out.push(t('mail.receipt.serviceFee', { amount: money(r.serviceFeeMinor) }));
  out.push(t('mail.receipt.totalPaid', { amount: money(r.totalMinor) }));
  return out;
}

/** The buyer's emails about a checkout, in `locale` (`buyerLocale`). */
export const checkoutEmails = {
  confirmation: (
    locale: string,
    to: string,
    r: ReceiptView,
    link: string,
    policies: string[] = [],
  ): MailMessage => {
    const m = mailText(locale);
    const insured = policies.length
      ? `\n\n${m.t('mail.confirmation.policies', { policies: policies.join(', ') })}`
      : '';
    return {
      to,
      template: 'checkout.order-confirmation',
      subject: m.t('mail.confirmation.subject', { orders: orderList(r) }),
      text: `${m.t('mail.confirmation.intro')}\n\n${receiptLines(m, r).join('\n')}${insured}\n\n${m.t('mail.confirmation.follow', { link })}${m.sign}`,
    };
  },
  awaitingTransfer: (
    locale: string,
    to: string,
    r: ReceiptView,
    t: { iban: string; bic: string; reference: string; beneficiary: string; dueAt: Date | null },
  ): MailMessage => {
    const m = mailText(locale);
    const zone = marketByCode(r.market)?.timeZone ?? 'UTC';
    const body = m.t('mail.awaitingTransfer.body', {
      dueAt: t.dueAt ? m.dateTime(t.dueAt, zone) : '—',
      amount: m.money(r.totalMinor, r.currency),
      beneficiary: t.beneficiary,
      iban: t.iban,
      bic: t.bic,
      reference: t.reference,
    });
    return {
      to,
      template: 'checkout.awaiting-transfer',
      subject: m.t('mail.awaitingTransfer.subject'),
      text: `${body}\n\n${receiptLines(m, r).join('\n')}${m.sign}`,
    };
  },
  cancelledUnpaid: (locale: string, to: string, r: ReceiptView): MailMessage => {
    const m = mailText(locale);
    return {
      to,
      template: 'checkout.cancelled-unpaid',
      subject: m.t('mail.cancelledUnpaid.subject'),
      text: `${m.t('mail.cancelledUnpaid.body', { amount: m.money(r.totalMinor, r.currency), orders: orderList(r) })}${m.sign}`,
    };
  },
  /** Money arrived after the orders were released and could not be restored: it goes back at once. */
  latePaymentRefunded: (
    locale: string,
    to: string,
    r: ReceiptView,
    a: { amountMinor: number; currency: string; refunded: boolean },
  ): MailMessage => {
    const m = mailText(locale);
    return {
      to,
      template: 'checkout.late-payment-refunded',
      subject: m.t('mail.latePayment.subject'),
      text: `${m.t('mail.latePayment.body', {
        amount: m.money(a.amountMinor, a.currency),
        orders: orderList(r),
        refunded: a.refunded ? 'yes' : 'no',
      })}${m.sign}`,
    };
  },
};
