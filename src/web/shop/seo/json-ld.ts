/**
 * schema.org structured data for product pages: the Product with its offers (one per grade shown
 * with a winning offer, all refurbished) and the BreadcrumbList. Pure: the page passes absolute URLs.
 */
import { formatAmount } from '../../../platform/money.ts';

export type JsonLdOffer = {
  url: string;
  priceMinor: number;
  currency: string;
  sellerName: string;
  inStock: boolean;
};

export type ProductJsonLdInput = {
  url: string;
  name: string;
  brand: string;
  /** The catalog's EAN; emitted only when it is a well-formed GTIN (8, 12, 13 or 14 digits). */
  ean: string | null;
  image: string;
  description: string;
  currency: string;
  offers: JsonLdOffer[];
  /**
   * Reviews (issue 15): the same average and count as the public reviews API, and the reviews the
   * page shows; absent or null without a published review (then no rating at all).
   */
  rating?: { average: number; count: number } | null;
  reviews?: Array<{
    author: string | null;
    datePublished: string;
    rating: number;
    body: string;
    language: string;
  }>;
};

const REFURBISHED = 'https://schema.org/RefurbishedCondition';
const IN_STOCK = 'https://schema.org/InStock';
const OUT_OF_STOCK = 'https://schema.org/OutOfStock';

function gtinProperty(ean: string | null): Record<string, string> {
  if (!ean || !/^(\d{8}|\d{12,14})$/.test(ean)) return {};
  return { [`gtin${ean.length}`]: ean };
}

export function productJsonLd(p: ProductJsonLdInput): Record<string, unknown> {
  const offers =
    p.offers.length > 0
      ? p.offers.map((o) => ({
          '@type': 'Offer',
          url: o.url,
          price: formatAmount(o.priceMinor, o.currency),
          priceCurrency: o.currency,
          itemCondition: REFURBISHED,
          availability: o.inStock ? IN_STOCK : OUT_OF_STOCK,
          seller: { '@type': 'Organization', name: o.sellerName },
        }))
      : // Nothing offered in this market now: say so, without inventing a price.
        [
          {
            '@type': 'Offer',
            url: p.url,
            priceCurrency: p.currency,
            itemCondition: REFURBISHED,
            availability: OUT_OF_STOCK,
          },
        ];
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    '@id': `${p.url}#product`,
    name: p.name,
    brand: { '@type': 'Brand', name: p.brand },
    ...gtinProperty(p.ean),
    image: p.image,
    ...(p.description ? { description: p.description } : {}),
    url: p.url,
    offers,
    ...reviewsJsonLd(p),
  };
}

function reviewsJsonLd(p: ProductJsonLdInput): Record<string, unknown> {
  if (!p.rating) return {};
  return {
    aggregateRating: {
      '@type': 'AggregateRating',
      ratingValue: p.rating.average,
      reviewCount: p.rating.count,
      bestRating: 5,
      worstRating: 1,
    },
    ...(p.reviews?.length
      ? {
          review: p.reviews.map((r) => ({
            '@type': 'Review',
            ...(r.author ? { author: { '@type': 'Person', name: r.author } } : {}),
            datePublished: r.datePublished,
            reviewRating: { '@type': 'Rating', ratingValue: r.rating, bestRating: 5, worstRating: 1 },
            reviewBody: r.body,
            inLanguage: r.language,
          })),
        }
      : {}),
  };
}

/** A BreadcrumbList; the last item (the page itself) may have no URL. */
export function breadcrumbJsonLd(items: Array<{ name: string; url?: string }>): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((it, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: it.name,
      ...(it.url ? { item: it.url } : {}),
    })),
  };
}
