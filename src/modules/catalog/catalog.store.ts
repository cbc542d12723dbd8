import { asc, eq, inArray, or, sql } from 'drizzle-orm';
import { invalidateEverywhere, onInvalidate } from '../../platform/cache-bus.ts';
import type { Db } from '../../platform/db/client.ts';
import { categories, products } from './catalog.schema.ts';

export type CategoryRow = typeof categories.$inferSelect;
export type ProductRow = typeof products.$inferSelect;

/** Categories are few and change rarely: read them once per process, invalidated on write in every process. */
let categoryCache: { at: number; rows: CategoryRow[] } | null = null;
const CATEGORY_TTL_MS = 60_000;
const CATEGORY_TOPIC = 'catalog-categories';
onInvalidate(CATEGORY_TOPIC, () => {
  categoryCache = null;
});

export async function allCategories(db: Db): Promise<CategoryRow[]> {
  if (categoryCache && Date.now() - categoryCache.at < CATEGORY_TTL_MS) return categoryCache.rows;
  const rows = await db.select().from(categories).orderBy(asc(categories.level), asc(categories.position));
  categoryCache = { at: Date.now(), rows };
  return rows;
}

export function invalidateCategoryCache(): void {
  invalidateEverywhere(CATEGORY_TOPIC);
}

/** A category and every category below it. */
export function subtreeIds(all: CategoryRow[], rootId: number): number[] {
  const ids = [rootId];
  for (let i = 0; i < ids.length; i++) for (const c of all) if (c.parentId === ids[i]) ids.push(c.id);
  return ids;
}

/** Root → leaf path of a category. */
export function categoryPath(all: CategoryRow[], id: number): CategoryRow[] {
  const byId = new Map(all.map((c) => [c.id, c]));
  const path: CategoryRow[] = [];
  for (let c = byId.get(id); c; c = c.parentId ? byId.get(c.parentId) : undefined) path.unshift(c);
  return path;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Prepared once per database handle: on the product page, planning cost more than running.
const preparedFind = new WeakMap<Db, ReturnType<typeof prepareFind>>();
function prepareFind(db: Db) {
  return {
    bySlug: db
      .select()
      .from(products)
      .where(eq(products.slug, sql.placeholder('slug')))
      .limit(1)
      .prepare('find_product_by_slug'),
    byIdOrSlug: db
      .select()
      .from(products)
      .where(or(eq(products.id, sql.placeholder('id')), eq(products.slug, sql.placeholder('slug'))))
      .limit(1)
      .prepare('find_product_by_id_or_slug'),
  };
}

export async function findProduct(db: Db, idOrSlug: string): Promise<ProductRow | undefined> {
  let q = preparedFind.get(db);
  if (!q) {
    q = prepareFind(db);
    preparedFind.set(db, q);
  }
  const [row] = UUID_RE.test(idOrSlug)
    ? await q.byIdOrSlug.execute({ id: idOrSlug, slug: idOrSlug })
    : await q.bySlug.execute({ slug: idOrSlug });
  return row;
}

export async function productsByIds(db: Db, ids: string[]): Promise<ProductRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(products).where(inArray(products.id, ids));
}

/** Products with at least one buybox winner in a market, per leaf category. */
export async function offeredProductCounts(db: Db, market: string): Promise<Map<number, number>> {
  const res = (await db.execute(sql`
    SELECT p.category_id AS "categoryId", count(DISTINCT p.id)::int AS n
    FROM products p JOIN buybox_winners b ON b.product_id = p.id AND b.market = ${market}
    GROUP BY p.category_id`)) as unknown as { rows: Array<{ categoryId: number; n: number }> };
  return new Map(res.rows.map((r) => [r.categoryId, r.n]));
}
