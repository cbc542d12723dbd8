import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { DEFAULT_MARKET, marketByCode } from '../../platform/markets.ts';
import { recipientLocale } from '../accounts/recipient-locale.ts';
import { checkouts } from './checkout.schema.ts';

/**
 * The locale a checkout's buyer reads its emails in (issue 13): a signed-in buyer's account
 * language (`recipientLocale`), a guest the checkout's market. The one place checkout, orders and
 * refunds decide it.
 */
export async function buyerLocale(
  db: Db,
  co: { buyerUserId: number | null; market: string },
): Promise<string> {
  const account = co.buyerUserId === null ? null : await recipientLocale(db, co.buyerUserId);
  return account ?? (marketByCode(co.market) ?? DEFAULT_MARKET).bcp47;
}

/** Who a checkout's emails go to and in which locale, or null for an unknown checkout. */
export async function checkoutRecipient(
  db: Db,
  checkoutId: string,
): Promise<{ email: string; locale: string } | null> {
  const [co] = await db
    .select({ email: checkouts.buyerEmail, buyerUserId: checkouts.buyerUserId, market: checkouts.market })
    .from(checkouts)
    .where(eq(checkouts.id, checkoutId));
  return co ? { email: co.email, locale: await buyerLocale(db, co) } : null;
}
