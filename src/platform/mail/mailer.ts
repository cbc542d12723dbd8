import type { Clock } from '../clock.ts';
import type { Db } from '../db/client.ts';
import { mailOutbox } from './mail.schema.ts';

/**
 * One email as a use case writes it; `template` names what produced it, e.g. 'accounts.verify-email'.
 * `headers`: extra header fields (marketing mail's `List-Unsubscribe`, RFC 8058).
 */
export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  template: string;
  headers?: Record<string, string>;
};

/** Header fields a message may add: a token name, a one-line value, never one the transport sets. */
const HEADER_NAME = /^[A-Za-z][A-Za-z0-9-]{0,63}$/;
const RESERVED_HEADERS = new Set(['from', 'to', 'cc', 'bcc', 'subject', 'date', 'message-id', 'sender']);

function checkedHeaders(message: MailMessage): Record<string, string> | null {
  const entries = Object.entries(message.headers ?? {});
  for (const [name, value] of entries) {
    if (!HEADER_NAME.test(name) || RESERVED_HEADERS.has(name.toLowerCase()) || /[\r\n]/.test(value)) {
      throw new Error(`Invalid mail header ${JSON.stringify(name)} for ${message.template}`);
    }
  }
  return entries.length ? Object.fromEntries(entries) : null;
}

/** The database or an open transaction: anything that can insert. Pass the use case's transaction. */
export type MailDb = Pick<Db, 'insert'>;

/**
 * Sending a mail means writing it to the outbox with the caller's handle, so the mail exists if
 * and only if the change that caused it commits. A job delivers it later (see deliver-outbox.ts).
 */
export interface Mailer {
  send(db: MailDb, message: MailMessage): Promise<{ id: number }>;
  /** Several messages in one statement (without it, `sendMessages` sends one at a time). */
  sendAll?(db: MailDb, messages: readonly MailMessage[]): Promise<void>;
}

/** Send every message with the caller's handle: one insert when the mailer can, else one each. */
export async function sendMessages(
  mailer: Mailer,
  db: MailDb,
  messages: readonly MailMessage[],
): Promise<void> {
  if (messages.length === 0) return;
  if (mailer.sendAll) return mailer.sendAll(db, messages);
  for (const message of messages) await mailer.send(db, message);
}

/** The outbox row of a message, checked (recipient, header fields). */
function outboxRow(message: MailMessage, now: Date) {
  const to = message.to.trim();
  if (!to || /[\r\n]/.test(to)) throw new Error(`Invalid mail recipient for ${message.template}`);
  return {
    toAddress: to,
    subject: message.subject,
    textBody: message.text,
    htmlBody: message.html ?? null,
    template: message.template,
    headers: checkedHeaders(message),
    createdAt: now,
  };
}

export function createMailer({ clock }: { clock: Clock }): Mailer {
  return {
    async send(db, message) {
      const [row] = await db
        .insert(mailOutbox)
        .values(outboxRow(message, clock.now()))
        .returning({ id: mailOutbox.id });
      return { id: row!.id };
    },
    async sendAll(db, messages) {
      const now = clock.now();
      if (messages.length) await db.insert(mailOutbox).values(messages.map((m) => outboxRow(m, now)));
    },
  };
}
