import { mailText } from '../../platform/mail/mail-text.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';
import type { TicketTopic } from './support-ticket.rules.ts';

/**
 * Customer service's emails to the person who wrote, in the ticket's locale: the words around an
 * operator's reply are translated, the operator's own words are sent as written.
 */
export const customerServiceEmails = {
  acknowledgement: (
    locale: string,
    to: string,
    t: { number: string; topic: TicketTopic; message: string },
  ): MailMessage => {
    const m = mailText(locale);
    return {
      to,
      template: 'customer-service.acknowledgement',
      subject: m.t('mail.contact.ack.subject', { number: t.number }),
      text: `${m.greeting()}\n\n${m.t('mail.contact.ack.body', { number: t.number, topic: t.topic, message: t.message })}${m.sign}`,
    };
  },
  reply: (locale: string, to: string, t: { number: string; reply: string }): MailMessage => {
    const m = mailText(locale);
    return {
      to,
      template: 'customer-service.reply',
      subject: m.t('mail.contact.reply.subject', { number: t.number }),
      text: `${m.greeting()}\n\n${m.t('mail.contact.reply.body', { number: t.number, reply: t.reply })}${m.sign}`,
    };
  },
};
