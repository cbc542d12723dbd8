import { and, eq } from 'drizzle-orm';
import type { MarketingDeps } from './marketing.deps.ts';
import { alerts } from './marketing.schema.ts';

export type AlertAction = 'pause' | 'resume' | 'rearm';

/**
 * The person pauses an active alert, resumes a paused one, or re-arms a fulfilled one (it may fire
 * again). Only their own alert; false when there is none in a state the action applies to.
 */
export async function changeAlertStatus(
  deps: Pick<MarketingDeps, 'db' | 'clock'>,
  input: { userId: number; alertId: number; action: AlertAction },
): Promise<boolean> {
  const from = { pause: 'active', resume: 'paused', rearm: 'fulfilled' } as const;
  const rows = await deps.db
    .update(alerts)
    .set({
      status: input.action === 'pause' ? 'paused' : 'active',
      updatedAt: deps.clock.now(),
      ...(input.action === 'rearm' ? { fulfilledAt: null, fulfilledPriceMinor: null } : {}),
    })
    .where(
      and(
        eq(alerts.id, input.alertId),
        eq(alerts.userId, input.userId),
        eq(alerts.status, from[input.action]),
      ),
    )
    .returning({ id: alerts.id });
  return rows.length > 0;
}
