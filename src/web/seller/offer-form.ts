/**
 * The seller portal's offer forms: how their inputs are named, and reading them into the offers
 * module's change (updateOfferTerms), which applies the one set of limits and refreshes the
 * buybox. Field errors come back under the form's names.
 */
import {
  MAX_SHIPPING_OPTIONS,
  type MarketTermsFields,
  type MarketTermsText,
  marketDraftFromText,
  sellerMarkets,
  wholeNumberText,
} from '../../modules/offers/offer-terms.rules.ts';
import { ZCreateOfferInputSchema } from '../../modules/offers/offers.types.ts';
import { type SellerOfferDetail, sellerOffer } from '../../modules/offers/seller-offers.read-model.ts';
import { type OfferTermsFields, updateOfferTerms } from '../../modules/offers/update-offer-terms.ts';
import { findSeller } from '../../modules/sellers/sellers.store.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import type { Translate } from '../../platform/i18n.ts';
import { type Market, marketByCode } from '../../platform/markets.ts';
import { formatAmount, formatDecimalInput, parseDecimalInput } from '../../platform/money.ts';
import { fieldIssues } from '../../platform/validation.ts';

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

/** The offer forms' amount inputs (price, floor, shipping price; per market and slot on the edit form). */
const DECIMAL_FIELD = /^(price|minPrice|shippingPrice)(_|$)/;

/**
 * The offer form's amounts as the reader typed them in `locale` ("129,90" in fr, "1 299,90",
 * "129.90" in en) → the canonical "129.90" the offers module reads; every amount that is not one
 * is a field error (a 400 naming the field), with an example in the reader's locale. Empty inputs
 * stay empty (optional fields).
 */
export function localeAmounts(
  values: Record<string, string>,
  locale: string,
  t: Translate,
): Record<string, string> {
  const out = { ...values };
  const issues: FieldIssue[] = [];
  for (const [name, text] of Object.entries(values)) {
    if (!DECIMAL_FIELD.test(name) || !text.trim()) continue;
    const minor = parseDecimalInput(text, locale);
    if (minor !== null) out[name] = formatAmount(minor, 'EUR');
    // Too many decimals: the offers module names the currency's limit ("EUR allows at most 2…").
    else if (/^\d+[.,]\d{3,}$/.test(text.trim())) out[name] = text.trim().replace(',', '.');
    else
      issues.push({
        field: name,
        message: t('portal.form.amount', { example: formatDecimalInput(12990, locale) }),
      });
  }
  if (issues.length) throw AppError.invalid(issues, t('portal.error.summary'));
  return out;
}

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

/** The edit form's names, per market. */
const EDIT_FIELDS: OfferTermsFields = {
  quantity: 'quantity',
  warrantyMonths: 'warrantyMonths',
  market: () => 'market',
  removeMarket: (m) => OFFER_FIELDS.removeMarket(m),
  terms: marketFields,
};

/** The add-a-market form's names (those of the create-offer form). */
const ADD_FIELDS: OfferTermsFields = {
  ...EDIT_FIELDS,
  terms: () => ({
    price: 'price',
    minPrice: 'minPrice',
    comment: 'comment',
    shipping: 'carrier',
    carrier: () => 'carrier',
    shippingPrice: () => 'shippingPrice',
    delayDays: () => 'delayDays',
  }),
};

/**
 * Save the offer form: per market the seller's price, floor, comment and shipping options (up to
 * three; each market keeps at least one); global stock, warranty and publication. All or
 * nothing, field errors named `<field>_<MARKET>` (`<field>_<MARKET>_<slot>` for shipping). With
 * the repricer on (a floor set), a price equal to the seller's current price leaves the
 * repricer's live price alone (offer-terms.rules.ts livePriceAfterChange).
 */
export async function saveOfferForm(
  db: Db,
  clock: Clock,
  a: { sellerId: number; offerId: number; values: Record<string, string> },
): Promise<void> {
  const detail = await sellerOffer(db, a.sellerId, a.offerId);
  const v = a.values;
  await updateOfferTerms(
    { db, clock },
    {
      sellerId: a.sellerId,
      offerId: a.offerId,
      quantity: wholeNumberText(v.quantity),
      warrantyMonths: wholeNumberText(v.warrantyMonths),
      published: isChecked(v.published),
      markets: detail.terms.map((t) => {
        const m = t.market;
        const shipping = shippingFromForm(v, m);
        const draft = marketDraftFromText(m, t.currency, {
          price: v[OFFER_FIELDS.price(m)] ?? '',
          minPrice: v[OFFER_FIELDS.minPrice(m)] ?? '',
          comment: v[OFFER_FIELDS.comment(m)] ?? t.comment,
          // Without shipping fields the options stay as they are.
          shipping:
            shipping ??
            t.shipping.map((s, i) => ({
              slot: i + 1,
              carrier: s.carrier,
              price: formatAmount(s.priceMinor, t.currency),
              delayDays: String(s.delayDays),
            })),
        });
        return {
          market: m,
          priceMinor: draft.priceMinor ?? { invalid: 'is required' },
          minPriceMinor: draft.minPriceMinor,
          comment: draft.comment,
          shipping: { replace: draft.shipping },
        };
      }),
      fields: EDIT_FIELDS,
    },
  );
}

