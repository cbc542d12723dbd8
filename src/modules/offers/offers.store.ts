import { and, asc, count, eq, gt, inArray, sql } from 'drizzle-orm';
import { bulkInsert } from '../../platform/db/bulk.ts';
import type { Db } from '../../platform/db/client.ts';
import { buyboxWinners, offerPrices, offers } from './offers.schema.ts';
import type { ShippingOption } from './shipping.ts';

type Reader = Pick<Db, 'select' | 'selectDistinct'>;

export type OfferRecord = typeof offers.$inferSelect;
export type OfferTermsRecord = typeof offerPrices.$inferSelect;

/** The seller's own offer by id, or null (another seller's offer does not exist for them). */
export async function findOwnOffer(
  db: Reader,
  sellerId: number,
  offerId: number,
): Promise<OfferRecord | null> {
  const [o] = await db
    .select()
    .from(offers)
    .where(and(eq(offers.id, offerId), eq(offers.sellerId, sellerId)));
  return o ?? null;
}

/** The seller's own offer by SKU (case-insensitive), or null. */
export async function findOwnOfferBySku(
  db: Reader,
  sellerId: number,
  sku: string,
): Promise<OfferRecord | null> {
  const [o] = await db
    .select()
    .from(offers)
    .where(and(eq(offers.sellerId, sellerId), sql`lower(${offers.sku}) = lower(${sku})`));
  return o ?? null;
}

/** The seller's own offer, locked for the rest of the transaction, or null. */
export async function lockOwnOffer(tx: Db, sellerId: number, offerId: number): Promise<OfferRecord | null> {
  const [o] = await tx
    .select()
    .from(offers)
    .where(and(eq(offers.id, offerId), eq(offers.sellerId, sellerId)))
    .for('update');
  return o ?? null;
}

/** The per-market terms of an offer, by market code. */
export async function offerTerms(db: Reader, offerId: number): Promise<OfferTermsRecord[]> {
  return db
    .select()
    .from(offerPrices)
    .where(eq(offerPrices.offerId, offerId))
    .orderBy(asc(offerPrices.market));
}

/** The markets an offer is listed in, A to Z. */
export async function offerMarkets(db: Reader, offerId: number): Promise<string[]> {
  const rows = await db
    .select({ market: offerPrices.market })
    .from(offerPrices)
    .where(eq(offerPrices.offerId, offerId))
    .orderBy(asc(offerPrices.market));
  return rows.map((r) => r.market);
}

/** The products a seller offers (any state). */
export async function productIdsOfSeller(db: Reader, sellerId: number): Promise<string[]> {
  const rows = await db
    .selectDistinct({ productId: offers.productId })
    .from(offers)
    .where(eq(offers.sellerId, sellerId));
  return rows.map((r) => r.productId);
}

/** How many of a seller's offers are live: published with stock. */
export async function liveOfferCount(db: Reader, sellerId: number): Promise<number> {
  const [c] = await db
    .select({ n: count() })
    .from(offers)
    .where(and(eq(offers.sellerId, sellerId), eq(offers.published, true), gt(offers.quantity, 0)));
  return Number(c?.n ?? 0);
}

/** Products with at least one offer × market under the repricer (a floor), in id order. */
export async function repricedProductIds(db: Reader): Promise<string[]> {
  const rows = await db
    .selectDistinct({ productId: offers.productId })
    .from(offerPrices)
    .innerJoin(offers, eq(offers.id, offerPrices.offerId))
    .where(sql`${offerPrices.minPriceMinor} is not null`)
    .orderBy(asc(offers.productId));
  return rows.map((r) => r.productId);
}

export async function setOfferFields(
  tx: Db,
  offerId: number,
  set: Partial<Pick<OfferRecord, 'quantity' | 'warrantyMonths' | 'published'>> & { updatedAt: Date },
): Promise<void> {
  await tx.update(offers).set(set).where(eq(offers.id, offerId));
}

export type TermsValues = {
  priceMinor: number;
  minPriceMinor: number | null;
  comment: string;
  shipping: ShippingOption[];
};

