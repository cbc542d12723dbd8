import { sql } from 'drizzle-orm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../../test/db.ts';
import { createTestApp } from '../../../../test/fixtures.ts';
import { STOREFRONTS } from '../../../platform/markets.ts';

const SITE = 'http://reloop.test';
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (_n: string, _p: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
});
type Url = { loc: string[]; lastmod?: string[]; 'xhtml:link'?: Array<Record<string, string>> };

function parseXml(text: string) {
  expect(XMLValidator.validate(text)).toBe(true);
  return parser.parse(text);
}

/** The <link> and <meta> tags of a page's head, as attribute maps. */
function headTags(page: string, tag: 'link' | 'meta' | 'script') {
  const head = page.slice(0, page.indexOf('</head>'));
  return [...head.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([a-z:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );
}

/**
 * Products that show an offer in a market, counted from the offers themselves (eligibility of
 * buybox.rules.ts: published, in stock, priced for the market, active and verified seller).
 */
const OFFERED = (market: string) => sql`
  SELECT DISTINCT p.slug FROM products p
  JOIN offers o ON o.product_id = p.id AND o.published AND o.quantity > 0 AND o.warranty_months >= 12
  JOIN offer_prices op ON op.offer_id = o.id AND op.market = ${market} AND jsonb_array_length(op.shipping) > 0
  JOIN sellers s ON s.id = o.seller_id AND s.status = 'active' AND s.verified`;

describe.each(ENGINES)('findable shop on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(
      engine,
      { products: 80, sellers: 10, offers: 700 },
      { RATE_LIMIT_ANON_PER_MIN: '0' },
    );
  });
  afterAll(async () => t?.close());

  it('serves robots.txt naming the sitemap, closing private areas and leaving the catalog open', async () => {
    const r = await t.get('/robots.txt');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/plain');
    expect(r.headers.get('cache-control')).toContain('max-age=');
    const lines = r.text.split('\n');
    expect(lines).toContain(`Sitemap: ${SITE}/sitemap.xml`);
    for (const p of [
      '/console',
      '/seller',
      '/dev',
      '/api',
      '/fr-fr/cart',
      '/fr-fr/checkout',
      '/de-de/account',
    ])
      expect(lines).toContain(`Disallow: ${p}`);
    expect(lines).not.toContain('Disallow: /');
  });

  it('lists every market in the sitemap index', async () => {
    const r = await t.get('/sitemap.xml');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('application/xml');
    expect(r.headers.get('cache-control')).toContain('public');
    const locs = parseXml(r.text).sitemapindex[0].sitemap.map((s: Url) => s.loc[0]);
    for (const m of STOREFRONTS) expect(locs).toContain(`${SITE}/sitemaps/${m.locale}.xml`);
  });

  it('has, per market, a valid sitemap with every product offered there, each with its hreflang alternates', async () => {
    for (const m of STOREFRONTS) {
      const r = await t.get(`/sitemaps/${m.locale}.xml`);
      expect(r.status, m.locale).toBe(200);
      const urls: Url[] = parseXml(r.text).urlset[0].url;
      const byLoc = new Map(urls.map((u) => [u.loc[0]!, u]));
      const offered = await t.database.rows<{ slug: string }>(OFFERED(m.code));
      const products = urls.filter((u) => u.loc[0]!.startsWith(`${SITE}/${m.locale}/p/`));
      expect(products.length, m.locale).toBeGreaterThanOrEqual(offered.length);
      for (const { slug } of offered) {
        const u = byLoc.get(`${SITE}/${m.locale}/p/${slug}`);
        expect(u, `${m.locale} ${slug}`).toBeDefined();
        const links = u!['xhtml:link']!;
        expect(links.find((l) => l['@hreflang'] === m.bcp47)?.['@href']).toBe(u!.loc[0]);
        expect(links.some((l) => l['@hreflang'] === 'x-default')).toBe(true);
        expect(u!.lastmod?.[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      }
      // Every alternate of a product page is a market where the product is offered too.
      for (const u of products.slice(0, 5))
        for (const l of u['xhtml:link']!.filter((x) => x['@hreflang'] !== 'x-default')) {
          const other = STOREFRONTS.find((x) => x.bcp47 === l['@hreflang'])!;
          const slug = u.loc[0]!.split('/p/')[1]!;
          const there = await t.database.rows<{ slug: string }>(
            sql`${OFFERED(other.code)} WHERE p.slug = ${slug}`,
          );
          expect(there, `${slug} in ${other.code}`).toHaveLength(1);
        }
      expect(urls.some((u) => u.loc[0] === `${SITE}/${m.locale}`)).toBe(true);
    }
    // Categories and sellers are there too (the demo catalog offers smartphones everywhere).
    const fr: Url[] = parseXml((await t.get('/sitemaps/fr-fr.xml')).text).urlset[0].url;
    expect(fr.some((u) => u.loc[0] === `${SITE}/fr-fr/c/smartphones`)).toBe(true);
    expect(fr.some((u) => u.loc[0]!.startsWith(`${SITE}/fr-fr/s/`))).toBe(true);
  });

  it('answers 404 for an unknown market or page of the sitemap', async () => {
    for (const p of [
      '/sitemaps/xx-xx.xml',
      '/sitemaps/fr-fr-2.xml',
      '/sitemaps/fr-fr-1.xml',
      '/sitemaps/x.svg',
    ])
      expect((await t.get(p)).status, p).toBe(404);
  });

  it('gives the product page one canonical, hreflang alternates, Open Graph and valid JSON-LD', async () => {
    const [row] = await t.database.rows<{ slug: string; brand: string; ean: string; name: string }>(sql`
      SELECT p.slug, p.brand, p.ean, p.name FROM products p
      WHERE p.slug IN (${OFFERED('DE')}) ORDER BY p.slug LIMIT 1`);
    const r = await t.get(`/de-de/p/${row!.slug}?grade=GOOD&utm_source=x`);
    expect(r.status).toBe(200);
    const links = headTags(r.text, 'link');
    const canonical = links.filter((l) => l.rel === 'canonical');
    expect(canonical).toEqual([{ rel: 'canonical', href: `${SITE}/de-de/p/${row!.slug}` }]);
    const alternates = links.filter((l) => l.rel === 'alternate');
    expect(alternates).toContainEqual({
      rel: 'alternate',
      hreflang: 'de-DE',
      href: `${SITE}/de-de/p/${row!.slug}`,
    });
    expect(alternates.some((l) => l.hreflang === 'x-default')).toBe(true);
    const offeredIn = [];
    for (const m of STOREFRONTS)
      if ((await t.database.rows(sql`${OFFERED(m.code)} WHERE p.slug = ${row!.slug}`)).length)
        offeredIn.push(m.bcp47);
    expect(alternates.filter((l) => l.hreflang !== 'x-default').map((l) => l.hreflang)).toEqual(offeredIn);

    const meta = Object.fromEntries(headTags(r.text, 'meta').map((m) => [m.property ?? m.name, m.content]));
    expect(meta['og:type']).toBe('product');
    expect(meta['og:url']).toBe(`${SITE}/de-de/p/${row!.slug}`);
    expect(meta['og:image']).toBe(`${SITE}/images/products/${row!.slug}.svg`);
    expect(meta['og:locale']).toBe('de_DE');
    expect(meta['og:title']).toBeTruthy();

    const scripts = [...r.text.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) =>
      JSON.parse(m[1]!),
    );
    const product = scripts.find((d) => d['@type'] === 'Product');
    const crumbs = scripts.find((d) => d['@type'] === 'BreadcrumbList');
    expect(product.brand.name).toBe(row!.brand);
    expect(product[`gtin${row!.ean.length}`]).toBe(row!.ean);
    expect(product.image).toBe(`${SITE}/images/products/${row!.slug}.svg`);
    expect(product.offers.length).toBeGreaterThan(0);
    for (const o of product.offers) {
      expect(o.itemCondition).toBe('https://schema.org/RefurbishedCondition');
      expect(o.availability).toBe('https://schema.org/InStock');
      expect(o.priceCurrency).toBe('EUR');
      expect(o.price).toMatch(/^\d+\.\d{2}$/);
      expect(o.seller.name).toBeTruthy();
    }
    expect(crumbs.itemListElement[0]).toMatchObject({ position: 1, item: `${SITE}/de-de` });
    // The CSP allows scripts from 'self' only: JSON-LD is a data block, which the CSP does not run or block.
    expect(r.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('gives every catalog page one canonical and hreflang alternates', async () => {
    const [s] = await t.database.rows<{ slug: string }>(
      sql`SELECT slug FROM sellers WHERE status = 'active' LIMIT 1`,
    );
    const cases: Array<[string, string]> = [
      ['/fr-be', `${SITE}/fr-be`],
      ['/fr-be/c/smartphones?sort=price_asc', `${SITE}/fr-be/c/smartphones`],
      ['/fr-be/c/smartphones?page=2&sort=price_desc', `${SITE}/fr-be/c/smartphones?page=2`],
      ['/fr-be/c/smartphones?brand=Apple&page=2', `${SITE}/fr-be/c/smartphones`],
      [`/fr-be/s/${s!.slug}`, `${SITE}/fr-be/s/${s!.slug}`],
      ['/fr-be/how-offers-are-ranked', `${SITE}/fr-be/how-offers-are-ranked`],
      ['/pro/fr-be/c/smartphones', `${SITE}/fr-be/c/smartphones`],
    ];
    for (const [path, canonical] of cases) {
      const r = await t.get(path);
      expect(r.status, path).toBe(200);
      const links = headTags(r.text, 'link');
      expect(
        links.filter((l) => l.rel === 'canonical').map((l) => l.href),
        path,
      ).toEqual([canonical]);
      const hreflangs = links.filter((l) => l.rel === 'alternate').map((l) => l.hreflang);
      expect(hreflangs, path).toEqual([...STOREFRONTS.map((m) => m.bcp47), 'x-default']);
      const meta = Object.fromEntries(headTags(r.text, 'meta').map((m) => [m.property ?? m.name, m.content]));
      expect(meta['og:url'], path).toBe(canonical);
      expect(meta['og:locale'], path).toBe('fr_BE');
    }
    const home = headTags((await t.get('/fr-be')).text, 'link');
    expect(home.find((l) => l.hreflang === 'x-default')?.href).toBe(`${SITE}/`);
    const search = await t.get('/fr-be/search?q=iphone&sort=price_asc');
    expect(headTags(search.text, 'meta').find((m) => m.name === 'robots')?.content).toBe('noindex, follow');
    expect(headTags(search.text, 'link').find((l) => l.rel === 'canonical')?.href).toBe(
      `${SITE}/fr-be/search?q=iphone`,
    );
  });

  it('redirects trailing-slash URLs to their canonical form, keeping the query, never off the site', async () => {
    for (const [from, to] of [
      ['/fr-fr/', '/fr-fr'],
      ['/fr-fr//', '/fr-fr'],
      ['/de-de/c/smartphones/?sort=price_asc&page=2', '/de-de/c/smartphones?sort=price_asc&page=2'],
      ['/pro/fr-fr/', '/pro/fr-fr'],
    ]) {
      const r = await t.app.request(from!);
      expect(r.status, from).toBe(301);
      expect(r.headers.get('location'), from).toBe(to);
      const head = await t.app.request(from!, { method: 'HEAD' });
      expect(head.status, `HEAD ${from}`).toBe(301);
    }
    expect((await t.get('/fr-fr')).status).toBe(200);
    for (const evil of [
      '//evil.example/',
      '/%2Fevil.example/',
      '/%5Cevil.example/',
      '/\\evil.example/',
      '///',
    ])
      expect((await t.app.request(evil)).headers.get('location'), evil).toBeNull();
    const post = await t.app.request('/fr-fr/', { method: 'POST' });
    expect(post.status).not.toBe(301);
  });
});
