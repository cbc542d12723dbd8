import { AppError } from '../../platform/errors.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import type { RequestMeta } from '../accounts/accounts.deps.ts';
import { TOKEN_TTL } from '../accounts/accounts.deps.ts';
import { issueToken } from '../accounts/issue-token.ts';
import { normaliseEmail } from '../accounts/session.rules.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { sellerLocale } from '../seller-onboarding/seller-notices.ts';
import { findSeller, lockSeller } from '../sellers/sellers.store.ts';
import { sellerTeamEmails } from './seller-team.emails.ts';
import { spendPendingInvitations } from './seller-team.store.ts';
import { type SellerTeamDeps, ZTeamInviteInputSchema } from './seller-team.types.ts';
import { listTeamMembers } from './team.read-model.ts';

/** An invitation was emailed (`resent` when it replaced a pending one to the same address). */
export type TeamInviteOutcome = { kind: 'invited'; email: string; resent: boolean };

/**
 * An owner invites someone to the seller's team by email: every address gets the same single-use
 * link (7 days) and the same answer, whether or not it has an account, so the form does not tell
 * who is a customer. Nothing is granted now: without an account the invitee creates one from the
 * link (which verifies the address); with one, its owner accepts signed in as that address with
 * the email verified (accept-invitation-signed-in.ts). Inviting an address that already has a
 * pending invitation sends a new link and cancels the previous one. The caller checks that the
 * inviter is an owner of the seller.
 */
export async function inviteTeamMember(
  deps: SellerTeamDeps,
  a: {
    sellerId: number;
    inviter: { userId: number; name: string };
    input: unknown;
    meta: RequestMeta;
  },
): Promise<TeamInviteOutcome> {
  const { email: typed, role } = parseOrThrow(ZTeamInviteInputSchema, a.input);
  const email = normaliseEmail(typed);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    // One team change at a time per seller (two owners inviting the same address at once).
    const seller = await lockSeller(tx, a.sellerId);
    if (!seller) throw AppError.notFound('Seller');
    // The owner sees the members' emails on the team page: saying so tells nothing new.
    if ((await listTeamMembers(tx, a.sellerId)).some((m) => normaliseEmail(m.email) === email))
      throw AppError.invalid([{ field: 'email', message: 'this person is already a member' }]);

    // A pending invitation to the same address is replaced: its link stops working.
    const replaced = await spendPendingInvitations(tx, { sellerId: a.sellerId, email, now });
    const token = await issueToken(tx, {
      purpose: 'seller_invite',
      userId: null,
      email,
      now,
      data: { sellerId: a.sellerId, role, invitedBy: a.inviter.userId },
    });
    // In the seller's language (its owner's), whoever receives it: an address with an account
    // gets the very same email as one without, so the email tells nothing about accounts either.
    const locale = await sellerLocale(tx, (await findSeller(tx, seller.id))!);
    await deps.mailer.send(
      tx,
      sellerTeamEmails.invite(locale, email, {
        inviter: a.inviter.name,
        sellerName: seller.name,
        role,
        link: deps.siteUrl(`/seller/invitation?token=${token}`),
        expiresAt: new Date(now.getTime() + TOKEN_TTL.seller_invite),
      }),
    );
    await recordAudit(tx, {
      action: 'seller.staff_invited',
      at: now,
      actorUserId: a.inviter.userId,
      ip: a.meta.ip,
      details: { sellerId: a.sellerId, email, role, resent: replaced > 0 },
    });
    return { kind: 'invited', email, resent: replaced > 0 };
  });
}
