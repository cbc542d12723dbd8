import { AppError } from '../../../platform/errors.ts';
import type { OperatorRole } from '../../../platform/http/actor.ts';
import { hashToken } from '../../../platform/security/tokens.ts';
import { parseOrThrow } from '../../../platform/validation.ts';
import type { AccountsDeps } from '../accounts.deps.ts';
import { consumeAuthToken, findUser } from '../accounts.store.ts';
import { ZTokenSchema } from '../accounts.types.ts';
import { normaliseEmail } from '../session.rules.ts';
import { createOperator } from './create-operator.ts';
import { OPERATOR_INVITE_INVALID } from './invite-operator.ts';

/** What the owner of an unverified account is told (the account page and the reset link verify). */
export const VERIFY_BEFORE_ROLE =
  'Your email address is not verified yet: follow the link of the verification email, or reset your password with “Forgot password” (the reset link confirms the address too), then open this invitation again';

/**
 * The owner of an existing account accepts an operator invitation while signed in: only as the
 * invited address (any case) and only once that email is verified, so an account that merely holds
 * the address (registered by someone else, never verified) never gets the role. The role is
 * granted now and the account's sessions end (sign in again for an operator session).
 */
export async function acceptOperatorInviteSignedIn(
  deps: Pick<AccountsDeps, 'db' | 'clock'>,
  a: { token: unknown; userId: number },
): Promise<{ userId: number; role: OperatorRole }> {
  const hash = hashToken(parseOrThrow(ZTokenSchema, a.token));
  const now = deps.clock.now();
  const user = await findUser(deps.db, a.userId);
  if (user?.status !== 'active') throw new AppError('UNAUTHORIZED', 'Sign in to continue');
  return deps.db.transaction(async (tx) => {
    const t = await consumeAuthToken(tx, hash, 'operator_invite', now);
    if (!t) throw new AppError('NOT_FOUND', OPERATOR_INVITE_INVALID);
    // Refusals throw: the transaction rolls back and the invitation stays usable by its owner.
    if (normaliseEmail(user.email) !== t.email)
      throw new AppError(
        'FORBIDDEN',
        `This invitation is for ${t.email}: sign out, then sign in as ${t.email} (verified) to accept it`,
      );
    if (!user.emailVerifiedAt) throw new AppError('FORBIDDEN', VERIFY_BEFORE_ROLE);
    const role = t.data.role as OperatorRole;
    await createOperator(
      { db: tx, clock: deps.clock },
      { email: t.email, name: user.name, password: '', role, grantedBy: Number(t.data.invitedBy) || null },
    );
    return { userId: user.id, role };
  });
}
