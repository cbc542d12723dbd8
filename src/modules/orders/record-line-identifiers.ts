import { eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { imeiIssue } from './imei.rules.ts';
import { findOrderLine } from './order-queries.ts';
import { orderLines } from './orders.schema.ts';

/**
 * Write a line's IMEI and/or serial number, once: either one already written is a CONFLICT. Only
 * the seller of the order reaches its lines (another seller's line: not found). An IMEI must be 15
 * digits with its Luhn check digit (imei.rules.ts), checked here before the one write: a typo
 * would otherwise be stored for good (400 naming `imei`, nothing written). The serial number's
 * length is checked by the caller (seller-orders).
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
  const issue = a.imei === undefined ? null : imeiIssue(a.imei, 'imei');
  if (issue) throw AppError.invalid([issue]);
  await deps.db
    .update(orderLines)
    .set({
      ...(a.imei !== undefined ? { imei: a.imei } : {}),
      ...(a.serialNumber !== undefined ? { serialNumber: a.serialNumber } : {}),
      updatedAt: deps.clock.now(),
    })
    .where(eq(orderLines.id, a.orderLineId));
}
