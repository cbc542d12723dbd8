import type { ProductDetail } from '../../../modules/catalog/get-product.ts';
import type { ReviewsView } from '../../../modules/reviews/review-display.ts';
import type { Market } from '../../../platform/markets.ts';
import type { PageContext } from '../../ui/context.ts';
import type { SeoHead } from '../../ui/seo-head.ts';
import { visibleGrades } from '../product.pages.ts';
import { breadcrumbJsonLd, productJsonLd } from './json-ld.ts';
import { catalogSeo } from './page-seo.ts';

/**
 * A product page's head: canonical (the shop's, without `?grade=`), alternates in the markets
 * where the product is offered, Open Graph as a product, and its JSON-LD (Product with one Offer
 * per grade shown with a winning offer, BreadcrumbList).
 */
export function productSeo(
  ctx: PageContext,
  siteUrl: (path: string) => string,
  detail: ProductDetail,
  listedIn: readonly Market[],
  reviews?: ReviewsView,
): SeoHead {
  const p = detail.product;
  const rest = `/p/${encodeURIComponent(p.slug)}`;
  const url = siteUrl(`/${ctx.market.locale}${rest}`);
  const image = siteUrl(`/images/products/${encodeURIComponent(p.slug)}.svg`);
  const offers = visibleGrades(detail.grades).flatMap((g) =>
    g.winner
      ? [
          {
            url: `${url}?grade=${g.grade}`,
            priceMinor: g.winner.priceMinor,
            currency: g.winner.currency,
            sellerName: g.winner.sellerName,
            inStock: g.winner.quantity > 0,
          },
        ]
      : [],
  );
  const crumbs = [
    { name: ctx.t('site.name'), url: siteUrl(`/${ctx.market.locale}`) },
    ...detail.categoryPath.map((c) => ({
      name: c.name,
      url: siteUrl(`/${ctx.market.locale}/c/${encodeURIComponent(c.slug)}`),
    })),
    { name: p.name },
  ];
  return catalogSeo({
    ctx,
    siteUrl,
    rest,
    markets: listedIn,
    title: p.name,
    description: p.description || undefined,
    image,
    type: 'product',
    jsonLd: [
      productJsonLd({
        url,
        name: p.name,
        brand: p.brand,
        ean: p.ean,
        image,
        description: p.description,
        currency: ctx.market.currency,
        offers,
        // The same figures as GET /api/v1/products/{idOrSlug}/reviews, and the reviews shown.
        rating: reviews?.rating ?? null,
        reviews: (reviews?.reviews ?? []).map((r) => ({
          author: r.author,
          datePublished: r.publishedAt.toISOString().slice(0, 10),
          rating: r.rating,
          body: r.originalComment,
          language: r.language,
        })),
      }),
      breadcrumbJsonLd(crumbs),
    ],
  });
}
