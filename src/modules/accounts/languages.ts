import { z } from 'zod';
import { LANGUAGES } from '../../platform/i18n.ts';

/**
 * The languages an account may choose for its pages and emails (issue 13), each named in itself
 * so that someone who cannot read the current page still finds theirs.
 */
export const ACCOUNT_LANGUAGES = ['en', 'fr', 'de', 'nl', 'sv', 'es', 'it'] as const;
export type AccountLanguage = (typeof ACCOUNT_LANGUAGES)[number];

export const LANGUAGE_NAMES: Readonly<Record<AccountLanguage, string>> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  nl: 'Nederlands',
  sv: 'Svenska',
  es: 'Español',
  it: 'Italiano',
};

export const ZAccountLanguageSchema = z.enum(ACCOUNT_LANGUAGES, {
  error: `must be one of ${ACCOUNT_LANGUAGES.join(', ')}`,
});

/** The language of a page locale or language code (`nl-be` → nl), or null when it has no catalog. */
export function accountLanguage(localeOrLanguage: string | null | undefined): AccountLanguage | null {
  const lang = localeOrLanguage?.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return (ACCOUNT_LANGUAGES as readonly string[]).includes(lang) && LANGUAGES.includes(lang)
    ? (lang as AccountLanguage)
    : null;
}
