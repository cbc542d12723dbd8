import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/http/actor.ts';
import { hashToken } from '../../platform/security/tokens.ts';
import type { AccountsDeps } from './accounts.deps.ts';
import { operatorSecondFactors, sessions, users } from './accounts.schema.ts';
import { pendingLegalDocuments, rolesOf } from './accounts.store.ts';
import { isSessionLive, needsTouch } from './session.rules.ts';
import { mustEnrolOrVerify, sessionCounts } from './two-factor/two-factor.rules.ts';

/** The signed-in person behind a session cookie, or null if the session is unknown, expired or revoked. */
export async function resolveActor(
  deps: Pick<AccountsDeps, 'db' | 'clock'>,
  sessionToken: string | undefined,
): Promise<Actor | null> {
  if (!sessionToken || sessionToken.length > 100) return null;
  const id = hashToken(sessionToken);
  const [row] = await deps.db
    .select({ session: sessions, user: users, factorConfirmedAt: operatorSecondFactors.confirmedAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(operatorSecondFactors, eq(operatorSecondFactors.userId, sessions.userId))
    .where(eq(sessions.id, id))
    .limit(1);
  if (row?.user.status !== 'active') return null;
  const now = deps.clock.now();
  const roles = await rolesOf(deps.db, row.user.id);
  if (!isSessionLive(row.session, roles.operator.size > 0, now)) return null;
  const factor = {
    isAdmin: roles.operator.has('admin'),
    enrolled: !!row.factorConfirmedAt,
    sessionVerified: !!row.session.secondFactorAt,
  };
  if (!sessionCounts(factor)) return null;
  if (needsTouch(row.session, now)) {
    await deps.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  // Buyers accept the terms of use; staff-only accounts (operators) are bound by their employment.
  const pending = row.user.buyerType
    ? await pendingLegalDocuments(deps.db, row.user.id, row.user.market, now, row.user.language)
    : [];
  return {
    userId: row.user.id,
    sessionId: id,
    email: row.user.email,
    name: row.user.name,
    market: row.user.market,
    language: row.user.language ?? null,
    buyerType: row.user.buyerType,
    emailVerified: !!row.user.emailVerifiedAt,
    sellers: roles.sellers,
    sellerPermissions: roles.sellerPermissions,
    operatorRoles: roles.operator,
    pendingTerms: pending.length > 0,
    needsSecondFactor: mustEnrolOrVerify(factor),
  };
}
