import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../../test/db.ts';
import { createTestApp } from '../../../../test/fixtures.ts';
import { marketByLocale } from '../../../platform/markets.ts';
import { ATTRIBUTE_LABELS, categoryNameIn, colourIn } from '../../../seed/catalog-translations.ts';
import { getProduct } from '../get-product.ts';
import { searchProducts } from '../search-products.ts';
import { invalidateCatalogDictionary, localizedCategories } from './catalog-content.ts';

/** A word only each language's description template uses. */
const REFURBISHED: Record<string, string> = {
  fr: 'reconditionné',
  de: 'generalüberholt',
  sv: 'renoverad',
};

describe.each(ENGINES)('catalog content in the page language (%s)', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 40, sellers: 6, offers: 300 });
    invalidateCatalogDictionary();
  }, 120_000);
  afterAll(() => t?.close());

  const aPhone = async () => {
    const [p] = await t.database.rows<{ slug: string; colour: string }>(sql`
      SELECT p.slug, p.colour FROM products p JOIN categories c ON c.id = p.category_id
      WHERE p.attributes @> '[{"key": "screen"}]' ORDER BY p.slug LIMIT 1`);
    return p!;
  };

  it.each([
    ['fr-fr', 'fr'],
    ['de-de', 'de'],
    ['sv-se', 'sv'],
  ] as const)('in %s: category path, attribute labels and colour, description', async (locale, lang) => {
    const phone = await aPhone();
    const d = await getProduct({ db: t.deps.db, idOrSlug: phone.slug, market: marketByLocale(locale)! });
    expect(d.categoryPath[0]!.slug).toBe('smartphones');
    expect(d.categoryPath[0]!.name).toBe(categoryNameIn('Smartphones', lang));
    expect(d.categoryPath.at(-1)!.name).not.toBe('');
    const colour = d.product.attributes.find((a) => a.key === 'colour')!;
    expect(colour.label).toBe(ATTRIBUTE_LABELS.colour![lang]);
    expect(colour.value).toBe(colourIn(phone.colour, lang));
    const screen = d.product.attributes.find((a) => a.key === 'screen')!;
    expect(screen.label).toBe(ATTRIBUTE_LABELS.screen![lang]);
    expect(d.product.description).toContain(REFURBISHED[lang]);
    expect(d.product.description).toContain(colourIn(phone.colour, lang));
  });

  it('names categories in the language, and colour facets keep their value with a translated label', async () => {
    const sv = await localizedCategories(t.deps.db, 'sv');
    expect(sv.find((c) => c.slug === 'laptops')!.name).toBe('Bärbara datorer');
    const { result, category } = await searchProducts({
      db: t.deps.db,
      search: t.deps.search,
      input: { market: marketByLocale('de-de')!, category: 'consoles', page: 1, pageSize: 24 },
    });
    expect(category!.name).toBe('Spielkonsolen');
    for (const f of result.facets.colour) expect(f.label).toBe(colourIn(f.value, 'de'));
  });

  it('falls back to English where a translation is missing, and English pages read English', async () => {
    const phone = await aPhone();
    const [{ id, description } = { id: '', description: '' }] = await t.database.rows<{
      id: string;
      description: string;
    }>(sql`SELECT id, description FROM products WHERE slug = ${phone.slug}`);
    await t.database.db.execute(
      sql`DELETE FROM product_descriptions WHERE product_id = ${id}::uuid AND language = 'de'`,
    );
    await t.database.db.execute(
      sql`DELETE FROM attribute_labels WHERE attribute_key = 'screen' AND language = 'de'`,
    );
    await t.database.db.execute(sql`
      DELETE FROM category_names WHERE language = 'de'
        AND category_id = (SELECT id FROM categories WHERE slug = 'smartphones')`);
    invalidateCatalogDictionary();
    const de = await getProduct({ db: t.deps.db, idOrSlug: phone.slug, market: marketByLocale('de-de')! });
    expect(de.product.description).toBe(description);
    expect(de.categoryPath[0]!.name).toBe('Smartphones');
    expect(de.product.attributes.find((a) => a.key === 'screen')!.label).toBe('Screen size');
    expect(de.product.attributes.find((a) => a.key === 'colour')!.label).toBe('Farbe');

    const en = await getProduct({ db: t.deps.db, idOrSlug: phone.slug, market: marketByLocale('en-gb')! });
    expect(en.product.description).toBe(description);
    expect(en.product.description).toContain('refurbished by a professional seller');
    expect(en.product.attributes.find((a) => a.key === 'colour')!.value).toBe(phone.colour);
  });
});
