import { and, eq, gt } from 'drizzle-orm';
import { hashToken } from '../../platform/security/tokens.ts';
import type { MarketingDeps } from './marketing.deps.ts';
import { saleOptOutRequests } from './marketing.schema.ts';
import { activePersonByEmail } from './marketing-people.read-model.ts';
import { optOutOfSale } from './opt-out-of-sale.ts';

/**
 * The emailed link of a "do not sell or share" request is opened: the request is confirmed (kept
 * as the record for that address) and, when an active account has that email, the opt-out is
 * recorded on it too. Opening it again changes nothing. False: unknown or expired link.
 */
export async function confirmSaleOptOut(
  deps: Pick<MarketingDeps, 'db' | 'clock'>,
  input: { token: string },
): Promise<boolean> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(saleOptOutRequests)
      .where(
        and(eq(saleOptOutRequests.tokenHash, hashToken(input.token)), gt(saleOptOutRequests.expiresAt, now)),
      )
      .for('update');
    if (!request) return false;
    if (request.confirmedAt) return true;
    await tx
      .update(saleOptOutRequests)
      .set({ confirmedAt: now })
      .where(eq(saleOptOutRequests.id, request.id));
    const person = await activePersonByEmail(tx, request.email);
    if (person) await optOutOfSale({ db: tx, clock: deps.clock }, { userId: person.userId, source: 'email' });
    return true;
  });
}
