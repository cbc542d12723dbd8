import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { hashToken } from '../../platform/security/tokens.ts';
import {
  authenticateApiKey,
  createApiKey,
  DEMO_SELLER_API_KEY,
  listApiKeys,
  revokeApiKey,
  seedDemoApiKey,
} from './api-keys.ts';
import { sellerApiKeys } from './seller-api.schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe.each(ENGINES)('seller API keys on %s', (engine) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 3, offers: 10 });
  });
  afterAll(() => t.close());

  const row = async (id: number) =>
    (await t.deps.db.select().from(sellerApiKeys).where(eq(sellerApiKeys.id, id)))[0]!;

  it('shows the token once and stores only its hash; authenticates; revocation is immediate', async () => {
    const now = t.clock.now();
    const key = await createApiKey(t.deps.db, { sellerId: 1, name: 'ERP sync', createdBy: null, now });
    expect(key.token).toMatch(/^rlk_[A-Za-z0-9_-]{40,}$/);
    expect(key.token.startsWith(key.prefix)).toBe(true);
    const stored = await row(key.id);
    expect(stored.tokenHash).toBe(hashToken(key.token));
    expect(JSON.stringify(stored)).not.toContain(key.token);

    expect(await authenticateApiKey(t.deps.db, key.token, now)).toEqual({ sellerId: 1, keyId: key.id });
    expect(await authenticateApiKey(t.deps.db, `${key.token}x`, now)).toBeNull();
    expect(await authenticateApiKey(t.deps.db, '', now)).toBeNull();

    await expect(revokeApiKey(t.deps.db, { sellerId: 2, keyId: key.id, now })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await authenticateApiKey(t.deps.db, key.token, now)).not.toBeNull();
    await revokeApiKey(t.deps.db, { sellerId: 1, keyId: key.id, now });
    await revokeApiKey(t.deps.db, { sellerId: 1, keyId: key.id, now }); // harmless twice
    expect(await authenticateApiKey(t.deps.db, key.token, now)).toBeNull();

    const listed = await listApiKeys(t.deps.db, 1);
    expect(listed.find((k) => k.id === key.id)).toMatchObject({ name: 'ERP sync', prefix: key.prefix });
    expect(listed.find((k) => k.id === key.id)!.revokedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(stored.tokenHash);
    expect((await listApiKeys(t.deps.db, 2)).some((k) => k.id === key.id)).toBe(false);
  });

  it('writes last_used_at at most once a minute', async () => {
    const key = await createApiKey(t.deps.db, {
      sellerId: 1,
      name: 'poller',
      createdBy: null,
      now: t.clock.now(),
    });
    const t0 = t.clock.now();
    await authenticateApiKey(t.deps.db, key.token, t0);
    expect(new Date((await row(key.id)).lastUsedAt!).getTime()).toBe(t0.getTime());
    await authenticateApiKey(t.deps.db, key.token, new Date(t0.getTime() + 30_000));
    expect(new Date((await row(key.id)).lastUsedAt!).getTime()).toBe(t0.getTime());
    const later = new Date(t0.getTime() + 61_000);
    await authenticateApiKey(t.deps.db, key.token, later);
    expect(new Date((await row(key.id)).lastUsedAt!).getTime()).toBe(later.getTime());
  });

  it('accepts several candidates (raw and decoded Basic values) and picks the matching one', async () => {
    const key = await createApiKey(t.deps.db, {
      sellerId: 3,
      name: 'basic',
      createdBy: null,
      now: t.clock.now(),
    });
    expect(
      await authenticateApiKey(t.deps.db, ['not-a-real-token-at-all', key.token], t.clock.now()),
    ).toEqual({
      sellerId: 3,
      keyId: key.id,
    });
  });

  it('seeds the documented demo key once', async () => {
    const a = await seedDemoApiKey(t.deps.db, 2, t.clock.now());
    const b = await seedDemoApiKey(t.deps.db, 2, t.clock.now());
    expect(a.id).toBe(b.id);
    expect(await authenticateApiKey(t.deps.db, DEMO_SELLER_API_KEY, t.clock.now())).toEqual({
      sellerId: 2,
      keyId: a.id,
    });
    await expect(
      createApiKey(t.deps.db, { sellerId: 1, name: ' ', createdBy: null, now: t.clock.now() }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
