/**
 * Demo DSA data (issue 16), through the real use cases, once: a seller suspended with its
 * statement of reasons (`suspendSeller`), a notice of illegal content waiting in the console queue
 * (`submitDsaNotice`), and a complaint waiting: the account the platform closed (demo-accounts.ts,
 * with its statement of reasons) contests the closure (`submitComplaint`). Nothing when notices
 * exist already.
 */
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Deps } from '../app/deps.ts';
import { users } from '../modules/accounts/accounts.schema.ts';
import { products } from '../modules/catalog/catalog.schema.ts';
import { dsaNotices } from '../modules/compliance/dsa-notices.schema.ts';
import { listStatementsForUser } from '../modules/compliance/list-statements.ts';
import { submitComplaint } from '../modules/compliance/submit-complaint.ts';
import { submitDsaNotice } from '../modules/compliance/submit-dsa-notice.ts';
import { offers } from '../modules/offers/offers.schema.ts';
import { suspendSeller } from '../modules/seller-onboarding/suspend-seller.ts';
import { sellers } from '../modules/sellers/sellers.schema.ts';

/** The demo seller suspended for incomplete trader information (not #1, the demo's own, nor #3). */
export const DEMO_SUSPENDED_SELLER_ID = 5;

export async function seedDemoDsa(deps: Deps): Promise<boolean> {
  const [{ n } = { n: 0 }] = await deps.db.select({ n: count() }).from(dsaNotices);
  if (n > 0) return false;
  const [admin] = await deps.db.select().from(users).where(eq(users.email, 'admin@reloop.example'));
  if (!admin) return false;

  const [seller] = await deps.db.select().from(sellers).where(eq(sellers.id, DEMO_SUSPENDED_SELLER_ID));
  if (seller?.status === 'active')
    await suspendSeller(deps, {
      operatorId: admin.id,
      sellerId: seller.id,
      input: {
        reason: 'incomplete_trader_data',
        details: 'The trade register number given at onboarding does not exist in the national register.',
      },
    });

  // A visitor reports an offer on sale (the demo seller's when it has one): a charger without CE marking.
  const [offer] = await deps.db
    .select({ id: offers.id, slug: products.slug })
    .from(offers)
    .innerJoin(products, eq(products.id, offers.productId))
    .innerJoin(sellers, eq(sellers.id, offers.sellerId))
    .where(and(eq(offers.published, true), eq(sellers.status, 'active')))
    .orderBy(sql`${offers.sellerId} <> 1`, asc(offers.id))
    .limit(1);
  if (offer)
    await submitDsaNotice(deps, {
      form: {
        contentKind: 'offer',
        url: deps.siteUrl(`/fr-fr/p/${offer.slug}?offer=${offer.id}`),
        category: 'unsafe_products',
        explanation:
          'The charger delivered with this phone has no CE marking and gets very hot after a few minutes.',
        name: 'Lucie Notifier',
        email: 'lucie.notifier@example.com',
        goodFaith: true,
      },
      market: 'FR',
      locale: 'fr-FR',
      userId: null,
    });

  // The account closed for scraping contests its closure (a closed account cannot sign in).
  const [closed] = await deps.db.select().from(users).where(eq(users.email, 'scraper@reloop.example'));
  const [closure] = closed ? await listStatementsForUser(deps.db, closed.id) : [];
  if (closed && closure)
    await submitComplaint(deps, {
      statementId: closure.id,
      email: closed.email,
      explanation:
        'I was testing my own price comparison tool at a reasonable pace; I did not mean to overload the site and will respect the limits.',
      userId: null,
      market: 'FR',
      locale: 'fr-FR',
    });
  return true;
}
