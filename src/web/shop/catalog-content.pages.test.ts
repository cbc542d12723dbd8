import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/fixtures.ts';
import { ATTRIBUTE_LABELS, categoryNameIn, colourIn } from '../../seed/catalog-translations.ts';

/** HTML-escaped text, as the templates write it. */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The read models are tested on both engines (catalog/translations); the pages on one.
describe('catalog pages show the catalog content in the page language', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp('pglite', { products: 60, sellers: 8, offers: 500 });
  }, 120_000);
  afterAll(() => t?.close());

  it('/de-de category page: German category names in title, breadcrumb and facets', async () => {
    const r = await t.get('/de-de/c/smartphones');
    expect(r.status).toBe(200);
    expect(r.text).toContain(`<h1>${categoryNameIn('Smartphones', 'de')}</h1>`);
    // Every smartphone colour offered in DE is a facet, named in German.
    const colours = await t.database.rows<{ colour: string }>(sql`
      SELECT DISTINCT l.colour FROM listings l JOIN products p ON p.id = l.product_id
      WHERE l.market = 'DE' AND p.attributes @> '[{"key": "screen"}]'`);
    expect(colours.length).toBeGreaterThan(0);
    for (const { colour } of colours) expect(r.text).toContain(esc(colourIn(colour, 'de')));
    const home = await t.get('/sv-se');
    expect(home.text).toContain('Bärbara datorer');
    expect(home.text).toContain('Mobiltelefoner');
  });

  it('/de-de product page: German category path, attribute labels and values, description', async () => {
    const [p] = await t.database.rows<{ slug: string; colour: string; text: string; leaf: string }>(sql`
      SELECT p.slug, p.colour, d.text, c.name AS leaf
      FROM products p JOIN listings l ON l.product_id = p.id AND l.market = 'DE'
      JOIN product_descriptions d ON d.product_id = p.id AND d.language = 'de'
      JOIN categories c ON c.id = p.category_id
      WHERE p.attributes @> '[{"key": "screen"}]' ORDER BY p.slug LIMIT 1`);
    expect(p).toBeDefined();
    const r = await t.get(`/de-de/p/${p!.slug}`);
    expect(r.status).toBe(200);
    expect(r.text).toContain(esc(p!.text));
    expect(r.text).toContain('generalüberholt');
    expect(r.text).toContain(
      `<dt>${ATTRIBUTE_LABELS.colour!.de}</dt><dd>${esc(colourIn(p!.colour, 'de'))}</dd>`,
    );
    expect(r.text).toContain(`<dt>${esc(ATTRIBUTE_LABELS.screen!.de)}</dt>`);
    expect(r.text).toContain(`<dt>${ATTRIBUTE_LABELS.release_year!.de}</dt>`);
    expect(r.text).not.toContain('<dt>Colour</dt>');
    // The breadcrumb and the JSON-LD BreadcrumbList name the categories in German.
    expect(r.text).toContain(categoryNameIn('Smartphones', 'de'));
    expect(r.text).toContain(esc(categoryNameIn(p!.leaf, 'de')));
    // The same product in French.
    const fr = await t.get(`/fr-fr/p/${p!.slug}`);
    if (fr.status === 200) {
      expect(fr.text).toContain(`<dt>${ATTRIBUTE_LABELS.colour!.fr}</dt>`);
      expect(fr.text).toContain('reconditionné');
      expect(fr.text).not.toMatch(/comme neuf|état neuf/i);
    }
  });

  it('search finds a product by its category name in the page language', async () => {
    const [laptop] = await t.database.rows<{ name: string }>(sql`
      SELECT l.name FROM listings l JOIN products p ON p.id = l.product_id
      WHERE l.market = 'FR' AND p.attributes @> '[{"key": "keyboard"}]' ORDER BY l.orders_30d DESC LIMIT 1`);
    expect(laptop).toBeDefined();
    const r = await t.get('/fr-fr/search?q=ordinateurs+portables');
    expect(r.status).toBe(200);
    expect(r.text).toMatch(/MacBook|XPS|ThinkPad/);
  });
});
