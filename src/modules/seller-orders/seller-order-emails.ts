import { mailText } from '../../platform/mail/mail-text.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';

/** The buyer hears that the parcel left, with the tracking number, in their locale (`checkoutRecipient`). */
export function orderShippedEmail(
  to: { email: string; locale: string },
  a: {
    orderId: number;
    carrier: string;
    tracking: string;
    lines: ReadonlyArray<{ quantity: number; productName: string }>;
  },
): MailMessage {
  const m = mailText(to.locale);
  const orderId = String(a.orderId);
  const items = a.lines.map((l) => `${l.quantity} × ${l.productName}`).join('\n');
  return {
    to: to.email,
    template: 'orders.shipped',
    subject: m.t('mail.shipped.subject', { orderId }),
    text: `${m.t('mail.shipped.body', { orderId, carrier: a.carrier, tracking: a.tracking })}\n\n${items}${m.sign}`,
  };
}
