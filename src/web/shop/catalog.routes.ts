import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { categoryTree, type requireMarket } from '../../modules/catalog/catalog.present.ts';
import {
  allCategories,
  categoryPath,
  findProduct,
  offeredProductCounts,
} from '../../modules/catalog/catalog.store.ts';
import type { SearchSort } from '../../modules/catalog/search.ts';
import { type SearchProductsInput, searchProducts } from '../../modules/catalog/search-products.ts';
import { catalogLanguage, localizedCategories } from '../../modules/catalog/translations/catalog-content.ts';
import { publishedSafetyNotices } from '../../modules/compliance/dsa-notices.store.ts';
import { type Grade, isGrade } from '../../modules/offers/grades.ts';
import { sellerRatingSince } from '../../modules/reviews/seller-rating.rules.ts';
import { getSeller } from '../../modules/sellers/get-seller.ts';
import { AppError } from '../../platform/errors.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import type { App } from '../../platform/http/app.ts';
import { DEFAULT_MARKET, marketByLocale, marketFromAcceptLanguage } from '../../platform/markets.ts';
import { currencyExponent, formatAmount, parseDecimalInput } from '../../platform/money.ts';
import { ReadCache } from '../../platform/read-cache.ts';
import { kindOfCategory, productPlaceholderSvg } from '../ui/images.ts';
import { requestContext } from '../ui/request-context.ts';
import { recentlyViewed } from './consent.routes.ts';
import { homePage } from './home.pages.ts';
import { listingPage } from './listing.pages.ts';
import { productPage, productReviews, visibleGrades } from './product.pages.ts';
import { rankingPage } from './ranking.pages.ts';
import { reviewsForPage } from './reviews-display.query.ts';
import { sellerPage } from './seller.pages.ts';
import { listingCanonicalQuery, marketsOf } from './seo/alternates.ts';
import { catalogSeo } from './seo/page-seo.ts';
import { productSeo } from './seo/product-seo.ts';

const CSS = readFileSync(path.join(import.meta.dirname, '../ui/app.css'), 'utf8');
const SORTS = new Set(['relevance', 'popularity', 'price_asc', 'price_desc']);
const LIST = (c: Context, key: string) =>
  (c.req.queries(key) ?? []).flatMap((v) => v.split(',')).filter(Boolean);

/** The shop and Reloop Pro share every catalog page; Pro shows prices excluding VAT. */
export const STOREFRONTS = ['/:market{[a-z]{2}-[a-z]{2}}', '/pro/:market{[a-z]{2}-[a-z]{2}}'];
const ctxFor = requestContext;

/**
 * A price typed in the page's language ("12,50" in fr, de, nl, sv, es, it; "12.50" in en) as the
 * plain decimal the search reads; anything else is passed on as typed, for the search to refuse
 * or to read (the price links of the page itself are plain decimals: "100.00").
 */
export function typedPrice(
  value: string | undefined,
  market: ReturnType<typeof requireMarket>,
): string | undefined {
  if (!value) return undefined;
  const minor = parseDecimalInput(value, market.bcp47, currencyExponent(market.currency));
  return minor === null ? value : formatAmount(minor, market.currency);
}

function listingInput(c: Context, market: ReturnType<typeof requireMarket>): SearchProductsInput {
  const page = Number(c.req.query('page') ?? 1);
  const sort = c.req.query('sort');
  return {
    market,
    q: c.req.query('q')?.slice(0, 200),
    brand: LIST(c, 'brand'),
    grade: LIST(c, 'grade'),
    storage: LIST(c, 'storage'),
    colour: LIST(c, 'colour'),
    minPrice: typedPrice(c.req.query('minPrice'), market),
    maxPrice: typedPrice(c.req.query('maxPrice'), market),
    sort: sort && SORTS.has(sort) ? (sort as SearchSort) : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    pageSize: 24,
  };
}

