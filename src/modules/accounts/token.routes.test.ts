import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { sessions } from './accounts.schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe.each(ENGINES)('bearer tokens on %s', (engine) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 2, offers: 10 });
  });
  afterAll(() => t.close());

  const call = async (method: string, path: string, body?: unknown, token?: string) => {
    const res = await t.app.request(path, {
      method,
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': '198.51.100.90',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    // biome-ignore lint/suspicious/noExplicitAny: test convenience
    return { status: res.status, body: (text ? JSON.parse(text) : null) as any };
  };

  it('a mobile app signs in for a token, uses it without cookies or CSRF, and revokes it', async () => {
    const buyer = await createActor(t.deps, { email: 'app@example.com', password: 'mobile app passphrase' });
    const wrong = await call('POST', '/api/v1/auth/token', {
      email: buyer.email,
      password: 'wrong wrong wrong',
    });
    expect([wrong.status, wrong.body.code]).toEqual([401, 'UNAUTHORIZED']);
    const issued = await call('POST', '/api/v1/auth/token', {
      email: buyer.email,
      password: 'mobile app passphrase',
    });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 30 * 86_400 });
    const token = issued.body.token as string;
    const me = await call('GET', '/api/v1/me', undefined, token);
    expect(me.body).toMatchObject({ id: buyer.userId, email: buyer.email, buyerType: 'consumer' });
    const cart = await call('POST', '/api/v1/carts', { market: 'fr-fr' }, token);
    expect(cart.status).toBe(201);
    expect((await call('GET', `/api/v1/carts/${cart.body.id}`)).status).toBe(404); // the account's cart, not a guest's
    expect((await call('GET', '/api/v1/orders', undefined, token)).status).toBe(200);
    expect((await call('DELETE', '/api/v1/auth/token', undefined, token)).status).toBe(204);
    const revoked = await call('GET', '/api/v1/me', undefined, token);
    expect([revoked.status, revoked.body.code]).toEqual([401, 'UNAUTHORIZED']);
    expect((await call('GET', '/api/v1/me', undefined, 'not-a-real-token-value-at-all')).status).toBe(401);
  });

  it('operators get no bearer token: the console uses short cookie sessions only', async () => {
    const op = await createActor(t.deps, {
      email: 'ops.token@reloop.test',
      password: 'operator passphrase here',
      operator: ['support'],
    });
    const before = await t.deps.db
      .select({ revokedAt: sessions.revokedAt })
      .from(sessions)
      .where(eq(sessions.userId, op.userId));
    const refused = await call('POST', '/api/v1/auth/token', {
      email: op.email,
      password: 'operator passphrase here',
    });
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
    expect(refused.body.token).toBeUndefined();
    // No usable session was left behind by the refused exchange.
    const after = await t.deps.db
      .select({ revokedAt: sessions.revokedAt })
      .from(sessions)
      .where(eq(sessions.userId, op.userId));
    expect(after.filter((s) => !s.revokedAt)).toHaveLength(before.length);
    // A wrong password still answers like for anyone (no hint that the account is an operator).
    const wrong = await call('POST', '/api/v1/auth/token', {
      email: op.email,
      password: 'wrong wrong wrong',
    });
    expect([wrong.status, wrong.body.code]).toEqual([401, 'UNAUTHORIZED']);
  });
});
