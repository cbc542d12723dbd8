import { eq } from 'drizzle-orm';
import { ensureSellerAccount } from './connect-seller-account.ts';
import type { SellerPaymentsDeps } from './seller-payments.deps.ts';
import { payoutBackingPayment } from './seller-payments.read-model.ts';
import { sellerPayoutTransfers } from './seller-payments.schema.ts';
import { accountEnabled, sellerAccount } from './seller-payments.store.ts';

export type PayOutSellerInput = { payoutId: number; sellerId: number; amountMinor: number; currency: string };
export type PayOutSellerResult =
  | { ok: true; transferRef: string }
  /** Nothing was sent: the seller has no connected account, or it is not enabled yet. */
  | { ok: false; held: 'no_account' | 'not_enabled' };

/**
 * Sends one payout to the seller's connected account: one transfer, grouped `payout-<id>` (also
 * its idempotency key, so a payout retried after a crash is sent once), tied to the charge of the
 * payment backing it when one does. Held while the seller has no enabled account; with the
 * sandbox the seller gets its test account (enabled at once) on first payout. Throws when the
 * provider cannot be reached: the caller leaves the payout pending and retries.
 */
export async function payOutSeller(
  deps: SellerPaymentsDeps,
  input: PayOutSellerInput,
): Promise<PayOutSellerResult> {
  const [done] = await deps.db
    .select({ transferRef: sellerPayoutTransfers.transferRef })
    .from(sellerPayoutTransfers)
    .where(eq(sellerPayoutTransfers.payoutId, input.payoutId));
  if (done) return { ok: true, transferRef: done.transferRef };

  const provider = deps.payments.name;
  const account =
    provider === 'sandbox'
      ? await ensureSellerAccount(deps, { sellerId: input.sellerId })
      : await sellerAccount(deps.db, input.sellerId, provider);
  if (!account) return { ok: false, held: 'no_account' };
  if (!accountEnabled(account)) return { ok: false, held: 'not_enabled' };

  const group = `payout-${input.payoutId}`;
  const sourcePaymentRef = await payoutBackingPayment(deps.db, { ...input, provider });
  const transfer = await deps.payments.transferToAccount({
    payoutId: String(input.payoutId),
    accountRef: account.accountRef,
    amountMinor: input.amountMinor,
    currency: input.currency,
    transferGroup: group,
    sourcePaymentRef,
    idempotencyKey: group,
  });
  await deps.db
    .insert(sellerPayoutTransfers)
    .values({
      payoutId: input.payoutId,
      sellerId: input.sellerId,
      provider,
      accountRef: account.accountRef,
      transferRef: transfer.transferRef,
      transferGroup: group,
      sourcePaymentRef,
      sourceTransaction: transfer.sourceTransaction,
      amountMinor: input.amountMinor,
      currency: input.currency,
      createdAt: deps.clock.now(),
    })
    .onConflictDoNothing({ target: sellerPayoutTransfers.payoutId });
  return { ok: true, transferRef: transfer.transferRef };
}