export async function insertTerms(
  tx: Db,
  a: { offerId: number; market: string; currency: string } & TermsValues,
): Promise<void> {
  await tx.insert(offerPrices).values(a);
}

export async function updateTerms(
  tx: Db,
  offerId: number,
  market: string,
  values: TermsValues,
): Promise<void> {
  await tx
    .update(offerPrices)
    .set(values)
    .where(and(eq(offerPrices.offerId, offerId), eq(offerPrices.market, market)));
}

export async function deleteTerms(tx: Db, offerId: number, market: string): Promise<void> {
  await tx.delete(offerPrices).where(and(eq(offerPrices.offerId, offerId), eq(offerPrices.market, market)));
}

/** Set the live price of one offer × market. */
export async function setLivePrice(
  tx: Db,
  offerId: number,
  market: string,
  priceMinor: number,
): Promise<void> {
  await tx
    .update(offerPrices)
    .set({ priceMinor })
    .where(and(eq(offerPrices.offerId, offerId), eq(offerPrices.market, market)));
}

export async function skuTaken(db: Db, sellerId: number, sku: string): Promise<boolean> {
  const r = await db
    .select({ id: offers.id })
    .from(offers)
    .where(and(eq(offers.sellerId, sellerId), sql`lower(${offers.sku}) = lower(${sku})`))
    .limit(1);
  return r.length > 0;
}

export type BuyboxWinnerRow = typeof buyboxWinners.$inferInsert;

/**
 * Make the stored winners of `productIds` equal to `winners`, writing only the difference: rows
 * whose buybox is gone are deleted, new or changed ones upserted, unchanged ones left alone
 * (a bulk import touches thousands of products whose winners mostly stay the same). Returns the
 * products whose winners changed.
 */
export async function replaceBuyboxWinners(
  db: Db,
  productIds: string[],
  winners: BuyboxWinnerRow[],
): Promise<Set<string>> {
  if (productIds.length === 0) return new Set();
  const key = (w: Pick<BuyboxWinnerRow, 'productId' | 'market' | 'grade'>) =>
    `${w.productId}|${w.market}|${w.grade}`;
  const wanted = new Map(winners.map((w) => [key(w), w]));
  const current = await db.select().from(buyboxWinners).where(inArray(buyboxWinners.productId, productIds));
  const gone = current.filter((c) => !wanted.has(key(c)));
  const same = (a: BuyboxWinnerRow, b: BuyboxWinnerRow) =>
    a.offerId === b.offerId &&
    a.sellerId === b.sellerId &&
    a.priceMinor === b.priceMinor &&
    a.landedMinor === b.landedMinor;
  const currentByKey = new Map(current.map((c) => [key(c), c]));
  const changed = winners.filter((w) => {
    const c = currentByKey.get(key(w));
    return !c || !same(c, w);
  });
  if (gone.length) {
    await db.execute(
      sql`DELETE FROM buybox_winners WHERE (product_id, market, grade) IN (${sql.join(
        gone.map((g) => sql`(${g.productId}::uuid, ${g.market}, ${g.grade})`),
        sql`, `,
      )})`,
    );
  }
  const touched = new Set([...gone, ...changed].map((w) => w.productId));
  if (changed.length === 0) return touched;
  await bulkInsert(
    db,
    'buybox_winners',
    {
      product_id: 'uuid',
      market: 'text',
      grade: 'text',
      offer_id: 'int',
      seller_id: 'int',
      price_minor: 'int',
      landed_minor: 'int',
    },
    changed.map((w) => ({
      product_id: w.productId,
      market: w.market,
      grade: w.grade,
      offer_id: w.offerId,
      seller_id: w.sellerId,
      price_minor: w.priceMinor,
      landed_minor: w.landedMinor,
    })),
    undefined,
    sql`ON CONFLICT (product_id, market, grade) DO UPDATE SET offer_id = excluded.offer_id,
      seller_id = excluded.seller_id, price_minor = excluded.price_minor, landed_minor = excluded.landed_minor`,
  );
  return touched;
}

export { offerPrices, offers };
