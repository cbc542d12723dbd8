import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { reviewedProduct } from '../../../test/reviews-display.ts';
import { products } from '../catalog/catalog.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { refreshSellerRatings } from './refresh-seller-ratings.ts';
import { ZReviewListSchema } from './review-display.api-types.ts';
import { compareReviews, type ReviewSort } from './review-ranking.rules.ts';
import { reviewTranslations } from './reviews.schema.ts';

describe.each(ENGINES)('reviews display on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let product: { id: string; slug: string };
  let sellerSlug: string;
  let ids: number[];
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 20, sellers: 4, offers: 120 });
    const r = await reviewedProduct(t, 'ada@example.com');
    ids = await r.add([
      {
        rating: 5,
        comment: 'Parfait, batterie à 95 %, livré vite et bien emballé. '.repeat(4),
        sub: { ratingValue: 5, ratingDelivery: 4 },
      },
      { rating: 4, comment: 'Bon état, quelques micro-rayures.', photos: ['approved', 'approved'] },
      {
        rating: 4,
        comment: 'Very good phone, as described.',
        language: 'en',
        market: 'GB',
        sub: { ratingValue: 3 },
      },
      {
        rating: 2,
        comment: 'Batterie faible.',
        reply: { text: 'Nous vous contactons.', status: 'published' },
      },
      {
        rating: 1,
        comment: 'Écran rayé.',
        photos: ['pending'],
        reply: { text: 'Hidden.', status: 'removed' },
      },
      { rating: 5, comment: 'Removed one.', status: 'removed' },
      { rating: 1, comment: 'Deleted one.', status: 'deleted' },
      { rating: 3, comment: 'Old but still online.', publishedDaysAgo: 400 },
    ]);
    await t.deps.db.insert(reviewTranslations).values({
      reviewId: ids[1]!,
      language: 'en',
      comment: 'Good condition, a few micro-scratches.',
      translator: 'deepl',
      translatedAt: t.clock.now(),
    });
    const [p] = await t.deps.db
      .select({ id: products.id, slug: products.slug })
      .from(products)
      .where(eq(products.id, r.productId));
    product = p!;
    const [s] = await t.deps.db
      .select({ slug: sellers.slug })
      .from(sellers)
      .where(eq(sellers.id, r.sellerId));
    sellerSlug = s!.slug;
    await refreshSellerRatings(t.deps);
  });
  afterAll(async () => t?.close());

  const list = (q = '') => t.get(`/api/v1/products/${product.slug}/reviews${q}`);

  it('summarises published reviews only: average to one decimal, count, distribution, sub-ratings', async () => {
    const r = await list('?market=fr-fr');
    expect(r.status).toBe(200);
    expect(ZReviewListSchema.safeParse(r.body).success).toBe(true);
    // Published: 5, 4, 4, 2, 1, 3 → 19 / 6 = 3.17
    expect(r.body).toMatchObject({ total: 6, average: 3.2, ratingCount: 6, sort: 'relevance', page: 1 });
    expect(r.body.distribution).toEqual({ 1: 1, 2: 1, 3: 1, 4: 2, 5: 1 });
    expect(r.body.subRatings).toEqual([
      { key: 'value', average: 4, count: 2 },
      { key: 'delivery', average: 4, count: 1 },
    ]);
    const shown = r.body.reviews.map((x: { id: number }) => x.id);
    expect(shown).not.toContain(ids[5]);
    expect(shown).not.toContain(ids[6]);
  });

  it('orders each sort exactly as the documented comparators', async () => {
    for (const sort of ['relevance', 'recent', 'highest', 'lowest'] as ReviewSort[]) {
      const r = await list(`?sort=${sort}`);
      expect(r.status).toBe(200);
      const rows = r.body.reviews.map(
        (x: { id: number; rating: number; publishedAt: string }, i: number) => ({
          id: x.id,
          rating: x.rating,
          publishedAt: Date.parse(x.publishedAt),
          relevance: i,
        }),
      );
      const expected = [...rows];
      if (sort !== 'relevance') expected.sort(compareReviews(sort));
      expect(rows.map((x: { id: number }) => x.id)).toEqual(expected.map((x) => x.id));
    }
    // Relevance: the long five-star one first; the one with published photos before the terse four-star.
    const rel = (await list()).body.reviews.map((x: { id: number }) => x.id);
    expect(rel[0]).toBe(ids[0]);
    expect(rel.indexOf(ids[1])).toBeLessThan(rel.indexOf(ids[2]));
  });

  it('filters by stars (comma-separated or repeated) and by photos, and pages with a stable total', async () => {
    const a = await list('?stars=4,5');
    const b = await list('?stars=4&stars=5');
    expect(a.body.total).toBe(3);
    expect(b.body.reviews.map((x: { id: number }) => x.id)).toEqual(
      a.body.reviews.map((x: { id: number }) => x.id),
    );
    expect(a.body.average).toBe(3.2); // the summary stays the product's
    const photos = await list('?withPhotos=true');
    expect(photos.body.reviews.map((x: { id: number }) => x.id)).toEqual([ids[1]]);
    const p1 = await list('?pageSize=4&sort=recent');
    const p2 = await list('?pageSize=4&sort=recent&page=2');
    const p9 = await list('?pageSize=4&sort=recent&page=9');
    expect(p1.body.reviews).toHaveLength(4);
    expect(p2.body.reviews).toHaveLength(2);
    expect(p9.body).toMatchObject({ total: 6, reviews: [] });
    const all = [...p1.body.reviews, ...p2.body.reviews].map((x: { id: number }) => x.id);
    expect(new Set(all).size).toBe(6);
  });

  it('shows first name and initial, country of purchase, translations with the original, published replies and photos only', async () => {
    const en = await list('?market=en-gb&pageSize=50');
    const byId = new Map(en.body.reviews.map((x: { id: number }) => [x.id, x]));
    const translated = byId.get(ids[1]!) as Record<string, unknown>;
    expect(translated).toMatchObject({
      author: 'Ada L.',
      country: 'FR',
      comment: 'Good condition, a few micro-scratches.',
      translated: true,
      language: 'fr',
      originalComment: 'Bon état, quelques micro-rayures.',
    });
    expect((byId.get(ids[2]!) as Record<string, unknown>).country).toBe('GB');
    expect((byId.get(ids[2]!) as Record<string, unknown>).translated).toBe(false);
    const fr = await list('?market=fr-fr&pageSize=50');
    const frById = new Map(fr.body.reviews.map((x: { id: number }) => [x.id, x]));
    expect((frById.get(ids[1]!) as { translated: boolean; comment: string }).comment).toBe(
      'Bon état, quelques micro-rayures.',
    );
    expect((byId.get(ids[3]!) as { reply: { text: string } }).reply.text).toBe('Nous vous contactons.');
    expect((byId.get(ids[4]!) as { reply: unknown }).reply).toBeNull();
    const withPhotos = byId.get(ids[1]!) as { photos: Array<{ url: string }> };
    expect(withPhotos.photos).toHaveLength(2);
    expect((byId.get(ids[4]!) as { photos: unknown[] }).photos).toEqual([]);
    const img = await t.app.request(withPhotos.photos[0]!.url);
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/jpeg');
  });

  it('refuses photos that are not published: pending, of a removed review, unknown', async () => {
    const approvedUrl = ((await list('?withPhotos=true')).body.reviews[0].photos[0].url as string)
      .split('/')
      .pop()!;
    const pendingId = Number(approvedUrl) + 2; // the third photo inserted: the pending one
    expect((await t.get(`/api/v1/review-photos/${pendingId}`)).status).toBe(404);
    expect((await t.get('/api/v1/review-photos/999999')).status).toBe(404);
    const bad = await t.get('/api/v1/review-photos/abc');
    expect(bad.status).toBe(400);
  });

  it('refuses bad input with 400 naming the field, and unknown things with 404', async () => {
    for (const [q, field] of [
      ['?stars=6', 'stars'],
      ['?stars=0', 'stars'],
      ['?stars=4&stars=9', 'stars'],
      ['?sort=best', 'sort'],
      ['?pageSize=500', 'pageSize'],
      ['?page=0', 'page'],
      ['?withPhotos=maybe', 'withPhotos'],
      ['?market=FRANCE', 'market'],
      ['?colour=red', ''],
    ] as const) {
      const r = await list(q);
      expect(r.status, q).toBe(400);
      expect(r.body.code, q).toBe('INVALID_INPUT');
      // A repeated value is named by its position (stars.1).
      if (field)
        expect(r.body.errors, q).toEqual([
          expect.objectContaining({ field: expect.stringMatching(new RegExp(`^${field}`)) }),
        ]);
    }
    expect((await list('?market=xx-xx')).status).toBe(404);
    expect((await t.get('/api/v1/products/no-such-product/reviews')).status).toBe(404);
    expect((await t.get('/api/v1/sellers/no-such-seller/reviews')).status).toBe(404);
  });

  it('a seller: every published review listed, the summary its seller rating over 12 months', async () => {
    const r = await t.get(`/api/v1/sellers/${sellerSlug}/reviews?market=fr-fr&pageSize=50`);
    expect(r.status).toBe(200);
    expect(ZReviewListSchema.safeParse(r.body).success).toBe(true);
    // Listed: all six published; rated: the five of the last 12 months (5, 4, 4, 2, 1 → 3.2).
    expect(r.body.total).toBe(6);
    expect(r.body).toMatchObject({ average: 3.2, ratingCount: 5 });
    const seller = await t.get(`/api/v1/sellers/${sellerSlug}`);
    expect(seller.body).toMatchObject({ rating: 3.2, ratingCount: 5 });
  });

  it('the product page: summary, distribution table, controls, translation note, JSON-LD matching the API', async () => {
    const page = await t.get(`/en-gb/p/${product.slug}?sort=highest&stars=4&stars=5`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('3.2 / 5 · 6 reviews');
    expect(page.text).toContain('<caption>Reviews by rating</caption>');
    expect(page.text).toMatch(/<option value="highest" selected>/);
    expect(page.text).toMatch(/name="stars" value="4" checked/);
    expect(page.text).toContain('Translated from French');
    expect(page.text).toContain('<summary>Show the original</summary>');
    expect(page.text).toContain('Ada L.');
    const ld = [...page.text.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
      .map((m) => JSON.parse(m[1]!))
      .find((d) => d['@type'] === 'Product');
    const api = await list('?market=en-gb');
    expect(ld.aggregateRating).toMatchObject({
      ratingValue: api.body.average,
      reviewCount: api.body.ratingCount,
    });
    expect(ld.review.length).toBeGreaterThan(0);
    const bad = await t.get(`/en-gb/p/${product.slug}?stars=7`);
    expect(bad.status).toBe(400);
  });

  it('the seller page: the seller rating from reviews and its reviews; a product without reviews shows no rating', async () => {
    const page = await t.get(`/fr-fr/s/${sellerSlug}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Noté 3,2 / 5 sur 5 avis');
    expect(page.text).toContain('Avis publiés au cours des 12 derniers mois');
    const [other] = await t.deps.db.select({ slug: products.slug, id: products.id }).from(products).limit(20);
    const bare = other!.id === product.id ? null : await t.get(`/en-gb/p/${other!.slug}`);
    if (bare && bare.status === 200) {
      expect(bare.text).not.toContain('aggregateRating');
      expect(bare.text).toContain('No reviews yet.');
    }
  });
});
