import { eq } from 'drizzle-orm';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import { delistOffer } from '../offers/delist-offer.ts';
import { removeReview } from '../reviews/remove-review.ts';
import { noticeRecipients } from '../seller-onboarding/seller-notices.ts';
import { findSeller } from '../sellers/sellers.store.ts';
import type { DsaDeps } from './dsa.deps.ts';
import { noticeContent } from './dsa-content.read-model.ts';
import { dsaEmails } from './dsa-emails.ts';
import { complaintPath, noticeComplaintPath, storefrontFor } from './dsa-links.ts';
import { dsaNotices } from './dsa-notices.schema.ts';
import { lockNotice } from './dsa-notices.store.ts';
import { issueStatementOfReasons } from './issue-statement-of-reasons.ts';
import { decisionsFor, NOTICE_CATEGORIES, type NoticeCategory, type NoticeDecision } from './notice.rules.ts';

export const DECISION_REASON_MAX = 2000;

export type DecideNoticeInput = {
  noticeId: number;
  decision: string;
  /** What the operator found and why they decided so (the statement's facts, told to the notifier). */
  reason: string;
  /** A restriction's ground: the content is illegal (legal ground) or breaks the terms (clause). */
  ground?: 'illegal_content' | 'incompatible_terms';
  legalGround?: string;
  contractualGround?: string;
  operatorUserId: number;
};

/**
 * A person decides on a DSA notice (Art. 16(6)): no action, or a restriction of the content it
 * names — the offer taken out of sale (offers' delistOffer) or the review removed (reviews'
 * removeReview) — with its statement of reasons (source: notice) in the same transaction, emailed
 * to the seller or author with the complaint form (Art. 17). The notifier is told the decision
 * and their redress (Art. 16(5)). No automated means take part.
 */
export async function decideDsaNotice(
  deps: DsaDeps,
  input: DecideNoticeInput,
): Promise<{ decision: NoticeDecision; statementId: string | null }> {
  const reason = input.reason.trim();
  const issues: FieldIssue[] = [];
  if (!reason) issues.push({ field: 'reason', message: 'is required' });
  else if (reason.length > DECISION_REASON_MAX)
    issues.push({ field: 'reason', message: `must be at most ${DECISION_REASON_MAX} characters` });
  if (issues.length) throw AppError.invalid(issues);

  return deps.db.transaction(async (tx) => {
    const notice = await lockNotice(tx, input.noticeId);
    if (notice.status !== 'open')
      throw new AppError('INVALID_STATE', `Notice ${notice.id} is already decided`);
    const allowed = decisionsFor(notice);
    if (!(allowed as string[]).includes(input.decision))
      throw new AppError('UNPROCESSABLE', 'This decision does not fit the content reported', [
        { field: 'decision', message: `must be one of ${allowed.join(', ')}` },
      ]);
    const decision = input.decision as NoticeDecision;
    const category = NOTICE_CATEGORIES[notice.category as NoticeCategory];
    const ground = input.ground ?? 'illegal_content';
    const legalGround = (input.legalGround ?? '').trim() || category?.legalGround || '';
    const contractualGround = (input.contractualGround ?? '').trim();
    if (decision !== 'no_action') {
      if (ground === 'illegal_content' && !legalGround)
        throw AppError.invalid([{ field: 'legalGround', message: 'name the law the content breaks' }]);
      if (ground === 'incompatible_terms' && !contractualGround)
        throw AppError.invalid([{ field: 'contractualGround', message: 'name the clause of the terms' }]);
    }
    const inTx = { ...deps, db: tx };
    const now = deps.clock.now();
    let statementId: string | null = null;

    if (decision === 'delist_offer') {
      const content = await noticeContent(tx, notice);
      const { sellerId } = await delistOffer(inTx, { offerId: notice.offerId! });
      const seller = await findSeller(tx, sellerId);
      if (!seller) throw AppError.notFound('Seller');
      const { recipients, subjectUserId } = await noticeRecipients(tx, seller);
      const what = `Offer ${notice.offerId} (SKU ${content.offer?.sku ?? '?'}, ${content.product?.name ?? 'product'}) of seller #${seller.id} (${seller.name})`;
      const statement = await issueStatementOfReasons(
        { db: tx, clock: deps.clock },
        {
          subjectUserId,
          subjectSellerId: seller.id,
          measure: 'content_removal',
          reasonCode: `dsa_notice_${notice.category}`,
          facts: `${what}, reported on ${notice.receivedAt.toISOString().slice(0, 10)} through a notice of illegal content: ${reason}`,
          source: 'notice',
          ground:
            ground === 'illegal_content'
              ? { type: 'illegal_content', legalGround }
              : { type: 'incompatible_terms', contractualGround },
          explanation: `${ground === 'illegal_content' ? `The offer is illegal under ${legalGround}.` : `The offer breaks ${contractualGround}.`} It was removed from sale on every Reloop market.`,
          audience: 'seller',
          decidedBy: input.operatorUserId,
          effectiveAt: now,
          // For the Transparency Database: an offer is a product; the category the notice gave.
          contentType: 'CONTENT_TYPE_PRODUCT',
          ...(category ? { category: category.tdb } : {}),
          accountType: 'ACCOUNT_TYPE_BUSINESS',
        },
      );
      statementId = statement.id;
      for (const to of recipients)
        await deps.mailer.send(
          tx,
          dsaEmails.offerDelisted(to, {
            shop: seller.name,
            sku: content.offer?.sku ?? String(notice.offerId),
            product: content.product?.name ?? '',
            date: now,
            facts: reason,
            legalGround: statement.legalGround,
            contractualGround: statement.contractualGround,
            statementId: statement.id,
            link: deps.siteUrl(complaintPath(storefrontFor(to.locale, seller.country), statement.id)),
          }),
        );
    } else if (decision === 'remove_review') {
      statementId = (
        await removeReview(inTx, {
          reviewId: notice.reviewId!,
          criterion: 'illegal_content',
          facts: reason,
          legalGround,
          operatorUserId: input.operatorUserId,
          source: 'notice',
        })
      ).statementId;
    }

    await tx
      .update(dsaNotices)
      .set({
        status: 'decided',
        decision,
        decisionReason: reason,
        statementId,
        decidedBy: input.operatorUserId,
        decidedAt: now,
      })
      .where(eq(dsaNotices.id, notice.id));
    if (notice.notifierEmail) {
      const storefront = storefrontFor(notice.locale, notice.market);
      await deps.mailer.send(
        tx,
        dsaEmails.noticeDecision(
          { email: notice.notifierEmail, locale: notice.locale },
          {
            noticeId: notice.id,
            url: notice.url,
            decision,
            reason,
            link: deps.siteUrl(noticeComplaintPath(storefront, deps.secret, notice.id)),
          },
        ),
      );
    }
    return { decision, statementId };
  });
}
