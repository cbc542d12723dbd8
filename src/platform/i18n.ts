import { IntlMessageFormat } from 'intl-messageformat';
import { en } from './messages/en.ts';

/**
 * Every UI string goes through t(). Messages are ICU MessageFormat, one catalog per language;
 * only English exists for now — add `messages/fr.ts` etc. and register it below.
 */
export type MessageKey = keyof typeof en;
type Catalog = Record<MessageKey, string>;

const catalogs: Record<string, Partial<Catalog>> = { en };
const cache = new Map<string, IntlMessageFormat>();

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(locale: string): Translate {
  const lang = locale.split('-')[0] ?? 'en';
  const catalog = catalogs[lang] ?? {};
  return (key, values) => {
    const source = catalog[key] ?? en[key];
    const cacheKey = `${lang}|${key}`;
    let fmt = cache.get(cacheKey);
    if (!fmt) {
      fmt = new IntlMessageFormat(source, catalog[key] ? locale : 'en');
      cache.set(cacheKey, fmt);
    }
    return String(fmt.format(values));
  };
}
