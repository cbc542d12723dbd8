import { and, desc, eq, like, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { auditEvents } from './audit.schema.ts';

/** An audit event as pages read it. */
export type AuditEventRow = typeof auditEvents.$inferSelect;

export type AuditQuery = { action?: string; userId?: number; before?: number; limit?: number };

/** Newest first, keyset-paginated by id; `action` may be a prefix such as 'auth.'. */
export async function listAuditEvents(db: Db, q: AuditQuery) {
  const where: SQL[] = [];
  // `_` is in most action names: escaped, not dropped (dropping it made 'fees.category_rate' match nothing).
  if (q.action) where.push(like(auditEvents.action, `${q.action.replace(/[%_\\]/g, '\\$&')}%`));
  if (q.userId) where.push(eq(auditEvents.subjectUserId, q.userId));
  if (q.before) where.push(lt(auditEvents.id, q.before));
  return db
    .select()
    .from(auditEvents)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(Math.min(q.limit ?? 50, 200));
}
