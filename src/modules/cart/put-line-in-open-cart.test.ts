import { and, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offers } from '../offers/offers.schema.ts';
import { cartLines } from './cart.schema.ts';
import { putLineInOpenCart } from './cart.store.ts';
import { checkOutCart } from './check-out-cart.ts';
import { openCart } from './open-cart.ts';

describe.each(ENGINES)('a line written into a cart on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let offerId: number;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 6, sellers: 2, offers: 20 });
    const [o] = await t.deps.db
      .select({ id: offers.id })
      .from(offers)
      .where(and(gt(offers.quantity, 2), eq(offers.published, true)))
      .limit(1);
    offerId = o!.id;
  });
  afterAll(() => t.close());

  const put = (cartId: string, quantity: number) =>
    putLineInOpenCart(t.deps.db, {
      cartId,
      offerId,
      quantity,
      seenUnitPriceMinor: 10_000,
      insurance: false,
      now: t.clock.now(),
    });
  const linesOf = (cartId: string) => t.deps.db.select().from(cartLines).where(eq(cartLines.cartId, cartId));

  it('is added, then replaced, while the cart is open', async () => {
    const { cartId } = await openCart(t.deps, { market: 'FR', actor: null });
    const first = await put(cartId, 1);
    expect(first).toBeTypeOf('number');
    expect(await put(cartId, 3)).toBe(first);
    expect((await linesOf(cartId)).map((l) => l.quantity)).toEqual([3]);
  });

  // Adding reads the cart, then writes: a checkout closing the cart in between must not get a
  // line it never quoted (the write used to check nothing).
  it('is not written into a cart checked out after it was read', async () => {
    const { cartId } = await openCart(t.deps, { market: 'FR', actor: null });
    expect(await checkOutCart(t.deps, { cartId })).toBe(true);
    expect(await put(cartId, 1)).toBeNull();
    expect(await linesOf(cartId)).toEqual([]);
  });
});
