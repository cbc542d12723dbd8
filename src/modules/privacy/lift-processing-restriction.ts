import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { PrivacyRequestDeps } from './privacy-requests.deps.ts';
import { processingRestrictions } from './privacy-requests.schema.ts';

/** A person lifts the restriction they set: processing resumes. Nothing to lift changes nothing. */
export async function liftProcessingRestriction(
  deps: Pick<PrivacyRequestDeps, 'db' | 'clock'>,
  input: { userId: number; ip?: string | null },
): Promise<{ lifted: boolean }> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const gone = await tx
      .delete(processingRestrictions)
      .where(eq(processingRestrictions.userId, input.userId))
      .returning({ userId: processingRestrictions.userId });
    if (gone.length)
      await recordAudit(tx, {
        action: 'privacy.restriction_lifted',
        at: now,
        actorUserId: input.userId,
        subjectUserId: input.userId,
        ip: input.ip ?? null,
      });
    return { lifted: gone.length > 0 };
  });
}
