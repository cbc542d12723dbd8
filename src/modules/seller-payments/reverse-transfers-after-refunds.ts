import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Job } from '../../platform/jobs.ts';
import { postLedgerEntry } from '../ledger/post-ledger-entry.ts';
import { ledgerOwed } from '../payouts/payout-run.read-model.ts';
import { lockSellerMoney } from '../refunds/seller-money-lock.ts';
import { payoutReversed } from './payout-reversal.rules.ts';
import type { SellerPaymentsDeps } from './seller-payments.deps.ts';
import { sellersRefundedAfterPayout } from './seller-payments.read-model.ts';
import { sellerPayoutTransfers, sellerTransferReversals } from './seller-payments.schema.ts';

/**
 * When a refund follows a payout, the seller has been paid money the buyer got back: the ledger
 * says Reloop is owed (seller_payable below zero). Take that back from the seller's latest
 * transfers (provider transfer reversals) instead of waiting for future sales to cover it.
 *
 * Per seller and currency, under the seller's money lock (the one refunds and payouts take: a payout run never computes against a
 * half-made reversal): plan the reversals as 'pending' rows. Then, outside any transaction, ask
 * the provider for each pending reversal (idempotency key `transfer-reversal-<id>`, so a crash is
 * retried safely); once it answers, mark it done, add it to the transfer and post
 * `payoutReversed` in one transaction. Idempotent: run again, nothing more is owed.
 */
export async function reverseTransfersAfterRefunds(deps: SellerPaymentsDeps): Promise<{ reversed: number }> {
  const provider = deps.payments.name;
  for (const { sellerId, currency } of await sellersRefundedAfterPayout(deps.db)) {
    await deps.db.transaction(async (tx) => {
      await lockSellerMoney(tx, sellerId);
      const pendingRows = await tx
        .select({
          transferId: sellerTransferReversals.transferId,
          amountMinor: sellerTransferReversals.amountMinor,
        })
        .from(sellerTransferReversals)
        .where(
          and(
            eq(sellerTransferReversals.sellerId, sellerId),
            eq(sellerTransferReversals.currency, currency),
            eq(sellerTransferReversals.status, 'pending'),
          ),
        );
      const pendingOn = (transferId: number) =>
        pendingRows.filter((r) => r.transferId === transferId).reduce((s, r) => s + r.amountMinor, 0);
      let toTake =
        -(await ledgerOwed(tx, sellerId, currency)) - pendingRows.reduce((s, r) => s + r.amountMinor, 0);
      if (toTake <= 0) return;
      const transfers = await tx
        .select()
        .from(sellerPayoutTransfers)
        .where(
          and(
            eq(sellerPayoutTransfers.sellerId, sellerId),
            eq(sellerPayoutTransfers.currency, currency),
            eq(sellerPayoutTransfers.provider, provider),
          ),
        )
        .orderBy(desc(sellerPayoutTransfers.id));
      for (const tr of transfers) {
        const take = Math.min(toTake, tr.amountMinor - tr.reversedMinor - pendingOn(tr.id));
        if (take <= 0) continue;
        await tx.insert(sellerTransferReversals).values({
          transferId: tr.id,
          sellerId,
          amountMinor: take,
          currency,
          status: 'pending',
          reason: 'refund after payout',
          createdAt: deps.clock.now(),
        });
        toTake -= take;
        if (toTake === 0) break;
      }
      // Whatever no transfer can cover stays on the seller's balance, netted from later payouts.
    });
  }

  const pending = await deps.db
    .select({
      id: sellerTransferReversals.id,
      sellerId: sellerTransferReversals.sellerId,
      amountMinor: sellerTransferReversals.amountMinor,
      currency: sellerTransferReversals.currency,
      reason: sellerTransferReversals.reason,
      transferId: sellerPayoutTransfers.id,
      transferRef: sellerPayoutTransfers.transferRef,
    })
    .from(sellerTransferReversals)
    .innerJoin(sellerPayoutTransfers, eq(sellerPayoutTransfers.id, sellerTransferReversals.transferId))
    .where(and(eq(sellerTransferReversals.status, 'pending'), eq(sellerPayoutTransfers.provider, provider)))
    .orderBy(asc(sellerTransferReversals.id))
    .limit(500);
  let reversed = 0;
  for (const r of pending) {
    let reversalRef: string;
    try {
      reversalRef = (
        await deps.payments.reverseTransfer({
          transferRef: r.transferRef,
          amountMinor: r.amountMinor,
          idempotencyKey: `transfer-reversal-${r.id}`,
          reason: r.reason,
        })
      ).reversalRef;
    } catch (err) {
      deps.logger.warn(
        { err, reversalId: r.id },
        'transfer reversal not made: left pending, retried next run',
      );
      continue;
    }
    const ok = await deps.db.transaction(async (tx) => {
      const [row] = await tx
        .update(sellerTransferReversals)
        .set({ status: 'done', reversalRef, doneAt: deps.clock.now() })
        .where(and(eq(sellerTransferReversals.id, r.id), eq(sellerTransferReversals.status, 'pending')))
        .returning({ id: sellerTransferReversals.id });
      if (!row) return false;
      await tx
        .update(sellerPayoutTransfers)
        .set({ reversedMinor: sql`${sellerPayoutTransfers.reversedMinor} + ${r.amountMinor}` })
        .where(eq(sellerPayoutTransfers.id, r.transferId));
      await postLedgerEntry(
        tx,
        payoutReversed({
          reversalId: String(r.id),
          sellerId: r.sellerId,
          amountMinor: r.amountMinor,
          currency: r.currency,
        }),
        deps.clock.now(),
      );
      return true;
    });
    if (ok) reversed++;
  }
  return { reversed };
}

/** Hourly, like payouts: a refund after a payout is taken back within the hour. */
export function transferReversalsJob(deps: SellerPaymentsDeps): Job {
  return { name: 'transfer-reversals', everyMs: 60 * 60_000, run: () => reverseTransfersAfterRefunds(deps) };
}
