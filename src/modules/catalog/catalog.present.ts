import { AppError } from '../../platform/errors.ts';
import { MARKETS, type Market, marketByLocale, standardVatRateAt } from '../../platform/markets.ts';
import { formatAmount, toApiMoney } from '../../platform/money.ts';
import type { GradeBuybox, OfferView } from '../offers/get-product-buyboxes.ts';
import { GRADES } from '../offers/grades.ts';
import type { SellerRow } from '../sellers/get-seller.ts';
import type { TCategoryNode } from './catalog.api-types.ts';
import type { CategoryRow } from './catalog.store.ts';
import type { ProductDetail } from './get-product.ts';
import type { SearchHit, SearchResult } from './search.ts';

/** Shapes sent over the API. Money leaves the domain as decimal strings here and nowhere else. */

export function requireMarket(locale: string): Market {
  const m = marketByLocale(locale);
  if (!m) throw AppError.notFound(`Market "${locale}"`);
  return m;
}

const percent = (bp: number) => formatAmount(bp, 'EUR');

export function presentMarket(m: Market, now: Date) {
  const rate = standardVatRateAt(m, now);
  return {
    code: m.code,
    locale: m.locale,
    name: m.name,
    currency: m.currency,
    eu: m.eu,
    standardVatRate: rate === null ? null : percent(rate),
    vatRates: m.vat.map((r) => ({ from: r.from, to: r.to ?? null, rate: percent(r.rateBp) })),
  };
}

export const presentMarkets = (now: Date) => MARKETS.map((m) => presentMarket(m, now));

export function categoryTree(rows: CategoryRow[], counts: Map<number, number>): TCategoryNode[] {
  const nodes = new Map<number, TCategoryNode>();
  for (const r of rows)
    nodes.set(r.id, {
      id: r.id,
      slug: r.slug,
      name: r.name,
      level: r.level,
      productCount: counts.get(r.id) ?? 0,
      children: [],
    });
  const roots: TCategoryNode[] = [];
  for (const r of rows) {
    const node = nodes.get(r.id)!;
    const parent = r.parentId ? nodes.get(r.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sum = (n: TCategoryNode): number => {
    if (n.children.length) n.productCount = n.children.reduce((s, c) => s + sum(c), 0);
    return n.productCount;
  };
  roots.forEach(sum);
  return roots;
}

export const productImage = (slug: string) => `/images/products/${slug}.svg`;

const byGradeOrder = (a: string, b: string) => GRADES.indexOf(a as never) - GRADES.indexOf(b as never);

export function presentHit(h: SearchHit, market: Market) {
  return {
    id: h.id,
    slug: h.slug,
    name: h.name,
    brand: h.brand,
    model: h.model,
    storageGb: h.storageGb,
    colour: h.colour,
    image: productImage(h.slug),
    bestseller: h.bestseller,
    soldLast30Days: h.orders30d,
    fromPrice: toApiMoney(h.fromPriceMinor, market.currency),
    grades: [...h.grades].sort(byGradeOrder),
  };
}

export function presentSearch(r: SearchResult, market: Market, page: number, pageSize: number) {
  return {
    items: r.items.map((h) => presentHit(h, market)),
    facets: {
      ...r.facets,
      colour: r.facets.colour.map((f) => ({ value: f.value, count: f.count })),
      grade: [...r.facets.grade].sort((a, b) => byGradeOrder(a.value, b.value)),
      price: r.facets.price.map((b) => ({
        min: toApiMoney(b.minMinor, market.currency),
        max: b.maxMinor === null ? null : toApiMoney(b.maxMinor, market.currency),
        count: b.count,
      })),
    },
    total: r.total,
    page,
    pageSize,
    interpretedQuery: r.interpretedQuery,
  };
}

export function presentOffer(o: OfferView) {
  return {
    id: o.offerId,
    grade: o.grade,
    price: toApiMoney(o.priceMinor, o.currency),
    shipping: o.shipping.map((s) => ({
      carrier: s.carrier,
      price: toApiMoney(s.priceMinor, o.currency),
      delayDays: s.delayDays,
    })),
    landedPrice: toApiMoney(o.ranked.landedMinor, o.currency),
    warrantyMonths: o.warrantyMonths,
    vatType: o.vatType as 'REGULAR' | 'MARGINAL',
    comment: o.comment,
    seller: { slug: o.sellerSlug, name: o.sellerName },
  };
}

const ratePercent = (bp: number) => bp / 100;

export function presentRankedOffer(o: OfferView) {
  return {
    ...presentOffer(o),
    isWinner: o.ranked.isWinner,
    priceToWin: o.ranked.priceToWinMinor === null ? null : toApiMoney(o.ranked.priceToWinMinor, o.currency),
    qualityRates: {
      aestheticDefect: ratePercent(o.rates.aestheticDefectBp),
      wrongProduct: ratePercent(o.rates.wrongProductBp),
      defectiveProduct: ratePercent(o.rates.defectiveProductBp),
      wrongAccessories: ratePercent(o.rates.wrongAccessoriesBp),
      lateDelivery: ratePercent(o.rates.lateDeliveryBp),
      cancellation: ratePercent(o.rates.cancellationBp),
    },
  };
}

export function presentProduct(d: ProductDetail, market: Market) {
  const p = d.product;
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    brand: p.brand,
    model: p.model,
    storageGb: p.storageGb,
    colour: p.colour,
    ean: p.ean,
    releaseYear: p.releaseYear,
    description: p.description,
    image: productImage(p.slug),
    bestseller: p.bestseller,
    soldLast30Days: p.orders30d,
    attributes: p.attributes,
    categories: d.categoryPath.map((c) => ({ id: c.id, slug: c.slug, name: c.name })),
    market: market.locale,
    grades: d.grades.map((g: GradeBuybox) => ({
      grade: g.grade,
      winner: g.winner ? presentOffer(g.winner) : null,
      runnersUp: g.runnersUp.map(presentOffer),
    })),
  };
}

/** `rating`: the seller rating from published reviews (reviews/seller-ratings.ts), null without any. */
export function presentSeller(s: SellerRow, rating: { average: number; count: number } | null) {
  return {
    slug: s.slug,
    name: s.name,
    legalName: s.legalName,
    address: `${s.addressLine}, ${s.postalCode} ${s.city}, ${s.country}`,
    country: s.country,
    tradeRegister: s.tradeRegister,
    tradeRegisterNumber: s.tradeRegisterNumber,
    vatNumber: s.vatNumber,
    email: s.email,
    phone: s.phone,
    rating: rating?.average ?? null,
    ratingCount: rating?.count ?? 0,
  };
}
