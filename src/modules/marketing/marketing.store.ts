/** SQL shared by the marketing use cases: the marketing_preferences rows. Writes only this module's tables. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { type Category, isCategory, type StoredChoices } from './marketing.rules.ts';
import { marketingPreferences } from './marketing.schema.ts';

type Row = typeof marketingPreferences.$inferSelect;

export type StoredPreferences = StoredChoices & {
  saleOptOutAt: Date | null;
  saleOptOutSource: string | null;
};

export function choicesOf(row: Row): StoredPreferences {
  return {
    channels: { email: row.email, sms: row.sms, push: row.push },
    categories: row.categories.filter(isCategory) as Category[],
    frequency: row.frequency,
    basis: row.basis,
    basisAt: row.basisAt,
    basisSource: row.basisSource,
    objectedAt: row.objectedAt,
    saleOptOutAt: row.saleOptOutAt,
    saleOptOutSource: row.saleOptOutSource,
  };
}

/** The person's stored choices (FOR UPDATE inside a transaction that changes them), or null. */
export async function loadPreferences(
  db: Db,
  userId: number,
  { forUpdate = false }: { forUpdate?: boolean } = {},
): Promise<StoredPreferences | null> {
  const q = db.select().from(marketingPreferences).where(eq(marketingPreferences.userId, userId));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ? choicesOf(row) : null;
}

/** Writes the marketing choices (not the sale opt-out) of one person. */
export async function saveChoices(db: Db, userId: number, c: StoredChoices, now: Date): Promise<void> {
  const values = {
    email: c.channels.email,
    sms: c.channels.sms,
    push: c.channels.push,
    categories: [...c.categories],
    frequency: c.frequency,
    basis: c.basis,
    basisAt: c.basisAt,
    basisSource: c.basisSource,
    objectedAt: c.objectedAt,
    updatedAt: now,
  };
  await db
    .insert(marketingPreferences)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: marketingPreferences.userId, set: values });
}
