/**
 * Read model for availability and price alerts: the buybox of a product's grade in a market (the
 * materialised winners of the offers module, with the winning offer's currency), the product an
 * alert is about (catalog), and who set it (accounts: email, language, market). Serves the alert
 * form, the account page and the alerts job; never writes.
 */
import { and, asc, desc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { users } from '../accounts/accounts.schema.ts';
import { products } from '../catalog/catalog.schema.ts';
import { buyboxWinners, offerPrices } from '../offers/offers.schema.ts';
import { processingNotRestricted } from '../privacy/processing-choices.read-model.ts';
import type { CurrentBuybox } from './alert.rules.ts';
import { alerts } from './marketing.schema.ts';

/** The product an alert form is about, by its slug, or null. */
export async function alertProduct(
  db: Db,
  slug: string,
): Promise<{ id: string; slug: string; name: string } | null> {
  const [row] = await db
    .select({ id: products.id, slug: products.slug, name: products.name })
    .from(products)
    .where(eq(products.slug, slug))
    .limit(1);
  return row ?? null;
}

/** The winner's price of one product, grade and market now, or null when nobody sells it. */
export async function currentBuybox(
  db: Db,
  q: { productId: string; market: string; grade: string },
): Promise<CurrentBuybox> {
  const [row] = await db
    .select({ priceMinor: buyboxWinners.priceMinor, currency: offerPrices.currency })
    .from(buyboxWinners)
    .innerJoin(
      offerPrices,
      and(eq(offerPrices.offerId, buyboxWinners.offerId), eq(offerPrices.market, buyboxWinners.market)),
    )
    .where(
      and(
        eq(buyboxWinners.productId, q.productId),
        eq(buyboxWinners.market, q.market),
        eq(buyboxWinners.grade, q.grade),
      ),
    )
    .limit(1);
  return row ?? null;
}

export type AlertView = typeof alerts.$inferSelect & { productName: string; productSlug: string };

/** A person's alerts, newest first, with their product. */
export async function alertsOf(db: Db, userId: number, alertId?: number): Promise<AlertView[]> {
  const rows = await db
    .select({ alert: alerts, productName: products.name, productSlug: products.slug })
    .from(alerts)
    .innerJoin(products, eq(products.id, alerts.productId))
    .where(and(eq(alerts.userId, userId), alertId === undefined ? undefined : eq(alerts.id, alertId)))
    .orderBy(desc(alerts.id));
  return rows.map((r) => ({ ...r.alert, productName: r.productName, productSlug: r.productSlug }));
}

export type WatchedAlert = {
  id: number;
  userId: number;
  kind: 'back_in_stock' | 'price_below';
  targetMinor: number | null;
  currency: string;
  market: string;
  grade: string;
  productName: string;
  productSlug: string;
  email: string;
  language: string | null;
  accountMarket: string;
  buybox: CurrentBuybox;
};

/**
 * Active alerts of active accounts whose grade has a winner now, in id order from `afterId`:
 * what the job compares (an alert on a grade nobody sells cannot fire).
 */
export async function alertsWithAWinner(db: Db, afterId: number, limit: number): Promise<WatchedAlert[]> {
  const rows = await db
    .select({
      id: alerts.id,
      userId: alerts.userId,
      kind: alerts.kind,
      targetMinor: alerts.targetMinor,
      currency: alerts.currency,
      market: alerts.market,
      grade: alerts.grade,
      productName: products.name,
      productSlug: products.slug,
      email: users.email,
      language: users.language,
      accountMarket: users.market,
      priceMinor: buyboxWinners.priceMinor,
      buyboxCurrency: offerPrices.currency,
    })
    .from(alerts)
    .innerJoin(users, eq(users.id, alerts.userId))
    .innerJoin(products, eq(products.id, alerts.productId))
    .innerJoin(
      buyboxWinners,
      and(
        eq(buyboxWinners.productId, alerts.productId),
        eq(buyboxWinners.market, alerts.market),
        eq(buyboxWinners.grade, alerts.grade),
      ),
    )
    .innerJoin(
      offerPrices,
      and(eq(offerPrices.offerId, buyboxWinners.offerId), eq(offerPrices.market, buyboxWinners.market)),
    )
    .where(
      and(
        eq(alerts.status, 'active'),
        eq(users.status, 'active'),
        // Restricted processing (GDPR Art. 18): the alert waits, and fires once it is lifted.
        processingNotRestricted(users.id),
        gt(alerts.id, afterId),
      ),
    )
    .orderBy(asc(alerts.id))
    .limit(limit);
  return rows.map(({ priceMinor, buyboxCurrency, ...r }) => ({
    ...r,
    buybox: { priceMinor, currency: buyboxCurrency },
  }));
}
