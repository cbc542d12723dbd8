/**
 * The seller's budget of CSV listing lines (pure): at most CATALOG_LINES_PER_HOUR lines in the
 * imports of the last hour, whether sent through the seller API or the portal. Counted from the
 * imports themselves, so every process agrees and a refused import costs nothing.
 */

export const CATALOG_LINES_PER_HOUR = 2000;
export const CATALOG_BUDGET_WINDOW_MS = 60 * 60_000;

export type RecentImport = { createdAt: Date; lines: number };
export type BudgetDecision =
  | { allowed: true; remaining: number }
  /** `retryAt`: when enough lines have left the window (null: more lines than an hour allows). */
  | { allowed: false; remaining: number; retryAt: Date | null };

/** May `lines` more lines be imported at `now`, given the seller's recent imports? */
export function catalogBudget(
  recent: readonly RecentImport[],
  now: Date,
  lines: number,
  limit = CATALOG_LINES_PER_HOUR,
  windowMs = CATALOG_BUDGET_WINDOW_MS,
): BudgetDecision {
  const counting = recent
    .filter((r) => r.createdAt.getTime() > now.getTime() - windowMs && r.createdAt.getTime() <= now.getTime())
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  let used = counting.reduce((sum, r) => sum + r.lines, 0);
  const remaining = Math.max(0, limit - used);
  if (used + lines <= limit) return { allowed: true, remaining: limit - used - lines };
  if (lines > limit) return { allowed: false, remaining, retryAt: null };
  for (const r of counting) {
    used -= r.lines;
    if (used + lines <= limit)
      return { allowed: false, remaining, retryAt: new Date(r.createdAt.getTime() + windowMs) };
  }
  return { allowed: false, remaining, retryAt: null };
}
