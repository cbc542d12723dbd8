/**
 * Reads (and the offer writes) behind the seller portal pages. Every query is scoped by the
 * seller id of the route, so another seller's rows never show: they do not exist for the member.
 */
import { and, asc, count, desc, eq, gte, inArray, isNotNull, lte, type SQL, sql } from 'drizzle-orm';
import { normaliseSearchText } from '../../modules/catalog/catalog.rules.ts';
import { products } from '../../modules/catalog/catalog.schema.ts';
import { commissionVatReverseCharged } from '../../modules/checkout/payment-outcomes.ts';
import { DEFAULT_PLATFORM_VAT, sellerPayable } from '../../modules/ledger/ledger.rules.ts';
import { ledgerPostings } from '../../modules/ledger/ledger.schema.ts';
import { computeBuybox, type RankedOffer } from '../../modules/offers/buybox.rules.ts';
import { GRADES, MIN_WARRANTY_MONTHS } from '../../modules/offers/grades.ts';
import {
  checkMarketTerms,
  MAX_SHIPPING_OPTIONS,
  type MarketTermsFields,
  type MarketTermsText,
  maySellIn,
  sellerMarkets,
} from '../../modules/offers/offer-terms.rules.ts';
import { buyboxWinners, offerPrices, offers } from '../../modules/offers/offers.schema.ts';
import { loadOfferRows } from '../../modules/offers/offers.store.ts';
import { groupByBuybox, refreshBuybox } from '../../modules/offers/refresh-buybox.ts';
import { orderLines, orders } from '../../modules/orders/orders.schema.ts';
import { getFeeSettings } from '../../modules/payouts/fee-settings.ts';
import { orderSellerNet, payoutAmount } from '../../modules/payouts/payout.rules.ts';
import { payouts } from '../../modules/payouts/payouts.schema.ts';
import { goodsRefundedUpTo, lineTotals } from '../../modules/refunds/refund.rules.ts';
import { refundsByLine } from '../../modules/refunds/refunds.store.ts';
import { repricerLog } from '../../modules/repricer/repricer.schema.ts';
import { sellerPrices } from '../../modules/repricer/run-repricer.ts';
import { assertCanPublish } from '../../modules/seller-onboarding/can-publish.ts';
import { sellers } from '../../modules/sellers/sellers.schema.ts';
import type { Clock } from '../../platform/clock.ts';
import { DAY_MS } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import { type Market, marketByCode } from '../../platform/markets.ts';
import { formatAmount } from '../../platform/money.ts';

export const PAGE_SIZE = 50;

export async function sellerById(db: Db, sellerId: number) {
  const [s] = await db.select().from(sellers).where(eq(sellers.id, sellerId));
  if (!s) throw AppError.notFound('Seller');
  return s;
}
export type SellerRecord = Awaited<ReturnType<typeof sellerById>>;

// Dashboard ------------------------------------------------------------------------------------

/** Paid orders per UTC day over the last `days` days (today included), oldest first, zeros kept. */
export async function ordersPerDay(db: Db, sellerId: number, now: Date, days = 30) {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const from = new Date(today - (days - 1) * DAY_MS);
  const rows = await db
    .select({ paidAt: orders.paidAt })
    .from(orders)
    .where(
      and(
        eq(orders.sellerId, sellerId),
        isNotNull(orders.paidAt),
        gte(orders.paidAt, from),
        lte(orders.paidAt, now),
      ),
    );
  const counts = new Map<string, number>();
  for (const r of rows) {
    const day = new Date(r.paidAt!).toISOString().slice(0, 10);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(from.getTime() + i * DAY_MS).toISOString().slice(0, 10);
    return { day, orders: counts.get(day) ?? 0 };
  });
}

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

/** What the platform owes the seller per currency: −balance of seller_payable:<id>. */
export async function amountsDue(db: Db, sellerId: number) {
  const rows = await db
    .select({
      currency: ledgerPostings.currency,
      s: sql<string>`coalesce(sum(${ledgerPostings.amountMinor}), 0)`,
    })
    .from(ledgerPostings)
    .where(eq(ledgerPostings.account, sellerPayable(sellerId)))
    .groupBy(ledgerPostings.currency)
    .orderBy(asc(ledgerPostings.currency));
  return rows.map((r) => ({ currency: r.currency, owedMinor: -Number(r.s) }));
}

