import { and, eq, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { webhookDeliveries } from '../seller-webhooks/seller-webhooks.schema.ts';
import { subscribe } from '../seller-webhooks/seller-webhooks.ts';
import { buyboxWinners, offerPrices, offers } from './offers.schema.ts';
import { refreshBuybox } from './refresh-buybox.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe.each(ENGINES)('buybox change webhooks on %s', (engine) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 10, sellers: 4, offers: 80 });
  });
  afterAll(() => t.close());

  it('tells the seller who lost the buybox and the one who won it', async () => {
    // A buybox with at least one competing seller.
    const [w] = await t.deps.db
      .select()
      .from(buyboxWinners)
      .where(
        and(
          eq(buyboxWinners.market, 'FR'),
          sql`EXISTS (SELECT 1 FROM offers o JOIN offer_prices p ON p.offer_id = o.id AND p.market = 'FR'
                WHERE o.product_id = ${buyboxWinners.productId} AND o.grade = ${buyboxWinners.grade}
                  AND o.seller_id <> ${buyboxWinners.sellerId})`,
        ),
      )
      .limit(1);
    const [rival] = await t.deps.db
      .select({ id: offers.id, sellerId: offers.sellerId })
      .from(offers)
      .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'FR')))
      .where(
        and(eq(offers.productId, w!.productId), eq(offers.grade, w!.grade), ne(offers.sellerId, w!.sellerId)),
      )
      .limit(1);
    for (const sellerId of [w!.sellerId, rival!.sellerId]) {
      await subscribe(t.deps.db, {
        sellerId,
        url: 'https://hooks.example/x',
        events: ['listing.buybox_changed'],
        now: t.clock.now(),
      });
    }
    await t.deps.db
      .update(offerPrices)
      .set({ priceMinor: 100 })
      .where(and(eq(offerPrices.offerId, rival!.id), eq(offerPrices.market, 'FR')));
    await refreshBuybox({ db: t.deps.db, productIds: [w!.productId], now: t.clock.now() });
    const events = await t.deps.db.select().from(webhookDeliveries);
    const data = events.map((e) => e.payload);
    expect(data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ listing_id: w!.offerId, is_winner: false }),
        expect.objectContaining({ listing_id: rival!.id, is_winner: true }),
      ]),
    );
  });
});
