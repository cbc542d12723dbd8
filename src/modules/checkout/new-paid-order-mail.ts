import type { Db } from '../../platform/db/client.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { afterSalesEmails } from '../after-sales/after-sales-emails.ts';
import { sellerTeamRecipients } from '../after-sales/after-sales-recipients.ts';
import { linesOfOrders } from '../orders/order-queries.ts';
import type { OrderRow } from '../orders/orders.types.ts';

/**
 * Each seller of a checkout just paid hears of its new order (issue 14), every member of its team
 * in their own language, in the payment's transaction: the email exists if and only if the
 * capture commits.
 */
export async function mailSellersNewPaidOrders(
  deps: { db: Db; mailer: Mailer; siteUrl: (path: string) => string },
  paidOrders: readonly Pick<
    OrderRow,
    'id' | 'sellerId' | 'currency' | 'itemsTotalMinor' | 'shippingTotalMinor'
  >[],
): Promise<void> {
  if (!paidOrders.length) return;
  const lines = await linesOfOrders(
    deps.db,
    paidOrders.map((o) => o.id),
  );
  for (const o of paidOrders) {
    const facts = {
      orderId: o.id,
      totalMinor: o.itemsTotalMinor + o.shippingTotalMinor,
      currency: o.currency,
      lines: lines.filter((l) => l.orderId === o.id),
      link: deps.siteUrl(`/seller/${o.sellerId}/orders/${o.id}`),
    };
    for (const to of await sellerTeamRecipients(deps.db, o.sellerId))
      await deps.mailer.send(deps.db, afterSalesEmails.newPaidOrder(to, facts));
  }
}
