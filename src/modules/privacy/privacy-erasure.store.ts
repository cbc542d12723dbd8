/** SQL shared by the erasure use cases: reports, legal holds and retention state (this module's tables only). */
import { and, asc, eq, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { HeldRecord } from './data-erasure.types.ts';
import type { ErasureReport } from './erasure-report.ts';
import { accountRetention, erasureReports, legalHolds } from './privacy-erasure.schema.ts';

export async function saveErasure(
  db: Db,
  a: {
    report: ErasureReport;
    requestedBy: number | null;
    reason: 'own_request' | 'request_desk' | 'retention';
    holds: Array<HeldRecord & { module: string }>;
    now: Date;
  },
): Promise<number> {
  const [row] = await db
    .insert(erasureReports)
    .values({
      userId: a.report.userId,
      requestedBy: a.requestedBy,
      reason: a.reason,
      erasedAt: a.now,
      deleted: a.report.deleted,
      anonymised: a.report.anonymised,
      held: a.report.held,
    })
    .returning({ id: erasureReports.id });
  const reportId = row!.id;
  for (let i = 0; i < a.holds.length; i += 500) {
    await db.insert(legalHolds).values(
      a.holds.slice(i, i + 500).map((h) => ({
        userId: a.report.userId,
        erasureReportId: reportId,
        module: h.module,
        dataset: h.dataset,
        recordRef: h.recordRef,
        reason: h.reason,
        until: h.until,
        createdAt: a.now,
      })),
    );
  }
  await db.delete(accountRetention).where(eq(accountRetention.userId, a.report.userId));
  return reportId;
}

/** Live holds that may have ended at `now`: dated ones past their date, and every open-ended one. */
export async function holdsToCheck(db: Db, now: Date) {
  return db
    .select()
    .from(legalHolds)
    .where(and(isNull(legalHolds.purgedAt), or(isNull(legalHolds.until), lte(legalHolds.until, now))))
    .orderBy(asc(legalHolds.userId), asc(legalHolds.id));
}

export async function markHoldsPurged(db: Db, ids: number[], now: Date): Promise<void> {
  for (const id of ids) await db.update(legalHolds).set({ purgedAt: now }).where(eq(legalHolds.id, id));
}

/** An erased person's report and holds (the console's user page). */
export async function erasureOf(db: Db, userId: number) {
  const [report] = await db.select().from(erasureReports).where(eq(erasureReports.userId, userId));
  if (!report) return null;
  const holds = await db
    .select()
    .from(legalHolds)
    .where(eq(legalHolds.userId, userId))
    .orderBy(asc(legalHolds.module), asc(legalHolds.dataset), asc(legalHolds.id));
  return { report, holds };
}
