import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser } from '../../test/browser.ts';
import { ENGINES } from '../../test/db.ts';
import { createTestApp } from '../../test/fixtures.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe.each(ENGINES)('rate limits through HTTP on %s', (engine) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(
      engine,
      { products: 4, sellers: 2, offers: 10 },
      {
        RATE_LIMIT_ANON_PER_MIN: '5',
        RATE_LIMIT_AUTH_PER_15_MIN: '3',
        RATE_LIMIT_WRITES_PER_MIN: '0',
      },
    );
  });
  afterAll(() => t.close());

  it('limits anonymous catalog reads per IP with 429 and Retry-After, then resets', async () => {
    const get = (ip: string) =>
      t.app.request('/api/v1/products?market=fr-fr', { headers: { 'x-forwarded-for': ip } });
    for (let i = 0; i < 5; i++) expect((await get('198.51.100.20')).status).toBe(200);
    const refused = await get('198.51.100.20');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(await refused.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect((await get('198.51.100.21')).status).toBe(200); // another IP is not affected
    const page = await t.app.request('/fr-fr', { headers: { 'x-forwarded-for': '198.51.100.20' } });
    expect(page.status).toBe(429);
    expect(await page.text()).toContain('Too many requests');
    t.clock.advance(2 * 60_000);
    expect((await get('198.51.100.20')).status).toBe(200);
  });

  it('limits sign-in attempts per IP more strictly, then resets after the window', async () => {
    const b = new TestBrowser(t.app, '198.51.100.30');
    const attempt = () => b.post('/fr-fr/sign-in', { email: 'x@example.com', password: 'whatever whatever' });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    t.clock.advance(31 * 60_000);
    expect((await attempt()).status).toBe(401);
  });

  it('refuses oversized bodies with 413 and unknown fields with a field-level 400', async () => {
    const big = await t.app.request('/api/v1/products?market=fr-fr', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': '198.51.100.40',
        'content-length': String(300 * 1024),
      },
      body: 'x'.repeat(300 * 1024),
    });
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toBe('application/problem+json');
    expect(((await big.json()) as { code: string }).code).toBe('PAYLOAD_TOO_LARGE');
    const unknown = await t.app.request('/api/v1/products?market=fr-fr&colour=red&foo=1', {
      headers: { 'x-forwarded-for': '198.51.100.41' },
    });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({
      code: 'INVALID_INPUT',
      errors: [{ field: 'foo', message: 'is not an accepted field' }],
    });
  });
});
