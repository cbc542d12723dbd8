import { randomBytes } from 'node:crypto';
import { and, count, eq, gt, isNull, lt, not, or, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/errors.ts';
import { hashToken } from '../../../platform/security/tokens.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { AccountsDeps, RequestMeta } from '../accounts.deps.ts';
import { operatorSecondFactors, recoveryCodes } from '../accounts.schema.ts';
import { matchTotp } from './totp.ts';
import {
  CODE_FAILURE_LIMIT,
  CODE_FAILURE_WINDOW_MS,
  codeLockMs,
  formatRecoveryCode,
  RECOVERY_CODE_COUNT,
  recoveryCodeOf,
  totpCodeOf,
} from './two-factor.rules.ts';

export type SecondFactorRow = typeof operatorSecondFactors.$inferSelect;

export async function findSecondFactor(db: Db, userId: number): Promise<SecondFactorRow | null> {
  const [row] = await db
    .select()
    .from(operatorSecondFactors)
    .where(eq(operatorSecondFactors.userId, userId))
    .limit(1);
  return row ?? null;
}

export const isEnrolled = (row: SecondFactorRow | null): row is SecondFactorRow & { secret: string } =>
  !!row?.confirmedAt && !!row.secret;

export type SecondFactorStatus = {
  enrolled: boolean;
  confirmedAt: Date | null;
  /** An enrolment (or replacement) waiting for its first code: the page shows its QR code. */
  pendingSecret: string | null;
  recoveryCodesLeft: number;
};

/** What the security page shows about the account's second factor. */
export async function secondFactorStatus(db: Db, userId: number): Promise<SecondFactorStatus> {
  const row = await findSecondFactor(db, userId);
  const [left] = await db
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return {
    enrolled: isEnrolled(row),
    confirmedAt: isEnrolled(row) ? row.confirmedAt : null,
    pendingSecret: row?.pendingSecret ?? null,
    recoveryCodesLeft: isEnrolled(row) ? (left?.n ?? 0) : 0,
  };
}

/** Ten fresh recovery codes in place of the old ones; returns them (shown once, stored hashed). */
export async function replaceRecoveryCodes(
  tx: Pick<Db, 'insert' | 'delete'>,
  userId: number,
  now: Date,
): Promise<string[]> {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  const codes = new Set<string>();
  while (codes.size < RECOVERY_CODE_COUNT) codes.add(formatRecoveryCode(randomBytes(10)));
  await tx
    .insert(recoveryCodes)
    .values([...codes].map((c) => ({ userId, codeHash: hashToken(c), createdAt: now })));
  return [...codes];
}

export const WRONG_CODE = 'is not the current code of your authenticator (or an unused recovery code)';

/**
 * Check a code typed by the account's owner: an authenticator code of the confirmed secret (or of
 * the pending one while enrolling), or, where allowed, an unused recovery code (spent here).
 * At most CODE_FAILURE_LIMIT wrong codes per window; each failure is counted and audited.
 */
export async function checkSecondFactorCode(
  deps: Pick<AccountsDeps, 'db' | 'clock'>,
  a: { userId: number; code: string; against: 'confirmed' | 'pending'; recovery: boolean; meta: RequestMeta },
): Promise<'totp' | 'recovery_code'> {
  const now = deps.clock.now();
  const row = await findSecondFactor(deps.db, a.userId);
  const secret = a.against === 'pending' ? row?.pendingSecret : isEnrolled(row) ? row.secret : null;
  if (!row || !secret) throw new AppError('INVALID_STATE', 'Two-factor authentication is not set up');
  // Take the attempt before checking it, in one conditional update: parallel guesses cannot
  // all pass a check made before any of them was counted. A right code resets the count.
  const open = gt(operatorSecondFactors.failuresSince, new Date(now.getTime() - CODE_FAILURE_WINDOW_MS));
  const taken = await deps.db
    .update(operatorSecondFactors)
    .set({
      failures: sql`CASE WHEN ${open} THEN ${operatorSecondFactors.failures} + 1 ELSE 1 END`,
      failuresSince: sql`CASE WHEN ${open} THEN ${operatorSecondFactors.failuresSince} ELSE ${now.toISOString()}::timestamptz END`,
      updatedAt: now,
    })
    .where(
      and(
        eq(operatorSecondFactors.userId, a.userId),
        or(lt(operatorSecondFactors.failures, CODE_FAILURE_LIMIT), not(open)),
      ),
    )
    .returning({ userId: operatorSecondFactors.userId });
  if (!taken.length) {
    const wait = codeLockMs((await findSecondFactor(deps.db, a.userId)) ?? row, now);
    throw AppError.rateLimited(
      `Too many wrong codes. Try again in ${Math.max(1, Math.ceil(wait / 60_000))} minutes.`,
      Math.max(1, wait / 1000),
    );
  }
  const totp = totpCodeOf(a.code);
  if (totp) {
    const step = await matchTotp({ secret, code: totp, now, afterStep: row.lastUsedStep });
    if (step !== null) {
      // Conditional: of two requests with the same code, one wins.
      const used = await deps.db
        .update(operatorSecondFactors)
        .set({ lastUsedStep: step, failures: 0, failuresSince: null, updatedAt: now })
        .where(and(eq(operatorSecondFactors.userId, a.userId), lt(operatorSecondFactors.lastUsedStep, step)))
        .returning({ userId: operatorSecondFactors.userId });
      if (used.length) return 'totp';
    }
  }
  const recovery = a.recovery ? recoveryCodeOf(a.code) : null;
  if (recovery) {
    const spent = await deps.db
      .update(recoveryCodes)
      .set({ usedAt: now })
      .where(
        and(
          eq(recoveryCodes.userId, a.userId),
          eq(recoveryCodes.codeHash, hashToken(recovery)),
          isNull(recoveryCodes.usedAt),
        ),
      )
      .returning({ id: recoveryCodes.id });
    if (spent.length) {
      await deps.db
        .update(operatorSecondFactors)
        .set({ failures: 0, failuresSince: null, updatedAt: now })
        .where(eq(operatorSecondFactors.userId, a.userId));
      return 'recovery_code';
    }
  }
  await recordAudit(deps.db, {
    action: 'auth.second_factor_failed',
    at: now,
    actorUserId: a.userId,
    subjectUserId: a.userId,
    ip: a.meta.ip,
  });
  throw AppError.invalid([{ field: 'code', message: WRONG_CODE }], 'The code was not accepted');
}
