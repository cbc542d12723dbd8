/**
 * Deadlines of data-subject requests (pure). Two regimes:
 *
 * - GDPR Art. 12(3) (every market but the US): an answer within one calendar month of receipt
 *   (31 January → 28/29 February: the month is clamped to its last day), extendable once by up to
 *   two further months, and only when the extension notice, with its reasons, is sent within that
 *   first month (on or before the first due day).
 * - CCPA (the US market, Cal. Civ. Code § 1798.130(a)(2)): 45 days from receipt, extendable once by
 *   up to 45 more with notice within the first 45.
 *
 * The clock starts at receipt: the day the request reached us (in the market's time zone), before
 * any identity verification. GDPR lets a controller ask for proof of identity, and whether that
 * pauses the month is debated; counting from receipt is never late.
 */
import { addDays, addMonths, type Day, parts, toDate } from '../../platform/calendar.ts';

export type Regime = 'gdpr' | 'ccpa';

/** The US storefront answers under the CCPA; every other market under the GDPR. */
export const regimeOf = (market: string): Regime => (market === 'US' ? 'ccpa' : 'gdpr');

/** How far one extension may reach, in the regime's unit (months, or days for the CCPA). */
export const MAX_EXTENSION: Record<Regime, { unit: 'months' | 'days'; max: number }> = {
  gdpr: { unit: 'months', max: 2 },
  ccpa: { unit: 'days', max: 45 },
};

/** The first due day: one calendar month (GDPR) or 45 days (CCPA) after the day of receipt. */
export function initialDueDay(regime: Regime, received: Day): Day {
  return regime === 'gdpr' ? addMonths(received, 1) : addDays(received, 45);
}

/** The due day after an extension of `by` units (months or days), counted from receipt. */
export function extendedDueDay(regime: Regime, received: Day, by: number): Day {
  return regime === 'gdpr' ? addMonths(received, 1 + by) : addDays(received, 45 + by);
}

export type ExtensionRefusal = 'already_extended' | 'too_late' | 'bad_length';

/**
 * Whether the request may be extended today by `by` units: once, by 1..max units, with the notice
 * sent on or before the first due day. The new due day when allowed.
 */
export function checkExtension(a: {
  regime: Regime;
  received: Day;
  today: Day;
  alreadyExtended: boolean;
  by: number;
}): { ok: true; dueDay: Day } | { ok: false; reason: ExtensionRefusal } {
  if (a.alreadyExtended) return { ok: false, reason: 'already_extended' };
  const { max } = MAX_EXTENSION[a.regime];
  if (!Number.isInteger(a.by) || a.by < 1 || a.by > max) return { ok: false, reason: 'bad_length' };
  if (a.today > initialDueDay(a.regime, a.received)) return { ok: false, reason: 'too_late' };
  return { ok: true, dueDay: extendedDueDay(a.regime, a.received, a.by) };
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  parts(from);
  parts(to);
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}

export type Timer = { state: 'due'; days: number } | { state: 'overdue'; days: number } | { state: 'closed' };

/**
 * What the desk shows beside an open request: due in N days (0: due today), or overdue by N days
 * (the day after the due day is 1 day overdue). A closed request has no timer.
 */
export function timerOf(dueDay: Day, today: Day, closed = false): Timer {
  if (closed) return { state: 'closed' };
  const left = daysBetween(today, dueDay);
  return left >= 0 ? { state: 'due', days: left } : { state: 'overdue', days: -left };
}
