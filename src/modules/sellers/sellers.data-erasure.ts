/**
 * Purge of a seller's trader data once its retention has passed (DSA Art. 30(4): the contract and
 * six months after it; `retainTraderDataUntil` is set when the contract ends). Goes: the payment
 * account and its holder, the contact phone and email. Stays: the legal name, address, VAT and
 * trade-register numbers, which the seller's invoices print and which are held with them for the
 * accounting period (legal-holds.rules.ts).
 */
import { and, eq, isNotNull, like, lte, not } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { sellers } from './sellers.schema.ts';

export const erasedSellerEmail = (sellerId: number) => `erased-seller-${sellerId}@erased.invalid`;

/** Closed sellers whose trader data is past its retention date and not purged yet. */
export async function sellersDueForTraderDataPurge(
  db: Db,
  now: Date,
): Promise<Array<{ id: number; retainUntil: Date }>> {
  const rows = await db
    .select({ id: sellers.id, retainUntil: sellers.retainTraderDataUntil })
    .from(sellers)
    .where(
      and(
        eq(sellers.status, 'closed'),
        isNotNull(sellers.retainTraderDataUntil),
        lte(sellers.retainTraderDataUntil, now),
        not(like(sellers.email, '%@erased.invalid')),
      ),
    )
    .orderBy(sellers.id);
  return rows.map((r) => ({ id: r.id, retainUntil: r.retainUntil! }));
}

/** Erase the seller's contact and payment details (idempotent). False when there is no such closed seller. */
export async function eraseSellerTraderData(db: Db, input: { sellerId: number }): Promise<boolean> {
  const rows = await db
    .update(sellers)
    .set({ iban: null, accountHolder: null, phone: '', email: erasedSellerEmail(input.sellerId) })
    .where(and(eq(sellers.id, input.sellerId), eq(sellers.status, 'closed')))
    .returning({ id: sellers.id });
  return rows.length > 0;
}
