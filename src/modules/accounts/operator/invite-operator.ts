import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../../platform/errors.ts';
import { OPERATOR_ROLES, type OperatorRole } from '../../../platform/http/actor.ts';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '../../../platform/security/password-policy.ts';
import { hashToken } from '../../../platform/security/tokens.ts';
import { parseOrThrow } from '../../../platform/validation.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { accountEmails } from '../account-emails.ts';
import type { AccountsDeps, RequestMeta } from '../accounts.deps.ts';
import { authTokens } from '../accounts.schema.ts';
import { consumeAuthToken, findActiveUserByEmail, findUser } from '../accounts.store.ts';
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
      ip: a.meta.ip,
      details: { email, role },
    });
  });
}

/** The invitee follows the link and chooses a name and password (or keeps their existing account's). */
export async function acceptOperatorInvite(
  deps: AccountsDeps,
  a: { token: unknown; name: unknown; password: unknown },
): Promise<{ userId: number }> {
  const hash = hashToken(parseOrThrow(ZTokenSchema, a.token));
  const name = parseOrThrow(z.string().trim().min(1, 'is required').max(100), a.name);
  const password = parseOrThrow(z.string().max(512), a.password);
  const now = deps.clock.now();
  const [pending] = await deps.db.select().from(authTokens).where(eq(authTokens.tokenHash, hash));
  const existing = pending ? await findActiveUserByEmail(deps.db, pending.email) : undefined;
  const problem = pending && !existing ? passwordProblem(password, { email: pending.email }) : null;
  if (problem) throw AppError.invalid([{ field: 'password', message: PASSWORD_PROBLEM_MESSAGES[problem] }]);
  const t = await consumeAuthToken(deps.db, hash, 'operator_invite', now);
  if (!t) throw new AppError('NOT_FOUND', 'This invitation is invalid, was already used or has expired');
  return createOperator(deps, {
    email: t.email,
    name,
    password,
    role: t.data.role as OperatorRole,
    grantedBy: Number(t.data.invitedBy) || null,
  });
}
