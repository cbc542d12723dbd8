import { eq } from 'drizzle-orm';
import { localDay } from '../../platform/calendar.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { marketByCode } from '../../platform/markets.ts';
import type { CheckoutDeps } from '../checkout/checkout.deps.ts';
import { parcelsOfOrders } from '../delivery/shipments.read-model.ts';
import { findOrderLine } from '../orders/order-queries.ts';
import { LINE } from '../orders/order-states.ts';
import { refundOrderLine } from '../refunds/refund-order-line.ts';
import { warrantyClaims } from './after-sales.schema.ts';
import { afterSalesEmails } from './after-sales-emails.ts';
import { type AfterSalesMail, mailAboutLine, sellerTeamRecipients } from './after-sales-recipients.ts';
import { MAX_MESSAGE_LENGTH } from './care.rules.ts';
import type { CareActor } from './care-actor.ts';
import { legalGuaranteeEndsOn, warrantyEndsOn } from './deadlines.rules.ts';
import { warrantyMonthsOfOffer } from './warranty.read-model.ts';

/**
 * A warranty claim on a delivered line: under the seller's commercial warranty while it runs,
 * then under the legal guarantee of conformity (which the warranty never shortens). After both:
 * WINDOW_CLOSED with the day they ended.
 */
export async function openWarrantyClaim(
  deps: { db: Db; now: Date } & AfterSalesMail,
  input: { actor: CareActor; orderLineId: number; description: string },
) {
  const description = input.description.trim();
  if (!description || description.length > MAX_MESSAGE_LENGTH)
    throw AppError.invalid([
      { field: 'description', message: `is required, at most ${MAX_MESSAGE_LENGTH} characters` },
    ]);
  const found = await findOrderLine(deps.db, input.orderLineId);
  if (!found || found.order.buyerUserId === null || found.order.buyerUserId !== input.actor.userId)
    throw AppError.notFound('Order line');
  const { line, order } = found;
  const tz = marketByCode(order.market)?.timeZone ?? 'UTC';
  const parcel = (await parcelsOfOrders(deps.db, [order.id])).get(order.id);
  if (line.state !== LINE.shipped || !parcel?.deliveredAt)
    throw new AppError('NOT_ELIGIBLE', 'A warranty claim starts once the item is delivered', [
      { field: 'orderLineId', message: 'is not delivered' },
    ]);
  const months = await warrantyMonthsOfOffer(deps.db, line.offerId);
  const delivered = localDay(parcel.deliveredAt, tz);
  const warrantyEnd = warrantyEndsOn(delivered, months ?? 12);
  const legalEnd = legalGuaranteeEndsOn(delivered);
  const today = localDay(deps.now, tz);
  const basis = today <= warrantyEnd ? 'commercial_warranty' : today <= legalEnd ? 'legal_guarantee' : null;
  if (!basis) {
    const ended = warrantyEnd > legalEnd ? warrantyEnd : legalEnd;
    throw new AppError('WINDOW_CLOSED', `The warranty and the legal guarantee ended on ${ended}`, [
      { field: 'orderLineId', message: `was covered until ${ended}` },
    ]);
  }
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(warrantyClaims)
      .values({
        orderId: order.id,
        orderLineId: line.id,
        buyerUserId: order.buyerUserId,
        sellerId: order.sellerId,
        basis,
        description,
        status: 'open',
        warrantyEndsOn: warrantyEnd,
        legalGuaranteeEndsOn: legalEnd,
        openedAt: deps.now,
        updatedAt: deps.now,
      })
      .returning();
    // The seller team decides on it.
    await mailAboutLine(tx, deps, line.id, async (ctx) =>
      (await sellerTeamRecipients(tx, order.sellerId)).map((to) =>
        afterSalesEmails.warrantyOpened(to, { ...ctx.sellerReturns, claimId: row!.id, basis, description }),
      ),
    );
    return row!;
  });
}

async function claimFor(db: Db, claimId: number, actor: CareActor) {
  const [c] = await db.select().from(warrantyClaims).where(eq(warrantyClaims.id, claimId));
  if (!c || !(actor.sellers.has(c.sellerId) || actor.operator)) throw AppError.notFound('Warranty claim');
  return c;
}

/** The seller decides: repair, replacement or refund (a refund is paid at once through the refunds module). */
export async function decideWarrantyClaim(
  deps: CheckoutDeps,
  input: { actor: CareActor; claimId: number; outcome: string },
) {
  const outcome = (['repair', 'replacement', 'refund'] as const).find((o) => o === input.outcome);
  if (!outcome)
    throw AppError.invalid([{ field: 'outcome', message: 'must be repair, replacement or refund' }]);
  const claim = await claimFor(deps.db, input.claimId, input.actor);
  if (claim.status !== 'open')
    throw new AppError('INVALID_STATE', `This claim is ${claim.status}`, [
      { field: 'claimId', message: `is ${claim.status}` },
    ]);
  const now = deps.clock.now();
  if (outcome === 'refund') {
    const refund = await refundOrderLine(deps, {
      orderLineId: claim.orderLineId,
      reason: `Warranty claim ${claim.id}: refund`,
      actor: { sellerId: claim.sellerId },
    });
    await deps.db.transaction(async (tx) => {
      await tx
        .update(warrantyClaims)
        .set({
          status: 'completed',
          outcome,
          decidedAt: now,
          completedAt: now,
          refundId: refund.refundId,
          updatedAt: now,
        })
        .where(eq(warrantyClaims.id, claim.id));
      await mailDecision(tx, deps, claim, outcome);
    });
    return { status: 'completed' as const, outcome };
  }
  await deps.db.transaction(async (tx) => {
    await tx
      .update(warrantyClaims)
      .set({ status: 'in_progress', outcome, decidedAt: now, updatedAt: now })
      .where(eq(warrantyClaims.id, claim.id));
    await mailDecision(tx, deps, claim, outcome);
  });
  return { status: 'in_progress' as const, outcome };
}

/** The buyer hears the seller's decision, in the decision's transaction. */
async function mailDecision(
  tx: Db,
  deps: AfterSalesMail,
  claim: { id: number; orderLineId: number },
  outcome: 'repair' | 'replacement' | 'refund',
) {
  await mailAboutLine(tx, deps, claim.orderLineId, async (ctx) =>
    ctx.buyer
      ? [afterSalesEmails.warrantyDecided(ctx.buyer, { ...ctx.forBuyer, claimId: claim.id, outcome })]
      : [],
  );
}

/** The repaired or replacement device is back with the buyer. */
export async function completeWarrantyClaim(
  deps: { db: Db; now: Date },
  input: { actor: CareActor; claimId: number },
) {
  const claim = await claimFor(deps.db, input.claimId, input.actor);
  if (claim.status !== 'in_progress')
    throw new AppError('INVALID_STATE', `This claim is ${claim.status}`, [
      { field: 'claimId', message: `is ${claim.status}` },
    ]);
  await deps.db
    .update(warrantyClaims)
    .set({ status: 'completed', completedAt: deps.now, updatedAt: deps.now })
    .where(eq(warrantyClaims.id, claim.id));
  return { status: 'completed' as const };
}
