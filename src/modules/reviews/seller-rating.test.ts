import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { reviewedProduct } from '../../../test/reviews-display.ts';
import { loadProductMarketOfferRows } from '../offers/offer-candidates.read-model.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { refreshSellerRatings } from './refresh-seller-ratings.ts';
import { reviews, sellerRatings } from './reviews.schema.ts';

/**
 * Defect (issue 15): seller pages said "Rated 4.7 / 5 from 2,900 reviews" from seeded columns with
 * no review behind them. A seller's rating is computed from published reviews only.
 */
describe.each(ENGINES)('seller rating on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let slug: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 20, sellers: 4, offers: 80 });
    const [s] = await t.deps.db
      .select({ slug: sellers.slug })
      .from(sellers)
      .where(eq(sellers.status, 'active'))
      .limit(1);
    slug = s!.slug;
  });
  afterAll(async () => t?.close());

  it('shows no rating for a seller with no review: not in the API, not on the seller page', async () => {
    const api = await t.get(`/api/v1/sellers/${slug}`);
    expect(api.status).toBe(200);
    expect(api.body.rating).toBeNull();
    expect(api.body.ratingCount).toBe(0);
    const page = await t.get(`/en-gb/s/${slug}`);
    expect(page.status).toBe(200);
    expect(page.text).not.toMatch(/Rated \d/);
    expect(page.text).not.toContain('aggregateRating');
  });

  it('comes from published reviews of the last 12 months, feeds the buybox, and goes when they go', async () => {
    const r = await reviewedProduct(t, 'rater@example.com');
    const ids = await r.add([
      ...Array.from({ length: 10 }, () => ({ rating: 5 })),
      { rating: 3 },
      { rating: 1, status: 'removed' as const },
      { rating: 1, publishedDaysAgo: 370 },
    ]);
    const [s] = await t.deps.db
      .select({ slug: sellers.slug })
      .from(sellers)
      .where(eq(sellers.id, r.sellerId));
    // Not computed yet: nothing shown.
    expect((await t.get(`/api/v1/sellers/${s!.slug}`)).body.rating).toBeNull();
    const first = await refreshSellerRatings(t.deps);
    expect(first.changed).toEqual([r.sellerId]);
    // 10 × 5 + 3 = 53 / 11 = 4.8; the removed and the 370-day-old reviews do not count.
    const api = await t.get(`/api/v1/sellers/${s!.slug}`);
    expect(api.body).toMatchObject({ rating: 4.8, ratingCount: 11 });
    const page = await t.get(`/en-gb/s/${s!.slug}`);
    expect(page.text).toContain('Rated 4.8 / 5 from 11 reviews');
    const rows = await loadProductMarketOfferRows(t.deps.db, r.productId, 'FR');
    const own = rows.filter((o) => o.sellerId === r.sellerId);
    expect(own.length).toBeGreaterThan(0);
    for (const o of own) expect(o.sellerRating).toEqual({ average: 4.8, count: 11 });
    // Unchanged: nothing rewritten, no buybox refreshed.
    expect((await refreshSellerRatings(t.deps)).changed).toEqual([]);
    // Every review withdrawn: the rating disappears.
    await t.deps.db.update(reviews).set({ status: 'deleted' }).where(eq(reviews.sellerId, r.sellerId));
    expect((await refreshSellerRatings(t.deps, { sellerIds: [r.sellerId] })).changed).toEqual([r.sellerId]);
    expect(await t.deps.db.select().from(sellerRatings)).toEqual([]);
    expect((await t.get(`/api/v1/sellers/${s!.slug}`)).body).toMatchObject({ rating: null, ratingCount: 0 });
    expect(ids).toHaveLength(13);
  });
});
