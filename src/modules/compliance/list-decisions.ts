import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Day } from '../../platform/calendar.ts';
import type { Db } from '../../platform/db/client.ts';
import { complaintWindowEnd, complaintWindowOpen } from './complaint.rules.ts';
import { statementsOfReasons } from './compliance.schema.ts';
import { dsaComplaints } from './dsa-notices.schema.ts';

/** A statement of reasons as its addressee reads it, with what they can still do about it. */
export type AddressedDecision = {
  id: string;
  measure: string;
  effectiveAt: Date;
  groundType: 'illegal_content' | 'incompatible_terms';
  ground: string;
  facts: string;
  explanation: string;
  /** The last day a complaint may be filed (Art. 20(1)), in the addressee's market's time zone. */
  contestUntil: Day;
  /** The window is open and no complaint is pending: the complaint form may be linked. */
  contestable: boolean;
  /** The newest complaint about it, if any. */
  complaint: 'open' | 'upheld' | 'rejected' | null;
};

const MAX_DECISIONS = 200;

async function addressed(
  db: Db,
  where: ReturnType<typeof and>,
  now: Date,
  timeZone: string,
): Promise<AddressedDecision[]> {
  const s = statementsOfReasons;
  const rows = await db.select().from(s).where(where).orderBy(desc(s.effectiveAt)).limit(MAX_DECISIONS);
  const complaints = rows.length
    ? await db
        .select({ statementId: dsaComplaints.statementId, status: dsaComplaints.status })
        .from(dsaComplaints)
        .where(
          inArray(
            dsaComplaints.statementId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(desc(dsaComplaints.receivedAt))
    : [];
  return rows.map((r) => {
    const complaint = complaints.find((c) => c.statementId === r.id)?.status ?? null;
    const open = complaintWindowOpen(r.effectiveAt, now, timeZone);
    return {
      id: r.id,
      measure: r.measure,
      effectiveAt: r.effectiveAt,
      groundType: r.groundType,
      ground: (r.groundType === 'illegal_content' ? r.legalGround : r.contractualGround) ?? '',
      facts: r.facts,
      explanation: r.explanation,
      contestUntil: complaintWindowEnd(r.effectiveAt, timeZone),
      contestable: open && complaint !== 'open',
      complaint,
    };
  });
}

/**
 * The statements of reasons addressed to a shop (its offers delisted, its suspensions, its
 * contract ended), newest first, for its members in the seller portal.
 */
export function listSellerDecisions(
  db: Db,
  input: { sellerId: number; now: Date; timeZone: string },
): Promise<AddressedDecision[]> {
  return addressed(
    db,
    and(eq(statementsOfReasons.subjectSellerId, input.sellerId)),
    input.now,
    input.timeZone,
  );
}

/**
 * The statements of reasons addressed to a person for their own account or content (a review
 * removed, an account closed), newest first; those about a shop they own are the shop's.
 */
export function listPersonalDecisions(
  db: Db,
  input: { userId: number; now: Date; timeZone: string },
): Promise<AddressedDecision[]> {
  return addressed(
    db,
    and(eq(statementsOfReasons.subjectUserId, input.userId), isNull(statementsOfReasons.subjectSellerId)),
    input.now,
    input.timeZone,
  );
}
