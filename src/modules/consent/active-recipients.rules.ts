/**
 * DSA Art. 24(2): the average monthly active recipients of the service in the Union, over the
 * past six months. Pure: the same events and `now` give the same figure, so the published figure
 * can be recomputed from the raw events (active-recipients.read-model.ts computes it in SQL the
 * same way; a test checks they agree).
 */
import { MARKETS } from '../../platform/markets.ts';

export const RECIPIENT_MONTHS = 6;
export const EU_MARKET_CODES: readonly string[] = MARKETS.filter((m) => m.eu).map((m) => m.code);

/**
 * One sign of activity: who (`user:<id>` for a signed-in person or a buyer, `seller:<id>` for a
 * trader, `visitor:<key>` for a visitor not signed in, under the day's anonymous key), where and
 * which day (YYYY-MM-DD, UTC).
 */
export type RecipientEvent = { day: string; market: string; recipient: string };

export type ActiveRecipients = {
  /** First day of the first month counted (YYYY-MM-DD). */
  periodStart: string;
  /** Last day of the last month counted (YYYY-MM-DD). */
  periodEnd: string;
  averageMonthlyActiveRecipients: number;
  months: Array<{ month: string; recipients: number }>;
};

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The six full calendar months before `now`'s month (UTC), oldest first, as YYYY-MM-01. */
export function recipientMonths(now: Date): string[] {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  return Array.from({ length: RECIPIENT_MONTHS }, (_, i) =>
    iso(new Date(Date.UTC(y, m - RECIPIENT_MONTHS + i, 1))),
  );
}

/** First and last day of the period the figure covers. */
export function recipientsPeriod(now: Date): { periodStart: string; periodEnd: string } {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  return {
    periodStart: iso(new Date(Date.UTC(y, m - RECIPIENT_MONTHS, 1))),
    periodEnd: iso(new Date(Date.UTC(y, m, 0))),
  };
}

/** The average of monthly counts over the six months (a month without a count is 0), rounded. */
export function averageOverMonths(now: Date, counts: ReadonlyMap<string, number>): ActiveRecipients {
  const months = recipientMonths(now).map((month) => ({ month, recipients: counts.get(month) ?? 0 }));
  const total = months.reduce((s, m) => s + m.recipients, 0);
  return {
    ...recipientsPeriod(now),
    averageMonthlyActiveRecipients: Math.round(total / RECIPIENT_MONTHS),
    months,
  };
}

/**
 * Per calendar month, the distinct recipients with at least one event in an EU market (however
 * many days, pages or EU markets), then averaged over the six full months before `now`'s month.
 */
export function activeRecipients(events: Iterable<RecipientEvent>, now: Date): ActiveRecipients {
  const months = new Set(recipientMonths(now));
  const eu = new Set(EU_MARKET_CODES);
  const seen = new Map<string, Set<string>>();
  for (const e of events) {
    const month = `${e.day.slice(0, 7)}-01`;
    if (!months.has(month) || !eu.has(e.market)) continue;
    const set = seen.get(month) ?? new Set<string>();
    set.add(e.recipient);
    seen.set(month, set);
  }
  return averageOverMonths(now, new Map([...seen].map(([m, s]) => [m, s.size])));
}

/** How the figure is counted, in English (the API's `method`; pages say it in their language). */
export function recipientsMethod(r: { periodStart: string; periodEnd: string }): string {
  return [
    `Average of the monthly active recipients in the European Union over the six full calendar months from ${r.periodStart} to ${r.periodEnd} (DSA Art. 24(2)).`,
    `Each month counts once every recipient with activity in an EU market (${EU_MARKET_CODES.join(', ')}), whatever the number of days, pages or EU markets: signed-in users who viewed a page or placed an order (one person counts once), sellers who received an order (once per seller), and visitors who were not signed in, counted by page views under an anonymous key that changes every day (a visitor returning another day counts again, so this part is an upper bound).`,
    'Activity in Great Britain and the United States is left out; a month without activity counts as zero; robots are not counted.',
    'Reproducible from the raw events kept 13 months: audience_events (rows with signed_in false), recipient_activity and orders.',
  ].join(' ');
}
