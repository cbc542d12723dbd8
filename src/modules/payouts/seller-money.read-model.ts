/**
 * Read model for the seller portal's money views (dashboard, money page): what the platform owes
 * the seller per currency (ledger), the next payout estimated with the payout rule (orders,
 * refunds, fee settings, payouts made), and the payouts made (held while the seller has no enabled
 * payment account). Joins ledger, orders, refunds, payouts and seller_payment_accounts; never writes.
 */
import { and, asc, desc, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { DAY_MS } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { commissionVatReverseCharged } from '../checkout/payment-outcomes.ts';
import { DEFAULT_PLATFORM_VAT, sellerPayable } from '../ledger/ledger.rules.ts';
import { ledgerPostings } from '../ledger/ledger.schema.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import { goodsRefundedUpTo, lineTotals } from '../refunds/refund.rules.ts';
import { refundsByLine } from '../refunds/refunds.store.ts';
import { getFeeSettings } from './fee-settings.ts';
import { orderSellerNet, payoutAmount } from './payout.rules.ts';
import { ledgerFeesCharged } from './payout-run.read-model.ts';
import { payouts } from './payouts.schema.ts';

/** What the platform owes the seller per currency: −balance of seller_payable:<id>. */
export async function amountsDue(db: Db, sellerId: number) {
  const rows = await db
    .select({
      currency: ledgerPostings.currency,
      s: sql<string>`coalesce(sum(${ledgerPostings.amountMinor}), 0)`,
    })
    .from(ledgerPostings)
    .where(eq(ledgerPostings.account, sellerPayable(sellerId)))
    .groupBy(ledgerPostings.currency)
    .orderBy(asc(ledgerPostings.currency));
  return rows.map((r) => ({ currency: r.currency, owedMinor: -Number(r.s) }));
}

/**
 * The next payout per currency, estimated with the payout rule (payout.rules.ts payoutAmount) as
 * the hourly payout job would compute it now: funds of orders shipped at least payout_delay_days
 * ago, less the monthly fees charged in that currency, capped by what the ledger owes, minus
 * payouts already made or pending.
 */
export async function nextPayoutEstimates(db: Db, sellerId: number, now: Date) {
  const settings = await getFeeSettings(db);
  const cutoff = new Date(now.getTime() - settings.payoutDelayDays * DAY_MS);
  const vatRateBp = (await commissionVatReverseCharged(db, sellerId)) ? 0 : DEFAULT_PLATFORM_VAT.rateBp;
  const due = await amountsDue(db, sellerId);
  const shipped = await db
    .select()
    .from(orders)
    .where(and(eq(orders.sellerId, sellerId), isNotNull(orders.shippedAt), lte(orders.shippedAt, cutoff)));
  const lines = shipped.length
    ? await db
        .select()
        .from(orderLines)
        .where(
          inArray(
            orderLines.orderId,
            shipped.map((o) => o.id),
          ),
        )
    : [];
  const refunded = await refundsByLine(
    db,
    lines.map((l) => l.id),
  );
  const made = await db
    .select({ currency: payouts.currency, status: payouts.status, amountMinor: payouts.amountMinor })
    .from(payouts)
    .where(and(eq(payouts.sellerId, sellerId), inArray(payouts.status, ['pending', 'sent'])));
  const currencies = [...new Set([...due.map((d) => d.currency), ...shipped.map((o) => o.currency)])].sort();
  // Monthly fees come out of the eligible funds of their currency, as in the payout job.
  const fees = new Map<string, number>();
  for (const c of currencies) fees.set(c, await ledgerFeesCharged(db, sellerId, c));
  return {
    payoutDelayDays: settings.payoutDelayDays,
    estimates: currencies.map((currency) => {
      let eligibleMinor = 0;
      for (const o of shipped.filter((x) => x.currency === currency)) {
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
        eligibleMinor += orderSellerNet({
          goodsTotalMinor: o.itemsTotalMinor + o.shippingTotalMinor,
          commissionMinor: o.commissionMinor,
          refundedGoodsMinor,
          commissionVatRateBp: vatRateBp,
        });
      }
      const mine = made.filter((p) => p.currency === currency);
      const alreadyPaidMinor = mine.reduce((s, p) => s + p.amountMinor, 0);
      const unposted = mine.filter((p) => p.status === 'pending').reduce((s, p) => s + p.amountMinor, 0);
      const owedMinor = (due.find((d) => d.currency === currency)?.owedMinor ?? 0) - unposted;
      return {
        currency,
        amountMinor: payoutAmount({
          owedMinor,
          eligibleMinor,
          feesMinor: fees.get(currency),
          alreadyPaidMinor,
        }),
      };
    }),
  };
}

export async function listPayouts(db: Db, sellerId: number) {
  const rows = await db
    .select({
      payout: payouts,
      // Pending while the seller has no enabled payment account (seller-payments' rule): held.
      held: sql<boolean>`${payouts.status} = 'pending' and not exists (select 1 from seller_payment_accounts a
          where a.seller_id = ${payouts.sellerId} and a.transfers_enabled and a.payouts_enabled)`,
    })
    .from(payouts)
    .where(eq(payouts.sellerId, sellerId))
    .orderBy(desc(payouts.createdAt), desc(payouts.id))
    .limit(100);
  return rows.map((r) => ({ ...r.payout, held: Boolean(r.held) }));
}

export type SellerPayoutRow = Awaited<ReturnType<typeof listPayouts>>[number];
