import { once } from 'node:events';
import { type AddressInfo, createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  LogTransport,
  type MailLogger,
  messageIdOf,
  SmtpTransport,
  type StoredMail,
} from './mail-transport.ts';

const mail = (over: Partial<StoredMail> = {}): StoredMail => ({
  id: 42,
  toAddress: 'buyer@example.test',
  subject: 'Confirm your email — Reloop',
  textBody: 'Open https://reloop.test/verify?t=abc to confirm.',
  htmlBody: '<p>Open <a href="https://reloop.test/verify?t=abc">this link</a>.</p>',
  template: 'accounts.verify-email',
  createdAt: new Date('2026-11-21T12:00:00Z'),
  sentAt: null,
  attempts: 0,
  lastError: null,
  headers: null,
  ...over,
});

const FROM = 'Reloop <no-reply@reloop.test>';

describe('SmtpTransport', () => {
  it('builds a multipart message with sender, recipient, subject, text and HTML', async () => {
    const transport = new SmtpTransport({ transport: { streamTransport: true, buffer: true }, from: FROM });
    const info = (await transport.send(mail())) as {
      message: Buffer;
      envelope: { from: string; to: string[] };
    };
    const raw = info.message.toString();
    expect(info.envelope).toEqual({ from: 'no-reply@reloop.test', to: ['buyer@example.test'] });
    expect(raw).toContain('From: Reloop <no-reply@reloop.test>');
    expect(raw).toContain('To: buyer@example.test');
    expect(raw).toMatch(/Subject: =\?UTF-8\?Q\?Confirm_your_email_=E2=80=94_Reloop\?=/);
    expect(raw).toContain('Message-ID: <outbox-42-1795262400000@reloop.test>');
    expect(raw).toContain('Content-Type: multipart/alternative');
    expect(raw).toMatch(
      /Content-Type: text\/plain[\s\S]*Open https:\/\/reloop.test\/verify\?t=abc to confirm\./,
    );
    expect(raw).toMatch(/Content-Type: text\/html[\s\S]*this link/);
  });

  it('sends text only when the mail has no HTML', async () => {
    const transport = new SmtpTransport({ transport: { jsonTransport: true }, from: FROM });
    const info = (await transport.send(mail({ htmlBody: null }))) as { message: string };
    const json = JSON.parse(info.message);
    expect(json).toMatchObject({
      from: { address: 'no-reply@reloop.test', name: 'Reloop' },
      to: [{ address: 'buyer@example.test', name: '' }],
      subject: 'Confirm your email — Reloop',
      text: 'Open https://reloop.test/verify?t=abc to confirm.',
    });
    expect(json.html).toBeUndefined();
  });

  it('adds the stored header fields (one-click unsubscribe, RFC 8058) to the message', async () => {
    const transport = new SmtpTransport({ transport: { streamTransport: true, buffer: true }, from: FROM });
    const headers = {
      'List-Unsubscribe': '<https://reloop.test/u/abc>, <mailto:unsubscribe@reloop.test?subject=abc>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    };
    const raw = ((await transport.send(mail({ headers }))) as { message: Buffer }).message.toString();
    expect(raw.replace(/\r\n[ \t]+/g, ' ')).toContain(
      'List-Unsubscribe: <https://reloop.test/u/abc>, <mailto:unsubscribe@reloop.test?subject=abc>',
    );
    expect(raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const plain = ((await transport.send(mail())) as { message: Buffer }).message.toString();
    expect(plain).not.toContain('List-Unsubscribe');
  });

  it('gives every outbox row one stable Message-ID', () => {
    expect(messageIdOf(mail(), 'no-reply@reloop.test')).toBe(messageIdOf(mail(), FROM));
    expect(messageIdOf(mail({ id: 43 }), FROM)).not.toBe(messageIdOf(mail(), FROM));
  });

  describe('over SMTP (a local fake server)', () => {
    let server: Server | undefined;
    afterEach(() => server?.close());

    /** Speaks just enough SMTP to take one message; `rejectRecipient` answers RCPT with 550. */
    async function fakeSmtp({ rejectRecipient = false } = {}) {
      const received: { commands: string[]; data: string } = { commands: [], data: '' };
      server = createServer((socket) => {
        let buffer = '';
        let inData = false;
        socket.write('220 fake.test ESMTP\r\n');
        socket.on('data', (chunk) => {
          buffer += chunk.toString('utf8');
          while (true) {
            if (inData) {
              const end = buffer.indexOf('\r\n.\r\n');
              if (end < 0) return;
              received.data = buffer.slice(0, end);
              buffer = buffer.slice(end + 5);
              inData = false;
              socket.write('250 2.0.0 queued\r\n');
              continue;
            }
            const eol = buffer.indexOf('\r\n');
            if (eol < 0) return;
            const line = buffer.slice(0, eol);
            buffer = buffer.slice(eol + 2);
            received.commands.push(line);
            const verb = line.slice(0, 4).toUpperCase();
            if (verb === 'EHLO') socket.write('250-fake.test\r\n250 8BITMIME\r\n');
            else if (verb === 'RCPT')
              socket.write(rejectRecipient ? '550 5.1.1 no such user\r\n' : '250 OK\r\n');
            else if (verb === 'DATA') {
              inData = true;
              socket.write('354 go ahead\r\n');
            } else if (verb === 'QUIT') socket.end('221 bye\r\n');
            else socket.write('250 OK\r\n');
          }
        });
      });
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      const { port } = server.address() as AddressInfo;
      return { url: `smtp://127.0.0.1:${port}`, received };
    }

    it('delivers to the server named by SMTP_URL', async () => {
      const { url, received } = await fakeSmtp();
      const transport = new SmtpTransport({ transport: url, from: FROM });
      await transport.deliver(mail());
      transport.close();
      expect(received.commands).toContain('MAIL FROM:<no-reply@reloop.test>');
      expect(received.commands).toContain('RCPT TO:<buyer@example.test>');
      expect(received.data).toContain('To: buyer@example.test');
      expect(received.data).toContain('Message-ID: <outbox-42-1795262400000@reloop.test>');
    });

    it('fails the delivery when the server refuses the recipient', async () => {
      const { url } = await fakeSmtp({ rejectRecipient: true });
      const transport = new SmtpTransport({ transport: url, from: FROM });
      await expect(transport.deliver(mail())).rejects.toThrow(/550 5\.1\.1 no such user/);
      transport.close();
    });
  });
});

describe('LogTransport', () => {
  it('keeps the mail local and logs its recipient and subject at debug', async () => {
    const lines: Array<{ level: string; obj: object; msg?: string }> = [];
    const log =
      (level: string) =>
      (obj: object, msg?: string): void => {
        lines.push({ level, obj, msg });
      };
    const logger: MailLogger = {
      debug: log('debug'),
      info: log('info'),
      warn: log('warn'),
      error: log('error'),
    };
    await new LogTransport({ logger }).deliver(mail());
    expect(lines).toEqual([
      {
        level: 'debug',
        obj: {
          mailId: 42,
          to: 'buyer@example.test',
          subject: 'Confirm your email — Reloop',
          template: 'accounts.verify-email',
        },
        msg: 'mail kept in the local outbox',
      },
    ]);
  });
});
