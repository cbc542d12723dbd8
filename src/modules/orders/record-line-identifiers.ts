import { eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { findOrderLine } from './order-queries.ts';
import { orderLines } from './orders.schema.ts';

/**
 * Write a line's IMEI and/or serial number, once: either one already written is a CONFLICT. Only
 * the seller of the order reaches its lines (another seller's line: not found). The values are
 * validated by the caller (seller-orders).
 */
export async function recordLineIdentifiers(
  deps: { db: Db; clock: Pick<Clock, 'now'> },
  a: { sellerId: number; orderLineId: number; imei?: string; serialNumber?: string },
): Promise<void> {
  const row = await findOrderLine(deps.db, a.orderLineId);
  if (!row || row.order.sellerId !== a.sellerId) throw AppError.notFound('Order line');
  if ((a.imei !== undefined && row.line.imei) || (a.serialNumber !== undefined && row.line.serialNumber)) {
    throw new AppError('CONFLICT', 'The IMEI and serial number can be written only once');
  }
  await deps.db
    .update(orderLines)
    .set({
      ...(a.imei !== undefined ? { imei: a.imei } : {}),
      ...(a.serialNumber !== undefined ? { serialNumber: a.serialNumber } : {}),
      updatedAt: deps.clock.now(),
    })
    .where(eq(orderLines.id, a.orderLineId));
}
