/** Shared by the team use cases. Pending invitations live in accounts' `auth_tokens` (purpose seller_invite). */
import type { Db } from '../../platform/db/client.ts';
import { MARKET_CODES } from '../../platform/markets.ts';
import { spendAuthTokens } from '../accounts/accounts.store.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type InvitationData, TEAM_ROLES, type TeamRole } from './seller-team.types.ts';

/**
 * Spend the invitations of one seller to one email that can still be accepted at `now` (through
 * accounts, which owns the tokens): their links stop working. Returns how many there were.
 */
export function spendPendingInvitations(
  tx: Db,
  a: { sellerId: number; email: string; now: Date },
): Promise<number> {
  return spendAuthTokens(
    { db: tx },
    { purpose: 'seller_invite', now: a.now, email: a.email, data: { sellerId: String(a.sellerId) } },
  );
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
