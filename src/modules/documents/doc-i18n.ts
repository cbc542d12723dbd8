/**
 * The words and formats of a document in its reader's locale: its messages (`doc.*` catalogs,
 * src/platform/messages/doc/), amounts, dates, VAT rates, country and grade names through Intl.
 *
 * Which locale (decision, issue 13): every document is rendered on demand from facts stored when
 * it was issued (numbers, dates, amounts, parties), in the language of the person it is addressed
 * to, never the language of the page it is downloaded from:
 * - the buyer's receipt, the seller's invoice to the buyer and its credit notes: the buyer's
 *   language (account language, else the order's market: document-locale.read-model.ts). A credit
 *   note and a platform invoice carry it in their stored customer party (`InvoiceParty.locale`),
 *   so their language is the one decided when they were issued; documents issued before there
 *   was one read English.
 * - the seller's account statement and Reloop's invoice to the seller: the seller's language (the
 *   seller owner's account language, else the seller's country's market).
 * Legal mentions come from the same catalogs (`doc.mention.*`), so they are in the document's
 * language. Amounts are the stored minor units, formatted exactly (never converted).
 */
import { type Translate, translator } from '../../platform/i18n.ts';
import { currencyExponent, formatAmount, formatMoneyForDisplay } from '../../platform/money.ts';
import { gradeName } from '../offers/grade-names.ts';

/** The locale of documents issued before documents had one (English, with European formats). */
export const LEGACY_DOCUMENT_LOCALE = 'en-GB';

export type DocFormat = {
  locale: string;
  t: Translate;
  /** "1,234.50" / "1 234,50": an amount in a column whose header names the currency. */
  amount(minor: number, currency: string): string;
  /** "€1,234.50" / "1 234,50 €" / "1 234,50 kr". */
  money(minor: number, currency: string): string;
  /** "21 November 2026" (UTC day, as the document's dates are stored). */
  date(d: Date): string;
  /** "21 Nov 2026" for table cells. */
  shortDate(d: Date): string;
  /** A calendar day "2026-11-21" (statement periods), long form. */
  day(isoDay: string): string;
  /** A month "2026-11" → "November 2026". */
  month(period: string): string;
  /** A VAT rate from basis points: "20%", "20 %", "5,5 %". */
  rate(rateBp: number): string;
  /** An ISO 3166 country code → its name ("FR" → "France", "Frankreich"). */
  country(code: string): string;
  /** A grade code → its name in the document's language (never the code). */
  grade(code: string): string;
};

const cache = new Map<string, DocFormat>();

export function docFormat(locale: string): DocFormat {
  const hit = cache.get(locale);
  if (hit) return hit;
  const numbers = new Map<number, Intl.NumberFormat>();
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const medium = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  let regions: Intl.DisplayNames | null = null;
  try {
    regions = new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    regions = null;
  }
  const f: DocFormat = {
    locale,
    t: translator(locale),
    amount(minor, currency) {
      const exp = currencyExponent(currency);
      let nf = numbers.get(exp);
      if (!nf) {
        nf = new Intl.NumberFormat(locale, { minimumFractionDigits: exp, maximumFractionDigits: exp });
        numbers.set(exp, nf);
      }
      // Intl formats decimal strings exactly (no float rounding).
      return nf.format(formatAmount(minor, currency) as unknown as number);
    },
    money: (minor, currency) => formatMoneyForDisplay(minor, currency, locale),
    date: (d) => long.format(d),
    shortDate: (d) => medium.format(d),
    day: (isoDay) => long.format(new Date(`${isoDay}T00:00:00Z`)),
    month: (period) => monthYear.format(new Date(`${period}-01T00:00:00Z`)),
    rate: (rateBp) => percent.format(rateBp / 10_000),
    country(code) {
      try {
        return regions?.of(code.toUpperCase()) ?? code;
      } catch {
        return code;
      }
    },
    grade: (code) => gradeName(code, locale),
  };
  cache.set(locale, f);
  return f;
}
