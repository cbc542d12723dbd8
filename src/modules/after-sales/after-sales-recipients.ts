/**
 * Who after-sales emails go to, each in their locale (issue 13): the buyer of an order (the
 * checkout's address, in the account's language: `checkoutRecipient`), the seller team (its
 * trader address and owners as `noticeRecipients` says, plus its staff in their own language;
 * several teams in one read), and the links they follow. Reads only, through the owners' query
 * functions and read models.
 */

import type { Db } from '../../platform/db/client.ts';
import { readerLocale } from '../../platform/i18n.ts';
import { type Mailer, type MailMessage, sendMessages } from '../../platform/mail/mailer.ts';
import { DEFAULT_MARKET, marketByCode } from '../../platform/markets.ts';
import { readerStorefront } from '../accounts/recipient-locale.ts';
import { buyerLocale, checkoutRecipient } from '../checkout/buyer-locale.ts';
import { findOrderLine } from '../orders/order-queries.ts';
import { noticeRecipientsOf } from '../seller-onboarding/seller-notices.ts';
import type { ItemFacts, Recipient } from './after-sales-emails.ts';
import { sellerTeams } from './seller-team-recipients.read-model.ts';

/** What a use case needs to send after-sales emails; without it (tests, tools) none is sent. */
export type AfterSalesMail = { mailer?: Mailer; siteUrl?: (path: string) => string };

/** Everyone of a seller team, once each: trader address and owners first, then staff. */
export async function sellerTeamRecipients(db: Db, sellerId: number): Promise<Recipient[]> {
  return (await sellerTeamsRecipients(db, [sellerId])).get(sellerId) ?? [];
}

/** `sellerTeamRecipients` of several sellers, in one read (a seller that does not exist: none). */
export async function sellerTeamsRecipients(
  db: Db,
  sellerIds: readonly number[],
): Promise<Map<number, Recipient[]>> {
  const out = new Map<number, Recipient[]>();
  for (const team of await sellerTeams(db, sellerIds)) {
    const { recipients } = noticeRecipientsOf(team, team.owners);
    const market = marketByCode(team.country) ?? DEFAULT_MARKET;
    const seen = new Set(recipients.map((r) => r.email));
    const staff: Recipient[] = [];
    for (const m of team.members) {
      const email = m.email.trim().toLowerCase();
      if (!email || seen.has(email)) continue;
      seen.add(email);
      staff.push({ email, locale: readerLocale(m.language, market) });
    }
    out.set(team.sellerId, [...recipients, ...staff]);
  }
  return out;
}

/** A line's facts for an email, its buyer, and the pages each side opens. */
export async function lineContext(db: Db, orderLineId: number, siteUrl: (path: string) => string) {
  const found = await findOrderLine(db, orderLineId);
  if (!found) return null;
  const { line, order } = found;
  // The checkout's address, in the language of the account the order belongs to.
  const checkout = await checkoutRecipient(db, order.checkoutId);
  const buyer = checkout && { email: checkout.email, locale: await buyerLocale(db, order) };
  // The buyer's link opens their market's storefront in the language they read.
  const storefront = buyer
    ? readerStorefront(buyer.locale, order.market)
    : (marketByCode(order.market) ?? DEFAULT_MARKET).locale;
  const facts = { orderId: order.id, product: line.productName };
  const at = (link: string): ItemFacts => ({ ...facts, link: siteUrl(link) });
  return {
    line,
    order,
    buyer,
    /** A care folder, as the buyer and as the seller open it. */
    buyerFolder: (folderId: number) => at(`/${storefront}/account/help/${folderId}`),
    sellerFolder: (folderId: number) => at(`/seller/${order.sellerId}/care/${folderId}`),
    /** The seller's returns and warranty claims. */
    sellerReturns: at(`/seller/${order.sellerId}/returns`),
    /** The buyer's order page. */
    forBuyer: at(`/${storefront}/orders/${order.checkoutId}`),
  };
}

/** Send each message through the outbox, in the caller's transaction (one insert). */
export async function sendAll(db: Db, mailer: Mailer, messages: readonly MailMessage[]): Promise<void> {
  await sendMessages(mailer, db, messages);
}

export type LineContext = NonNullable<Awaited<ReturnType<typeof lineContext>>>;

/**
 * The emails of one after-sales step on a line, built from its context and sent in `db` (the
 * step's transaction). Nothing when the deps carry no mailer.
 */
export async function mailAboutLine(
  db: Db,
  deps: AfterSalesMail,
  orderLineId: number,
  build: (ctx: LineContext) => Promise<MailMessage[]>,
): Promise<void> {
  if (!deps.mailer || !deps.siteUrl) return;
  const ctx = await lineContext(db, orderLineId, deps.siteUrl);
  if (!ctx) return;
  await sendAll(db, deps.mailer, await build(ctx));
}
