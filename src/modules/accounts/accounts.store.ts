import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { OperatorRole, SellerPermission, SellerRole } from '../../platform/http/actor.ts';
import { marketByCode } from '../../platform/markets.ts';
import { hashToken } from '../../platform/security/tokens.ts';
import { sellerRolesOfUser } from '../seller-team/team-members.ts';
import {
  authTokens,
  businessProfiles,
  legalAcceptances,
  legalDocuments,
  operatorRoles,
  sessions,
  users,
} from './accounts.schema.ts';

export { authTokens, businessProfiles, legalAcceptances, legalDocuments, operatorRoles, sessions, users };

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
): Promise<{
  operator: Set<OperatorRole>;
  sellers: Map<number, SellerRole>;
  sellerPermissions: Map<number, Set<SellerPermission>>;
}> {
  const [ops, members] = await Promise.all([
    db.select({ role: operatorRoles.role }).from(operatorRoles).where(eq(operatorRoles.userId, userId)),
    sellerRolesOfUser(db, userId),
  ]);
  return {
    operator: new Set(ops.map((o) => o.role)),
    sellers: new Map(members.map((m) => [m.sellerId, m.role])),
    sellerPermissions: new Map(
      members
        .filter((m) => m.canManageIntegrations)
        .map((m) => [m.sellerId, new Set<SellerPermission>(['manage_integrations'])]),
    ),
  };
}

/** The language a market's legal documents are written in first (BE: French): its locale's. */
function marketLanguage(market: string): string {
  return (marketByCode(market)?.locale.split('-')[0] ?? 'en').toLowerCase();
}

/** The documents a user accepts; "other legal information" is only read. */
export const ACCEPTED_KINDS: ReadonlySet<string> = new Set(['terms', 'privacy']);

/**
 * The legal documents in force in a market at `now`: per kind, the latest effective version, in
 * `language` when that version exists in it, else in the market's language, else in English.
 */
export async function currentLegalDocuments(db: Db, market: string, now: Date, language?: string | null) {
  const first = (language ?? marketLanguage(market)).toLowerCase();
  const second = marketLanguage(market);
  return db
    .selectDistinctOn([legalDocuments.kind])
    .from(legalDocuments)
    .where(and(eq(legalDocuments.market, market), sql`${legalDocuments.effectiveAt} <= ${now.toISOString()}`))
    .orderBy(
      legalDocuments.kind,
      desc(legalDocuments.effectiveAt),
      sql`CASE ${legalDocuments.language} WHEN ${first} THEN 0 WHEN ${second} THEN 1 WHEN 'en' THEN 2 ELSE 3 END`,
    );
}

/**
 * Current terms and privacy policy of the user's market that the user has not accepted: a version
 * accepted in one of the market's languages is accepted in the others too (BE: fr, nl).
 */
export async function pendingLegalDocuments(
  db: Db,
  userId: number,
  market: string,
  now: Date,
  language?: string | null,
) {
  const current = (await currentLegalDocuments(db, market, now, language)).filter((d) =>
    ACCEPTED_KINDS.has(d.kind),
  );
  if (!current.length) return [];
  const accepted = await db
    .select({ kind: legalDocuments.kind, market: legalDocuments.market, version: legalDocuments.version })
    .from(legalAcceptances)
    .innerJoin(legalDocuments, eq(legalDocuments.id, legalAcceptances.documentId))
    .where(eq(legalAcceptances.userId, userId));
  const done = new Set(accepted.map((a) => `${a.kind}|${a.market}|${a.version}`));
  return current.filter((d) => !done.has(`${d.kind}|${d.market}|${d.version}`));
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

export type AuthTokenPurpose = (typeof authTokens.$inferSelect)['purpose'];

/**
 * Spend every still-usable token of a purpose that matches: optionally one email, and `data`
 * entries (compared as text). Their links stop working at once. Returns how many were spent.
 */
export async function spendAuthTokens(
  deps: { db: Db },
  a: { purpose: AuthTokenPurpose; now: Date; email?: string; data?: Record<string, string> },
): Promise<number> {
  const spent = await deps.db
    .update(authTokens)
    .set({ usedAt: a.now })
    .where(
      and(
        eq(authTokens.purpose, a.purpose),
        ...Object.entries(a.data ?? {}).map(([k, v]) => sql`${authTokens.data}->>${k} = ${v}`),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, a.now),
        a.email === undefined ? undefined : eq(authTokens.email, a.email),
      ),
    )
    .returning({ tokenHash: authTokens.tokenHash });
  return spent.length;
}

/** A usable (unused, unexpired) token of a purpose, by the token itself; not spent. */
export async function findUsableAuthToken(
  db: Db,
  a: { token: string; purpose: AuthTokenPurpose; now: Date },
) {
  const [row] = await db
    .select()
    .from(authTokens)
    .where(
      and(
        eq(authTokens.tokenHash, hashToken(a.token)),
        eq(authTokens.purpose, a.purpose),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, a.now),
      ),
    );
  return row;
}

/** End the session a browser presents (its cookie token), e.g. before opening another one. */
export async function revokeSessionByToken(deps: { db: Db }, a: { token: string; now: Date }): Promise<void> {
  await deps.db
    .update(sessions)
    .set({ revokedAt: a.now })
    .where(eq(sessions.id, hashToken(a.token)));
}

/** The mailbox was proven (an emailed link was followed): verify the email if it was not yet. */
export async function markEmailVerified(deps: { db: Db }, a: { userId: number; now: Date }): Promise<void> {
  await deps.db
    .update(users)
    .set({ emailVerifiedAt: a.now, updatedAt: a.now })
    .where(and(eq(users.id, a.userId), isNull(users.emailVerifiedAt)));
}

export type BusinessProfileRow = typeof businessProfiles.$inferSelect;

/** The company behind a Reloop Pro account, if any. */
export async function findBusinessProfile(db: Db, userId: number): Promise<BusinessProfileRow | undefined> {
  const [row] = await db.select().from(businessProfiles).where(eq(businessProfiles.userId, userId));
  return row;
}
