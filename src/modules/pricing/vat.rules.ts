/**
 * VAT for a seller's invoice: which treatment applies, how much VAT an invoice carries, margin-
 * scheme VAT and the mandatory mentions. Pure: no I/O. Sources: domain-rules §3.2 (intra-
 * Community supply, Art. 138), §3.4 (margin scheme, Arts. 311–325, 139(3)), §3.5 (distance
 * sales), §3.6 (invoice content, Art. 226) and §6 (rounding: EN 16931 per-rate totals).
 *
 * Treatments
 * - 'reverse_charge' (exempt intra-Community supply, VATD Art. 138): only REGULAR goods, sold to a
 *   business buyer whose VAT number is VERIFIED (VIES) and from an EU member state other than the
 *   ship-from state, with goods shipped from one member state to another.
 * - 'margin': MARGINAL goods (second-hand, margin scheme) — never reverse-charged (Art. 139(3)),
 *   VAT never shown on the invoice (Art. 325).
 * - 'standard': everything else.
 * Outside the EU (decision): GB domestic sales are 'standard' (REGULAR) or 'margin' (MARGINAL,
 * the UK's second-hand margin scheme, VAT Notice 718); US domestic sales are 'standard' at rate 0
 * (the US market has no VAT rate: no VAT line; state sales tax is out of scope). Cross-border
 * sales that leave or enter the EU VAT area (exports, imports, EU ↔ GB/US) are not supported and
 * throw UNPROCESSABLE: checkout must not offer them.
 *
 * Amounts and rounding (policy — EN 16931 BR-CO-17, per rate on the summed amount)
 * - Consumer prices are gross (incl. VAT). The VAT of one rate on an invoice is
 *   round_half_up(Σ gross × rate / (10000 + rate)) over that rate's lines; net = gross − VAT.
 *   Per-line VAT is informational only: the rate's VAT allocated to its lines by largest
 *   remainder (so Σ lineVat == vatTotal). Vector (§6): 3 × 1.00 incl. 21 % → 0.52 (per line it
 *   would be 0.51).
 * - For net-priced invoices (`invoiceVatOnNet`): VAT = round_half_up(Σ net × rate / 10000).
 *   Vector (§6): 3 × 0.35 at 21 % → 0.22 (per line it would be 0.21).
 * - Reverse-charged lines are priced without VAT. Checkout (cart-totals.rules.ts `priceCheckout`)
 *   turns the listed gross price into that net price with `netFromGross(gross, rate of the
 *   destination)`; what reaches `invoiceVat` as `grossMinor` for a reverse-charge line is already
 *   the net price the buyer pays. Its VAT is 0 and it is reported at rate 0 (EN 16931 category AE).
 * - Margin lines: VAT 0 on the invoice, net = gross, reported at rate 0; the seller accounts for
 *   the margin VAT (`marginSchemeVat`) from its purchase price, which the invoice never shows.
 */

import { AppError } from '../../platform/errors.ts';
import { standardVatRateIn } from '../../platform/markets.ts';
import { allocate, mulDivHalfUp } from '../../platform/money.ts';
import { EU_VAT_COUNTRIES } from '../../platform/vat-rates.ts';

export type VatType = 'REGULAR' | 'MARGINAL';
export type VatTreatment = 'standard' | 'margin' | 'reverse_charge';
export const VAT_TREATMENTS: readonly VatTreatment[] = ['standard', 'reverse_charge', 'margin'];

/** The 27 member states by ISO 3166 code (Greece is GR here; its VAT prefix EL is accepted). */
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set(EU_VAT_COUNTRIES);

/** Non-EU countries where Reloop sells domestically, and whether they have a margin scheme. */
const NON_EU_DOMESTIC: ReadonlyMap<string, { marginScheme: boolean }> = new Map([
  ['GB', { marginScheme: true }],
  ['US', { marginScheme: false }],
]);

function country(code: string): string {
  const c = code.trim().toUpperCase();
  return c === 'EL' ? 'GR' : c;
}

export function isEuMemberState(code: string): boolean {
  return EU_MEMBER_STATES.has(country(code));
}

export type VatTreatmentInput = {
  vatType: VatType;
  buyer: {
    business: boolean;
    /** ISO country of the buyer's VERIFIED EU VAT number (GR or EL for Greece); null when none. */
    vatNumberCountry: string | null;
  };
  shipFromCountry: string;
  shipToCountry: string;
};

