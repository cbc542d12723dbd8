/**
 * "Download my data": the DSA statements of reasons addressed to the person, the notices of
 * illegal content they sent and their internal complaints (the operators who decided stay out).
 */
import { asc, eq } from 'drizzle-orm';
import type { PersonalDataExporter } from '../privacy/personal-data-export.ts';
import { statementsOfReasons } from './compliance.schema.ts';
import { dsaComplaints, dsaNotices } from './dsa-notices.schema.ts';

export const complianceDataExport: PersonalDataExporter = {
  module: 'compliance',
  describe: {
    statements_of_reasons:
      'Decisions restricting your account or shop, with their grounds and how to contest them.',
    dsa_notices: 'Reports of illegal content you sent: the URL, your explanation, and the decision.',
    dsa_complaints: 'Your complaints against a moderation decision, and their outcome.',
  },
  async datasets(db, userId) {
    const statements = await db
      .select({
        id: statementsOfReasons.id,
        measure: statementsOfReasons.measure,
        territorialScope: statementsOfReasons.territorialScope,
        endsAt: statementsOfReasons.endsAt,
        reasonCode: statementsOfReasons.reasonCode,
        facts: statementsOfReasons.facts,
        source: statementsOfReasons.source,
        automatedDetection: statementsOfReasons.automatedDetection,
        automatedDecision: statementsOfReasons.automatedDecision,
        groundType: statementsOfReasons.groundType,
        legalGround: statementsOfReasons.legalGround,
        contractualGround: statementsOfReasons.contractualGround,
        explanation: statementsOfReasons.explanation,
        redress: statementsOfReasons.redress,
        effectiveAt: statementsOfReasons.effectiveAt,
        createdAt: statementsOfReasons.createdAt,
      })
      .from(statementsOfReasons)
      .where(eq(statementsOfReasons.subjectUserId, userId))
      .orderBy(asc(statementsOfReasons.createdAt));
    const notices = await db
      .select({
        id: dsaNotices.id,
        market: dsaNotices.market,
        url: dsaNotices.url,
        category: dsaNotices.category,
        explanation: dsaNotices.explanation,
        name: dsaNotices.notifierName,
        email: dsaNotices.notifierEmail,
        goodFaith: dsaNotices.goodFaith,
        status: dsaNotices.status,
        decision: dsaNotices.decision,
        decisionReason: dsaNotices.decisionReason,
        receivedAt: dsaNotices.receivedAt,
        decidedAt: dsaNotices.decidedAt,
      })
      .from(dsaNotices)
      .where(eq(dsaNotices.notifierUserId, userId))
      .orderBy(asc(dsaNotices.id));
    const complaints = await db
      .select({
        id: dsaComplaints.id,
        statementId: dsaComplaints.statementId,
        noticeId: dsaComplaints.noticeId,
        email: dsaComplaints.complainantEmail,
        market: dsaComplaints.market,
        explanation: dsaComplaints.explanation,
        status: dsaComplaints.status,
        reversal: dsaComplaints.reversal,
        decisionNote: dsaComplaints.decisionNote,
        receivedAt: dsaComplaints.receivedAt,
        decidedAt: dsaComplaints.decidedAt,
      })
      .from(dsaComplaints)
      .where(eq(dsaComplaints.complainantUserId, userId))
      .orderBy(asc(dsaComplaints.id));
    return { statements_of_reasons: statements, dsa_notices: notices, dsa_complaints: complaints };
  },
};
