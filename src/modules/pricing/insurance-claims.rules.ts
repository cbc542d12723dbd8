/**
 * Claims on the optional device insurance (issue 14): what a policy covers and when, and how the
 * local insurer decides (LocalInsuranceProvider in insurance.rules.ts). Pure: days and instants
 * are given, never read from a clock.
 *
 * - A claim names one cover of the policy (liquid damage only where the market has it: FR, DE,
 *   NL, BE, ES, IT) and an incident day within the policy's term (its first to its last day, in
 *   the market's time zone), never after today.
 * - The local insurer reviews a claim for REVIEW_DAYS, then decides: a theft needs proof (a
 *   police report among the attachments), otherwise the claim is accepted — breakage repaired,
 *   liquid damage replaced, theft paid out — and settled SETTLE_DAYS after the decision.
 */
import { type Day, localDay } from '../../platform/calendar.ts';
import type { InsuranceCover } from './insurance.rules.ts';

export const INSURANCE_COVERS: readonly InsuranceCover[] = ['breakage', 'theft', 'liquid_damage'];

export type InsuranceClaimStatus = 'under_review' | 'accepted' | 'refused' | 'settled';
export type InsuranceClaimOutcome = 'repair' | 'replacement' | 'payout';
export type InsuranceRefusal = 'no_proof_of_theft';

/** Where a claim stands at the insurer. */
export type InsuranceClaimState = {
  status: InsuranceClaimStatus;
  /** Once accepted (and kept when settled). */
  outcome: InsuranceClaimOutcome | null;
  /** When refused. */
  refusal: InsuranceRefusal | null;
};

export const REVIEW_DAYS = 2;
export const SETTLE_DAYS = 5;
const DAY_MS = 86_400_000;

/** The claim statuses still waiting for the insurer. */
export const OPEN_CLAIM_STATUSES: readonly InsuranceClaimStatus[] = ['under_review', 'accepted'];

export const isInsuranceCover = (x: string): x is InsuranceCover =>
  (INSURANCE_COVERS as readonly string[]).includes(x);

/** The first and the last covered day of a policy, in its market's time zone. */
export function policyTerm(p: { startsAt: Date; endsAt: Date }, timeZone: string): { from: Day; until: Day } {
  return { from: localDay(p.startsAt, timeZone), until: localDay(p.endsAt, timeZone) };
}

/** Why a claim cannot be made on a policy, as field issues (empty: it can). */
export function claimIssues(a: {
  covers: readonly InsuranceCover[];
  term: { from: Day; until: Day };
  cover: string;
  incidentOn: Day;
  /** Today, in the market's time zone: an incident cannot be in the future. */
  today?: Day;
}): Array<{ field: 'cover' | 'incidentOn'; message: string }> {
  const issues: Array<{ field: 'cover' | 'incidentOn'; message: string }> = [];
  if (!isInsuranceCover(a.cover) || !a.covers.includes(a.cover))
    issues.push({ field: 'cover', message: `must be one of the policy's covers: ${a.covers.join(', ')}` });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(a.incidentOn) || Number.isNaN(Date.parse(`${a.incidentOn}T00:00:00Z`)))
    issues.push({ field: 'incidentOn', message: 'must be a date (YYYY-MM-DD)' });
  else if (a.incidentOn < a.term.from || a.incidentOn > a.term.until)
    issues.push({
      field: 'incidentOn',
      message: `must be within the policy's term, ${a.term.from} to ${a.term.until}`,
    });
  else if (a.today !== undefined && a.incidentOn > a.today)
    issues.push({ field: 'incidentOn', message: 'cannot be in the future' });
  return issues;
}

/** What an accepted claim of this cover leads to. */
export function outcomeOf(cover: InsuranceCover): InsuranceClaimOutcome {
  switch (cover) {
    case 'breakage':
      return 'repair';
    case 'liquid_damage':
      return 'replacement';
    case 'theft':
      return 'payout';
  }
}

/** The local insurer's answer about a claim filed at `filedAt`, as of `now` (deterministic). */
export function localClaimState(a: {
  cover: InsuranceCover;
  filedAt: Date;
  attachmentCount: number;
  now: Date;
}): InsuranceClaimState {
  const decidedAt = a.filedAt.getTime() + REVIEW_DAYS * DAY_MS;
  if (a.now.getTime() < decidedAt) return { status: 'under_review', outcome: null, refusal: null };
  if (a.cover === 'theft' && a.attachmentCount === 0)
    return { status: 'refused', outcome: null, refusal: 'no_proof_of_theft' };
  const settled = a.now.getTime() >= decidedAt + SETTLE_DAYS * DAY_MS;
  return { status: settled ? 'settled' : 'accepted', outcome: outcomeOf(a.cover), refusal: null };
}

/** Statuses only move forward: under review → accepted or refused; accepted → settled. */
export function claimMoves(from: InsuranceClaimStatus, to: InsuranceClaimStatus): boolean {
  if (from === to) return false;
  if (from === 'under_review') return to !== 'under_review';
  if (from === 'accepted') return to === 'settled';
  return false;
}
