import { and, eq, gt, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Market } from '../../platform/markets.ts';
import { CATALOG_BUDGET_WINDOW_MS, CATALOG_LINES_PER_HOUR, catalogBudget } from './catalog-budget.rules.ts';
import { type CatalogRequest, checkCatalog, createListingTask, LISTING_TASK_KIND } from './listing-batch.ts';
import { sellerTasks } from './seller-api.schema.ts';

/** Namespace of the per-seller import lock (first key of pg_advisory_xact_lock(int, int)). */
const SELLER_IMPORT_LOCK = 0x5e13;

export type StartListingImportResult =
  | { ok: true; taskId: number; lines: number }
  /** Another import of the seller is pending or running (portal imports run one at a time). */
  | { ok: false; reason: 'running'; taskId: number }
  /** Over the seller's lines an hour: `retryAt` null when the catalog alone is over it. */
  | { ok: false; reason: 'budget'; limit: number; remaining: number; retryAt: Date | null };

/**
 * Record a CSV listing import for a seller if its lines fit the seller's budget of the last hour
 * (shared by the seller API and the portal) and, with `oneAtATime`, no other import of the seller
 * is pending or running. Checked and recorded under a per-seller lock, so two uploads at once
 * cannot both pass. The caller schedules processListingTask.
 */
export async function startListingImport(
  deps: { db: Db; clock: Clock },
  input: { sellerId: number; market: Market; request: CatalogRequest; oneAtATime: boolean },
): Promise<StartListingImportResult> {
  const { lines } = checkCatalog(input.request);
  const now = deps.clock.now();
  const since = new Date(now.getTime() - CATALOG_BUDGET_WINDOW_MS);
  return deps.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SELLER_IMPORT_LOCK}, ${input.sellerId}::int)`);
    const recent = await tx
      .select({
        id: sellerTasks.id,
        status: sellerTasks.status,
        lines: sellerTasks.total,
        createdAt: sellerTasks.createdAt,
      })
      .from(sellerTasks)
      .where(
        and(
          eq(sellerTasks.sellerId, input.sellerId),
          eq(sellerTasks.kind, LISTING_TASK_KIND),
          gt(sellerTasks.createdAt, since),
        ),
      );
    if (input.oneAtATime) {
      // A task left 'running' by a crash is taken over by the resume job once its lease expires.
      const busy = recent.find((r) => r.status === 'pending' || r.status === 'running');
      if (busy) return { ok: false, reason: 'running', taskId: busy.id };
    }
    const budget = catalogBudget(
      recent.map((r) => ({ createdAt: new Date(r.createdAt), lines: r.lines })),
      now,
      lines.length,
    );
    if (!budget.allowed)
      return {
        ok: false,
        reason: 'budget',
        limit: CATALOG_LINES_PER_HOUR,
        remaining: budget.remaining,
        retryAt: budget.retryAt,
      };
    const created = await createListingTask(tx, {
      sellerId: input.sellerId,
      market: input.market,
      request: input.request,
      now,
    });
    return { ok: true, ...created };
  });
}
