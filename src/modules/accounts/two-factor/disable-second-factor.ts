import { eq } from 'drizzle-orm';
import { AppError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { AccountsDeps, RequestMeta } from '../accounts.deps.ts';
import { operatorSecondFactors, recoveryCodes } from '../accounts.schema.ts';
import { rolesOf } from '../accounts.store.ts';
import { checkSecondFactorCode } from './two-factor.store.ts';

/**
 * Turn two-factor authentication off after a current code. Admins must keep one: they replace
 * their authenticator (a new enrolment) instead.
 */
export async function disableSecondFactor(
  deps: Pick<AccountsDeps, 'db' | 'clock'>,
  input: { userId: number; code: string; meta: RequestMeta },
): Promise<void> {
  const roles = await rolesOf(deps.db, input.userId);
  if (roles.operator.has('admin')) {
    throw new AppError(
      'FORBIDDEN',
      'Admins cannot turn off two-factor authentication: set up a new authenticator instead',
    );
  }
  await checkSecondFactorCode(deps, { ...input, against: 'confirmed', recovery: false });
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, input.userId));
    await tx.delete(operatorSecondFactors).where(eq(operatorSecondFactors.userId, input.userId));
    await recordAudit(tx, {
      action: 'auth.second_factor_disabled',
      at: now,
      actorUserId: input.userId,
      subjectUserId: input.userId,
      ip: input.meta.ip,
    });
  });
}