export function registerCatalogPages(app: App, deps: Deps): void {
  const { db, search, siteUrl } = deps;

  app.get('/assets/app.css', PUBLIC, (c) =>
    c.body(CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }),
  );

  app.get('/images/products/:file', PUBLIC, async (c) => {
    const slug = c.req.param('file').replace(/\.svg$/, '');
    const product = await findProduct(db, slug);
    if (!product) throw AppError.notFound('Image');
    const root = categoryPath(await allCategories(db), product.categoryId)[0];
    return c.body(
      productPlaceholderSvg({
        name: product.name,
        imageHue: product.imageHue,
        kind: kindOfCategory(root?.slug),
      }),
      200,
      {
        'content-type': 'image/svg+xml',
        'cache-control': 'public, max-age=86400',
      },
    );
  });

  app.get('/', PUBLIC, (c) =>
    c.redirect(`/${marketFromAcceptLanguage(c.req.header('accept-language')).locale}`, 302),
  );

  app.get('/market', PUBLIC, (c) => {
    const to = marketByLocale(c.req.query('to') ?? '') ?? DEFAULT_MARKET;
    const from = c.req.query('from') ?? '/';
    const m = /^(\/pro)?\/[a-z]{2}-[a-z]{2}(\/[^?#]*)?/.exec(from);
    return c.redirect(`${m?.[1] ?? ''}/${to.locale}${m?.[2] ?? ''}`, 303);
  });

  for (const M of STOREFRONTS) {
    app.get(M, PUBLIC, async (c) => {
      const ctx = ctxFor(c);
      const [rows, counts, best, recent] = await Promise.all([
        localizedCategories(db, catalogLanguage(ctx.market.locale)),
        offeredProductCounts(db, ctx.market.code),
        search.search({ market: ctx.market, sort: 'popularity', page: 1, pageSize: 8 }),
        recentlyViewed(deps, c, ctx),
      ]);
      const seo = catalogSeo({
        ctx,
        siteUrl,
        rest: '',
        title: ctx.t('site.name'),
        description: ctx.t('site.tagline'),
      });
      return c.html(
        homePage(ctx, { categories: categoryTree(rows, counts), bestsellers: best.items, recent }, seo),
      );
    });

    app.get(`${M}/c/:slug`, PUBLIC, async (c) => {
      const ctx = ctxFor(c);
      const input = { ...listingInput(c, ctx.market), category: c.req.param('slug'), q: undefined };
      const { result, category } = await searchProducts({ db, search, input });
      const path = categoryPath(
        await localizedCategories(db, catalogLanguage(ctx.market.locale)),
        category!.id,
      );
      const params = new URL(c.req.url).searchParams;
      const seo = catalogSeo({
        ctx,
        siteUrl,
        rest: `/c/${encodeURIComponent(category!.slug)}`,
        query: listingCanonicalQuery(params, input.page),
        title: category!.name,
      });
      return c.html(
        listingPage(
          ctx,
          {
            title: category!.name,
            action: `${ctx.base}/c/${category!.slug}`,
            input,
            result,
            categoryPath: path,
          },
          params,
          seo,
        ),
      );
    });

    app.get(`${M}/search`, PUBLIC, async (c) => {
      const ctx = ctxFor(c);
      const input = listingInput(c, ctx.market);
      const { result } = await searchProducts({ db, search, input });
      const title = input.q ? ctx.t('search.title', { q: input.q }) : ctx.t('nav.categories');
      const params = new URL(c.req.url).searchParams;
      // Search results are followed but not indexed: the catalog is indexed by its categories.
      const seo = catalogSeo({
        ctx,
        siteUrl,
        rest: '/search',
        query: listingCanonicalQuery(params, input.page),
        title,
        robots: 'noindex, follow',
      });
      return c.html(
        listingPage(
          ctx,
          { title, action: `${ctx.base}/search`, input, result, categoryPath: [] },
          params,
          seo,
        ),
      );
    });

    const reviewSections = new ReadCache<string>({ max: 5000, ttlMs: deps.config.CATALOG_CACHE_TTL_MS });
    app.get(`${M}/p/:slug`, PUBLIC, async (c) => {
      const ctx = ctxFor(c);
      const detail = await deps.reads.productPage(c.req.param('slug'), ctx.market);
      const asked = c.req.query('grade');
      const offered = visibleGrades(detail.grades).filter((g) => g.winner);
      // Default: the cheapest offered grade… unless the shopper picked one.
      const fallback =
        [...offered].sort((a, b) => a.winner!.ranked.landedMinor - b.winner!.ranked.landedMinor)[0]?.grade ??
        'GOOD';
      const selected: Grade = asked && isGrade(asked) ? asked : fallback;
      const winner = detail.grades.find((g) => g.grade === selected)?.winner;
      const winnerSeller = winner ? (detail.sellers.get(winner.sellerId) ?? null) : null;
      const listedIn = marketsOf(await deps.reads.productMarkets(detail.product.id));
      // Reviews (issue 15): the product's published reviews and the seller rating of each offer.
      const [reviews, sellerRatings, recent, safety] = await Promise.all([
        reviewsForPage(deps.reviewReads, c, ctx, { productId: detail.product.id }),
        deps.reviewReads.sellerRatings(detail.grades.flatMap((g) => g.ranking.map((o) => o.sellerId))),
        // Issue 16: only with the personalisation consent (consent.routes.ts).
        recentlyViewed(deps, c, ctx, detail.product.slug),
        // Issue 16 (DSA Art. 32): safety notices published about the product.
        publishedSafetyNotices(db, detail.product.id),
      ]);
      const seo = productSeo(ctx, siteUrl, detail, listedIn, reviews);
      // The reviews section is the same for every reader of this page: rendered once per cache period.
      const reviewsHtml = await reviewSections.get(
        `${ctx.market.locale}|${detail.product.slug}|${selected}|${c.req.query('sort') ?? ''}|${c.req.queries('stars')?.join(',') ?? ''}|${c.req.query('withPhotos') ?? ''}|${c.req.query('page') ?? ''}`,
        async () => String(await productReviews(ctx, reviews, detail.product.slug, selected)),
      );
      return c.html(
        productPage(
          ctx,
          {
            ...detail,
            selected,
            winnerSeller,
            reviews,
            reviewsHtml,
            sellerRatings,
            recent,
            safetyNotices: safety,
          },
          seo,
        ),
      );
    });

    app.get(`${M}/s/:slug`, PUBLIC, async (c) => {
      const ctx = ctxFor(c);
      const seller = await getSeller({ db, slug: c.req.param('slug') });
      const seo = catalogSeo({
        ctx,
        siteUrl,
        rest: `/s/${encodeURIComponent(seller.slug)}`,
        title: seller.name,
      });
      // The seller rating (reviews over the rolling window) and the seller's published reviews.
      const [rating, reviews] = await Promise.all([
        deps.reviewReads.sellerRatings([seller.id]).then((r) => r.get(seller.id) ?? null),
        reviewsForPage(deps.reviewReads, c, ctx, {
          sellerId: seller.id,
          since: sellerRatingSince(deps.clock.now()),
        }),
      ]);
      return c.html(sellerPage(ctx, { ...seller, rating, reviews: { ...reviews, rating } }, seo));
    });

    app.get(`${M}/how-offers-are-ranked`, PUBLIC, (c) => {
      const ctx = ctxFor(c);
      const title = ctx.t('ranking.title');
      return c.html(rankingPage(ctx, catalogSeo({ ctx, siteUrl, rest: '/how-offers-are-ranked', title })));
    });
  }
}
