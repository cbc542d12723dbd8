import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, ENGINES } from '../../test/db.ts';
import { averageMonthlyActiveRecipients } from '../modules/consent/active-recipients.read-model.ts';
import { fixedClock } from '../platform/clock.ts';
import type { Database } from '../platform/db/client.ts';
import { seedDemoAudience } from './demo-audience.ts';

describe.each(ENGINES)('demo audience (%s)', (engine) => {
  let a: Database;
  let b: Database;
  const clock = fixedClock('2026-11-21T12:00:00Z');
  beforeAll(async () => {
    [a, b] = await Promise.all([createTestDatabase(engine), createTestDatabase(engine)]);
  }, 120_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('puts six full months of activity behind the figure, the same in every demo, once', async () => {
    const started = performance.now();
    const inserted = await seedDemoAudience({ db: a.db, clock });
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(inserted).toBeGreaterThan(10_000);
    const figure = await averageMonthlyActiveRecipients(a.db, clock.now());
    expect(figure.months.every((m) => m.recipients > 1000)).toBe(true);
    expect(figure.averageMonthlyActiveRecipients).toBeGreaterThan(1000);
    // Deterministic: another database gets the same figure.
    await seedDemoAudience({ db: b.db, clock });
    expect(await averageMonthlyActiveRecipients(b.db, clock.now())).toEqual(figure);
    // Once.
    expect(await seedDemoAudience({ db: a.db, clock })).toBe(0);
    const counted = await a.rows<{ markets: number }>(
      sql`SELECT count(DISTINCT market)::int AS markets FROM audience_events`,
    );
    expect(counted[0]?.markets).toBe(9);
  }, 120_000);
});
