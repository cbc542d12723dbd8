/**
 * A demo erased account (issue 16), through the real use cases, so that the console's user page
 * shows an erasure report and its legal holds on the first `npm start`: Nora Lindqvist (SE) bought
 * a device 40 days ago, received it, asked for help about it (the folder is still open), then
 * erased her account today. Her order stays, held for Swedish accounting law until the end of the
 * seventh year; her open help request until it is closed; the rest is gone. Her erasure report
 * email is in the outbox, in Swedish. Once: nothing when an erasure exists already.
 */
import { and, asc, count, eq, gt, inArray, ne } from 'drizzle-orm';
import type { Deps } from '../app/deps.ts';
import { users } from '../modules/accounts/accounts.schema.ts';
import { openCareFolder } from '../modules/after-sales/open-care-folder.ts';
import { addCartLine } from '../modules/cart/add-cart-line.ts';
import { openCart } from '../modules/cart/open-cart.ts';
import { placeOrder } from '../modules/checkout/place-order.ts';
import { recordParcelEvent } from '../modules/delivery/record-parcel-event.ts';
import { registerShipment, shipmentIdOfOrder } from '../modules/delivery/register-shipment.ts';
import { offerPrices, offers } from '../modules/offers/offers.schema.ts';
import { orderLines } from '../modules/orders/orders.schema.ts';
import { eraseAccount } from '../modules/privacy/erase-account.ts';
import { erasureReports } from '../modules/privacy/privacy-erasure.schema.ts';
import { acceptOrderLines, shipOrder } from '../modules/seller-orders/seller-order-actions.ts';
import { sellers } from '../modules/sellers/sellers.schema.ts';
import { type Clock, DAY_MS } from '../platform/clock.ts';
import type { Actor } from '../platform/http/actor.ts';

export const DEMO_ERASED_EMAIL = 'nora.lindqvist@reloop.example';

const daysAgo = (deps: Deps, days: number): Deps => {
  const clock: Clock = { now: () => new Date(deps.clock.now().getTime() - days * DAY_MS) };
  return { ...deps, clock };
};

export async function seedDemoErasure(deps: Deps): Promise<number> {
  const [{ n } = { n: 0 }] = await deps.db.select({ n: count() }).from(erasureReports);
  if (n > 0) return 0;
  const [shopper] = await deps.db.select().from(users).where(eq(users.email, 'shopper@reloop.example'));
  const [offer] = await deps.db
    .select({ id: offers.id, sellerId: offers.sellerId })
    .from(offers)
    .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'SE')))
    .innerJoin(sellers, eq(sellers.id, offers.sellerId))
    .where(
      and(
        gt(offers.quantity, 3),
        eq(offers.published, true),
        eq(sellers.status, 'active'),
        // Not the demo seller (#1), whose after-sales story the demo orders tell.
        ne(offers.sellerId, 1),
        inArray(sellers.country, ['FR', 'DE', 'NL', 'BE', 'ES', 'IT']),
      ),
    )
    .orderBy(asc(offers.id))
    .limit(1);
  if (!shopper || !offer) return 0;
  const quiet: Deps = { ...deps, mailer: { send: async () => ({ id: 0 }) } };
  const then = daysAgo(quiet, 40);
  const [u] = await deps.db
    .insert(users)
    .values({
      email: DEMO_ERASED_EMAIL,
      name: 'Nora Lindqvist',
      passwordHash: shopper.passwordHash,
      buyerType: 'consumer',
      market: 'SE',
      language: 'sv',
      emailVerifiedAt: then.clock.now(),
      createdAt: then.clock.now(),
      updatedAt: then.clock.now(),
    })
    .returning();
  const actor: Actor = {
    userId: u!.id,
    sessionId: 'seed',
    email: u!.email,
    name: u!.name,
    market: 'SE',
    language: 'sv',
    buyerType: 'consumer',
    emailVerified: true,
    sellers: new Map(),
    operatorRoles: new Set(),
    pendingTerms: false,
  };
  const { cartId } = await openCart(then, { market: 'SE', actor });
  await addCartLine(then, { cartId, actor, input: { offerId: offer.id } });
  const checkout = await placeOrder(then, {
    cartId,
    actor,
    idempotencyKey: 'demo-erasure-1',
    input: {
      shippingAddress: {
        name: 'Nora Lindqvist',
        line1: 'Sveavägen 44',
        postalCode: '111 34',
        city: 'Stockholm',
        country: 'SE',
      },
      paymentMethod: 'card',
      card: { number: '4242424242424242', expMonth: 12, expYear: 2031, cvc: '123', holder: 'Nora Lindqvist' },
    },
  });
  const order = checkout.orders[0]!;
  const shipped = daysAgo(quiet, 39);
  await acceptOrderLines(shipped, { sellerId: order.sellerId, orderId: order.orderId });
  const trackingNumber = `ER${String(order.orderId).padStart(8, '0')}`;
  await shipOrder(shipped, {
    sellerId: order.sellerId,
    orderId: order.orderId,
    trackingNumber,
    shipper: 'PostNord',
  });
  const shipmentId =
    (await shipmentIdOfOrder(deps.db, order.orderId)) ??
    (await registerShipment(
      { db: deps.db, now: shipped.clock.now() },
      {
        orderId: order.orderId,
        market: 'SE',
        shipper: 'PostNord',
        trackingNumber,
        shippedAt: shipped.clock.now(),
      },
    ));
  await recordParcelEvent(
    { db: deps.db, now: daysAgo(deps, 36).clock.now() },
    { shipmentId, status: 'delivered', occurredAt: daysAgo(deps, 36).clock.now(), source: 'carrier' },
  );
  const [line] = await deps.db
    .select({ id: orderLines.id })
    .from(orderLines)
    .where(eq(orderLines.orderId, order.orderId));
  const helpAt = daysAgo(quiet, 5);
  await openCareFolder(
    { db: deps.db, storage: deps.storage, now: helpAt.clock.now() },
    {
      actor: { userId: actor.userId, sellers: new Map(), operator: false },
      orderLineId: line!.id,
      problem: 'defective',
      message: 'Batteriet laddar ur på några timmar, fast skärmen är nästan alltid avstängd.',
    },
  );
  await eraseAccount(deps, { userId: actor.userId, requestedBy: actor.userId, reason: 'own_request' });
  return 1;
}
