/**
 * Test helper (imported by *.test.ts only): published reviews of real delivered order lines,
 * inserted directly (the writing use cases are tested on their own): one delivered line of a real
 * order is copied once per review, so that each review has its own line.
 */
import { eq } from 'drizzle-orm';
import { users } from '../src/modules/accounts/accounts.schema.ts';
import { orderLines } from '../src/modules/orders/orders.schema.ts';
import { relevanceScore } from '../src/modules/reviews/review-ranking.rules.ts';
import { reviewPhotos, reviews } from '../src/modules/reviews/reviews.schema.ts';
import { buyerWithShippedLines } from './after-sales.ts';
import type { TestApp } from './orders.ts';

export type ReviewSpec = {
  rating: number;
  comment?: string;
  language?: string;
  market?: string;
  status?: 'published' | 'removed' | 'deleted' | 'expired';
  publishedDaysAgo?: number;
  photos?: Array<'approved' | 'pending' | 'rejected'>;
  sub?: Partial<
    Record<
      'ratingValue' | 'ratingDelivery' | 'ratingPackaging' | 'ratingPerformance' | 'ratingAesthetics',
      number
    >
  >;
  reply?: { text: string; status: 'published' | 'removed' };
};

export async function reviewedProduct(t: TestApp, email: string, authorName = 'Ada Lovelace') {
  const { buyerId, sellerId, lines } = await buyerWithShippedLines(t, {
    email,
    count: 1,
    deliveredBy: 'sandbox',
  });
  await t.deps.db.update(users).set({ name: authorName }).where(eq(users.id, buyerId));
  const [line] = await t.deps.db.select().from(orderLines).where(eq(orderLines.id, lines[0]!.lineId));
  const { id: _id, ...template } = line!;
  const now = t.clock.now().getTime();
  const add = async (specs: ReviewSpec[]): Promise<number[]> => {
    const ids: number[] = [];
    for (const s of specs) {
      const [copy] = await t.deps.db.insert(orderLines).values(template).returning({ id: orderLines.id });
      const comment = s.comment ?? `Works well, rated ${s.rating}.`;
      const approved = (s.photos ?? []).length > 0 && (s.photos ?? []).every((p) => p === 'approved');
      const at = new Date(now - (s.publishedDaysAgo ?? ids.length) * 86_400_000 - ids.length * 1000);
      const [r] = await t.deps.db
        .insert(reviews)
        .values({
          orderLineId: copy!.id,
          authorUserId: buyerId,
          productId: template.productId,
          sellerId,
          market: s.market ?? 'FR',
          rating: s.rating,
          ...s.sub,
          comment,
          language: s.language ?? 'fr',
          status: s.status ?? 'published',
          relevance: relevanceScore({
            rating: s.rating,
            commentLength: comment.length,
            hasPublishedPhotos: approved,
          }),
          hasPublishedPhotos: approved,
          licenceVersion: 'test-1',
          authorshipCertified: true,
          deliveredAt: at,
          submittedAt: at,
          publishedAt: at,
          ...(s.reply ? { replyText: s.reply.text, replyStatus: s.reply.status, replyAt: at } : {}),
        })
        .returning({ id: reviews.id });
      for (const [i, status] of (s.photos ?? []).entries()) {
        const key = `reviews/${r!.id}/${i}.jpg`;
        await t.deps.storage.put(key, new Uint8Array([0xff, 0xd8, 0xff, 0xe0, i]), 'image/jpeg');
        await t.deps.db.insert(reviewPhotos).values({
          reviewId: r!.id,
          storageKey: key,
          contentType: 'image/jpeg',
          bytes: 5,
          width: 800,
          height: 600,
          status,
          moderationDueOn: '2026-12-01',
          uploadedAt: at,
        });
      }
      ids.push(r!.id);
    }
    return ids;
  };
  return { buyerId, sellerId, productId: template.productId, add };
}
