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
import { lockSellerMoney } from '../refunds/seller-money-lock.ts';
import { payOutSeller } from '../seller-payments/pay-out-seller.ts';
import { reversedPayoutMinor } from '../seller-payments/seller-payments.store.ts';
import { getFeeSettings } from './fee-settings.ts';
import { orderSellerNet, payoutAmount } from './payout.rules.ts';
import {
  ledgerFeesCharged,
  ledgerOwed,
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
      .reduce(
        (s, l) =>
          s +
          goodsRefundedUpTo(
            lineTotals(l, { insuranceRefundedMinor: refunded.get(l.id)?.insuranceRefundedMinor ?? 0 }),
            refunded.get(l.id)?.refundedMinor ?? 0,
          ),
        0,
      );
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
 * holding the seller's money lock (refunds/seller-money-lock.ts, the one refunds and monthly fees
 * take: two workers never pay the same seller twice, and no refund or fee commits between the
 * reads below): compute the amount from the funds of orders shipped up to now − payout_delay_days,
 * net of refunds and fees, and insert a 'pending' payout covering them. Then,
 * outside any transaction, ask the provider to transfer each pending payout (idempotency key
 * `payout-<id>`, so a payout left pending by a crash is retried safely on the next run); once it
 * answers, mark it 'sent' and post `payoutSent` in one transaction. Running it again finds nothing
 * new to pay: idempotent.
 *
 * The transfer goes to the seller's connected account (seller-payments `payOutSeller`: Stripe
 * Connect `acct_…`, transfer group `payout-<id>`); a payout stays 'pending' while the seller has
 * no enabled account. Money taken back by transfer reversals (a refund after a payout) counts as
 * not paid.
 */
export async function runPayouts(deps: PayoutDeps): Promise<PayoutRunResult> {
  const now = deps.clock.now();
  const settings = await getFeeSettings(deps.db);
  const cutoff = new Date(now.getTime() - settings.payoutDelayDays * DAY_MS);
  const due = await payoutCandidates(deps.db, cutoff);
  let created = 0;
  for (const { sellerId, currency } of due) {
    const made = await deps.db.transaction(async (tx) => {
      await lockSellerMoney(tx, sellerId);
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
      const alreadyPaidMinor =
        previous.reduce((s, p) => s + p.amountMinor, 0) - (await reversedPayoutMinor(tx, sellerId, currency));
      const unposted = previous.filter((p) => p.status === 'pending').reduce((s, p) => s + p.amountMinor, 0);
      const amount = payoutAmount({
        owedMinor: (await ledgerOwed(tx, sellerId, currency)) - unposted,
        eligibleMinor: await eligibleNet(tx, sellerId, currency, cutoff),
        feesMinor: await ledgerFeesCharged(tx, sellerId, currency),
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
      // To the seller's connected account (seller-payments): held while it is missing or not enabled.
      const r = await payOutSeller(deps, {
        payoutId: p.id,
        sellerId: p.sellerId,
        amountMinor: p.amountMinor,
        currency: p.currency,
      });
      if (!r.ok) {
        deps.logger.info(
          { payoutId: p.id, held: r.held },
          'payout held until the seller’s payment account is enabled',
        );
        continue;
      }
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