/**
 * The next payout per currency, estimated with the payout rule (payout.rules.ts payoutAmount) as
 * the hourly payout job would compute it now: funds of orders shipped at least payout_delay_days
 * ago, capped by what the ledger owes, minus payouts already made or pending.
 */
export async function nextPayoutEstimates(db: Db, sellerId: number, now: Date) {
  const settings = await getFeeSettings(db);
  const cutoff = new Date(now.getTime() - settings.payoutDelayDays * DAY_MS);
  const vatRateBp = (await commissionVatReverseCharged(db, sellerId)) ? 0 : DEFAULT_PLATFORM_VAT.rateBp;
  const due = await amountsDue(db, sellerId);
  const shipped = await db
    .select()
    .from(orders)
    .where(and(eq(orders.sellerId, sellerId), isNotNull(orders.shippedAt), lte(orders.shippedAt, cutoff)));
  const lines = shipped.length
    ? await db
        .select()
        .from(orderLines)
        .where(
          inArray(
            orderLines.orderId,
            shipped.map((o) => o.id),
          ),
        )
    : [];
  const refunded = await refundsByLine(
    db,
    lines.map((l) => l.id),
  );
  const made = await db
    .select({ currency: payouts.currency, status: payouts.status, amountMinor: payouts.amountMinor })
    .from(payouts)
    .where(and(eq(payouts.sellerId, sellerId), inArray(payouts.status, ['pending', 'sent'])));
  const currencies = [...new Set([...due.map((d) => d.currency), ...shipped.map((o) => o.currency)])].sort();
  return {
    payoutDelayDays: settings.payoutDelayDays,
    estimates: currencies.map((currency) => {
      let eligibleMinor = 0;
      for (const o of shipped.filter((x) => x.currency === currency)) {
        const refundedGoodsMinor = lines
          .filter((l) => l.orderId === o.id)
          .reduce((s, l) => s + goodsRefundedUpTo(lineTotals(l), refunded.get(l.id)?.refundedMinor ?? 0), 0);
        eligibleMinor += orderSellerNet({
          goodsTotalMinor: o.itemsTotalMinor + o.shippingTotalMinor,
          commissionMinor: o.commissionMinor,
          refundedGoodsMinor,
          commissionVatRateBp: vatRateBp,
        });
      }
      const mine = made.filter((p) => p.currency === currency);
      const alreadyPaidMinor = mine.reduce((s, p) => s + p.amountMinor, 0);
      const unposted = mine.filter((p) => p.status === 'pending').reduce((s, p) => s + p.amountMinor, 0);
      const owedMinor = (due.find((d) => d.currency === currency)?.owedMinor ?? 0) - unposted;
      return { currency, amountMinor: payoutAmount({ owedMinor, eligibleMinor, alreadyPaidMinor }) };
    }),
  };
}

export async function listPayouts(db: Db, sellerId: number) {
  return db
    .select()
    .from(payouts)
    .where(eq(payouts.sellerId, sellerId))
    .orderBy(desc(payouts.createdAt), desc(payouts.id))
    .limit(100);
}

// Offers ---------------------------------------------------------------------------------------

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
export async function listSellerOffers(db: Db, sellerId: number, opts: { q: string; page: number }) {
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
    .limit(PAGE_SIZE)
    .offset((opts.page - 1) * PAGE_SIZE);
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

/** Catalog products by exact EAN or by name words (for listing a new offer). */
export async function findCatalogProducts(db: Db, q: string) {
  const text = q.trim();
  if (!text) return [];
  const cols = {
    id: products.id,
    name: products.name,
    brand: products.brand,
    ean: products.ean,
    slug: products.slug,
  };
  if (/^\d{8,14}$/.test(text)) return db.select(cols).from(products).where(eq(products.ean, text)).limit(20);
  const words = normaliseSearchText(text).split(' ').filter(Boolean).slice(0, 6);
  if (!words.length) return [];
  return db
    .select(cols)
    .from(products)
    .where(and(...words.map((w) => sql`${products.searchText} like ${`%${w}%`}`)))
    .orderBy(asc(products.name))
    .limit(20);
}

export async function productById(db: Db, productId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(productId)) return null;
  const [p] = await db
    .select({ id: products.id, name: products.name, ean: products.ean, brand: products.brand })
    .from(products)
    .where(eq(products.id, productId));
  return p ?? null;
}

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

