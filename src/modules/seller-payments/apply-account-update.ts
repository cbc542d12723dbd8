import type { ProviderEvent } from '../payments/payment-provider.ts';
import type { SellerPaymentsDeps } from './seller-payments.deps.ts';
import { updateAccountStatus } from './seller-payments.store.ts';

/**
 * A verified `account.updated` provider event: records the seller's account status (payouts are
 * released once it is enabled, held again if the provider disables it). The caller stores the
 * event once (payment_events), so a redelivery has no second effect.
 */
export async function applyAccountUpdate(
  deps: Pick<SellerPaymentsDeps, 'db' | 'clock' | 'payments' | 'logger'>,
  event: ProviderEvent,
): Promise<'applied' | 'ignored'> {
  if (event.type !== 'account.updated' || !event.account) return 'ignored';
  const row = await updateAccountStatus(deps.db, {
    provider: deps.payments.name,
    account: event.account,
    at: deps.clock.now(),
  });
  if (!row) {
    deps.logger.warn(
      { event: event.id, account: event.providerRef },
      'account.updated for an unknown account',
    );
    return 'ignored';
  }
  return 'applied';
}
