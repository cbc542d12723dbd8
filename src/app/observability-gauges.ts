import { webhookDeliveryBacklog } from '../modules/seller-webhooks/delivery-backlog.ts';
import { mailOutboxBacklog } from '../platform/mail/outbox-backlog.ts';
import {
  dbPoolConnections,
  dbPoolWaiting,
  outboxAbandoned,
  outboxOldestPendingSeconds,
  outboxPending,
} from '../platform/observability/metrics.ts';
import type { Deps } from './deps.ts';

type Backlog = { pending: number; oldestPendingSeconds: number; abandoned: number };

/** A scrape waits this long for the backlog queries; past it their series are left out. */
const BACKLOG_TIMEOUT_MS = 2_000;

/**
 * Gauges read at scrape time: this process's PostgreSQL pool, and the outboxes' backlogs (the same
 * in every process: the database's). An outbox that cannot be read is left out of the answer.
 */
export async function sampleScrapeGauges(deps: Pick<Deps, 'database' | 'db' | 'clock' | 'logger'>) {
  const pool = deps.database.poolStats();
  if (pool) {
    dbPoolConnections.set({ state: 'open' }, pool.total);
    dbPoolConnections.set({ state: 'idle' }, pool.idle);
    dbPoolConnections.set({ state: 'max' }, pool.max);
    dbPoolWaiting.set(pool.waiting);
  }
  const now = deps.clock.now();
  const outboxes: Record<string, () => Promise<Backlog>> = {
    mail: () => mailOutboxBacklog(deps.db, now),
    seller_webhooks: () => webhookDeliveryBacklog(deps.db, now),
  };
  await Promise.all(
    Object.entries(outboxes).map(async ([outbox, read]) => {
      let timer: NodeJS.Timeout | undefined;
      try {
        const backlog = await Promise.race([
          read(),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error('timed out')), BACKLOG_TIMEOUT_MS);
          }),
        ]);
        outboxPending.set({ outbox }, backlog.pending);
        outboxOldestPendingSeconds.set({ outbox }, backlog.oldestPendingSeconds);
        outboxAbandoned.set({ outbox }, backlog.abandoned);
      } catch (err) {
        deps.logger.warn({ err, outbox }, 'metrics: outbox backlog not read');
        for (const gauge of [outboxPending, outboxOldestPendingSeconds, outboxAbandoned])
          gauge.remove({ outbox });
      } finally {
        clearTimeout(timer);
      }
    }),
  );
}
