import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../../platform/errors.ts';
import { OPERATOR_ROLES, type OperatorRole } from '../../../platform/http/actor.ts';
import { OPERATOR_LOCALE } from '../../../platform/mail/mail-text.ts';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '../../../platform/security/password-policy.ts';
import { hashToken } from '../../../platform/security/tokens.ts';
import { parseOrThrow } from '../../../platform/validation.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { accountEmails } from '../account-emails.ts';
import type { AccountsDeps, RequestMeta } from '../accounts.deps.ts';
import { authTokens } from '../accounts.schema.ts';
import { consumeAuthToken, findActiveUserByEmail, findUser, rolesOf } from '../accounts.store.ts';
import { ZEmailSchema, ZTokenSchema } from '../accounts.types.ts';
import { issueToken } from '../issue-token.ts';
import { normaliseEmail } from '../session.rules.ts';
import { createOperator } from './create-operator.ts';

const ZInviteSchema = z.strictObject({ email: ZEmailSchema, role: z.enum(OPERATOR_ROLES) });

/** An admin invites someone to the console by email, with one role. */
export async function inviteOperator(
  deps: AccountsDeps,
  a: { operatorId: number; input: unknown; meta: RequestMeta },
): Promise<void> {
  const { email: typed, role } = parseOrThrow(ZInviteSchema, a.input);
  const email = normaliseEmail(typed);
  const inviter = await findUser(deps.db, a.operatorId);
  if (inviter && normaliseEmail(inviter.email) === email)
    throw new AppError(
      'FORBIDDEN',
      'Operators cannot change their own roles from the console; ask another admin',
    );
  // Granting a role to someone who already holds one is a role change: the invitee's roles now.
  const invitee = await findActiveUserByEmail(deps.db, email);
  const rolesBefore = invitee ? [...(await rolesOf(deps.db, invitee.id)).operator].sort() : [];
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const token = await issueToken(tx, {
      purpose: 'operator_invite',
      userId: null,
      email,
      now,
      data: { role, invitedBy: a.operatorId },
    });
    await deps.mailer.send(
      tx,
      accountEmails.operatorInvite(
        OPERATOR_LOCALE,
        email,
        inviter?.name ?? 'An admin',
        role,
        deps.siteUrl(`/console/invitation?token=${token}`),
      ),
    );
    await recordAudit(tx, {
      action: 'operator.invited',
      at: now,
      actorUserId: a.operatorId,
      subjectUserId: invitee?.id ?? null,
      ip: a.meta.ip,
      details: { email, role },
      before: { email, roles: rolesBefore, invitation: null },
      after: { email, roles: rolesBefore, invitation: { role, status: 'sent' } },
    });
  });
}

/**
 * The invitee of an address without an account follows the link and chooses a name and a
 * password: the account is created with its email verified (the link proves the mailbox) and
 * the role. An address that already has an account is refused here: its owner signs in as that
 * address, verified, and accepts (accept-operator-invite-signed-in.ts), so a role never goes to
 * an account just because it holds the address.
 */
export async function acceptOperatorInvite(
  deps: AccountsDeps,
  a: { token: unknown; name: unknown; password: unknown },
): Promise<{ userId: number }> {
  const hash = hashToken(parseOrThrow(ZTokenSchema, a.token));
  const name = parseOrThrow(z.string().trim().min(1, 'is required').max(100), a.name);
  const password = parseOrThrow(z.string().max(512), a.password);
  const now = deps.clock.now();
  const [pending] = await deps.db.select().from(authTokens).where(eq(authTokens.tokenHash, hash));
  if (pending && (await findActiveUserByEmail(deps.db, pending.email)))
    throw new AppError('CONFLICT', operatorInviteNeedsSignIn(pending.email));
  const problem = pending ? passwordProblem(password, { email: pending.email }) : null;
  if (problem) throw AppError.invalid([{ field: 'password', message: PASSWORD_PROBLEM_MESSAGES[problem] }]);
  return deps.db.transaction(async (tx) => {
    const t = await consumeAuthToken(tx, hash, 'operator_invite', now);
    if (!t) throw new AppError('NOT_FOUND', OPERATOR_INVITE_INVALID);
    // onlyNew: an account created meanwhile with this address makes this fail, token unspent.
    return createOperator(
      { db: tx, clock: deps.clock },
      {
        email: t.email,
        name,
        password,
        role: t.data.role as OperatorRole,
        grantedBy: Number(t.data.invitedBy) || null,
        onlyNew: true,
      },
    );
  });
}

export const OPERATOR_INVITE_INVALID = 'This invitation is invalid, was already used or has expired';

/** What the invitee of an address that has an account is told. */
export const operatorInviteNeedsSignIn = (email: string) =>
  `${email} already has a Reloop account: sign in as ${email} (verified) to accept this invitation`;
