/**
 * Legal holds on erasure (GDPR Art. 17(3)(b) legal obligation, (e) legal claims; domain rule 43):
 * which records an erasure keeps, why, and until when. Pure: every date comes in as input.
 *
 * Choices:
 * - Accounting: an invoice (the order with its lines and addresses) and a credit note are kept for
 *   the market's period, counted from the end of the financial year they were issued in. The
 *   financial year is the calendar year in the market's time zone; the hold ends at the start of
 *   2 January UTC after the period (a day's margin, so it never ends before the local 31 December).
 * - Trader data (DSA Art. 30(4)): the contract's duration and six months after its end.
 * - Open claims (care folders, returns, warranty and insurance claims, support tickets, privacy
 *   requests, DSA notices and complaints awaiting a decision): held while
 *   open, with no end date; once closed they are erased. No extra limitation period is added: the
 *   order they concern is itself held for the accounting period (6–10 years), longer than the
 *   limitation of a claim under the legal guarantee (Directive 2019/771 Art. 10: 2 years; FR C. civ.
 *   art. 2224: 5 years from discovery), so the evidence a defence needs (the order, the invoice)
 *   outlives the claim.
 */
import { localDay } from '../../platform/calendar.ts';
import { DEFAULT_MARKET, marketByCode } from '../../platform/markets.ts';

export const HOLD_REASONS = ['accounting', 'trader_traceability', 'open_claim'] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

/** Years an invoice and the accounting records behind it are kept, per market, with the source. */
export const ACCOUNTING_RETENTION: Readonly<Record<string, { years: number; source: string }>> = {
  FR: { years: 10, source: 'Code de commerce art. L123-22 (10 years for accounting documents and vouchers)' },
  DE: {
    years: 8,
    source:
      'AO §147(3) and HGB §257(4) as amended by the Bürokratieentlastungsgesetz IV: accounting vouchers (invoices) 8 years since 1 January 2025',
  },
  IT: { years: 10, source: 'Codice civile art. 2220 (10 years from the last entry)' },
  ES: { years: 6, source: 'Código de Comercio art. 30 (6 years from the last entry)' },
  NL: { years: 7, source: 'Algemene wet inzake rijksbelastingen art. 52(4); Burgerlijk Wetboek 2:10(3)' },
  BE: {
    years: 10,
    source:
      'Code de la TVA art. 60 §3 as amended by the loi-programme of 26 December 2022 (10 years from 1 January 2023; accounting under CDE art. III.86: 7)',
  },
  SE: {
    years: 7,
    source:
      'Bokföringslagen (1999:1078) 7 kap. 2 § (until the end of the seventh year after the calendar year)',
  },
  GB: {
    years: 6,
    source: 'Companies Act 2006 s388(4)(b); Value Added Tax Regulations 1995 reg. 31 (HMRC: 6 years)',
  },
  US: {
    years: 7,
    source: 'IRS Publication 583 and 26 CFR 1.6001-1 (7 years: the longest period a record can be material)',
  },
};

/** A market not in the table is held for the longest period (never shorter than any known rule). */
export const LONGEST_ACCOUNTING_YEARS = Math.max(...Object.values(ACCOUNTING_RETENTION).map((r) => r.years));

/** DSA Art. 30(4): trader data is kept for the contract and six months after it ends. */
export const TRADER_DATA_MONTHS_AFTER_CONTRACT = 6;

export type Hold = { reason: HoldReason; until: Date | null };

/** The financial year (calendar year in the market's time zone) a record issued at `at` belongs to. */
export function financialYear(market: string, at: Date): number {
  const tz = (marketByCode(market) ?? DEFAULT_MARKET).timeZone;
  return Number(localDay(at, tz).slice(0, 4));
}

/** The hold on an invoice or credit note issued at `issuedAt` in `market`. */
export function accountingHold(market: string, issuedAt: Date): Hold & { until: Date } {
  const years = ACCOUNTING_RETENTION[market]?.years ?? LONGEST_ACCOUNTING_YEARS;
  const year = financialYear(market, issuedAt);
  return { reason: 'accounting', until: new Date(Date.UTC(year + years + 1, 0, 2)) };
}

/** The same day `months` calendar months later (UTC), or that month's last day: 31 Aug + 6 → 28/29 Feb. */
export function addMonthsUtc(d: Date, months: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const out = new Date(d);
  out.setUTCFullYear(y, m, Math.min(d.getUTCDate(), last));
  return out;
}

/**
 * The hold on trader data (an application's KYC, the seller's contact and payment details):
 * none before the contract ends is possible (`contractEndedAt` null: held, open-ended), else six
 * months after the end; once passed, nothing holds it.
 */
export function traderDataHold(contractEndedAt: Date | null, now: Date): Hold | null {
  if (!contractEndedAt) return { reason: 'trader_traceability', until: null };
  const until = addMonthsUtc(contractEndedAt, TRADER_DATA_MONTHS_AFTER_CONTRACT);
  return now.getTime() < until.getTime() ? { reason: 'trader_traceability', until } : null;
}

/** The kinds of claim that keep their records while open, and which statuses are open. */
export const OPEN_CLAIM_STATUSES = {
  care_folder: ['awaiting_seller', 'awaiting_buyer', 'with_customer_service'],
  return: ['requested', 'label_issued', 'received'],
  warranty_claim: ['open', 'in_progress'],
  insurance_claim: ['under_review', 'accepted'],
  support_ticket: ['open', 'pending'],
  /** A data-subject request being worked: its answer is owed to the requester. */
  privacy_request: ['unverified', 'open'],
  /** DSA notices and complaints awaiting a decision that must be sent to the person (Arts. 16(5), 20(4)). */
  dsa_notice: ['open'],
  dsa_complaint: ['open'],
} as const satisfies Record<string, readonly string[]>;
export type ClaimKind = keyof typeof OPEN_CLAIM_STATUSES;

/** The hold of a claim in `status`: open claims are held until closed (no date), closed ones not at all. */
export function claimHold(kind: ClaimKind, status: string): Hold | null {
  return (OPEN_CLAIM_STATUSES[kind] as readonly string[]).includes(status)
    ? { reason: 'open_claim', until: null }
    : null;
}

/**
 * Has a hold ended at `now`? A dated hold ends on its date; an open-ended one when its record is
 * no longer open (a claim closed, a contract ended long enough ago: the module says).
 */
export function holdEnded(hold: { until: Date | null }, now: Date, recordStillOpen: boolean): boolean {
  return hold.until ? now.getTime() >= hold.until.getTime() : !recordStillOpen;
}
