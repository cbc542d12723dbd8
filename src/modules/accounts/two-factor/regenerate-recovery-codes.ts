import { recordAudit } from '../../audit/record-audit.ts';
import type { AccountsDeps, RequestMeta } from '../accounts.deps.ts';
import { checkSecondFactorCode, replaceRecoveryCodes } from './two-factor.store.ts';

/** Ten new recovery codes in place of the old ones (all of which stop working), after a current code. */
export async function regenerateRecoveryCodes(
  deps: Pick<AccountsDeps, 'db' | 'clock'>,
  input: { userId: number; code: string; meta: RequestMeta },
): Promise<{ recoveryCodes: string[] }> {
  await checkSecondFactorCode(deps, { ...input, against: 'confirmed', recovery: false });
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const recoveryCodes = await replaceRecoveryCodes(tx, input.userId, now);
    await recordAudit(tx, {
      action: 'auth.recovery_codes_regenerated',
      at: now,
      actorUserId: input.userId,
      subjectUserId: input.userId,
      ip: input.meta.ip,
    });
    return { recoveryCodes };
  });
}
