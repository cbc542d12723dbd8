/**
 * The emails of review moderation (issue 15), each in its reader's locale: the statement of
 * reasons of a decision (a review removed, its photos not published, a reply removed, an account
 * blocked from reviewing) with how to contest it, the outcome of an appeal, and the receipt and
 * the outcome of a notice to whoever sent it. Sent through the outbox in the decision's transaction.
 */
import { mailText } from '../../platform/mail/mail-text.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';

export type Recipient = { email: string; locale: string };
export type DecisionKind = 'removal' | 'photos' | 'reply' | 'block';

export const reviewModerationEmails = {
  /** DSA Art. 17: the statement of reasons of a decision, with the appeal form's link. */
  statement(
    to: Recipient,
    a: {
      kind: DecisionKind;
      product: string;
      orderId: number;
      reviewDate: string;
      criterion: string;
      facts: string;
      statementId: string;
      /** A temporary block's end; null otherwise. */
      until: Date | null;
      link: string;
    },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: `reviews.statement-${a.kind}`,
      subject: m.t('mail.reviewModeration.statement.subject', { kind: a.kind, product: a.product }),
      text: `${m.t('mail.reviewModeration.statement.body', {
        kind: a.kind,
        product: a.product,
        orderId: String(a.orderId),
        reviewDate: a.reviewDate,
        criterion: m.t('mail.reviewModeration.criterion', { criterion: a.criterion }),
        facts: a.facts,
        permanent: a.until ? 'no' : 'yes',
        until: a.until ? m.date(a.until) : '',
        statementId: a.statementId,
        link: a.link,
      })}${m.sign}`,
    };
  },

  /** A person decided on the author's appeal. */
  appealOutcome(
    to: Recipient,
    a: { kind: DecisionKind; reversed: boolean; product: string; note: string; link: string },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'reviews.appeal-outcome',
      subject: m.t('mail.reviewModeration.appeal.subject', { product: a.product }),
      text: `${m.t('mail.reviewModeration.appeal.body', {
        outcome: a.reversed ? 'reversed' : 'upheld',
        kind: a.kind,
        product: a.product,
        note: a.note || '—',
        link: a.link,
      })}${m.sign}`,
    };
  },

  /** DSA Art. 16(4): a notice is acknowledged at once, with its reference. */
  noticeReceived(
    to: Recipient,
    a: { noticeId: number; target: 'review' | 'reply'; reviewId: number; criterion: string; at: Date },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'reviews.notice-received',
      subject: m.t('mail.reviewModeration.noticeReceived.subject', { reviewId: String(a.reviewId) }),
      text: `${m.t('mail.reviewModeration.noticeReceived.body', {
        target: a.target,
        reviewId: String(a.reviewId),
        criterion: m.t('mail.reviewModeration.criterion', { criterion: a.criterion }),
        date: m.date(a.at),
        noticeId: String(a.noticeId),
      })}${m.sign}`,
    };
  },

  /** A person decided on a notice: its sender hears the outcome. */
  noticeOutcome(
    to: Recipient,
    a: { upheld: boolean; target: 'review' | 'reply'; reviewId: number; criterion: string },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'reviews.notice-outcome',
      subject: m.t('mail.reviewModeration.notice.subject', { reviewId: String(a.reviewId) }),
      text: `${m.t('mail.reviewModeration.notice.body', {
        outcome: a.upheld ? 'upheld' : 'dismissed',
        target: a.target,
        reviewId: String(a.reviewId),
        criterion: m.t('mail.reviewModeration.criterion', { criterion: a.criterion }),
      })}${m.sign}`,
    };
  },
};
