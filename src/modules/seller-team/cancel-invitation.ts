import { AppError } from '../../platform/errors.ts';
import type { RequestMeta } from '../accounts/accounts.deps.ts';
import { ZEmailSchema } from '../accounts/accounts.types.ts';
import { normaliseEmail } from '../accounts/session.rules.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { spendPendingInvitations } from './seller-team.store.ts';
import type { SellerTeamDeps } from './seller-team.types.ts';

/**
 * An owner cancels the pending invitation of one email address to their seller: its link stops
 * working at once (the token is marked used). Another seller's invitation is never found here.
 * The caller checks that the actor is an owner of the seller.
 */
export async function cancelInvitation(
  deps: Pick<SellerTeamDeps, 'db' | 'clock'>,
  a: { sellerId: number; cancelledBy: number; email: unknown; meta: RequestMeta },
): Promise<{ email: string }> {
  const parsed = ZEmailSchema.safeParse(a.email);
  if (!parsed.success) throw AppError.notFound('Invitation');
  const email = normaliseEmail(parsed.data);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const cancelled = await spendPendingInvitations(tx, { sellerId: a.sellerId, email, now });
    if (cancelled === 0) throw AppError.notFound('Invitation');
    await recordAudit(tx, {
      action: 'seller.staff_invitation_cancelled',
      at: now,
      actorUserId: a.cancelledBy,
      ip: a.meta.ip,
      details: { sellerId: a.sellerId, email },
    });
    return { email };
  });
}
