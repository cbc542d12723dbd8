import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';

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
