import type { Deps } from '../../app/deps.ts';
import type { App } from '../../platform/http/app.ts';
import type { Job } from '../../platform/jobs.ts';
import { refreshSellerRatingsJob } from './refresh-seller-ratings.ts';
import { registerReviewDisplayApi } from './review-display.routes.ts';
import { translateReviewsJob } from './translate-reviews.ts';

/** The display side of the reviews module: the public API, the photo route and its jobs. */
export function registerReviewDisplay(app: App, deps: Deps): void {
  registerReviewDisplayApi(app, deps);
}

export function reviewDisplayJobs(deps: Deps): Job[] {
  return [refreshSellerRatingsJob(deps), translateReviewsJob(deps)];
}
