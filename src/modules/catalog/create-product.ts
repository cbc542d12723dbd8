import { z } from 'zod';
import type { Db } from '../../platform/db/client.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import { invalidateReadCaches } from '../../platform/read-cache.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { isValidEan13, productNaming, productSearchText } from './catalog.rules.ts';
import { products } from './catalog.schema.ts';
import { allCategories, categoryPath, invalidateCategoryCache } from './catalog.store.ts';

const ZAttributeSchema = z.discriminatedUnion('type', [
  z.strictObject({
    key: z.string().min(1).max(40),
    label: z.string().min(1).max(60),
    type: z.literal('string'),
    value: z.string().max(200),
  }),
  z.strictObject({
    key: z.string().min(1).max(40),
    label: z.string().min(1).max(60),
    type: z.enum(['integer', 'decimal']),
    value: z.number().finite(),
    unit: z.string().max(10).optional(),
  }),
  z.strictObject({
    key: z.string().min(1).max(40),
    label: z.string().min(1).max(60),
    type: z.literal('boolean'),
    value: z.boolean(),
  }),
]);

export const ZCreateProductInputSchema = z.strictObject({
  categorySlug: z.string().min(1).max(120),
  brand: z.string().trim().min(1).max(60),
  model: z.string().trim().min(1).max(120),
  storageGb: z.number().int().positive().max(100_000).nullable().default(null),
  colour: z.string().trim().min(1).max(40).nullable().default(null),
  ean: z.string().refine(isValidEan13, 'must be a valid EAN-13 (13 digits with a correct check digit)'),
  releaseYear: z.number().int().min(1990).max(2100),
  description: z.string().max(5000).default(''),
  attributes: z.array(ZAttributeSchema).max(60).default([]),
});

/** Catalog curation (operators): sellers never create products, they make offers on them. */
export async function createProduct({
  db,
  input,
}: {
  db: Db;
  input: unknown;
}): Promise<{ id: string; slug: string }> {
  const p = parseOrThrow(ZCreateProductInputSchema, input);
  const cats = await allCategories(db);
  const category = cats.find((c) => c.slug === p.categorySlug);
  const issues: FieldIssue[] = [];
  if (!category) issues.push({ field: 'categorySlug', message: 'unknown category' });
  else if (cats.some((c) => c.parentId === category.id))
    issues.push({ field: 'categorySlug', message: 'must be a leaf category' });
  if (issues.length || !category) throw AppError.invalid(issues);

  const { name, slug } = productNaming(p);
  const searchText = productSearchText({
    ...p,
    categoryNames: categoryPath(cats, category.id).map((c) => c.name),
  });
  try {
    const [row] = await db
      .insert(products)
      .values({ ...p, categoryId: category.id, name, slug, searchText })
      .returning({ id: products.id, slug: products.slug });
    invalidateCategoryCache();
    invalidateReadCaches();
    return row!;
  } catch (e) {
    if (isUniqueViolation(e)) {
      const onEan = String((e as { cause?: { constraint?: string } }).cause?.constraint ?? '').includes(
        'ean',
      );
      throw AppError.invalid([
        onEan
          ? { field: 'ean', message: 'another product already has this EAN' }
          : { field: 'model', message: 'a product with the same model, storage and colour exists' },
      ]);
    }
    throw e;
  }
}
