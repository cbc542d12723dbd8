import { and, eq, inArray } from 'drizzle-orm';
import { localDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { DEFAULT_MARKET, marketByCode } from '../../platform/markets.ts';
import { findUser } from '../accounts/accounts.store.ts';
import { findStatement } from '../compliance/list-statements.ts';
import { orderWithLines } from '../orders/order-queries.ts';
import {
  type AppealForm,
  appealMatches,
  appealWindowOpen,
  blockInForce,
  checkAppealForm,
  contestedDecision,
} from './review-moderation.rules.ts';
import { blocksOf } from './review-moderation.store.ts';
import { reviewDay } from './review-moderation-recipients.ts';
import { reviewAppeals, reviews } from './reviews.schema.ts';

/** Refused without saying which field was wrong: the form must not tell who wrote what. */
const noMatch = () =>
  new AppError(
    'UNPROCESSABLE',
    'No decision about a review matches this order number, review date and email',
    [{ field: 'orderNumber', message: 'matches no decision about your reviews' }],
  );

/**
 * The author contests a decision (DSA Art. 20) through the appeal form: their email, the order
 * number and the review's date identify the review, and so the decision in force about it (its
 * removal, its photos' rejection, or the author's block; `reference` picks the block's statement
 * when given). Signed in, only one's own decisions; one open appeal per decision. A person decides.
 */
export async function submitReviewAppeal(
  deps: { db: Db; clock: Clock },
  input: { form: Partial<Record<keyof AppealForm, unknown>>; reference?: string; userId: number | null },
): Promise<{ appealId: number; kind: 'removal' | 'photos' | 'block' }> {
  const checked = checkAppealForm(input.form);
  if (!checked.ok) throw AppError.invalid(checked.issues);
  const form = checked.value;
  return deps.db.transaction(async (tx) => {
    const order = await orderWithLines(tx, Number(form.orderNumber));
    if (!order) throw noMatch();
    const candidates = order.lines.length
      ? await tx
          .select()
          .from(reviews)
          .where(
            inArray(
              reviews.orderLineId,
              order.lines.map((l) => l.id),
            ),
          )
      : [];
    let matched: { review: (typeof candidates)[number]; userId: number } | null = null;
    for (const review of candidates) {
      const author = review.authorUserId ? await findUser(tx, review.authorUserId) : undefined;
      if (author && appealMatches(form, { authorEmail: author.email, submittedDay: reviewDay(review) }))
        matched = { review, userId: author.id };
    }
    if (!matched) throw noMatch();
    if (input.userId !== null && input.userId !== matched.userId)
      throw new AppError('FORBIDDEN', 'Only the author of a review can contest a decision about it');
    const now = deps.clock.now();
    const block = (await blocksOf(tx, matched.userId)).find((b) => blockInForce(b, now)) ?? null;
    const decision =
      block && input.reference && input.reference === block.statementId
        ? { statementId: block.statementId, kind: 'block' as const, reviewId: null, blockId: block.id }
        : contestedDecision({
            reviewId: matched.review.id,
            removalStatementId: matched.review.removalStatementId,
            photoStatementId: matched.review.photoStatementId,
            block: block && { id: block.id, statementId: block.statementId },
          });
    if (!decision) throw noMatch();
    const statement = await findStatement(tx, decision.statementId);
    const zone = (marketByCode(matched.review.market) ?? DEFAULT_MARKET).timeZone;
    if (statement && !appealWindowOpen(localDay(statement.effectiveAt, zone), localDay(now, zone)))
      throw new AppError('WINDOW_CLOSED', 'Decisions can be contested within 6 months');
    const [open] = await tx
      .select({ id: reviewAppeals.id })
      .from(reviewAppeals)
      .where(and(eq(reviewAppeals.statementId, decision.statementId), eq(reviewAppeals.status, 'open')))
      .limit(1);
    if (open) throw new AppError('CONFLICT', 'An appeal against this decision is already open');
    const [row] = await tx
      .insert(reviewAppeals)
      .values({
        statementId: decision.statementId,
        reviewId: decision.reviewId ?? matched.review.id,
        blockId: decision.blockId,
        appellantUserId: matched.userId,
        appellantEmail: form.email,
        orderNumber: form.orderNumber,
        reviewDate: form.reviewDate,
        explanation: form.explanation,
        status: 'open',
        receivedAt: now,
      })
      .returning({ id: reviewAppeals.id });
    return { appealId: row!.id, kind: decision.kind };
  });
}
