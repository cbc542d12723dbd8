import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Deps } from '../app/deps.ts';
import { users } from '../modules/accounts/accounts.schema.ts';
import { addCartLine } from '../modules/cart/add-cart-line.ts';
import { openCart } from '../modules/cart/open-cart.ts';
import { checkouts } from '../modules/checkout/checkout.schema.ts';
import { placeOrder } from '../modules/checkout/place-order.ts';
import { recordParcelEvent } from '../modules/delivery/record-parcel-event.ts';
import { shipmentIdOfOrder } from '../modules/delivery/register-shipment.ts';
import { offerPrices, offers } from '../modules/offers/offers.schema.ts';
import { orderLines } from '../modules/orders/orders.schema.ts';
import { runPayouts } from '../modules/payouts/run-payouts.ts';
import { refundOrderLine } from '../modules/refunds/refund-order-line.ts';
import { refunds } from '../modules/refunds/refunds.schema.ts';
import { settleRefund } from '../modules/refunds/settle-refund.ts';
import {
  acceptOrderLines,
  cancelOrderLines,
  shipOrder,
} from '../modules/seller-orders/seller-order-actions.ts';
import { applyAccountUpdate } from '../modules/seller-payments/apply-account-update.ts';
import { ensureSellerAccount } from '../modules/seller-payments/connect-seller-account.ts';
import { sellers } from '../modules/sellers/sellers.schema.ts';
import { type Clock, DAY_MS } from '../platform/clock.ts';
import type { Actor } from '../platform/http/actor.ts';
import { seedDemoAfterSales } from './demo-after-sales.ts';
import { seedDemoAudience } from './demo-audience.ts';
import { seedDemoDsa } from './demo-dsa.ts';
import { seedDemoErasure } from './demo-erasure.ts';
import { seedDemoInsuranceClaim } from './demo-insurance.ts';
import { seedDemoMarketing } from './demo-marketing.ts';
import { seedDemoPrivacyRequests } from './demo-privacy.ts';
import { seedDemoReviews } from './demo-reviews.ts';

const address = {
  name: 'Chloé Martin',
  line1: '12 rue de Rivoli',
  postalCode: '75004',
  city: 'Paris',
  country: 'FR',
};
const card = { number: '4242424242424242', expMonth: 12, expYear: 2031, cvc: '123', holder: 'Chloe Martin' };

async function actorFor(deps: Deps, email: string): Promise<Actor | null> {
  const [u] = await deps.db.select().from(users).where(eq(users.email, email));
  if (!u) return null;
  return {
    userId: u.id,
    sessionId: 'seed',
    email: u.email,
    name: u.name,
    market: u.market,
    buyerType: u.buyerType,
    emailVerified: true,
    sellers: new Map(),
    operatorRoles: new Set(),
    pendingTerms: false,
  };
}

/** `deps` as they were `days` ago: an order placed, accepted or shipped in the past. */
const daysAgo = (deps: Deps, days: number): Deps => {
  const clock: Clock = { now: () => new Date(deps.clock.now().getTime() - days * DAY_MS) };
  return { ...deps, clock };
};

/**
 * A few real orders through the real checkout (paid by card, one awaiting a transfer), once, and
 * the money states the console and the portal must show: a seller's cancellation (refund, credit
 * note, service fee returned), a refund the card issuer failed after it counted (still owed to the
 * buyer: /console/refunds), and a payout of the demo seller held because it has no payment account
 * connected yet (/console/payouts, the seller's money page).
 */
