import type { Context } from 'hono';
import type { ReviewScope } from '../../modules/reviews/review-display.read-model.ts';
import { parseReviewFilters, type ReviewsView } from '../../modules/reviews/review-display.ts';
import type { ReviewReads } from '../../modules/reviews/review-reads.ts';
import { AppError } from '../../platform/errors.ts';
import type { PageContext } from '../ui/context.ts';
import { readerLanguage } from './reviews-display.pages.ts';

export const REVIEWS_PAGE_SIZE = 10;

/** The reviews a product or seller page shows, from its GET form's values (400 naming a bad one). */
export async function reviewsForPage(
  reads: ReviewReads,
  c: Context,
  ctx: PageContext,
  scope: ReviewScope,
): Promise<ReviewsView> {
  const filters = parseReviewFilters({
    sort: c.req.query('sort'),
    stars: c.req.queries('stars'),
    withPhotos: c.req.query('withPhotos'),
  });
  const rawPage = c.req.query('page') ?? '1';
  const page = /^\d{1,5}$/.test(rawPage) ? Number(rawPage) : 0;
  if (page < 1) throw AppError.invalid([{ field: 'page', message: 'must be a page number from 1' }]);
  return reads.show(scope, {
    ...filters,
    page,
    pageSize: REVIEWS_PAGE_SIZE,
    language: readerLanguage(ctx),
  });
}
