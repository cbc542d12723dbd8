import { and, asc, count, eq, gt } from 'drizzle-orm';
import type { Deps } from '../app/deps.ts';
import { users } from '../modules/accounts/accounts.schema.ts';
import { insuranceClaims } from '../modules/after-sales/after-sales.schema.ts';
import { fileInsuranceClaim } from '../modules/after-sales/file-insurance-claim.ts';
import { addCartLine } from '../modules/cart/add-cart-line.ts';
import { openCart } from '../modules/cart/open-cart.ts';
import { placeOrder } from '../modules/checkout/place-order.ts';
import { recordParcelEvent } from '../modules/delivery/record-parcel-event.ts';
import { registerShipment, shipmentIdOfOrder } from '../modules/delivery/register-shipment.ts';
import { offerPrices, offers } from '../modules/offers/offers.schema.ts';
import { orderLines } from '../modules/orders/orders.schema.ts';
import { acceptOrderLines, shipOrder } from '../modules/seller-orders/seller-order-actions.ts';
import { localDay } from '../platform/calendar.ts';
import { type Clock, DAY_MS } from '../platform/clock.ts';
import type { Actor } from '../platform/http/actor.ts';

const DEMO_SELLER = 1;
const address = {
  name: 'Chloé Martin',
  line1: '12 rue de Rivoli',
  postalCode: '75004',
  city: 'Paris',
  country: 'FR',
};
const card = { number: '4242424242424242', expMonth: 12, expYear: 2031, cvc: '123', holder: 'Chloe Martin' };

/**
 * The demo's device insurance (issue 14): the demo shopper (shopper@reloop.example) bought an
 * insured device from the demo seller 20 days ago, delivered 16 days ago, dropped it yesterday and
 * claimed on the insurance — the claim is under review, and the refresh-insurance-claims job
 * brings the insurer's answer the next day. Through the real use cases, once: nothing when an
 * insurance claim exists already. Returns how many orders it placed.
 */
export async function seedDemoInsuranceClaim(deps: Deps): Promise<number> {
  const [{ n } = { n: 0 }] = await deps.db.select({ n: count() }).from(insuranceClaims);
  if (n > 0) return 0;
  const [row] = await deps.db.select().from(users).where(eq(users.email, 'shopper@reloop.example'));
  if (!row) return 0;
  const shopper: Actor = {
    userId: row.id,
    sessionId: 'seed',
    email: row.email,
    name: row.name,
    market: row.market,
    buyerType: row.buyerType,
    emailVerified: true,
    sellers: new Map(),
    operatorRoles: new Set(),
    pendingTerms: false,
  };
  const [offer] = await deps.db
    .select({ id: offers.id })
    .from(offers)
    .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'FR')))
    .where(and(eq(offers.sellerId, DEMO_SELLER), gt(offers.quantity, 5), eq(offers.published, true)))
    .orderBy(asc(offers.id))
    .offset(12)
    .limit(1);
  if (!offer) return 0;
  const ago = (days: number): Deps => {
    const clock: Clock = { now: () => new Date(deps.clock.now().getTime() - days * DAY_MS) };
    return { ...deps, clock };
  };
  const placedAt = ago(20);
  const { cartId } = await openCart(placedAt, { market: 'FR', actor: shopper });
  await addCartLine(placedAt, { cartId, actor: shopper, input: { offerId: offer.id, insurance: true } });
  const checkout = await placeOrder(placedAt, {
    cartId,
    actor: shopper,
    idempotencyKey: 'demo-insurance-1',
    input: { shippingAddress: address, paymentMethod: 'card', card },
  });
  const order = checkout.orders.find((o) => o.sellerId === DEMO_SELLER);
  if (!order) return 1;
  const orderId = order.orderId;
  const shippedAt = ago(19);
  const trackingNumber = `6A${orderId}00077FR`;
  await acceptOrderLines(shippedAt, { sellerId: DEMO_SELLER, orderId });
  await shipOrder(shippedAt, { sellerId: DEMO_SELLER, orderId, trackingNumber, shipper: 'Colissimo' });
  const sentAt = shippedAt.clock.now();
  const shipmentId =
    (await shipmentIdOfOrder(deps.db, orderId)) ??
    (await registerShipment(
      { db: deps.db, now: sentAt },
      { orderId, market: 'FR', shipper: 'Colissimo', trackingNumber, shippedAt: sentAt },
    ));
  await recordParcelEvent(
    { db: deps.db, now: deps.clock.now() },
    {
      shipmentId,
      status: 'delivered',
      occurredAt: new Date(deps.clock.now().getTime() - 16 * DAY_MS),
      source: 'carrier',
    },
  );
  const [line] = await deps.db
    .select({ id: orderLines.id })
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId))
    .orderBy(asc(orderLines.id));
  if (!line) return 1;
  const filedAt = new Date(deps.clock.now().getTime() - 0.5 * DAY_MS);
  await fileInsuranceClaim(
    { ...deps, now: filedAt },
    {
      actor: { userId: shopper.userId, sellers: new Map(), operator: false },
      orderLineId: line.id,
      cover: 'breakage',
      incidentOn: localDay(new Date(filedAt.getTime() - DAY_MS), 'Europe/Paris'),
      description:
        'Mon téléphone est tombé sur le carrelage : l’écran est fissuré et ne réagit plus au toucher.',
    },
  );
  return 1;
}
