/**
 * Markets: a country storefront with its currency, Back Market–style locale code, time zone and
 * dated VAT rates. Rates are effective-dated data, never constants (FI and SK changed theirs in
 * 2024–25): the EU markets' come from vat-rates.ts (all 27 member states), and a rate is picked
 * by the market's local day, not the UTC one.
 */

import { localDay } from './calendar.ts';
import { AppError } from './errors.ts';
import { datedStandardRates, hasEuVatRates, rateOnDay, standardVatRateBp } from './vat-rates.ts';

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
  /** IANA time zone: the market's local day picks its VAT rate. */
  timeZone: string;
  vat: DatedRate[];
  /**
   * The storefronts of a market with more than one language, its own first (Belgium: fr-be and
   * nl-be). Each is served as the same market (prices, offers, VAT) in its own language; absent
   * where the market has one language.
   */
  storefronts?: readonly Storefront[];
};

/** A language of a market: its URL segment and its BCP 47 tag (`<html lang>`, formats). */
export type Storefront = { locale: string; bcp47: string };

export const MARKETS: readonly Market[] = [
  {
    code: 'FR',
    locale: 'fr-fr',
    bcp47: 'fr-FR',
    name: 'France',
    currency: 'EUR',
    eu: true,
    timeZone: 'Europe/Paris',
    vat: datedStandardRates('FR'),
  },
  {
    code: 'DE',
    locale: 'de-de',
    bcp47: 'de-DE',
    name: 'Germany',
    currency: 'EUR',
    eu: true,
    timeZone: 'Europe/Berlin',
    vat: datedStandardRates('DE'),
  },
  {
    code: 'NL',
    locale: 'nl-nl',
    bcp47: 'nl-NL',
    name: 'Netherlands',
    currency: 'EUR',
    eu: true,
    timeZone: 'Europe/Amsterdam',
    vat: datedStandardRates('NL'),
  },
  {
    code: 'SE',
    locale: 'sv-se',
    bcp47: 'sv-SE',
    name: 'Sweden',
    currency: 'SEK',
    eu: true,
    timeZone: 'Europe/Stockholm',
    vat: datedStandardRates('SE'),
  },
  {
    code: 'BE',
    locale: 'fr-be',
    bcp47: 'fr-BE',
    name: 'Belgium',
    currency: 'EUR',
    eu: true,
    timeZone: 'Europe/Brussels',
    vat: datedStandardRates('BE'),
    storefronts: [
      { locale: 'fr-be', bcp47: 'fr-BE' },
      { locale: 'nl-be', bcp47: 'nl-BE' },
    ],
  },
  {
    code: 'ES',
    locale: 'es-es',
    bcp47: 'es-ES',
    name: 'Spain',
    currency: 'EUR',
    eu: true,
    timeZone: 'Europe/Madrid',
    vat: datedStandardRates('ES'),
  },
  {
    code: 'IT',
    locale: 'it-it',
    bcp47: 'it-IT',
    name: 'Italy',
    currency: 'EUR',
    eu: true,
    timeZone: 'Europe/Rome',
    vat: datedStandardRates('IT'),
  },
  {
    code: 'GB',
    locale: 'en-gb',
    bcp47: 'en-GB',
    name: 'United Kingdom',
    currency: 'GBP',
    eu: false,
    timeZone: 'Europe/London',
    vat: [{ from: '2011-01-04', rateBp: 2000 }],
  },
  // The US has state sales taxes, not VAT: no standard rate at market level.
  {
    code: 'US',
    locale: 'en-us',
    bcp47: 'en-US',
    name: 'United States',
    currency: 'USD',
    eu: false,
    timeZone: 'America/New_York',
    vat: [],
  },
];

/** A market as one of its storefronts: same code, prices and offers; that storefront's locale. */
function asStorefront(m: Market, s: Storefront): Market {
  return s.locale === m.locale ? m : Object.freeze({ ...m, locale: s.locale, bcp47: s.bcp47 });
}

/**
 * Every storefront: each market once per language, in market order (fr-be, then nl-be). A
 * storefront other than the market's first is the market with that storefront's locale and bcp47.
 */
export const STOREFRONTS: readonly Market[] = MARKETS.flatMap((m) =>
  (m.storefronts ?? [{ locale: m.locale, bcp47: m.bcp47 }]).map((s) => asStorefront(m, s)),
);

/** The storefronts of one market (one per language), the market's own first. */
export function storefrontsOf(market: Pick<Market, 'code'>): Market[] {
  return STOREFRONTS.filter((s) => s.code === market.code);
}

const byCode = new Map(MARKETS.map((m) => [m.code, m]));
const byLocale = new Map(STOREFRONTS.map((m) => [m.locale, m]));

export function marketByCode(code: string): Market | undefined {
  return byCode.get(code.toUpperCase() as MarketCode);
}

export function marketByLocale(locale: string): Market | undefined {
  return byLocale.get(locale.toLowerCase());
}

/** Standard VAT rate (basis points) on the market's local day, or null where the market has none. */
export function standardVatRateAt(market: Market, at: Date): number | null {
  return rateOnDay(market.vat, localDay(at, market.timeZone));
}

/**
 * The standard VAT rate (basis points) of a country at an instant, by its local day: the 27
 * member states (vat-rates.ts), and the non-EU markets (GB; US has none: 0). Any other country is
 * refused with an error naming it — never a silent 0 %.
 */
export function standardVatRateIn(country: string, at: Date): number {
  if (hasEuVatRates(country)) return standardVatRateBp(country, at);
  const market = marketByCode(country);
  if (market && !market.eu) return market.vat.length === 0 ? 0 : (standardVatRateAt(market, at) ?? 0);
  throw new AppError('UNPROCESSABLE', `No VAT rate is known for ${country.trim().toUpperCase()}`, [
    { field: 'country', message: `${country.trim().toUpperCase()} has no VAT rate at Reloop` },
  ]);
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
      const byRegion = STOREFRONTS.find(
        (m) => m.code === region.toUpperCase() && m.locale.startsWith(`${lang}-`),
      );
      if (byRegion) return byRegion;
    }
    const sameLang = STOREFRONTS.find((m) => m.locale.startsWith(`${lang}-`));
    if (sameLang) return sameLang;
  }
  return DEFAULT_MARKET;
}