/** How the offer forms name their inputs; field errors use the same names. */
export const OFFER_FIELDS = {
  price: (m: string) => `price_${m}`,
  minPrice: (m: string) => `minPrice_${m}`,
  comment: (m: string) => `comment_${m}`,
  /** The market's shipping options as a group (at least one, at most three). */
  shipping: (m: string) => `shipping_${m}`,
  carrier: (m: string, slot: number) => `carrier_${m}_${slot}`,
  shippingPrice: (m: string, slot: number) => `shippingPrice_${m}_${slot}`,
  delayDays: (m: string, slot: number) => `delayDays_${m}_${slot}`,
  removeShipping: (m: string, slot: number) => `removeShipping_${m}_${slot}`,
  /** The "remove this market" form's field, per market. */
  removeMarket: (m: string) => `removeMarket_${m}`,
};

const isChecked = (v: string | undefined) => v === 'on' || v === 'true';

/**
 * The shipping options of one market as typed in the edit form: slots 1..3, each kept unless its
 * "remove" box is ticked or all its fields are empty. null when the form has no shipping field of
 * the market at all (an older form): the options stay as they are.
 */
function shippingFromForm(v: Record<string, string>, market: string): MarketTermsText['shipping'] | null {
  const F = OFFER_FIELDS;
  const slots = Array.from({ length: MAX_SHIPPING_OPTIONS }, (_, i) => i + 1);
  const named = (slot: number) => [
    F.carrier(market, slot),
    F.shippingPrice(market, slot),
    F.delayDays(market, slot),
  ];
  if (!slots.some((slot) => named(slot).some((n) => v[n] !== undefined))) return null;
  return slots.flatMap((slot) => {
    const [carrier, price, delayDays] = named(slot).map((n) => v[n] ?? '') as [string, string, string];
    if (isChecked(v[F.removeShipping(market, slot)])) return [];
    if (!carrier.trim() && !price.trim() && !delayDays.trim()) return [];
    return [{ slot, carrier, price, delayDays }];
  });
}

const marketFields = (m: string): MarketTermsFields => ({
  price: OFFER_FIELDS.price(m),
  minPrice: OFFER_FIELDS.minPrice(m),
  comment: OFFER_FIELDS.comment(m),
  shipping: OFFER_FIELDS.shipping(m),
  carrier: (slot) => OFFER_FIELDS.carrier(m, slot),
  shippingPrice: (slot) => OFFER_FIELDS.shippingPrice(m, slot),
  delayDays: (slot) => OFFER_FIELDS.delayDays(m, slot),
});

/**
 * Save the offer form: per market price (the seller's price), floor, comment and shipping options
 * (up to three; each market keeps at least one); global stock, warranty and publication. All or
 * nothing, field errors named `<field>_<MARKET>` (`<field>_<MARKET>_<slot>` for shipping); the
 * product's buybox is recomputed in the same transaction. With the repricer on (a floor set), a
 * price equal to the seller's current price leaves the repricer's live price alone, so saving the
 * form does not undo the repricer; a new price, or switching the repricer off, sets the live price
 * to it.
 */
