/**
 * "Recently viewed products" (consent purpose `personalisation`): the `rl_recent` cookie holds
 * the slugs of the last products seen, newest first. Pure.
 */

export const RECENT_COOKIE = 'rl_recent';
export const RECENT_MAX = 6;
/** Kept 30 days after the last product seen. */
export const RECENT_COOKIE_MAX_AGE_S = 30 * 86_400;

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

/** The slugs of a cookie: well-formed ones only, without repeats, at most RECENT_MAX. */
export function parseRecent(value: string | undefined): string[] {
  if (!value) return [];
  const out: string[] = [];
  for (const s of value.slice(0, 2000).split('.')) {
    if (SLUG.test(s) && !out.includes(s)) out.push(s);
    if (out.length === RECENT_MAX) break;
  }
  return out;
}

/** The list after viewing `slug`: it moves first, the oldest falls off past RECENT_MAX. */
export function viewed(list: readonly string[], slug: string): string[] {
  if (!SLUG.test(slug)) return [...list].slice(0, RECENT_MAX);
  return [slug, ...list.filter((s) => s !== slug)].slice(0, RECENT_MAX);
}

export const recentCookieValue = (list: readonly string[]) => list.join('.');
