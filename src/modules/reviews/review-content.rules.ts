/**
 * What a review may hold and who may write it (issue 15), pure.
 *
 * Content:
 * - rating: an integer 1–5; sub-ratings (value for money, delivery, packaging and cleanliness,
 *   overall performance, aesthetics) optional, each an integer 1–5;
 * - comment: required, trimmed, 20 to 2 000 characters (enough to say something useful, short
 *   enough to be read; counted in Unicode code points, as the form's counter counts);
 * - photos: at most 5 per review, each at most 5 MB, images only (checked by their bytes, then
 *   re-encoded: review-photos.ts).
 *
 * Eligibility: only the buyer of an order line whose parcel was delivered, one review per line;
 * never a member of the selling seller's team; never a reviewer whose account is blocked.
 */

export const COMMENT_MIN = 20;
export const COMMENT_MAX = 2_000;
export const MAX_PHOTOS = 5;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const SUB_RATINGS = ['value', 'delivery', 'packaging', 'performance', 'aesthetics'] as const;
export type SubRating = (typeof SUB_RATINGS)[number];

export type ReviewContentInput = {
  rating: unknown;
  comment: unknown;
  subRatings?: Partial<Record<SubRating, unknown>>;
};

export type ReviewContent = {
  rating: number;
  comment: string;
  subRatings: Partial<Record<SubRating, number>>;
};

export type FieldProblem = { field: string; code: 'required' | 'range' | 'too_short' | 'too_long' };

const isStar = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5;

/** The comment's length as a reader (and the form's counter) counts it. */
export const commentLength = (comment: string) => [...comment].length;

/** Trims and checks a review's content; every problem names its field. */
export function validateReviewContent(
  input: ReviewContentInput,
): { ok: true; content: ReviewContent } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (input.rating === undefined || input.rating === null || input.rating === '') {
    problems.push({ field: 'rating', code: 'required' });
  } else if (!isStar(input.rating)) problems.push({ field: 'rating', code: 'range' });
  const comment = typeof input.comment === 'string' ? input.comment.trim().replace(/\r\n/g, '\n') : '';
  const length = commentLength(comment);
  if (length === 0) problems.push({ field: 'comment', code: 'required' });
  else if (length < COMMENT_MIN) problems.push({ field: 'comment', code: 'too_short' });
  else if (length > COMMENT_MAX) problems.push({ field: 'comment', code: 'too_long' });
  const subRatings: Partial<Record<SubRating, number>> = {};
  for (const name of SUB_RATINGS) {
    const v = input.subRatings?.[name];
    if (v === undefined || v === null || v === '') continue;
    if (isStar(v)) subRatings[name] = v;
    else problems.push({ field: `subRatings.${name}`, code: 'range' });
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, content: { rating: input.rating as number, comment, subRatings } };
}

/** Whether `adding` more photos of these sizes fit beside the `existing` ones. */
export function checkPhotoBatch(
  existing: number,
  sizes: readonly number[],
): { ok: true } | { ok: false; problem: 'none' | 'too_many' | 'too_large' | 'empty' } {
  if (sizes.length === 0) return { ok: false, problem: 'none' };
  if (existing + sizes.length > MAX_PHOTOS) return { ok: false, problem: 'too_many' };
  if (sizes.some((s) => s === 0)) return { ok: false, problem: 'empty' };
  if (sizes.some((s) => s > PHOTO_MAX_BYTES)) return { ok: false, problem: 'too_large' };
  return { ok: true };
}

/** The facts about one order line that decide whether a person may review it. */
export type LineFacts = {
  buyerUserId: number | null;
  /** The line was handed to the carrier and not cancelled before (shipped or refunded after shipping). */
  shipped: boolean;
  deliveredAt: Date | null;
  sellerId: number;
  alreadyReviewed: boolean;
};

export type ReviewerFacts = {
  userId: number;
  /** Sellers whose team the person belongs to. */
  memberOfSellers: readonly number[];
  blocks: readonly { until: Date | null; liftedAt: Date | null }[];
};

export type Ineligible = 'not_buyer' | 'not_delivered' | 'already_reviewed' | 'own_offer' | 'blocked';

/** A block is in force until it is lifted, or until its end when it has one. */
export function isBlocked(blocks: ReviewerFacts['blocks'], now: Date): boolean {
  return blocks.some((b) => b.liftedAt === null && (b.until === null || b.until.getTime() > now.getTime()));
}

/** Whether this person may write a review of this line now; the first reason they may not otherwise. */
export function reviewEligibility(
  line: LineFacts,
  reviewer: ReviewerFacts,
  now: Date,
): { ok: true } | { ok: false; reason: Ineligible } {
  if (line.buyerUserId === null || line.buyerUserId !== reviewer.userId)
    return { ok: false, reason: 'not_buyer' };
  if (reviewer.memberOfSellers.includes(line.sellerId)) return { ok: false, reason: 'own_offer' };
  if (isBlocked(reviewer.blocks, now)) return { ok: false, reason: 'blocked' };
  if (!line.shipped || !line.deliveredAt || line.deliveredAt.getTime() > now.getTime()) {
    return { ok: false, reason: 'not_delivered' };
  }
  if (line.alreadyReviewed) return { ok: false, reason: 'already_reviewed' };
  return { ok: true };
}