export async function saveOfferForm(
  db: Db,
  clock: Clock,
  a: { sellerId: number; offerId: number; values: Record<string, string> },
): Promise<void> {
  const detail = await sellerOffer(db, a.sellerId, a.offerId);
  const v = a.values;
  const issues: FieldIssue[] = [];
  const int = (name: string, min: number, max: number, label: string) => {
    const s = (v[name] ?? '').trim();
    if (!/^\d{1,6}$/.test(s) || Number(s) < min || Number(s) > max) {
      issues.push({ field: name, message: `must be a whole number from ${min} to ${max}${label}` });
      return undefined;
    }
    return Number(s);
  };
  const quantity = int('quantity', 0, 100_000, '');
  const warrantyMonths = int('warrantyMonths', MIN_WARRANTY_MONTHS, 120, ' months');
  const published = isChecked(v.published);
  // Suspended or unverified shops cannot put an offer back online (DSA Art. 30).
  if (published && !detail.offer.published) await assertCanPublish(db, a.sellerId);
  const updates = detail.terms.flatMap((t) => {
    const m = t.market;
    const shipping = shippingFromForm(v, m);
    const checked = checkMarketTerms(
      t.currency,
      {
        price: v[OFFER_FIELDS.price(m)] ?? '',
        minPrice: v[OFFER_FIELDS.minPrice(m)] ?? '',
        comment: v[OFFER_FIELDS.comment(m)] ?? t.comment,
        // Without shipping fields the options stay: check them as they are.
        shipping:
          shipping ??
          t.shipping.map((s, i) => ({
            slot: i + 1,
            carrier: s.carrier,
            price: formatAmount(s.priceMinor, t.currency),
            delayDays: String(s.delayDays),
          })),
      },
      marketFields(m),
    );
    issues.push(...checked.issues);
    return checked.terms ? [{ t, terms: checked.terms }] : [];
  });
  if (issues.length) throw AppError.invalid(issues);
  const now = clock.now();
  await db.transaction(async (tx) => {
    await tx
      .update(offers)
      .set({ quantity: quantity!, warrantyMonths: warrantyMonths!, published, updatedAt: now })
      .where(and(eq(offers.id, a.offerId), eq(offers.sellerId, a.sellerId)));
    for (const { t, terms } of updates) {
      const price = terms.priceMinor;
      const min = terms.minPriceMinor;
      let live = price;
      if (price === t.sellerPriceMinor && min !== null) {
        // Same seller's price with the repricer on: keep the repricer's live price, within the
        // new floor. A move to the floor is the repricer's (logged, so the seller's price is
        // still read from the log chain).
        live = Math.min(price, Math.max(min, t.priceMinor));
        if (live !== t.priceMinor) {
          await tx.insert(repricerLog).values({
            offerId: a.offerId,
            market: t.market,
            fromMinor: t.priceMinor,
            toMinor: live,
            reason: 'Moved within your new minimum price',
            at: now,
          });
        }
      }
      await tx
        .update(offerPrices)
        .set({ priceMinor: live, minPriceMinor: min, comment: terms.comment, shipping: terms.shipping })
        .where(and(eq(offerPrices.offerId, a.offerId), eq(offerPrices.market, t.market)));
    }
    await refreshBuybox({ db: tx, productIds: [detail.offer.productId] });
  });
}

/** The markets the seller may add to the offer: allowed for the seller, not yet in its terms. */
export async function addableMarkets(db: Db, sellerId: number, d: SellerOfferDetail): Promise<Market[]> {
  const seller = await sellerById(db, sellerId);
  const listed = new Set(d.terms.map((t) => t.market));
  return sellerMarkets(seller.country).filter((m) => !listed.has(m.code));
}

/**
 * Add a market to an offer: its price, optional floor, comment and one shipping option, in the
 * market's currency. The form's fields are those of the create-offer form (`market` is the
 * market code). Refused when the seller may not sell there or the offer is already listed there.
 * The product's buybox is recomputed in the same transaction.
 */
export async function addOfferMarket(
  db: Db,
  clock: Clock,
  a: { sellerId: number; offerId: number; values: Record<string, string> },
): Promise<{ market: string }> {
  const detail = await sellerOffer(db, a.sellerId, a.offerId);
  const seller = await sellerById(db, a.sellerId);
  const v = a.values;
  const issues: FieldIssue[] = [];
  const code = (v.market ?? '').trim().toUpperCase();
  const market = marketByCode(code);
  if (!market) issues.push({ field: 'market', message: 'choose a market' });
  else if (detail.terms.some((t) => t.market === market.code))
    issues.push({ field: 'market', message: `the offer is already listed in ${market.name}` });
  else if (!maySellIn(seller.country, market.code))
    issues.push({
      field: 'market',
      message: `is not a market you may sell in from ${seller.country} (${
        sellerMarkets(seller.country)
          .map((m) => m.code)
          .join(', ') || 'none'
      })`,
    });
  // Amounts are checked in the market's currency (every market's currency has 2 decimals).
  const checked = checkMarketTerms(
    market?.currency ?? 'EUR',
    {
      price: v.price ?? '',
      minPrice: v.minPrice ?? '',
      comment: v.comment ?? '',
      shipping: [
        { slot: 1, carrier: v.carrier ?? '', price: v.shippingPrice ?? '', delayDays: v.delayDays ?? '' },
      ],
    },
    {
      price: 'price',
      minPrice: 'minPrice',
      comment: 'comment',
      shipping: 'carrier',
      carrier: () => 'carrier',
      shippingPrice: () => 'shippingPrice',
      delayDays: () => 'delayDays',
    },
  );
  issues.push(...checked.issues);
  if (issues.length || !market || !checked.terms) throw AppError.invalid(issues);
  const terms = checked.terms;
  try {
    await db.transaction(async (tx) => {
      await tx.insert(offerPrices).values({
        offerId: a.offerId,
        market: market.code,
        currency: market.currency,
        priceMinor: terms.priceMinor,
        minPriceMinor: terms.minPriceMinor,
        comment: terms.comment,
        shipping: terms.shipping,
      });
      await tx
        .update(offers)
        .set({ updatedAt: clock.now() })
        .where(and(eq(offers.id, a.offerId), eq(offers.sellerId, a.sellerId)));
      await refreshBuybox({ db: tx, productIds: [detail.offer.productId] });
    });
  } catch (e) {
    // The same market added at the same time by another request loses on the primary key.
    if (isUniqueViolation(e))
      throw AppError.invalid([{ field: 'market', message: `the offer is already listed in ${market.name}` }]);
    throw e;
  }
  return { market: market.code };
}

