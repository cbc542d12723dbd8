/**
 * Demo marketing (issue 16): the demo shopper chose the monthly newsletter (deals and new
 * arrivals, by email, an explicit opt-in a month ago) and watches a popular phone with a price
 * alert below its current price (/fr-fr/account/marketing, /fr-fr/account/alerts). Once.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Deps } from '../app/deps.ts';
import { users } from '../modules/accounts/accounts.schema.ts';
import { listings } from '../modules/catalog/catalog.schema.ts';
import { currentBuybox } from '../modules/marketing/alerts.read-model.ts';
import { createAlert } from '../modules/marketing/create-alert.ts';
import { loadPreferences } from '../modules/marketing/marketing.store.ts';
import { saveMarketingChoices } from '../modules/marketing/save-marketing-choices.ts';
import { DAY_MS } from '../platform/clock.ts';

export async function seedDemoMarketing(deps: Deps): Promise<boolean> {
  const [shopper] = await deps.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'shopper@reloop.example'));
  if (!shopper || (await loadPreferences(deps.db, shopper.id))) return false;
  const monthAgo = { now: () => new Date(deps.clock.now().getTime() - 30 * DAY_MS) };
  await saveMarketingChoices(
    { db: deps.db, clock: monthAgo },
    {
      userId: shopper.id,
      source: 'account',
      choices: {
        channels: { email: true, sms: false, push: false },
        categories: ['deals', 'new_arrivals'],
        frequency: 'monthly',
      },
    },
  );
  const popular = await deps.db
    .select({ productId: listings.productId })
    .from(listings)
    .where(and(eq(listings.market, 'FR')))
    .orderBy(desc(listings.orders30d))
    .limit(5);
  for (const { productId } of popular) {
    const buybox = await currentBuybox(deps.db, { productId, market: 'FR', grade: 'GOOD' });
    if (!buybox) continue;
    const target = Math.floor((buybox.priceMinor * 0.9) / 100) * 100;
    const r = await createAlert(deps, {
      userId: shopper.id,
      productId,
      market: 'FR',
      grade: 'GOOD',
      kind: 'price_below',
      targetMinor: target,
    });
    if (r.ok) return true;
  }
  return true;
}
