import currencyCodes from 'currency-codes';
import { MARKETS } from './markets.ts';

/** Money is an integer number of minor units plus an ISO 4217 currency. Never a float. */
export type Money = { amountMinor: number; currency: string };
/** The API edge form: a decimal string and a currency, as Back Market's MonetaryAmount. */
export type ApiMoney = { amount: string; currency: string };

export function currencyExponent(currency: string): number {
  const rec = currencyCodes.code(currency);
  if (!rec) throw new Error(`Unknown currency ${currency}`);
  return rec.digits;
}

export function isKnownCurrency(currency: string): boolean {
  return /^[A-Z]{3}$/.test(currency) && currencyCodes.code(currency) !== undefined;
}

export type ParseMoneyResult = { ok: true; amountMinor: number } | { ok: false; message: string };

/**
 * The largest amount any money input accepts: 999999.99 in a two-decimal currency. Amounts are
 * stored in 32-bit integer columns (at most 2147483647 minor units); this bound keeps every field
 * and the totals built from it (a cart line holds at most 10 units) well inside them, so a typo
 * like "99999999999" is a 400 naming the field, never an overflow.
 */
export const MAX_AMOUNT_MINOR = 99_999_999;

export type ParseMoneyOptions = {
  /** Smallest amount accepted, in minor units (default 0). */
  min?: number;
  /** Largest amount accepted, in minor units (default MAX_AMOUNT_MINOR, never above it). */
  max?: number;
  /**
   * Whether "12,50" is read as 12.50. Default: when every market of the currency writes a
   * decimal comma (EUR, SEK); never where a comma separates thousands (GBP, USD: "1,000").
   */
  decimalComma?: boolean;
};

const commaCurrencies = new Map<string, boolean>();
/** Every market selling in `currency` writes a decimal comma (FR, DE, … for EUR; SE for SEK). */
export function writesDecimalComma(currency: string): boolean {
  let v = commaCurrencies.get(currency);
  if (v === undefined) {
    const markets = MARKETS.filter((m) => m.currency === currency);
    v =
      markets.length > 0 &&
      markets.every(
        (m) =>
          new Intl.NumberFormat(m.bcp47).formatToParts(1.5).find((p) => p.type === 'decimal')?.value === ',',
      );
    commaCurrencies.set(currency, v);
  }
  return v;
}

/** The message for an amount outside [min, max]: the field's allowed range, in its currency. */
export function amountRangeMessage(currency: string, min = 0, max = MAX_AMOUNT_MINOR): string {
  return `must be from ${formatAmount(min, currency)} to ${formatAmount(max, currency)} ${currency}`;
}

/**
 * Parse a decimal string into minor units: THE money parser of every input (forms, the REST API,
 * the seller API, CSV files, price filters). Extra fractional digits are accepted only when they
 * are zeros ("13.000" EUR is 1300, "13.123" EUR is refused), as Back Market's MonetaryAmount says.
 * A decimal comma ("699,99") is accepted where the currency's markets write one; no thousands
 * separators. The amount must lie in [min, max] (default 0 to MAX_AMOUNT_MINOR).
 */
export function parseMoney(input: string, currency: string, opts: ParseMoneyOptions = {}): ParseMoneyResult {
  const exp = currencyExponent(currency);
  const comma = opts.decimalComma ?? writesDecimalComma(currency);
  const min = opts.min ?? 0;
  const max = Math.min(opts.max ?? MAX_AMOUNT_MINOR, MAX_AMOUNT_MINOR);
  const m = (comma ? /^(\d+)(?:[.,](\d+))?$/ : /^(\d+)(?:\.(\d+))?$/).exec(input.trim());
  if (!m)
    return {
      ok: false,
      message: comma
        ? 'must be a decimal amount like "123.45" or "123,45"'
        : 'must be a decimal amount like "123.45"',
    };
  const whole = m[1]!.replace(/^0+(?=\d)/, '');
  const frac = m[2] ?? '';
  const significant = frac.slice(exp);
  if (/[^0]/.test(significant)) {
    return { ok: false, message: `${currency} allows at most ${exp} decimal places` };
  }
  // More integer digits than the largest amount has: out of range (and never a float).
  if (whole.length > 15) return { ok: false, message: amountRangeMessage(currency, min, max) };
  const fracPadded = frac.slice(0, exp).padEnd(exp, '0');
  const amountMinor = Number(whole) * 10 ** exp + (exp > 0 ? Number(fracPadded) : 0);
  if (!Number.isSafeInteger(amountMinor) || amountMinor < min || amountMinor > max)
    return { ok: false, message: amountRangeMessage(currency, min, max) };
  return { ok: true, amountMinor };
}