export function vatTreatment(input: VatTreatmentInput): VatTreatment {
  const from = country(input.shipFromCountry);
  const to = country(input.shipToCountry);
  const euFrom = EU_MEMBER_STATES.has(from);
  const euTo = EU_MEMBER_STATES.has(to);
  if (euFrom && euTo) {
    if (input.vatType === 'MARGINAL') return 'margin'; // Art. 139(3): never exempt/reverse-charged
    const vatCountry = input.buyer.vatNumberCountry === null ? null : country(input.buyer.vatNumberCountry);
    const intraCommunity =
      input.buyer.business &&
      vatCountry !== null &&
      EU_MEMBER_STATES.has(vatCountry) &&
      vatCountry !== from &&
      from !== to;
    return intraCommunity ? 'reverse_charge' : 'standard';
  }
  const domestic = from === to ? NON_EU_DOMESTIC.get(from) : undefined;
  if (domestic) return input.vatType === 'MARGINAL' && domestic.marginScheme ? 'margin' : 'standard';
  throw new AppError(
    'UNPROCESSABLE',
    `Shipping from ${from} to ${to} is not supported: exports and imports are outside Reloop's VAT rules`,
  );
}

/**
 * Whose rate applies: 'standard' → the destination (intra-EU B2C distance sales, Art. 33), unless
 * the seller is established in one member state and stays under the EU-wide EUR 10 000 threshold
 * (Art. 59c) and has not opted for destination taxation: then its own state's; 'margin' → the
 * seller's (ship-from) member state (Art. 4(a), 139(3)); 'reverse_charge' → the destination's
 * rate, used only to derive the net price from the displayed gross price.
 */
export function vatRateCountry(
  treatment: VatTreatment,
  shipFromCountry: string,
  shipToCountry: string,
  sellerUnderOssThreshold = false,
): string {
  if (treatment === 'margin') return country(shipFromCountry);
  if (treatment === 'standard' && sellerUnderOssThreshold && isEuMemberState(shipFromCountry))
    return country(shipFromCountry);
  return country(shipToCountry);
}

/**
 * The standard rate (basis points) of the country whose rate applies, on that country's local day:
 * every EU member state (platform/vat-rates.ts), GB, and 0 for the US (no VAT). Any other country
 * throws UNPROCESSABLE naming it: a destination without a known rate never becomes 0 %.
 */
export function vatRateBpFor(input: {
  treatment: VatTreatment;
  shipFromCountry: string;
  shipToCountry: string;
  at: Date;
  /** The seller's OSS setting: under the EUR 10 000 threshold, distance sales keep its own rate. */
  sellerUnderOssThreshold?: boolean;
}): number {
  const code = vatRateCountry(
    input.treatment,
    input.shipFromCountry,
    input.shipToCountry,
    input.sellerUnderOssThreshold ?? false,
  );
  return standardVatRateIn(code, input.at);
}

function checkAmount(name: string, v: number): void {
  if (!Number.isSafeInteger(v) || v < 0) throw new Error(`${name} must be a non-negative integer, got ${v}`);
}

function checkRate(rateBp: number): void {
  if (!Number.isSafeInteger(rateBp) || rateBp < 0 || rateBp > 10_000) {
    throw new Error(`rateBp must be an integer in 0..10000, got ${rateBp}`);
  }
}

/** The VAT included in a gross amount: round_half_up(gross × rate / (10000 + rate)). */
export function vatIncluded(grossMinor: number, rateBp: number): number {
  checkRate(rateBp);
  return mulDivHalfUp(grossMinor, rateBp, 10_000 + rateBp);
}

/**
 * The price without VAT of a gross (VAT-inclusive) price: gross − vatIncluded(gross, rate), so
 * net + VAT == gross exactly. Checkout uses it to price reverse-charged lines.
 */
export function netFromGross(grossMinor: number, rateBp: number): number {
  return grossMinor - vatIncluded(grossMinor, rateBp);
}

/** VAT on a net amount: round_half_up(net × rate / 10000). */
export function vatOnNet(netMinor: number, rateBp: number): number {
  checkRate(rateBp);
  return mulDivHalfUp(netMinor, rateBp, 10_000);
}

export type VatRateTotal = {
  treatment: VatTreatment;
  /** The rate charged on this invoice: 0 for reverse_charge and margin. */
  rateBp: number;
  grossMinor: number;
  netMinor: number;
  vatMinor: number;
};

export type InvoiceVat = {
  /** One entry per (treatment, rate): standard by ascending rate, then reverse_charge, then margin. */
  perRate: VatRateTotal[];
  vatTotalMinor: number;
  netTotalMinor: number;
  grossTotalMinor: number;
  /** Informational, per input line, in input order: each rate's VAT allocated to its lines. */
  lineVat: number[];
};

type Basis = 'gross' | 'net';

