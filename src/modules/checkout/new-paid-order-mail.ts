import type { Db } from '../../platform/db/client.ts';
import { type Mailer, type MailMessage, sendMessages } from '../../platform/mail/mailer.ts';
import { afterSalesEmails } from '../after-sales/after-sales-emails.ts';
import { sellerTeamsRecipients } from '../after-sales/after-sales-recipients.ts';
import { linesOfOrders } from '../orders/order-queries.ts';
import type { OrderLineRow, OrderRow } from '../orders/orders.types.ts';

type PaidOrder = Pick<OrderRow, 'id' | 'sellerId' | 'currency' | 'itemsTotalMinor' | 'shippingTotalMinor'>;

/**
 * Each seller of a checkout just paid hears of its new order (issue 14), every member of its team
 * in their own language, in the payment's transaction: the email exists if and only if the
 * capture commits.
 */
export async function mailSellersNewPaidOrders(
  deps: { db: Db; mailer: Mailer; siteUrl: (path: string) => string },
  paidOrders: readonly PaidOrder[],
  /** Their lines, when the caller has them (else read). */
  known?: readonly OrderLineRow[],
): Promise<void> {
  await sendMessages(deps.mailer, deps.db, await newPaidOrderMails(deps, paidOrders, known));
}

/** The emails of `mailSellersNewPaidOrders`, for a caller that sends them with others. */
export async function newPaidOrderMails(
  deps: { db: Db; siteUrl: (path: string) => string },
  paidOrders: readonly PaidOrder[],
  known?: readonly OrderLineRow[],
): Promise<MailMessage[]> {
  if (!paidOrders.length) return [];
  const lines =
    known ??
    (await linesOfOrders(
      deps.db,
      paidOrders.map((o) => o.id),
    ));
  const teams = await sellerTeamsRecipients(
    deps.db,
    paidOrders.map((o) => o.sellerId),
  );
  return paidOrders.flatMap((o) => {
    const facts = {
      orderId: o.id,
      totalMinor: o.itemsTotalMinor + o.shippingTotalMinor,
      currency: o.currency,
      lines: lines.filter((l) => l.orderId === o.id),
      link: deps.siteUrl(`/seller/${o.sellerId}/orders/${o.id}`),
    };
    return (teams.get(o.sellerId) ?? []).map((to) => afterSalesEmails.newPaidOrder(to, facts));
  });
}
