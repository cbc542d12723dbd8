import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { fixedClock } from '../clock.ts';
import type { Database } from '../db/client.ts';
import { createRateLimiting } from './rate-limiting.ts';

describe('createRateLimiting', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
  });
  afterAll(async () => database?.close());

  it('gives an exact and a batched limiter over the database, and a purge job', async () => {
    const clock = fixedClock('2026-11-21T12:00:00Z');
    const limiting = createRateLimiting({ db: database.db, clock, syncEveryMs: 0 });
    const rule = { name: 'sign-in', limit: 2, windowMs: 60_000 };
    expect((await limiting.exact.consume(rule, 'a@example.com')).allowed).toBe(true);
    expect((await limiting.batched.consume(rule, 'a@example.com')).remaining).toBe(1); // unsynced yet
    await limiting.close(); // flushes the batched hit
    expect((await limiting.exact.consume(rule, 'a@example.com')).allowed).toBe(false);
    expect(limiting.jobs.map((j) => j.name)).toEqual(['purge-rate-limit-counters']);
    clock.advance(3 * 60_000);
    expect(await limiting.jobs[0]!.run()).toBe(1);
  });
});
