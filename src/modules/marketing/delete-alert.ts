import { and, eq } from 'drizzle-orm';
import type { MarketingDeps } from './marketing.deps.ts';
import { alerts } from './marketing.schema.ts';

/** The person deletes one of their alerts; false when they have no such alert. */
export async function deleteAlert(
  deps: Pick<MarketingDeps, 'db'>,
  input: { userId: number; alertId: number },
): Promise<boolean> {
  const rows = await deps.db
    .delete(alerts)
    .where(and(eq(alerts.id, input.alertId), eq(alerts.userId, input.userId)))
    .returning({ id: alerts.id });
  return rows.length > 0;
}
