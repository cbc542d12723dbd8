/**
 * Optional device insurance (breakage & theft; liquid damage where offered), sold with a device
 * at checkout (DESIGN.md "Money"; domain-rules §1.4: the commercial warranty excludes breakage,
 * theft and liquid damage, which is what this covers; §1.2: Back Market's `backcare_price`).
 *
 * One premium per insured device, paid once at checkout for a 12-month cover, priced from a
 * per-market table by the device's unit price (incl. VAT):
 *
 *   unit price          EUR / GBP markets     SE (SEK)
 *   < 200               29.99                 299 kr     (SEK thresholds × 10: < 2 000 kr …)
 *   200 – 499.99        49.99                 499 kr
 *   500 – 999.99        79.99                 799 kr
 *   ≥ 1 000             119.99                1 199 kr
 *
 * Liquid damage is included in FR, DE, NL, BE, ES, IT; GB and SE cover breakage and theft only.
 * Not offered in the US (insurance is regulated state by state): `insuranceQuote` gives null.
 * Insurance is VAT-exempt (VATD Art. 135(1)(a)); the premium is collected for the insurer and is
 * never part of a seller's invoice (see cart-totals.rules.ts and ledger.rules.ts).
 */
import { createHash } from 'node:crypto';
import type { Clock } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import type { MarketCode } from '../../platform/markets.ts';
import { marketByCode } from '../../platform/markets.ts';
import {
  claimIssues,
  type InsuranceClaimState,
  localClaimState,
  policyTerm,
} from './insurance-claims.rules.ts';

export type InsuranceCover = 'breakage' | 'theft' | 'liquid_damage';

export const INSURANCE_TERM_MONTHS = 12;

/** A band applies from `fromMinor` (inclusive) up to the next band's `fromMinor`. */
export type InsuranceBand = { fromMinor: number; premiumMinor: number };
export type InsuranceTable = {
  currency: string;
  covers: readonly InsuranceCover[];
  bands: readonly InsuranceBand[];
};

const EUR_BANDS: readonly InsuranceBand[] = [
  { fromMinor: 0, premiumMinor: 2_999 },
  { fromMinor: 20_000, premiumMinor: 4_999 },
  { fromMinor: 50_000, premiumMinor: 7_999 },
  { fromMinor: 100_000, premiumMinor: 11_999 },
];
const SEK_BANDS: readonly InsuranceBand[] = [
  { fromMinor: 0, premiumMinor: 29_900 },
  { fromMinor: 200_000, premiumMinor: 49_900 },
  { fromMinor: 500_000, premiumMinor: 79_900 },
  { fromMinor: 1_000_000, premiumMinor: 119_900 },
];
const FULL: readonly InsuranceCover[] = ['breakage', 'theft', 'liquid_damage'];
const BASIC: readonly InsuranceCover[] = ['breakage', 'theft'];

/** Per market; a market missing here (US) has no insurance. */
export const INSURANCE_TABLES: Readonly<Partial<Record<MarketCode, InsuranceTable>>> = {
  FR: { currency: 'EUR', covers: FULL, bands: EUR_BANDS },
  DE: { currency: 'EUR', covers: FULL, bands: EUR_BANDS },
  NL: { currency: 'EUR', covers: FULL, bands: EUR_BANDS },
  BE: { currency: 'EUR', covers: FULL, bands: EUR_BANDS },
  ES: { currency: 'EUR', covers: FULL, bands: EUR_BANDS },
  IT: { currency: 'EUR', covers: FULL, bands: EUR_BANDS },
  GB: { currency: 'GBP', covers: BASIC, bands: EUR_BANDS },
  SE: { currency: 'SEK', covers: BASIC, bands: SEK_BANDS },
};

export type InsuranceQuote = {
  /** One-off premium for one device, for the whole term. */
  premiumMinor: number;
  currency: string;
  covers: InsuranceCover[];
  termMonths: number;
};

function knownMarket(marketCode: string): MarketCode {
  const m = marketByCode(marketCode);
  if (!m) throw new Error(`Unknown market ${marketCode}`);
  return m.code;
}

/** The premium for insuring one device of this unit price, or null where insurance is not offered. */
export function insuranceQuote(marketCode: string, unitPriceMinor: number): InsuranceQuote | null {
  if (!Number.isSafeInteger(unitPriceMinor) || unitPriceMinor < 0) {
    throw new Error(`unitPriceMinor must be a non-negative integer, got ${unitPriceMinor}`);
  }
  const t = INSURANCE_TABLES[knownMarket(marketCode)];
  if (!t || unitPriceMinor === 0) return null;
  let band = t.bands[0]!;
  for (const b of t.bands) if (unitPriceMinor >= b.fromMinor) band = b;
  return {
    premiumMinor: band.premiumMinor,
    currency: t.currency,
    covers: [...t.covers],
    termMonths: INSURANCE_TERM_MONTHS,
  };
}

export type InsuranceQuoteRequest = { market: string; unitPriceMinor: number };

export type InsuranceBindRequest = {
  market: string;
  unitPriceMinor: number;
  /** The premium the buyer was shown and paid (price at the time of order holds). */
  premiumMinor: number;
  /** Our stable reference for the insured item (e.g. `order-line:123:1`); binding is idempotent on it. */
  reference: string;
  startsAt: Date;
};

