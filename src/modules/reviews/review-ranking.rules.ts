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
