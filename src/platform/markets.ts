/**
 * Markets: a country storefront with its currency, Back Market–style locale code and dated VAT
 * rates. Rates are effective-dated data, never constants (FI and SK changed theirs in 2024–25).
 */
export const MARKET_CODES = ['FR', 'DE', 'NL', 'SE', 'BE', 'ES', 'IT', 'GB', 'US'] as const;
export type MarketCode = (typeof MARKET_CODES)[number];

/** A standard VAT rate in basis points (2000 = 20 %), valid from a date (inclusive). */
export type DatedRate = { from: string; to?: string; rateBp: number };

export type Market = {
  code: MarketCode;
  locale: string; // Back Market form: fr-fr
  bcp47: string; // for Intl: fr-FR
  name: string;
  currency: string;
  eu: boolean;
  vat: DatedRate[];
};

export const MARKETS: readonly Market[] = [
  {
    code: 'FR',
    locale: 'fr-fr',
    bcp47: 'fr-FR',
    name: 'France',
    currency: 'EUR',
    eu: true,
    vat: [{ from: '2014-01-01', rateBp: 2000 }],
  },
  {
    code: 'DE',
    locale: 'de-de',
    bcp47: 'de-DE',
    name: 'Germany',
    currency: 'EUR',
    eu: true,
    vat: [
      { from: '2007-01-01', to: '2020-06-30', rateBp: 1900 },
      { from: '2020-07-01', to: '2020-12-31', rateBp: 1600 },
      { from: '2021-01-01', rateBp: 1900 },
    ],
  },
  {
    code: 'NL',
    locale: 'nl-nl',
    bcp47: 'nl-NL',
    name: 'Netherlands',
    currency: 'EUR',
    eu: true,
    vat: [{ from: '2012-10-01', rateBp: 2100 }],
  },
  {
    code: 'SE',
    locale: 'sv-se',
    bcp47: 'sv-SE',
    name: 'Sweden',
    currency: 'SEK',
    eu: true,
    vat: [{ from: '1990-07-01', rateBp: 2500 }],
  },
  {
    code: 'BE',
    locale: 'fr-be',
    bcp47: 'fr-BE',
    name: 'Belgium',
    currency: 'EUR',
    eu: true,
    vat: [{ from: '1996-01-01', rateBp: 2100 }],
  },
  {
    code: 'ES',
    locale: 'es-es',
    bcp47: 'es-ES',
    name: 'Spain',
    currency: 'EUR',
    eu: true,
    vat: [{ from: '2012-09-01', rateBp: 2100 }],
  },
  {
    code: 'IT',
    locale: 'it-it',
    bcp47: 'it-IT',
    name: 'Italy',
    currency: 'EUR',
    eu: true,
    vat: [{ from: '2013-10-01', rateBp: 2200 }],
  },
  {
    code: 'GB',
    locale: 'en-gb',
    bcp47: 'en-GB',
    name: 'United Kingdom',
    currency: 'GBP',
    eu: false,
    vat: [{ from: '2011-01-04', rateBp: 2000 }],
  },
  // The US has state sales taxes, not VAT: no standard rate at market level.
  { code: 'US', locale: 'en-us', bcp47: 'en-US', name: 'United States', currency: 'USD', eu: false, vat: [] },
];

const byCode = new Map(MARKETS.map((m) => [m.code, m]));
const byLocale = new Map(MARKETS.map((m) => [m.locale, m]));

export function marketByCode(code: string): Market | undefined {
  return byCode.get(code.toUpperCase() as MarketCode);
}

export function marketByLocale(locale: string): Market | undefined {
  return byLocale.get(locale.toLowerCase());
}

/** Standard VAT rate (basis points) applicable on a day, or null where the market has none. */
export function standardVatRateAt(market: Market, at: Date): number | null {
  const day = at.toISOString().slice(0, 10);
  const rate = market.vat.find((r) => r.from <= day && (r.to === undefined || day <= r.to));
  return rate ? rate.rateBp : null;
}

export const DEFAULT_MARKET: Market = byCode.get('FR')!;

/**
 * Pick a market from an Accept-Language header: exact locale (fr-be) first, then a market
 * whose language matches (de → de-de), else the default. Quality values are honoured.
 */
export function marketFromAcceptLanguage(header: string | undefined | null): Market {
  if (!header) return DEFAULT_MARKET;
  const prefs = header
    .split(',')
    .map((part, idx) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: (tag ?? '').trim().toLowerCase().replace('_', '-'), q: q ? Number(q.slice(2)) : 1, idx };
    })
    .filter((p) => p.tag && !Number.isNaN(p.q) && p.q > 0)
    .sort((a, b) => b.q - a.q || a.idx - b.idx);
  for (const p of prefs) {
    const exact = byLocale.get(p.tag);
    if (exact) return exact;
    const lang = p.tag.split('-')[0];
    const region = p.tag.split('-')[1];
    if (region) {
      const byRegion = MARKETS.find(
        (m) => m.code === region.toUpperCase() && m.locale.startsWith(`${lang}-`),
      );
      if (byRegion) return byRegion;
    }
    const sameLang = MARKETS.find((m) => m.locale.startsWith(`${lang}-`));
    if (sameLang) return sameLang;
  }
  return DEFAULT_MARKET;
}
