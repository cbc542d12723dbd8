/**
 * The seller portal's reviews (issue 15): the route's seller's published reviews and its one
 * public reply per review. Members of the seller only; another seller's review is a 404.
 */
import type { Deps } from '../../app/deps.ts';
import { replyToReview } from '../../modules/reviews/reply-to-review.ts';
import { SELLER_REVIEWS_PAGE, sellerReviews } from '../../modules/reviews/review-moderation.read-model.ts';
import { AppError } from '../../platform/errors.ts';
import type { App } from '../../platform/http/app.ts';
import { formFields } from '../ui/request-context.ts';
import { type C, pageAction, pageOf, portalView, S, SELLER_PORTAL_RULE, see } from './portal.ts';
import { type ReplyForm, sellerReviewsPage } from './reviews.pages.ts';
import { sellerIdOf } from './seller-view.ts';

export function registerSellerReviewRoutes(app: App, deps: Deps): void {
  const MEMBER = SELLER_PORTAL_RULE;
  const view = portalView(deps);
  const render = async (c: C, page: number, form?: ReplyForm, done?: boolean) => {
    const list = await sellerReviews(deps.db, sellerIdOf(c), page);
    const pages = Math.max(1, Math.ceil(list.total / SELLER_REVIEWS_PAGE));
    return sellerReviewsPage(await view(c, 'reviews'), { ...list, page, pages }, form, done);
  };

  app.get(`${S}/reviews`, MEMBER, async (c) =>
    c.html(await render(c, pageOf(c), undefined, c.req.query('done') === 'replied')),
  );

  app.post(`${S}/reviews/:reviewId{[0-9]+}/reply`, MEMBER, async (c) => {
    const reviewId = Number(c.req.param('reviewId'));
    if (!Number.isSafeInteger(reviewId)) throw AppError.notFound('Review');
    const values = await formFields(c);
    return pageAction(
      c,
      values,
      (form) => render(c, 1, { ...form, reviewId }),
      async () => {
        await replyToReview(deps, { reviewId, sellerId: sellerIdOf(c), text: values.reply ?? '' });
        return see(c, `/reviews?done=replied#review-${reviewId}`);
      },
    );
  });
}
