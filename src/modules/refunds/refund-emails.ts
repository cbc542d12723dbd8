/**
 * The emails refunds send (through deps.mailer's outbox, in the transaction of their cause): to
 * the buyer in their locale (`checkoutRecipient`), to operators in English (OPERATOR_LOCALE).
 */

import { mailText, OPERATOR_LOCALE } from '../../platform/mail/mail-text.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';
import { gradeName } from '../offers/grade-names.ts';

/** A buyer's address and the locale their emails are written in. */
export type BuyerRecipient = { email: string; locale: string };

export type FailedRefundFacts = {
  refundId: number;
  /** What was being refunded (refunds.kind, and the service fee: a refund without a line). */
  what: 'line' | 'insurance' | 'service_fee' | 'late_payment';
  /** 'reversed': it had counted and was undone; 'refused': the provider refused it at once. */
  how: 'reversed' | 'refused';
  orderId: number | null;
  checkoutId: string;
  /** For people: "1 × Phone (A)", "the service fee"… (the buyer reads it for a line only). */
  description: string;
  amountMinor: number;
  currency: string;
  message: string | null;
  lineState: number | null;
  /** The units were put back on sale and could not be taken back (sold meanwhile). */
  unitsStillReleased: boolean;
};

const orderRef = (orderId: number | null) => (orderId === null ? 'none' : String(orderId));

/** A line refunded by a seller or an operator (cancelled in full, or partly refunded). */
export function refundIssuedEmail(
  to: BuyerRecipient,
  a: {
    order: { id: number; currency: string };
    line: { quantity: number; productName: string; grade: string };
    amountMinor: number;
    reason: string;
    cancelled: boolean;
  },
): MailMessage {
  const m = mailText(to.locale);
  const amount = m.money(a.amountMinor, a.order.currency);
  const item = {
    orderId: String(a.order.id),
    quantity: a.line.quantity,
    product: a.line.productName,
    grade: gradeName(a.line.grade, to.locale),
  };
  const what = a.cancelled
    ? m.t('mail.refundIssued.cancelled', item)
    : m.t('mail.refundIssued.partial', { ...item, amount });
  return {
    to: to.email,
    template: 'refunds.refund-issued',
    subject: m.t('mail.refundIssued.subject', { amount, orderId: String(a.order.id) }),
    text: `${what}\n\n${m.t('mail.refundIssued.details', { amount, reason: a.reason })}\n\n${m.t('mail.refund.delay')}${m.sign}`,
  };
}

export function refundFailedBuyerEmail(to: BuyerRecipient, f: FailedRefundFacts): MailMessage {
  const m = mailText(to.locale);
  const amount = m.money(f.amountMinor, f.currency);
  return {
    to: to.email,
    template: 'refunds.refund-failed',
    subject: m.t('mail.refundFailed.subject', { amount }),
    text: `${m.t('mail.refundFailed.body', {
      amount,
      what: f.what,
      description: f.description,
      orderId: orderRef(f.orderId),
    })}${m.sign}`,
  };
}

/** To operators: English, whatever the buyer reads. */
export function refundFailedOperatorEmail(to: string, f: FailedRefundFacts, consoleUrl: string): MailMessage {
  const m = mailText(OPERATOR_LOCALE);
  const amount = m.money(f.amountMinor, f.currency);
  const ids = { refundId: String(f.refundId), amount, orderId: orderRef(f.orderId) };
  return {
    to,
    template: 'refunds.refund-failed-operator',
    subject: m.t('mail.refundFailedOperator.subject', ids),
    text: `${m.t('mail.refundFailedOperator.body', {
      ...ids,
      description: f.description,
      checkoutId: f.checkoutId,
      how: f.how,
      what: f.what,
      message: f.message ? `: ${f.message}` : '',
      lineState: f.lineState === null ? '—' : String(f.lineState),
      released: f.unitsStillReleased ? 'yes' : 'no',
      link: consoleUrl,
    })}\n`,
  };
}

export function serviceFeeRefundedEmail(
  to: BuyerRecipient,
  a: { checkoutId: string; amountMinor: number; totalRefundedMinor: number; currency: string },
): MailMessage {
  const m = mailText(to.locale);
  const fee = m.money(a.amountMinor, a.currency);
  const total = m.money(a.totalRefundedMinor, a.currency);
  return {
    to: to.email,
    template: 'refunds.service-fee-refunded',
    subject: m.t('mail.serviceFeeRefunded.subject', { fee }),
    text: `${m.t('mail.serviceFeeRefunded.body', { fee, total })}${m.sign}`,
  };
}

/** A unit's insurance could not be issued: its premium goes back to the buyer. */
export function insuranceRefundedEmail(
  to: BuyerRecipient,
  a: {
    orderId: number;
    productName: string;
    grade: string;
    unit: number;
    amountMinor: number;
    currency: string;
  },
): MailMessage {
  const m = mailText(to.locale);
  const amount = m.money(a.amountMinor, a.currency);
  const orderId = String(a.orderId);
  return {
    to: to.email,
    template: 'refunds.insurance-refunded',
    subject: m.t('mail.insuranceRefunded.subject', { amount, orderId }),
    text: `${m.t('mail.insuranceRefunded.body', {
      product: a.productName,
      grade: gradeName(a.grade, to.locale),
      unit: a.unit,
      orderId,
      amount,
    })} ${m.t('mail.refund.delay')}${m.sign}`,
  };
}
