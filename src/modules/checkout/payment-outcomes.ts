import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { marketByCode, standardVatRateAt } from '../../platform/markets.ts';
import { toApiMoney } from '../../platform/money.ts';
import { carts } from '../cart/cart.schema.ts';
import { findOpenCartOf } from '../cart/cart.store.ts';
import { paymentCaptured } from '../ledger/ledger.rules.ts';
import { postLedgerEntry } from '../ledger/post-ledger-entry.ts';
import { offers } from '../offers/offers.schema.ts';
import { refreshBuybox } from '../offers/refresh-buybox.ts';
import { nextInvoiceNumber } from '../orders/invoice-number.ts';
import { type OrderLineState, orderStateFromLines } from '../orders/order-states.ts';
import { checkouts, orderLines, orders } from '../orders/orders.schema.ts';
import { payments } from '../payments/payments.schema.ts';
import { platformVatFor } from '../pricing/platform-vat.rules.ts';
import { enqueueEvent } from '../seller-webhooks/seller-webhooks.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import type { CheckoutDeps } from './checkout.deps.ts';
import { checkoutEmails } from './checkout-emails.ts';
import { loadReceipt, type ReceiptView } from './receipt.ts';

type Deps = Pick<CheckoutDeps, 'db' | 'clock' | 'mailer' | 'siteUrl' | 'insurance' | 'logger'>;
const OPEN = ['processing', 'requires_action', 'awaiting_transfer'] as const;

/**
 * The payment is captured: lines 0/8 → 1 (the sellers must accept), gap-free invoice numbers,
 * the ledger posting, the confirmation email with the receipt. Idempotent: a second call (a
 * retried webhook) finds the payment already succeeded and does nothing.
 */
export async function markPaid(
  deps: Deps,
  paymentId: string,
  providerRef?: string,
): Promise<ReceiptView | null> {
  const now = deps.clock.now();
  const done = await deps.db.transaction(async (tx) => {
    const [pay] = await tx
      .update(payments)
      .set({
        status: 'succeeded',
        ...(providerRef ? { providerRef } : {}),
        nextAction: null,
        updatedAt: now,
        lastEventAt: now,
      })
      .where(and(eq(payments.id, paymentId), inArray(payments.status, [...OPEN])))
      .returning();
    if (!pay) return null;
    const [co] = await tx.select().from(checkouts).where(eq(checkouts.id, pay.checkoutId));
    const os = await tx.select().from(orders).where(eq(orders.checkoutId, pay.checkoutId)).orderBy(orders.id);
    // One statement for every line of the checkout; each order's state then follows from its lines.
    const lines = await tx
      .update(orderLines)
      .set({ state: 1, updatedAt: now })
      .where(
        and(
          inArray(
            orderLines.orderId,
            os.map((o) => o.id),
          ),
          inArray(orderLines.state, [0, 8]),
        ),
      )
      .returning({ orderId: orderLines.orderId });
    const others = await tx
      .select({ orderId: orderLines.orderId, s: orderLines.state })
      .from(orderLines)
      .where(
        and(
          inArray(
            orderLines.orderId,
            os.map((o) => o.id),
          ),
          sql`${orderLines.state} <> 1`,
        ),
      );
    for (const o of os) {
      const states = [
        ...lines.filter((l) => l.orderId === o.id).map(() => 1 as OrderLineState),
        ...others.filter((l) => l.orderId === o.id).map((l) => l.s as OrderLineState),
      ];
      await tx
        .update(orders)
        .set({
          state: orderStateFromLines(states),
          paidAt: now,
          invoiceNumber: await nextInvoiceNumber(tx, `S${o.sellerId}`, now.getUTCFullYear()),
        })
        .where(eq(orders.id, o.id));
    }
    // Sellers' integrations hear about the new paid order (signed webhook, delivered by a job).
    const paidLines = await tx
      .select()
      .from(orderLines)
      .where(
        inArray(
          orderLines.orderId,
          os.map((o) => o.id),
        ),
      );
    for (const o of os) {
      await enqueueEvent(tx, {
        sellerId: o.sellerId,
        event: 'order.created',
        now,
        payload: {
          order_id: o.id,
          state: 1,
          date_creation: o.createdAt.toISOString(),
          country: (o.shippingAddress as { country?: string }).country ?? null,
          currency: o.currency,
          total: toApiMoney(o.totalMinor, o.currency),
          lines: paidLines
            .filter((l) => l.orderId === o.id)
            .map((l) => ({
              order_line_id: l.id,
              listing_id: l.offerId,
              sku: l.sku,
              product_id: l.productId,
              quantity: l.quantity,
              price: toApiMoney(l.unitPriceMinor, o.currency),
              state: l.state,
            })),
        },
      });
    }
    const countryOf = new Map(
      (
        await tx
          .select({ id: sellers.id, country: sellers.country })
          .from(sellers)
          .where(
            inArray(
              sellers.id,
              os.map((o) => o.sellerId),
            ),
          )
      ).map((r) => [r.id, r.country]),
    );
    const market = marketByCode(co!.market);
    const rateBp = market ? (standardVatRateAt(market, co!.createdAt) ?? 0) : 0;
    await postLedgerEntry(
      tx,
      paymentCaptured({
        checkoutId: co!.id,
        currency: co!.currency,
        market: co!.market,
        serviceFeeVatRateBp: rateBp,
        orders: os.map((o) => ({
          sellerId: o.sellerId,
          goodsTotalMinor: o.itemsTotalMinor + o.shippingTotalMinor,
          commissionMinor: o.commissionMinor,
          insuranceMinor: o.insuranceTotalMinor,
          serviceFeeShareMinor: o.serviceFeeShareMinor,
          // The platform's VAT on commission: French sellers pay it; others self-account (reverse charge) or are out of scope.
          commissionReverseCharged:
            platformVatFor(countryOf.get(o.sellerId) ?? 'FR').treatment !== 'standard',
        })),
      }),
      now,
    );
    return co!;
  });
  if (!done) return null;
  const receipt = (await loadReceipt(deps.db, done.id))!;
  const policies = await bindInsurance(deps, done.id, done.market);
  const locale = marketByCode(done.market)?.locale ?? 'fr-fr';
  await deps.mailer.send(
    deps.db,
    checkoutEmails.confirmation(
      done.buyerEmail,
      receipt,
      deps.siteUrl(`/${locale}/orders/${done.id}`),
      policies,
    ),
  );
  return receipt;
}

