/**
 * Erasure of a buyer's checkouts: the email given at checkout is replaced by the erased account's
 * placeholder. The amounts stay (accounting; the orders hold the invoices). Insurance policies
 * carry no personal data of their own (the order they insure does).
 */
import { eq } from 'drizzle-orm';
import { type DataEraser, erasedEmail, tally } from '../privacy/data-erasure.types.ts';
import { checkouts } from './checkout.schema.ts';

export const checkoutEraser: DataEraser = {
  module: 'checkout',
  async erase({ db }, { userId }) {
    const rows = await db
      .update(checkouts)
      .set({ buyerEmail: erasedEmail(userId) })
      .where(eq(checkouts.buyerUserId, userId))
      .returning({ id: checkouts.id });
    return { tallies: [tally('checkouts', { anonymised: rows.length })], held: [] };
  },
};
