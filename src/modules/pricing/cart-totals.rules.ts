/**
 * Pricing a checkout: one order (and one invoice) per seller, plus the platform's own charges.
 * Pure. Sources: domain-rules §1.6 (service fee, commission base), §3 (VAT treatments, rates,
 * margin scheme 3.4), §3.6 (invoice content), §6 (half-up rounding, per-rate VAT, allocation).
 *
 * Decisions
 * - Input prices are the listed prices of the market, incl. VAT (gross). For a 'reverse_charge'
 *   line this checkout prices the goods and shipping without VAT: unit = netFromGross(listed unit,
 *   rate), shipping = netFromGross(listed shipping, rate). Everything below uses the charged
 *   amounts.
 * - `shippingMinor` is the shipping price of the whole line (Back Market's order-line
 *   shipping_price); `insurancePremiumMinor` is per unit (one policy per device), × quantity.
 * - Seller's invoice = goods + shipping. Shipping is ancillary to the goods and follows their
 *   treatment and rate (incl. margin: shipping charged is part of the selling price). VAT per rate
 *   on summed amounts (invoiceVat); per-line VAT is informational.
 * - Insurance is the insurer's supply, collected by the platform, VAT-exempt (Art. 135(1)(a));
 *   never on the seller's invoice. Reported per seller only because each order row stores it.
 * - Service fee: the platform's own supply, charged once per checkout on the items total (see
 *   service-fee.rules.ts), never on a seller's invoice. Its VAT is the platform's, at the market's
 *   standard rate on the day (`platformVat`, 0 where the market has none). It is allocated to the
 *   orders by items total (largest remainder, sums to the fee) so each order knows its share.
 * - Per seller: total = goods + insurance + service fee share; grand total = Σ seller totals.
 */

import { AppError } from '../../platform/errors.ts';
import type { MarketCode } from '../../platform/markets.ts';
import { marketByCode, standardVatRateAt } from '../../platform/markets.ts';
import { allocate } from '../../platform/money.ts';
import { PLATFORM_REVERSE_CHARGE_MENTION } from './platform-vat.rules.ts';
import { serviceFeeFor } from './service-fee.rules.ts';
import type { InvoiceVat, VatTreatment, VatType } from './vat.rules.ts';
import { invoiceVat, netFromGross, vatIncluded } from './vat.rules.ts';

export type SellerId = string | number;

export type CheckoutLineInput = {
  sellerId: SellerId;
  /** Listed unit price in the market, incl. VAT. */
  unitPriceMinor: number;
  quantity: number;
  /** Shipping for the whole line, listed incl. VAT. */
  shippingMinor: number;
  vatType: VatType;
  /** Per unit; 0 when the buyer did not take insurance. */
  insurancePremiumMinor: number;
  treatment: VatTreatment;
  /** The rate that applies to this line (vatRateBpFor). */
  rateBp: number;
};

export type PriceCheckoutInput = {
  market: string;
  /** The day the cart is validated: it picks the platform's VAT rate on the service fee. */
  at: Date;
  lines: readonly CheckoutLineInput[];
  /** Overrides the fee table (e.g. a promotion); default serviceFeeFor(market, items total). */
  serviceFeeMinor?: number;
  /**
   * The buyer is a business with a verified VAT number of another member state than the
   * platform's: the service fee (a B2B service, Art. 44) is charged without VAT and the buyer
   * self-accounts for it (Art. 196). The fee is then the table's fee less its VAT.
   */
  serviceFeeReverseCharged?: boolean;
};

export type PricedLine = {
  sellerId: SellerId;
  quantity: number;
  treatment: VatTreatment;
  rateBp: number;
  /** Charged unit price: the listed one, or without VAT when reverse-charged. */
  unitPriceMinor: number;
  itemsMinor: number;
  shippingMinor: number;
  /** items + shipping: this line's amount on the seller's invoice. */
  goodsMinor: number;
  insuranceMinor: number;
  /** Informational: the seller invoice's VAT allocated to this line. */
  lineVatMinor: number;
  lineNetMinor: number;
};

