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

const numberSymbols = new Map<string, { decimal: string; group: string }>();
/** The decimal and grouping separators `locale` writes ("," and a narrow no-break space in fr-FR). */
function separatorsOf(locale: string): { decimal: string; group: string } {
  let s = numberSymbols.get(locale);
  if (!s) {
    const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
    s = {
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
    };
    numberSymbols.set(locale, s);
  }
  return s;
}

const SPACES = /[\s\u00a0\u202f\u2009]/;

/**
 * A decimal amount typed by a person in `locale` → minor units (`exponent` decimals, 2 by
 * default), or null when it is not one. The locale's decimal separator is the decimal point
 * ("129,90" in fr, de, nl, sv, es, it; "129.90" in en); its thousands separator is accepted only
 * between groups of three digits ("1 299,90", "1.299,90", "1,299.90"), any space (NBSP, narrow
 * NBSP) standing for a space separator. What can only be a decimal point is read as one: a "."
 * where the locale groups with spaces ("129.90" in fr), the other mark before one or two final
 * digits ("699,99" in en, "129.90" in de). Refused: signs, letters, a misplaced or mixed separator
 * ("1,2,3", "1.29,00" in de, "1.299" in fr: three decimals), more than `exponent` significant
 * decimals, amounts beyond Number.MAX_SAFE_INTEGER. Range checks are the caller's.
 */
export function parseDecimalInput(text: string, locale: string, exponent = 2): number | null {
  const { decimal, group } = separatorsOf(locale);
  const spaceGroup = SPACES.test(group);
  let s = text.trim();
  if (!s) return null;
  // Normalise every space to one kind; a space is only ever a grouping separator.
  s = s.replace(/[\s\u00a0\u202f\u2009]/g, ' ');
  if (s.includes(' ') && !spaceGroup) return null;
  const groupChar = spaceGroup ? ' ' : group;
  let decimals = spaceGroup && decimal === ',' ? [',', '.'] : [decimal];
  // The other mark, once, before one or two final digits, can only be a decimal point: "699,99"
  // in en, "129.90" in de (a thousands group has three digits).
  const other = decimal === ',' ? '.' : ',';
  if (/^\d+[.,]\d{1,2}$/.test(s) && s.includes(other)) decimals = [other];
  // Split off the decimal part at the one decimal point.
  let intPart = s;
  let frac = '';
  const points = [...s].filter((ch) => decimals.includes(ch)).length;
  if (points > 1) return null;
  if (points === 1) {
    const at = [...s].findIndex((ch) => decimals.includes(ch));
    intPart = s.slice(0, at);
    frac = s.slice(at + 1);
    if (!/^\d+$/.test(frac)) return null;
  }
  if (!intPart) intPart = '0';
  if (intPart.includes(groupChar)) {
    const groups = intPart.split(groupChar);
    if (!/^\d{1,3}$/.test(groups[0] ?? '') || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return null;
    intPart = groups.join('');
  }
  if (!/^\d+$/.test(intPart)) return null;
  if (/[^0]/.test(frac.slice(exponent))) return null;
  const whole = intPart.replace(/^0+(?=\d)/, '');
  if (whole.length > 15) return null;
  const minor =
    Number(whole) * 10 ** exponent +
    (exponent > 0 ? Number(frac.slice(0, exponent).padEnd(exponent, '0')) : 0);
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units → the value of a decimal input in `locale`: "129,90" in fr, "129.90" in en (no grouping). */
export function formatDecimalInput(amountMinor: number, locale: string, exponent = 2): string {
  if (!Number.isSafeInteger(amountMinor)) throw new Error(`Not an integer amount: ${amountMinor}`);
  const sign = amountMinor < 0 ? '-' : '';
  const s = String(Math.abs(amountMinor)).padStart(exponent + 1, '0');
  if (exponent === 0) return `${sign}${s}`;
  return `${sign}${s.slice(0, -exponent)}${separatorsOf(locale).decimal}${s.slice(-exponent)}`;
}
