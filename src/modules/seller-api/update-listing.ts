/**
 * Update one of a seller's listings (offers) for one market, in real time: price, floor price,
 * comment and shipping are per market; quantity and warranty are global. Only the fields given
 * change. Quantity 0 takes the listing offline (it leaves every buybox). The buybox of the
 * product is recomputed in the same transaction.
 */
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { FieldIssue } from '../../platform/errors.ts';
import type { Market } from '../../platform/markets.ts';
import { MAX_SHIPPING_DELAY_DAYS, MAX_SHIPPING_OPTIONS, parseAmount } from '../offers/offer-terms.rules.ts';
import {
  type MarketTermsChange,
  type OfferTermsFields,
  updateOfferTerms,
} from '../offers/update-offer-terms.ts';

/** Limits are the offers module's (offers/offer-terms.rules.ts), the same as the portal's and CSV's. */
export { MAX_QUANTITY, MAX_WARRANTY_MONTHS } from '../offers/offer-terms.rules.ts';
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

/** The seller API's field names (Back Market's), for the offers module's refusals. */
export const LISTING_FIELDS: OfferTermsFields = {
  quantity: 'quantity',
  warrantyMonths: 'warranty_delay',
  market: () => 'Accept-Language',
  removeMarket: () => 'Accept-Language',
  terms: () => ({
    price: 'price',
    minPrice: 'min_price',
    comment: 'comment',
    shipping: 'shipping_price_1',
    carrier: (n) => `shipper_${n}`,
    shippingPrice: (n) => `shipping_price_${n}`,
    delayDays: (n) => `shipping_delay_${n}`,
  }),
};

/** Shipping delays come in hours (0–1440) and are stored in whole days, rounded up. */
function delayDaysOf(hours: number | null | undefined): number | null | undefined {
  if (hours === undefined || hours === null) return hours;
  if (!Number.isInteger(hours) || hours < 0 || hours > MAX_SHIPPING_DELAY_DAYS * 24) return Number.NaN;
  return Math.ceil(hours / 24);
}

/**
 * A listing's patch as the offers module's change (updateOfferTerms): amounts parsed in the
 * market's currency, delays turned into days. Pure.
 */
export function listingChange(
  market: Market,
  patch: ListingPatch,
): { market?: MarketTermsChange; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const cur = market.currency;
  if (patch.currency !== undefined && patch.currency.toUpperCase() !== cur)
    issues.push({ field: 'currency', message: `must be ${cur}, the currency of market ${market.locale}` });
  const touchesMarket =
    patch.price !== undefined ||
    patch.minPrice !== undefined ||
    patch.comment !== undefined ||
    (patch.shipping?.length ?? 0) > 0;
  if (!touchesMarket) return { issues };
  const change: MarketTermsChange = { market: market.code };
  if (patch.price !== undefined)
    change.priceMinor = parseAmount(patch.price, cur) ?? { invalid: 'is required' };
  if (patch.minPrice !== undefined)
    change.minPriceMinor = patch.minPrice === null ? null : (parseAmount(patch.minPrice, cur) ?? null);
  if (patch.comment !== undefined) change.comment = patch.comment ?? '';
  if (patch.shipping?.length)
    change.shipping = {
      patch: patch.shipping.map((s) => ({
        slot: s.index,
        ...(s.carrier !== undefined ? { carrier: s.carrier === null ? null : s.carrier.trim() } : {}),
        ...(s.priceText !== undefined
          ? {
              priceMinor:
                s.priceText === null ? null : (parseAmount(s.priceText, cur) ?? { invalid: 'is required' }),
            }
          : {}),
        delayDays: delayDaysOf(s.delayHours),
      })),
    };
  return { market: change, issues };
}

/**
 * Update one of a seller's listings for one market (the seller API's POST /ws/listings/{id} and
 * each updating line of a CSV batch), through the offers module's updateOfferTerms.
 */
export async function updateListing(
  deps: { db: Db; clock: Clock; deferBuybox?: (productId: string) => void },
  input: { sellerId: number; offerId: number; market: Market; patch: ListingPatch },
): Promise<void> {
  const { patch } = input;
  const change = listingChange(input.market, patch);
  await updateOfferTerms(deps, {
    sellerId: input.sellerId,
    offerId: input.offerId,
    ...(patch.quantity !== undefined ? { quantity: patch.quantity } : {}),
    ...(patch.warrantyMonths !== undefined ? { warrantyMonths: patch.warrantyMonths } : {}),
    markets: change.market ? [change.market] : [],
    fields: LISTING_FIELDS,
    issues: change.issues,
    notFound: 'Listing',
  });
}
