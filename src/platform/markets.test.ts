import { describe, expect, it } from 'vitest';
import type { MarketCode } from './markets.ts';
import {
  DEFAULT_MARKET,
  MARKET_CODES,
  MARKETS,
  marketByCode,
  marketByLocale,
  marketFromAcceptLanguage,
  STOREFRONTS,
  standardVatRateAt,
  storefrontsOf,
} from './markets.ts';

function market(code: MarketCode) {
  const m = marketByCode(code);
  if (!m) throw new Error(`no market ${code}`);
  return m;
}

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('MARKETS', () => {
  it.each([
    ['FR', 'fr-fr', 'fr-FR', 'EUR', true],
    ['DE', 'de-de', 'de-DE', 'EUR', true],
    ['NL', 'nl-nl', 'nl-NL', 'EUR', true],
    ['SE', 'sv-se', 'sv-SE', 'SEK', true],
    ['BE', 'fr-be', 'fr-BE', 'EUR', true],
    ['ES', 'es-es', 'es-ES', 'EUR', true],
    ['IT', 'it-it', 'it-IT', 'EUR', true],
    ['GB', 'en-gb', 'en-GB', 'GBP', false],
    ['US', 'en-us', 'en-US', 'USD', false],
  ] as const)('%s: locale %s (%s), %s, EU %s', (code, locale, bcp47, currency, eu) => {
    const m = market(code);
    expect(m).toMatchObject({ code, locale, bcp47, currency, eu });
    expect(marketByLocale(locale)).toBe(m);
  });

  it('has exactly the nine markets, in MARKET_CODES order', () => {
    expect(MARKETS.map((m) => m.code)).toEqual([...MARKET_CODES]);
    expect(MARKET_CODES).toHaveLength(9);
    expect(new Set(MARKETS.map((m) => m.locale)).size).toBe(9);
  });

  it('bcp47 is the locale with an upper-case region', () => {
    for (const m of MARKETS) {
      const [lang, region] = m.locale.split('-');
      expect(m.bcp47).toBe(`${lang}-${region!.toUpperCase()}`);
      expect(region!.toUpperCase()).toBe(m.code);
    }
  });

  it('looks markets up case-insensitively', () => {
    expect(marketByCode('fr')?.code).toBe('FR');
    expect(marketByLocale('FR-BE')?.code).toBe('BE');
    expect(marketByCode('XX')).toBeUndefined();
    expect(marketByLocale('xx-xx')).toBeUndefined();
    expect(marketByLocale('fr')).toBeUndefined();
  });

  it('defaults to France', () => {
    expect(DEFAULT_MARKET.code).toBe('FR');
  });

  it('dated VAT rates are ordered and never overlap', () => {
    for (const m of MARKETS) {
      m.vat.forEach((r, i) => {
        if (r.to !== undefined) expect(r.from <= r.to).toBe(true);
        const next = m.vat[i + 1];
        if (next) {
          expect(r.to, `${m.code} period ${i} must be closed`).toBeDefined();
          expect(r.to! < next.from).toBe(true);
        }
      });
    }
  });
});

describe('standardVatRateAt', () => {
  const today = new Date();

  it.each([
    ['FR', 2000],
    ['DE', 1900],
    ['NL', 2100],
    ['SE', 2500],
    ['BE', 2100],
    ['ES', 2100],
    ['IT', 2200],
    ['GB', 2000],
  ] as const)('%s today: %i bp', (code, bp) => {
    expect(standardVatRateAt(market(code), today)).toBe(bp);
  });

  it('US has no standard VAT rate (state sales taxes)', () => {
    expect(standardVatRateAt(market('US'), today)).toBeNull();
    expect(standardVatRateAt(market('US'), day('2020-09-01'))).toBeNull();
  });

  it('DE applied the temporary 16 % rate in the second half of 2020', () => {
    const de = market('DE');
    expect(standardVatRateAt(de, day('2020-09-01'))).toBe(1600);
    expect(standardVatRateAt(de, day('2020-06-30'))).toBe(1900);
    expect(standardVatRateAt(de, day('2020-07-01'))).toBe(1600);
    expect(standardVatRateAt(de, day('2020-12-31'))).toBe(1600);
    expect(standardVatRateAt(de, day('2021-01-01'))).toBe(1900);
    expect(standardVatRateAt(de, day('2019-05-15'))).toBe(1900);
  });

  it("boundaries are whole days of the market's own time zone, inclusive at both ends", () => {
    const de = market('DE');
    // 1 July 2020 00:00 in Berlin is 30 June 22:00 UTC (issue 11: the UTC day charged 19 % for two hours).
    expect(standardVatRateAt(de, new Date('2020-06-30T22:00:00.000Z'))).toBe(1600);
    expect(standardVatRateAt(de, new Date('2020-06-30T21:59:59.999Z'))).toBe(1900);
    expect(standardVatRateAt(de, new Date('2020-12-31T22:59:59.999Z'))).toBe(1600);
    expect(standardVatRateAt(de, new Date('2020-12-31T23:00:00.000Z'))).toBe(1900);
  });

  it('every EU market has a rate on any day (the dated tables start at the beginning)', () => {
    expect(standardVatRateAt(market('FR'), day('2014-01-01'))).toBe(2000);
    expect(standardVatRateAt(market('FR'), day('2013-12-31'))).toBe(2000);
    expect(standardVatRateAt(market('GB'), day('2011-01-03'))).toBeNull();
  });
});

