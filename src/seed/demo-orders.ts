import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Deps } from '../app/deps.ts';
import { users } from '../modules/accounts/accounts.schema.ts';
import { addCartLine } from '../modules/cart/add-cart-line.ts';
import { openCart } from '../modules/cart/open-cart.ts';
import { checkouts } from '../modules/checkout/checkout.schema.ts';
import { placeOrder } from '../modules/checkout/place-order.ts';
import { offerPrices, offers } from '../modules/offers/offers.schema.ts';
import { cancelOrderLines } from '../modules/seller-orders/seller-order-actions.ts';
import { sellers } from '../modules/sellers/sellers.schema.ts';
import type { Actor } from '../platform/http/actor.ts';

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

/** A few real orders through the real checkout (paid by card, one awaiting a transfer), once. */
export async function seedDemoOrders(deps: Deps): Promise<number> {
  const [{ n }] = (await deps.db.select({ n: sql<number>`count(*)::int` }).from(checkouts)) as [
    { n: number },
  ];
  if (n > 0) return 0;
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
  }> = [
    ...demoSeller.slice(0, 2).map((o) => ({ actor: shopper, offerIds: [o.id], method: 'card' as const })),
    { actor: shopper, offerIds: [distinct[0]!.id, distinct[1]!.id], method: 'card' },
    { actor: shopper, offerIds: [distinct[2]!.id], method: 'card' },
    { actor: pro, offerIds: [distinct[3]!.id], method: 'bank_transfer' },
    ...demoSeller.slice(2, 3).map((o) => ({
      actor: shopper,
      offerIds: [o.id],
      method: 'card' as const,
      cancelledBySeller: 'The unit failed our final battery test',
    })),
  ];
  let placed = 0;
  for (const [i, p] of plans.entries()) {
    const { cartId } = await openCart(deps, { market: 'FR', actor: p.actor });
    for (const offerId of p.offerIds) await addCartLine(deps, { cartId, actor: p.actor, input: { offerId } });
    const checkout = await placeOrder(deps, {
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
    placed++;
  }
  return placed;
}
