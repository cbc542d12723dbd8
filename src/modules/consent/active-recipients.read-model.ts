/**
 * Serves the DSA Art. 24(2) figure (the legal information page of every market and
 * `GET /api/v1/dsa/active-recipients`): the recipients active each month in the EU, read from the
 * audience events and recipient activity of this module and from the orders (buyers and the
 * sellers they bought from). Never writes. `recipientEvents` lists the raw events the figure is
 * made of, so anyone can recompute it with `activeRecipients` (active-recipients.rules.ts).
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import {
  type ActiveRecipients,
  averageOverMonths,
  EU_MARKET_CODES,
  type RecipientEvent,
  recipientsPeriod,
} from './active-recipients.rules.ts';

const rows = async <T>(db: Db, q: SQL) => ((await db.execute(q)) as unknown as { rows: T[] }).rows;

/** The activity of the period as (month or day, market, recipient) rows, EU markets only. */
function activitySql(now: Date, grain: 'month' | 'day'): SQL {
  const { periodStart, periodEnd } = recipientsPeriod(now);
  const eu = sql.join(
    EU_MARKET_CODES.map((m) => sql`${m}`),
    sql`, `,
  );
  const end = sql`(${periodEnd}::date + 1)`;
  const orderDay = sql`(o.created_at AT TIME ZONE 'UTC')::date`;
  const when = (d: SQL) => (grain === 'month' ? sql`date_trunc('month', ${d})::date` : d);
  return sql`
    SELECT ${when(sql`a.day`)} AS at, a.market, 'visitor:' || a.visitor_key AS recipient
      FROM audience_events a
      WHERE NOT a.signed_in AND a.market IN (${eu}) AND a.day >= ${periodStart}::date AND a.day < ${end}
    UNION ALL
    SELECT r.month, r.market, 'user:' || r.user_id
      FROM recipient_activity r
      WHERE r.market IN (${eu}) AND r.month >= ${periodStart}::date AND r.month < ${end}
    UNION ALL
    SELECT ${when(orderDay)}, o.market, 'user:' || o.buyer_user_id
      FROM orders o
      WHERE o.buyer_user_id IS NOT NULL AND o.market IN (${eu})
        AND o.created_at >= ${periodStart}::date AT TIME ZONE 'UTC' AND o.created_at < ${end} AT TIME ZONE 'UTC'
    UNION ALL
    SELECT ${when(orderDay)}, o.market, 'seller:' || o.seller_id
      FROM orders o
      WHERE o.market IN (${eu})
        AND o.created_at >= ${periodStart}::date AT TIME ZONE 'UTC' AND o.created_at < ${end} AT TIME ZONE 'UTC'`;
}

/** Average monthly active recipients in the EU over the six full months before `now`'s month. */
export async function averageMonthlyActiveRecipients(db: Db, now: Date): Promise<ActiveRecipients> {
  const counts = await rows<{ month: string; n: number }>(
    db,
    sql`SELECT to_char(e.at, 'YYYY-MM-DD') AS month, count(DISTINCT e.recipient)::int AS n
      FROM (${activitySql(now, 'month')}) e GROUP BY e.at`,
  );
  return averageOverMonths(now, new Map(counts.map((r) => [r.month, Number(r.n)])));
}

/** The raw events behind the figure (activity of signed-in users is kept by month: its first day). */
export async function recipientEvents(db: Db, now: Date): Promise<RecipientEvent[]> {
  return rows<RecipientEvent>(
    db,
    sql`SELECT to_char(e.at, 'YYYY-MM-DD') AS day, e.market, e.recipient FROM (${activitySql(now, 'day')}) e`,
  );
}
