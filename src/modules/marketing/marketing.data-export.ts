/**
 * "Download my data": the person's marketing choices and their legal basis, the newsletters sent,
 * the availability and price alerts, and the policy-change notices emailed to them.
 */
import { asc, eq } from 'drizzle-orm';
import type { PersonalDataExporter } from '../privacy/personal-data-export.ts';
import { alerts, marketingPreferences, newsletterSends, policyNotices } from './marketing.schema.ts';

export const marketingDataExport: PersonalDataExporter = {
  module: 'marketing',
  describe: {
    preferences:
      'Your marketing choices: channels, newsletter categories, frequency, legal basis, objection, US opt-out.',
    newsletters_sent: 'The newsletter issues emailed to you, and when.',
    alerts: 'Your availability and price alerts: product, grade, market, target price, status.',
    policy_notices: 'The emails telling you of a new version of the terms or privacy policy.',
  },
  async datasets(db, userId) {
    const preferences = await db
      .select({
        email: marketingPreferences.email,
        sms: marketingPreferences.sms,
        push: marketingPreferences.push,
        categories: marketingPreferences.categories,
        frequency: marketingPreferences.frequency,
        basis: marketingPreferences.basis,
        basisAt: marketingPreferences.basisAt,
        basisSource: marketingPreferences.basisSource,
        objectedAt: marketingPreferences.objectedAt,
        saleOptOutAt: marketingPreferences.saleOptOutAt,
        saleOptOutSource: marketingPreferences.saleOptOutSource,
        updatedAt: marketingPreferences.updatedAt,
      })
      .from(marketingPreferences)
      .where(eq(marketingPreferences.userId, userId));
    const sends = await db
      .select({ issue: newsletterSends.issue, sentAt: newsletterSends.sentAt })
      .from(newsletterSends)
      .where(eq(newsletterSends.userId, userId))
      .orderBy(asc(newsletterSends.sentAt));
    const own = await db
      .select({
        id: alerts.id,
        productId: alerts.productId,
        market: alerts.market,
        grade: alerts.grade,
        kind: alerts.kind,
        targetMinor: alerts.targetMinor,
        currency: alerts.currency,
        status: alerts.status,
        createdAt: alerts.createdAt,
        updatedAt: alerts.updatedAt,
        fulfilledAt: alerts.fulfilledAt,
        fulfilledPriceMinor: alerts.fulfilledPriceMinor,
      })
      .from(alerts)
      .where(eq(alerts.userId, userId))
      .orderBy(asc(alerts.id));
    const notices = await db
      .select({
        document: policyNotices.kind,
        market: policyNotices.market,
        version: policyNotices.version,
        sentAt: policyNotices.sentAt,
      })
      .from(policyNotices)
      .where(eq(policyNotices.userId, userId))
      .orderBy(asc(policyNotices.sentAt));
    return { preferences, newsletters_sent: sends, alerts: own, policy_notices: notices };
  },
};
