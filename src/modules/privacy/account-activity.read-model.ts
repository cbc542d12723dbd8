/**
 * Serves the account retention job: which accounts may be due (no session used since a bound,
 * not an operator; closed by their owner before a bound, not erased yet), and one account's last
 * activity and last order. Reads accounts (users, sessions, operator roles), orders and this
 * module's erasure reports. Never writes.
 */
import { and, desc, eq, gt, lte, notExists, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { operatorRoles, sessions, users } from '../accounts/accounts.schema.ts';
import { orders } from '../orders/orders.schema.ts';
import { erasureReports } from './privacy-erasure.schema.ts';

export type RetentionAccount = {
  id: number;
  email: string;
  name: string;
  market: string;
  language: string | null;
  status: 'active' | 'closed';
};

const ACCOUNT = {
  id: users.id,
  email: users.email,
  name: users.name,
  market: users.market,
  language: users.language,
  status: users.status,
};

/** Active accounts, not operators', with no sign-up nor session use after `bound`. */
export async function inactiveAccountsSince(db: Db, bound: Date): Promise<RetentionAccount[]> {
  return db
    .select(ACCOUNT)
    .from(users)
    .where(
      and(
        eq(users.status, 'active'),
        lte(users.createdAt, bound),
        notExists(
          db
            .select({ one: sql`1` })
            .from(sessions)
            .where(and(eq(sessions.userId, users.id), gt(sessions.lastSeenAt, bound))),
        ),
        notExists(db.select({ one: sql`1` }).from(operatorRoles).where(eq(operatorRoles.userId, users.id))),
      ),
    )
    .orderBy(users.id);
}

/** Accounts their owner closed at or before `bound` and not erased yet. */
export async function accountsClosedByOwnerBefore(db: Db, bound: Date): Promise<RetentionAccount[]> {
  return db
    .select(ACCOUNT)
    .from(users)
    .where(
      and(
        eq(users.status, 'closed'),
        eq(users.closedBy, 'user'),
        lte(users.closedAt, bound),
        notExists(db.select({ one: sql`1` }).from(erasureReports).where(eq(erasureReports.userId, users.id))),
      ),
    )
    .orderBy(users.id);
}

export async function retentionAccount(db: Db, userId: number): Promise<RetentionAccount | undefined> {
  const [row] = await db.select(ACCOUNT).from(users).where(eq(users.id, userId));
  return row;
}

/** The latest of sign-up and session use, and the latest order placed. */
export async function accountActivity(
  db: Db,
  userId: number,
): Promise<{ lastActivityAt: Date; lastOrderAt: Date | null }> {
  const [u] = await db.select({ createdAt: users.createdAt }).from(users).where(eq(users.id, userId));
  const [s] = await db
    .select({ at: sessions.lastSeenAt })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(desc(sessions.lastSeenAt))
    .limit(1);
  const [o] = await db
    .select({ at: orders.createdAt })
    .from(orders)
    .where(eq(orders.buyerUserId, userId))
    .orderBy(desc(orders.createdAt))
    .limit(1);
  const created = u?.createdAt ?? new Date(0);
  const lastActivityAt = s && s.at.getTime() > created.getTime() ? s.at : created;
  return { lastActivityAt, lastOrderAt: o?.at ?? null };
}
