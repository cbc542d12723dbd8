/**
 * Read model of the DSA transparency report (Arts. 15 and 24, transparency-report.ts): the
 * statements of reasons, Art. 16 notices and Art. 20 complaints of a period, reduced to what the
 * report counts (no names, no texts). Never writes.
 */
import { and, eq, gte, lt } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { statementsOfReasons } from './compliance.schema.ts';
import { dsaComplaints, dsaNotices } from './dsa-notices.schema.ts';

export type ReportStatement = {
  measure: string;
  source: 'own_initiative' | 'notice';
  groundType: 'illegal_content' | 'incompatible_terms';
  automatedDetection: boolean;
  automatedDecision: boolean;
  effectiveAt: Date;
};
export type ReportNotice = {
  contentKind: string;
  category: string;
  status: string;
  decision: string | null;
  /** The ground of the restriction decided on it, if any. */
  groundType: 'illegal_content' | 'incompatible_terms' | null;
  receivedAt: Date;
  decidedAt: Date | null;
};
export type ReportComplaint = {
  basis: 'statement' | 'notice';
  status: string;
  reversal: string | null;
  receivedAt: Date;
  decidedAt: Date | null;
};
export type ReportData = {
  statements: ReportStatement[];
  notices: ReportNotice[];
  complaints: ReportComplaint[];
};

/** Statements effective, notices and complaints received in [from, to). */
export async function transparencyReportData(db: Db, period: { from: Date; to: Date }): Promise<ReportData> {
  const s = statementsOfReasons;
  const [statements, notices, complaints] = await Promise.all([
    db
      .select({
        measure: s.measure,
        source: s.source,
        groundType: s.groundType,
        automatedDetection: s.automatedDetection,
        automatedDecision: s.automatedDecision,
        effectiveAt: s.effectiveAt,
      })
      .from(s)
      .where(and(gte(s.effectiveAt, period.from), lt(s.effectiveAt, period.to))),
    db
      .select({
        contentKind: dsaNotices.contentKind,
        category: dsaNotices.category,
        status: dsaNotices.status,
        decision: dsaNotices.decision,
        groundType: s.groundType,
        receivedAt: dsaNotices.receivedAt,
        decidedAt: dsaNotices.decidedAt,
      })
      .from(dsaNotices)
      .leftJoin(s, eq(s.id, dsaNotices.statementId))
      .where(and(gte(dsaNotices.receivedAt, period.from), lt(dsaNotices.receivedAt, period.to))),
    db
      .select({
        noticeId: dsaComplaints.noticeId,
        status: dsaComplaints.status,
        reversal: dsaComplaints.reversal,
        receivedAt: dsaComplaints.receivedAt,
        decidedAt: dsaComplaints.decidedAt,
      })
      .from(dsaComplaints)
      .where(and(gte(dsaComplaints.receivedAt, period.from), lt(dsaComplaints.receivedAt, period.to))),
  ]);
  return {
    statements,
    notices,
    complaints: complaints.map(({ noticeId, ...c }) => ({ ...c, basis: noticeId ? 'notice' : 'statement' })),
  };
}
