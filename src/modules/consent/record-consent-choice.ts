import { and, eq, isNull } from 'drizzle-orm';
import type { ConsentDeps } from './consent.deps.ts';
import {
  CONSENT_POLICY_VERSION,
  type ConsentAnswer,
  type ConsentChoice,
  purposesOf,
} from './consent.rules.ts';
import { consentRecords } from './consent.schema.ts';

export type RecordConsentChoiceInput = {
  answer: ConsentAnswer;
  /** Purposes ticked on the preferences page (`custom` only). */
  ticked?: readonly string[];
  market: string;
  userId: number | null;
  method: 'banner' | 'preferences';
  /** The record of the browser's previous choice (its `rl_consent` cookie): this choice ends it. */
  previousId?: string | null;
};

/**
 * Records a browser's answer (accept all, reject all, or per purpose) as a new consent record
 * with the time, policy version and purposes; the browser's previous choice is withdrawn.
 */
export async function recordConsentChoice(
  deps: ConsentDeps,
  input: RecordConsentChoiceInput,
): Promise<ConsentChoice> {
  const now = deps.clock.now();
  const purposes = purposesOf(input.answer, input.ticked ?? []);
  return deps.db.transaction(async (tx) => {
    if (input.previousId) {
      await tx
        .update(consentRecords)
        .set({ withdrawnAt: now })
        .where(and(eq(consentRecords.id, input.previousId), isNull(consentRecords.withdrawnAt)));
    }
    const [row] = await tx
      .insert(consentRecords)
      .values({
        givenAt: now,
        policyVersion: CONSENT_POLICY_VERSION,
        purposes,
        market: input.market,
        userId: input.userId,
        method: input.method,
      })
      .returning({ id: consentRecords.id });
    return { id: row!.id, version: CONSENT_POLICY_VERSION, purposes };
  });
}
