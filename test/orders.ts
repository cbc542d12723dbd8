/**
 * Test helpers (imported by *.test.ts only): real orders placed through the checkout API, and
 * the seller's accept / ship steps, which have no use case yet, applied directly to the rows.
 */
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { offerPrices, offers } from '../src/modules/offers/offers.schema.ts';
import { orderLines, orders } from '../src/modules/orders/orders.schema.ts';
import { sellers } from '../src/modules/sellers/sellers.schema.ts';
import type { createTestApp } from './fixtures.ts';

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
export type Pick = { id: number; sellerId: number; quantity: number; country: string };

export const TEST_CARDS = {
  ok: '4242424242424242',
  declined: '4000000000000002',
  challenge: '4000002760003184',
} as const;

const address = {
  name: 'Ada Lovelace',
  line1: '12 rue de Rivoli',
  postalCode: '75004',
  city: 'Paris',
  country: 'FR',
};

/** Published offers with stock and a French price, from EU sellers, in id order. */
export async function offerPicks(t: TestApp): Promise<Pick[]> {
  return t.deps.db
    .select({ id: offers.id, sellerId: offers.sellerId, quantity: offers.quantity, country: sellers.country })
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
    .orderBy(asc(offers.id));
}

let keySeq = 0;

/** Place a checkout through the API; returns the receipt body (orders with their lines). */
export async function placeOrder(
  t: TestApp,
  a: {
    lines: Array<{ offerId: number; quantity?: number; insurance?: boolean }>;
    email?: string;
    card?: string;
  },
  // biome-ignore lint/suspicious/noExplicitAny: test convenience
): Promise<any> {
  const req = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await t.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.71', ...headers },
      body: JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: test convenience
    return { status: res.status, body: (await res.json()) as any };
  };
  const cart = (await req('/api/v1/carts', { market: 'fr-fr' })).body.id as string;
  for (const l of a.lines) {
    const r = await req(`/api/v1/carts/${cart}/lines`, {
      offerId: l.offerId,
      ...(l.quantity ? { quantity: l.quantity } : {}),
      ...(l.insurance ? { insurance: true } : {}),
    });
    if (r.status >= 300) throw new Error(`add line: ${r.status} ${JSON.stringify(r.body)}`);
  }
  const placed = await req(
    `/api/v1/carts/${cart}/checkout`,
    {
      email: a.email ?? 'buyer@example.com',
      shippingAddress: address,
      paymentMethod: 'card',
      card: {
        number: a.card ?? TEST_CARDS.ok,
        expMonth: 12,
        expYear: 2030,
        cvc: '123',
        holder: 'Ada Lovelace',
      },
    },
    { 'idempotency-key': `refund-test-${++keySeq}-${Date.now()}` },
  );
  if (placed.status >= 300) throw new Error(`checkout: ${placed.status} ${JSON.stringify(placed.body)}`);
  return placed.body;
}

/** The seller accepts every paid line (1 → 2); the order becomes 3 (to ship). */
export async function acceptOrder(t: TestApp, orderId: number): Promise<void> {
  const now = t.clock.now();
  await t.deps.db
    .update(orderLines)
    .set({ state: 2, updatedAt: now })
    .where(and(eq(orderLines.orderId, orderId), eq(orderLines.state, 1)));
  await t.deps.db.update(orders).set({ state: 3 }).where(eq(orders.id, orderId));
}

/** The seller ships every accepted line (2 → 3) at `at`; the order becomes 9 (processed). */
export async function shipOrder(t: TestApp, orderId: number, at: Date = t.clock.now()): Promise<void> {
  await acceptOrder(t, orderId);
  await t.deps.db
    .update(orderLines)
    .set({ state: 3, updatedAt: at })
    .where(and(eq(orderLines.orderId, orderId), eq(orderLines.state, 2)));
  await t.deps.db
    .update(orders)
    .set({ state: 9, shippedAt: at, trackingNumber: `TRK${orderId}`, shipper: 'colissimo' })
    .where(eq(orders.id, orderId));
}

export async function linesOf(t: TestApp, orderId: number) {
  return t.deps.db
    .select()
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId))
    .orderBy(asc(orderLines.id));
}
