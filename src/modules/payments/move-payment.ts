import { and, eq, inArray } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { PaymentRow, PaymentStatus } from './payment-queries.ts';
import { payments } from './payments.schema.ts';

/**
 * Move a payment forward: to `to` only from one of the `from` statuses, in one conditional
 * statement, so of two concurrent outcomes (a webhook and the return page) exactly one applies.
 * The provider's reference is saved with the outcome. Returns the updated row, or null when the
 * payment was not in a `from` status (already settled: the caller does nothing).
 */
export async function movePayment(
  deps: { db: Db; clock: Pick<Clock, 'now'> },
  a: {
    paymentId: string;
    from: readonly PaymentStatus[];
    to: PaymentStatus;
    providerRef?: string;
    nextAction?: Record<string, unknown> | null;
    failureMessage?: string;
    /** The move settles the payment from a provider event or outcome: stamps lastEventAt. */
    settles?: boolean;
  },
): Promise<PaymentRow | null> {
  const now = deps.clock.now();
  const [row] = await deps.db
    .update(payments)
    .set({
      status: a.to,
      ...(a.providerRef ? { providerRef: a.providerRef } : {}),
      ...(a.failureMessage !== undefined ? { failureMessage: a.failureMessage } : {}),
      nextAction: a.nextAction ?? null,
      updatedAt: now,
      ...(a.settles ? { lastEventAt: now } : {}),
    })
    .where(and(eq(payments.id, a.paymentId), inArray(payments.status, [...a.from])))
    .returning();
  return row ?? null;
}
