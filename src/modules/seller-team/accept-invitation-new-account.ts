import { isUniqueViolation } from '../../platform/db/errors.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import { hashPassword } from '../../platform/security/password.ts';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '../../platform/security/password-policy.ts';
import { fieldIssues } from '../../platform/validation.ts';
import type { AccountsDeps, RequestMeta } from '../accounts/accounts.deps.ts';
import { consumeAuthToken, emailBlockedByClosure, revokeSessionByToken } from '../accounts/accounts.store.ts';
import { createSession } from '../accounts/create-session.ts';
import { issueDeviceToken } from '../accounts/device-cookie.ts';
import { registerInvitedUser } from '../accounts/register-invited-user.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { addTeamMember } from './add-team-member.ts';
import { findSellerInvitation } from './invitations.read-model.ts';
import {
  marketForSellerCountry,
  recordJoinedByInvitation,
  spendPendingInvitations,
} from './seller-team.store.ts';
import { INVITATION_INVALID, ZInvitationAcceptInputSchema } from './seller-team.types.ts';

export type AcceptedInvitation = {
  userId: number;
  sellerId: number;
  sessionToken: string;
  deviceToken: string;
};

/**
 * The invitee of an address without an account follows the link, chooses a name and a password
 * and accepts the terms: the account is created with its email verified (the link proves the
 * mailbox), as a consumer like any sign-up, in the seller's market (France when the seller's
 * country is not a market); it joins the team with the invited role, the token is spent and a
 * session is opened (the browser's previous session, if any, is revoked as at sign-in).
 */
export async function acceptInvitationWithNewAccount(
  deps: Pick<AccountsDeps, 'db' | 'clock' | 'secret'>,
  a: { token: unknown; input: unknown; meta: RequestMeta; previousSessionToken?: string },
): Promise<AcceptedInvitation> {
  const now = deps.clock.now();
  const inv = await findSellerInvitation(deps.db, typeof a.token === 'string' ? a.token : '', now);
  if (!inv) throw new AppError('NOT_FOUND', INVITATION_INVALID);
  if (inv.existingAccount)
    throw new AppError('CONFLICT', `${inv.email} already has a Reloop account: sign in with it to accept`);

  const parsed = ZInvitationAcceptInputSchema.safeParse(a.input);
  const issues: FieldIssue[] = parsed.success ? [] : fieldIssues(parsed.error);
  const raw = (a.input ?? {}) as Record<string, unknown>;
  const password = typeof raw.password === 'string' ? raw.password : '';
  const problem = passwordProblem(password, { email: inv.email });
  if (problem && !issues.some((i) => i.field === 'password'))
    issues.push({ field: 'password', message: PASSWORD_PROBLEM_MESSAGES[problem] });
  if (issues.length || !parsed.success) throw AppError.invalid(issues);
  if (await emailBlockedByClosure(deps.db, inv.email))
    throw new AppError(
      'CONFLICT',
      'This email address belonged to an account that was closed and cannot register again; contact support',
    );

  const passwordHash = await hashPassword(password);
  const market = marketForSellerCountry(inv.sellerCountry);
  try {
    const done = await deps.db.transaction(async (tx) => {
      const t = await consumeAuthToken(tx, inv.tokenHash, 'seller_invite', now);
      if (!t) throw new AppError('NOT_FOUND', INVITATION_INVALID);
      const { userId } = await registerInvitedUser(
        { db: tx },
        { email: inv.email, passwordHash, name: parsed.data.name, market, now, ip: a.meta.ip },
      );
      await addTeamMember({ db: tx }, { sellerId: inv.sellerId, userId, role: inv.role, now });
      // Any other link to the same team for this address is spent too (a concurrent re-send).
      await spendPendingInvitations(tx, { sellerId: inv.sellerId, email: inv.email, now });
      if (a.previousSessionToken) {
        await revokeSessionByToken({ db: tx }, { token: a.previousSessionToken, now });
      }
      await recordAudit(tx, {
        action: 'auth.signed_up',
        at: now,
        actorUserId: userId,
        subjectUserId: userId,
        ip: a.meta.ip,
        details: { buyerType: 'consumer', via: 'seller_invite', sellerId: inv.sellerId },
      });
      await recordJoinedByInvitation(tx, { inv, userId, ip: a.meta.ip, now });
      const sessionToken = await createSession(tx, { userId, isOperator: false, now, meta: a.meta });
      return { userId, sessionToken };
    });
    return {
      ...done,
      sellerId: inv.sellerId,
      deviceToken: issueDeviceToken(deps.secret, done.userId, now),
    };
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    // An account with this email was created meanwhile: nothing changed, the invitation still stands.
    throw new AppError('CONFLICT', `${inv.email} already has a Reloop account: sign in with it to accept`);
  }
}