/**
 * Remove a market from an offer (delete its terms), as long as another market remains: an offer
 * is listed somewhere (to stop selling, unpublish it or set its stock to 0). The product's
 * buybox is recomputed in the same transaction.
 */
export async function removeOfferMarket(
  db: Db,
  clock: Clock,
  a: { sellerId: number; offerId: number; market: string },
): Promise<{ market: string }> {
  const code = a.market.trim().toUpperCase();
  const field = OFFER_FIELDS.removeMarket(code);
  await db.transaction(async (tx) => {
    // Lock the offer: two removals at once must not leave it without any market.
    const [offer] = await tx
      .select({ id: offers.id, productId: offers.productId })
      .from(offers)
      .where(and(eq(offers.id, a.offerId), eq(offers.sellerId, a.sellerId)))
      .for('update');
    if (!offer) throw AppError.notFound('Offer');
    const terms = await tx
      .select({ market: offerPrices.market })
      .from(offerPrices)
      .where(eq(offerPrices.offerId, a.offerId));
    if (!terms.some((t) => t.market === code))
      throw AppError.invalid([{ field, message: 'the offer is not listed in this market' }]);
    if (terms.length === 1)
      throw AppError.invalid([
        {
          field,
          message:
            'is the offer’s only market: an offer keeps at least one (to stop selling, unpublish it or set its stock to 0)',
        },
      ]);
    await tx.delete(offerPrices).where(and(eq(offerPrices.offerId, a.offerId), eq(offerPrices.market, code)));
    await tx.update(offers).set({ updatedAt: clock.now() }).where(eq(offers.id, a.offerId));
    await refreshBuybox({ db: tx, productIds: [offer.productId] });
  });
  return { market: code };
}

export async function repricerHistory(db: Db, offerId: number) {
  return db
    .select()
    .from(repricerLog)
    .where(eq(repricerLog.offerId, offerId))
    .orderBy(desc(repricerLog.at), desc(repricerLog.id))
    .limit(200);
}

// Orders ---------------------------------------------------------------------------------------

export async function listSellerOrders(
  db: Db,
  sellerId: number,
  opts: { state: number | null; page: number },
) {
  const where = and(
    eq(orders.sellerId, sellerId),
    opts.state === null ? undefined : eq(orders.state, opts.state),
  );
  const [total] = await db.select({ n: count() }).from(orders).where(where);
  const rows = await db
    .select({
      id: orders.id,
      state: orders.state,
      market: orders.market,
      currency: orders.currency,
      totalMinor: orders.totalMinor,
      createdAt: orders.createdAt,
      paidAt: orders.paidAt,
      shippingAddress: orders.shippingAddress,
      lines: sql<number>`(select count(*) from ${orderLines} where ${orderLines.orderId} = ${orders.id})`,
    })
    .from(orders)
    .where(where)
    .orderBy(desc(orders.id))
    .limit(PAGE_SIZE)
    .offset((opts.page - 1) * PAGE_SIZE);
  const counts = await db
    .select({ state: orders.state, n: count() })
    .from(orders)
    .where(eq(orders.sellerId, sellerId))
    .groupBy(orders.state);
  return {
    total: Number(total?.n ?? 0),
    rows,
    byState: new Map(counts.map((c) => [c.state, Number(c.n)])),
  };
}

export const marketName = (code: string) => marketByCode(code)?.name ?? code;

export async function ordersWaiting(db: Db, sellerId: number): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(orders)
    .where(and(eq(orders.sellerId, sellerId), eq(orders.state, 1)));
  return Number(r?.n ?? 0);
}
