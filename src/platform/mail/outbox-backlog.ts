import { isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { MAX_ATTEMPTS } from './deliver-outbox.ts';
import { mailOutbox } from './mail.schema.ts';

export type OutboxBacklog = { pending: number; oldestPendingSeconds: number; abandoned: number };

/** Unsent mail still to be tried, the age of the oldest, and mail given up on: for `/metrics`. */
export async function mailOutboxBacklog(db: Db, now: Date): Promise<OutboxBacklog> {
  const live = sql`${mailOutbox.attempts} < ${MAX_ATTEMPTS}`;
  const [row] = await db
    .select({
      pending: sql<number>`count(*) FILTER (WHERE ${live})::int`,
      oldestPendingSeconds: sql<number>`coalesce(extract(epoch FROM ${now.toISOString()}::timestamptz - min(${mailOutbox.createdAt}) FILTER (WHERE ${live})), 0)::float8`,
      abandoned: sql<number>`count(*) FILTER (WHERE NOT (${live}))::int`,
    })
    .from(mailOutbox)
    .where(isNull(mailOutbox.sentAt));
  return row ?? { pending: 0, oldestPendingSeconds: 0, abandoned: 0 };
}
