import { AppError } from '../../../platform/errors.ts';
import type { OperatorRole } from '../../../platform/http/actor.ts';
import { MARKET_CODES } from '../../../platform/markets.ts';
import { hashPassword } from '../../../platform/security/password.ts';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '../../../platform/security/password-policy.ts';
import { parseOrThrow } from '../../../platform/validation.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { AccountsDeps } from '../accounts.deps.ts';
import { operatorRoles, users } from '../accounts.schema.ts';
import { findActiveUserByEmail } from '../accounts.store.ts';
import { ZEmailSchema } from '../accounts.types.ts';
import { normaliseEmail } from '../session.rules.ts';

/**
 * Make someone an operator. Used by the `create-operator` CLI for the first admin, and by
 * accepted invitations. An existing account keeps its password and gains the role.
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
  },
): Promise<{ userId: number; created: boolean }> {
  const email = normaliseEmail(parseOrThrow(ZEmailSchema, a.email));
  const now = deps.clock.now();
  const existing = await findActiveUserByEmail(deps.db, email);
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
    await tx
      .insert(operatorRoles)
      .values({ userId, role: a.role, grantedAt: now, grantedBy: a.grantedBy })
      .onConflictDoNothing();
    await recordAudit(tx, {
      action: existing ? 'operator.role_granted' : 'operator.created',
      at: now,
      actorUserId: a.grantedBy,
      subjectUserId: userId,
      details: { role: a.role },
    });
    return { userId, created: !existing };
  });
}
