import { AppError } from '../../platform/errors.ts';
import type { SellerPaymentsDeps } from './seller-payments.deps.ts';
import { sellerIdentity } from './seller-payments.read-model.ts';
import { type SellerPaymentAccount, saveSellerAccount, sellerAccount } from './seller-payments.store.ts';

export type ConnectSellerAccountInput = {
  sellerId: number;
  /** Where the seller lands after the provider's onboarding form. */
  returnUrl: string;
  /** Where the provider sends the seller when the link has expired (a new link is made there). */
  refreshUrl: string;
};

/**
 * The seller's connected account at the current provider, opened on first use (one per seller
 * and provider: the idempotency key makes two clicks open one account).
 */
export async function ensureSellerAccount(
  deps: SellerPaymentsDeps,
  input: { sellerId: number },
): Promise<SellerPaymentAccount> {
  const existing = await sellerAccount(deps.db, input.sellerId, deps.payments.name);
  if (existing) return existing;
  const seller = await sellerIdentity(deps.db, input.sellerId);
  if (!seller) throw AppError.notFound('Seller');
  const account = await deps.payments.createConnectedAccount({
    sellerId: seller.id,
    email: seller.email,
    country: seller.country,
    businessName: seller.legalName,
    idempotencyKey: `connect-seller-${seller.id}`,
  });
  return saveSellerAccount(deps.db, {
    sellerId: seller.id,
    provider: deps.payments.name,
    account,
    at: deps.clock.now(),
  });
}

/** Opens (or reuses) the seller's connected account and returns a link to the provider's onboarding. */
export async function connectSellerAccount(
  deps: SellerPaymentsDeps,
  input: ConnectSellerAccountInput,
): Promise<{ url: string; account: SellerPaymentAccount }> {
  const account = await ensureSellerAccount(deps, input);
  const { url } = await deps.payments.accountLink({
    accountRef: account.accountRef,
    returnUrl: input.returnUrl,
    refreshUrl: input.refreshUrl,
  });
  return { url, account };
}