describe('marketFromAcceptLanguage', () => {
  it.each([
    ['de-DE,de;q=0.9', 'DE'],
    ['fr-BE', 'BE'],
    ['fr-be', 'BE'],
    ['fr_BE', 'BE'],
    ['fr', 'FR'],
    ['fr-FR', 'FR'],
    ['fr-CH', 'FR'], // no Swiss market: same language
    ['de', 'DE'],
    ['de-AT', 'DE'],
    ['nl', 'NL'],
    ['nl-BE', 'BE'], // Belgium speaks Dutch too: the nl-be storefront
    ['sv', 'SE'],
    ['sv-SE', 'SE'],
    ['es', 'ES'],
    ['it', 'IT'],
    ['en-US', 'US'],
    ['en-GB', 'GB'],
    ['en', 'GB'], // first English market
    ['en-CA', 'GB'],
    ['EN-us', 'US'],
  ] as const)('"%s" → %s', (header, code) => {
    expect(marketFromAcceptLanguage(header).code).toBe(code);
  });

  it('lands a Dutch-speaking Belgian on the nl-be storefront, a French-speaking one on fr-be', () => {
    expect(marketFromAcceptLanguage('nl-BE,nl;q=0.9').locale).toBe('nl-be');
    expect(marketFromAcceptLanguage('nl-be').bcp47).toBe('nl-BE');
    expect(marketFromAcceptLanguage('fr-BE').locale).toBe('fr-be');
    expect(marketFromAcceptLanguage('nl').locale).toBe('nl-nl');
  });

  it('honours quality values, not order', () => {
    expect(marketFromAcceptLanguage('it;q=0.5, es;q=0.8').code).toBe('ES');
    expect(marketFromAcceptLanguage('en-US;q=0.1,de-DE;q=0.9').code).toBe('DE');
    expect(marketFromAcceptLanguage('sv;q=0.3, fr-BE').code).toBe('BE'); // no q means 1
  });

  it('keeps header order between equal quality values', () => {
    expect(marketFromAcceptLanguage('it, es').code).toBe('IT');
    expect(marketFromAcceptLanguage('es;q=0.7, it;q=0.7').code).toBe('ES');
  });

  it('skips languages without a market and falls through to the next preference', () => {
    expect(marketFromAcceptLanguage('pt-BR,pt;q=0.9,es;q=0.5').code).toBe('ES');
    expect(marketFromAcceptLanguage('ja, *;q=0.1').code).toBe('FR');
  });

  it('treats q=0 and malformed q as "not acceptable"', () => {
    expect(marketFromAcceptLanguage('it;q=0').code).toBe('FR');
    expect(marketFromAcceptLanguage('it;q=0, de;q=0.1').code).toBe('DE');
    expect(marketFromAcceptLanguage('it;q=abc, es;q=0.2').code).toBe('ES');
  });

  it('tolerates optional whitespace around parameters (RFC 9110 OWS)', () => {
    expect(marketFromAcceptLanguage('fr-BE ; q=0.9').code).toBe('BE');
    expect(marketFromAcceptLanguage('  en-US  ,  de ; q=0.5 ').code).toBe('US');
  });

  it.each([undefined, null, '', '   ', ',', 'xx', 'xx-YY', 'zh-CN,ja;q=0.9', '*'])(
    'falls back to France for %j',
    (header) => {
      expect(marketFromAcceptLanguage(header)).toBe(DEFAULT_MARKET);
    },
  );
});

describe('storefronts: a market per language', () => {
  it('serves Belgium in French and Dutch, the same market (prices, VAT) in each language', () => {
    const fr = marketByLocale('fr-be')!;
    const nl = marketByLocale('nl-be')!;
    expect([fr.code, fr.bcp47, nl.code, nl.bcp47]).toEqual(['BE', 'fr-BE', 'BE', 'nl-BE']);
    expect(nl.currency).toBe(fr.currency);
    expect(nl.vat).toEqual(fr.vat);
    expect(marketByCode('BE')!.locale).toBe('fr-be');
    expect(storefrontsOf(marketByCode('BE')!).map((m) => m.locale)).toEqual(['fr-be', 'nl-be']);
    expect(storefrontsOf(marketByCode('DE')!).map((m) => m.locale)).toEqual(['de-de']);
  });

  it('lists every storefront once, each market’s own first, and keeps MARKETS one per country', () => {
    expect(STOREFRONTS.map((m) => m.locale)).toEqual([
      'fr-fr',
      'de-de',
      'nl-nl',
      'sv-se',
      'fr-be',
      'nl-be',
      'es-es',
      'it-it',
      'en-gb',
      'en-us',
    ]);
    expect(MARKETS.map((m) => m.code)).toEqual(['FR', 'DE', 'NL', 'SE', 'BE', 'ES', 'IT', 'GB', 'US']);
  });
});
