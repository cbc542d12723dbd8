import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Logger } from '../../platform/logger.ts';
import { LISTING_TASK_KIND, processListingTask } from './listing-batch.ts';
import { abandonedTaskIds, failExhaustedTask } from './listing-task-lease.ts';

/**
 * Run the CSV imports no process is running: never started by the process that received them,
 * or left behind by one that died (their lease expired). A task is claimed before it runs, so two
 * workers running this at once never run one task twice; one that used its attempts is failed.
 */
export async function resumeListingTasks(deps: {
  db: Db;
  clock: Clock;
  logger?: Logger;
}): Promise<{ resumed: number; failed: number }> {
  let resumed = 0;
  let failed = 0;
  for (const id of await abandonedTaskIds(deps.db, LISTING_TASK_KIND)) {
    if (await failExhaustedTask(deps.db, id, deps.clock.now())) {
      failed++;
      deps.logger?.error({ taskId: id }, 'listing task interrupted too many times: failed');
      continue;
    }
    if (await processListingTask(deps, id, { takeOver: true })) resumed++;
  }
  return { resumed, failed };
}
