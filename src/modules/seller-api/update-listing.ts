/**
 * Update one of a seller's listings (offers) for one market, in real time: price, floor price,
 * comment and shipping are per market; quantity and warranty are global. Only the fields given
 * change. Quantity 0 takes the listing offline (it leaves every buybox). The buybox of the
 * product is recomputed in the same transaction.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import type { Market } from '../../platform/markets.ts';
import { MAX_COMMENT_LENGTH, MIN_WARRANTY_MONTHS } from '../offers/grades.ts';
import {
  carrierName,
  MAX_SHIPPING_DELAY_DAYS,
  MAX_SHIPPING_OPTIONS,
  moneyField as money,
} from '../offers/offer-terms.rules.ts';
import { offerPrices, offers, type ShippingOption } from '../offers/offers.schema.ts';
import { refreshBuybox } from '../offers/refresh-buybox.ts';
import { marketAccessIssues } from '../offers/seller-markets.ts';

export const MAX_QUANTITY = 100_000;
export const MAX_WARRANTY_MONTHS = 120;
/** Shipping rules are shared with the seller portal's forms (offers/offer-terms.rules.ts). */
export { MAX_SHIPPING_OPTIONS };

/** A change of shipping option `index` (1..3); null price or carrier removes the option. */
export type ShippingPatch = {
  index: number;
  carrier?: string | null;
  priceText?: string | null;
  delayHours?: number | null;
};

export type ListingPatch = {
  price?: string;
  /** null clears the floor price. */
  minPrice?: string | null;
  /** Must be the market's currency when given. */
  currency?: string;
  comment?: string | null;
  quantity?: number;
  warrantyMonths?: number;
  shipping?: ShippingPatch[];
};

/** The seller's own offer by id, or null (another seller's offer does not exist for them). */
export async function findOwnOffer(db: Db, sellerId: number, offerId: number) {
  const [o] = await db
    .select()
    .from(offers)
    .where(and(eq(offers.id, offerId), eq(offers.sellerId, sellerId)));
  return o ?? null;
}

/** The seller's own offer by SKU (case-insensitive), or null. */
export async function findOwnOfferBySku(db: Db, sellerId: number, sku: string) {
  const [o] = await db
    .select()
    .from(offers)
    .where(and(eq(offers.sellerId, sellerId), sql`lower(${offers.sku}) = lower(${sku})`));
  return o ?? null;
}

