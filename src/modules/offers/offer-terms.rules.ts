/**
 * Rules of an offer's terms: THE one set of limits, applied by updateOfferTerms to the seller
 * portal's forms, the seller API's listing updates and CSV batches alike (and by offer creation).
 * Pure: no I/O.
 *
 * - Shipping: 1 to 3 options per market; a carrier (1–40 characters), a price in the market's
 *   currency (0 is free shipping) and a delay in whole days (0–60) before hand-over to the carrier.
 * - Price greater than 0, optional floor (minimum price) not above it, comment ≤ 500 characters.
 * - Stock: a whole number from 0 to 100 000 (0 is offline); warranty: 12 to 120 months.
 * - Markets a seller may list in: a seller established in an EU member state sells in the EU
 *   markets; any other seller only in its own country's market (a UK seller in GB, a US seller in
 *   US), since Reloop's VAT rules cover no export or import (pricing/vat.rules.ts vatTreatment).
 */
import type { FieldIssue } from '../../platform/errors.ts';
import { MARKETS, type Market } from '../../platform/markets.ts';
import { parseMoney } from '../../platform/money.ts';
import { isEuMemberState } from '../pricing/vat.rules.ts';
import { MAX_COMMENT_LENGTH, MIN_WARRANTY_MONTHS } from './grades.ts';
import type { ShippingOption } from './shipping.ts';

export { MAX_COMMENT_LENGTH, MIN_WARRANTY_MONTHS };
export const MAX_SHIPPING_OPTIONS = 3;
export const MAX_CARRIER_LENGTH = 40;
export const MAX_SHIPPING_DELAY_DAYS = 60;
export const MAX_QUANTITY = 100_000;
export const MAX_WARRANTY_MONTHS = 120;

/** A carrier name as stored (trimmed), or null when empty or longer than 40 characters. */
export function carrierName(raw: string | null | undefined): string | null {
  const s = (raw ?? '').trim();
  return s && s.length <= MAX_CARRIER_LENGTH ? s : null;
}

/** Parse an amount of `currency`; a refusal is added to `issues` under `field`. */
export function moneyField(
  text: string,
  currency: string,
  field: string,
  issues: FieldIssue[],
): number | undefined {
  const r = parseMoney(text, currency);
  if (!r.ok) {
    issues.push({ field, message: r.message });
    return undefined;
  }
  return r.amountMinor;
}

/** The markets a seller established in `country` (ISO 3166-1 alpha-2) may list offers in. */
export function sellerMarkets(country: string): Market[] {
  const c = country.trim().toUpperCase();
  if (isEuMemberState(c)) return MARKETS.filter((m) => m.eu);
  return MARKETS.filter((m) => m.code === c);
}

export function maySellIn(country: string, marketCode: string): boolean {
  return sellerMarkets(country).some((m) => m.code === marketCode.toUpperCase());
}

/**
 * An amount as received: a number of minor units, absent (undefined), or text that did not
 * parse (`invalid` is the refusal, reported under the amount's field).
 */
export type Amount = number | { invalid: string } | undefined;

/** Parse an amount of `currency`; '' (or only spaces) is absent. */
export function parseAmount(text: string | null | undefined, currency: string): Amount {
  const s = (text ?? '').trim();
  if (!s) return undefined;
  const r = parseMoney(s, currency);
  return r.ok ? r.amountMinor : { invalid: r.message };
}

/** One shipping option of a market after a change, with the slot (1..3) its fields are named after. */
export type ShippingDraft = {
  slot: number;
  carrier: string | undefined;
  priceMinor: Amount;
  /** Whole days; NaN when typed as something else. */
  delayDays: number | undefined;
};

/**
 * One market's terms after a change, before the limits are checked. `priceMinor` is the
 * seller's price (the repricer's ceiling), `minPriceMinor` the floor (null: no repricer).
 */
export type MarketDraft = {
  market: string;
  priceMinor: Amount;
  minPriceMinor: Amount | null;
  comment: string;
  shipping: ShippingDraft[];
};

/** How a caller names the fields of one market (field issues use these names). */
export type MarketTermsFields = {
  price: string;
  minPrice: string;
  comment: string;
  /** The market's shipping options as a group: "at least one" and "at most three". */
  shipping: string;
  carrier: (slot: number) => string;
  shippingPrice: (slot: number) => string;
  delayDays: (slot: number) => string;
};

