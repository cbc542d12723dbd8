import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { reopenAccount } from '../accounts/operator/reopen-account.ts';
import { relistOffer } from '../offers/relist-offer.ts';
import { restoreRemovedReview } from '../reviews/restore-removed-review.ts';
import { reinstateSeller } from '../seller-onboarding/reinstate-seller.ts';
import { type ContestedDecision, deciderIssue, type Reversal, reversalFor } from './complaint.rules.ts';
import type { DsaDeps } from './dsa.deps.ts';
import { reviewRemovedBy, sellerSuspendedBy } from './dsa-content.read-model.ts';
import { dsaEmails } from './dsa-emails.ts';
import { dsaComplaints, dsaNotices } from './dsa-notices.schema.ts';
import { findNotice, lockComplaint, noticeOfStatement } from './dsa-notices.store.ts';
import { findStatement } from './list-statements.ts';

export const COMPLAINT_NOTE_MAX = 2000;

/** What a complaint contests, and who took that decision. */
export async function contestedDecision(
  db: Db,
  complaint: { statementId: string | null; noticeId: number | null },
): Promise<{ decision: ContestedDecision; decidedBy: number | null }> {
  if (complaint.noticeId !== null) {
    const notice = await findNotice(db, complaint.noticeId);
    if (!notice) return { decision: { kind: 'other' }, decidedBy: null };
    return {
      decision: {
        kind: notice.decision === 'no_action' ? 'notice_not_actioned' : 'notice_actioned',
        noticeId: notice.id,
      },
      decidedBy: notice.decidedBy,
    };
  }
  const statement = complaint.statementId ? await findStatement(db, complaint.statementId) : undefined;
  if (!statement) return { decision: { kind: 'other' }, decidedBy: null };
  const decidedBy = statement.decidedBy;
  const notice = await noticeOfStatement(db, statement.id);
  if (notice?.decision === 'delist_offer' && notice.offerId !== null)
    return { decision: { kind: 'offer_delisting', offerId: notice.offerId }, decidedBy };
  const reviewId = await reviewRemovedBy(db, statement.id);
  if (reviewId !== null) return { decision: { kind: 'review_removal', reviewId }, decidedBy };
  const sellerId = await sellerSuspendedBy(db, statement.id);
  if (sellerId !== null) return { decision: { kind: 'seller_suspension', sellerId }, decidedBy };
  if (statement.measure === 'account_termination' && statement.subjectUserId !== null)
    return { decision: { kind: 'account_termination', userId: statement.subjectUserId }, decidedBy };
  return { decision: { kind: 'other' }, decidedBy };
}

/**
 * A person decides on a complaint (DSA Art. 20(4)–(6)): an operator other than the one who took
 * the decision. Upheld, the decision is reversed at once where Reloop can (the offer on sale
 * again, the review published, the account reopened, the seller reinstated, the notice back in
 * the queue); where it cannot (the state changed since), that is recorded and said. The
 * complainant is answered in their language with out-of-court settlement information (Art. 21).
 */
export async function decideComplaint(
  deps: DsaDeps,
  input: { complaintId: number; uphold: boolean; note: string; operatorUserId: number },
): Promise<{ status: 'upheld' | 'rejected'; reversal: Reversal | null }> {
  const note = input.note.trim();
  if (note.length > COMPLAINT_NOTE_MAX)
    throw AppError.invalid([{ field: 'note', message: `must be at most ${COMPLAINT_NOTE_MAX} characters` }]);
  if (!note) throw AppError.invalid([{ field: 'note', message: 'give the reasons of the decision' }]);
  return deps.db.transaction(async (tx) => {
    const complaint = await lockComplaint(tx, input.complaintId);
    if (complaint.status !== 'open')
      throw new AppError('INVALID_STATE', `Complaint ${complaint.id} is already decided`);
    const { decision, decidedBy } = await contestedDecision(tx, complaint);
    const refusal = deciderIssue(input.operatorUserId, decidedBy);
    if (refusal) throw new AppError('FORBIDDEN', refusal);
    const now = deps.clock.now();
    const inTx = { ...deps, db: tx };
    let reversal: Reversal | null = null;
    if (input.uphold) {
      reversal = reversalFor(decision);
      try {
        if (decision.kind === 'offer_delisting') await relistOffer(inTx, { offerId: decision.offerId });
        else if (decision.kind === 'review_removal')
          await restoreRemovedReview(inTx, {
            reviewId: decision.reviewId,
            statementId: complaint.statementId!,
          });
        else if (decision.kind === 'account_termination')
          await reopenAccount(inTx, {
            operatorId: input.operatorUserId,
            userId: decision.userId,
            note: `DSA complaint ${complaint.id} upheld: ${note}`,
            meta: { ip: '', userAgent: 'dsa-complaint' },
          });
        else if (decision.kind === 'seller_suspension')
          await reinstateSeller(inTx, {
            operatorId: input.operatorUserId,
            sellerId: decision.sellerId,
            input: { note: `DSA complaint ${complaint.id} upheld. ${note}`.slice(0, 2000) },
          });
        else if (decision.kind === 'notice_not_actioned')
          await tx
            .update(dsaNotices)
            .set({ status: 'open', decision: null, decisionReason: null, decidedAt: null })
            .where(eq(dsaNotices.id, decision.noticeId));
      } catch (e) {
        // The state changed since (account email taken, seller no longer suspended…): say so.
        if (!isAppError(e) || !['CONFLICT', 'INVALID_STATE'].includes(e.code)) throw e;
        reversal = 'not_possible';
      }
    }
    const status = input.uphold ? 'upheld' : 'rejected';
    await tx
      .update(dsaComplaints)
      .set({ status, reversal, decisionNote: note, decidedBy: input.operatorUserId, decidedAt: now })
      .where(eq(dsaComplaints.id, complaint.id));
    await deps.mailer.send(
      tx,
      dsaEmails.complaintOutcome(
        { email: complaint.complainantEmail, locale: complaint.complainantLocale },
        { complaintId: complaint.id, upheld: input.uphold, reversal, note },
      ),
    );
    return { status, reversal };
  });
}
