/**
 * How reviews are ordered by default ("relevance", documented on "How offers are ranked" and
 * beside the reviews): an integer score, higher first, from
 *
 *   stars     (rating − 1) × 1 000              0 – 4 000
 *   comment   2 per character up to 500 chars   0 – 1 000   (longer helps, up to a bound)
 *   photos    800 when its photos are published
 *
 * so a review with more stars ranks above one with fewer, all else equal, and a detailed review
 * with photos can rank above a terse one with a star more. Ties go to the more recent review,
 * then the higher id.
 */
export const COMMENT_BOUND = 500;
export const PHOTO_BONUS = 800;

export type RelevanceInput = { rating: number; commentLength: number; hasPublishedPhotos: boolean };

export function relevanceScore(r: RelevanceInput): number {
  const stars = (Math.min(Math.max(Math.round(r.rating), 1), 5) - 1) * 1_000;
  const comment = Math.min(Math.max(Math.trunc(r.commentLength), 0), COMMENT_BOUND) * 2;
  return stars + comment + (r.hasPublishedPhotos ? PHOTO_BONUS : 0);
}

/** The orders a reader can choose; `relevance` is the default. */
export const REVIEW_SORTS = ['relevance', 'recent', 'highest', 'lowest'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

export type SortableReview = { id: number; rating: number; relevance: number; publishedAt: number };

/**
 * Total orders over published reviews (negative: `a` first). Every sort ends with the more recent
 * review, then the higher id, so that pages never overlap. The SQL of the display read model
 * (review-display.read-model.ts, REVIEW_ORDER_SQL) orders exactly the same way.
 */
export function compareReviews(sort: ReviewSort): (a: SortableReview, b: SortableReview) => number {
  const newer = (a: SortableReview, b: SortableReview) => b.publishedAt - a.publishedAt || b.id - a.id;
  switch (sort) {
    case 'relevance':
      return (a, b) => b.relevance - a.relevance || newer(a, b);
    case 'recent':
      return newer;
    case 'highest':
      return (a, b) => b.rating - a.rating || newer(a, b);
    case 'lowest':
      return (a, b) => a.rating - b.rating || newer(a, b);
  }
}
