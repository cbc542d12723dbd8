/**
 * The licence a reviewer grants Reloop over their review's content (text and photos), per market
 * and in its language: the texts are in the shop's message catalogs (`review.licence.*`), shown
 * beside the form and on `/:market/legal/review-licence`. Its version names the edition, the
 * market and the language, and is stored with each review.
 */
export const REVIEW_LICENCE_EDITION = '2026-12';

/** `2026-12/FR/fr`: the terms this reviewer accepted, in the language they read them in. */
export function reviewLicenceVersion(market: string, language: string): string {
  return `${REVIEW_LICENCE_EDITION}/${market.toUpperCase()}/${language.slice(0, 2).toLowerCase()}`;
}
