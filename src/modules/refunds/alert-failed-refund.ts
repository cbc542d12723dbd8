import { checkoutRecipient } from '../checkout/buyer-locale.ts';
import type { CheckoutDeps } from '../checkout/checkout.deps.ts';
import { refundAlertRecipients } from './refund-alerts.read-model.ts';
import {
  type FailedRefundFacts,
  refundFailedBuyerEmail,
  refundFailedOperatorEmail,
} from './refund-emails.ts';

/**
 * Tell the operators (support and admins) and, unless `buyer: false`, the buyer that a refund did
 * not reach the buyer: refused by the provider at once, or failed after it counted. One outbox
 * transaction (delivered by the mail job). Every kind of refund goes through here, so a failure is
 * never only a log line; the console's failed-refunds page lists it until it is retried.
 */
export async function alertFailedRefund(
  deps: Pick<CheckoutDeps, 'db' | 'mailer' | 'siteUrl' | 'logger'>,
  input: { facts: FailedRefundFacts; buyer?: boolean; source: string },
): Promise<void> {
  const f = input.facts;
  const buyer = input.buyer === false ? null : await checkoutRecipient(deps.db, f.checkoutId);
  const consoleUrl = deps.siteUrl(f.orderId ? `/console/orders/${f.orderId}` : '/console/refunds');
  await deps.db.transaction(async (tx) => {
    for (const to of await refundAlertRecipients(tx)) {
      await deps.mailer.send(tx, refundFailedOperatorEmail(to, f, consoleUrl));
    }
    if (buyer) await deps.mailer.send(tx, refundFailedBuyerEmail(buyer, f));
  });
  deps.logger.error(
    {
      refundId: f.refundId,
      what: f.what,
      how: f.how,
      orderId: f.orderId,
      source: input.source,
      message: f.message,
    },
    f.how === 'reversed'
      ? 'refund failed at the provider: reversed, operators alerted'
      : 'refund refused by the provider: operators alerted',
  );
}
