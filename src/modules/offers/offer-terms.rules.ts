/**
 * Rules of an offer's per-market terms, shared by the seller portal's forms, offer creation and
 * the seller API's listing updates. Pure: no I/O.
 *
 * - Shipping: 1 to 3 options per market; a carrier (1–40 characters), a price in the market's
 *   currency (0 is free shipping) and a delay in whole days (0–60) before hand-over to the carrier.
 * - Price greater than 0, optional floor (minimum price) not above it, comment ≤ 500 characters.
 * - Markets a seller may list in: a seller established in an EU member state sells in the EU
 *   markets; any other seller only in its own country's market (a UK seller in GB, a US seller in
 *   US), since Reloop's VAT rules cover no export or import (pricing/vat.rules.ts vatTreatment).
 */
import type { FieldIssue } from '../../platform/errors.ts';
import { MARKETS, type Market } from '../../platform/markets.ts';
import { parseMoney } from '../../platform/money.ts';
import { isEuMemberState } from '../pricing/vat.rules.ts';
import { MAX_COMMENT_LENGTH } from './grades.ts';
import type { ShippingOption } from './offers.schema.ts';

export const MAX_SHIPPING_OPTIONS = 3;
export const MAX_CARRIER_LENGTH = 40;
export const MAX_SHIPPING_DELAY_DAYS = 60;

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

/** One market's terms as typed in a form (text fields; an absent optional field is ''). */
export type MarketTermsText = {
  price: string;
  minPrice: string;
  comment: string;
  /** The options kept, each with the slot (1..3) its fields are named after. */
  shipping: Array<{ slot: number; carrier: string; price: string; delayDays: string }>;
};

/** How the form names each input of one market (field errors use these names). */
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

/**
 * Check one market's terms typed in a form, in the market's currency. Returns the terms to store,
 * or the field issues (never both).
 */
export function checkMarketTerms(
  currency: string,
  input: MarketTermsText,
  names: MarketTermsFields,
): { terms: MarketTerms; issues: [] } | { terms: null; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const amount = (text: string, field: string, required: boolean) => {
    const s = text.trim();
    if (!s) {
      if (required) issues.push({ field, message: 'is required' });
      return null;
    }
    return moneyField(s, currency, field, issues);
  };
  const price = amount(input.price, names.price, true);
  if (price === 0) issues.push({ field: names.price, message: 'must be greater than 0' });
  const min = amount(input.minPrice, names.minPrice, false);
  if (typeof price === 'number' && typeof min === 'number' && min > price)
    issues.push({ field: names.minPrice, message: 'must not exceed the price' });
  if (input.comment.length > MAX_COMMENT_LENGTH)
    issues.push({ field: names.comment, message: `must be at most ${MAX_COMMENT_LENGTH} characters` });

  const shipping: ShippingOption[] = [];
  if (input.shipping.length === 0)
    issues.push({ field: names.shipping, message: 'at least one shipping option is required' });
  if (input.shipping.length > MAX_SHIPPING_OPTIONS)
    issues.push({ field: names.shipping, message: `at most ${MAX_SHIPPING_OPTIONS} shipping options` });
  for (const s of input.shipping) {
    const carrier = carrierName(s.carrier);
    if (!carrier)
      issues.push({
        field: names.carrier(s.slot),
        message: s.carrier.trim() ? `must be at most ${MAX_CARRIER_LENGTH} characters` : 'is required',
      });
    const priceMinor = amount(s.price, names.shippingPrice(s.slot), true);
    const d = s.delayDays.trim();
    const delayDays = /^\d{1,3}$/.test(d) && Number(d) <= MAX_SHIPPING_DELAY_DAYS ? Number(d) : undefined;
    if (delayDays === undefined)
      issues.push({
        field: names.delayDays(s.slot),
        message: `must be a whole number from 0 to ${MAX_SHIPPING_DELAY_DAYS}`,
      });
    if (carrier && typeof priceMinor === 'number' && delayDays !== undefined)
      shipping.push({ carrier, priceMinor, delayDays });
  }
  if (issues.length) return { terms: null, issues };
  return {
    terms: { priceMinor: price as number, minPriceMinor: min ?? null, comment: input.comment, shipping },
    issues: [],
  };
}
