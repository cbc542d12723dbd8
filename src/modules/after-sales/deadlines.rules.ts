/**
 * After-sales deadlines, pure (issue 14; domain-rules §1.4 and §5). Every deadline is a calendar
 * day in the market's time zone, inclusive: a request made at any time on that day is in time.
 *
 * - Withdrawal (Directive 2011/83/EU Art. 9): 14 days from the day the consumer took possession of
 *   the last item of the order (Art. 9(2)(b)). As for every EU-law period (Regulation 1182/71
 *   Art. 3(4), recital 41 of the directive) a period ending on a Saturday, Sunday or public holiday
 *   ends on the next working day. Not informed of the right: 12 months more (Art. 10).
 * - Commercial return window: 30 days from delivery by default (a seller may offer more, never
 *   less than the legal 14), rolled to the next business day; an order placed from Black Friday to
 *   31 December may be returned until 31 January at least.
 * - Transit damage: reported within 3 business days of delivery.
 * - Commercial warranty: its months (≥ 12) from delivery. The legal guarantee of conformity
 *   (Directive 2019/771 Art. 10) runs 24 months from delivery alongside it and is never reduced.
 */
import {
  addBusinessDays,
  addDays,
  addMonths,
  type Day,
  fromDate,
  parts,
  rollToBusinessDay,
} from '../../platform/calendar.ts';

export const WITHDRAWAL_DAYS = 14;
export const DEFAULT_RETURN_WINDOW_DAYS = 30;
export const TRANSIT_DAMAGE_BUSINESS_DAYS = 3;
export const MIN_WARRANTY_MONTHS = 12;
export const LEGAL_GUARANTEE_MONTHS = 24;
/** Art. 10 of Directive 2011/83/EU: the trader who did not inform of the right gives 12 months more. */
export const UNINFORMED_EXTENSION_MONTHS = 12;

/** Black Friday of a year: the day after the fourth Thursday of November. */
export function blackFriday(year: number): Day {
  const firstOfNovember = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const firstThursday = 1 + ((4 - firstOfNovember + 7) % 7);
  return fromDate(new Date(Date.UTC(year, 10, firstThursday + 21 + 1)));
}

/** The last day of the legal withdrawal, counted from the delivery of the order's last item. */
export function withdrawalEndsOn(lastDelivered: Day, country: string, informed = true): Day {
  const end = rollToBusinessDay(addDays(lastDelivered, WITHDRAWAL_DAYS), country);
  return informed ? end : addMonths(end, UNINFORMED_EXTENSION_MONTHS);
}

/** The last day of the commercial return window of a line delivered on `delivered`. */
export function returnEndsOn(o: { ordered: Day; delivered: Day; country: string; windowDays?: number }): Day {
  const windowDays = Math.max(o.windowDays ?? DEFAULT_RETURN_WINDOW_DAYS, WITHDRAWAL_DAYS);
  const end = rollToBusinessDay(addDays(o.delivered, windowDays), o.country);
  const year = parts(o.ordered)[0];
  const holidaySeason = o.ordered >= blackFriday(year) && o.ordered <= `${year}-12-31`;
  const january = `${year + 1}-01-31`;
  return holidaySeason && end < january ? rollToBusinessDay(january, o.country) : end;
}

/** The last day to report damage in transit. */
export function transitDamageEndsOn(delivered: Day, country: string): Day {
  return addBusinessDays(delivered, TRANSIT_DAMAGE_BUSINESS_DAYS, country);
}

/**
 * The last day of the commercial warranty (never fewer than 12 months): a period in months ends on
 * the day with the same date as delivery (Regulation 1182/71 Art. 3(2)(c)).
 */
export function warrantyEndsOn(delivered: Day, months: number): Day {
  return addMonths(delivered, Math.max(months, MIN_WARRANTY_MONTHS));
}

/** The last day of the legal guarantee of conformity, which the commercial warranty never shortens. */
export function legalGuaranteeEndsOn(delivered: Day): Day {
  return addMonths(delivered, LEGAL_GUARANTEE_MONTHS);
}

/** A deadline as a typed result: open until and including its last day. */
export type Window = { open: true; endsOn: Day } | { open: false; endedOn: Day };

export function windowOn(today: Day, endsOn: Day): Window {
  return today <= endsOn ? { open: true, endsOn } : { open: false, endedOn: endsOn };
}
