import { isNull } from 'drizzle-orm';
import type { MarketingDeps } from './marketing.deps.ts';
import { marketingPreferences } from './marketing.schema.ts';

export type SaleOptOutSource = 'account' | 'gpc' | 'email';

/**
 * A person opts out of the sale and sharing of their personal information (CCPA/CPRA, US market):
 * recorded on their account with its time and how it came (the page's button, the browser's
 * Global Privacy Control signal, a confirmed email request). The first opt-out is kept;
 * idempotent. Reloop sells nothing: the record makes that a promise to this person.
 */
export async function optOutOfSale(
  deps: Pick<MarketingDeps, 'db' | 'clock'>,
  input: { userId: number; source: SaleOptOutSource },
): Promise<void> {
  const now = deps.clock.now();
  await deps.db
    .insert(marketingPreferences)
    .values({ userId: input.userId, saleOptOutAt: now, saleOptOutSource: input.source, updatedAt: now })
    .onConflictDoUpdate({
      target: marketingPreferences.userId,
      set: { saleOptOutAt: now, saleOptOutSource: input.source, updatedAt: now },
      setWhere: isNull(marketingPreferences.saleOptOutAt),
    });
}
