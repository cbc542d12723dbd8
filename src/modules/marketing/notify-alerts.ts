import { and, eq } from 'drizzle-orm';
import type { Deps } from '../../app/deps.ts';
import type { Job } from '../../platform/jobs.ts';
import { readerStorefront, userLocale } from '../accounts/recipient-locale.ts';
import { alertFires } from './alert.rules.ts';
import { alertsWithAWinner } from './alerts.read-model.ts';
import type { MarketingDeps } from './marketing.deps.ts';
import { alerts } from './marketing.schema.ts';
import { marketingEmails } from './marketing-emails.ts';

const BATCH = 500;

/**
 * Compares every active alert with its grade's buybox now and emails the person once when it
 * fires (back in stock, or at or below the target in the market's currency), in their language:
 * the alert turns fulfilled in the same transaction as its email, only if it is still active, so
 * two runs never send it twice. The person may re-arm it from their account.
 */
export async function notifyAlerts(
  deps: Pick<MarketingDeps, 'db' | 'clock' | 'mailer' | 'siteUrl'>,
): Promise<{ sent: number }> {
  const now = deps.clock.now();
  let sent = 0;
  let after = 0;
  for (;;) {
    const batch = await alertsWithAWinner(deps.db, after, BATCH);
    if (!batch.length) break;
    after = batch[batch.length - 1]!.id;
    for (const a of batch) {
      if (!alertFires({ ...a, status: 'active' }, a.buybox) || !a.buybox) continue;
      const buybox = a.buybox;
      const locale = userLocale({ language: a.language, market: a.accountMarket });
      const storefront = readerStorefront(locale, a.market);
      const done = await deps.db.transaction(async (tx) => {
        const [row] = await tx
          .update(alerts)
          .set({
            status: 'fulfilled',
            fulfilledAt: now,
            fulfilledPriceMinor: buybox.priceMinor,
            updatedAt: now,
          })
          .where(and(eq(alerts.id, a.id), eq(alerts.status, 'active')))
          .returning({ id: alerts.id });
        if (!row) return false;
        await deps.mailer.send(
          tx,
          marketingEmails.alertFired(
            { email: a.email, locale },
            {
              kind: a.kind,
              product: a.productName,
              grade: a.grade,
              priceMinor: buybox.priceMinor,
              targetMinor: a.targetMinor,
              currency: buybox.currency,
              productLink: deps.siteUrl(`/${storefront}/p/${a.productSlug}?grade=${a.grade}`),
              alertsLink: deps.siteUrl(`/${storefront}/account/alerts`),
            },
          ),
        );
        return true;
      });
      if (done) sent++;
    }
  }
  return { sent };
}

export const notifyAlertsJob = (deps: Deps): Job => ({
  name: 'notify-alerts',
  everyMs: 15 * 60_000,
  run: () => notifyAlerts(deps),
});
