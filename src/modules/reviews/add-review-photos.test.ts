/**
 * Photos added to a review at the same moment (two tabs, a retried upload) never take it past its
 * limit: the second batch is counted after the first one, on every engine.
 */
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buyerWithShippedLines } from '../../../test/after-sales.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { addReviewPhotos } from './add-review-photos.ts';
import { MAX_PHOTOS } from './review-content.rules.ts';
import { reviewPhotos } from './reviews.schema.ts';
import { submitReview } from './submit-review.ts';

describe.each(ENGINES)('review photos added at once on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let buyer: Awaited<ReturnType<typeof buyerWithShippedLines>>;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 6, sellers: 2, offers: 20 });
    buyer = await buyerWithShippedLines(t, {
      email: 'photos-race@example.com',
      count: 1,
      deliveredBy: 'carrier',
    });
  });
  afterAll(() => t?.close());

  it(`two batches of 3 at the same moment: one is stored, the other refused; never more than ${MAX_PHOTOS}`, async () => {
    const r = await submitReview(t.deps, {
      userId: buyer.buyerId,
      orderLineId: buyer.lines[0]!.lineId,
      rating: 4,
      comment: 'Bon téléphone, quelques rayures sur le côté.',
      licenceAccepted: true,
      authorshipCertified: true,
      language: 'fr',
    });
    if (!r.ok) throw new Error(`not reviewed: ${r.reason}`);
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3b5b8c' } })
      .png()
      .toBuffer();
    const batch = [png, png, png].map((b) => new Uint8Array(b));
    const results = await Promise.all([
      addReviewPhotos(t.deps, { userId: buyer.buyerId, reviewId: r.reviewId, photos: batch }),
      addReviewPhotos(t.deps, { userId: buyer.buyerId, reviewId: r.reviewId, photos: batch }),
    ]);
    expect(results.filter((x) => x.ok)).toHaveLength(1);
    expect(results.find((x) => !x.ok)).toMatchObject({ ok: false, reason: 'invalid' });
    const stored = await t.deps.db.select().from(reviewPhotos).where(eq(reviewPhotos.reviewId, r.reviewId));
    expect(stored).toHaveLength(3);
  });
});
