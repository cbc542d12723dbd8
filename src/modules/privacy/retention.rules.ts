/**
 * Retention of accounts (issue 16: "Accounts inactive for 3 years, or 6 years after the last
 * order, are warned by email, deactivated, then erased"). Pure: every date comes in as input.
 *
 * Reading chosen: an account without orders is kept for 3 years after its last activity (sign-up,
 * sign-in, session use); an account with orders for the later of that and 6 years after its last
 * order (the customer relationship, claims and guarantee questions last that long). So an account
 * used last week is never deactivated, and neither is one that ordered 5 years ago.
 * The person is warned 30 days before deactivation (never fewer: a late job moves the date), may
 * sign in to keep the account, and the deactivated account is erased 30 days later. An account its
 * owner closed is erased 30 days after the closure too (the closure email says the rest is erased
 * per the privacy policy; until then customer service can reopen it). One the platform closed is
 * left: the closure may still be complained about or defended.
 */
import { addMonthsUtc } from './legal-holds.rules.ts';

export const INACTIVITY_YEARS = 3;
export const YEARS_AFTER_LAST_ORDER = 6;
export const WARNING_DAYS_BEFORE_DEACTIVATION = 30;
export const ERASURE_DAYS_AFTER_DEACTIVATION = 30;

const DAY = 86_400_000;

export type AccountActivity = {
  /** The latest of sign-up, sign-in and session use. */
  lastActivityAt: Date;
  lastOrderAt: Date | null;
};

/** When the account becomes due for deactivation, if nothing happens before. */
export function deactivationDueAt(a: AccountActivity): Date {
  const inactive = addMonthsUtc(a.lastActivityAt, INACTIVITY_YEARS * 12);
  if (!a.lastOrderAt) return inactive;
  const afterOrder = addMonthsUtc(a.lastOrderAt, YEARS_AFTER_LAST_ORDER * 12);
  return afterOrder.getTime() > inactive.getTime() ? afterOrder : inactive;
}

export type RetentionState = {
  warnedAt: Date | null;
  deactivateOn: Date | null;
  deactivatedAt: Date | null;
};

export type RetentionStep =
  | { step: 'none' }
  /** The person came back after the warning: the warning is withdrawn. */
  | { step: 'reset' }
  | { step: 'warn'; deactivateOn: Date }
  | { step: 'deactivate' }
  | { step: 'erase' };

/** What the retention job does today for one account. */
export function retentionStep(a: AccountActivity & RetentionState & { now: Date }): RetentionStep {
  const now = a.now.getTime();
  if (a.deactivatedAt) {
    return now >= a.deactivatedAt.getTime() + ERASURE_DAYS_AFTER_DEACTIVATION * DAY
      ? { step: 'erase' }
      : { step: 'none' };
  }
  if (a.warnedAt && a.lastActivityAt.getTime() > a.warnedAt.getTime()) return { step: 'reset' };
  if (a.warnedAt && a.deactivateOn) {
    return now >= a.deactivateOn.getTime() ? { step: 'deactivate' } : { step: 'none' };
  }
  const due = deactivationDueAt(a).getTime();
  if (now < due - WARNING_DAYS_BEFORE_DEACTIVATION * DAY) return { step: 'none' };
  return {
    step: 'warn',
    deactivateOn: new Date(Math.max(due, now + WARNING_DAYS_BEFORE_DEACTIVATION * DAY)),
  };
}

/** The earliest last activity an account can have and still be due for a warning at `now` (a query bound). */
export function warningCandidatesBefore(now: Date): Date {
  return addMonthsUtc(
    new Date(now.getTime() + WARNING_DAYS_BEFORE_DEACTIVATION * DAY),
    -INACTIVITY_YEARS * 12,
  );
}

/** An account closed by its owner is erased once 30 days have passed since the closure. */
export function closedAccountErasureDue(closedAt: Date, now: Date): boolean {
  return now.getTime() >= closedAt.getTime() + ERASURE_DAYS_AFTER_DEACTIVATION * DAY;
}

/** Trader data of a seller whose contract ended is purged once its retention date has passed. */
export function traderDataPurgeDue(retainUntil: Date | null, now: Date): boolean {
  return retainUntil !== null && now.getTime() >= retainUntil.getTime();
}
