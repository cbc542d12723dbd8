import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { DAY_MS } from '../../platform/clock.ts';
import { seedDemo } from '../../seed/seed-demo.ts';
import { refreshPopularity } from './refresh-popularity.ts';

describe.each(ENGINES)('popularity and bestsellers on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 30, sellers: 5, offers: 150 });
  });
  afterAll(async () => t?.close());

  it('counts only the last 30 days and forgets sales as time passes', async () => {
    const [expected] = await t.database.rows<{ n: number }>(
      sql`SELECT coalesce(sum(quantity), 0)::int AS n FROM product_sales WHERE sold_at >= ${new Date(t.clock.now().getTime() - 30 * DAY_MS).toISOString()}::timestamptz`,
    );
    const [counted] = await t.database.rows<{ n: number }>(
      sql`SELECT sum(orders_30d)::int AS n FROM products`,
    );
    expect(counted!.n).toBe(expected!.n);
    expect(counted!.n).toBeGreaterThan(0);
    const [labelled] = await t.database.rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM products WHERE bestseller`,
    );
    expect(labelled!.n).toBeGreaterThan(0);

    t.clock.advance(90 * DAY_MS);
    const r = await refreshPopularity({ db: t.deps.db, clock: t.clock });
    expect(r.bestsellers).toBe(0);
    const [after] = await t.database.rows<{ n: number; b: number }>(
      sql`SELECT sum(orders_30d)::int AS n, count(*) FILTER (WHERE bestseller)::int AS b FROM products`,
    );
    expect(after).toEqual({ n: 0, b: 0 });
    t.clock.advance(-90 * DAY_MS);
  });

  it('does not seed the demo over existing data', async () => {
    expect(await seedDemo({ db: t.deps.db, clock: t.clock })).toBe(false);
  });
});
