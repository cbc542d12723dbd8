/**
 * The demo's reviews: written through the real use cases for delivered orders, at least five
 * published ones for each of the 50 most popular products, spread over ratings and the seven
 * languages, some photos pending moderation, one removed with its statement of reasons and an
 * appeal; once only, and fast.
 */
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/db.ts';
import { createTestApp } from '../../test/fixtures.ts';
import type { TestApp } from '../../test/orders.ts';
import { reviewAppeals, reviewPhotos, reviews } from '../modules/reviews/reviews.schema.ts';
import { seedDemoAccounts } from './demo-accounts.ts';
import { seedDemoReviews } from './demo-reviews.ts';

describe.each(ENGINES)('the demo reviews on %s', (engine) => {
  let t: TestApp;
  let ms = 0;
  let written = 0;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 120, sellers: 10, offers: 2000 });
    await seedDemoAccounts({ db: t.deps.db, clock: t.clock });
    const started = performance.now();
    written = await seedDemoReviews(t.deps);
    ms = performance.now() - started;
  }, 180_000);
  afterAll(() => t?.close());

  it('gives the 50 most popular products five published reviews or more, in seven languages', async () => {
    console.info(`seedDemoReviews: ${written} reviews in ${Math.round(ms)} ms on ${engine}`);
    expect(written).toBeGreaterThanOrEqual(251);
    const perProduct = await t.deps.db
      .select({ productId: reviews.productId, n: count() })
      .from(reviews)
      .where(eq(reviews.status, 'published'))
      .groupBy(reviews.productId);
    expect(perProduct).toHaveLength(50);
    expect(Math.min(...perProduct.map((p) => p.n))).toBeGreaterThanOrEqual(5);
    const languages = await t.deps.db.selectDistinct({ l: reviews.language }).from(reviews);
    expect(languages.map((l) => l.l).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'sv']);
    const ratings = await t.deps.db.selectDistinct({ r: reviews.rating }).from(reviews);
    expect(ratings.map((r) => r.r).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('has photos waiting for moderation, and one removal with its statement and an appeal', async () => {
    const [pending] = await t.deps.db
      .select({ n: count() })
      .from(reviewPhotos)
      .where(eq(reviewPhotos.status, 'pending'));
    expect(pending!.n).toBeGreaterThan(15);
    const removed = await t.deps.db.select().from(reviews).where(eq(reviews.status, 'removed'));
    expect(removed).toHaveLength(1);
    expect(removed[0]!.removalStatementId).not.toBeNull();
    const appeals = await t.deps.db
      .select()
      .from(reviewAppeals)
      .where(and(eq(reviewAppeals.reviewId, removed[0]!.id), eq(reviewAppeals.status, 'open')));
    expect(appeals).toHaveLength(1);
  });

  it('runs once', async () => {
    expect(await seedDemoReviews(t.deps)).toBe(0);
    const [{ n }] = (await t.deps.db.select({ n: sql<number>`count(*)::int` }).from(reviews)) as [
      { n: number },
    ];
    expect(n).toBe(written);
  });
});
