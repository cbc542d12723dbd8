import { sql } from 'drizzle-orm';
import { rebuildSearchTerms, refreshPopularity } from '../modules/catalog/refresh-popularity.ts';
import {
  cancelUnpaidTransfers,
  releaseStalledPayments,
} from '../modules/checkout/cancel-unpaid-transfers.ts';
import { monthlyFeesJob } from '../modules/payouts/monthly-fees.ts';
import { payoutsJob } from '../modules/payouts/run-payouts.ts';
import { recomputeQualityJob } from '../modules/quality/recompute-quality.ts';
import { repricerJob } from '../modules/repricer/run-repricer.ts';
import { pendingListingTaskIds, processListingTask } from '../modules/seller-api/listing-batch.ts';
import { purgeIdempotencyKeysJob } from '../modules/seller-api/purge-idempotency-keys.ts';
import { deliverSellerWebhooksJob } from '../modules/seller-webhooks/seller-webhooks.ts';
import type { Job } from '../platform/jobs.ts';
import { deliverOutbox } from '../platform/mail/deliver-outbox.ts';
import { LogTransport, type MailTransport, SmtpTransport } from '../platform/mail/mail-transport.ts';
import { PostgresRateLimitStore } from '../platform/rate-limit/postgres-rate-limit-store.ts';
import { purgeRateLimitCountersJob } from '../platform/rate-limit/purge-rate-limit-counters.ts';
import type { Deps } from './deps.ts';

function mailTransport(deps: Deps): MailTransport {
  const { SMTP_URL, MAIL_FROM } = deps.config;
  return SMTP_URL
    ? new SmtpTransport({ transport: SMTP_URL, from: MAIL_FROM })
    : new LogTransport({ logger: deps.logger });
}

/** Every recurring job of the platform; `serve` (PGlite) or `worker` (PostgreSQL) runs them. */
export function jobsFor(deps: Deps): Job[] {
  const transport = mailTransport(deps);
  return [
    {
      name: 'deliver-mail',
      everyMs: 5_000,
      run: () => deliverOutbox({ db: deps.db, transport, clock: deps.clock, logger: deps.logger }),
    },
    {
      name: 'refresh-popularity',
      everyMs: 15 * 60_000,
      run: () => refreshPopularity({ db: deps.db, clock: deps.clock }),
    },
    ...(deps.config.REDIS_URL
      ? []
      : [purgeRateLimitCountersJob(new PostgresRateLimitStore(deps.db), deps.clock)]),
    { name: 'rebuild-search-terms', everyMs: 60 * 60_000, run: () => rebuildSearchTerms({ db: deps.db }) },
    payoutsJob(deps),
    // PGlite runs no autovacuum: without fresh statistics the planner scans whole tables.
    ...(deps.database.engine === 'pglite'
      ? [{ name: 'analyze', everyMs: 6 * 3_600_000, run: () => deps.database.rows(sql`ANALYZE`) }]
      : []),
    repricerJob(deps),
    deliverSellerWebhooksJob(deps),
    {
      // CSV imports run in the process that received them; one left pending by a restart resumes here
      // (a task is claimed atomically, so it never runs twice).
      name: 'resume-listing-tasks',
      everyMs: 60_000,
      run: async () => {
        const ids = await pendingListingTaskIds(deps.db);
        for (const id of ids) await processListingTask(deps, id);
        return { resumed: ids.length };
      },
    },
    recomputeQualityJob(deps),
    purgeIdempotencyKeysJob(deps),
    monthlyFeesJob(deps),
    { name: 'cancel-unpaid-transfers', everyMs: 60_000, run: () => cancelUnpaidTransfers(deps) },
    { name: 'release-stalled-payments', everyMs: 5 * 60_000, run: () => releaseStalledPayments(deps) },
  ];
}
