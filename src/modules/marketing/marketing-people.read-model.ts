/**
 * Read model: the people marketing writes to — their account (email, language, market, status,
 * from accounts) and whether they are customers (their last paid order, from orders), joined with
 * their marketing choices. Serves the choices page, the newsletter job and the "do not sell"
 * requests; never writes.
 */
import { and, asc, eq, gt, isNull, max, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { users } from '../accounts/accounts.schema.ts';
import { orders } from '../orders/orders.schema.ts';
import { processingNotRestricted } from '../privacy/processing-choices.read-model.ts';
import { marketingPreferences } from './marketing.schema.ts';
import { choicesOf, type StoredPreferences } from './marketing.store.ts';

export type MarketingPerson = { userId: number; email: string; language: string | null; market: string };

/** The person's last paid order, or null when they have none (not a customer). */
export async function lastPaidOrderAt(db: Db, userId: number): Promise<Date | null> {
  const [row] = await db
    .select({ at: max(orders.paidAt) })
    .from(orders)
    .where(eq(orders.buyerUserId, userId));
  return row?.at ? new Date(row.at) : null;
}

/** An active account, or null. */
export async function activePerson(db: Db, userId: number): Promise<MarketingPerson | null> {
  const [row] = await db
    .select({ userId: users.id, email: users.email, language: users.language, market: users.market })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.status, 'active')))
    .limit(1);
  return row ?? null;
}

/** The active account with this email (emails are stored lower-cased), or null. */
export async function activePersonByEmail(db: Db, email: string): Promise<MarketingPerson | null> {
  const [row] = await db
    .select({ userId: users.id, email: users.email, language: users.language, market: users.market })
    .from(users)
    .where(and(eq(users.email, email.trim().toLowerCase()), eq(users.status, 'active')))
    .limit(1);
  return row ?? null;
}

export type NewsletterCandidate = MarketingPerson & {
  prefs: StoredPreferences;
  lastPaidOrderAt: Date | null;
};

/**
 * Active accounts with email marketing on, no objection and processing not restricted (GDPR
 * Art. 18: their data is only stored), in id order after `afterUserId`,
 * with their choices and last paid order: whom the newsletter job considers.
 */
export async function newsletterCandidates(
  db: Db,
  afterUserId: number,
  limit: number,
): Promise<NewsletterCandidate[]> {
  const lastPaid = db
    .select({ buyer: orders.buyerUserId, at: max(orders.paidAt).as('last_paid_at') })
    .from(orders)
    .groupBy(orders.buyerUserId)
    .as('last_paid');
  const rows = await db
    .select({
      userId: users.id,
      email: users.email,
      language: users.language,
      market: users.market,
      prefs: marketingPreferences,
      lastPaidAt: sql<string | Date | null>`${lastPaid.at}`,
    })
    .from(marketingPreferences)
    .innerJoin(users, eq(users.id, marketingPreferences.userId))
    .leftJoin(lastPaid, eq(lastPaid.buyer, users.id))
    .where(
      and(
        eq(users.status, 'active'),
        eq(marketingPreferences.email, true),
        isNull(marketingPreferences.objectedAt),
        processingNotRestricted(users.id),
        gt(users.id, afterUserId),
      ),
    )
    .orderBy(asc(users.id))
    .limit(limit);
  return rows.map(({ prefs, lastPaidAt, ...r }) => ({
    ...r,
    prefs: choicesOf(prefs),
    lastPaidOrderAt: lastPaidAt ? new Date(lastPaidAt) : null,
  }));
}
