import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { mailOutbox } from './mail.schema.ts';
import type { StoredMail } from './mail-transport.ts';

/** The outbox, newest first, optionally for one recipient (exact address). */
export async function listOutbox(
  db: Db,
  { to, limit }: { to?: string; limit: number },
): Promise<StoredMail[]> {
  const recipient = to?.trim();
  return db
    .select()
    .from(mailOutbox)
    .where(recipient ? eq(mailOutbox.toAddress, recipient) : undefined)
    .orderBy(desc(mailOutbox.id))
    .limit(limit);
}

export async function getOutboxMail(db: Db, id: number): Promise<StoredMail | undefined> {
  const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return mail;
}
