import { and, asc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/client.ts';
import { mailOutbox } from './mail.schema.ts';
import type { MailLogger, MailTransport } from './mail-transport.ts';

/** After this many failed attempts a mail stays in the outbox, undelivered, for a person to look at. */
export const MAX_ATTEMPTS = 5;

export type DeliveryReport = { sent: number; failed: number; abandoned: number };

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 1000);

/**
 * Delivers pending mail in id order, one row at a time: the row is locked (FOR UPDATE SKIP
 * LOCKED) while its delivery runs, so two workers never deliver the same mail, and a worker that
 * dies mid-delivery releases it for a retry (delivery is at least once; the Message-ID is stable).
 * The lock is held for one delivery only, never for the batch.
 *
 * A failed mail waits `retryBaseMs × (2^attempts − 1)` after its creation before the next try
 * (with 5 minutes: 5, 15, 35 and 75 minutes), then is abandoned after MAX_ATTEMPTS.
 */
export async function deliverOutbox({
  db,
  transport,
  clock,
  logger,
  batchSize = 50,
  retryBaseMs = 5 * 60_000,
}: {
  db: Db;
  transport: MailTransport;
  clock: Clock;
  logger: MailLogger;
  batchSize?: number;
  retryBaseMs?: number;
}): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, failed: 0, abandoned: 0 };
  let afterId = 0;
  for (let n = 0; n < batchSize; n++) {
    const done = await db.transaction(async (tx) => {
      const now = clock.now();
      const [mail] = await tx
        .select()
        .from(mailOutbox)
        .where(
          and(
            isNull(mailOutbox.sentAt),
            lt(mailOutbox.attempts, MAX_ATTEMPTS),
            gt(mailOutbox.id, afterId),
            sql`${mailOutbox.createdAt} + (power(2, ${mailOutbox.attempts}) - 1) * ${retryBaseMs} * interval '1 millisecond' <= ${now.toISOString()}::timestamptz`,
          ),
        )
        .orderBy(asc(mailOutbox.id))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!mail) return true;
      afterId = mail.id;
      try {
        await transport.deliver(mail);
      } catch (err) {
        const attempts = mail.attempts + 1;
        await tx
          .update(mailOutbox)
          .set({ attempts, lastError: errorText(err) })
          .where(eq(mailOutbox.id, mail.id));
        report.failed++;
        if (attempts >= MAX_ATTEMPTS) {
          report.abandoned++;
          logger.error({ mailId: mail.id, template: mail.template, attempts, err }, 'mail abandoned');
        } else {
          logger.warn({ mailId: mail.id, template: mail.template, attempts, err }, 'mail delivery failed');
        }
        return false;
      }
      await tx
        .update(mailOutbox)
        .set({ sentAt: clock.now(), lastError: null })
        .where(eq(mailOutbox.id, mail.id));
      report.sent++;
      return false;
    });
    if (done) break;
  }
  return report;
}
