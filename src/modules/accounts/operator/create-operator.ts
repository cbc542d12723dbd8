import { AppError } from '../../../platform/errors.ts';
import type { OperatorRole } from '../../../platform/http/actor.ts';
import { MARKET_CODES } from '../../../platform/markets.ts';
import { hashPassword } from '../../../platform/security/password.ts';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '../../../platform/security/password-policy.ts';
import { parseOrThrow } from '../../../platform/validation.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { AccountsDeps } from '../accounts.deps.ts';
import { operatorRoles, users } from '../accounts.schema.ts';
import { findActiveUserByEmail, revokeSessions, rolesOf } from '../accounts.store.ts';
import { ZEmailSchema } from '../accounts.types.ts';
import { normaliseEmail } from '../session.rules.ts';

/**
 * Make someone an operator. Used by the `create-operator` CLI for the first admin, and by
 * accepted invitations. An existing account keeps its password and gains the role only if its
 * email is verified; its sessions, opened with a shopper's lifetime, end (sign in again to get an
 * operator session). `onlyNew` refuses an existing account (an invitation creating one).
 */
export async function createOperator(
  deps: Pick<AccountsDeps, 'db' | 'clock'>,
  a: {
    email: string;
    name: string;
    password: string;
    role: OperatorRole;
    grantedBy: number | null;
    verified?: boolean;
    onlyNew?: boolean;
  },
): Promise<{ userId: number; created: boolean }> {
  const email = normaliseEmail(parseOrThrow(ZEmailSchema, a.email));
  const now = deps.clock.now();
  const existing = await findActiveUserByEmail(deps.db, email);
  if (existing && a.onlyNew) throw new AppError('CONFLICT', `${email} already has a Reloop account`);
  if (existing && !existing.emailVerifiedAt)
    throw new AppError('CONFLICT', `${email} is not verified yet: its owner verifies it first`);
  if (!existing) {
    const problem = passwordProblem(a.password, { email });
    if (problem) throw AppError.invalid([{ field: 'password', message: PASSWORD_PROBLEM_MESSAGES[problem] }]);
  }
  const passwordHash = existing ? '' : await hashPassword(a.password);
  return deps.db.transaction(async (tx) => {
    let userId = existing?.id;
    if (!userId) {
      const [u] = await tx
        .insert(users)
        .values({
          email,
          name: a.name,
          passwordHash,
          buyerType: null,
          market: MARKET_CODES[0],
          emailVerifiedAt: a.verified === false ? null : now,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: users.id });
      userId = u!.id;
    }
    const held = existing ? [...(await rolesOf(tx, userId)).operator].sort() : [];
    await tx
      .insert(operatorRoles)
      .values({ userId, role: a.role, grantedAt: now, grantedBy: a.grantedBy })
      .onConflictDoNothing();
    // A privilege change: sessions opened before it (30-day lifetime) end; sign in again.
    if (existing) await revokeSessions(tx, userId, now);
    await recordAudit(tx, {
      action: existing ? 'operator.role_granted' : 'operator.created',
      at: now,
      actorUserId: a.grantedBy,
      subjectUserId: userId,
      details: { role: a.role },
      before: existing ? { roles: held } : null,
      after: { roles: [...new Set([...held, a.role])].sort() },
    });
    return { userId, created: !existing };
  });
}
