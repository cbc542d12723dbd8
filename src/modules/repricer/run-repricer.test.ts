import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { createOffer } from '../offers/create-offer.ts';
import { buyboxWinners, offerPrices, offers } from '../offers/offers.schema.ts';
import { refreshBuybox } from '../offers/refresh-buybox.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { repricerLog } from './repricer.schema.ts';
import { runRepricer } from './run-repricer.ts';
import { sellerPrices } from './seller-prices.ts';

describe.each(ENGINES)('the repricer job on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let productId: string;
  let a: number;
  let b: number;
  let offerA: number;
  let offerB: number;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 10, sellers: 4, offers: 40 });
    // A product with no STALLONE offer: the buybox below holds exactly our two offers.
    const [p] = await t.database.rows<{ id: string }>(
      sql`SELECT id FROM products p WHERE NOT EXISTS (SELECT 1 FROM offers o WHERE o.product_id = p.id AND o.grade = 'STALLONE') ORDER BY slug LIMIT 1`,
    );
    productId = p!.id;
    const ss = await t.database.rows<{ id: number }>(
      sql`SELECT id FROM sellers WHERE status = 'active' AND verified ORDER BY id LIMIT 2`,
    );
    a = ss[0]!.id;
    b = ss[1]!.id;
    // Equal quality so that price alone decides.
    await t.deps.db
      .update(sellers)
      .set({
        aestheticDefectBp: 0,
        wrongProductBp: 0,
        defectiveProductBp: 0,
        wrongAccessoriesBp: 0,
        lateDeliveryBp: 0,
        cancellationBp: 0,
      })
      .where(sql`${sellers.id} in (${a}, ${b})`);
    const make = async (sellerId: number, sku: string, price: string, minPrice?: string) =>
      (
        await createOffer({
          db: t.deps.db,
          clock: t.clock,
          sellerId,
          input: {
            productId,
            grade: 'STALLONE',
            sku,
            quantity: 5,
            warrantyMonths: 12,
            vatType: 'MARGINAL',
            markets: [
              {
                market: 'fr-fr',
                price,
                ...(minPrice ? { minPrice } : {}),
                shipping: [{ carrier: 'Colissimo', price: '5.00', delayDays: 2 }],
              },
            ],
          },
        })
      ).offerId;
    offerA = await make(a, 'REPRICE-A', '100.00', '80.00');
    offerB = await make(b, 'REPRICE-B', '95.00');
  });
  afterAll(async () => t?.close());

  const priceOf = async (offerId: number) =>
    (
      await t.deps.db
        .select({ p: offerPrices.priceMinor })
        .from(offerPrices)
        .where(and(eq(offerPrices.offerId, offerId), eq(offerPrices.market, 'FR')))
    )[0]!.p;
  const winner = async () =>
    (
      await t.deps.db
        .select({ offerId: buyboxWinners.offerId, price: buyboxWinners.priceMinor })
        .from(buyboxWinners)
        .where(
          and(
            eq(buyboxWinners.productId, productId),
            eq(buyboxWinners.market, 'FR'),
            eq(buyboxWinners.grade, 'STALLONE'),
          ),
        )
    )[0];
  const logOf = (offerId: number) =>
    t.deps.db.select().from(repricerLog).where(eq(repricerLog.offerId, offerId)).orderBy(asc(repricerLog.id));

  it('follows the price to win down, never below the floor, and back up when competition leaves', async () => {
    expect(await winner()).toEqual({ offerId: offerB, price: 9500 });

    // 1. Matches the competitor (an older offer wins a tie) and takes the buybox.
    const first = await runRepricer({ db: t.deps.db, clock: t.clock });
    expect(first.changed).toBeGreaterThanOrEqual(1);
    expect(await priceOf(offerA)).toBe(9500);
    expect(await winner()).toEqual({ offerId: offerA, price: 9500 });
    expect((await logOf(offerA)).map((r) => [r.fromMinor, r.toMinor, r.market])).toEqual([
      [10_000, 9500, 'FR'],
    ]);
    expect((await logOf(offerA))[0]!.reason).toContain('price to win 95.00 EUR');

    // 2. Idempotent: nothing moves on a second run.
    const again = await runRepricer({ db: t.deps.db, clock: t.clock });
    expect(again.changed).toBe(0);
    expect(await logOf(offerA)).toHaveLength(1);

    // 3. The competitor drops under the floor: the repricer stops at the floor.
    await t.deps.db
      .update(offerPrices)
      .set({ priceMinor: 7000 })
      .where(and(eq(offerPrices.offerId, offerB), eq(offerPrices.market, 'FR')));
    await refreshBuybox({ db: t.deps.db, productIds: [productId] });
    await runRepricer({ db: t.deps.db, clock: t.clock });
    expect(await priceOf(offerA)).toBe(8000);
    expect(await winner()).toEqual({ offerId: offerB, price: 7000 });

    // 4. The competitor leaves: back to the seller's own price, read from the log chain.
    await t.deps.db.update(offers).set({ published: false }).where(eq(offers.id, offerB));
    await refreshBuybox({ db: t.deps.db, productIds: [productId] });
    await runRepricer({ db: t.deps.db, clock: t.clock });
    expect(await priceOf(offerA)).toBe(10_000);
    expect(await winner()).toEqual({ offerId: offerA, price: 10_000 });
    expect((await logOf(offerA)).map((r) => r.toMinor)).toEqual([9500, 8000, 10_000]);
  });

  it("a price the seller sets by hand becomes the seller's price", async () => {
    await t.deps.db
      .update(offerPrices)
      .set({ priceMinor: 12_000 })
      .where(and(eq(offerPrices.offerId, offerA), eq(offerPrices.market, 'FR')));
    const ref = await sellerPrices(t.deps.db, [{ offerId: offerA, market: 'FR', priceMinor: 12_000 }]);
    expect(ref.get(`${offerA}|FR`)).toBe(12_000);
    await runRepricer({ db: t.deps.db, clock: t.clock });
    expect(await priceOf(offerA)).toBe(12_000); // alone in its buybox: stays at the seller's price
  });

  it('two repricing offers settle in one run: the lower floor wins just under the other floor', async () => {
    await t.deps.db.update(offers).set({ published: true }).where(eq(offers.id, offerB));
    await t.deps.db
      .update(offerPrices)
      .set({ priceMinor: 9500, minPriceMinor: 8500 })
      .where(and(eq(offerPrices.offerId, offerB), eq(offerPrices.market, 'FR')));
    await refreshBuybox({ db: t.deps.db, productIds: [productId] });
    await runRepricer({ db: t.deps.db, clock: t.clock });
    // A (floor 80.00) beats B at B's floor by the tie-break (older offer): both end at 85.00.
    expect(await priceOf(offerA)).toBe(8500);
    expect(await priceOf(offerB)).toBe(8500);
    expect(await winner()).toEqual({ offerId: offerA, price: 8500 });
    expect((await runRepricer({ db: t.deps.db, clock: t.clock })).changed).toBe(0);
  });
});
