/**
 * The emails of DSA notice and action, complaints and Art. 32, each in its reader's locale: a
 * notice received (Art. 16(4)) and decided (Art. 16(5), with redress), the statement of reasons
 * of a delisting to the seller (Art. 17), a complaint received and answered (Art. 20(4)–(5), with
 * out-of-court settlement, Art. 21), and the information of buyers of an illegal product (Art. 32).
 * Sent through the outbox in the decision's transaction.
 */
import { mailText } from '../../platform/mail/mail-text.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';
import type { Reversal } from './complaint.rules.ts';
import type { NoticeCategory } from './notice.rules.ts';

export type Recipient = { email: string; locale: string };

/** Where the certified out-of-court dispute settlement bodies are listed (DSA Art. 21(8)). */
export const OUT_OF_COURT_BODIES_URL =
  'https://digital-strategy.ec.europa.eu/en/policies/dsa-out-of-court-dispute-settlement';

export const dsaEmails = {
  noticeReceived(
    to: Recipient,
    a: { noticeId: number; url: string; category: NoticeCategory; at: Date },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'dsa.notice-received',
      subject: m.t('mail.dsa.noticeReceived.subject', { noticeId: String(a.noticeId) }),
      text: `${m.t('mail.dsa.noticeReceived.body', {
        noticeId: String(a.noticeId),
        url: a.url,
        category: m.t(`dsa.category.${a.category}`),
        date: m.date(a.at),
      })}${m.sign}`,
    };
  },

  noticeDecision(
    to: Recipient,
    a: {
      noticeId: number;
      url: string;
      decision: 'no_action' | 'delist_offer' | 'remove_review';
      reason: string;
      link: string;
    },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'dsa.notice-decision',
      subject: m.t('mail.dsa.noticeDecision.subject', { noticeId: String(a.noticeId) }),
      text: `${m.t('mail.dsa.noticeDecision.body', {
        decision: a.decision,
        url: a.url,
        reason: a.reason,
        link: a.link,
      })}${m.sign}`,
    };
  },

  /** The statement of reasons of an offer taken out of sale, to the seller's notice recipients. */
  offerDelisted(
    to: Recipient,
    a: {
      shop: string;
      sku: string;
      product: string;
      date: Date;
      facts: string;
      legalGround: string | null;
      contractualGround: string | null;
      statementId: string;
      link: string;
    },
  ): MailMessage {
    const m = mailText(to.locale);
    const ground = a.legalGround
      ? m.t('mail.ground.illegalContent', { legalGround: a.legalGround })
      : m.t('mail.ground.incompatibleTerms', { clause: a.contractualGround ?? '' });
    return {
      to: to.email,
      template: 'dsa.offer-delisted',
      subject: m.t('mail.dsa.offerDelisted.subject', { sku: a.sku, shop: a.shop }),
      text: `${m.t('mail.dsa.offerDelisted.body', {
        shop: a.shop,
        sku: a.sku,
        product: a.product,
        date: m.date(a.date),
        facts: a.facts,
        ground,
        statementId: a.statementId,
        link: a.link,
      })}${m.sign}`,
    };
  },

  /** The line a statement email adds: the complaint form for this decision. */
  complaintLine(locale: string, link: string): string {
    return mailText(locale).t('mail.dsa.complaintLink', { link });
  },

  complaintReceived(to: Recipient, a: { complaintId: number; at: Date }): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'dsa.complaint-received',
      subject: m.t('mail.dsa.complaintReceived.subject', { complaintId: String(a.complaintId) }),
      text: `${m.t('mail.dsa.complaintReceived.body', {
        complaintId: String(a.complaintId),
        date: m.date(a.at),
      })}${m.sign}`,
    };
  },

  complaintOutcome(
    to: Recipient,
    a: { complaintId: number; upheld: boolean; reversal: Reversal | null; note: string },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'dsa.complaint-outcome',
      subject: m.t('mail.dsa.complaintOutcome.subject', { complaintId: String(a.complaintId) }),
      text: `${m.t('mail.dsa.complaintOutcome.body', {
        outcome: a.upheld ? 'upheld' : 'rejected',
        reversal: a.reversal ?? 'not_possible',
        note: a.note || '—',
        bodies: OUT_OF_COURT_BODIES_URL,
      })}${m.sign}`,
    };
  },

  /** Art. 32: a buyer of the last six months is told the product is illegal. */
  illegalProductBought(
    to: Recipient,
    a: {
      product: string;
      orderId: number;
      orderedAt: Date;
      trader: string;
      illegality: string;
      legalGround: string;
      link: string;
    },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'dsa.illegal-product',
      subject: m.t('mail.dsa.illegalProduct.subject', { product: a.product }),
      text: `${m.t('mail.dsa.illegalProduct.body', {
        product: a.product,
        orderId: String(a.orderId),
        date: m.date(a.orderedAt),
        trader: a.trader,
        illegality: a.illegality,
        legalGround: a.legalGround,
        link: a.link,
      })}${m.sign}`,
    };
  },
};
