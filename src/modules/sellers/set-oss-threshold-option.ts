import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { sellers } from './sellers.schema.ts';

/**
 * A seller declares whether it stays under the EU-wide EUR 10 000 threshold of cross-border
 * distance sales (VATD Art. 59c) and charges its own member state's VAT on them, or taxes them at
 * destination (the default; also its choice once over the threshold). Applies to orders placed
 * from now on; placed orders keep the rate they were priced at.
 */
export async function setOssThresholdOption(
  deps: { db: Db },
  input: { sellerId: number; underOssThreshold: boolean },
): Promise<{ underOssThreshold: boolean }> {
  const [row] = await deps.db
    .update(sellers)
    .set({ underOssThreshold: input.underOssThreshold })
    .where(eq(sellers.id, input.sellerId))
    .returning({ underOssThreshold: sellers.underOssThreshold });
  if (!row) throw AppError.notFound('Seller');
  return row;
}
