/**
 * Read model: seller team invitations, which live in the accounts module's `auth_tokens` (purpose
 * seller_invite, data { sellerId, role, invitedBy }), with the seller they lead to and the name of
 * who sent them. Serves the invitee's page, the accept use cases and the portal's team page.
 * Never writes: invitations are issued and spent through the accounts module.
 */
import { and, asc, eq, gt, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { hashToken } from '../../platform/security/tokens.ts';
import { authTokens, users } from '../accounts/accounts.schema.ts';
import { findActiveUserByEmail } from '../accounts/accounts.store.ts';
import { ZTokenSchema } from '../accounts/accounts.types.ts';
import { findSeller } from '../sellers/sellers.store.ts';
import { invitationData, type SellerInvitation } from './seller-team.store.ts';
import type { TeamRole } from './seller-team.types.ts';

/** Invitations of one seller (optionally to one email) that can still be accepted at `now`. */
function pendingInvitationsWhere(sellerId: number, now: Date, email?: string): SQL {
  return and(
    eq(authTokens.purpose, 'seller_invite'),
    sql`${authTokens.data}->>'sellerId' = ${String(sellerId)}`,
    isNull(authTokens.usedAt),
    gt(authTokens.expiresAt, now),
    email === undefined ? undefined : eq(authTokens.email, email),
  )!;
}

/** The invitation behind an emailed link, if it can still be accepted (unused, unexpired, open shop). */
export async function findSellerInvitation(
  db: Db,
  token: string,
  now: Date,
): Promise<SellerInvitation | undefined> {
  if (!ZTokenSchema.safeParse(token).success) return undefined;
  const tokenHash = hashToken(token);
  const [t] = await db
    .select()
    .from(authTokens)
    .where(
      and(
        eq(authTokens.tokenHash, tokenHash),
        eq(authTokens.purpose, 'seller_invite'),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, now),
      ),
    );
  const data = t ? invitationData(t.data) : undefined;
  if (!t || !data) return undefined;
  const seller = await findSeller(db, data.sellerId);
  if (!seller || seller.status === 'closed') return undefined;
  return {
    tokenHash,
    email: t.email,
    sellerId: data.sellerId,
    sellerName: seller.name,
    sellerCountry: seller.country,
    role: data.role,
    invitedBy: data.invitedBy,
    invitedAt: t.createdAt,
    expiresAt: t.expiresAt,
    existingAccount: !!(await findActiveUserByEmail(db, t.email)),
  };
}

export type PendingInvitationRow = {
  email: string;
  role: TeamRole;
  invitedAt: Date;
  expiresAt: Date;
  invitedByName: string | null;
};

/** A seller's invitations that can still be accepted, oldest first. */
export async function listPendingInvitations(
  db: Db,
  sellerId: number,
  now: Date,
): Promise<PendingInvitationRow[]> {
  const rows = await db
    .select({
      email: authTokens.email,
      data: authTokens.data,
      invitedAt: authTokens.createdAt,
      expiresAt: authTokens.expiresAt,
      invitedByName: users.name,
    })
    .from(authTokens)
    .leftJoin(users, eq(users.id, sql`(${authTokens.data}->>'invitedBy')::int`))
    .where(pendingInvitationsWhere(sellerId, now))
    .orderBy(asc(authTokens.createdAt), asc(authTokens.email));
  return rows.flatMap((r) => {
    const data = invitationData(r.data);
    return data
      ? [
          {
            email: r.email,
            role: data.role,
            invitedAt: r.invitedAt,
            expiresAt: r.expiresAt,
            invitedByName: r.invitedByName,
          },
        ]
      : [];
  });
}
