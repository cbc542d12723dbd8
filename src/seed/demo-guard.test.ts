import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, ENGINES } from '../../test/db.ts';
import { fixedClock } from '../platform/clock.ts';
import type { Database } from '../platform/db/client.ts';
import { claimInstallation, installationKind } from '../platform/db/installation.ts';
import { guardDemoSeed } from './demo-guard.ts';

const clock = fixedClock('2026-12-06T08:00:00Z');

describe.each(ENGINES)('issue 12 finding 4: the demo seed guards the database (%s)', (engine) => {
  let database: Database;
  afterEach(async () => database?.close());

  it('claims an empty database for the demo, and keeps loading it afterwards', async () => {
    database = await createTestDatabase(engine);
    expect(await guardDemoSeed(database.db, { nodeEnv: 'development', now: clock.now() })).toMatchObject({
      ok: true,
    });
    expect(await installationKind(database.db)).toBe('demo');
    expect(await guardDemoSeed(database.db, { nodeEnv: 'development', now: clock.now() })).toMatchObject({
      ok: true,
    });
  });

  it('refuses a real installation (create-operator claims it) and a database with foreign data', async () => {
    database = await createTestDatabase(engine);
    await claimInstallation(database.db, 'production', clock.now());
    expect(await guardDemoSeed(database.db, { nodeEnv: 'development', now: clock.now() })).toMatchObject({
      ok: false,
      reason: 'real-installation',
    });

    const other = await createTestDatabase(engine);
    try {
      await other.db.execute(
        sql`INSERT INTO users (email, name, password_hash, market, created_at, updated_at) VALUES ('ceo@shop.example', 'CEO', 'x', 'FR', now(), now())`,
      );
      expect(await guardDemoSeed(other.db, { nodeEnv: 'development', now: clock.now() })).toMatchObject({
        ok: false,
        reason: 'not-a-demo-database',
      });
      expect(await installationKind(other.db)).toBeNull();
    } finally {
      await other.close();
    }
  });

  it('refuses under NODE_ENV=production and leaves the database unclaimed', async () => {
    database = await createTestDatabase(engine);
    expect(await guardDemoSeed(database.db, { nodeEnv: 'production', now: clock.now() })).toMatchObject({
      ok: false,
      reason: 'production',
    });
    expect(await installationKind(database.db)).toBeNull();
  });
});
