import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import {
  type ReviewListQuery,
  type ReviewPage,
  type ReviewScope,
  type ReviewSummary,
  reviewPage,
  reviewSummary,
} from './review-display.read-model.ts';
import { REVIEW_SORTS, type ReviewSort } from './review-ranking.rules.ts';

export type ReviewsView = ReviewSummary & ReviewPage & { query: ReviewListQuery };

/** The summary and one page of published reviews (two queries, run together). */
export async function showReviews(db: Db, scope: ReviewScope, query: ReviewListQuery): Promise<ReviewsView> {
  const [summary, page] = await Promise.all([reviewSummary(db, scope), reviewPage(db, scope, query)]);
  return { ...summary, ...page, query };
}

/**
 * Read the reader's choices from query values (the public API and the pages' GET forms): every
 * star value 1–5 (comma-separated or repeated), a known sort; anything else is a 400 naming it.
 */
export function parseReviewFilters(raw: {
  sort?: string | undefined;
  stars?: string[] | undefined;
  withPhotos?: string | undefined;
}): { sort: ReviewSort; stars: number[]; withPhotos: boolean } {
  const sort = (raw.sort ?? 'relevance') as ReviewSort;
  if (!REVIEW_SORTS.includes(sort))
    throw AppError.invalid([{ field: 'sort', message: `must be one of ${REVIEW_SORTS.join(', ')}` }]);
  const values = (raw.stars ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  if (values.some((v) => !/^[1-5]$/.test(v)))
    throw AppError.invalid([{ field: 'stars', message: 'must be star ratings from 1 to 5' }]);
  const stars = [...new Set(values.map(Number))].sort();
  const w = raw.withPhotos;
  if (w !== undefined && w !== '' && !['true', 'false', '1', '0', 'on'].includes(w))
    throw AppError.invalid([{ field: 'withPhotos', message: 'must be true or false' }]);
  return { sort, stars, withPhotos: w === 'true' || w === '1' || w === 'on' };
}
