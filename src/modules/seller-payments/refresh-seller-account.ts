import type { SellerPaymentsDeps } from './seller-payments.deps.ts';
import { type SellerPaymentAccount, sellerAccount, updateAccountStatus } from './seller-payments.store.ts';

/**
 * Reads the seller's account status from the provider (after the onboarding form, or when the
 * seller looks at the page) and records it. Null when the seller has not connected an account.
 */
export async function refreshSellerAccount(
  deps: SellerPaymentsDeps,
  input: { sellerId: number },
): Promise<SellerPaymentAccount | null> {
  const known = await sellerAccount(deps.db, input.sellerId, deps.payments.name);
  if (!known) return null;
  const account = await deps.payments.connectedAccount(known.accountRef);
  return updateAccountStatus(deps.db, { provider: deps.payments.name, account, at: deps.clock.now() });
}