export type InsurancePolicy = {
  policyRef: string;
  provider: string;
  market: MarketCode;
  reference: string;
  premiumMinor: number;
  currency: string;
  covers: InsuranceCover[];
  startsAt: Date;
  endsAt: Date;
};

export type InsuranceClaimRequest = {
  policyRef: string;
  cover: InsuranceCover;
  /** The day it happened (YYYY-MM-DD, the market's calendar). */
  incidentOn: string;
  description: string;
  /** Our references of the photos and documents (a police report for a theft). */
  attachmentRefs?: readonly string[];
  /** Our stable reference for the claim; claiming is idempotent on it. */
  reference: string;
};

export type InsuranceClaimAnswer = InsuranceClaimState & { claimRef: string };

/** An insurer (or broker) behind the optional device insurance. */
export interface InsuranceProvider {
  readonly name: string;
  quote(req: InsuranceQuoteRequest): Promise<InsuranceQuote | null>;
  /** Issues the policy; the same `reference` always gives the same policy. */
  bind(req: InsuranceBindRequest): Promise<InsurancePolicy>;
  /**
   * Files a claim on a policy: UNPROCESSABLE naming `cover` (not in the policy) or `incidentOn`
   * (outside the term), NOT_FOUND for an unknown policy. The same `reference` gives the same claim.
   */
  claim(req: InsuranceClaimRequest): Promise<InsuranceClaimAnswer>;
  /** Where a claim stands now (polled by after-sales' refresh-insurance-claims job); null if unknown. */
  claimStatus(claimRef: string): Promise<InsuranceClaimAnswer | null>;
}

/**
 * What the local insurer knows of its policies and claims. It keeps no books of its own: the
 * platform's records (checkout's insurance_policies, after-sales' insurance_claims) stand in for
 * them, wired in app/deps.ts.
 */
export type LocalInsuranceRecords = {
  policy(policyRef: string): Promise<{
    market: string;
    covers: readonly InsuranceCover[];
    startsAt: Date;
    endsAt: Date;
  } | null>;
  claim(claimRef: string): Promise<{ cover: InsuranceCover; filedAt: Date; attachmentCount: number } | null>;
};

function addMonthsUtc(d: Date, months: number): Date {
  const r = new Date(d.getTime());
  r.setUTCMonth(r.getUTCMonth() + months);
  return r;
}

/**
 * The default provider: prices from INSURANCE_TABLES and issues deterministic policy references
 * (`RLI-<market>-<12 hex of sha256(market|reference)>`), so a retried bind gives the same policy.
 */
export class LocalInsuranceProvider implements InsuranceProvider {
  readonly name = 'local';

  /** Without records (quotes and binding only) every claim is refused as unknown. */
  private readonly local: { records: LocalInsuranceRecords; clock: Clock } | undefined;

  constructor(local?: { records: LocalInsuranceRecords; clock: Clock }) {
    this.local = local;
  }

  async quote(req: InsuranceQuoteRequest): Promise<InsuranceQuote | null> {
    return insuranceQuote(req.market, req.unitPriceMinor);
  }

  async bind(req: InsuranceBindRequest): Promise<InsurancePolicy> {
    const market = knownMarket(req.market);
    const q = insuranceQuote(market, req.unitPriceMinor);
    if (!q) throw new AppError('UNPROCESSABLE', `Insurance is not offered in market ${market}`);
    if (req.premiumMinor !== q.premiumMinor) {
      throw new AppError(
        'CONFLICT',
        `The insurance premium changed (quoted ${q.premiumMinor}, given ${req.premiumMinor}); quote again`,
      );
    }
    if (req.reference.trim() === '') throw AppError.invalid([{ field: 'reference', message: 'is required' }]);
    const digest = createHash('sha256').update(`${market}|${req.reference}`).digest('hex').slice(0, 12);
    return {
      policyRef: `RLI-${market}-${digest.toUpperCase()}`,
      provider: this.name,
      market,
      reference: req.reference,
      premiumMinor: q.premiumMinor,
      currency: q.currency,
      covers: q.covers,
      startsAt: req.startsAt,
      endsAt: addMonthsUtc(req.startsAt, q.termMonths),
    };
  }

  async claim(req: InsuranceClaimRequest): Promise<InsuranceClaimAnswer> {
    const policy = await this.local?.records.policy(req.policyRef);
    if (!policy) throw AppError.notFound('Insurance policy');
    if (req.reference.trim() === '') throw AppError.invalid([{ field: 'reference', message: 'is required' }]);
    const tz = marketByCode(policy.market)?.timeZone ?? 'UTC';
    const issues = claimIssues({
      covers: policy.covers,
      term: policyTerm(policy, tz),
      cover: req.cover,
      incidentOn: req.incidentOn,
    });
    if (issues.length) throw new AppError('UNPROCESSABLE', issues[0]!.message, issues);
    const digest = createHash('sha256')
      .update(`${req.policyRef}|${req.reference}`)
      .digest('hex')
      .slice(0, 12);
    return { claimRef: `RLC-${digest.toUpperCase()}`, status: 'under_review', outcome: null, refusal: null };
  }

  async claimStatus(claimRef: string): Promise<InsuranceClaimAnswer | null> {
    const c = await this.local?.records.claim(claimRef);
    if (!c || !this.local) return null;
    return { claimRef, ...localClaimState({ ...c, now: this.local.clock.now() }) };
  }
}