export type SellerCheckoutTotals = {
  sellerId: SellerId;
  /** Indexes into the input lines, in input order. */
  lineIndexes: number[];
  itemsTotalMinor: number;
  shippingTotalMinor: number;
  /** items + shipping = the seller's invoice total (vat.grossTotalMinor); the commission base. */
  goodsTotalMinor: number;
  insuranceTotalMinor: number;
  /** The seller's invoice VAT (goods + shipping only). */
  vat: InvoiceVat;
  serviceFeeShareMinor: number;
  /** goods + insurance + service fee share: what the buyer pays for this order. */
  totalMinor: number;
};

export type PricedCheckout = {
  market: MarketCode;
  currency: string;
  lines: PricedLine[];
  /** In order of first appearance in the input. */
  sellers: SellerCheckoutTotals[];
  itemsTotalMinor: number;
  shippingTotalMinor: number;
  goodsTotalMinor: number;
  insuranceTotalMinor: number;
  /** Σ sellers' invoice VAT (not the platform's). */
  sellersVatTotalMinor: number;
  serviceFeeMinor: number;
  /** The platform's VAT on its service fee (its own supply, not on any seller's invoice). */
  platformVat: {
    country: string;
    /** 'reverse_charge': a verified business buyer of another member state pays the fee without VAT. */
    treatment: 'standard' | 'reverse_charge';
    rateBp: number;
    serviceFeeNetMinor: number;
    serviceFeeVatMinor: number;
    /** The mention the fee's receipt/invoice carries (Art. 226(11a)), or null. */
    mention: string | null;
  };
  grandTotalMinor: number;
};

function bad(field: string, message: string): AppError {
  return AppError.invalid([{ field, message }], `${field}: ${message}`);
}

function checkNonNegInt(field: string, v: number): void {
  if (!Number.isSafeInteger(v) || v < 0) throw bad(field, `must be a non-negative integer, got ${v}`);
}

function checkLine(l: CheckoutLineInput, i: number): void {
  checkNonNegInt(`lines.${i}.unitPriceMinor`, l.unitPriceMinor);
  checkNonNegInt(`lines.${i}.shippingMinor`, l.shippingMinor);
  checkNonNegInt(`lines.${i}.insurancePremiumMinor`, l.insurancePremiumMinor);
  checkNonNegInt(`lines.${i}.rateBp`, l.rateBp);
  if (l.rateBp > 10_000) throw bad(`lines.${i}.rateBp`, `must be at most 10000, got ${l.rateBp}`);
  if (!Number.isSafeInteger(l.quantity) || l.quantity < 1) {
    throw bad(`lines.${i}.quantity`, `must be a positive integer, got ${l.quantity}`);
  }
  if (l.treatment === 'margin' && l.vatType !== 'MARGINAL') {
    throw bad(`lines.${i}.treatment`, 'margin treatment needs MARGINAL goods');
  }
  if (l.treatment === 'reverse_charge' && l.vatType !== 'REGULAR') {
    throw bad(`lines.${i}.treatment`, 'margin-scheme goods are never reverse-charged (Art. 139(3))');
  }
}

