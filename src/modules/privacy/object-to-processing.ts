import { and, eq } from 'drizzle-orm';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkObjection } from './privacy-choices.rules.ts';
import type { PrivacyRequestDeps } from './privacy-requests.deps.ts';
import { processingObjections } from './privacy-requests.schema.ts';

/**
 * A person objects to (or, `withdraw`, stops objecting to) a processing based on legitimate
 * interest (GDPR Art. 21(1)). Fraud prevention cannot be objected to: UNPROCESSABLE naming
 * `purpose`, and nothing changes.
 */
export async function objectToProcessing(
  deps: Pick<PrivacyRequestDeps, 'db' | 'clock'>,
  input: { userId: number; purpose: string; withdraw?: boolean; ip?: string | null },
): Promise<void> {
  const checked = checkObjection(input.purpose);
  if ('field' in checked) {
    throw input.purpose === 'fraud_prevention'
      ? new AppError('UNPROCESSABLE', 'Fraud prevention cannot be objected to', [checked])
      : AppError.invalid([checked]);
  }
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    if (input.withdraw) {
      await tx
        .delete(processingObjections)
        .where(
          and(
            eq(processingObjections.userId, input.userId),
            eq(processingObjections.purpose, checked.purpose),
          ),
        );
    } else {
      await tx
        .insert(processingObjections)
        .values({ userId: input.userId, purpose: checked.purpose, since: now })
        .onConflictDoNothing();
    }
    await recordAudit(tx, {
      action: input.withdraw ? 'privacy.objection_withdrawn' : 'privacy.objection_recorded',
      at: now,
      actorUserId: input.userId,
      subjectUserId: input.userId,
      ip: input.ip ?? null,
      details: { purpose: checked.purpose },
    });
  });
}
