import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, ENGINES } from '../../../test/db.ts';
import { fixedClock } from '../clock.ts';
import type { Database } from '../db/client.ts';
import { PostgresRateLimitStore } from './postgres-rate-limit-store.ts';
import { purgeRateLimitCountersJob } from './purge-rate-limit-counters.ts';
import { itBehavesLikeARateLimitStore } from './rate-limit-store.contract.ts';

describe.each(ENGINES)('PostgresRateLimitStore on %s', (engine) => {
  let database: Database;
  let store: PostgresRateLimitStore;
  let twin: PostgresRateLimitStore;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    store = new PostgresRateLimitStore(database.db);
    twin = new PostgresRateLimitStore(database.db);
  });
  afterAll(async () => database?.close());

  let n = 0;
  itBehavesLikeARateLimitStore(
    () => store,
    () => twin,
    (name) => `${name}-${n++}`,
  );

  it('keeps a counter until the end of the next window, then purges it', async () => {
    const W = 60_000;
    const start = new Date('2026-11-22T10:00:00Z');
    await store.hit('purge-me', start, W);
    await store.hit('purge-me', new Date(start.getTime() + W), W);
    const [row] = await database.rows<{ expires_at: string | Date }>(
      sql`SELECT expires_at FROM rate_limit_counters WHERE key = 'purge-me' ORDER BY window_start LIMIT 1`,
    );
    expect(new Date(row!.expires_at)).toEqual(new Date(start.getTime() + 2 * W));
    const counters = async () =>
      (
        await database.rows<{ n: number }>(
          sql`SELECT count(*)::int AS n FROM rate_limit_counters WHERE key = 'purge-me'`,
        )
      )[0]!.n;
    // What the other tests wrote (November 21st) has expired; these two counters have not.
    await store.purgeExpired(new Date(start.getTime() + 2 * W - 1));
    expect(await counters()).toBe(2);
    const [{ left }] = (await database.rows<{ left: number }>(
      sql`SELECT count(*)::int AS left FROM rate_limit_counters`,
    )) as [{ left: number }];
    expect(left).toBe(2);
    const job = purgeRateLimitCountersJob(store, fixedClock(new Date(start.getTime() + 2 * W)));
    expect(job.name).toBe('purge-rate-limit-counters');
    expect(await job.run()).toBe(1);
    expect(await counters()).toBe(1);
    expect(await store.hit('purge-me', new Date(start.getTime() + W), W, 0)).toEqual({
      current: 1,
      previous: 0,
    });
  });
});
