/**
 * The seller rating: what "Rated 4.6 / 5 from 120 reviews" means wherever it is shown (seller page,
 * product page offers, the catalog API) and what the buybox weighs (buybox.rules.ts).
 *
 * - Only published reviews count: removed, deleted and expired ones never do.
 * - Rolling window: reviews published in the last 12 months (SELLER_RATING_WINDOW_MONTHS), so a
 *   seller's rating follows how it sells now. The window starts at the same instant 12 calendar
 *   months before now (UTC).
 * - The average is shown to one decimal, rounded half up; with no review there is no rating.
 */
export const SELLER_RATING_WINDOW_MONTHS = 12;

/** Start of the rolling window ending at `now`. */
export function sellerRatingSince(now: Date): Date {
  const d = new Date(now.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - SELLER_RATING_WINDOW_MONTHS);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

export type Rating = { average: number; count: number };

/** Average of `count` ratings summing to `sum`, to one decimal (half up); null without ratings. */
export function ratingOf(sum: number, count: number): Rating | null {
  if (count <= 0) return null;
  return { average: Math.round((sum * 10) / count) / 10, count };
}
