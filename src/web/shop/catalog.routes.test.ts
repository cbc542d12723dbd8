import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/fixtures.ts';

// Pages read through the same use cases as the API (tested on both engines); one engine suffices here.
describe('storefront pages', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(async () => t?.close());

  it('redirects / by Accept-Language', async () => {
    const res = await t.app.request('/', { headers: { 'accept-language': 'sv-SE,sv;q=0.9,en;q=0.5' } });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/sv-se');
    const fallback = await t.app.request('/');
    expect(fallback.headers.get('location')).toBe('/fr-fr');
  });

  it('renders home, category, search, product, seller and ranking pages with security headers', async () => {
    const [p] = await t.database.rows<{ slug: string }>(
      sql`SELECT p.slug FROM products p JOIN buybox_winners b ON b.product_id = p.id AND b.market = 'DE' LIMIT 1`,
    );
    const [s] = await t.database.rows<{ slug: string }>(sql`SELECT slug FROM sellers LIMIT 1`);
    for (const path of [
      '/de-de',
      '/de-de/c/smartphones',
      '/de-de/search?q=iphnoe',
      `/de-de/p/${p!.slug}`,
      `/de-de/s/${s!.slug}`,
      '/de-de/how-offers-are-ranked',
    ]) {
      const r = await t.get(path);
      expect(r.status, path).toBe(200);
      expect(r.text, path).toContain('<html lang="de-DE">');
      expect(r.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('shows the grade selector, the winner with its seller’s trader details, and other offers', async () => {
    const [row] = await t.database.rows<{ slug: string; grade: string; legal: string }>(sql`
      SELECT p.slug, b.grade, s.legal_name AS legal FROM buybox_winners b
      JOIN products p ON p.id = b.product_id JOIN sellers s ON s.id = b.seller_id
      WHERE b.market = 'FR' AND b.product_id IN (
        SELECT product_id FROM buybox_winners WHERE market = 'FR' GROUP BY product_id HAVING count(*) < 4)
      ORDER BY p.slug, b.grade LIMIT 1`);
    const r = await t.get(`/fr-fr/p/${row!.slug}?grade=${row!.grade}`);
    expect(r.text).toContain('aria-current="true"');
    expect(r.text).toContain(row!.legal.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
    expect(r.text).toContain('Autres offres dans cet état');
    expect(r.text).toContain('Indisponible');
  });

  it('keeps the layout on 404 and on a bad filter', async () => {
    const r = await t.get('/fr-fr/p/does-not-exist');
    expect(r.status).toBe(404);
    expect(r.text).toContain('role="search"');
    const unknownMarket = await t.get('/xx-xx');
    expect(unknownMarket.status).toBe(404);
    const bad = await t.get('/fr-fr/c/smartphones?minPrice=abc');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('role="search"');
  });

  it('serves generated product images', async () => {
    const [p] = await t.database.rows<{ slug: string }>(sql`SELECT slug FROM products LIMIT 1`);
    const res = await t.app.request(`/images/products/${p!.slug}.svg`);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(await res.text()).toContain('<svg');
  });
});
