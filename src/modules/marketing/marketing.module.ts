/**
 * marketing (issue 16): marketing choices with their legal basis and the objection to marketing,
 * the newsletter with one-click unsubscribe, the US "do not sell or share" opt-out, availability
 * and price alerts, and the emails announcing new versions of the terms and privacy policy.
 */
import type { Module } from '../../app/module.ts';
import { registerAlertPages } from '../../web/shop/alerts.routes.ts';
import { registerMarketingPages } from '../../web/shop/marketing.routes.ts';
import { notifyAlertsJob } from './notify-alerts.ts';
import { sendNewsletterJob } from './send-newsletter.ts';
import { sendPolicyNoticesJob } from './send-policy-notices.ts';

export const marketingModule: Module = {
  name: 'marketing',
  register(app, deps) {
    registerMarketingPages(app, deps);
    registerAlertPages(app, deps);
  },
  jobs: (deps) => [sendNewsletterJob(deps), notifyAlertsJob(deps), sendPolicyNoticesJob(deps)],
};
