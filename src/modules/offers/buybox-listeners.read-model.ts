/**
 * Read model for the buybox refresh (refresh-buybox.ts): whether any seller has an active
 * webhook for `listing.buybox_changed`, so bulk refreshes skip comparing winners when nobody
 * listens. Reads seller_webhooks (owned by seller-webhooks); never writes.
 */
import { and, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { sellerWebhooks } from '../seller-webhooks/seller-webhooks.schema.ts';

/** Whether any seller listens for buybox changes (skip the comparison otherwise: bulk loads). */
export async function anyoneListensForBuybox(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ id: sellerWebhooks.id })
    .from(sellerWebhooks)
    .where(and(isNull(sellerWebhooks.disabledAt), sql`${sellerWebhooks.events} ? 'listing.buybox_changed'`))
    .limit(1);
  return !!row;
}
