/**
 * The buyer's service fee, charged once per checkout (domain-rules §1.6, UK fee table).
 *
 * The UK table — max 2 % of cart, min 0.49; 0–49.99 → 0.49, 50–99.99 → 0.99, 100–149.99 → 1.99,
 * 150–199.99 → 2.99, 200–299.99 → 3.99, 300–399.99 → 4.99, 400–499.99 → 5.99, 500–649.99 → 6.99,
 * ≥ 650 → 7.99 — is used in every market, in the market's currency:
 * - EUR, GBP, USD: the same numbers.
 * - SEK: thresholds × 10 and fees × 10 rounded to whole kronor (4.90 → 5 kr, 9.90 → 10 kr, …,
 *   79.90 → 80 kr); Swedish prices are quoted in whole kronor. At each band's lower bound the fee
 *   equals exactly 2 % (500 kr → 10 kr), so the cap still holds.
 *
 * "Max 2 % of cart, min 0.49" — decision: fee = min(band fee, max(minimum, ⌊2 % × items total⌋)).
 * The band decides; the 2 % cap (rounded down, so the fee never exceeds 2 %) can only lower it, but
 * never below the minimum. For the UK table the cap never bites (each band's fee is one penny under
 * 2 % of its lower bound, and the first band is the minimum), so the fee is exactly the band's; the
 * cap guards any future table that is edited carelessly.
 *
 * The cart is the items total (unit prices × quantities, as displayed, incl. VAT); shipping and
 * insurance are not part of it. An empty cart (0) pays no fee.
 */
import type { MarketCode } from '../../platform/markets.ts';
import { MARKET_CODES, marketByCode } from '../../platform/markets.ts';

/** A fee band: applies from `fromMinor` (inclusive) up to the next band's `fromMinor`. */
export type ServiceFeeBand = { fromMinor: number; feeMinor: number };

export type ServiceFeeTable = {
  currency: string;
  /** Lowest fee for a non-empty cart. */
  minFeeMinor: number;
  /** The fee never exceeds this share of the items total (basis points), except for the minimum. */
  capBp: number;
  /** Ascending by fromMinor; the first starts at 0. */
  bands: readonly ServiceFeeBand[];
};

const UK_SHAPE: readonly ServiceFeeBand[] = [
  { fromMinor: 0, feeMinor: 49 },
  { fromMinor: 5_000, feeMinor: 99 },
  { fromMinor: 10_000, feeMinor: 199 },
  { fromMinor: 15_000, feeMinor: 299 },
  { fromMinor: 20_000, feeMinor: 399 },
  { fromMinor: 30_000, feeMinor: 499 },
  { fromMinor: 40_000, feeMinor: 599 },
  { fromMinor: 50_000, feeMinor: 699 },
  { fromMinor: 65_000, feeMinor: 799 },
];

/** UK shape × 10, fees rounded to whole kronor. */
const SEK_SHAPE: readonly ServiceFeeBand[] = UK_SHAPE.map((b) => ({
  fromMinor: b.fromMinor * 10,
  feeMinor: Math.round((b.feeMinor * 10) / 100) * 100,
}));

function table(currency: string, bands: readonly ServiceFeeBand[]): ServiceFeeTable {
  return { currency, minFeeMinor: bands[0]!.feeMinor, capBp: 200, bands };
}

export const SERVICE_FEE_TABLES: Readonly<Record<MarketCode, ServiceFeeTable>> = Object.fromEntries(
  MARKET_CODES.map((code) => {
    const currency = marketByCode(code)!.currency;
    return [code, table(currency, currency === 'SEK' ? SEK_SHAPE : UK_SHAPE)];
  }),
) as Record<MarketCode, ServiceFeeTable>;

export function serviceFeeTableFor(marketCode: string): ServiceFeeTable {
  const market = marketByCode(marketCode);
  if (!market) throw new Error(`Unknown market ${marketCode}`);
  return SERVICE_FEE_TABLES[market.code];
}

/** The fee a table gives for an items total, in the table's currency minor units. */
export function serviceFeeFromTable(t: ServiceFeeTable, itemsTotalMinor: number): number {
  if (!Number.isSafeInteger(itemsTotalMinor) || itemsTotalMinor < 0) {
    throw new Error(`itemsTotalMinor must be a non-negative integer, got ${itemsTotalMinor}`);
  }
  if (itemsTotalMinor === 0) return 0;
  let band = t.bands[0]!;
  for (const b of t.bands) if (itemsTotalMinor >= b.fromMinor) band = b;
  const cap = Number((BigInt(itemsTotalMinor) * BigInt(t.capBp)) / 10_000n); // rounded down
  return Math.min(band.feeMinor, Math.max(t.minFeeMinor, cap));
}

/** The buyer's service fee for a checkout in a market, from its items total (minor units). */
export function serviceFeeFor(marketCode: string, itemsTotalMinor: number): number {
  return serviceFeeFromTable(serviceFeeTableFor(marketCode), itemsTotalMinor);
}
