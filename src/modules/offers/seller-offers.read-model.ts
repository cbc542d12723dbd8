/**
 * Read model for the seller portal's offer pages and dashboard: a seller's offers with their
 * product, per-market terms, the seller's own price (read from the repricer log) and live buybox
 * facts; buybox win rates per grade. Joins offers, products and the repricer log (through the
 * repricer's query function) and the buybox candidates; never writes.
 */
import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { normaliseSearchText } from '../catalog/catalog.rules.ts';
import { products } from '../catalog/catalog.schema.ts';
import { sellerPrices } from '../repricer/seller-prices.ts';
import { computeBuybox, groupByBuybox, type RankedOffer } from './buybox.rules.ts';
import { GRADES } from './grades.ts';
import { loadOfferRows } from './offer-candidates.read-model.ts';
import { buyboxWinners, offerPrices, offers } from './offers.schema.ts';

/** Per grade: the seller's live offer × market terms, and how many of them hold the buybox. */
export async function buyboxWinRates(db: Db, sellerId: number) {
  const listed = await db
    .select({ grade: offers.grade, n: count() })
    .from(offers)
    .innerJoin(offerPrices, eq(offerPrices.offerId, offers.id))
    .where(and(eq(offers.sellerId, sellerId), eq(offers.published, true), sql`${offers.quantity} > 0`))
    .groupBy(offers.grade);
  const won = await db
    .select({ grade: buyboxWinners.grade, n: count() })
    .from(buyboxWinners)
    .where(eq(buyboxWinners.sellerId, sellerId))
    .groupBy(buyboxWinners.grade);
  const wonBy = new Map(won.map((w) => [w.grade, Number(w.n)]));
  return GRADES.flatMap((grade) => {
    const n = Number(listed.find((l) => l.grade === grade)?.n ?? 0);
    return n ? [{ grade, listed: n, winning: wonBy.get(grade) ?? 0 }] : [];
  });
}

export type BuyboxInfo = { winning: boolean; winnerPriceMinor: number | null; ranked: RankedOffer | null };

/** Live buybox facts of the given offers, per `${offerId}|${market}`, computed from current terms. */
export async function buyboxInfo(db: Db, productIds: string[]): Promise<Map<string, BuyboxInfo>> {
  const out = new Map<string, BuyboxInfo>();
  const rows = await loadOfferRows(db, productIds);
  for (const group of groupByBuybox(rows).values()) {
    const result = computeBuybox(group);
    const winner = result.winner;
    for (const r of group) {
      const ranked = result.ranking.find((x) => x.offerId === r.offerId) ?? null;
      out.set(`${r.offerId}|${r.market}`, {
        winning: winner?.offerId === r.offerId,
        winnerPriceMinor: winner?.priceMinor ?? null,
        ranked,
      });
    }
  }
  return out;
}

/** The seller's offers (newest first), searched by SKU or product name, with their market terms. */
export async function listSellerOffers(
  db: Db,
  sellerId: number,
  opts: { q: string; page: number; pageSize: number },
) {
  const where: SQL[] = [eq(offers.sellerId, sellerId)];
  const q = opts.q.trim();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    const norm = `%${normaliseSearchText(q)}%`;
    where.push(
      sql`(${offers.sku} ilike ${like} or ${products.searchText} like ${norm} or ${products.ean} = ${q})`,
    );
  }
  const base = db
    .select({
      id: offers.id,
      sku: offers.sku,
      grade: offers.grade,
      quantity: offers.quantity,
      published: offers.published,
      delistedByPlatformAt: offers.delistedByPlatformAt,
      productId: offers.productId,
      productName: products.name,
      ean: products.ean,
    })
    .from(offers)
    .innerJoin(products, eq(products.id, offers.productId))
    .where(and(...where));
  const [total] = await db
    .select({ n: count() })
    .from(offers)
    .innerJoin(products, eq(products.id, offers.productId))
    .where(and(...where));
  const rows = await base
    .orderBy(desc(offers.id))
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize);
  const terms = rows.length
    ? await db
        .select()
        .from(offerPrices)
        .where(
          inArray(
            offerPrices.offerId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(offerPrices.market))
    : [];
  const buybox = await buyboxInfo(db, [...new Set(rows.map((r) => r.productId))]);
  return {
    total: Number(total?.n ?? 0),
    rows: rows.map((r) => ({
      ...r,
      markets: terms
        .filter((t) => t.offerId === r.id)
        .map((t) => ({ ...t, buybox: buybox.get(`${r.id}|${t.market}`) ?? null })),
    })),
  };
}

export type SellerOfferList = Awaited<ReturnType<typeof listSellerOffers>>;

/** One of the seller's offers with its product and market terms, or 404. */
export async function sellerOffer(db: Db, sellerId: number, offerId: number) {
  const [o] = await db
    .select({ offer: offers, productName: products.name, ean: products.ean })
    .from(offers)
    .innerJoin(products, eq(products.id, offers.productId))
    .where(and(eq(offers.id, offerId), eq(offers.sellerId, sellerId)));
  if (!o) throw AppError.notFound('Offer');
  const terms = await db
    .select()
    .from(offerPrices)
    .where(eq(offerPrices.offerId, offerId))
    .orderBy(asc(offerPrices.market));
  const reference = await sellerPrices(
    db,
    terms.map((t) => ({ offerId, market: t.market, priceMinor: t.priceMinor })),
  );
  const buybox = await buyboxInfo(db, [o.offer.productId]);
  return {
    ...o,
    terms: terms.map((t) => ({
      ...t,
      /** The seller's own price: the live price unless the repricer moved it. */
      sellerPriceMinor: reference.get(`${offerId}|${t.market}`) ?? t.priceMinor,
      buybox: buybox.get(`${offerId}|${t.market}`) ?? null,
    })),
  };
}
export type SellerOfferDetail = Awaited<ReturnType<typeof sellerOffer>>;
