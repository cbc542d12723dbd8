import { DEFAULT_MARKET, MARKETS, type Market, STOREFRONTS } from '../../../platform/markets.ts';
import type { Alternate } from './sitemap.ts';

/**
 * The same storefront page in each market where it exists, once per language of the market
 * (Belgium: fr-be and nl-be) (`rest` is the path after the market,
 * `/p/slug`, or '' for the home page), as hreflang alternates with an x-default: the home page's
 * is `/` (which picks a market by Accept-Language), any other page's the default market's copy
 * when it exists there, else the first one.
 */
export function hreflangAlternates(
  siteUrl: (path: string) => string,
  rest: string,
  markets: readonly Market[],
): Alternate[] {
  const ordered = STOREFRONTS.filter((m) => markets.some((x) => x.code === m.code));
  if (ordered.length === 0) return [];
  const links = ordered.map((m) => ({ hreflang: m.bcp47, href: siteUrl(`/${m.locale}${rest}`) }));
  const fallback = ordered.find((m) => m.locale === DEFAULT_MARKET.locale) ?? ordered[0]!;
  links.push({
    hreflang: 'x-default',
    href: rest === '' ? siteUrl('/') : siteUrl(`/${fallback.locale}${rest}`),
  });
  return links;
}

/** Markets from their codes (unknown codes are ignored). */
export function marketsOf(codes: readonly string[]): Market[] {
  return MARKETS.filter((m) => codes.includes(m.code));
}

const FILTERS = ['brand', 'grade', 'storage', 'colour', 'minPrice', 'maxPrice'];

/**
 * The canonical query of a listing: a filtered or re-sorted listing is a view of the plain one
 * (canonical without its query); the plain listing's pages keep `page` when > 1, and a search
 * keeps its `q`. Anything else (sort, tracking parameters) is dropped.
 */
export function listingCanonicalQuery(params: URLSearchParams, page: number): string {
  const out = new URLSearchParams();
  const q = params.get('q')?.trim().slice(0, 200);
  if (q) out.set('q', q);
  const filtered = FILTERS.some((f) => params.getAll(f).some((v) => v !== ''));
  if (!filtered && page > 1) out.set('page', String(page));
  const s = out.toString();
  return s ? `?${s}` : '';
}
