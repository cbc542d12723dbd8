/** Reloop rows → Back Market wire objects (ListingPublic, Order, OrderLine). Prices are strings. */

import type { Grade } from '../modules/offers/grades.ts';
import type { PostalAddress } from '../modules/orders/orders.types.ts';
import type { SellerListingRow } from '../modules/seller-api/seller-listings.read-model.ts';
import type { SellerOrderView } from '../modules/seller-api/seller-orders.read-model.ts';
import { type Market, marketByCode } from '../platform/markets.ts';
import { formatAmount, MAX_AMOUNT_MINOR } from '../platform/money.ts';
import { legacyProductNumber, listingUuid } from './ws-ids.ts';

/** Deprecated integer `state` of a listing (ListingStateValue). */
export const LEGACY_LISTING_STATE: Record<Grade, number> = {
  PREMIUM: 9,
  EXCELLENT: 0,
  VERY_GOOD: 1,
  GOOD: 2,
  FAIR: 3,
  STALLONE: 4,
};

/**
 * Order-line `condition` (ProductCondition: 9 Premium, 10 Excellent, 11 Good, 12 Fair). Back Market
 * has no condition for VERY_GOOD and STALLONE: they are reported as the shopper-facing grade they
 * are shown under (Good and Fair).
 */
export const PRODUCT_CONDITION: Record<Grade, number> = {
  PREMIUM: 9,
  EXCELLENT: 10,
  VERY_GOOD: 11,
  GOOD: 11,
  FAIR: 12,
  STALLONE: 12,
};

/** The largest price the API accepts (platform/money.ts MAX_AMOUNT_MINOR): above it, a 400. */
export function maxListingPrice(currency: string): string {
  return formatAmount(MAX_AMOUNT_MINOR, currency);
}

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : undefined);

export function presentListing(row: SellerListingRow, market: Market) {
  const { offer, terms } = row;
  const currency = terms?.currency ?? market.currency;
  return {
    id: listingUuid(offer.id),
    listing_id: offer.id,
    product_id: offer.productId,
    backmarket_id: legacyProductNumber(offer.productId),
    title: row.title,
    shippings: (terms?.shipping ?? []).map((s) => ({
      shipping_price: formatAmount(s.priceMinor, currency),
      shipping_delay: s.delayDays * 24,
      shipper: s.carrier,
      shipper_display: s.carrier,
      country_code: market.locale,
    })),
    state: LEGACY_LISTING_STATE[offer.grade as Grade],
    grade: offer.grade,
    quantity: offer.quantity,
    currency,
    sku: offer.sku,
    publication_state: row.publicationState,
    warranty_delay: offer.warrantyMonths,
    price: terms ? formatAmount(terms.priceMinor, currency) : '0.00',
    comment: terms ? terms.comment : null,
    min_price: terms?.minPriceMinor != null ? formatAmount(terms.minPriceMinor, currency) : null,
    max_price: maxListingPrice(currency),
    new_battery: false,
    vat_type: offer.vatType,
  };
}

function address(a: PostalAddress) {
  const name = a.name.trim();
  const space = name.indexOf(' ');
  return {
    country: a.country,
    city: a.city,
    postalCode: a.postalCode,
    firstName: space > 0 ? name.slice(0, space) : name,
    lastName: space > 0 ? name.slice(space + 1) : '',
    ...(a.company ? { company: a.company } : {}),
    ...(a.phone ? { phoneNumber: a.phone } : {}),
    street: a.line1,
    ...(a.line2 ? { street2: a.line2 } : {}),
  };
}

export function presentOrder(v: SellerOrderView) {
  const o = v.order;
  const cur = o.currency;
  const amount = (minor: number) => formatAmount(minor, cur);
  return {
    order_id: o.id,
    state: o.state,
    shipping_address: address(o.shippingAddress),
    billing_address: address(o.billingAddress),
    ...(o.trackingNumber ? { tracking_number: o.trackingNumber } : {}),
    ...(o.shipper ? { shipper_display: o.shipper } : {}),
    is_backship: false,
    date_creation: iso(o.createdAt)!,
    date_modification: iso(v.modifiedAt)!,
    ...(o.shippedAt ? { date_shipping: iso(o.shippedAt) } : {}),
    ...(o.paidAt ? { date_payment: iso(o.paidAt) } : {}),
    price: amount(o.itemsTotalMinor),
    shipping_price: amount(o.shippingTotalMinor),
    currency: cur,
    country_code: marketByCode(o.market)?.locale ?? o.market.toLowerCase(),
    paypal_reference: null,
    installment_payment: false,
    payment_method: v.paymentMethod === 'bank_transfer' ? 'BANK_TRANSFER' : 'CARD',
    sales_taxes: amount(o.vatTotalMinor),
    ...(o.invoiceNumber ? { invoice_number: o.invoiceNumber } : {}),
    orderlines: v.lines.map((l) => ({
      id: l.id,
      date_creation: iso(o.createdAt)!,
      state: l.state,
      price: amount(l.unitPriceMinor),
      shipping_price: amount(l.shippingPriceMinor),
      currency: cur,
      listing: l.sku,
      listing_id: l.offerId,
      orderline_fee: amount(l.commissionMinor),
      product: l.productName,
      quantity: l.quantity,
      brand: l.brand,
      product_id: legacyProductNumber(l.productId),
      product_uuid: l.productId,
      backcare: l.insurancePremiumMinor > 0,
      backcare_price: l.insurancePremiumMinor,
      sales_taxes: amount(l.lineVatMinor),
      imei: l.imei ?? '',
      serial_number: l.serialNumber ?? '',
      condition: PRODUCT_CONDITION[l.grade as Grade] ?? 11,
      vat_type: l.vatType,
    })),
  };
}
