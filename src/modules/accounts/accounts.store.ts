import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { OperatorRole, SellerRole } from '../../platform/http/actor.ts';
import {
  authTokens,
  businessProfiles,
  legalAcceptances,
  legalDocuments,
  operatorRoles,
  sellerMembers,
  sessions,
  users,
} from './accounts.schema.ts';

export {
  authTokens,
  businessProfiles,
  legalAcceptances,
  legalDocuments,
  operatorRoles,
  sellerMembers,
  sessions,
  users,
};

export type UserRow = typeof users.$inferSelect;

export async function findActiveUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.email, email), eq(users.status, 'active')))
    .limit(1);
  return row;
}

export async function findUser(db: Db, id: number): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

/** A closed account with this email that no operator has released for re-registration. */
export async function emailBlockedByClosure(db: Db, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), eq(users.status, 'closed'), isNull(users.reregistrationAllowedAt)))
    .limit(1);
  return !!row;
}

export async function vatNumberHolder(
  db: Db,
  vatNumber: string,
): Promise<{ active: boolean; blocked: boolean } | undefined> {
  const rows = await db
    .select({ active: businessProfiles.active, allowed: users.reregistrationAllowedAt })
    .from(businessProfiles)
    .innerJoin(users, eq(users.id, businessProfiles.userId))
    .where(eq(businessProfiles.vatNumber, vatNumber));
  if (!rows.length) return undefined;
  return { active: rows.some((r) => r.active), blocked: rows.some((r) => !r.active && !r.allowed) };
}

export async function rolesOf(
  db: Db,
  userId: number,
): Promise<{ operator: Set<OperatorRole>; sellers: Map<number, SellerRole> }> {
  const [ops, members] = await Promise.all([
    db.select({ role: operatorRoles.role }).from(operatorRoles).where(eq(operatorRoles.userId, userId)),
    db
      .select({ sellerId: sellerMembers.sellerId, role: sellerMembers.role })
      .from(sellerMembers)
      .where(eq(sellerMembers.userId, userId)),
  ]);
  return {
    operator: new Set(ops.map((o) => o.role)),
    sellers: new Map(members.map((m) => [m.sellerId, m.role])),
  };
}

/** The terms and privacy versions in force in a market at `now` (the latest effective of each kind). */
export async function currentLegalDocuments(db: Db, market: string, now: Date) {
  const rows = await db
    .selectDistinctOn([legalDocuments.kind])
    .from(legalDocuments)
    .where(and(eq(legalDocuments.market, market), sql`${legalDocuments.effectiveAt} <= ${now.toISOString()}`))
    .orderBy(legalDocuments.kind, desc(legalDocuments.effectiveAt));
  return rows;
}

/** Current documents of the user's market that the user has not accepted. */
export async function pendingLegalDocuments(db: Db, userId: number, market: string, now: Date) {
  const current = await currentLegalDocuments(db, market, now);
  if (!current.length) return [];
  const accepted = await db
    .select({ id: legalAcceptances.documentId })
    .from(legalAcceptances)
    .where(eq(legalAcceptances.userId, userId));
  const ids = new Set(accepted.map((a) => a.id));
  return current.filter((d) => !ids.has(d.id));
}

export async function liveSessionsOf(db: Db, userId: number, now: Date) {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt));
}

export async function revokeSessions(
  db: Db,
  userId: number,
  now: Date,
  { except }: { except?: string } = {},
): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        except ? ne(sessions.id, except) : undefined,
      ),
    );
}

/** Take a single-use token: returns it only if unused and unexpired, marking it used atomically. */
export async function consumeAuthToken(
  db: Db,
  tokenHash: string,
  purpose: (typeof authTokens.$inferSelect)['purpose'],
  now: Date,
) {
  const [row] = await db
    .update(authTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(authTokens.tokenHash, tokenHash),
        eq(authTokens.purpose, purpose),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, now),
      ),
    )
    .returning();
  return row;
}
