import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { PrivacyRequestDeps } from './privacy-requests.deps.ts';
import { processingRestrictions } from './privacy-requests.schema.ts';

export const RESTRICTION_REASONS = [
  'accuracy_contested',
  'unlawful',
  'legal_claims',
  'objection_pending',
] as const;

/**
 * A person restricts the processing of their data (GDPR Art. 18(1), one of its four grounds):
 * from now on it is only stored (`isProcessingRestricted` for other modules), until they lift it.
 * Setting it again keeps the first date and takes the new ground.
 */
export async function restrictProcessing(
  deps: Pick<PrivacyRequestDeps, 'db' | 'clock'>,
  input: { userId: number; reason: string; ip?: string | null },
): Promise<void> {
  if (!(RESTRICTION_REASONS as readonly string[]).includes(input.reason))
    throw AppError.invalid([
      { field: 'reason', message: `must be one of ${RESTRICTION_REASONS.join(', ')}` },
    ]);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(processingRestrictions)
      .values({ userId: input.userId, reason: input.reason, since: now })
      .onConflictDoUpdate({ target: processingRestrictions.userId, set: { reason: input.reason } });
    await recordAudit(tx, {
      action: 'privacy.processing_restricted',
      at: now,
      actorUserId: input.userId,
      subjectUserId: input.userId,
      ip: input.ip ?? null,
      details: { reason: input.reason },
    });
  });
}