export async function seedDemoOrders(deps: Deps): Promise<number> {
  const [{ n }] = (await deps.db.select({ n: sql<number>`count(*)::int` }).from(checkouts)) as [
    { n: number },
  ];
  if (n > 0) {
    // A demo seeded before after-sales existed gets its after-sales stories once.
    await seedDemoAfterSales(deps);
    await seedDemoInsuranceClaim(deps);
    await seedDemoReviews(deps);
    await seedDemoPrivacyRequests(deps);
    await seedDemoMarketing(deps);
    await seedDemoDsa(deps);
    await seedDemoAudience(deps);
    await seedDemoErasure(deps);
    return 0;
  }
  const shopper = await actorFor(deps, 'shopper@reloop.example');
  const pro = await actorFor(deps, 'pro@reloop.example');
  if (!shopper || !pro) return 0;
  const stocked = await deps.db
    .select({ id: offers.id, sellerId: offers.sellerId })
    .from(offers)
    .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'FR')))
    .innerJoin(sellers, eq(sellers.id, offers.sellerId))
    .where(
      and(
        gt(offers.quantity, 5),
        eq(offers.published, true),
        inArray(sellers.country, ['FR', 'DE', 'NL', 'BE', 'ES', 'IT']),
      ),
    )
    .orderBy(asc(offers.id))
    .limit(400);
  const distinct = stocked.filter((o, i) => stocked.findIndex((x) => x.sellerId === o.sellerId) === i);
  // The demo seller (#1, seller@reloop.example) gets paid orders waiting for its acceptance.
  const demoSeller = stocked.filter((o) => o.sellerId === 1);
  const plans: Array<{
    actor: Actor;
    offerIds: number[];
    method: 'card' | 'bank_transfer';
    /** The seller cancels it after payment: a refund, a credit note and the service fee returned. */
    cancelledBySeller?: string;
    /** An operator refunds it, then the provider reports the refund failed: still owed. */
    refundFails?: string;
    /** Placed this many days ago, shipped a day later: its funds are payable now. */
    shippedDaysAgo?: number;
  }> = [
    // Four waiting orders: the journeys in French, German and Swedish each accept and ship one.
    ...[...demoSeller.slice(0, 2), ...demoSeller.slice(12, 14)].map((o) => ({
      actor: shopper,
      offerIds: [o.id],
      method: 'card' as const,
    })),
    { actor: shopper, offerIds: [distinct[0]!.id, distinct[1]!.id], method: 'card' },
    { actor: shopper, offerIds: [distinct[2]!.id], method: 'card' },
    { actor: pro, offerIds: [distinct[3]!.id], method: 'bank_transfer' },
    ...demoSeller.slice(2, 3).map((o) => ({
      actor: shopper,
      offerIds: [o.id],
      method: 'card' as const,
      cancelledBySeller: 'The unit failed our final battery test',
    })),
    {
      actor: shopper,
      offerIds: [(distinct[4] ?? distinct.at(-1)!).id],
      method: 'card',
      refundFails: 'The card was closed.',
    },
    ...demoSeller.slice(3, 4).map((o) => ({
      actor: pro,
      offerIds: [o.id],
      method: 'card' as const,
      shippedDaysAgo: 10,
    })),
  ];
  const [admin] = await deps.db.select().from(users).where(eq(users.email, 'admin@reloop.example'));
  let placed = 0;
  for (const [i, p] of plans.entries()) {
    const at = p.shippedDaysAgo ? daysAgo(deps, p.shippedDaysAgo + 1) : deps;
    const { cartId } = await openCart(at, { market: 'FR', actor: p.actor });
    for (const offerId of p.offerIds) await addCartLine(at, { cartId, actor: p.actor, input: { offerId } });
    const checkout = await placeOrder(at, {
      cartId,
      actor: p.actor,
      idempotencyKey: `demo-order-${i + 1}`,
      input: { shippingAddress: address, paymentMethod: p.method, ...(p.method === 'card' ? { card } : {}) },
    });
    if (p.cancelledBySeller) {
      for (const o of checkout.orders) {
        await cancelOrderLines(deps, {
          sellerId: o.sellerId,
          orderId: o.orderId,
          reason: p.cancelledBySeller,
        });
      }
    }
    if (p.refundFails && admin) await refundThatFails(deps, checkout.orders, admin.id, p.refundFails);
    if (p.shippedDaysAgo) {
      const shipped = daysAgo(deps, p.shippedDaysAgo);
      for (const o of checkout.orders) {
        await acceptOrderLines(shipped, { sellerId: o.sellerId, orderId: o.orderId });
        await shipOrder(shipped, {
          sellerId: o.sellerId,
          orderId: o.orderId,
          trackingNumber: `DEMO${o.orderId}FR`,
          shipper: 'Colissimo',
        });
        // Colissimo delivered it two days later (its tracking events reach Reloop by webhook).
        const shipmentId = await shipmentIdOfOrder(deps.db, o.orderId);
        if (shipmentId)
          await recordParcelEvent(
            { db: deps.db, now: deps.clock.now() },
            {
              shipmentId,
              status: 'delivered',
              occurredAt: daysAgo(deps, p.shippedDaysAgo - 2).clock.now(),
              source: 'carrier',
            },
          );
      }
    }
    placed++;
  }
  // Seller #1's shipped order is payable now, but the provider disabled its payouts until it sends
  // an identity document: the payout is held (its payment account page shows what is due).
  if (demoSeller.length > 3) await holdPayoutsOf(deps, 1);
  await runPayouts(deps);
  // After the sale: delivered orders, parcels on their way, care folders, a return, a warranty claim.
  await seedDemoAfterSales(deps);
  // An insured device with a claim under review at the insurer.
  await seedDemoInsuranceClaim(deps);
  // Reviews of the most popular products, written by buyers who received them (issue 15).
  await seedDemoReviews(deps);
  // Data-subject requests in the console's request desk, one extended (issue 16).
  await seedDemoPrivacyRequests(deps);
  // The shopper's newsletter choices and a price alert (issue 16).
  await seedDemoMarketing(deps);
  // A suspended seller, a notice of illegal content and a complaint waiting (issue 16, DSA).
  await seedDemoDsa(deps);
  // Six months of audience and signed-in activity behind the active-recipients figure (issue 16).
  await seedDemoAudience(deps);
  // An account erased by its owner, with its order and open help request held (issue 16).
  await seedDemoErasure(deps);
  return placed;
}

/** Refund the orders' lines (an operator), then the provider says the refund failed. */
async function refundThatFails(
  deps: Deps,
  placedOrders: Array<{ orderId: number }>,
  operatorId: number,
  message: string,
): Promise<void> {
  for (const o of placedOrders) {
    const lines = await deps.db.select().from(orderLines).where(eq(orderLines.orderId, o.orderId));
    for (const line of lines) {
      const r = await refundOrderLine(deps, {
        orderLineId: line.id,
        reason: 'The buyer changed their mind before shipping',
        actor: { operatorId },
      });
      const [row] = await deps.db.select().from(refunds).where(eq(refunds.id, r.refundId));
      if (row?.providerRef)
        await settleRefund(deps, {
          refundRef: row.providerRef,
          outcome: 'failed',
          message,
          source: 'provider_event',
        });
    }
  }
}

/** The seller's connected account, as the provider reports it when it wants more documents. */
async function holdPayoutsOf(deps: Deps, sellerId: number): Promise<void> {
  const account = await ensureSellerAccount(deps, { sellerId });
  await applyAccountUpdate(deps, {
    id: `demo-account-updated-${sellerId}`,
    type: 'account.updated',
    providerRef: account.accountRef,
    occurredAt: deps.clock.now(),
    account: {
      accountRef: account.accountRef,
      transfersEnabled: true,
      payoutsEnabled: false,
      detailsSubmitted: true,
      requirementsDue: ['individual.verification.document'],
      testMode: account.testMode,
    },
    raw: {},
  });
}
