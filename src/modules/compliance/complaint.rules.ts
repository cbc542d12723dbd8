import { addMonths, type Day, localDay } from '../../platform/calendar.ts';
import type { FieldIssue } from '../../platform/errors.ts';

/**
 * DSA Art. 20 internal complaints and Art. 32 buyer information, as pure rules: how long a
 * decision can be contested, what a complaint must say, what upholding one reverses, who may
 * decide it, and the six months of buyers told about an illegal product. No I/O, no clock reads:
 * callers pass the time.
 */

/**
 * Art. 20(1): open for at least six months from the day the person was informed. Open through
 * the same day six months later (the day in the market's time zone; 31 August → 28/29 February).
 */
export const COMPLAINT_WINDOW_MONTHS = 6;

export const complaintWindowEnd = (informedAt: Date, timeZone: string): Day =>
  addMonths(localDay(informedAt, timeZone), COMPLAINT_WINDOW_MONTHS);

export const complaintWindowOpen = (informedAt: Date, now: Date, timeZone: string): boolean =>
  localDay(now, timeZone) <= complaintWindowEnd(informedAt, timeZone);

export const COMPLAINT_EXPLANATION = { min: 10, max: 5000 } as const;

/** A complaint says why the decision is wrong (free text, at least a few words). */
export function complaintIssues(explanation: string): FieldIssue[] {
  const text = explanation.trim();
  if (text.length < COMPLAINT_EXPLANATION.min)
    return [
      {
        field: 'explanation',
        message: `must say why the decision is wrong in at least ${COMPLAINT_EXPLANATION.min} characters`,
      },
    ];
  if (text.length > COMPLAINT_EXPLANATION.max)
    return [{ field: 'explanation', message: `must be at most ${COMPLAINT_EXPLANATION.max} characters` }];
  return [];
}

/** What a decision complained about took away, so what upholding the complaint gives back. */
export type ContestedDecision =
  | { kind: 'offer_delisting'; offerId: number }
  | { kind: 'review_removal'; reviewId: number }
  | { kind: 'account_termination'; userId: number }
  | { kind: 'seller_suspension'; sellerId: number }
  /** A notifier contests a decision to take no action on their notice. */
  | { kind: 'notice_not_actioned'; noticeId: number }
  /** A notifier contests a restriction they asked for (upheld: nothing to reverse). */
  | { kind: 'notice_actioned'; noticeId: number }
  | { kind: 'other' };

export const REVERSALS = {
  offer_delisting: 'offer_relisted',
  review_removal: 'review_restored',
  account_termination: 'account_reopened',
  seller_suspension: 'seller_reinstated',
  notice_not_actioned: 'notice_reopened',
  notice_actioned: 'not_possible',
  other: 'not_possible',
} as const;
export type Reversal = (typeof REVERSALS)[ContestedDecision['kind']];

/** The reversal an upheld complaint calls for ('not_possible': recorded and said so). */
export const reversalFor = (d: ContestedDecision): Reversal => REVERSALS[d.kind];

/**
 * Art. 20(6): a person decides, under supervision, not the one who took the decision contested
 * (a second look). An operator who took no part (`originalDecider` null: automated or unknown)
 * may decide.
 */
export function deciderIssue(deciderId: number, originalDecider: number | null): string | null {
  return originalDecider !== null && deciderId === originalDecider
    ? 'A complaint is decided by another operator than the one who took the decision'
    : null;
}

/**
 * Art. 32(1): buyers who bought an illegal product "in the past six months" before the platform
 * became aware. An order counts from the same day six months earlier (UTC days), through now.
 */
export const BUYER_WINDOW_MONTHS = 6;

export function buyerWindowStart(awareAt: Date): Date {
  const day = addMonths(localDay(awareAt, 'UTC'), -BUYER_WINDOW_MONTHS);
  return new Date(`${day}T00:00:00Z`);
}

export const boughtWithinWindow = (orderedAt: Date, awareAt: Date): boolean =>
  orderedAt.getTime() >= buyerWindowStart(awareAt).getTime() && orderedAt.getTime() <= awareAt.getTime();
