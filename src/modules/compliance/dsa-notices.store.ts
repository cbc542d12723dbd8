import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { dsaComplaints, dsaNotices, productSafetyNotices } from './dsa-notices.schema.ts';

/** SQL the DSA notice and complaint use cases share; writes only compliance's own tables. */
export type DsaNoticeRow = typeof dsaNotices.$inferSelect;
export type DsaComplaintRow = typeof dsaComplaints.$inferSelect;
export type ProductSafetyNoticeRow = typeof productSafetyNotices.$inferSelect;

export async function lockNotice(db: Db, id: number): Promise<DsaNoticeRow> {
  const [row] = await db.select().from(dsaNotices).where(eq(dsaNotices.id, id)).for('update');
  if (!row) throw AppError.notFound('Notice');
  return row;
}

export async function findNotice(db: Db, id: number): Promise<DsaNoticeRow | undefined> {
  const [row] = await db.select().from(dsaNotices).where(eq(dsaNotices.id, id)).limit(1);
  return row;
}

/** The notice whose decision a statement of reasons explains. */
export async function noticeOfStatement(db: Db, statementId: string): Promise<DsaNoticeRow | undefined> {
  const [row] = await db.select().from(dsaNotices).where(eq(dsaNotices.statementId, statementId)).limit(1);
  return row;
}

export async function lockComplaint(db: Db, id: number): Promise<DsaComplaintRow> {
  const [row] = await db.select().from(dsaComplaints).where(eq(dsaComplaints.id, id)).for('update');
  if (!row) throw AppError.notFound('Complaint');
  return row;
}

export async function findComplaint(db: Db, id: number): Promise<DsaComplaintRow | undefined> {
  const [row] = await db.select().from(dsaComplaints).where(eq(dsaComplaints.id, id)).limit(1);
  return row;
}

/** An open complaint about the same decision (one at a time). */
export async function openComplaintAbout(
  db: Db,
  about: { statementId: string | null; noticeId: number | null },
): Promise<DsaComplaintRow | undefined> {
  const [row] = await db
    .select()
    .from(dsaComplaints)
    .where(
      and(
        eq(dsaComplaints.status, 'open'),
        about.statementId
          ? eq(dsaComplaints.statementId, about.statementId)
          : eq(dsaComplaints.noticeId, about.noticeId ?? 0),
      ),
    )
    .limit(1);
  return row;
}

/** The queues, oldest first. */
export const openNotices = (db: Db) =>
  db
    .select()
    .from(dsaNotices)
    .where(eq(dsaNotices.status, 'open'))
    .orderBy(asc(dsaNotices.receivedAt), asc(dsaNotices.id));

export const openComplaints = (db: Db) =>
  db
    .select()
    .from(dsaComplaints)
    .where(eq(dsaComplaints.status, 'open'))
    .orderBy(asc(dsaComplaints.receivedAt), asc(dsaComplaints.id));

/** Published Art. 32 notices of a product, newest first (the product page). */
export const publishedSafetyNotices = (db: Db, productId: string) =>
  db
    .select()
    .from(productSafetyNotices)
    .where(and(eq(productSafetyNotices.productId, productId), eq(productSafetyNotices.published, true)))
    .orderBy(asc(productSafetyNotices.createdAt));

/** Every Art. 32 notice of a product, oldest first (the console). */
export const safetyNoticesOf = (db: Db, productId: string) =>
  db
    .select()
    .from(productSafetyNotices)
    .where(eq(productSafetyNotices.productId, productId))
    .orderBy(asc(productSafetyNotices.createdAt));
