/**
 * Demo audience (issue 16): six months and more of page views counted without cookies and of
 * signed-in activity, behind the active-recipients figure of the legal information pages and
 * `GET /api/v1/dsa/active-recipients`. Deterministic (a seeded generator, keys derived from the
 * day and a counter, as if from a day's salt), inserted in batches through `recordActivities`.
 * Once: nothing when audience events exist already.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Deps } from '../app/deps.ts';
import { recipientMonths } from '../modules/consent/active-recipients.rules.ts';
import type { PageKind } from '../modules/consent/audience.rules.ts';
import { type ActivityInput, recordActivities } from '../modules/consent/record-activity.ts';
import { DAY_MS } from '../platform/clock.ts';

/** Share of the visitors of each market (GB and US count for the audience, not for the DSA figure). */
const MARKET_WEIGHTS: Array<[string, number]> = [
  ['FR', 30],
  ['DE', 20],
  ['ES', 10],
  ['IT', 10],
  ['NL', 8],
  ['GB', 7],
  ['BE', 6],
  ['SE', 5],
  ['US', 4],
];
const KINDS: Array<[PageKind, number]> = [
  ['home', 25],
  ['product', 30],
  ['category', 15],
  ['search', 12],
  ['seller', 4],
  ['cart', 6],
  ['checkout', 3],
  ['account', 3],
  ['legal', 1],
  ['other', 1],
];
/** Visitors a day on a weekday; weekends see a third more. */
const VISITORS_PER_DAY = 90;

/** mulberry32: a small seeded generator, so every demo has the same figures. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(rand: () => number, weighted: Array<[T, number]>): T {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [v, w] of weighted) {
    r -= w;
    if (r < 0) return v;
  }
  return weighted.at(-1)![0];
}

export async function seedDemoAudience(deps: Pick<Deps, 'db' | 'clock'>): Promise<number> {
  const existing = (await deps.db.execute(
    sql`SELECT count(*)::int AS n FROM audience_events`,
  )) as unknown as {
    rows: Array<{ n: number }>;
  };
  const n = existing.rows[0]?.n ?? 0;
  if (Number(n) > 0) return 0;
  const now = deps.clock.now();
  const rand = generator(16);
  const first = new Date(`${recipientMonths(now)[0]}T00:00:00Z`).getTime();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const users = (
    (await deps.db.execute(sql`SELECT id, market FROM users ORDER BY id LIMIT 400`)) as unknown as {
      rows: Array<{ id: number; market: string }>;
    }
  ).rows;
  const views: ActivityInput[] = [];
  let inserted = 0;
  const flush = async () => {
    await recordActivities(deps, views);
    inserted += views.length;
    views.length = 0;
  };
  for (let day = first; day < today; day += DAY_MS) {
    const date = new Date(day);
    const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
    // A slow rise over the months, and some noise.
    const growth = 1 + (day - first) / (today - first) / 3;
    const visitors = Math.round(VISITORS_PER_DAY * growth * (weekend ? 1.3 : 1) * (0.85 + rand() * 0.3));
    for (let v = 0; v < visitors; v++) {
      const visitorKey = createHash('sha256').update(`demo|${day}|${v}`).digest('hex').slice(0, 32);
      const market = pick(rand, MARKET_WEIGHTS);
      const pages = 1 + Math.floor(rand() * rand() * 6);
      for (let p = 0; p < pages; p++) {
        views.push({
          market,
          kind: pick(rand, KINDS),
          visitorKey,
          at: new Date(day + 8 * 3_600_000 + p * 60_000),
        });
      }
    }
    // About one signed-in person in twelve is active on a given day, in their market.
    for (const u of users) {
      if (rand() < 1 / 12) {
        views.push({
          market: u.market,
          kind: pick(rand, KINDS),
          userId: u.id,
          visitorKey: createHash('sha256').update(`demo|${day}|user|${u.id}`).digest('hex').slice(0, 32),
          at: new Date(day + 19 * 3_600_000),
        });
      }
    }
    if (views.length >= 5_000) await flush();
  }
  await flush();
  return inserted;
}