export type MarketTerms = {
  priceMinor: number;
  minPriceMinor: number | null;
  comment: string;
  shipping: ShippingOption[];
};

const amountIssue = (a: Amount | null, field: string, required: boolean): FieldIssue | null => {
  if (a === undefined) return required ? { field, message: 'is required' } : null;
  if (a !== null && typeof a === 'object') return { field, message: a.invalid };
  return null;
};

/**
 * The limits of one market's terms: price > 0, floor ≤ price, comment ≤ 500 characters, one to
 * three shipping options, each with a carrier (1–40 characters), a price and a delay of 0–60
 * days. Returns the terms to store, or the field issues (never both).
 */
export function checkMarketDraft(
  d: MarketDraft,
  names: MarketTermsFields,
): { terms: MarketTerms; issues: [] } | { terms: null; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const add = (i: FieldIssue | null) => {
    if (i) issues.push(i);
  };
  add(amountIssue(d.priceMinor, names.price, true));
  if (d.priceMinor === 0) issues.push({ field: names.price, message: 'must be greater than 0' });
  add(amountIssue(d.minPriceMinor, names.minPrice, false));
  if (
    typeof d.priceMinor === 'number' &&
    typeof d.minPriceMinor === 'number' &&
    d.minPriceMinor > d.priceMinor
  )
    issues.push({ field: names.minPrice, message: 'must not exceed the price' });
  if (d.comment.length > MAX_COMMENT_LENGTH)
    issues.push({ field: names.comment, message: `must be at most ${MAX_COMMENT_LENGTH} characters` });
  if (d.shipping.length === 0)
    issues.push({ field: names.shipping, message: 'at least one shipping option is required' });
  if (d.shipping.length > MAX_SHIPPING_OPTIONS)
    issues.push({ field: names.shipping, message: `at most ${MAX_SHIPPING_OPTIONS} shipping options` });
  const shipping: ShippingOption[] = [];
  for (const s of d.shipping) {
    const carrier = carrierName(s.carrier);
    if (!carrier)
      issues.push({
        field: names.carrier(s.slot),
        message: s.carrier?.trim() ? `must be at most ${MAX_CARRIER_LENGTH} characters` : 'is required',
      });
    add(amountIssue(s.priceMinor, names.shippingPrice(s.slot), true));
    const delayOk =
      s.delayDays !== undefined &&
      Number.isInteger(s.delayDays) &&
      s.delayDays >= 0 &&
      s.delayDays <= MAX_SHIPPING_DELAY_DAYS;
    if (!delayOk)
      issues.push({
        field: names.delayDays(s.slot),
        message: `must be a whole number from 0 to ${MAX_SHIPPING_DELAY_DAYS}`,
      });
    if (carrier && typeof s.priceMinor === 'number' && delayOk)
      shipping.push({ carrier, priceMinor: s.priceMinor, delayDays: s.delayDays! });
  }
  if (issues.length) return { terms: null, issues };
  return {
    terms: {
      priceMinor: d.priceMinor as number,
      minPriceMinor: (d.minPriceMinor as number | undefined | null) ?? null,
      comment: d.comment,
      shipping,
    },
    issues: [],
  };
}

/** Stock: a whole number from 0 (offline) to MAX_QUANTITY. */
export function quantityIssue(quantity: number, field: string): FieldIssue | null {
  return Number.isInteger(quantity) && quantity >= 0 && quantity <= MAX_QUANTITY
    ? null
    : { field, message: `must be a whole number from 0 to ${MAX_QUANTITY}` };
}

/** Warranty: whole months from MIN_WARRANTY_MONTHS to MAX_WARRANTY_MONTHS. */
export function warrantyIssue(months: number, field: string): FieldIssue | null {
  return Number.isInteger(months) && months >= MIN_WARRANTY_MONTHS && months <= MAX_WARRANTY_MONTHS
    ? null
    : {
        field,
        message: `must be a whole number from ${MIN_WARRANTY_MONTHS} to ${MAX_WARRANTY_MONTHS} months`,
      };
}

/** A whole number typed in a form (digits only), or NaN. */
export function wholeNumberText(text: string | undefined): number {
  const s = (text ?? '').trim();
  return /^\d{1,7}$/.test(s) ? Number(s) : Number.NaN;
}

