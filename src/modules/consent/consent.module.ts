/**
 * Consent and audience (issue 16): the cookie banner and preferences (ePrivacy Art. 5(3)),
 * audience measurement without cookies, and the DSA Art. 24(2) active-recipients figure.
 *
 * The audience middleware is registered here, with the module's routes: modules are mounted
 * before the surfaces (http-app.ts), so it wraps every storefront page.
 */
import type { Module } from '../../app/module.ts';
import { registerConsentPages } from '../../web/shop/consent.routes.ts';
import { registerActiveRecipientsApi } from './active-recipients.routes.ts';
import { audienceMeasurement } from './audience.middleware.ts';
import { purgeAudienceDataJob } from './purge-audience-data.ts';

export const consentModule: Module = {
  name: 'consent',
  register(app, deps) {
    app.use('*', audienceMeasurement(deps));
    registerConsentPages(app, deps);
    registerActiveRecipientsApi(app, deps);
  },
  jobs: (deps) => [purgeAudienceDataJob(deps)],
};
