import { inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { sellers } from './sellers.schema.ts';

export async function sellersByIds(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(sellers)
    .where(inArray(sellers.id, [...new Set(ids)]));
}
