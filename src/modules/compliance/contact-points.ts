import type { TConfig } from '../../config.ts';
import { STOREFRONTS } from '../../platform/markets.ts';

/**
 * DSA Arts. 11 and 12: the single point of contact for Member States' authorities, the
 * Commission and the Board (electronic, in English or French), and the point of contact for
 * the recipients of the service (electronic, answered by people: the contact form, or email).
 */
export type ContactPoints = {
  authorities: { email: string; languages: string[]; legalName: string };
  users: { email: string; contactForms: Record<string, string>; languages: string[]; automatedOnly: false };
};

/** The languages authorities may write in (Art. 11(3)). */
export const AUTHORITY_LANGUAGES = ['en', 'fr'];

export function contactPoints(
  config: Pick<TConfig, 'PLATFORM_CONTACT_EMAIL' | 'PLATFORM_LEGAL_NAME'>,
  siteUrl: (path: string) => string,
): ContactPoints {
  const email = config.PLATFORM_CONTACT_EMAIL;
  return {
    authorities: { email, languages: AUTHORITY_LANGUAGES, legalName: config.PLATFORM_LEGAL_NAME },
    users: {
      email,
      contactForms: Object.fromEntries(STOREFRONTS.map((s) => [s.locale, siteUrl(`/${s.locale}/contact`)])),
      languages: ['en', 'fr', 'de', 'nl', 'sv', 'es', 'it'],
      automatedOnly: false,
    },
  };
}
