/**
 * Intl formatters built once per locale and options: creating one costs far more than using it,
 * and a page with ten reviews would otherwise build dozens per view.
 */
const cache = new Map<string, Intl.DisplayNames | Intl.NumberFormat | Intl.DateTimeFormat>();

function memo<T extends Intl.DisplayNames | Intl.NumberFormat | Intl.DateTimeFormat>(
  key: string,
  make: () => T,
): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

export const displayNames = (locale: string, type: 'region' | 'language') =>
  memo(`d|${locale}|${type}`, () => new Intl.DisplayNames([locale], { type }));

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  memo(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  memo(`t|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