export function priceCheckout(input: PriceCheckoutInput): PricedCheckout {
  const market = marketByCode(input.market);
  if (!market) throw bad('market', `unknown market ${input.market}`);
  input.lines.forEach(checkLine);

  const lines: PricedLine[] = input.lines.map((l) => {
    const rc = l.treatment === 'reverse_charge';
    const unit = rc ? netFromGross(l.unitPriceMinor, l.rateBp) : l.unitPriceMinor;
    const shipping = rc ? netFromGross(l.shippingMinor, l.rateBp) : l.shippingMinor;
    const items = unit * l.quantity;
    const goods = items + shipping;
    return {
      sellerId: l.sellerId,
      quantity: l.quantity,
      treatment: l.treatment,
      rateBp: l.rateBp,
      unitPriceMinor: unit,
      itemsMinor: items,
      shippingMinor: shipping,
      goodsMinor: goods,
      insuranceMinor: l.insurancePremiumMinor * l.quantity,
      lineVatMinor: 0,
      lineNetMinor: goods,
    };
  });

  // Group by seller, in order of first appearance.
  const bySeller = new Map<string, { sellerId: SellerId; idx: number[] }>();
  lines.forEach((l, i) => {
    const key = `${typeof l.sellerId}:${l.sellerId}`;
    const g = bySeller.get(key) ?? { sellerId: l.sellerId, idx: [] };
    g.idx.push(i);
    bySeller.set(key, g);
  });

  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const itemsTotal = sum(lines.map((l) => l.itemsMinor));
  const platformRate = standardVatRateAt(market, input.at) ?? 0;
  const feeReverseCharged = input.serviceFeeReverseCharged === true;
  const listedFee = input.serviceFeeMinor ?? serviceFeeFor(market.code, itemsTotal);
  const fee = feeReverseCharged ? netFromGross(listedFee, platformRate) : listedFee;
  checkNonNegInt('serviceFeeMinor', fee);
  if (lines.length === 0 && fee > 0) throw bad('serviceFeeMinor', 'an empty checkout has no service fee');

  const groups = [...bySeller.values()];
  const itemWeights = groups.map((g) => sum(g.idx.map((i) => lines[i]!.itemsMinor)));
  const shares =
    groups.length === 0 || fee === 0
      ? groups.map(() => 0)
      : allocate(fee, itemWeights.some((w) => w > 0) ? itemWeights : itemWeights.map(() => 1));

  const sellers = groups.map((g, k): SellerCheckoutTotals => {
    const own = g.idx.map((i) => lines[i]!);
    const vat = invoiceVat(
      own.map((l) => ({ grossMinor: l.goodsMinor, treatment: l.treatment, rateBp: l.rateBp })),
    );
    g.idx.forEach((i, j) => {
      const line = lines[i]!;
      line.lineVatMinor = vat.lineVat[j]!;
      line.lineNetMinor = line.goodsMinor - line.lineVatMinor;
    });
    const items = sum(own.map((l) => l.itemsMinor));
    const shipping = sum(own.map((l) => l.shippingMinor));
    const insurance = sum(own.map((l) => l.insuranceMinor));
    const share = shares[k]!;
    return {
      sellerId: g.sellerId,
      lineIndexes: g.idx,
      itemsTotalMinor: items,
      shippingTotalMinor: shipping,
      goodsTotalMinor: items + shipping,
      insuranceTotalMinor: insurance,
      vat,
      serviceFeeShareMinor: share,
      totalMinor: items + shipping + insurance + share,
    };
  });

  const feeVat = feeReverseCharged ? 0 : vatIncluded(fee, platformRate);
  return {
    market: market.code,
    currency: market.currency,
    lines,
    sellers,
    itemsTotalMinor: itemsTotal,
    shippingTotalMinor: sum(lines.map((l) => l.shippingMinor)),
    goodsTotalMinor: sum(lines.map((l) => l.goodsMinor)),
    insuranceTotalMinor: sum(lines.map((l) => l.insuranceMinor)),
    sellersVatTotalMinor: sum(sellers.map((s) => s.vat.vatTotalMinor)),
    serviceFeeMinor: fee,
    platformVat: {
      country: market.code,
      treatment: feeReverseCharged ? 'reverse_charge' : 'standard',
      rateBp: feeReverseCharged ? 0 : platformRate,
      serviceFeeNetMinor: fee - feeVat,
      serviceFeeVatMinor: feeVat,
      mention: feeReverseCharged ? PLATFORM_REVERSE_CHARGE_MENTION : null,
    },
    grandTotalMinor: sum(sellers.map((s) => s.totalMinor)),
  };
}
