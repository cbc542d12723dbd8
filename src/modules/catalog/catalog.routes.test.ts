import { z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { APP_ERROR_CODES } from '../../platform/errors.ts';
import { ZProblemSchema } from '../../platform/http/problem.ts';
import {
  ZCategorySchema,
  ZMarketSchema,
  ZProductDetailSchema,
  ZProductListSchema,
  ZProductOffersSchema,
} from './catalog.api-types.ts';

describe.each(ENGINES)('catalog API on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine, undefined, { BENCHMARK: 'true' });
  });
  afterAll(async () => t?.close());

  const amount = (m: { amount: string }) => Number(m.amount);

  it('lists the nine markets with currency, locale and today’s VAT rate', async () => {
    const r = await t.get('/api/v1/markets');
    expect(r.status).toBe(200);
    const byCode = Object.fromEntries(r.body.markets.map((m: { code: string }) => [m.code, m]));
    expect(Object.keys(byCode).sort()).toEqual(['BE', 'DE', 'ES', 'FR', 'GB', 'IT', 'NL', 'SE', 'US']);
    expect(byCode.FR).toMatchObject({ locale: 'fr-fr', currency: 'EUR', standardVatRate: '20.00' });
    expect(byCode.SE).toMatchObject({ locale: 'sv-se', currency: 'SEK', standardVatRate: '25.00' });
    expect(byCode.US).toMatchObject({ currency: 'USD', standardVatRate: null });
  });

  it('returns the three-level category tree with counts that roll up', async () => {
    const r = await t.get('/api/v1/categories?market=fr-fr');
    expect(r.status).toBe(200);
    const phones = r.body.categories.find((c: { slug: string }) => c.slug === 'smartphones');
    expect(phones.level).toBe(1);
    expect(phones.children[0].level).toBe(2);
    expect(phones.children[0].children[0].level).toBe(3);
    const sum = phones.children.reduce((s: number, c: { productCount: number }) => s + c.productCount, 0);
    expect(phones.productCount).toBe(sum);
    expect(phones.productCount).toBeGreaterThan(0);
  });

  it('refuses an unknown market with 404 and a malformed one with 400 naming the field', async () => {
    const unknown = await t.get('/api/v1/categories?market=xx-xx');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect(unknown.body.code).toBe('NOT_FOUND');
    const bad = await t.get('/api/v1/categories?market=FRANCE');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('INVALID_INPUT');
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'market' })]);
  });

  it('finds iPhone 13 from the typo "iphnoe 13"', async () => {
    const r = await t.get('/api/v1/products?market=fr-fr&q=iphnoe%2013');
    expect(r.status).toBe(200);
    expect(r.body.interpretedQuery).toBe('iphone 13');
    expect(r.body.total).toBeGreaterThan(0);
    for (const item of r.body.items) expect(item.model).toMatch(/iPhone 13/);
  });

  it('is accent-insensitive', async () => {
    const plain = await t.get('/api/v1/products?market=fr-fr&q=galaxy');
    const accented = await t.get('/api/v1/products?market=fr-fr&q=G%C3%A1l%C3%A0xy');
    expect(accented.body.total).toBe(plain.body.total);
    expect(plain.body.total).toBeGreaterThan(0);
  });

  it('filters by brand and grade, sorts by price and counts facets with the other filters applied', async () => {
    const r = await t.get('/api/v1/products?market=fr-fr&brand=Apple&grade=GOOD&sort=price_asc&pageSize=100');
    expect(r.status).toBe(200);
    expect(r.body.items.length).toBeGreaterThan(1);
    const prices = r.body.items.map((i: { fromPrice: { amount: string } }) => amount(i.fromPrice));
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    for (const i of r.body.items) {
      expect(i.brand).toBe('Apple');
      expect(i.grades).toContain('GOOD');
    }
    // The brand facet ignores the brand filter: other brands stay visible with their counts.
    const brands = r.body.facets.brand.map((f: { value: string }) => f.value);
    expect(brands).toContain('Apple');
    expect(brands.length).toBeGreaterThan(1);
    const apple = r.body.facets.brand.find((f: { value: string }) => f.value === 'Apple');
    expect(apple.count).toBe(r.body.total);
    const desc = await t.get(
      '/api/v1/products?market=fr-fr&brand=Apple&grade=GOOD&sort=price_desc&pageSize=100',
    );
    const descPrices = desc.body.items.map((i: { fromPrice: { amount: string } }) => amount(i.fromPrice));
    expect(descPrices).toEqual([...prices].reverse().sort((a, b) => b - a));
  });

  it('applies a price range in the market currency', async () => {
    const r = await t.get(
      '/api/v1/products?market=sv-se&minPrice=2000&maxPrice=5000.00&grade=GOOD&pageSize=100',
    );
    expect(r.status).toBe(200);
    for (const i of r.body.items) {
      expect(i.fromPrice.currency).toBe('SEK');
      expect(amount(i.fromPrice)).toBeGreaterThanOrEqual(2000);
      expect(amount(i.fromPrice)).toBeLessThanOrEqual(5000);
    }
  });

  it('orders by popularity (units sold in 30 days) by default when browsing, and pages consistently', async () => {
    const p1 = await t.get('/api/v1/products?market=fr-fr&category=smartphones&pageSize=5');
    const sold = p1.body.items.map((i: { soldLast30Days: number }) => i.soldLast30Days);
    expect(sold).toEqual([...sold].sort((a, b) => b - a));
    const p2 = await t.get('/api/v1/products?market=fr-fr&category=smartphones&pageSize=5&page=2');
    expect(p2.body.total).toBe(p1.body.total);
    const ids1 = new Set(p1.body.items.map((i: { id: string }) => i.id));
    for (const i of p2.body.items) expect(ids1.has(i.id)).toBe(false);
    const beyond = await t.get('/api/v1/products?market=fr-fr&category=smartphones&page=500');
    expect(beyond.body.items).toEqual([]);
    expect(beyond.body.total).toBe(p1.body.total);
  });

  it('names each bad search parameter and changes nothing', async () => {
    const before = await t.database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM buybox_winners`);
    const r = await t.get('/api/v1/products?market=fr-fr&minPrice=13.123&grade=SHINY&storage=big');
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('INVALID_INPUT');
    const fields = r.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['grade', 'minPrice', 'storage']);
    const extra = await t.get('/api/v1/products?market=fr-fr&colour=Red&evil=1');
    expect(extra.status).toBe(400);
    expect(extra.body).toMatchObject({
      code: 'INVALID_INPUT',
      errors: [{ field: 'evil', message: 'is not an accepted field' }],
    });
    const size = await t.get('/api/v1/products?market=fr-fr&pageSize=101');
    expect(size.status).toBe(400);
    expect(size.body.errors[0].field).toBe('pageSize');
    const nope = await t.get('/api/v1/products?market=fr-fr&category=nope');
    expect([nope.status, nope.body.code]).toEqual([404, 'NOT_FOUND']);
    const after = await t.database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM buybox_winners`);
    expect(after).toEqual(before);
  });

  it('returns a product by slug or id with every grade’s buybox', async () => {
    const list = await t.get('/api/v1/products?market=fr-fr&pageSize=1');
    const { slug, id } = list.body.items[0];
    const bySlug = await t.get(`/api/v1/products/${slug}?market=fr-fr`);
    const byId = await t.get(`/api/v1/products/${id}?market=fr-fr`);
    expect(bySlug.status).toBe(200);
    expect(byId.body).toEqual(bySlug.body);
    expect(bySlug.body.grades.map((g: { grade: string }) => g.grade)).toEqual([
      'PREMIUM',
      'EXCELLENT',
      'VERY_GOOD',
      'GOOD',
      'FAIR',
      'STALLONE',
    ]);
    for (const g of bySlug.body.grades) {
      expect(g.runnersUp.length).toBeLessThanOrEqual(3);
      if (!g.winner) expect(g.runnersUp).toEqual([]);
    }
    expect((await t.get('/api/v1/products/no-such-product?market=fr-fr')).status).toBe(404);
    expect((await t.get(`/api/v1/products/${slug}?market=zz-zz`)).status).toBe(404);
  });

  it('lists every eligible offer with one winner per grade and a price to win that would win', async () => {
    const list = await t.get('/api/v1/products?market=fr-fr&pageSize=20');
    let losers = 0;
    for (const item of list.body.items) {
      const r = await t.get(`/api/v1/products/${item.slug}/offers?market=fr-fr`);
      expect(r.status).toBe(200);
      const detail = await t.get(`/api/v1/products/${item.slug}?market=fr-fr`);
      const byGrade = new Map<
        string,
        Array<{
          id: number;
          isWinner: boolean;
          price: { amount: string };
          priceToWin: { amount: string } | null;
        }>
      >();
      for (const o of r.body.offers) byGrade.set(o.grade, [...(byGrade.get(o.grade) ?? []), o]);
      for (const [grade, offers] of byGrade) {
        expect(offers.filter((o) => o.isWinner)).toHaveLength(1);
        const winner = detail.body.grades.find((g: { grade: string }) => g.grade === grade).winner;
        expect(winner.id).toBe(offers.find((o) => o.isWinner)!.id);
        for (const o of offers.filter((x) => !x.isWinner)) {
          losers++;
          if (o.priceToWin) expect(amount(o.priceToWin)).toBeLessThanOrEqual(amount(o.price) + 1e-9);
        }
      }
    }
    expect(losers).toBeGreaterThan(0);
  });

  it('shows a seller’s trader details and 404s an unknown seller', async () => {
    const [s] = await t.database.rows<{ slug: string }>(sql`SELECT slug FROM sellers ORDER BY id LIMIT 1`);
    const r = await t.get(`/api/v1/sellers/${s!.slug}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      legalName: expect.any(String),
      tradeRegisterNumber: expect.any(String),
      address: expect.any(String),
    });
    const nobody = await t.get('/api/v1/sellers/nobody');
    expect([nobody.status, nobody.body.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('answers in the shapes its OpenAPI document declares', async () => {
    const list = await t.get('/api/v1/products?market=en-gb&q=galaxy');
    ZProductListSchema.parse(list.body);
    const slug = list.body.items[0].slug;
    ZProductDetailSchema.parse((await t.get(`/api/v1/products/${slug}?market=en-gb`)).body);
    ZProductOffersSchema.parse((await t.get(`/api/v1/products/${slug}/offers?market=en-gb`)).body);
    z.object({ categories: z.array(ZCategorySchema) }).parse(
      (await t.get('/api/v1/categories?market=en-gb')).body,
    );
    z.object({ markets: z.array(ZMarketSchema) }).parse((await t.get('/api/v1/markets')).body);
    ZProblemSchema.parse((await t.get('/api/v1/products?market=en-gb&page=0')).body);
  });

  it('serves the OpenAPI 3.1 document generated from the schemas, and the docs page', async () => {
    const doc = await t.get('/api/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    for (const p of [
      '/api/v1/markets',
      '/api/v1/categories',
      '/api/v1/products',
      '/api/v1/products/{idOrSlug}',
      '/api/v1/products/{idOrSlug}/offers',
    ]) {
      expect(doc.body.paths[p]?.get, p).toBeDefined();
    }
    expect(doc.body.components.schemas.ProductDetail).toBeDefined();
    // Every error answer declares the Problem schema, whose `code` lists the closed set of codes.
    const problemSchema = doc.body.components.schemas.Problem;
    expect(problemSchema.required).toContain('code');
    expect(problemSchema.properties.code.enum).toEqual([...APP_ERROR_CODES]);
    expect(doc.body.paths['/api/v1/products'].get.responses['400'].content).toEqual({
      'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
    });
    const page = await t.get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.text).toContain('/api/v1/products/{idOrSlug}/offers');
  });

  it('answers the benchmark floor route with one row, 404 for none and 400 for a malformed id', async () => {
    const [p] = await t.database.rows<{ id: string; slug: string }>(
      sql`SELECT id, slug FROM products LIMIT 1`,
    );
    expect((await t.get(`/api/v1/_bench/floor?id=${p!.id}`)).body).toEqual({ id: p!.id, slug: p!.slug });
    const none = await t.get('/api/v1/_bench/floor?id=00000000-0000-4000-8000-000000000000');
    expect([none.status, none.body.code]).toEqual([404, 'NOT_FOUND']);
    const bad = await t.get('/api/v1/_bench/floor?id=42');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('INVALID_INPUT');
    expect(bad.body.errors[0].field).toBe('id');
  });

  it('answers /healthz and a problem body for unknown API routes', async () => {
    expect((await t.get('/healthz')).body).toEqual({ status: 'ok', engine });
    const r = await t.get('/api/v1/nothing-here');
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toBe('application/problem+json');
    expect(r.body).toMatchObject({ status: 404, title: 'Not found', code: 'NOT_FOUND' });
  });
});
