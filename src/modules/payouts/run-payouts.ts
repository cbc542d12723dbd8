import { and, asc, eq, inArray } from 'drizzle-orm';
import { DAY_MS } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Job } from '../../platform/jobs.ts';
import type { CheckoutDeps } from '../checkout/checkout.deps.ts';
import { commissionVatReverseCharged } from '../checkout/payment-outcomes.ts';
import { DEFAULT_PLATFORM_VAT, payoutSent } from '../ledger/ledger.rules.ts';
import { postLedgerEntry } from '../ledger/post-ledger-entry.ts';
import { goodsRefundedUpTo, lineTotals } from '../refunds/refund.rules.ts';
import { refundsByLine } from '../refunds/refunds.store.ts';
import { getFeeSettings } from './fee-settings.ts';
import { orderSellerNet, payoutAmount } from './payout.rules.ts';
import {
  ledgerOwed,
  lockSellerForPayout,
  payoutCandidates,
  shippedOrdersWithLines,
} from './payout-run.read-model.ts';
import { payouts } from './payouts.schema.ts';

export type PayoutDeps = Pick<CheckoutDeps, 'db' | 'clock' | 'payments' | 'logger'>;
export type PayoutRunResult = { created: number; sent: number; pending: number };

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Σ orderSellerNet of the seller's orders in `currency` shipped at or before `cutoff`. */
async function eligibleNet(tx: Tx, sellerId: number, currency: string, cutoff: Date): Promise<number> {
  const vatRateBp = (await commissionVatReverseCharged(tx, sellerId)) ? 0 : DEFAULT_PLATFORM_VAT.rateBp;
  const { orders: os, lines } = await shippedOrdersWithLines(tx, { sellerId, currency, cutoff });
  if (!os.length) return 0;
  const refunded = await refundsByLine(
    tx,
    lines.map((l) => l.id),
  );
  let total = 0;
  for (const o of os) {
    const refundedGoodsMinor = lines
      .filter((l) => l.orderId === o.id)
      .reduce((s, l) => s + goodsRefundedUpTo(lineTotals(l), refunded.get(l.id)?.refundedMinor ?? 0), 0);
    total += orderSellerNet({
      goodsTotalMinor: o.itemsTotalMinor + o.shippingTotalMinor,
      commissionMinor: o.commissionMinor,
      refundedGoodsMinor,
      commissionVatRateBp: vatRateBp,
    });
  }
  return total;
}

/**
 * The payout job (rule: payout.rules.ts payoutAmount). Per seller and currency, in one transaction
 * holding the seller's row lock (two workers never pay the same seller twice): compute the amount
 * and insert a 'pending' payout covering orders shipped up to now − payout_delay_days. Then,
 * outside any transaction, ask the provider to transfer each pending payout (idempotency key
 * `payout-<id>`, so a payout left pending by a crash is retried safely on the next run); once it
 * answers, mark it 'sent' and post `payoutSent` in one transaction. Running it again finds nothing
 * new to pay: idempotent.
 *
 * TODO(payments): PaymentProvider has no plain "pay a seller from the platform balance" call;
 * `transferToSellers` is per succeeded payment (Stripe: transfers with source_transaction = the
 * charge). The sandbox accepts the payout id as reference; with Stripe the call fails and the
 * payout stays 'pending' (logged) — nothing is paid twice and the ledger is untouched — until the
 * provider gains a payout method (stripe.transfers.create to the connected account, no source).
 */
export async function runPayouts(deps: PayoutDeps): Promise<PayoutRunResult> {
  const now = deps.clock.now();
  const settings = await getFeeSettings(deps.db);
  const cutoff = new Date(now.getTime() - settings.payoutDelayDays * DAY_MS);
  const due = await payoutCandidates(deps.db, cutoff);
  let created = 0;
  for (const { sellerId, currency } of due) {
    const made = await deps.db.transaction(async (tx) => {
      await lockSellerForPayout(tx, sellerId);
      const previous = await tx
        .select({ amountMinor: payouts.amountMinor, status: payouts.status })
        .from(payouts)
        .where(
          and(
            eq(payouts.sellerId, sellerId),
            eq(payouts.currency, currency),
            inArray(payouts.status, ['pending', 'sent']),
          ),
        );
      const alreadyPaidMinor = previous.reduce((s, p) => s + p.amountMinor, 0);
      const unposted = previous.filter((p) => p.status === 'pending').reduce((s, p) => s + p.amountMinor, 0);
      const amount = payoutAmount({
        owedMinor: (await ledgerOwed(tx, sellerId, currency)) - unposted,
        eligibleMinor: await eligibleNet(tx, sellerId, currency, cutoff),
        alreadyPaidMinor,
      });
      if (amount <= 0) return false;
      await tx.insert(payouts).values({
        sellerId,
        amountMinor: amount,
        currency,
        status: 'pending',
        coversUntil: cutoff,
        createdAt: now,
      });
      return true;
    });
    if (made) created++;
  }

  const pending = await deps.db
    .select()
    .from(payouts)
    .where(eq(payouts.status, 'pending'))
    .orderBy(asc(payouts.id))
    .limit(500);
  let sent = 0;
  for (const p of pending) {
    let transferRef: string;
    try {
      const [r] = await deps.payments.transferToSellers({
        providerRef: `payout-${p.id}`,
        paymentId: `payout-${p.id}`,
        currency: p.currency,
        transfers: [{ sellerAccount: `seller_${p.sellerId}`, amountMinor: p.amountMinor }],
        idempotencyKey: `payout-${p.id}`,
      });
      if (!r) throw new Error('the provider returned no transfer');
      transferRef = r.transferRef;
    } catch (err) {
      deps.logger.warn({ err, payoutId: p.id }, 'payout transfer not made: left pending, retried next run');
      continue;
    }
    const ok = await deps.db.transaction(async (tx) => {
      const [row] = await tx
        .update(payouts)
        .set({ status: 'sent', providerRef: transferRef, sentAt: deps.clock.now() })
        .where(and(eq(payouts.id, p.id), eq(payouts.status, 'pending')))
        .returning({ id: payouts.id });
      if (!row) return false;
      await postLedgerEntry(
        tx,
        payoutSent({
          payoutId: String(p.id),
          sellerId: p.sellerId,
          amountMinor: p.amountMinor,
          currency: p.currency,
        }),
        deps.clock.now(),
      );
      return true;
    });
    if (ok) sent++;
  }
  return { created, sent, pending: pending.length - sent };
}

/** Hourly: cheap when nothing is due, and a payout never waits long after its delay. */
export function payoutsJob(deps: PayoutDeps): Job {
  return { name: 'payouts', everyMs: 60 * 60_000, run: () => runPayouts(deps) };
}
