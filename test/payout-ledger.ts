/**
 * Test helpers for the payout tests (imported by *.test.ts only). They read the seller's money
 * straight from the ledger postings, independently of the payout job's own arithmetic.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { ledgerPostings, ledgerTransactions } from '../src/modules/ledger/ledger.schema.ts';
import { orderLines, orders } from '../src/modules/orders/orders.schema.ts';
import { payouts } from '../src/modules/payouts/payouts.schema.ts';
import { refunds } from '../src/modules/refunds/refunds.schema.ts';
import type { TestApp } from './orders.ts';

const account = (sellerId: number) => `seller_payable:${sellerId}`;

async function sumPostings(t: TestApp, sellerId: number, currency: string, kinds?: string[]) {
  const [row] = await t.deps.db
    .select({ s: sql<string>`coalesce(sum(${ledgerPostings.amountMinor}), 0)` })
    .from(ledgerPostings)
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
    .where(
      and(
        eq(ledgerPostings.account, account(sellerId)),
        eq(ledgerPostings.currency, currency),
        kinds ? inArray(ledgerTransactions.kind, kinds) : undefined,
      ),
    );
  return Number(row!.s);
}

async function pendingOf(t: TestApp, sellerId: number, currency: string) {
  const [row] = await t.deps.db
    .select({ s: sql<string>`coalesce(sum(${payouts.amountMinor}), 0)` })
    .from(payouts)
    .where(
      and(eq(payouts.sellerId, sellerId), eq(payouts.currency, currency), eq(payouts.status, 'pending')),
    );
  return Number(row!.s);
}

/**
 * What Reloop still owes the seller: −balance of seller_payable:<id>, less payouts created but not
 * sent yet (a payout posts to the ledger when the provider has made the transfer).
 */
export const ledgerOwedOf = async (t: TestApp, sellerId: number, currency = 'EUR') =>
  0 - (await sumPostings(t, sellerId, currency)) - (await pendingOf(t, sellerId, currency));

/** Monthly fees (with their VAT) the ledger charged the seller in a currency. */
export const feesChargedOf = async (t: TestApp, sellerId: number, currency = 'EUR') =>
  await sumPostings(t, sellerId, currency, ['monthly_fee']);

/**
 * What one order brought the seller in the ledger: its capture and its refunds, net of the
 * reversals of refunds that failed (one order per checkout).
 */
export async function ledgerNetOfOrder(t: TestApp, orderId: number): Promise<number> {
  const [o] = await t.deps.db.select().from(orders).where(eq(orders.id, orderId));
  const refundIds = (
    await t.deps.db
      .select({ id: refunds.id })
      .from(refunds)
      .innerJoin(orderLines, eq(orderLines.id, refunds.orderLineId))
      .where(eq(orderLines.orderId, orderId))
  ).map((r) => String(r.id));
  const [row] = await t.deps.db
    .select({ s: sql<string>`coalesce(sum(${ledgerPostings.amountMinor}), 0)` })
    .from(ledgerPostings)
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
    .where(
      and(
        eq(ledgerPostings.account, account(o!.sellerId)),
        sql`((${ledgerTransactions.kind} = 'payment_captured' and ${ledgerTransactions.reference} = ${o!.checkoutId})
          or (${ledgerTransactions.kind} in ('refund', 'refund_reversal') and ${ledgerTransactions.reference} in (${
            refundIds.length
              ? sql.join(
                  refundIds.map((id) => sql`${id}`),
                  sql`, `,
                )
              : sql`''`
          })))`,
      ),
    );
  return 0 - Number(row!.s);
}

/** Payouts made (pending or sent) to a seller in a currency, oldest first. */
export async function payoutsOf(t: TestApp, sellerId: number, currency = 'EUR') {
  return t.deps.db
    .select()
    .from(payouts)
    .where(
      and(
        eq(payouts.sellerId, sellerId),
        eq(payouts.currency, currency),
        inArray(payouts.status, ['pending', 'sent']),
      ),
    )
    .orderBy(payouts.id);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
