import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { PaymentRow } from './payment-queries.ts';
import { payments } from './payments.schema.ts';

/** The payment row of a checkout, 'processing' until the provider answers. In the checkout's transaction. */
export async function createPayment(
  deps: { db: Db; clock: Pick<Clock, 'now'> },
  a: {
    checkoutId: string;
    provider: PaymentRow['provider'];
    method: PaymentRow['method'];
    amountMinor: number;
    currency: string;
  },
): Promise<{ paymentId: string }> {
  const now = deps.clock.now();
  const [pay] = await deps.db
    .insert(payments)
    .values({ ...a, status: 'processing', createdAt: now, updatedAt: now })
    .returning({ id: payments.id });
  return { paymentId: pay!.id };
}
