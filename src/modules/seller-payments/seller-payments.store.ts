/** SQL shared by the seller-payments use cases; writes only this module's tables. */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { ConnectedAccount, PaymentProvider } from '../payments/payment-provider.ts';
import { sellerPaymentAccounts, sellerTransferReversals } from './seller-payments.schema.ts';

export type SellerPaymentAccount = typeof sellerPaymentAccounts.$inferSelect;
type ProviderName = PaymentProvider['name'];

/** Payouts may go to the account only when both are true. */
export const accountEnabled = (a: Pick<SellerPaymentAccount, 'transfersEnabled' | 'payoutsEnabled'>) =>
  a.transfersEnabled && a.payoutsEnabled;

/** The seller's connected account at `provider`, or null when the seller has not connected one. */
export async function sellerAccount(
  db: Pick<Db, 'select'>,
  sellerId: number,
  provider: ProviderName,
): Promise<SellerPaymentAccount | null> {
  const [row] = await db
    .select()
    .from(sellerPaymentAccounts)
    .where(and(eq(sellerPaymentAccounts.sellerId, sellerId), eq(sellerPaymentAccounts.provider, provider)));
  return row ?? null;
}

/** Records (or refreshes) the seller's account as the provider described it. */
export async function saveSellerAccount(
  db: Db,
  a: { sellerId: number; provider: ProviderName; account: ConnectedAccount; at: Date },
): Promise<SellerPaymentAccount> {
  const status = {
    accountRef: a.account.accountRef,
    transfersEnabled: a.account.transfersEnabled,
    payoutsEnabled: a.account.payoutsEnabled,
    detailsSubmitted: a.account.detailsSubmitted,
    requirementsDue: a.account.requirementsDue,
    testMode: a.account.testMode,
    updatedAt: a.at,
  };
  const [row] = await db
    .insert(sellerPaymentAccounts)
    .values({ sellerId: a.sellerId, provider: a.provider, createdAt: a.at, ...status })
    .onConflictDoUpdate({
      target: [sellerPaymentAccounts.sellerId, sellerPaymentAccounts.provider],
      set: status,
    })
    .returning();
  return row!;
}

/** Updates the status of a known account; null when no seller has it. */
export async function updateAccountStatus(
  db: Db,
  a: { provider: ProviderName; account: ConnectedAccount; at: Date },
): Promise<SellerPaymentAccount | null> {
  const [row] = await db
    .update(sellerPaymentAccounts)
    .set({
      transfersEnabled: a.account.transfersEnabled,
      payoutsEnabled: a.account.payoutsEnabled,
      detailsSubmitted: a.account.detailsSubmitted,
      requirementsDue: a.account.requirementsDue,
      updatedAt: a.at,
    })
    .where(
      and(
        eq(sellerPaymentAccounts.provider, a.provider),
        eq(sellerPaymentAccounts.accountRef, a.account.accountRef),
      ),
    )
    .returning();
  return row ?? null;
}

/**
 * What reversals have taken back from the seller's payouts in `currency` (completed ones only):
 * the payout job counts it as not paid.
 */
export async function reversedPayoutMinor(
  db: Pick<Db, 'select'>,
  sellerId: number,
  currency: string,
): Promise<number> {
  const [row] = await db
    .select({ s: sql<string>`coalesce(sum(${sellerTransferReversals.amountMinor}), 0)` })
    .from(sellerTransferReversals)
    .where(
      and(
        eq(sellerTransferReversals.sellerId, sellerId),
        eq(sellerTransferReversals.currency, currency),
        eq(sellerTransferReversals.status, 'done'),
      ),
    );
  return Number(row!.s);
}
