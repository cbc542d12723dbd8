import { and, asc, count, eq, gt, inArray } from 'drizzle-orm';
import type { Deps } from '../app/deps.ts';
import { users } from '../modules/accounts/accounts.schema.ts';
import { careFolders } from '../modules/after-sales/after-sales.schema.ts';
import type { CareActor } from '../modules/after-sales/care-actor.ts';
import { closeCareFolder } from '../modules/after-sales/close-care-folder.ts';
import { escalateCareFolder } from '../modules/after-sales/escalate-care-folder.ts';
import { issueReturnLabel } from '../modules/after-sales/handle-return.ts';
import { openCareFolder } from '../modules/after-sales/open-care-folder.ts';
import { postCareMessage } from '../modules/after-sales/post-care-message.ts';
import { requestReturn } from '../modules/after-sales/request-return.ts';
import { openWarrantyClaim } from '../modules/after-sales/warranty-claims.ts';
import { addCartLine } from '../modules/cart/add-cart-line.ts';
import { openCart } from '../modules/cart/open-cart.ts';
import { placeOrder } from '../modules/checkout/place-order.ts';
import { submitContactForm } from '../modules/customer-service/submit-contact-form.ts';
import { recordParcelEvent } from '../modules/delivery/record-parcel-event.ts';
import { registerShipment, shipmentIdOfOrder } from '../modules/delivery/register-shipment.ts';
import { offerPrices, offers } from '../modules/offers/offers.schema.ts';
import { orderLines } from '../modules/orders/orders.schema.ts';
import { acceptOrderLines, shipOrder } from '../modules/seller-orders/seller-order-actions.ts';
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

/** `deps` as they were `days` ago. */
const daysAgo = (deps: Deps, days: number): Deps => {
  const clock: Clock = { now: () => new Date(deps.clock.now().getTime() - days * DAY_MS) };
  return { ...deps, clock };
};

/** What happens after the sale on each demo order of the demo shopper with the demo seller. */
type Story =
  | 'open_folder'
  | 'closed_folder'
  | 'customer_service'
  | 'return'
  | 'warranty'
  | 'delivered'
  | 'in_transit';
const STORIES: readonly Story[] = [
  'open_folder',
  'closed_folder',
  'customer_service',
  'return',
  'warranty',
  'delivered',
  'in_transit',
  'in_transit',
];

/**
 * After the sale, on the first `npm start` (issue 14): orders of the demo shopper
 * (shopper@reloop.example) with the demo seller #1 (seller@reloop.example, whose demo API key
 * lists its folders on /ws/sav), delivered by a carrier or still on their way with the sandbox
 * carrier; an open "Get help" folder waiting for the seller, a closed one, one with customer
 * service, a return with its label issued, a warranty claim, and a question to customer service
 * from the contact form. Through the real use cases, once:
 * nothing when care folders exist already. Returns how many orders it placed.
 */
