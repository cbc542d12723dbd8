/**
 * Read model — serves: Reloop's issued monthly invoices to sellers (issue-platform-invoice.ts, the
 * documents lists of the seller portal and the console). Reads: platform_invoices (documents).
 * Never writes.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { platformInvoices } from './documents.schema.ts';
import type { PlatformInvoiceData } from './platform-invoice.ts';

type Reader = Pick<Db, 'select'>;

type Stored = Omit<PlatformInvoiceData, 'periodStart' | 'periodEnd' | 'issuedAt'> & {
  periodStart: string;
  periodEnd: string;
  issuedAt: string;
};

function revive(d: Record<string, unknown>): PlatformInvoiceData {
  const s = d as Stored;
  return {
    ...s,
    periodStart: new Date(s.periodStart),
    periodEnd: new Date(s.periodEnd),
    issuedAt: new Date(s.issuedAt),
  };
}

/** The invoice of a seller and month as issued, or null when not issued yet. */
export async function storedPlatformInvoice(
  db: Reader,
  sellerId: number,
  period: string,
): Promise<PlatformInvoiceData | null> {
  const [row] = await db
    .select({ data: platformInvoices.data })
    .from(platformInvoices)
    .where(and(eq(platformInvoices.sellerId, sellerId), eq(platformInvoices.period, period)));
  return row ? revive(row.data) : null;
}

/** The months already issued for a seller, newest first. */
export async function issuedPlatformInvoices(
  db: Reader,
  sellerId: number,
): Promise<Array<{ period: string; number: string; issuedAt: Date }>> {
  return db
    .select({
      period: platformInvoices.period,
      number: platformInvoices.number,
      issuedAt: platformInvoices.issuedAt,
    })
    .from(platformInvoices)
    .where(eq(platformInvoices.sellerId, sellerId))
    .orderBy(desc(platformInvoices.period));
}
