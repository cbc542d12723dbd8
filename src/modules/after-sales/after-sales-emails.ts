/**
 * The emails after-sales sends (issue 14), each in its reader's locale (`after-sales-recipients.ts`
 * decides it: the buyer's account language, the seller team members' own, else their market's),
 * through deps.mailer's outbox in the transaction of their cause: a folder opened, a message, an
 * escalation, a folder closed, a return requested or its label issued, a warranty claim opened or
 * decided, and the seller's new paid order.
 */

import { mailText } from '../../platform/mail/mail-text.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';

/** Someone an email goes to, and the locale it is written in. */
export type Recipient = { email: string; locale: string };

/** What every after-sales email says about the item it is about. */
export type ItemFacts = { orderId: number; product: string; link: string };

const ids = (a: { orderId: number }) => ({ orderId: String(a.orderId) });

export const afterSalesEmails = {
  /** A buyer opened "Get help": the seller team hears it, with the response target. */
  folderOpened(
    to: Recipient,
    a: ItemFacts & { folderId: number; problem: string; message: string; responseDays: number },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'after-sales.folder-opened',
      subject: m.t('mail.care.opened.subject', { folderId: String(a.folderId), ...ids(a) }),
      text: `${m.t('mail.care.opened.body', {
        ...ids(a),
        product: a.product,
        problem: m.t('mail.care.problem', { problem: a.problem }),
        message: a.message,
        days: a.responseDays,
        link: a.link,
      })}${m.sign}`,
    };
  },

  /** The seller or customer service wrote in the folder: the buyer reads it. */
  replyToBuyer(
    to: Recipient,
    a: ItemFacts & { folderId: number; from: 'seller' | 'operator'; message: string },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'after-sales.reply-to-buyer',
      subject: m.t('mail.care.reply.subject', { folderId: String(a.folderId) }),
      text: `${m.t('mail.care.reply.toBuyer', {
        ...ids(a),
        from: a.from,
        product: a.product,
        message: a.message,
        link: a.link,
      })}${m.sign}`,
    };
  },

  /** The buyer wrote in the folder: the seller team reads it. */
  replyToSeller(to: Recipient, a: ItemFacts & { folderId: number; message: string }): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'after-sales.reply-to-seller',
      subject: m.t('mail.care.reply.subject', { folderId: String(a.folderId) }),
      text: `${m.t('mail.care.reply.toSeller', {
        ...ids(a),
        folderId: String(a.folderId),
        product: a.product,
        message: a.message,
        link: a.link,
      })}${m.sign}`,
    };
  },

  /** Customer service was asked in: the buyer and the seller team both hear it. */
  escalated(
    to: Recipient,
    a: ItemFacts & { folderId: number; by: 'buyer' | 'seller' | 'operator' },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'after-sales.folder-escalated',
      subject: m.t('mail.care.escalated.subject', { folderId: String(a.folderId) }),
      text: `${m.t('mail.care.escalated.body', {
        ...ids(a),
        folderId: String(a.folderId),
        by: a.by,
        product: a.product,
        link: a.link,
      })}${m.sign}`,
    };
  },

  /** The folder was closed (by the seller or customer service): the buyer hears the outcome. */
  folderClosed(to: Recipient, a: ItemFacts & { folderId: number; reason: string }): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'after-sales.folder-closed',
      subject: m.t('mail.care.closed.subject', { folderId: String(a.folderId) }),
      text: `${m.t('mail.care.closed.body', {
        ...ids(a),
        folderId: String(a.folderId),
        product: a.product,
        reason: m.t('mail.care.reason', { reason: a.reason }),
        link: a.link,
      })}${m.sign}`,
    };
  },

  /** The buyer asked to return a line: the seller team issues the label. */
  returnRequested(
    to: Recipient,
    a: ItemFacts & {
      quantity: number;
      kind: 'withdrawal' | 'commercial';
      amountMinor: number;
      currency: string;
    },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'after-sales.return-requested',
      subject: m.t('mail.return.requested.subject', ids(a)),
      text: `${m.t('mail.return.requested.body', {
        ...ids(a),
        quantity: a.quantity,
        product: a.product,
        kind: a.kind,
        amount: m.money(a.amountMinor, a.currency),
        link: a.link,
      })}${m.sign}`,
    };
  },

  /** The return label is issued: the buyer gets the carrier and the tracking number. */
  returnLabelIssued(
    to: Recipient,
    a: ItemFacts & { carrier: string; trackingNumber: string; amountMinor: number; currency: string },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'after-sales.return-label',
      subject: m.t('mail.return.label.subject', ids(a)),
      text: `${m.t('mail.return.label.body', {
        ...ids(a),
        product: a.product,
        carrier: a.carrier,
        tracking: a.trackingNumber,
        amount: m.money(a.amountMinor, a.currency),
        link: a.link,
      })}${m.sign}`,
    };
  },

  /** A warranty claim was opened: the seller team decides. */
  warrantyOpened(
    to: Recipient,
    a: ItemFacts & {
      claimId: number;
      basis: 'commercial_warranty' | 'legal_guarantee';
      description: string;
    },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'after-sales.warranty-opened',
      subject: m.t('mail.warranty.opened.subject', { ...ids(a), claimId: String(a.claimId) }),
      text: `${m.t('mail.warranty.opened.body', {
        ...ids(a),
        product: a.product,
        basis: a.basis,
        description: a.description,
        link: a.link,
      })}${m.sign}`,
    };
  },

  /** The seller decided on a warranty claim: the buyer hears the outcome. */
  warrantyDecided(
    to: Recipient,
    a: ItemFacts & { claimId: number; outcome: 'repair' | 'replacement' | 'refund' },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'after-sales.warranty-decided',
      subject: m.t('mail.warranty.decided.subject', { claimId: String(a.claimId) }),
      text: `${m.t('mail.warranty.decided.body', {
        ...ids(a),
        product: a.product,
        outcome: a.outcome,
        link: a.link,
      })}${m.sign}`,
    };
  },

  /** A new order is paid: the seller team accepts and ships it. */
  newPaidOrder(
    to: Recipient,
    a: {
      orderId: number;
      totalMinor: number;
      currency: string;
      lines: ReadonlyArray<{ quantity: number; productName: string }>;
      link: string;
    },
  ): MailMessage {
    const m = mailText(to.locale);
    const items = a.lines.map((l) => `${l.quantity} × ${l.productName}`).join('\n');
    return {
      to: to.email,
      template: 'after-sales.new-paid-order',
      subject: m.t('mail.sellerOrder.paid.subject', ids(a)),
      text: `${m.t('mail.sellerOrder.paid.body', {
        ...ids(a),
        total: m.money(a.totalMinor, a.currency),
        link: a.link,
      })}\n\n${items}${m.sign}`,
    };
  },
};