export async function updateListing({
  db,
  clock,
  sellerId,
  offerId,
  market,
  patch,
  deferBuybox,
}: {
  db: Db;
  clock: Clock;
  sellerId: number;
  offerId: number;
  market: Market;
  patch: ListingPatch;
  /** Bulk imports refresh buyboxes once per chunk (see createOffer). */
  deferBuybox?: (productId: string) => void;
}): Promise<void> {
  const offer = await findOwnOffer(db, sellerId, offerId);
  if (!offer) throw AppError.notFound('Listing');
  const [terms] = await db
    .select()
    .from(offerPrices)
    .where(and(eq(offerPrices.offerId, offerId), eq(offerPrices.market, market.code)));

  const issues: FieldIssue[] = [];
  const cur = market.currency;
  if (patch.currency !== undefined && patch.currency.toUpperCase() !== cur)
    issues.push({ field: 'currency', message: `must be ${cur}, the currency of market ${market.locale}` });
  const price = patch.price === undefined ? undefined : money(patch.price, cur, 'price', issues);
  if (price === 0) issues.push({ field: 'price', message: 'must be greater than 0' });
  const minPrice =
    patch.minPrice === undefined || patch.minPrice === null
      ? patch.minPrice
      : money(patch.minPrice, cur, 'min_price', issues);
  if (patch.comment != null && patch.comment.length > MAX_COMMENT_LENGTH)
    issues.push({ field: 'comment', message: `must be at most ${MAX_COMMENT_LENGTH} characters` });
  if (
    patch.quantity !== undefined &&
    (!Number.isInteger(patch.quantity) || patch.quantity < 0 || patch.quantity > MAX_QUANTITY)
  )
    issues.push({ field: 'quantity', message: `must be a whole number from 0 to ${MAX_QUANTITY}` });
  if (
    patch.warrantyMonths !== undefined &&
    (!Number.isInteger(patch.warrantyMonths) ||
      patch.warrantyMonths < MIN_WARRANTY_MONTHS ||
      patch.warrantyMonths > MAX_WARRANTY_MONTHS)
  )
    issues.push({
      field: 'warranty_delay',
      message: `must be a whole number of months from ${MIN_WARRANTY_MONTHS} to ${MAX_WARRANTY_MONTHS}`,
    });

  // Shipping options of this market after the patch.
  const shipping: Array<ShippingOption | null> = [...(terms?.shipping ?? [])];
  for (const s of patch.shipping ?? []) {
    const at = s.index - 1;
    if (!Number.isInteger(s.index) || at < 0 || at >= MAX_SHIPPING_OPTIONS) continue;
    if (s.carrier === null || s.priceText === null) {
      if (at < shipping.length) shipping[at] = null;
      continue;
    }
    const existing = shipping[at] ?? null;
    const carrier = s.carrier?.trim() ?? existing?.carrier;
    const priceMinor =
      s.priceText === undefined
        ? existing?.priceMinor
        : money(s.priceText, cur, `shipping_price_${s.index}`, issues);
    const delayDays =
      s.delayHours === undefined || s.delayHours === null
        ? (existing?.delayDays ?? 2)
        : Math.ceil(s.delayHours / 24);
    if (
      s.delayHours != null &&
      (!Number.isInteger(s.delayHours) || s.delayHours < 0 || s.delayHours > MAX_SHIPPING_DELAY_DAYS * 24)
    )
      issues.push({
        field: `shipping_delay_${s.index}`,
        message: 'must be a whole number of hours from 0 to 1440',
      });
    if (!carrierName(carrier))
      issues.push({
        field: `shipper_${s.index}`,
        message: 'is required (at most 40 characters) for a new option',
      });
    if (priceMinor === undefined && s.priceText === undefined)
      issues.push({ field: `shipping_price_${s.index}`, message: 'is required for a new shipping option' });
    if (carrier && priceMinor !== undefined) {
      while (shipping.length < at) shipping.push(null);
      shipping[at] = { carrier, priceMinor, delayDays };
    }
  }
  const nextShipping = shipping.filter((s): s is ShippingOption => s !== null);
  const touchesMarket =
    patch.price !== undefined ||
    patch.minPrice !== undefined ||
    patch.comment !== undefined ||
    (patch.shipping?.length ?? 0) > 0;
  if (touchesMarket && !terms)
    issues.push(
      ...(await marketAccessIssues(db, sellerId, [{ code: market.code, field: 'Accept-Language' }])),
    );
  if (touchesMarket) {
    if (!terms && patch.price === undefined)
      issues.push({ field: 'price', message: `is required to list this offer in market ${market.locale}` });
    if (nextShipping.length === 0)
      issues.push({
        field: 'shipping_price_1',
        message: `at least one shipping option is required in ${market.locale}`,
      });
  }
  const finalPrice = price ?? terms?.priceMinor;
  const finalMin = minPrice === undefined ? (terms?.minPriceMinor ?? null) : minPrice;
  if (finalPrice !== undefined && finalMin !== null && finalMin !== undefined && finalMin > finalPrice)
    issues.push({ field: 'min_price', message: 'must not exceed the price' });
  if (issues.length) throw AppError.invalid(issues);

  const now = clock.now();
  await db.transaction(async (tx) => {
    await tx
      .update(offers)
      .set({
        ...(patch.quantity !== undefined ? { quantity: patch.quantity } : {}),
        ...(patch.warrantyMonths !== undefined ? { warrantyMonths: patch.warrantyMonths } : {}),
        updatedAt: now,
      })
      .where(eq(offers.id, offerId));
    if (touchesMarket) {
      const values = {
        priceMinor: finalPrice!,
        minPriceMinor: finalMin ?? null,
        comment: patch.comment === undefined ? (terms?.comment ?? '') : (patch.comment ?? ''),
        shipping: nextShipping,
      };
      if (terms) {
        await tx
          .update(offerPrices)
          .set(values)
          .where(and(eq(offerPrices.offerId, offerId), eq(offerPrices.market, market.code)));
      } else {
        await tx.insert(offerPrices).values({ offerId, market: market.code, currency: cur, ...values });
      }
    }
    if (deferBuybox) deferBuybox(offer.productId);
    else await refreshBuybox({ db: tx, productIds: [offer.productId] });
  });
}
