import { AppError } from '../../platform/errors.ts';
import type { RequestMeta } from '../accounts/accounts.deps.ts';
import { consumeAuthToken, findUser } from '../accounts/accounts.store.ts';
import { normaliseEmail } from '../accounts/session.rules.ts';
import { addTeamMember } from './add-team-member.ts';
import { findSellerInvitation } from './invitations.read-model.ts';
import { recordJoinedByInvitation, spendPendingInvitations } from './seller-team.store.ts';
import {
  INVITATION_INVALID,
  type SellerTeamDeps,
  type TeamRole,
  VERIFY_BEFORE_JOINING,
} from './seller-team.types.ts';

/**
 * The invited address has an account (it existed before, or was created after the invitation):
 * its owner signs in and accepts. Only the account whose email the invitation names (any case)
 * may accept, and only once that email is verified: an account that merely holds the address
 * (registered by someone else, never verified) gets nothing, and the invitation stays usable.
 * Someone already a member keeps their role; the token is spent either way.
 */
export async function acceptInvitationSignedIn(
  deps: Pick<SellerTeamDeps, 'db' | 'clock'>,
  a: { token: unknown; actor: { userId: number; email: string }; meta: RequestMeta },
): Promise<{ sellerId: number; role: TeamRole; joined: boolean }> {
  const now = deps.clock.now();
  const inv = await findSellerInvitation(deps.db, typeof a.token === 'string' ? a.token : '', now);
  if (!inv) throw new AppError('NOT_FOUND', INVITATION_INVALID);
  if (normaliseEmail(a.actor.email) !== inv.email)
    throw new AppError(
      'FORBIDDEN',
      `This invitation is for ${inv.email}: sign out, then sign in with that address to accept it`,
    );
  const user = await findUser(deps.db, a.actor.userId);
  if (!user?.emailVerifiedAt) throw new AppError('FORBIDDEN', VERIFY_BEFORE_JOINING);
  return deps.db.transaction(async (tx) => {
    const t = await consumeAuthToken(tx, inv.tokenHash, 'seller_invite', now);
    if (!t) throw new AppError('NOT_FOUND', INVITATION_INVALID);
    const { added } = await addTeamMember(
      { db: tx },
      { sellerId: inv.sellerId, userId: a.actor.userId, role: inv.role, now },
    );
    await spendPendingInvitations(tx, { sellerId: inv.sellerId, email: inv.email, now });
    if (added) {
      await recordJoinedByInvitation(tx, { inv, userId: a.actor.userId, ip: a.meta.ip, now });
    }
    return { sellerId: inv.sellerId, role: inv.role, joined: added };
  });
}