/**
 * The payment did not go through (declined card, failed challenge, unpaid transfer): the lines
 * become 7 (not paid), the orders 8, the reserved stock goes back, and the buyer's cart opens again
 * so nothing they chose is lost.
 */
export async function releaseUnpaid(
  deps: Deps,
  paymentId: string,
  outcome: { status: 'failed' | 'cancelled'; message: string; providerRef?: string },
): Promise<boolean> {
  const now = deps.clock.now();
  const result = await deps.db.transaction(async (tx) => {
    const [pay] = await tx
      .update(payments)
      .set({
        status: outcome.status,
        ...(outcome.providerRef ? { providerRef: outcome.providerRef } : {}),
        failureMessage: outcome.message,
        nextAction: null,
        updatedAt: now,
        lastEventAt: now,
      })
      .where(and(eq(payments.id, paymentId), inArray(payments.status, [...OPEN])))
      .returning();
    if (!pay) return null;
    const os = await tx.select().from(orders).where(eq(orders.checkoutId, pay.checkoutId));
    const lines = os.length
      ? await tx
          .select()
          .from(orderLines)
          .where(
            inArray(
              orderLines.orderId,
              os.map((o) => o.id),
            ),
          )
      : [];
    const productIds: string[] = [];
    for (const l of lines) {
      if (![0, 8].includes(l.state)) continue;
      await tx.update(orderLines).set({ state: 7, updatedAt: now }).where(eq(orderLines.id, l.id));
      await tx
        .update(offers)
        .set({ quantity: sql`${offers.quantity} + ${l.quantity}`, updatedAt: now })
        .where(eq(offers.id, l.offerId));
      productIds.push(l.productId);
    }
    if (os.length)
      await tx
        .update(orders)
        .set({ state: 8, cancelledAt: now })
        .where(
          inArray(
            orders.id,
            os.map((o) => o.id),
          ),
        );
    const [co] = await tx.select().from(checkouts).where(eq(checkouts.id, pay.checkoutId));
    const [cart] = await tx.select().from(carts).where(eq(carts.id, co!.cartId));
    // The cart opens again unless the buyer has started another one for this market meanwhile.
    const other = cart?.userId ? await findOpenCartOf(tx, cart.userId, cart.market) : undefined;
    if (cart && !other)
      await tx.update(carts).set({ status: 'open', updatedAt: now }).where(eq(carts.id, cart.id));
    return { co: co!, productIds };
  });
  if (!result) return false;
  if (result.productIds.length) await refreshBuybox({ db: deps.db, productIds: result.productIds });
  if (outcome.status === 'cancelled') {
    const receipt = (await loadReceipt(deps.db, result.co.id))!;
    await deps.mailer.send(deps.db, checkoutEmails.cancelledUnpaid(result.co.buyerEmail, receipt));
  }
  return true;
}

/** Whether the platform's VAT on a seller's commission is reverse-charged (seller outside France). */
export async function commissionVatReverseCharged(db: Db, sellerId: number): Promise<boolean> {
  const [s] = await db.select({ country: sellers.country }).from(sellers).where(eq(sellers.id, sellerId));
  return platformVatFor(s?.country ?? 'FR').treatment !== 'standard';
}

/**
 * Insured devices get their policies once the payment is captured (outside any transaction: the
 * insurer is an external service). Binding is idempotent per unit reference; a refusal is logged
 * for support and never undoes the paid order.
 */
async function bindInsurance(deps: Deps, checkoutId: string, market: string): Promise<string[]> {
  const lines = await deps.db
    .select({ line: orderLines })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(and(eq(orders.checkoutId, checkoutId), gt(orderLines.insurancePremiumMinor, 0)));
  const refs: string[] = [];
  for (const { line } of lines) {
    for (let unit = 1; unit <= line.quantity; unit++) {
      try {
        const policy = await deps.insurance.bind({
          market,
          unitPriceMinor: line.unitPriceMinor,
          premiumMinor: line.insurancePremiumMinor,
          reference: `order-line:${line.id}:${unit}`,
          startsAt: deps.clock.now(),
        });
        refs.push(`${policy.policyRef} (${line.productName})`);
      } catch (err) {
        deps.logger.error({ err, line: line.id }, 'insurance could not be bound: support must follow up');
      }
    }
  }
  return refs;
}
