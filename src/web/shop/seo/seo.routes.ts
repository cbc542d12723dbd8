import type { MiddlewareHandler } from 'hono';
import type { Deps } from '../../../app/deps.ts';
import {
  listedCategories,
  listedProductCount,
  listedProducts,
  listedSellers,
  type SitemapRow,
} from '../../../modules/catalog/sitemap.read-model.ts';
import { AppError } from '../../../platform/errors.ts';
import { PUBLIC } from '../../../platform/http/access.ts';
import type { App } from '../../../platform/http/app.ts';
import { localPath } from '../../../platform/http/safe-redirect.ts';
import { MARKETS, type Market, marketByLocale, STOREFRONTS } from '../../../platform/markets.ts';
import { hreflangAlternates, marketsOf } from './alternates.ts';
import { robotsTxt } from './robots.ts';
import {
  parseSitemapFile,
  SITEMAP_PAGE_SIZE,
  type SitemapUrl,
  sitemapIndexXml,
  sitemapPages,
  sitemapPath,
  sitemapWindow,
  urlsetXml,
} from './sitemap.ts';

const CACHE = 'public, max-age=3600';
const XML = 'application/xml; charset=utf-8';

/**
 * `/robots.txt`, the sitemap index `/sitemap.xml` and the per-market sitemaps
 * `/sitemaps/<market>[-<page>].xml`: the home and ranking pages, the categories, sellers and
 * products offered in that market, each with its hreflang alternates and last change.
 */
export function registerSeoRoutes(app: App, deps: Deps, opts: { pageSize?: number } = {}): void {
  const { db, siteUrl } = deps;
  const pageSize = opts.pageSize ?? SITEMAP_PAGE_SIZE;

  app.get('/robots.txt', PUBLIC, (c) =>
    c.body(
      robotsTxt({ locales: STOREFRONTS.map((m) => m.locale), sitemapUrl: siteUrl('/sitemap.xml') }),
      200,
      {
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': CACHE,
      },
    ),
  );

  type Shared = [categories: SitemapRow[], sellers: SitemapRow[]];
  const shared = (): Promise<Shared> => Promise.all([listedCategories(db), listedSellers(db)]);
  const fixedUrls = (market: Market, [categories, sellers]: Shared): SitemapUrl[] => {
    const url = (rest: string, row: SitemapRow | null): SitemapUrl | null =>
      row === null || row.markets.includes(market.code)
        ? {
            loc: siteUrl(`/${market.locale}${rest}`),
            lastmod: row?.lastmod,
            alternates: hreflangAlternates(siteUrl, rest, row ? marketsOf(row.markets) : MARKETS),
          }
        : null;
    return [
      url('', null),
      url('/how-offers-are-ranked', null),
      ...categories.map((r) => url(`/c/${encodeURIComponent(r.slug)}`, r)),
      ...sellers.map((r) => url(`/s/${encodeURIComponent(r.slug)}`, r)),
    ].filter((u): u is SitemapUrl => u !== null);
  };

  app.get('/sitemap.xml', PUBLIC, async (c) => {
    const entries = [];
    const rows = await shared();
    for (const m of STOREFRONTS) {
      const fixed = fixedUrls(m, rows);
      const pages = sitemapPages(fixed.length + (await listedProductCount(db, m.code)), pageSize);
      for (let p = 1; p <= pages; p++) entries.push({ loc: siteUrl(sitemapPath(m.locale, p)) });
    }
    return c.body(sitemapIndexXml(entries), 200, { 'content-type': XML, 'cache-control': CACHE });
  });

  app.get('/sitemaps/:file', PUBLIC, async (c) => {
    const file = parseSitemapFile(c.req.param('file'));
    const market = file && marketByLocale(file.locale);
    if (!file || !market) throw AppError.notFound('Sitemap');
    const fixed = fixedUrls(market, await shared());
    const productCount = await listedProductCount(db, market.code);
    if (file.page > sitemapPages(fixed.length + productCount, pageSize)) throw AppError.notFound('Sitemap');
    const w = sitemapWindow(file.page, pageSize, fixed.length, productCount);
    const products = w.products.limit > 0 ? await listedProducts(db, market.code, w.products) : [];
    const urls = [
      ...fixed.slice(w.fixed.start, w.fixed.end),
      ...products.map((r) => ({
        loc: siteUrl(`/${market.locale}/p/${encodeURIComponent(r.slug)}`),
        lastmod: r.lastmod,
        alternates: hreflangAlternates(siteUrl, `/p/${encodeURIComponent(r.slug)}`, marketsOf(r.markets)),
      })),
    ];
    return c.body(urlsetXml(urls), 200, { 'content-type': XML, 'cache-control': CACHE });
  });
}

/**
 * `/fr-fr/` → `/fr-fr` (301, query kept), for GET and HEAD. The target must be a path of this
 * site (`//evil.example/` must not become `//evil.example`): otherwise no redirect, the 404 stands.
 */
export function redirectTrailingSlash(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const url = new URL(c.req.url);
    if (url.pathname.length < 2 || !url.pathname.endsWith('/') || url.pathname.startsWith('/ws/'))
      return next();
    const trimmed = url.pathname.replace(/\/+$/, '');
    const target = trimmed ? localPath(`${trimmed}${url.search}`) : null;
    if (!target) return next();
    return c.redirect(target, 301);
  };
}
