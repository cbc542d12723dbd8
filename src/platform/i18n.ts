import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS, type Catalog, en, type MessageKey } from './messages/catalogs.ts';
import { PSEUDO_LOCALE, pseudoCatalog } from './pseudo-locale.ts';

/**
 * Every UI string goes through t(). Messages are ICU MessageFormat, one catalog per language
 * (messages/<lang>.ts, typed Record<MessageKey, string> so a missing key fails the typecheck);
 * docs/translations.md says how to add one. A locale picks its catalog by language (fr-BE → fr)
 * and keeps its full form for number, date and plural formats (en-GB ≠ en-US).
 */
export { CATALOGS, type Catalog, type MessageKey };
export const LANGUAGES = Object.keys(CATALOGS);

let pseudo: Catalog | null = null;

/** The catalog a locale reads, and the locale its formats use. */
function catalogOf(locale: string): { catalog: Catalog; formatLocale: string } {
  if (locale === PSEUDO_LOCALE) {
    pseudo ??= pseudoCatalog<MessageKey>(en);
    return { catalog: pseudo, formatLocale: 'en' };
  }
  const lang = (locale.split('-')[0] ?? 'en').toLowerCase();
  const catalog = CATALOGS[lang];
  return catalog ? { catalog, formatLocale: locale } : { catalog: en, formatLocale: 'en' };
}

const cache = new Map<string, IntlMessageFormat>();

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(locale: string): Translate {
  const { catalog, formatLocale } = catalogOf(locale);
  return (key, values) => {
    const cacheKey = `${locale}|${key}`;
    let fmt = cache.get(cacheKey);
    if (!fmt) {
      fmt = new IntlMessageFormat(catalog[key], formatLocale);
      cache.set(cacheKey, fmt);
    }
    return String(fmt.format(values));
  };
}

/**
 * The locale a person reads: their chosen language (account `language`) in their market's region
 * (nl + BE → nl-BE, fr + DE → fr-DE), else the market's own locale. Emails, PDFs and the seller
 * portal use it; storefront pages follow their URL.
 */
export function readerLocale(language: string | null | undefined, market: { bcp47: string }): string {
  const lang = language?.toLowerCase();
  if (!lang || !CATALOGS[lang]) return market.bcp47;
  const region = market.bcp47.split('-')[1];
  return region ? `${lang}-${region}` : lang;
}