/** The markets the seller may add to the offer: allowed for the seller, not yet in its terms. */
export async function addableMarkets(db: Db, sellerId: number, d: SellerOfferDetail): Promise<Market[]> {
  const seller = await findSeller(db, sellerId);
  if (!seller) throw AppError.notFound('Seller');
  const listed = new Set(d.terms.map((t) => t.market));
  return sellerMarkets(seller.country).filter((m) => !listed.has(m.code));
}

/**
 * Add a market to an offer: its price, optional floor, comment and one shipping option, in the
 * market's currency. The form's fields are those of the create-offer form (`market` is the
 * market code).
 */
export async function addOfferMarket(
  db: Db,
  clock: Clock,
  a: { sellerId: number; offerId: number; values: Record<string, string> },
): Promise<{ market: string }> {
  const v = a.values;
  const code = (v.market ?? '').trim().toUpperCase();
  // Amounts are read in the market's currency (every market's currency has 2 decimals).
  const draft = marketDraftFromText(code, marketByCode(code)?.currency ?? 'EUR', {
    price: v.price ?? '',
    minPrice: v.minPrice ?? '',
    comment: v.comment ?? '',
    shipping: [
      { slot: 1, carrier: v.carrier ?? '', price: v.shippingPrice ?? '', delayDays: v.delayDays ?? '' },
    ],
  });
  await updateOfferTerms(
    { db, clock },
    {
      sellerId: a.sellerId,
      offerId: a.offerId,
      markets: [
        {
          market: code,
          add: true,
          priceMinor: draft.priceMinor,
          minPriceMinor: draft.minPriceMinor,
          comment: draft.comment,
          shipping: { replace: draft.shipping },
        },
      ],
      fields: ADD_FIELDS,
    },
  );
  return { market: code };
}

/**
 * Remove a market from an offer (delete its terms), as long as another market remains: an offer
 * is listed somewhere (to stop selling, unpublish it or set its stock to 0).
 */
export async function removeOfferMarket(
  db: Db,
  clock: Clock,
  a: { sellerId: number; offerId: number; market: string },
): Promise<{ market: string }> {
  const code = a.market.trim().toUpperCase();
  await updateOfferTerms(
    { db, clock },
    { sellerId: a.sellerId, offerId: a.offerId, removeMarkets: [code], fields: EDIT_FIELDS },
  );
  return { market: code };
}

/** The create-offer form's fields → createOffer's input (one market, one shipping option). */
export const OFFER_FIELD_OF_PATH: Record<string, string> = {
  'markets.0.market': 'market',
  'markets.0.price': 'price',
  'markets.0.minPrice': 'minPrice',
  'markets.0.comment': 'comment',
  'markets.0.shipping.0.carrier': 'carrier',
  'markets.0.shipping.0.price': 'shippingPrice',
  'markets.0.shipping.0.delayDays': 'delayDays',
  'markets.0.shipping': 'carrier',
  markets: 'market',
};

export function offerInputFromForm(v: Record<string, string>): { input: unknown; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const int = (name: string) => {
    const s = (v[name] ?? '').trim();
    if (!/^-?\d{1,9}$/.test(s)) {
      issues.push({ field: name, message: 'must be a whole number' });
      return 0;
    }
    return Number(s);
  };
  const minPrice = (v.minPrice ?? '').trim();
  const input = {
    productId: v.productId ?? '',
    grade: v.grade ?? '',
    sku: v.sku ?? '',
    quantity: int('quantity'),
    warrantyMonths: int('warrantyMonths'),
    vatType: v.vatType ?? '',
    published: v.published === 'on' || v.published === 'true',
    markets: [
      {
        market: v.market ?? '',
        price: (v.price ?? '').trim(),
        ...(minPrice ? { minPrice } : {}),
        comment: v.comment ?? '',
        shipping: [
          { carrier: v.carrier ?? '', price: (v.shippingPrice ?? '').trim(), delayDays: int('delayDays') },
        ],
      },
    ],
  };
  const parsed = ZCreateOfferInputSchema.safeParse(input);
  if (!parsed.success) {
    for (const i of fieldIssues(parsed.error)) {
      const field = OFFER_FIELD_OF_PATH[i.field] ?? i.field;
      if (!issues.some((x) => x.field === field)) issues.push({ field, message: i.message });
    }
  }
  return { input, issues };
}