/** One market's terms as typed in a form (text fields; an absent optional field is ''). */
export type MarketTermsText = {
  price: string;
  minPrice: string;
  comment: string;
  /** The options kept, each with the slot (1..3) its fields are named after. */
  shipping: Array<{ slot: number; carrier: string; price: string; delayDays: string }>;
};

/** The draft of one market's terms typed in a form, in the market's currency. */
export function marketDraftFromText(market: string, currency: string, input: MarketTermsText): MarketDraft {
  return {
    market,
    priceMinor: parseAmount(input.price, currency),
    minPriceMinor: parseAmount(input.minPrice, currency) ?? null,
    comment: input.comment,
    shipping: input.shipping.map((s) => {
      const d = s.delayDays.trim();
      return {
        slot: s.slot,
        carrier: s.carrier,
        priceMinor: parseAmount(s.price, currency),
        delayDays: /^\d{1,3}$/.test(d) ? Number(d) : Number.NaN,
      };
    }),
  };
}

/**
 * Check one market's terms typed in a form, in the market's currency. Returns the terms to store,
 * or the field issues (never both).
 */
export function checkMarketTerms(
  currency: string,
  input: MarketTermsText,
  names: MarketTermsFields,
): { terms: MarketTerms; issues: [] } | { terms: null; issues: FieldIssue[] } {
  return checkMarketDraft(marketDraftFromText('', currency, input), names);
}

/**
 * The live price after a change of the seller's price or floor. The live price is the seller's
 * price, except with the repricer on (a floor) and the seller's price unchanged: then the
 * repricer's live price stays, moved within the new range [floor, seller's price] if needed (a
 * move the repricer log records, so the seller's price is still read from the log chain).
 */
export function livePriceAfterChange(a: {
  liveMinor: number;
  /** The seller's price before the change (repricer.rules.ts sellerReferencePrice). */
  sellerPriceMinor: number;
  newSellerPriceMinor: number;
  newMinPriceMinor: number | null;
}): { liveMinor: number; moved: boolean } {
  if (a.newSellerPriceMinor !== a.sellerPriceMinor || a.newMinPriceMinor === null)
    return { liveMinor: a.newSellerPriceMinor, moved: false };
  const live = Math.min(a.newSellerPriceMinor, Math.max(a.newMinPriceMinor, a.liveMinor));
  return { liveMinor: live, moved: live !== a.liveMinor };
}

export const FLOOR_MOVE_REASON = 'Moved within your new minimum price';

/** A change of shipping option `slot` (1..3): null carrier or price removes it, undefined keeps a part. */
export type ShippingSlotPatch = {
  slot: number;
  carrier?: string | null;
  priceMinor?: Amount | null;
  /** Whole days; NaN for a refused value; null or undefined keeps it (2 for a new option). */
  delayDays?: number | null;
};

/** The delay of a new shipping option given without one (the seller API's default). */
export const DEFAULT_DELAY_DAYS = 2;

/** Stored options as drafts, slots 1.. in order. */
export const draftsOf = (shipping: readonly ShippingOption[]): ShippingDraft[] =>
  shipping.map((s, i) => ({
    slot: i + 1,
    carrier: s.carrier,
    priceMinor: s.priceMinor,
    delayDays: s.delayDays,
  }));

/** Apply slot changes to a market's options (pure). */
export function patchShipping(
  current: readonly ShippingOption[],
  patch: readonly ShippingSlotPatch[],
): ShippingDraft[] {
  const slots: Array<ShippingDraft | null> = draftsOf(current);
  for (const p of patch) {
    const at = p.slot - 1;
    if (!Number.isInteger(p.slot) || at < 0 || at >= MAX_SHIPPING_OPTIONS) continue;
    if (p.carrier === null || p.priceMinor === null) {
      if (at < slots.length) slots[at] = null;
      continue;
    }
    const existing = slots[at] ?? null;
    while (slots.length < at) slots.push(null);
    slots[at] = {
      slot: p.slot,
      carrier: p.carrier === undefined ? existing?.carrier : p.carrier,
      priceMinor: p.priceMinor === undefined ? existing?.priceMinor : p.priceMinor,
      delayDays:
        p.delayDays === undefined || p.delayDays === null
          ? (existing?.delayDays ?? DEFAULT_DELAY_DAYS)
          : p.delayDays,
    };
  }
  return slots.filter((s): s is ShippingDraft => s !== null);
}
