/**
 * Two carts holding the same two offers in opposite order, checked out together round after
 * round, on PostgreSQL (PGlite has one connection: nothing runs concurrently there). Stock is
 * reserved in ascending offer-id order (offers/reserve-stock.ts) and invoice numbers are taken in
 * ascending seller order, so the transactions never deadlock (no 40P01 surfacing as a 500), and
 * the conditional decrements never oversell.
 */
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks } from '../../../test/orders.ts';
import { offers } from '../offers/offers.schema.ts';
import { orderLines } from '../orders/orders.schema.ts';

const ROUNDS = 30;
const STOCK = 45; // 30 rounds × 2 carts × 1 unit = 60 wanted: the last rounds find the offers sold out
const address = { name: 'Ada Lovelace', line1: '1 rue X', postalCode: '75004', city: 'Paris', country: 'FR' };
const card = { number: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123', holder: 'Ada' };

describe.skipIf(!ENGINES.includes('postgres'))('concurrent checkouts on postgres', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let pair: [number, number];
  beforeAll(async () => {
    t = await createTestApp('postgres', { products: 12, sellers: 4, offers: 80 });
    const picks = await offerPicks(t);
    const a = picks[0]!;
    const b = picks.find((p) => p.sellerId !== a.sellerId)!;
    pair = [a.id, b.id];
    await t.deps.db.update(offers).set({ quantity: STOCK }).where(inArray(offers.id, pair));
  }, 60_000);
  afterAll(() => t?.close());

  let ip = 0;
  const req = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await t.app.request(path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': `198.51.${100 + (ip % 50)}.${ip++ % 250}`,
        ...headers,
      },
      body: JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: test convenience
    return { status: res.status, body: (await res.json()) as any };
  };
  const cartWith = async (offerIds: number[]) => {
    const id = (await req('/api/v1/carts', { market: 'fr-fr' })).body.id as string;
    for (const offerId of offerIds) {
      const r = await req(`/api/v1/carts/${id}/lines`, { offerId });
      expect(r.status).toBeLessThan(300);
    }
    return id;
  };
  const checkout = (cart: string, n: number) =>
    req(
      `/api/v1/carts/${cart}/checkout`,
      { email: 'race@example.com', shippingAddress: address, paymentMethod: 'card', card },
      { 'idempotency-key': `race-${n}-${cart.slice(0, 8)}` },
    );

  it('never deadlocks and never oversells', async () => {
    const [x, y] = pair;
    // Every cart is filled while there is stock; the checkouts then race for it.
    const carts: Array<[string, string]> = [];
    for (let i = 0; i < ROUNDS; i++) carts.push([await cartWith([x, y]), await cartWith([y, x])]);
    const outcomes: Array<{ status: number; code?: string }> = [];
    for (const [i, [c1, c2]] of carts.entries()) {
      const rs = await Promise.all([checkout(c1, i), checkout(c2, i)]);
      for (const r of rs) outcomes.push({ status: r.status, code: r.body.code });
    }
    // PostgreSQL counts the deadlocks it broke (40P01) per database.
    const res = (await t.deps.db.execute(
      sql`SELECT deadlocks::int AS n FROM pg_stat_database WHERE datname = current_database()`,
    )) as unknown as { rows: Array<{ n: number }> };
    const failures = outcomes.filter((o) => o.status !== 201);
    expect({ deadlocks: res.rows[0]!.n, errors500: failures.filter((f) => f.status === 500).length }).toEqual(
      {
        deadlocks: 0,
        errors500: 0,
      },
    );
    // Sold out (reservation) or cart changed (the quote saw the stock gone): never a 500.
    for (const f of failures) {
      expect(f.status).toBe(409);
      expect(['SOLD_OUT', 'CART_CHANGED']).toContain(f.code);
    }
    const placed = outcomes.filter((o) => o.status === 201).length;
    expect(placed).toBe(Math.min(STOCK, ROUNDS * 2));
    const stock = await t.deps.db.select({ q: offers.quantity }).from(offers).where(inArray(offers.id, pair));
    for (const s of stock) expect(s.q).toBeGreaterThanOrEqual(0);
    for (const id of pair) {
      const [left] = await t.deps.db.select({ q: offers.quantity }).from(offers).where(eq(offers.id, id));
      const [s] = await t.deps.db
        .select({ n: sql<string>`coalesce(sum(${orderLines.quantity}), 0)` })
        .from(orderLines)
        .where(and(eq(orderLines.offerId, id), ne(orderLines.state, 7)));
      expect(Number(s!.n)).toBeLessThanOrEqual(STOCK);
      expect(left!.q + Number(s!.n)).toBe(STOCK);
    }
  }, 120_000);
});
