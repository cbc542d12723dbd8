import { and, eq, notInArray } from 'drizzle-orm';
import { localDay } from '../../platform/calendar.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { marketByCode } from '../../platform/markets.ts';
import { parcelsOfOrders } from '../delivery/shipments.read-model.ts';
import { findOrderLine } from '../orders/order-queries.ts';
import { LINE } from '../orders/order-states.ts';
import { sellerReturnWindowDays } from '../sellers/get-seller.ts';
import { returns } from './after-sales.schema.ts';
import { afterSalesEmails } from './after-sales-emails.ts';
import { type AfterSalesMail, mailAboutLine, sellerTeamRecipients } from './after-sales-recipients.ts';
import type { CareActor } from './care-actor.ts';
import { returnEligibility, returnRefundMinor, withdrawalStatement } from './returns.rules.ts';

export type RequestReturnInput = {
  actor: CareActor & { name?: string; consumer?: boolean };
  orderLineId: number;
  reason?: string;
};

/**
 * The buyer returns a delivered line: a withdrawal while the legal 14 days run (no reason needed;
 * the model form is filled in for them), else a commercial return within the seller's window
 * (sellers.return_window_days).
 * After the windows: WINDOW_CLOSED naming the day it ended. Someone else's line: 404.
 */
export async function requestReturn(deps: { db: Db; now: Date } & AfterSalesMail, input: RequestReturnInput) {
  const found = await findOrderLine(deps.db, input.orderLineId);
  if (!found || found.order.buyerUserId === null || found.order.buyerUserId !== input.actor.userId)
    throw AppError.notFound('Order line');
  const { line, order } = found;
  if (line.state !== LINE.shipped)
    throw new AppError('NOT_ELIGIBLE', 'Only a delivered item can be returned', [
      { field: 'orderLineId', message: 'is not delivered' },
    ]);
  const market = marketByCode(order.market);
  const tz = market?.timeZone ?? 'UTC';
  const parcel = (await parcelsOfOrders(deps.db, [order.id])).get(order.id);
  const eligibility = returnEligibility({
    today: localDay(deps.now, tz),
    ordered: localDay(order.createdAt, tz),
    lastDelivered: parcel?.deliveredAt ? localDay(parcel.deliveredAt, tz) : null,
    country: market?.code ?? order.market,
    consumer: input.actor.consumer ?? true,
    returnWindowDays: await sellerReturnWindowDays(deps.db, order.sellerId),
  });
  if (!eligibility.ok) {
    if (eligibility.reason === 'not_delivered')
      throw new AppError('NOT_ELIGIBLE', 'The parcel is not delivered yet', [
        { field: 'orderLineId', message: 'is not delivered yet' },
      ]);
    throw new AppError('WINDOW_CLOSED', `The return window ended on ${eligibility.endedOn}`, [
      { field: 'orderLineId', message: `could be returned until ${eligibility.endedOn}` },
    ]);
  }
  const [open] = await deps.db
    .select({ id: returns.id })
    .from(returns)
    .where(and(eq(returns.orderLineId, line.id), notInArray(returns.status, ['refunded', 'refused'])));
  if (open)
    throw new AppError('CONFLICT', `Return ${open.id} is already under way`, [
      { field: 'orderLineId', message: `has return ${open.id}` },
    ]);
  const reason = input.reason?.trim() || (eligibility.kind === 'withdrawal' ? 'withdrawal' : 'changed_mind');
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(returns)
      .values({
        orderId: order.id,
        orderLineId: line.id,
        buyerUserId: order.buyerUserId,
        sellerId: order.sellerId,
        kind: eligibility.kind,
        status: 'requested',
        reason: reason.slice(0, 500),
        statement:
          eligibility.kind === 'withdrawal'
            ? withdrawalStatement({
                seller: `seller ${order.sellerId}`,
                orderId: order.id,
                product: line.productName,
                ordered: localDay(order.createdAt, tz),
                received: parcel?.deliveredAt ? localDay(parcel.deliveredAt, tz) : '',
                buyer: input.actor.name ?? '',
              })
            : null,
        quantity: line.quantity,
        refundAmountMinor: returnRefundMinor({
          kind: eligibility.kind,
          unitPriceMinor: line.unitPriceMinor,
          quantity: line.quantity,
          shippingMinor: line.shippingPriceMinor,
        }),
        windowEndsOn: eligibility.endsOn,
        refundDueOn: eligibility.refundDueOn,
        requestedAt: deps.now,
        updatedAt: deps.now,
      })
      .returning();
    // The seller team issues the label.
    await mailAboutLine(tx, deps, line.id, async (ctx) =>
      (await sellerTeamRecipients(tx, order.sellerId)).map((to) =>
        afterSalesEmails.returnRequested(to, {
          ...ctx.sellerReturns,
          quantity: row!.quantity,
          kind: row!.kind,
          amountMinor: row!.refundAmountMinor,
          currency: order.currency,
        }),
      ),
    );
    return row!;
  });
}
