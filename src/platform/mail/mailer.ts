import type { Clock } from '../clock.ts';
import type { Db } from '../db/client.ts';
import { mailOutbox } from './mail.schema.ts';

/** One email as a use case writes it; `template` names what produced it, e.g. 'accounts.verify-email'. */
export type MailMessage = { to: string; subject: string; text: string; html?: string; template: string };

/** The database or an open transaction: anything that can insert. Pass the use case's transaction. */
export type MailDb = Pick<Db, 'insert'>;

/**
 * Sending a mail means writing it to the outbox with the caller's handle, so the mail exists if
 * and only if the change that caused it commits. A job delivers it later (see deliver-outbox.ts).
 */
export interface Mailer {
  send(db: MailDb, message: MailMessage): Promise<{ id: number }>;
}

export function createMailer({ clock }: { clock: Clock }): Mailer {
  return {
    async send(db, message) {
      const to = message.to.trim();
      if (!to || /[\r\n]/.test(to)) throw new Error(`Invalid mail recipient for ${message.template}`);
      const [row] = await db
        .insert(mailOutbox)
        .values({
          toAddress: to,
          subject: message.subject,
          textBody: message.text,
          htmlBody: message.html ?? null,
          template: message.template,
          createdAt: clock.now(),
        })
        .returning({ id: mailOutbox.id });
      return { id: row!.id };
    },
  };
}
