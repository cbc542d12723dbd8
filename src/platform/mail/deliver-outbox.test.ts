import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, ENGINES } from '../../../test/db.ts';
import { fixedClock } from '../clock.ts';
import type { Database } from '../db/client.ts';
import { deliverOutbox, MAX_ATTEMPTS } from './deliver-outbox.ts';
import { mailOutbox } from './mail.schema.ts';
import type { MailLogger, MailTransport, StoredMail } from './mail-transport.ts';
import { createMailer, type MailMessage } from './mailer.ts';

const quiet: MailLogger = { debug() {}, info() {}, warn() {}, error() {} };
const MINUTE = 60_000;

/** Records deliveries; fails while `failing` is set. */
function recordingTransport(delayMs = 0) {
  const delivered: number[] = [];
  const transport: MailTransport & { failing: boolean } = {
    failing: false,
    async deliver(mail: StoredMail) {
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      if (this.failing) throw new Error('SMTP 451 try again later');
      delivered.push(mail.id);
    },
  };
  return { transport, delivered };
}

const message = (n: number): MailMessage => ({
  to: `buyer${n}@example.test`,
  subject: `Order ${n}`,
  text: `Your order ${n} is confirmed.`,
  template: 'orders.confirmed',
});

describe.each(ENGINES)('mail outbox on %s', (engine) => {
  let database: Database;
  const clock = fixedClock('2026-11-21T12:00:00Z');
  const mailer = createMailer({ clock });
  const outbox = () => database.db.select().from(mailOutbox).orderBy(asc(mailOutbox.id));

  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(async () => database?.close());
  beforeEach(async () => {
    await database.db.delete(mailOutbox);
    clock.set('2026-11-21T12:00:00Z');
  });

  it('writes mail only when the transaction that sends it commits', async () => {
    const rolledBack = database.db.transaction(async (tx) => {
      await mailer.send(tx, message(1));
      throw new Error('the order could not be placed');
    });
    await expect(rolledBack).rejects.toThrow('could not be placed');
    expect(await outbox()).toEqual([]);

    const { id } = await database.db.transaction((tx) =>
      mailer.send(tx, { ...message(2), html: '<p>Hi</p>' }),
    );
    const rows = await outbox();
    expect(rows).toEqual([
      {
        id,
        toAddress: 'buyer2@example.test',
        subject: 'Order 2',
        textBody: 'Your order 2 is confirmed.',
        htmlBody: '<p>Hi</p>',
        template: 'orders.confirmed',
        headers: null,
        createdAt: new Date('2026-11-21T12:00:00Z'),
        sentAt: null,
        attempts: 0,
        lastError: null,
      },
    ]);
  });

  it('refuses a recipient that could inject headers', async () => {
    await expect(
      mailer.send(database.db, { ...message(1), to: 'a@example.test\r\nBcc: x@example.test' }),
    ).rejects.toThrow('Invalid mail recipient');
    expect(await outbox()).toEqual([]);
  });

  it('stores extra header fields with the mail, and refuses one that could inject headers', async () => {
    const headers = { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
    const { id } = await mailer.send(database.db, { ...message(2), headers });
    await expect(
      mailer.send(database.db, { ...message(3), headers: { 'X-Note': 'a\r\nBcc: x@example.test' } }),
    ).rejects.toThrow('Invalid mail header');
    await expect(
      mailer.send(database.db, { ...message(3), headers: { Bcc: 'x@example.test' } }),
    ).rejects.toThrow('Invalid mail header');
    const rows = await outbox();
    expect(rows.map((r) => [r.id, r.headers])).toEqual([[id, headers]]);
  });

  it('delivers pending mail in id order once and marks it sent', async () => {
    const ids = [];
    for (const n of [1, 2, 3]) ids.push((await mailer.send(database.db, message(n))).id);
    const { transport, delivered } = recordingTransport();
    clock.advance(1000);

    expect(await deliverOutbox({ db: database.db, transport, clock, logger: quiet })).toEqual({
      sent: 3,
      failed: 0,
      abandoned: 0,
    });
    expect(delivered).toEqual(ids);
    for (const row of await outbox()) {
      expect(row.sentAt).toEqual(new Date('2026-11-21T12:00:01Z'));
      expect(row.attempts).toBe(0);
    }
    expect(await deliverOutbox({ db: database.db, transport, clock, logger: quiet })).toEqual({
      sent: 0,
      failed: 0,
      abandoned: 0,
    });
    expect(delivered).toEqual(ids);
  });

  it('takes at most batchSize mails per run', async () => {
    for (const n of [1, 2, 3]) await mailer.send(database.db, message(n));
    const { transport, delivered } = recordingTransport();
    await deliverOutbox({ db: database.db, transport, clock, logger: quiet, batchSize: 2 });
    expect(delivered).toHaveLength(2);
    await deliverOutbox({ db: database.db, transport, clock, logger: quiet, batchSize: 2 });
    expect(delivered).toHaveLength(3);
  });

  it('records a failure, retries after the back-off, and gives up after MAX_ATTEMPTS', async () => {
    const { id } = await mailer.send(database.db, message(1));
    const { transport, delivered } = recordingTransport();
    transport.failing = true;
    const run = () =>
      deliverOutbox({ db: database.db, transport, clock, logger: quiet, retryBaseMs: 5 * MINUTE });

    expect(await run()).toEqual({ sent: 0, failed: 1, abandoned: 0 });
    let [row] = await outbox();
    expect(row).toMatchObject({ id, sentAt: null, attempts: 1, lastError: 'SMTP 451 try again later' });

    // Not again before 5 minutes after creation; then 15, 35 and 75 minutes.
    clock.advance(5 * MINUTE - 1);
    expect(await run()).toEqual({ sent: 0, failed: 0, abandoned: 0 });
    clock.advance(1);
    expect(await run()).toEqual({ sent: 0, failed: 1, abandoned: 0 });
    clock.set('2026-11-21T12:15:00Z');
    expect(await run()).toEqual({ sent: 0, failed: 1, abandoned: 0 });
    [row] = await outbox();
    expect(row!.attempts).toBe(3);

    // The server recovers: the next try succeeds and keeps the count of failures.
    transport.failing = false;
    expect(await run()).toEqual({ sent: 0, failed: 0, abandoned: 0 });
    clock.set('2026-11-21T12:35:00Z');
    expect(await run()).toEqual({ sent: 1, failed: 0, abandoned: 0 });
    [row] = await outbox();
    expect(row).toMatchObject({ sentAt: new Date('2026-11-21T12:35:00Z'), attempts: 3, lastError: null });
    expect(delivered).toEqual([id]);

    // Another mail that keeps failing is abandoned after MAX_ATTEMPTS tries and never retried.
    await database.db.delete(mailOutbox);
    await mailer.send(database.db, message(2));
    transport.failing = true;
    let abandoned = 0;
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
      abandoned += (await run()).abandoned;
      clock.advance(24 * 60 * MINUTE);
    }
    expect(abandoned).toBe(1);
    [row] = await outbox();
    expect(row).toMatchObject({ sentAt: null, attempts: MAX_ATTEMPTS });
  });

  it('never delivers a mail twice when two workers run at once', async () => {
    for (let n = 1; n <= 6; n++) await mailer.send(database.db, message(n));
    const { transport, delivered } = recordingTransport(15);
    const reports = await Promise.all([
      deliverOutbox({ db: database.db, transport, clock, logger: quiet }),
      deliverOutbox({ db: database.db, transport, clock, logger: quiet }),
    ]);
    expect(reports[0]!.sent + reports[1]!.sent).toBe(6);
    expect([...delivered].sort((a, b) => a - b)).toEqual((await outbox()).map((r) => r.id));
    expect((await outbox()).every((r) => r.sentAt !== null)).toBe(true);
  });
});
