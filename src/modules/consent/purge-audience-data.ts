import { lt } from 'drizzle-orm';
import type { Job } from '../../platform/jobs.ts';
import { audienceRetentionCutoff, monthOf, utcDay } from './audience.rules.ts';
import type { ConsentDeps } from './consent.deps.ts';
import { audienceEvents, audienceSalts, recipientActivity } from './consent.schema.ts';
import { forgetDailySalt } from './daily-salt.ts';

/**
 * Deletes the salts of past days (a past visitor key can then never be recomputed) and the raw
 * audience events and recipient activity older than 13 months.
 */
export async function purgeAudienceData(
  deps: ConsentDeps,
): Promise<{ salts: number; events: number; activity: number }> {
  const now = deps.clock.now();
  const cutoff = audienceRetentionCutoff(now);
  const salts = await deps.db
    .delete(audienceSalts)
    .where(lt(audienceSalts.day, utcDay(now)))
    .returning();
  if (salts.length) forgetDailySalt(deps);
  const events = await deps.db
    .delete(audienceEvents)
    .where(lt(audienceEvents.day, cutoff))
    .returning({ id: audienceEvents.id });
  // A month of activity goes once all of it is older than the cutoff.
  const activity = await deps.db
    .delete(recipientActivity)
    .where(lt(recipientActivity.month, monthOf(cutoff)))
    .returning({ month: recipientActivity.month });
  return { salts: salts.length, events: events.length, activity: activity.length };
}

export const purgeAudienceDataJob = (deps: ConsentDeps): Job => ({
  name: 'purge-audience-data',
  everyMs: 15 * 60_000,
  run: () => purgeAudienceData(deps),
});
