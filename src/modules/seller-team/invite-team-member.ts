import { AppError } from '../../platform/errors.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import type { RequestMeta } from '../accounts/accounts.deps.ts';
import { TOKEN_TTL } from '../accounts/accounts.deps.ts';
import { emailBlockedByClosure, findActiveUserByEmail } from '../accounts/accounts.store.ts';
import { issueToken } from '../accounts/issue-token.ts';
import { normaliseEmail } from '../accounts/session.rules.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { lockSeller } from '../sellers/sellers.store.ts';
import { addTeamMember } from './add-team-member.ts';
import { sellerTeamEmails } from './seller-team.emails.ts';
import { sellerPortalPath, spendPendingInvitations } from './seller-team.store.ts';
import { type SellerTeamDeps, ZTeamInviteInputSchema } from './seller-team.types.ts';

export type TeamInviteOutcome =
  /** The email had an active account: it is a member now. */
  | { kind: 'added'; userId: number; email: string }
  /** No account: an invitation was emailed (`resent` when it replaced a pending one). */
  | { kind: 'invited'; email: string; resent: boolean };

const BLOCKED =
  'belonged to an account that was closed and cannot register again; the person should contact Reloop support';

/**
 * An owner adds someone to the seller's team by email. An active account joins at once; any other
 * address gets a single-use invitation link (7 days) to create its account. Inviting an address
 * that already has a pending invitation sends a new link and cancels the previous one.
 * The caller checks that the inviter is an owner of the seller.
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

    const user = await findActiveUserByEmail(tx, email);
    if (user) {
      const { added } = await addTeamMember({ db: tx }, { sellerId: a.sellerId, userId: user.id, role, now });
      if (!added) throw AppError.invalid([{ field: 'email', message: 'this person is already a member' }]);
      await deps.mailer.send(
        tx,
        sellerTeamEmails.added(user.email, {
          name: user.name,
          inviter: a.inviter.name,
          sellerName: seller.name,
          role,
          link: deps.siteUrl(sellerPortalPath(a.sellerId)),
        }),
      );
      await recordAudit(tx, {
        action: 'seller.staff_added',
        at: now,
        actorUserId: a.inviter.userId,
        subjectUserId: user.id,
        ip: a.meta.ip,
        details: { sellerId: a.sellerId, email, role, via: 'existing_account' },
      });
      return { kind: 'added', userId: user.id, email };
    }

    if (await emailBlockedByClosure(tx, email))
      throw AppError.invalid([{ field: 'email', message: BLOCKED }]);
    // A pending invitation to the same address is replaced: its link stops working.
    const replaced = await spendPendingInvitations(tx, { sellerId: a.sellerId, email, now });
    const token = await issueToken(tx, {
      purpose: 'seller_invite',
      userId: null,
      email,
      now,
      data: { sellerId: a.sellerId, role, invitedBy: a.inviter.userId },
    });
    await deps.mailer.send(
      tx,
      sellerTeamEmails.invite(email, {
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
