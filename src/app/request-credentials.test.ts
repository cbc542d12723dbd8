import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../test/actors.ts';
import { ENGINES } from '../../test/db.ts';
import { createTestApp } from '../../test/fixtures.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

const FORM = { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.20' };

describe.each(ENGINES)('issue 12: CSRF seeds and the Authorization header on %s', (engine) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 2, offers: 10 });
  });
  afterAll(() => t.close());

  const me = async (headers: Record<string, string>) =>
    (await t.app.request('/api/v1/me', { headers: { 'x-forwarded-for': '198.51.100.20', ...headers } }))
      .status;

  it('finding 2: a CSRF seed the browser chose is refused, even with the token our page rendered for it', async () => {
    const buyer = await createActor(t.deps, { email: 'seed@example.com' });
    const session = await buyer.cookie();
    const seed = 'attacker-chosen-seed-0123456789';
    const page = await t.app.request('/fr-fr/sign-in', { headers: { cookie: `rl_csrf=${seed}` } });
    const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    const res = await t.app.request('/sign-out', {
      method: 'POST',
      headers: { ...FORM, cookie: `${session}; rl_csrf=${seed}` },
      body: new URLSearchParams({ _csrf: token }).toString(),
    });
    expect(res.status).toBe(403);
    expect(await me({ cookie: session })).toBe(200);

    // A seed the server issued, with its token, still works.
    const csrf = csrfPair(t.deps);
    const ok = await t.app.request('/sign-out', {
      method: 'POST',
      headers: { ...FORM, cookie: `${session}; ${csrf.cookie}` },
      body: new URLSearchParams({ _csrf: csrf.header }).toString(),
    });
    expect(ok.status).toBe(303);
    expect(await me({ cookie: session })).toBe(401);
  });

  it('finding 10a: an Authorization header that is no bearer token switches off neither CSRF check', async () => {
    const buyer = await createActor(t.deps, { email: 'basic@example.com' });
    const session = await buyer.cookie();
    const crossSite = await t.app.request('/sign-out', {
      method: 'POST',
      headers: { ...FORM, cookie: session, authorization: 'Basic x', 'sec-fetch-site': 'cross-site' },
      body: '',
    });
    expect(crossSite.status).toBe(403);
    const noToken = await t.app.request('/sign-out', {
      method: 'POST',
      headers: { ...FORM, cookie: session, authorization: 'Basic eDp5' },
      body: '',
    });
    expect(noToken.status).toBe(403);
    expect(await me({ cookie: session })).toBe(200);
  });

  it('finding 10a: a request with a bearer token never falls back to the session cookie', async () => {
    const buyer = await createActor(t.deps, { email: 'bearer@example.com' });
    const session = await buyer.cookie();
    const token = session.replace(/^rl_session=/, '');
    expect(await me({ authorization: `Bearer ${token}` })).toBe(200);
    expect(await me({ cookie: session, authorization: 'Bearer x' })).toBe(401);
    expect(await me({ cookie: session, authorization: 'Bearer not-a-real-token-value-at-all' })).toBe(401);
    expect(await me({ cookie: session, authorization: 'Bearer' })).toBe(401);
    // Not even on a public page: the caller said who it is, and it is nobody.
    const page = await t.app.request('/fr-fr/sign-in', {
      headers: { authorization: 'Bearer x', cookie: session },
    });
    expect(page.status).toBe(401);
  });
});
