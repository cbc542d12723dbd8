import { IntlMessageFormat } from 'intl-messageformat';
import { de } from './messages/de.ts';
import { en } from './messages/en.ts';
import { es } from './messages/es.ts';
import { fr } from './messages/fr.ts';
import { it } from './messages/it.ts';
import { nl } from './messages/nl.ts';
import { sv } from './messages/sv.ts';
import { PSEUDO_LOCALE, pseudoCatalog } from './pseudo-locale.ts';

/**
 * Every UI string goes through t(). Messages are ICU MessageFormat, one catalog per language
 * (messages/<lang>.ts, typed Record<MessageKey, string> so a missing key fails the typecheck);
 * docs/translations.md says how to add one. A locale picks its catalog by language (fr-BE → fr)
 * and keeps its full form for number, date and plural formats (en-GB ≠ en-US).
 */
export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;

export const CATALOGS: Readonly<Record<string, Catalog>> = { en, fr, de, nl, sv, es, it };
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