/** Minor units → "123.45" (always the currency's full number of decimals). */
export function formatAmount(amountMinor: number, currency: string): string {
  if (!Number.isSafeInteger(amountMinor)) throw new Error(`Not an integer amount: ${amountMinor}`);
  const exp = currencyExponent(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const abs = Math.abs(amountMinor);
  if (exp === 0) return `${sign}${abs}`;
  const s = String(abs).padStart(exp + 1, '0');
  return `${sign}${s.slice(0, -exp)}.${s.slice(-exp)}`;
}

export function toApiMoney(amountMinor: number, currency: string): ApiMoney {
  return { amount: formatAmount(amountMinor, currency), currency };
}

const displayFormats = new Map<string, Intl.NumberFormat>();
/** For people: "€1,234.50", "1 234,50 kr" — exact, since it formats the decimal string. */
export function formatMoneyForDisplay(amountMinor: number, currency: string, locale: string): string {
  const key = `${locale}|${currency}`;
  let f = displayFormats.get(key);
  if (!f) {
    const exp = currencyExponent(currency);
    f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: exp,
      maximumFractionDigits: exp,
    });
    displayFormats.set(key, f);
  }
  // Intl accepts decimal strings exactly (no float rounding) since ES2023.
  return f.format(formatAmount(amountMinor, currency) as unknown as number);
}

/** a × num / den rounded half-up on the absolute value (credit notes mirror invoices). */
export function mulDivHalfUp(a: number, num: number, den: number): number {
  if (den <= 0) throw new Error('den must be positive');
  const sign = Math.sign(a) * Math.sign(num) < 0 ? -1 : 1;
  const p = BigInt(Math.abs(a)) * BigInt(Math.abs(num));
  const d = BigInt(den);
  const q = p / d;
  const r = p % d;
  const rounded = r * 2n >= d ? q + 1n : q;
  return rounded === 0n ? 0 : sign * Number(rounded); // never -0
}

/**
 * Split `total` into parts proportional to `weights`, conserving the total exactly
 * (largest remainder; ties go to the earlier part). 100 into 3 → [34, 33, 33].
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total)) throw new Error('total must be an integer');
  if (weights.length === 0) throw new Error('need at least one weight');
  if (weights.some((w) => w < 0 || !Number.isSafeInteger(w)))
    throw new Error('weights must be non-negative integers');
  const sumW = weights.reduce((a, b) => a + b, 0);
  if (sumW === 0) throw new Error('weights must not all be zero');
  const sign = total < 0 ? -1 : 1;
  const abs = BigInt(Math.abs(total));
  const W = BigInt(sumW);
  const base = weights.map((w) => (abs * BigInt(w)) / W);
  const rema = weights.map((w, i) => ({ i, r: (abs * BigInt(w)) % W }));
  let left = Number(abs - base.reduce((a, b) => a + b, 0n));
  rema.sort((x, y) => (x.r === y.r ? x.i - y.i : x.r > y.r ? -1 : 1));
  const parts = base.map(Number);
  for (let k = 0; left > 0; k++, left--) parts[rema[k]!.i]! += 1;
  return parts.map((p) => (p === 0 ? 0 : sign * p)); // never -0
}
