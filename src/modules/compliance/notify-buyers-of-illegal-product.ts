import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { checkoutRecipient } from '../checkout/buyer-locale.ts';
import { findSeller } from '../sellers/sellers.store.ts';
import { buyerWindowStart } from './complaint.rules.ts';
import { buyersOfProduct, productNames } from './dsa-content.read-model.ts';
import { dsaEmails } from './dsa-emails.ts';
import { storefrontFor } from './dsa-links.ts';
import { productSafetyNotices } from './dsa-notices.schema.ts';

export type IllegalProductInput = {
  productId: string;
  /** The trader who sold it (null: every seller of the product). */
  sellerId: number | null;
  /** One offer only (null: every offer of the product, of that seller if given). */
  offerId: number | null;
  noticeId: number | null;
  illegality: string;
  legalGround: string;
  /** Publish the notice on the product page even if every buyer was reached. */
  publish: boolean;
  operatorUserId: number;
};

/** An address that reaches no one (an erased account's placeholder). */
const unreachable = (email: string) => !email.trim() || /\.invalid$/i.test(email.trim());

/**
 * DSA Art. 32: Reloop learned that a product sold through it is illegal. Every buyer of the last
 * six months (paid orders; of that seller or offer when given) is emailed, in their language, the
 * trader's identity, what is illegal and their redress; when some cannot be reached (or the
 * operator asks) the notice is published on the product page. Recorded in
 * product_safety_notices with the counts.
 */
export async function notifyBuyersOfIllegalProduct(
  deps: { db: Db; clock: Clock; mailer: Mailer; siteUrl: (path: string) => string },
  input: IllegalProductInput,
): Promise<{ noticeId: number; notified: number; withoutContact: number; published: boolean }> {
  const illegality = input.illegality.trim();
  const legalGround = input.legalGround.trim();
  const issues: FieldIssue[] = [];
  if (!illegality || illegality.length > 2000)
    issues.push({
      field: 'illegality',
      message: 'say what is illegal about the product (at most 2000 characters)',
    });
  if (!legalGround || legalGround.length > 500)
    issues.push({ field: 'legalGround', message: 'name the law it breaks (at most 500 characters)' });
  if (issues.length) throw AppError.invalid(issues);
  const product = (await productNames(deps.db, [input.productId])).get(input.productId);
  if (!product) throw AppError.notFound('Product');
  const now = deps.clock.now();
  const buyers = await buyersOfProduct(deps.db, {
    productId: input.productId,
    sellerId: input.sellerId,
    offerId: input.offerId,
    from: buyerWindowStart(now),
    to: now,
  });
  return deps.db.transaction(async (tx) => {
    let notified = 0;
    let withoutContact = 0;
    const traders = new Map<number, string>();
    for (const b of buyers) {
      const to = await checkoutRecipient(tx, b.checkoutId);
      if (!to || unreachable(to.email)) {
        withoutContact++;
        continue;
      }
      if (!traders.has(b.sellerId)) {
        const s = await findSeller(tx, b.sellerId);
        traders.set(
          b.sellerId,
          s
            ? `${s.legalName} (${s.name}), ${s.addressLine}, ${s.postalCode} ${s.city}, ${s.country} — ${s.email}, ${s.phone}`
            : `#${b.sellerId}`,
        );
      }
      await deps.mailer.send(
        tx,
        dsaEmails.illegalProductBought(to, {
          product,
          orderId: b.orderId,
          orderedAt: b.orderedAt,
          trader: traders.get(b.sellerId)!,
          illegality,
          legalGround,
          link: deps.siteUrl(`/${storefrontFor(to.locale, b.market)}/contact`),
        }),
      );
      notified++;
    }
    const published = input.publish || withoutContact > 0;
    const [row] = await tx
      .insert(productSafetyNotices)
      .values({
        productId: input.productId,
        sellerId: input.sellerId,
        noticeId: input.noticeId,
        illegality,
        legalGround,
        buyersNotified: notified,
        buyersWithoutContact: withoutContact,
        published,
        createdBy: input.operatorUserId,
        createdAt: now,
      })
      .returning({ id: productSafetyNotices.id });
    return { noticeId: row!.id, notified, withoutContact, published };
  });
}
