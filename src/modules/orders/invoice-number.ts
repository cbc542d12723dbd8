import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { executeNamed } from '../../platform/db/prepared.ts';

/**
 * The next number of a gap-free series (e.g. one per seller and year). The counter row is
 * incremented in the caller's transaction, so a rolled-back order never burns a number and two
 * concurrent orders never share one.
 */
export async function nextInvoiceNumber(tx: Db, series: string, year: number): Promise<string> {
  const res = (await tx.execute(sql`
    INSERT INTO invoice_counters (series, year, last) VALUES (${series}, ${year}, 1)
    ON CONFLICT (series, year) DO UPDATE SET last = invoice_counters.last + 1
    RETURNING last`)) as unknown as { rows: Array<{ last: number }> };
  return `${series}-${year}-${String(res.rows[0]!.last).padStart(6, '0')}`;
}

/**
 * The next number of a seller's credit-note series for a year (CN<sellerId>-<year>-NNNNNN): its own
 * gap-free series beside the invoices', taken in the caller's transaction like invoice numbers.
 */
export async function nextCreditNoteNumber(tx: Db, sellerId: number, year: number): Promise<string> {
  return nextInvoiceNumber(tx, `CN${sellerId}`, year);
}

/**
 * An order becomes paid with the next number of its seller's invoice series, in one statement
 * (the counter row as in `nextInvoiceNumber`, then the order). Returns the number given.
 */
export async function markOrderPaidWithInvoiceNumber(
  tx: Db,
  a: { orderId: number; series: string; year: number; state: number; paidAt: Date; clearCancelled: boolean },
): Promise<string> {
  const number = sql`${a.series}::text || '-' || ${a.year}::int || '-' || lpad(n.last::text, greatest(6, length(n.last::text)), '0')`;
  const rows = await executeNamed<{ invoiceNumber: string }>(
    tx,
    a.clearCancelled ? 'mark_order_paid_numbered_restored' : 'mark_order_paid_numbered',
    sql`
    WITH n AS (
      INSERT INTO invoice_counters (series, year, last) VALUES (${a.series}, ${a.year}, 1)
      ON CONFLICT (series, year) DO UPDATE SET last = invoice_counters.last + 1
      RETURNING last
    )
    UPDATE orders SET state = ${a.state}::int, paid_at = ${a.paidAt}::timestamptz, invoice_number = ${number}
      ${a.clearCancelled ? sql`, cancelled_at = NULL` : sql``}
    FROM n WHERE orders.id = ${a.orderId}
    RETURNING orders.invoice_number AS "invoiceNumber"`,
  );
  return rows[0]!.invoiceNumber;
}
