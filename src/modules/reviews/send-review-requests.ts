import type { Deps } from '../../app/deps.ts';
import type { Job } from '../../platform/jobs.ts';
import { DEFAULT_MARKET, marketByCode } from '../../platform/markets.ts';
import { readerStorefront, userLocale } from '../accounts/recipient-locale.ts';
import { reviewEmails } from './review-emails.ts';
import { signReviewRequest } from './review-request-token.ts';
import { requestLinkExpiresAt, reviewRequestCutoff } from './review-time.rules.ts';
import { linesDueForRequest } from './reviewable-lines.read-model.ts';
import type { ReviewsDeps } from './reviews.deps.ts';
import { reviewRequests } from './reviews.schema.ts';

const BATCH = 200;

/**
 * About 7 days after delivery, each buyer with an account is emailed a request to review the line
 * they received, in their language, with a signed link that opens the form without signing in
 * (60 days). Once per line (review_requests), never for a line already reviewed: idempotent.
 */
export async function sendReviewRequests(
  deps: Pick<ReviewsDeps, 'db' | 'clock' | 'secret' | 'mailer' | 'siteUrl'>,
): Promise<{ sent: number }> {
  const now = deps.clock.now();
  const due = await linesDueForRequest(deps.db, reviewRequestCutoff(now), BATCH);
  let sent = 0;
  for (const line of due) {
    const expiresAt = requestLinkExpiresAt(now);
    const token = signReviewRequest(deps.secret, {
      orderLineId: line.lineId,
      buyerUserId: line.buyerUserId,
      expiresAt,
    });
    const locale = userLocale({ language: line.language, market: line.accountMarket });
    const storefront = readerStorefront(locale, (marketByCode(line.market) ?? DEFAULT_MARKET).code);
    const claimed = await deps.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(reviewRequests)
        .values({ orderLineId: line.lineId, sentAt: now })
        .onConflictDoNothing()
        .returning({ id: reviewRequests.orderLineId });
      if (!row) return false;
      if (deps.mailer && deps.siteUrl) {
        await deps.mailer.send(
          tx,
          reviewEmails.request(
            { email: line.email, locale },
            {
              orderId: line.orderId,
              product: line.productName,
              link: deps.siteUrl(`/${storefront}/reviews/write?token=${encodeURIComponent(token)}`),
              expiresAt,
            },
          ),
        );
      }
      return true;
    });
    if (claimed) sent++;
  }
  return { sent };
}

export const sendReviewRequestsJob = (deps: Deps): Job => ({
  name: 'send-review-requests',
  everyMs: 60 * 60_000,
  run: () => sendReviewRequests(deps),
});
