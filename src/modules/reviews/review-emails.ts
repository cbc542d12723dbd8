/**
 * The emails of review writing, in the buyer's locale (their account's language, else their
 * market's): the review request about 7 days after delivery, with its signed link, and the
 * confirmation that a review is published, with the page to edit or delete it.
 */
import { mailText } from '../../platform/mail/mail-text.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';

export type Recipient = { email: string; locale: string };

export const reviewEmails = {
  request(
    to: Recipient,
    a: { orderId: number; product: string; link: string; expiresAt: Date },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'reviews.request',
      subject: m.t('mail.review.request.subject', { product: a.product }),
      text: `${m.greeting()}\n\n${m.t('mail.review.request.body', {
        orderId: String(a.orderId),
        product: a.product,
        link: a.link,
        expires: m.date(a.expiresAt),
      })}${m.sign}`,
    };
  },

  published(
    to: Recipient,
    a: { orderId: number; product: string; link: string; editUntil: Date; timeZone: string },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'reviews.published',
      subject: m.t('mail.review.published.subject', { product: a.product }),
      text: `${m.greeting()}\n\n${m.t('mail.review.published.body', {
        orderId: String(a.orderId),
        product: a.product,
        link: a.link,
        editUntil: m.date(a.editUntil, a.timeZone),
      })}${m.sign}`,
    };
  },
};
