import nodemailer from 'nodemailer';
import type JSONTransport from 'nodemailer/lib/json-transport/index.js';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type StreamTransport from 'nodemailer/lib/stream-transport/index.js';
import type { mailOutbox } from './mail.schema.ts';

/** A mail as stored in the outbox. */
export type StoredMail = typeof mailOutbox.$inferSelect;

/** Hands one stored mail to the outside world; throws when it could not. */
export interface MailTransport {
  deliver(mail: StoredMail): Promise<void>;
}

/** The part of a pino logger the mail code uses. */
export type MailLogger = {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
};

export type NodemailerOptions = SMTPTransport.Options | StreamTransport.Options | JSONTransport.Options;

/**
 * Short socket timeouts: the outbox job holds the mail's row lock while delivering, so a server
 * that does not answer must fail the attempt soon. A URL's own query parameters win.
 */
const SMTP_URL_DEFAULTS = { connectionTimeout: '10000', greetingTimeout: '10000', socketTimeout: '30000' };

function withTimeouts(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(SMTP_URL_DEFAULTS)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  }
  return url.toString();
}

/** The same outbox row always gets the same Message-ID, so a repeated delivery can be recognised. */
export function messageIdOf(mail: StoredMail, from: string): string {
  const domain = /@([^\s>]+)>?\s*$/.exec(from)?.[1] ?? 'reloop.invalid';
  return `<outbox-${mail.id}-${mail.createdAt.getTime()}@${domain}>`;
}

/** Delivers through nodemailer: an `smtp://` or `smtps://` URL (SMTP_URL), or nodemailer options. */
export class SmtpTransport implements MailTransport {
  readonly #transporter: nodemailer.Transporter;
  readonly #from: string;

  constructor({ transport, from }: { transport: string | NodemailerOptions; from: string }) {
    this.#transporter = nodemailer.createTransport(
      typeof transport === 'string' ? withTimeouts(transport) : transport,
    );
    this.#from = from;
  }

  /** Resolves with nodemailer's result (the built message with stream/JSON transports). */
  async deliver(mail: StoredMail): Promise<void> {
    await this.send(mail);
  }

  send(mail: StoredMail): Promise<unknown> {
    return this.#transporter.sendMail({
      from: this.#from,
      to: mail.toAddress,
      subject: mail.subject,
      text: mail.textBody,
      ...(mail.htmlBody === null ? {} : { html: mail.htmlBody }),
      ...(mail.headers ? { headers: mail.headers } : {}),
      messageId: messageIdOf(mail, this.#from),
      date: mail.createdAt,
    });
  }

  close(): void {
    this.#transporter.close();
  }
}

/**
 * The embedded default: nothing leaves the machine. The mail counts as delivered and stays
 * readable in the outbox pages (/dev/mail).
 */
export class LogTransport implements MailTransport {
  readonly #logger: MailLogger;

  constructor({ logger }: { logger: MailLogger }) {
    this.#logger = logger;
  }

  async deliver(mail: StoredMail): Promise<void> {
    this.#logger.debug(
      { mailId: mail.id, to: mail.toAddress, subject: mail.subject, template: mail.template },
      'mail kept in the local outbox',
    );
  }
}
