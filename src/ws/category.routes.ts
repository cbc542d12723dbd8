/**
 * The taxonomy: GET /ws/category/tree (every root with its branches) and
 * GET /ws/category/tree/{categoryId} (one branch). Reloop products reference the category id
 * itself, so `marketplace_category_id` = `category_id`. A leaf's attributes are those its products
 * carry: type 0 decimal, 1 integer, 2 free string, 3 multiple choice (allowed values listed).
 */
import { categoriesByPosition, categoryAttributeStats } from '../modules/catalog/product-lookup.ts';
import type { Db } from '../platform/db/client.ts';
import { AppError } from '../platform/errors.ts';
import { PUBLIC } from '../platform/http/access.ts';
import type { App } from '../platform/http/app.ts';
import type { WsContext } from './ws-context.ts';
import { idParam } from './ws-http.ts';

type Attribute = {
  field: string;
  field_name: string;
  type: 0 | 1 | 2 | 3;
  allowed_values: string;
  required: boolean;
};
export type CategoryNode = {
  category_id: number;
  category_name: string;
  marketplace_category_id: number;
  is_leaf: boolean;
  childrens: CategoryNode[];
  attributes: Attribute[];
};

const MAX_CHOICES = 60;
const MAX_ALLOWED_VALUES_LENGTH = 1000;

async function leafAttributes(db: Db): Promise<Map<number, Attribute[]>> {
  const res = { rows: await categoryAttributeStats(db, MAX_CHOICES + 1) };
  const out = new Map<number, Attribute[]>();
  for (const r of res.rows) {
    const values = r.values ?? [];
    let type: Attribute['type'] = 2;
    let allowed = '';
    if (r.type === 'decimal') type = 0;
    else if (r.type === 'integer') type = 1;
    else if (r.type === 'boolean') {
      type = 3;
      allowed = 'true,false';
    } else if (values.length <= MAX_CHOICES) {
      type = 3;
      allowed = values.join(',');
      if (allowed.length > MAX_ALLOWED_VALUES_LENGTH) {
        type = 2;
        allowed = '';
      }
    }
    const list = out.get(r.category_id) ?? [];
    list.push({
      field: r.key,
      field_name: r.label,
      type,
      allowed_values: allowed,
      required: r.n === r.total,
    });
    out.set(r.category_id, list);
  }
  return out;
}

/** The whole tree, roots first, children by position then name. */
export async function categoryForest(
  db: Db,
): Promise<{ roots: CategoryNode[]; byId: Map<number, CategoryNode> }> {
  const rows = await categoriesByPosition(db);
  const attrs = await leafAttributes(db);
  const byId = new Map<number, CategoryNode>();
  for (const r of rows) {
    byId.set(r.id, {
      category_id: r.id,
      category_name: r.name,
      marketplace_category_id: r.id,
      is_leaf: true,
      childrens: [],
      attributes: [],
    });
  }
  const roots: CategoryNode[] = [];
  for (const r of rows) {
    const node = byId.get(r.id)!;
    const parent = r.parentId === null ? undefined : byId.get(r.parentId);
    if (parent) {
      parent.childrens.push(node);
      parent.is_leaf = false;
    } else roots.push(node);
  }
  for (const node of byId.values()) if (node.is_leaf) node.attributes = attrs.get(node.category_id) ?? [];
  return { roots, byId };
}

export function registerCategoryRoutes(app: App, ctx: WsContext): void {
  const { db } = ctx.deps;
  app.get('/ws/category/tree', PUBLIC, async (c) => c.json((await categoryForest(db)).roots));
  app.get('/ws/category/tree/:categoryId', PUBLIC, async (c) => {
    const id = idParam(c.req.param('categoryId'), 'Category');
    const node = (await categoryForest(db)).byId.get(id);
    if (!node) throw AppError.notFound('Category');
    return c.json(node);
  });
}
