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
