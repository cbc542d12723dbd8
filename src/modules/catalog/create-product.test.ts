import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { AppError } from '../../platform/errors.ts';
import { createProduct } from './create-product.ts';

describe.each(ENGINES)('catalog curation on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 5, sellers: 2, offers: 10 });
  });
  afterAll(async () => t?.close());

  const valid = {
    categorySlug: 'iphone-13',
    brand: 'Apple',
    model: 'iPhone 13',
    storageGb: 1000,
    colour: 'Green',
    ean: '4006381333931',
    releaseYear: 2021,
  };
  const fields = async (input: unknown) => {
    const e = await createProduct({ db: t.deps.db, input }).catch((x) => x);
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).fields.map((f) => f.field);
  };

  it('creates a product findable by search at a stable slug', async () => {
    const p = await createProduct({ db: t.deps.db, input: valid });
    expect(p.slug).toBe('iphone-13-1-tb-green');
    const [row] = await t.database.rows<{ search_text: string }>(
      sql`SELECT search_text FROM products WHERE id = ${p.id}`,
    );
    expect(row!.search_text).toContain('iphone 13');
    expect(row!.search_text).toContain('smartphones');
  });

  it('refuses a bad EAN check digit, a duplicate EAN, a non-leaf category and unexpected fields', async () => {
    expect(await fields({ ...valid, ean: '4006381333932', colour: 'Red' })).toEqual(['ean']);
    expect(await fields({ ...valid, colour: 'Blue' })).toEqual(['ean']);
    expect(await fields({ ...valid, ean: '4006381333931', categorySlug: 'smartphones' })).toEqual([
      'categorySlug',
    ]);
    expect(await fields({ ...valid, sellerId: 3 })).toEqual(['sellerId']);
  });
});
