import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { executeNamed } from '../../platform/db/prepared.ts';
import { assertBalanced, type LedgerEntry, type LedgerKind } from './ledger.rules.ts';
import { ledgerPostings, ledgerTransactions } from './ledger.schema.ts';

/**
 * Append one balanced transaction, with its postings, in one statement. Unique per (kind,
 * reference): posting the same business event twice (a retried webhook) is a no-op and returns false.
 */
export async function postLedgerEntry(tx: Db, entry: LedgerEntry, occurredAt: Date): Promise<boolean> {
  assertBalanced(entry.postings);
  const postings = entry.postings
    .filter((p) => p.amountMinor !== 0)
    .map((p) => ({ account: p.account, amountMinor: p.amountMinor, currency: p.currency }));
  const posted = await executeNamed(
    tx,
    'post_ledger_entry',
    sql`
    WITH t AS (
      INSERT INTO ${ledgerTransactions} (kind, reference, occurred_at, description)
      VALUES (${entry.kind}, ${entry.reference}, ${occurredAt}::timestamptz, ${entry.description})
      ON CONFLICT DO NOTHING
      RETURNING id
    ), p AS (
      INSERT INTO ${ledgerPostings} (transaction_id, account, amount_minor, currency)
      SELECT t.id, e->>'account', (e->>'amountMinor')::int, e->>'currency'
      FROM t, jsonb_array_elements(${JSON.stringify(postings)}::jsonb) WITH ORDINALITY AS x(e, n)
      ORDER BY x.n
    )
    SELECT id FROM t`,
  );
  return posted.length === 1;
}

/** Balances derived from postings, per account and currency. */
export async function ledgerBalances(
  db: Db,
): Promise<Array<{ account: string; currency: string; balanceMinor: number }>> {
  const res = (await db.execute(sql`
    SELECT account, currency, sum(amount_minor)::bigint AS "balanceMinor"
    FROM ledger_postings GROUP BY account, currency ORDER BY account, currency`)) as unknown as {
    rows: Array<{ account: string; currency: string; balanceMinor: number | string }>;
  };
  return res.rows.map((r) => ({ ...r, balanceMinor: Number(r.balanceMinor) }));
}

/** The postings of one entry (empty when it was never posted). */
export async function entryPostings(
  db: Pick<Db, 'select'>,
  kind: LedgerKind,
  reference: string,
): Promise<Array<{ account: string; amountMinor: number; currency: string }>> {
  return db
    .select({
      account: ledgerPostings.account,
      amountMinor: ledgerPostings.amountMinor,
      currency: ledgerPostings.currency,
    })
    .from(ledgerPostings)
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
    .where(and(eq(ledgerTransactions.kind, kind), eq(ledgerTransactions.reference, reference)));
}
