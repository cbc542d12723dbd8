/**
 * Read model — serves: a seller's account statement (seller-statement.ts): the movements of the
 * ledger account `seller_payable:<sellerId>` in a period and its balance before it, per currency.
 * Reads: ledger_transactions, ledger_postings (ledger). Never writes.
 */
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { sellerPayable } from '../ledger/ledger.rules.ts';
import { ledgerPostings, ledgerTransactions } from '../ledger/ledger.schema.ts';

export type SellerPayableMovement = {
  occurredAt: Date;
  kind: string;
  reference: string;
  description: string;
  currency: string;
  /** As posted (ledger sign: a credit to the seller is negative). */
  amountMinor: number;
};

/**
 * Ledger balance of the seller's payable account before `start` per currency (ledger sign), and
 * its postings in [start, end) in the order they were booked.
 */
export async function sellerPayableMovements(
  db: Pick<Db, 'select'>,
  q: { sellerId: number; start: Date; end: Date },
): Promise<{ opening: Array<{ currency: string; sumMinor: number }>; postings: SellerPayableMovement[] }> {
  const account = sellerPayable(q.sellerId);
  const opening = await db
    .select({
      currency: ledgerPostings.currency,
      sum: sql<string>`sum(${ledgerPostings.amountMinor})::bigint`,
    })
    .from(ledgerPostings)
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
    .where(and(eq(ledgerPostings.account, account), lt(ledgerTransactions.occurredAt, q.start)))
    .groupBy(ledgerPostings.currency);
  const postings = await db
    .select({
      occurredAt: ledgerTransactions.occurredAt,
      kind: ledgerTransactions.kind,
      reference: ledgerTransactions.reference,
      description: ledgerTransactions.description,
      currency: ledgerPostings.currency,
      amountMinor: ledgerPostings.amountMinor,
    })
    .from(ledgerPostings)
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
    .where(
      and(
        eq(ledgerPostings.account, account),
        gte(ledgerTransactions.occurredAt, q.start),
        lt(ledgerTransactions.occurredAt, q.end),
      ),
    )
    .orderBy(asc(ledgerTransactions.occurredAt), asc(ledgerTransactions.id), asc(ledgerPostings.id));
  return { opening: opening.map((o) => ({ currency: o.currency, sumMinor: Number(o.sum) })), postings };
}