export async function seedDemoAfterSales(deps: Deps): Promise<number> {
  const [{ n } = { n: 0 }] = await deps.db.select({ n: count() }).from(careFolders);
  if (n > 0) return 0;
  const [shopperRow] = await deps.db.select().from(users).where(eq(users.email, 'shopper@reloop.example'));
  const [operatorRow] = await deps.db
    .select({ id: users.id })
    .from(users)
    .where(inArray(users.email, ['support@reloop.example', 'admin@reloop.example']))
    .orderBy(asc(users.id));
  if (!shopperRow) return 0;
  const shopper: Actor = {
    userId: shopperRow.id,
    sessionId: 'seed',
    email: shopperRow.email,
    name: shopperRow.name,
    market: shopperRow.market,
    buyerType: shopperRow.buyerType,
    emailVerified: true,
    sellers: new Map(),
    operatorRoles: new Set(),
    pendingTerms: false,
  };
  // Offers of the demo seller with stock to spare, not the ones the order seed used (lowest ids).
  const stocked = await deps.db
    .select({ id: offers.id })
    .from(offers)
    .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'FR')))
    .where(and(eq(offers.sellerId, DEMO_SELLER), gt(offers.quantity, 5), eq(offers.published, true)))
    .orderBy(asc(offers.id))
    .limit(40);
  const picks = stocked.slice(4).concat(stocked.slice(0, 4)).slice(0, STORIES.length);
  if (!picks.length) return 0;

  const buyer: CareActor = { userId: shopper.userId, sellers: new Map(), operator: false };
  const seller: CareActor = { userId: null, sellers: new Map([[DEMO_SELLER, 'api']]), operator: false };
  const service: CareActor = { userId: operatorRow?.id ?? null, sellers: new Map(), operator: true };
  const at = (days: number) => ({ ...deps, now: new Date(deps.clock.now().getTime() - days * DAY_MS) });
  let placed = 0;

  for (const [i, story] of STORIES.entries()) {
    const offerId = picks[i % picks.length]!.id;
    const transit = story === 'in_transit';
    // Delivered orders were placed 12 days ago, shipped the next day, delivered two days later;
    // parcels on their way left yesterday with the sandbox carrier.
    const placedAt = transit ? daysAgo(deps, 2) : daysAgo(deps, 12);
    const shippedAt = transit ? daysAgo(deps, 1) : daysAgo(deps, 11);
    const { cartId } = await openCart(placedAt, { market: 'FR', actor: shopper });
    await addCartLine(placedAt, { cartId, actor: shopper, input: { offerId } });
    const checkout = await placeOrder(placedAt, {
      cartId,
      actor: shopper,
      idempotencyKey: `demo-after-sales-${i + 1}`,
      input: { shippingAddress: address, paymentMethod: 'card', card },
    });
    placed++;
    const order = checkout.orders.find((o) => o.sellerId === DEMO_SELLER);
    if (!order) continue;
    const orderId = order.orderId;
    await acceptOrderLines(shippedAt, { sellerId: DEMO_SELLER, orderId });
    const trackingNumber = transit ? `SBX${String(orderId).padStart(8, '0')}` : `6A${orderId}00042FR`;
    const shipper = transit ? 'sandbox' : 'Colissimo';
    await shipOrder(shippedAt, { sellerId: DEMO_SELLER, orderId, trackingNumber, shipper });
    const sentAt = shippedAt.clock.now();
    const shipmentId =
      (await shipmentIdOfOrder(deps.db, orderId)) ??
      (await registerShipment(
        { db: deps.db, now: sentAt },
        { orderId, market: 'FR', shipper, trackingNumber, shippedAt: sentAt },
      ));
    if (transit) {
      await recordParcelEvent(
        { db: deps.db, now: deps.clock.now() },
        {
          shipmentId,
          status: 'in_transit',
          occurredAt: new Date(sentAt.getTime() + 2 * 3_600_000),
          source: 'sandbox',
        },
      );
      continue;
    }
    for (const [status, day] of [
      ['in_transit', 10.5],
      ['out_for_delivery', 9.2],
      ['delivered', 9],
    ] as const)
      await recordParcelEvent(
        { db: deps.db, now: deps.clock.now() },
        {
          shipmentId,
          status,
          occurredAt: new Date(deps.clock.now().getTime() - day * DAY_MS),
          source: 'carrier',
        },
      );
    const [line] = await deps.db
      .select({ id: orderLines.id })
      .from(orderLines)
      .where(eq(orderLines.orderId, orderId))
      .orderBy(asc(orderLines.id));
    if (!line) continue;
    await afterTheSale(story, line.id, { at, buyer, seller, service });
  }
  // A question about the platform itself, from the contact form, waiting in the console's queue.
  await submitContactForm(
    { ...at(1), mailer: deps.mailer },
    {
      market: 'FR',
      locale: 'fr-FR',
      userId: shopper.userId,
      values: {
        topic: 'question',
        email: shopper.email,
        message:
          'Bonjour, je ne trouve pas comment changer l’adresse e-mail de mon compte. Pouvez-vous m’aider ?',
      },
    },
  );
  return placed;
}

async function afterTheSale(
  story: Story,
  orderLineId: number,
  a: {
    at: (days: number) => Deps & { now: Date };
    buyer: CareActor;
    seller: CareActor;
    service: CareActor;
  },
): Promise<void> {
  const { at, buyer, seller, service } = a;
  switch (story) {
    case 'open_folder': {
      await openCareFolder(at(1), {
        actor: buyer,
        orderLineId,
        problem: 'missing_part',
        message: 'The box had no charging cable, although the listing says one is included.',
      });
      return;
    }
    case 'closed_folder': {
      const { folderId } = await openCareFolder(at(8), {
        actor: buyer,
        orderLineId,
        problem: 'wrong_item',
        message: 'I ordered the blue one and received a black one.',
      });
      await postCareMessage(at(7), {
        actor: seller,
        folderId,
        body: 'Sorry about that! We are sending the blue one today; keep the black one until the courier picks it up.',
      });
      await postCareMessage(at(4), { actor: buyer, folderId, body: 'Received the blue one, thank you.' });
      await closeCareFolder(at(4), { actor: seller, folderId, reason: 'wrong_product' });
      return;
    }
    case 'customer_service': {
      const { folderId } = await openCareFolder(at(6), {
        actor: buyer,
        orderLineId,
        problem: 'defective',
        message: 'The screen flickers after a few minutes of use.',
      });
      await postCareMessage(at(5), {
        actor: seller,
        folderId,
        body: 'Could you send us a short video of the problem?',
      });
      await postCareMessage(at(4), {
        actor: buyer,
        folderId,
        body: 'I sent two messages already, it still flickers. I would like Reloop to help.',
      });
      await escalateCareFolder(at(4), { actor: buyer, folderId });
      await postCareMessage(at(3), {
        actor: service,
        folderId,
        body: 'Called the seller: they will offer a replacement. Check again on Monday.',
        internal: true,
      });
      return;
    }
    case 'return': {
      const r = await requestReturn(at(3), {
        actor: { ...buyer, name: 'Chloé Martin' },
        orderLineId,
      });
      await issueReturnLabel(at(2), { actor: seller, returnId: r.id });
      return;
    }
    case 'warranty': {
      await openWarrantyClaim(at(1), {
        actor: buyer,
        orderLineId,
        description: 'The battery lasts less than two hours since last week.',
      });
      return;
    }
    default:
      return;
  }
}
