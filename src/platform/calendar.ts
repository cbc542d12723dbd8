/**
 * Calendar days per market: local days, months clamped to their last day, public holidays
 * (date-holidays, national ones) and business days. Used by every deadline that the law or a
 * promise counts in days or business days (after-sales windows, review publication, moderation).
 */
import Holidays from 'date-holidays';

/** A calendar day, `YYYY-MM-DD`. */
export type Day = string;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parts(day: Day): [number, number, number] {
  const m = DAY_RE.exec(day);
  if (!m) throw new RangeError(`Not a day: ${day}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export const toDate = (day: Day) => {
  const [y, m, d] = parts(day);
  return new Date(Date.UTC(y, m - 1, d));
};
export const fromDate = (d: Date): Day => d.toISOString().slice(0, 10);

/** One formatter per time zone: building one costs far more than formatting (VAT rates ask per line). */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant in a time zone (a parcel delivered at 23:30 in Paris is that day). */
export function localDay(at: Date, timeZone: string): Day {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format.format(at);
}

export function addDays(day: Day, days: number): Day {
  const d = toDate(day);
  d.setUTCDate(d.getUTCDate() + days);
  return fromDate(d);
}

/** `months` later, clamped to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(day: Day, months: number): Day {
  const [y, m, d] = parts(day);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return fromDate(first);
}

const calendars = new Map<string, Holidays>();

/** Public holidays of a country (national ones: regional holidays are not observed by carriers everywhere). */
function publicHolidays(country: string): Holidays {
  let h = calendars.get(country);
  if (!h) {
    h = new Holidays(country, { types: ['public'] });
    calendars.set(country, h);
  }
  return h;
}

export function isPublicHoliday(day: Day, country: string): boolean {
  const [y, m, d] = parts(day);
  // date-holidays reads a Date in the country's zone; noon UTC is the same calendar day in every EU zone.
  const found = publicHolidays(country).isHoliday(new Date(Date.UTC(y, m - 1, d, 12)));
  return Array.isArray(found) && found.some((h) => h.type === 'public');
}

export function isBusinessDay(day: Day, country: string): boolean {
  const weekday = toDate(day).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isPublicHoliday(day, country);
}

/** The day itself when it is a business day, else the next one. */
export function rollToBusinessDay(day: Day, country: string): Day {
  let d = day;
  while (!isBusinessDay(d, country)) d = addDays(d, 1);
  return d;
}

/** `n` business days after `day` (the day itself not counted). */
export function addBusinessDays(day: Day, n: number, country: string): Day {
  let d = day;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isBusinessDay(d, country)) left--;
  }
  return d;
}
