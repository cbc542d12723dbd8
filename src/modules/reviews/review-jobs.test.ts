/**
 * The review jobs on every engine: requests about 7 days after delivery, once per line, in the
 * buyer's language with a signed link (never for a line already reviewed); retention after 24
 * months unless the product is still sold.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buyerWithShippedLines } from '../../../test/after-sales.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';
import { users } from '../accounts/accounts.schema.ts';
import { offers } from '../offers/offers.schema.ts';
import { expireReviews } from './expire-reviews.ts';
import { readReviewRequest } from './review-request-token.ts';
import { reviewRequests, reviews } from './reviews.schema.ts';
import { sendReviewRequests } from './send-review-requests.ts';
import { submitReview } from './submit-review.ts';

const DAY = 86_400_000;

describe.each(ENGINES)('review jobs on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let buyer: Awaited<ReturnType<typeof buyerWithShippedLines>>;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 8, sellers: 3, offers: 40 });
    buyer = await buyerWithShippedLines(t, { email: 'jobs@example.com', count: 3, deliveredBy: 'carrier' });
    await t.deps.db.update(users).set({ language: 'de' }).where(eq(users.id, buyer.buyerId));
  });
  afterAll(() => t?.close());

  const requests = () =>
    t.deps.db.select().from(mailOutbox).where(eq(mailOutbox.template, 'reviews.request'));

  it('asks for a review 7 days after delivery, once per line not reviewed, in the buyer’s language', async () => {
    const start = t.clock.now();
    const reviewed = await submitReview(t.deps, {
      userId: buyer.buyerId,
      orderLineId: buyer.lines[2]!.lineId,
      rating: 5,
      comment: 'Sehr gutes Handy, schnell geliefert und gut verpackt.',
      licenceAccepted: true,
      authorshipCertified: true,
      language: 'de',
    });
    expect(reviewed.ok).toBe(true);
    t.clock.advance(7 * DAY - 60_000);
    expect(await sendReviewRequests(t.deps)).toEqual({ sent: 0 });
    t.clock.advance(60_000);
    expect(await sendReviewRequests(t.deps)).toEqual({ sent: 2 });
    expect(await sendReviewRequests(t.deps)).toEqual({ sent: 0 });
    const mails = await requests();
    expect(mails.map((m) => m.toAddress)).toEqual(['jobs@example.com', 'jobs@example.com']);
    expect(mails[0]!.subject).toMatch(/^Wie gefällt Ihnen/);
    const token = decodeURIComponent(/\/fr-fr\/reviews\/write\?token=([^\s]+)/.exec(mails[0]!.textBody)![1]!);
    const claim = readReviewRequest(t.deps.secret, token, t.clock.now());
    expect(claim).toMatchObject({ orderLineId: buyer.lines[0]!.lineId, buyerUserId: buyer.buyerId });
    expect(claim!.expiresAt.getTime() - t.clock.now().getTime()).toBe(60 * DAY);
    const rows = await t.deps.db.select().from(reviewRequests);
    expect(rows.map((r) => r.orderLineId).sort()).toEqual(
      [buyer.lines[0]!.lineId, buyer.lines[1]!.lineId].sort(),
    );
    t.clock.set(start);
  });

  it('expires a review after 24 months only once its product is no longer sold', async () => {
    const start = t.clock.now();
    const [review] = await t.deps.db
      .select()
      .from(reviews)
      .where(eq(reviews.orderLineId, buyer.lines[2]!.lineId));
    t.clock.advance(731 * DAY);
    expect(await expireReviews(t.deps)).toEqual({ expired: 0 }); // still sold
    await t.deps.db.update(offers).set({ published: false }).where(eq(offers.productId, review!.productId));
    expect(await expireReviews(t.deps)).toEqual({ expired: 1 });
    expect(await expireReviews(t.deps)).toEqual({ expired: 0 });
    const [after] = await t.deps.db.select().from(reviews).where(eq(reviews.id, review!.id));
    expect(after!.status).toBe('expired');
    t.clock.set(start);
  });

  it('keeps a review within its 24 months even when the product is gone', async () => {
    await t.deps.db.update(reviews).set({ status: 'published' });
    t.clock.advance(700 * DAY);
    expect(await expireReviews(t.deps)).toEqual({ expired: 0 });
  });
});