function computeInvoice(
  lines: ReadonlyArray<{ amountMinor: number; treatment: VatTreatment; rateBp: number }>,
  basis: Basis,
): InvoiceVat {
  const groups = new Map<string, { treatment: VatTreatment; rateBp: number; idx: number[]; sum: number }>();
  lines.forEach((l, i) => {
    checkAmount('amount', l.amountMinor);
    checkRate(l.rateBp);
    if (!VAT_TREATMENTS.includes(l.treatment)) throw new Error(`Unknown VAT treatment ${l.treatment}`);
    const rateBp = l.treatment === 'standard' ? l.rateBp : 0;
    const key = `${l.treatment}|${rateBp}`;
    let g = groups.get(key);
    if (!g) {
      g = { treatment: l.treatment, rateBp, idx: [], sum: 0 };
      groups.set(key, g);
    }
    g.idx.push(i);
    g.sum += l.amountMinor;
  });
  const order = (t: VatTreatment) => VAT_TREATMENTS.indexOf(t);
  const sorted = [...groups.values()].sort(
    (a, b) => order(a.treatment) - order(b.treatment) || a.rateBp - b.rateBp,
  );
  const lineVat = lines.map(() => 0);
  const perRate = sorted.map((g): VatRateTotal => {
    const vat = basis === 'gross' ? vatIncluded(g.sum, g.rateBp) : vatOnNet(g.sum, g.rateBp);
    if (vat > 0) {
      const shares = allocate(
        vat,
        g.idx.map((i) => lines[i]!.amountMinor),
      );
      g.idx.forEach((i, k) => {
        lineVat[i] = shares[k]!;
      });
    }
    return basis === 'gross'
      ? { treatment: g.treatment, rateBp: g.rateBp, grossMinor: g.sum, netMinor: g.sum - vat, vatMinor: vat }
      : { treatment: g.treatment, rateBp: g.rateBp, grossMinor: g.sum + vat, netMinor: g.sum, vatMinor: vat };
  });
  const sum = (f: (r: VatRateTotal) => number) => perRate.reduce((a, r) => a + f(r), 0);
  return {
    perRate,
    vatTotalMinor: sum((r) => r.vatMinor),
    netTotalMinor: sum((r) => r.netMinor),
    grossTotalMinor: sum((r) => r.grossMinor),
    lineVat,
  };
}

/**
 * VAT of an invoice whose line amounts are gross (what the buyer pays; for reverse-charge lines
 * that is already the net price, see the header). EN 16931-style per-rate totals.
 */
export function invoiceVat(
  lines: ReadonlyArray<{ grossMinor: number; treatment: VatTreatment; rateBp: number }>,
): InvoiceVat {
  return computeInvoice(
    lines.map((l) => ({ amountMinor: l.grossMinor, treatment: l.treatment, rateBp: l.rateBp })),
    'gross',
  );
}

/** The same for net-priced lines (VAT added on top): VAT = round_half_up(Σ net × rate). */
export function invoiceVatOnNet(
  lines: ReadonlyArray<{ netMinor: number; treatment: VatTreatment; rateBp: number }>,
): InvoiceVat {
  return computeInvoice(
    lines.map((l) => ({ amountMinor: l.netMinor, treatment: l.treatment, rateBp: l.rateBp })),
    'net',
  );
}

/**
 * VAT included in a margin-scheme sale (Art. 315): margin × rate / (10000 + rate), half-up, 0
 * when the margin is zero or negative (per item).
 */
export function marginSchemeVat(input: { purchaseMinor: number; saleMinor: number; rateBp: number }): number {
  checkAmount('purchaseMinor', input.purchaseMinor);
  checkAmount('saleMinor', input.saleMinor);
  const margin = input.saleMinor - input.purchaseMinor;
  return margin <= 0 ? 0 : vatIncluded(margin, input.rateBp);
}

export const MARGIN_SCHEME_MENTION = 'Margin scheme — Second-hand goods';
export const REVERSE_CHARGE_MENTION =
  'Reverse charge — Exempt intra-Community supply, Art. 138 Directive 2006/112/EC';

/** The message key of the mention a receipt/invoice must carry, read in the document's language. */
export function receiptMentionKey(
  treatment: VatTreatment,
): 'doc.mention.margin' | 'doc.mention.reverseCharge' | null {
  if (treatment === 'margin') return 'doc.mention.margin';
  if (treatment === 'reverse_charge') return 'doc.mention.reverseCharge';
  return null;
}

/** The mention a receipt/invoice must carry for a treatment (Art. 226(11), (11a), (14)), in English. */
export function receiptMention(treatment: VatTreatment): string | null {
  if (treatment === 'margin') return MARGIN_SCHEME_MENTION;
  if (treatment === 'reverse_charge') return REVERSE_CHARGE_MENTION;
  return null;
}
