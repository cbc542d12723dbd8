import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { CheckoutDeps } from '../checkout/checkout.deps.ts';
import { carrierName, carrierNamed } from '../delivery/carriers.ts';
import { releaseStock } from '../offers/release-stock.ts';
import { findOrderLine } from '../orders/order-queries.ts';
import { refundOrderLine } from '../refunds/refund-order-line.ts';
import { returns } from './after-sales.schema.ts';
import { afterSalesEmails } from './after-sales-emails.ts';
import { type AfterSalesMail, mailAboutLine } from './after-sales-recipients.ts';
import type { CareActor } from './care-actor.ts';

type ReturnRow = typeof returns.$inferSelect;

async function returnFor(db: Db, returnId: number, actor: CareActor): Promise<ReturnRow> {
  const [r] = await db.select().from(returns).where(eq(returns.id, returnId));
  if (!r || !(actor.sellers.has(r.sellerId) || actor.operator)) throw AppError.notFound('Return');
  return r;
}

/**
 * The seller (or customer service) issues the return label: with the sandbox carrier Reloop makes
 * the tracking number itself; with another carrier the seller gives the label's tracking number.
 */
export async function issueReturnLabel(
  deps: { db: Db; now: Date } & AfterSalesMail,
  input: { actor: CareActor; returnId: number; carrier?: string; trackingNumber?: string },
) {
  const r = await returnFor(deps.db, input.returnId, input.actor);
  if (r.status !== 'requested')
    throw new AppError('INVALID_STATE', 'The label was already issued', [
      { field: 'returnId', message: `is ${r.status}` },
    ]);
  // A carrier Reloop books labels with gives the tracking number; for the others the seller does.
  const carrier = input.carrier?.trim() || 'sandbox';
  const booked = carrierNamed(carrier).returnLabel;
  const trackingNumber =
    input.trackingNumber?.trim() || (booked ? booked({ returnId: r.id }).trackingNumber : '');
  if (!trackingNumber)
    throw AppError.invalid([{ field: 'trackingNumber', message: 'is required for this carrier' }]);
  await deps.db.transaction(async (tx) => {
    await tx
      .update(returns)
      .set({ status: 'label_issued', carrier, trackingNumber, labelIssuedAt: deps.now, updatedAt: deps.now })
      .where(eq(returns.id, r.id));
    // The buyer gets the carrier and the tracking number.
    await mailAboutLine(tx, deps, r.orderLineId, async (ctx) =>
      ctx.buyer
        ? [
            afterSalesEmails.returnLabelIssued(ctx.buyer, {
              ...ctx.forBuyer,
              carrier: carrierName(carrier),
              trackingNumber,
              amountMinor: r.refundAmountMinor,
              currency: ctx.order.currency,
            }),
          ]
        : [],
    );
  });
  return { carrier, trackingNumber };
}

/**
 * The parcel came back: the line is refunded through the refunds module (payment provider, ledger
 * reversal with the commission pro rata, credit note, email) and, when the device can be sold
 * again, its units go back on sale through the offers module. When the refund cannot be made the
 * return stays `received` and this is called again.
 */
export async function receiveReturn(
  deps: CheckoutDeps,
  input: { actor: CareActor & { operatorId?: number }; returnId: number; resellable: boolean },
) {
  const r = await returnFor(deps.db, input.returnId, input.actor);
  // `received` again: the parcel is back but its refund failed (provider down); trying again is safe.
  if (r.status !== 'label_issued' && r.status !== 'requested' && r.status !== 'received')
    throw new AppError('INVALID_STATE', `This return is ${r.status}`, [
      { field: 'returnId', message: `is ${r.status}` },
    ]);
  const now = deps.clock.now();
  if (r.status !== 'received')
    await deps.db
      .update(returns)
      .set({ status: 'received', receivedAt: now, updatedAt: now })
      .where(eq(returns.id, r.id));
  const refund = await refundOrderLine(deps, {
    orderLineId: r.orderLineId,
    amountMinor: r.refundAmountMinor,
    reason: r.kind === 'withdrawal' ? 'Withdrawal: the item came back' : 'Return: the item came back',
    actor: input.actor.operatorId ? { operatorId: input.actor.operatorId } : { sellerId: r.sellerId },
  });
  await deps.db.transaction(async (tx) => {
    await tx
      .update(returns)
      .set({ status: 'refunded', refundedAt: now, refundId: refund.refundId, updatedAt: now })
      .where(eq(returns.id, r.id));
    if (input.resellable) {
      const found = await findOrderLine(tx, r.orderLineId);
      if (found)
        await releaseStock(
          { db: tx, clock: deps.clock },
          { lines: [{ offerId: found.line.offerId, quantity: r.quantity }] },
        );
    }
  });
  return { refund };
}
