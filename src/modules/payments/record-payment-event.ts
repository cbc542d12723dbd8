import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { paymentEvents } from './payments.schema.ts';

/** Record a provider event once: false when (provider, event id) was already recorded. */
export async function recordPaymentEvent(
  deps: { db: Db; clock: Pick<Clock, 'now'> },
  a: {
    provider: string;
    eventId: string;
    type: string;
    paymentId: string | null;
    occurredAt: Date;
    payload: Record<string, unknown>;
  },
): Promise<boolean> {
  const [recorded] = await deps.db
    .insert(paymentEvents)
    .values({ ...a, receivedAt: deps.clock.now() })
    .onConflictDoNothing()
    .returning({ eventId: paymentEvents.eventId });
  return !!recorded;
}
