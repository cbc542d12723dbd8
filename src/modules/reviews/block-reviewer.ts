import { AppError } from '../../platform/errors.ts';
import { findUser } from '../accounts/accounts.store.ts';
import { userLocale, userStorefront } from '../accounts/recipient-locale.ts';
import { issueStatementOfReasons } from '../compliance/issue-statement-of-reasons.ts';
import { FACTS_MAX } from './remove-review.ts';
import type { ModerationDeps } from './review-moderation.deps.ts';
import {
  BLOCK_DURATION_CODES,
  type BlockDuration,
  blockEndsAt,
  blockInForce,
  blockJustification,
  REPEATED_REMOVALS,
  REVIEW_RULES_GROUND,
} from './review-moderation.rules.ts';
import { blocksOf, removalsOfAuthor } from './review-moderation.store.ts';
import { reviewModerationEmails } from './review-moderation-emails.ts';
import { reviewerBlocks } from './reviews.schema.ts';

export type BlockReviewerInput = {
  userId: number;
  duration: string;
  facts: string;
  operatorUserId: number;
};

/**
 * An operator blocks a buyer's account from reviewing after serious or repeated violations
 * (review-moderation.rules.ts): for 30 or 90 days, or permanently. The statement of reasons is
 * issued in the same transaction and emailed with how to contest it (the same appeal form). A
 * blocked buyer cannot submit a review (the writing side reads reviewer_blocks).
 */
export async function blockReviewer(
  deps: ModerationDeps,
  input: BlockReviewerInput,
): Promise<{ blockId: number; statementId: string; until: Date | null }> {
  if (!(BLOCK_DURATION_CODES as readonly string[]).includes(input.duration))
    throw new AppError('UNPROCESSABLE', 'Unknown block duration', [
      { field: 'duration', message: `must be one of ${BLOCK_DURATION_CODES.join(', ')}` },
    ]);
  const duration = input.duration as BlockDuration;
  const facts = input.facts.trim();
  if (!facts || facts.length > FACTS_MAX)
    throw AppError.invalid([
      { field: 'facts', message: facts ? `must be at most ${FACTS_MAX} characters` : 'is required' },
    ]);
  return deps.db.transaction(async (tx) => {
    const user = await findUser(tx, input.userId);
    if (!user) throw AppError.notFound('User');
    const now = deps.clock.now();
    if ((await blocksOf(tx, user.id)).some((b) => blockInForce(b, now)))
      throw new AppError('CONFLICT', 'This account is already blocked from reviewing');
    const why = blockJustification(await removalsOfAuthor(tx, user.id), now);
    if (!why)
      throw new AppError(
        'NOT_ELIGIBLE',
        `A block needs a serious violation or ${REPEATED_REMOVALS} removals within 12 months`,
        [{ field: 'userId', message: 'has no serious or repeated violation' }],
      );
    const until = blockEndsAt(duration, now);
    const statement = await issueStatementOfReasons(
      { db: tx, clock: deps.clock },
      {
        subjectUserId: user.id,
        measure: until ? 'suspension_of_service' : 'termination_of_service',
        endsAt: until,
        reasonCode: `reviewer_block_${why}`,
        facts: `Account ${user.id} may no longer write reviews: ${facts}`,
        source: 'own_initiative',
        ground: { type: 'incompatible_terms', contractualGround: REVIEW_RULES_GROUND },
        explanation:
          why === 'serious'
            ? 'A review of this account was removed for a serious violation of the review rules.'
            : `${REPEATED_REMOVALS} or more reviews of this account were removed within 12 months for violations of the review rules.`,
        audience: 'user',
        decidedBy: input.operatorUserId,
      },
    );
    const [row] = await tx
      .insert(reviewerBlocks)
      .values({
        userId: user.id,
        until,
        statementId: statement.id,
        blockedAt: now,
        blockedBy: input.operatorUserId,
      })
      .returning({ id: reviewerBlocks.id });
    if (!user.closedAt)
      await deps.mailer.send(
        tx,
        reviewModerationEmails.statement(
          { email: user.email, locale: userLocale(user) },
          {
            kind: 'block',
            product: '',
            orderId: 0,
            reviewDate: '',
            criterion: why,
            facts,
            statementId: statement.id,
            until,
            link: deps.siteUrl(`/${userStorefront(user)}/reviews/appeal`),
          },
        ),
      );
    return { blockId: row!.id, statementId: statement.id, until };
  });
}
