import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit.ts';
import type { AccountsDeps, RequestMeta } from '../accounts.deps.ts';
import { operatorSecondFactors, sessions } from '../accounts.schema.ts';
import {
  checkSecondFactorCode,
  findSecondFactor,
  isEnrolled,
  replaceRecoveryCodes,
} from './two-factor.store.ts';

/**
 * Confirm the pending authenticator with a current code: it becomes the account's second factor,
 * this session counts as verified (the account's other sessions stop counting until verified), and
 * ten new recovery codes are returned, to be shown once.
 */
export async function confirmSecondFactor(
  deps: Pick<AccountsDeps, 'db' | 'clock'>,
  input: { userId: number; sessionId: string; code: string; meta: RequestMeta },
): Promise<{ recoveryCodes: string[] }> {
  const replaced = isEnrolled(await findSecondFactor(deps.db, input.userId));
  await checkSecondFactorCode(deps, { ...input, against: 'pending', recovery: false });
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ pendingSecret: operatorSecondFactors.pendingSecret })
      .from(operatorSecondFactors)
      .where(eq(operatorSecondFactors.userId, input.userId));
    await tx
      .update(operatorSecondFactors)
      .set({ secret: row!.pendingSecret, pendingSecret: null, confirmedAt: now, updatedAt: now })
      .where(eq(operatorSecondFactors.userId, input.userId));
    await tx
      .update(sessions)
      .set({ secondFactorAt: now })
      .where(
        and(eq(sessions.id, input.sessionId), eq(sessions.userId, input.userId), isNull(sessions.revokedAt)),
      );
    const recoveryCodes = await replaceRecoveryCodes(tx, input.userId, now);
    await recordAudit(tx, {
      action: 'auth.second_factor_enrolled',
      at: now,
      actorUserId: input.userId,
      subjectUserId: input.userId,
      ip: input.meta.ip,
      details: { replaced },
    });
    return { recoveryCodes };
  });
}
