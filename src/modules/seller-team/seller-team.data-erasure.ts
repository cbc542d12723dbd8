/**
 * Erasure of a person's seller memberships. `eraseAccount` refuses an owner of a seller whose
 * contract still runs (erasure-eligibility.read-model.ts), so what is left here is staff of any
 * seller and owners of sellers whose contract has ended: the membership goes, the seller stays.
 */
import { eq } from 'drizzle-orm';
import { type DataEraser, tally } from '../privacy/data-erasure.types.ts';
import { sellerMembers } from './seller-team.schema.ts';

export const sellerTeamEraser: DataEraser = {
  module: 'seller-team',
  async erase({ db }, { userId }) {
    const rows = await db
      .delete(sellerMembers)
      .where(eq(sellerMembers.userId, userId))
      .returning({ sellerId: sellerMembers.sellerId });
    return { tallies: [tally('seller_memberships', { deleted: rows.length })], held: [] };
  },
};
