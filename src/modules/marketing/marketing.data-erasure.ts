/**
 * Erasure of a person's marketing choices and alerts: preferences, newsletter sends, alerts,
 * policy-change notices and "do not sell or share" requests by their address all go; with the
 * account anonymised there is nobody left to write to.
 */
import { eq } from 'drizzle-orm';
import { type DataEraser, tally } from '../privacy/data-erasure.types.ts';
import {
  alerts,
  marketingPreferences,
  newsletterSends,
  policyNotices,
  saleOptOutRequests,
} from './marketing.schema.ts';

export const marketingEraser: DataEraser = {
  module: 'marketing',
  async erase({ db }, { userId, email }) {
    const preferences = await db
      .delete(marketingPreferences)
      .where(eq(marketingPreferences.userId, userId))
      .returning({ id: marketingPreferences.userId });
    const sends = await db
      .delete(newsletterSends)
      .where(eq(newsletterSends.userId, userId))
      .returning({ id: newsletterSends.userId });
    const alertRows = await db.delete(alerts).where(eq(alerts.userId, userId)).returning({ id: alerts.id });
    const notices = await db
      .delete(policyNotices)
      .where(eq(policyNotices.userId, userId))
      .returning({ id: policyNotices.userId });
    const optOuts = await db
      .delete(saleOptOutRequests)
      .where(eq(saleOptOutRequests.email, email))
      .returning({ id: saleOptOutRequests.id });
    return {
      tallies: [
        tally('marketing_preferences', { deleted: preferences.length }),
        tally('newsletter_sends', { deleted: sends.length }),
        tally('alerts', { deleted: alertRows.length }),
        tally('policy_notices', { deleted: notices.length }),
        tally('sale_opt_out_requests', { deleted: optOuts.length }),
      ],
      held: [],
    };
  },
};
