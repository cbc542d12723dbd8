/**
 * Catalog content in the page's language (issue 13): category names, attribute labels and text
 * values, product descriptions. English lives on the catalog rows and is the fallback; the other
 * languages are in `category_names`, `attribute_labels`, `attribute_values`, `product_descriptions`.
 *
 * The dictionary (names, labels, values) is small and read once per process for a minute, like the
 * category tree, so localising a page costs no query; a description is one primary-key read.
 */
import { and, eq, sql } from 'drizzle-orm';
import { invalidateEverywhere, onInvalidate } from '../../../platform/cache-bus.ts';
import type { Db } from '../../../platform/db/client.ts';
import type { ProductAttribute } from '../catalog.schema.ts';
import { attributeLabels, attributeValues, categoryNames, productDescriptions } from '../catalog.schema.ts';
import { allCategories, type CategoryRow } from '../catalog.store.ts';

/** The catalog language of a locale or market locale: `fr-be` → `fr`, `en-GB` → `en`. */
export function catalogLanguage(locale: string): string {
  return (locale.split('-')[0] ?? 'en').toLowerCase();
}

export type CatalogDictionary = {
  categoryName(id: number, language: string): string | undefined;
  attributeLabel(key: string, language: string): string | undefined;
  attributeValue(key: string, value: string, language: string): string | undefined;
};

let dictCache: { at: number; db: Db; dict: CatalogDictionary } | null = null;
const DICT_TTL_MS = 60_000;
const DICT_TOPIC = 'catalog-dictionary';
onInvalidate(DICT_TOPIC, () => {
  dictCache = null;
});

export async function catalogDictionary(db: Db): Promise<CatalogDictionary> {
  if (dictCache && dictCache.db === db && Date.now() - dictCache.at < DICT_TTL_MS) return dictCache.dict;
  const [names, labels, values] = await Promise.all([
    db.select().from(categoryNames),
    db.select().from(attributeLabels),
    db.select().from(attributeValues),
  ]);
  const n = new Map(names.map((r) => [`${r.categoryId}|${r.language}`, r.name]));
  const l = new Map(labels.map((r) => [`${r.attributeKey}|${r.language}`, r.label]));
  const v = new Map(values.map((r) => [`${r.attributeKey}|${r.value}|${r.language}`, r.label]));
  const dict: CatalogDictionary = {
    categoryName: (id, language) => n.get(`${id}|${language}`),
    attributeLabel: (key, language) => l.get(`${key}|${language}`),
    attributeValue: (key, value, language) => v.get(`${key}|${value}|${language}`),
  };
  dictCache = { at: Date.now(), db, dict };
  return dict;
}

/** Forget the cached dictionary in every process (after writing translations). */
export function invalidateCatalogDictionary(): void {
  invalidateEverywhere(DICT_TOPIC);
}

/** Categories with their names in `language` (English where a name is missing). */
export function localizeCategories(
  rows: CategoryRow[],
  dict: CatalogDictionary,
  language: string,
): CategoryRow[] {
  if (language === 'en') return rows;
  return rows.map((c) => ({ ...c, name: dict.categoryName(c.id, language) ?? c.name }));
}

/** Every category, named in `language`, ordered as `allCategories`. */
export async function localizedCategories(db: Db, language: string): Promise<CategoryRow[]> {
  const [rows, dict] = await Promise.all([allCategories(db), catalogDictionary(db)]);
  return localizeCategories(rows, dict, language);
}

/** Attribute labels and text values in `language`; numbers, units and booleans are left as they are. */
export function localizeAttributes(
  attributes: ProductAttribute[],
  dict: CatalogDictionary,
  language: string,
): ProductAttribute[] {
  if (language === 'en') return attributes;
  return attributes.map((a) => {
    const label = dict.attributeLabel(a.key, language) ?? a.label;
    if (a.type === 'string')
      return { ...a, label, value: dict.attributeValue(a.key, a.value, language) ?? a.value };
    return { ...a, label };
  });
}

/** A text value of an attribute (a colour facet) in `language`, else as stored. */
export function attributeValueLabel(
  dict: CatalogDictionary,
  key: string,
  value: string,
  language: string,
): string {
  return language === 'en' ? value : (dict.attributeValue(key, value, language) ?? value);
}

const preparedDescription = new WeakMap<Db, ReturnType<typeof prepareDescription>>();
function prepareDescription(db: Db) {
  return db
    .select({ text: productDescriptions.text })
    .from(productDescriptions)
    .where(
      and(
        eq(productDescriptions.productId, sql.placeholder('productId')),
        eq(productDescriptions.language, sql.placeholder('language')),
      ),
    )
    .limit(1)
    .prepare('product_description_in_language');
}

/** A product's description in `language`, or null when it has none in that language. */
export async function productDescriptionIn(
  db: Db,
  productId: string,
  language: string,
): Promise<string | null> {
  if (language === 'en') return null;
  let q = preparedDescription.get(db);
  if (!q) {
    q = prepareDescription(db);
    preparedDescription.set(db, q);
  }
  const [row] = await q.execute({ productId, language });
  return row?.text ?? null;
}
