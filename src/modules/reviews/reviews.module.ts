/**
 * Verified reviews (issue 15). One module, three surfaces of routes, each registered by its own
 * function so that each capability stays in its files:
 *   - writing (buyers: form, signed request link, edit, delete, photos; /api/v1/me/reviews),
 *   - display (product and seller pages, public API, translation),
 *   - moderation (operator console, notices, appeals, blocks, seller replies).
 *
 * Nothing in this module can attach a payment, a credit or a discount to a review: it imports no
 * payments, refunds, ledger, payouts, pricing or cart code (reviews-no-incentives.test.ts).
 */
import type { Module } from '../../app/module.ts';
import { registerReviewWritingPages } from '../../web/shop/review-writing.routes.ts';
import { expireReviewsJob } from './expire-reviews.ts';
import { registerReviewDisplay, reviewDisplayJobs } from './review-display.wiring.ts';
import { registerReviewModeration } from './review-moderation.routes.ts';
import { registerReviewWritingApi } from './review-writing.routes.ts';
import { sendReviewRequestsJob } from './send-review-requests.ts';

export const reviewsModule: Module = {
  name: 'reviews',
  register(app, deps) {
    // Writing: the buyer API and the buyer's pages.
    registerReviewWritingApi(app, deps);
    registerReviewWritingPages(app, deps);
    // Display and moderation register here, one line each.
    registerReviewDisplay(app, deps);
    registerReviewModeration(app, deps);
  },
  jobs: (deps) => [sendReviewRequestsJob(deps), expireReviewsJob(deps), ...reviewDisplayJobs(deps)],
};
