/**
 * One cart submitted three times at once with three different Idempotency-Keys (two tabs, a
 * double click on a re-rendered review page), on PostgreSQL where the requests really run in
 * parallel: exactly one checkout and one payment; the others answer 409 CART_ALREADY_CHECKED_OUT
 * naming the checkout that won.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks } from '../../../test/orders.ts';
import { payments } from '../payments/payments.schema.ts';
import { checkouts } from './checkout.schema.ts';

const address = { name: 'Ada Lovelace', line1: '1 rue X', postalCode: '75004', city: 'Paris', country: 'FR' };
const card = { number: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123', holder: 'Ada' };

describe.skipIf(!ENGINES.includes('postgres'))('one cart, one checkout, on postgres', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp('postgres', { products: 12, sellers: 4, offers: 80 });
  }, 60_000);
  afterAll(() => t?.close());

  let ip = 0;
  const req = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await t.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.120.${ip++}`, ...headers },
      body: JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: test convenience
    return { status: res.status, body: (await res.json()) as any };
  };

  it('three simultaneous checkouts of one cart with three keys: one checkout, one payment', async () => {
    const picks = await offerPicks(t);
    for (let round = 0; round < 5; round++) {
      const cart = (await req('/api/v1/carts', { market: 'fr-fr' })).body.id as string;
      expect((await req(`/api/v1/carts/${cart}/lines`, { offerId: picks[round]!.id })).status).toBeLessThan(
        300,
      );
      const rs = await Promise.all(
        [1, 2, 3].map((n) =>
          req(
            `/api/v1/carts/${cart}/checkout`,
            { email: 'tabs@example.com', shippingAddress: address, paymentMethod: 'card', card },
            { 'idempotency-key': `tab-${round}-${n}-${cart.slice(0, 8)}` },
          ),
        ),
      );
      const won = rs.filter((r) => r.status === 201);
      expect(won).toHaveLength(1);
      for (const r of rs.filter((x) => x.status !== 201)) {
        expect([r.status, r.body.code]).toEqual([409, 'CART_ALREADY_CHECKED_OUT']);
        expect(r.body.errors[0]).toEqual({ field: 'checkoutId', message: won[0]!.body.checkoutId });
      }
      const cos = await t.deps.db
        .select({ id: checkouts.id })
        .from(checkouts)
        .where(eq(checkouts.cartId, cart));
      expect(cos).toHaveLength(1);
      const pays = await t.deps.db.select().from(payments).where(eq(payments.checkoutId, cos[0]!.id));
      expect(pays.map((p) => p.status)).toEqual(['succeeded']);
    }
  }, 120_000);
});
