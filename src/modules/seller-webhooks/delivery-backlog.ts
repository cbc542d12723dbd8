import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { sellerWebhooks, webhookDeliveries } from './seller-webhooks.schema.ts';
import { MAX_WEBHOOK_ATTEMPTS } from './seller-webhooks.ts';

export type DeliveryBacklog = { pending: number; oldestPendingSeconds: number; abandoned: number };

/**
 * Deliveries of active webhooks not delivered yet (due or waiting for a retry), the age of the
 * oldest, and those given up after the last attempt: for `/metrics` (src/app).
 */
export async function webhookDeliveryBacklog(db: Db, now: Date): Promise<DeliveryBacklog> {
  const live = sql`${webhookDeliveries.attempts} < ${MAX_WEBHOOK_ATTEMPTS}`;
  const [row] = await db
    .select({
      pending: sql<number>`count(*) FILTER (WHERE ${live})::int`,
      oldestPendingSeconds: sql<number>`coalesce(extract(epoch FROM ${now.toISOString()}::timestamptz - min(${webhookDeliveries.createdAt}) FILTER (WHERE ${live})), 0)::float8`,
      abandoned: sql<number>`count(*) FILTER (WHERE NOT (${live}))::int`,
    })
    .from(webhookDeliveries)
    .innerJoin(sellerWebhooks, eq(sellerWebhooks.id, webhookDeliveries.webhookId))
    .where(and(isNull(webhookDeliveries.deliveredAt), isNull(sellerWebhooks.disabledAt)));
  return row ?? { pending: 0, oldestPendingSeconds: 0, abandoned: 0 };
}
