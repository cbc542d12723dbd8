import { platformIdentity, type TConfig } from '../../config.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { platformInvoices } from './documents.schema.ts';
import {
  type PlatformInvoiceData,
  parsePeriod,
  platformInvoiceData,
  platformParty,
} from './platform-invoice.ts';
import { storedPlatformInvoice } from './platform-invoices.read-model.ts';

export type IssuePlatformInvoiceInput = { sellerId: number; period: string };

/**
 * Issue Reloop's invoice to a seller for a month that is over, or return the one already issued:
 * the first issue computes it from the ledger (platform-invoice.ts), dates it `now` and stores it
 * whole, so later postings, a moved seller or a new platform address never change it. Null for an
 * unknown seller; INVALID_INPUT for a malformed month or one not over yet.
 */
export async function issuePlatformInvoice(
  deps: { db: Db; clock: Clock; config: TConfig },
  input: IssuePlatformInvoiceInput,
): Promise<PlatformInvoiceData | null> {
  const now = deps.clock.now();
  parsePeriod(input.period, now);
  const existing = await storedPlatformInvoice(deps.db, input.sellerId, input.period);
  if (existing) return existing;
  const data = await platformInvoiceData(deps.db, {
    sellerId: input.sellerId,
    period: input.period,
    now,
    issuedAt: now,
    supplier: platformParty(platformIdentity(deps.config)),
  });
  if (!data) return null;
  await deps.db
    .insert(platformInvoices)
    .values({
      sellerId: data.sellerId,
      period: data.period,
      number: data.number,
      issuedAt: now,
      data: JSON.parse(JSON.stringify(data)) as Record<string, unknown>,
    })
    .onConflictDoNothing();
  // Issued concurrently: the first one stored wins, for everybody.
  return storedPlatformInvoice(deps.db, input.sellerId, input.period);
}
