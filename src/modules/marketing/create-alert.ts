import { count, eq } from 'drizzle-orm';
import { marketByCode } from '../../platform/markets.ts';
import { type AlertInput, type AlertRefusal, refuseNewAlert } from './alert.rules.ts';
import { currentBuybox } from './alerts.read-model.ts';
import type { MarketingDeps } from './marketing.deps.ts';
import { alerts } from './marketing.schema.ts';

export type CreateAlertResult = { ok: true; alertId: number } | { ok: false; reason: AlertRefusal };

/**
 * A signed-in person asks to be emailed when a product's grade is back in stock, or sells at or
 * below a price, in one market (its currency). Refused when it would fire at once (the person can
 * buy now) or when the person already has too many alerts.
 */
export async function createAlert(
  deps: Pick<MarketingDeps, 'db' | 'clock'>,
  input: AlertInput & { userId: number; productId: string; market: string },
): Promise<CreateAlertResult> {
  const market = marketByCode(input.market);
  if (!market) throw new Error(`Unknown market ${input.market}`);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const [{ n } = { n: 0 }] = await tx
      .select({ n: count() })
      .from(alerts)
      .where(eq(alerts.userId, input.userId));
    const buybox = await currentBuybox(tx, {
      productId: input.productId,
      market: market.code,
      grade: input.grade,
    });
    const refusal = refuseNewAlert(input, buybox, { currency: market.currency, existing: n });
    if (refusal) return { ok: false, reason: refusal };
    const [row] = await tx
      .insert(alerts)
      .values({
        userId: input.userId,
        productId: input.productId,
        market: market.code,
        grade: input.grade,
        kind: input.kind,
        targetMinor: input.kind === 'price_below' ? input.targetMinor : null,
        currency: market.currency,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: alerts.id });
    return { ok: true, alertId: row!.id };
  });
}
