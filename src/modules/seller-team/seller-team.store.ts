/** Reads shared by the team use cases: pending invitations live in `auth_tokens` (purpose seller_invite). */
import { and, eq, gt, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { MARKET_CODES } from '../../platform/markets.ts';
import { hashToken } from '../../platform/security/tokens.ts';
import { authTokens } from '../accounts/accounts.schema.ts';
import { findActiveUserByEmail } from '../accounts/accounts.store.ts';
import { ZTokenSchema } from '../accounts/accounts.types.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { type InvitationData, TEAM_ROLES, type TeamRole } from './seller-team.types.ts';

/** Invitations of one seller (optionally to one email) that can still be accepted at `now`. */
export function pendingInvitationsWhere(sellerId: number, now: Date, email?: string): SQL {
  return and(
    eq(authTokens.purpose, 'seller_invite'),
    sql`${authTokens.data}->>'sellerId' = ${String(sellerId)}`,
    isNull(authTokens.usedAt),
    gt(authTokens.expiresAt, now),
    email === undefined ? undefined : eq(authTokens.email, email),
  )!;
}

/** The token's data, checked (it is ours, but jsonb is untyped). */
export function invitationData(data: Record<string, unknown>): InvitationData | undefined {
  const sellerId = Number(data.sellerId);
  const role = TEAM_ROLES.find((r) => r === data.role) as TeamRole | undefined;
  if (!Number.isInteger(sellerId) || sellerId <= 0 || !role) return undefined;
  return { sellerId, role, invitedBy: Number(data.invitedBy) || 0 };
}

/** The market of an account created from an invitation: the seller's country, else France. */
export function marketForSellerCountry(country: string): string {
  const code = country.trim().toUpperCase();
  return (MARKET_CODES as readonly string[]).includes(code) ? code : 'FR';
}

/** Where a shop's portal starts. */
export const sellerPortalPath = (sellerId: number) => `/seller/${sellerId}`;

export type SellerInvitation = {
  tokenHash: string;
  email: string;
  sellerId: number;
  sellerName: string;
  sellerCountry: string;
  role: TeamRole;
  invitedBy: number;
  invitedAt: Date;
  expiresAt: Date;
  /** An active account now uses this email: the invitee signs in to accept instead. */
  existingAccount: boolean;
};

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
  const [seller] = await db
    .select({ name: sellers.name, country: sellers.country, status: sellers.status })
    .from(sellers)
    .where(eq(sellers.id, data.sellerId));
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

/** The audit event of someone joining a seller through an invitation. */
export function recordJoinedByInvitation(
  tx: Pick<Db, 'insert'>,
  a: { inv: SellerInvitation; userId: number; ip: string | null; now: Date },
): Promise<void> {
  return recordAudit(tx, {
    action: 'seller.staff_added',
    at: a.now,
    actorUserId: a.userId,
    subjectUserId: a.userId,
    ip: a.ip,
    details: {
      sellerId: a.inv.sellerId,
      email: a.inv.email,
      role: a.inv.role,
      via: 'invitation',
      invitedBy: a.inv.invitedBy,
    },
  });
}
