import { AppError } from '../../../platform/errors.ts';
import type { AccountsDeps } from '../accounts.deps.ts';
import { operatorSecondFactors } from '../accounts.schema.ts';
import { rolesOf } from '../accounts.store.ts';
import { newTotpSecret } from './totp.ts';

/**
 * A new authenticator secret for an operator, waiting for its first code (a first enrolment or the
 * replacement of a lost phone); the confirmed one, if any, stays in force until then.
 */
export async function startSecondFactorEnrolment(
  deps: Pick<AccountsDeps, 'db' | 'clock'>,
  input: { userId: number },
): Promise<{ secret: string }> {
  const roles = await rolesOf(deps.db, input.userId);
  if (roles.operator.size === 0)
    throw new AppError('FORBIDDEN', 'Two-factor authentication is for operators');
  const secret = newTotpSecret();
  const now = deps.clock.now();
  await deps.db
    .insert(operatorSecondFactors)
    .values({ userId: input.userId, pendingSecret: secret, updatedAt: now })
    .onConflictDoUpdate({
      target: operatorSecondFactors.userId,
      set: { pendingSecret: secret, updatedAt: now },
    });
  return { secret };
}
