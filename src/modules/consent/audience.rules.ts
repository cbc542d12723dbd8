/**
 * Audience measurement without consent (ePrivacy Art. 5(3) needs none: nothing is stored in or
 * read from the browser). A page view is counted under a visitor key derived from a salt that
 * changes every UTC day and is deleted after it: the same browser has one key per day, and no key
 * can be linked to a person or to another day. Pure.
 */
import { createHash } from 'node:crypto';

/** Raw audience events and recipient activity are kept 13 months. */
export const AUDIENCE_RETENTION_MONTHS = 13;

export type PageKind =
  | 'home'
  | 'category'
  | 'search'
  | 'product'
  | 'seller'
  | 'cart'
  | 'checkout'
  | 'account'
  | 'legal'
  | 'other';

const STOREFRONT = /^(?:\/pro)?\/([a-z]{2}-[a-z]{2})(\/[^?#]*)?$/;
const KINDS: Array<[RegExp, PageKind]> = [
  [/^\/?$/, 'home'],
  [/^\/c\//, 'category'],
  [/^\/search$/, 'search'],
  [/^\/p\//, 'product'],
  [/^\/s\//, 'seller'],
  [/^\/cart(\/|$)/, 'cart'],
  [/^\/checkout(\/|$)/, 'checkout'],
  [/^\/(account|sign-in|sign-up|orders)(\/|$)/, 'account'],
  [/^\/legal\//, 'legal'],
];

/** The storefront locale and kind of page of a path; null when it is no storefront page. */
export function pageOf(path: string): { locale: string; kind: PageKind } | null {
  const m = STOREFRONT.exec(path);
  if (!m) return null;
  const rest = m[2] ?? '';
  return { locale: m[1]!, kind: KINDS.find(([re]) => re.test(rest))?.[1] ?? 'other' };
}

const BOT =
  /bot|crawl|spider|slurp|preview|monitor|headless|lighthouse|curl|wget|python-requests|httpclient/i;

/** Robots, link previews and scripts are not an audience; an empty user agent neither. */
export function isLikelyBot(userAgent: string): boolean {
  return userAgent.trim() === '' || BOT.test(userAgent);
}

/** sha256(daily salt + site + IP + user agent), 32 hex digits: one key per browser and day. */
export function visitorKey(a: { salt: string; site: string; ip: string; userAgent: string }): string {
  return createHash('sha256')
    .update(`${a.salt}\n${a.site}\n${a.ip}\n${a.userAgent}`)
    .digest('hex')
    .slice(0, 32);
}

/** The UTC day of an instant, YYYY-MM-DD. */
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10);

/** The first day of the UTC month of a day or instant, YYYY-MM-01. */
export const monthOf = (at: Date | string): string =>
  `${(typeof at === 'string' ? at : utcDay(at)).slice(0, 7)}-01`;

/**
 * The first day still kept: raw events of days before it are deleted. 13 calendar months before
 * today (the 31st falls back to the month's last day).
 */
export function audienceRetentionCutoff(now: Date): string {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() - AUDIENCE_RETENTION_MONTHS;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return utcDay(new Date(Date.UTC(y, m, Math.min(now.getUTCDate(), last))));
}
