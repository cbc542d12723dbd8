import type { TConfig } from '../../config.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Job } from '../../platform/jobs.ts';
import { issuePlatformInvoice } from './issue-platform-invoice.ts';
import { sellersChargedInMonth } from './platform-invoice.read-model.ts';
import { parsePeriod } from './platform-invoice.ts';
import { storedPlatformInvoice } from './platform-invoices.read-model.ts';

export type IssueMonthlyPlatformInvoicesDeps = { db: Db; clock: Clock; config: TConfig };

/** The month before the one `at` is in, as 'YYYY-MM' (UTC). */
export function previousPeriod(at: Date): string {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
}

/**
 * Issue Reloop's invoice of a month that is over (default: last month) to every seller charged
 * anything in it (commission, commission returned on refunds, the monthly fee), through
 * issue-platform-invoice.ts, which freezes each one. Idempotent: a seller already invoiced for the
 * month (by an earlier run, or on demand by a download) keeps its invoice, and its number
 * `P-<YYYY>-<MM>-S<sellerId>` is the only one the month ever has for it, so later runs issue
 * nothing and consume no number. A seller charged nothing gets no invoice from the job (a
 * download still issues its 0.00 invoice on demand).
 */
export async function issueMonthlyPlatformInvoices(
  deps: IssueMonthlyPlatformInvoicesDeps,
  input: { period?: string } = {},
): Promise<{ period: string; issued: number; alreadyIssued: number }> {
  const period = input.period ?? previousPeriod(deps.clock.now());
  const { start, end } = parsePeriod(period, deps.clock.now());
  const sellerIds = await sellersChargedInMonth(deps.db, { period, start, end });
  let issued = 0;
  for (const sellerId of sellerIds) {
    if (await storedPlatformInvoice(deps.db, sellerId, period)) continue;
    if (await issuePlatformInvoice(deps, { sellerId, period })) issued++;
  }
  return { period, issued, alreadyIssued: sellerIds.length - issued };
}

/** Hourly: the first run of a month issues last month's invoices, the others find them issued. */
export function issuePlatformInvoicesJob(deps: IssueMonthlyPlatformInvoicesDeps): Job {
  return {
    name: 'issue-platform-invoices',
    everyMs: 60 * 60_000,
    run: () => issueMonthlyPlatformInvoices(deps),
  };
}
