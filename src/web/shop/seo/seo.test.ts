import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { MARKETS, marketByCode, STOREFRONTS } from '../../../platform/markets.ts';
import { jsonLdText } from '../../ui/seo-head.ts';
import { hreflangAlternates, listingCanonicalQuery } from './alternates.ts';
import { breadcrumbJsonLd, productJsonLd } from './json-ld.ts';
import { robotsTxt } from './robots.ts';
import {
  escapeXml,
  parseSitemapFile,
  sitemapIndexXml,
  sitemapPages,
  sitemapPath,
  sitemapWindow,
  urlsetXml,
} from './sitemap.ts';

const site = (p: string) => `https://reloop.example${p}`;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
});

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

describe('sitemap builders', () => {
  it('escapes every value and drops characters XML forbids, so the document parses back to the same text', () => {
    const nasty = `https://reloop.example/fr-fr/p/a&b<c>"d'e\u0001\u0008f\uFFFE`;
    const xml = urlsetXml([
      { loc: nasty, lastmod: '2026-11-21T12:00:00Z', alternates: [{ hreflang: 'fr-FR"x', href: nasty }] },
    ]);
    expect(xml).not.toContain('\u0001');
    const doc = parse(xml);
    const url = doc.urlset[0].url[0];
    expect(url.loc[0]).toBe(`https://reloop.example/fr-fr/p/a&b<c>"d'ef`);
    expect(url['xhtml:link'][0]['@hreflang']).toBe('fr-FR"x');
    expect(url['xhtml:link'][0]['@href']).toBe(`https://reloop.example/fr-fr/p/a&b<c>"d'ef`);
    expect(escapeXml('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
    // Tabs and new lines stay, a lone surrogate goes, a pair (an emoji) stays.
    expect(escapeXml('a\tb\nc\uD800d\uD83D\uDE00')).toBe('a\tb\ncd\uD83D\uDE00');
  });

  it('writes a urlset with the sitemap and xhtml namespaces, lastmod and one link per alternate', () => {
    const alternates = hreflangAlternates(site, '/p/x', MARKETS);
    const doc = parse(urlsetXml([{ loc: site('/fr-fr/p/x'), lastmod: '2026-11-01T00:00:00Z', alternates }]));
    expect(doc.urlset[0]['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset[0]['@xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    const url = doc.urlset[0].url[0];
    expect(url.lastmod[0]).toBe('2026-11-01T00:00:00Z');
    expect(url['xhtml:link']).toHaveLength(STOREFRONTS.length + 1);
    expect(url['xhtml:link'].every((l: Record<string, string>) => l['@rel'] === 'alternate')).toBe(true);
  });

  it('writes a sitemap index', () => {
    const doc = parse(
      sitemapIndexXml([{ loc: site('/sitemaps/fr-fr.xml') }, { loc: site('/sitemaps/de-de.xml') }]),
    );
    expect(doc.sitemapindex[0].sitemap.map((s: { loc: string[] }) => s.loc[0])).toEqual([
      site('/sitemaps/fr-fr.xml'),
      site('/sitemaps/de-de.xml'),
    ]);
  });

  it('splits a market into pages with one name per page', () => {
    expect(sitemapPages(0, 10)).toBe(1);
    expect(sitemapPages(10, 10)).toBe(1);
    expect(sitemapPages(11, 10)).toBe(2);
    expect(sitemapPath('fr-fr', 1)).toBe('/sitemaps/fr-fr.xml');
    expect(sitemapPath('fr-fr', 3)).toBe('/sitemaps/fr-fr-3.xml');
    expect(parseSitemapFile('fr-fr.xml')).toEqual({ locale: 'fr-fr', page: 1 });
    expect(parseSitemapFile('fr-fr-3.xml')).toEqual({ locale: 'fr-fr', page: 3 });
    // 3 fixed pages and 6 products in pages of 4: every URL exactly once, in order.
    const windows = [1, 2, 3].map((p) => sitemapWindow(p, 4, 3, 6));
    expect(windows).toEqual([
      { fixed: { start: 0, end: 3 }, products: { offset: 0, limit: 1 } },
      { fixed: { start: 3, end: 3 }, products: { offset: 1, limit: 4 } },
      { fixed: { start: 3, end: 3 }, products: { offset: 5, limit: 1 } },
    ]);
    expect(sitemapWindow(1, 4, 6, 0)).toEqual({
      fixed: { start: 0, end: 4 },
      products: { offset: 0, limit: 0 },
    });
    expect(sitemapWindow(2, 4, 6, 0)).toEqual({
      fixed: { start: 4, end: 6 },
      products: { offset: 0, limit: 0 },
    });
    for (const bad of ['fr-fr-1.xml', 'fr-fr-0.xml', 'FR-fr.xml', 'fr-fr.xml.gz', '../x.xml', 'fr-fr-01.xml'])
      expect(parseSitemapFile(bad), bad).toBeNull();
  });
});

describe('hreflang alternates', () => {
  it('names each market where the page exists by its language-region tag, plus x-default', () => {
    const links = hreflangAlternates(site, '/p/x', [marketByCode('DE')!, marketByCode('BE')!]);
    expect(links).toEqual([
      { hreflang: 'de-DE', href: site('/de-de/p/x') },
      { hreflang: 'fr-BE', href: site('/fr-be/p/x') },
      { hreflang: 'nl-BE', href: site('/nl-be/p/x') },
      { hreflang: 'x-default', href: site('/de-de/p/x') },
    ]);
    const withDefault = hreflangAlternates(site, '/p/x', MARKETS);
    expect(withDefault.map((l) => l.hreflang)).toEqual([...STOREFRONTS.map((m) => m.bcp47), 'x-default']);
    expect(withDefault.map((l) => l.hreflang)).toContain('nl-BE');
    expect(withDefault.at(-1)!.href).toBe(site('/fr-fr/p/x'));
    // The home page's x-default is the market chooser.
    expect(hreflangAlternates(site, '', MARKETS).at(-1)).toEqual({ hreflang: 'x-default', href: site('/') });
    expect(hreflangAlternates(site, '/p/x', [])).toEqual([]);
  });

  it('keeps page > 1 and the search query in a listing canonical, drops sort and filtered views', () => {
    expect(listingCanonicalQuery(new URLSearchParams('sort=price_asc&page=1'), 1)).toBe('');
    expect(listingCanonicalQuery(new URLSearchParams('sort=price_asc&page=3&utm_source=x'), 3)).toBe(
      '?page=3',
    );
    expect(listingCanonicalQuery(new URLSearchParams('brand=Apple&page=2'), 2)).toBe('');
    expect(listingCanonicalQuery(new URLSearchParams('q=iphone 13&page=2'), 2)).toBe('?q=iphone+13&page=2');
    expect(listingCanonicalQuery(new URLSearchParams('minPrice=&maxPrice='), 1)).toBe('');
  });
});

describe('robots.txt', () => {
  const txt = robotsTxt({ locales: ['fr-fr', 'de-de'], sitemapUrl: site('/sitemap.xml') });
  it('names the sitemap and keeps crawlers out of private areas, not out of the catalog', () => {
    const lines = txt.split('\n');
    expect(lines).toContain('Sitemap: https://reloop.example/sitemap.xml');
    for (const p of [
      '/console',
      '/seller',
      '/dev',
      '/api',
      '/fr-fr/cart',
      '/pro/de-de/checkout',
      '/fr-fr/account',
    ])
      expect(lines, p).toContain(`Disallow: ${p}`);
    expect(lines).toContain('Allow: /');
    // Nothing that would match a catalog page: no wildcard rules.
    expect(lines.filter((l) => l.includes('*') && l !== 'User-agent: *')).toEqual([]);
    for (const l of lines.filter((x) => x.startsWith('Disallow: ')))
      for (const page of ['/fr-fr', '/fr-fr/c/smartphones', '/fr-fr/p/cartridge-x', '/fr-fr/s/shop'])
        expect(page.startsWith(l.slice('Disallow: '.length)), `${l} blocks ${page}`).toBe(false);
  });
});

describe('JSON-LD', () => {
  const input = {
    url: site('/fr-fr/p/x'),
    name: 'iPhone 13 </script><script>alert(1)</script>',
    brand: 'Apple',
    ean: '0194252707029',
    image: site('/images/products/x.svg'),
    description: 'Un téléphone',
    currency: 'EUR',
    offers: [
      {
        url: site('/fr-fr/p/x?grade=GOOD'),
        priceMinor: 45_900,
        currency: 'EUR',
        sellerName: 'Shop & Co',
        inStock: true,
      },
    ],
  };

  it('describes the product with its GTIN and refurbished offers', () => {
    const doc = productJsonLd(input) as Record<string, unknown>;
    expect(doc['@type']).toBe('Product');
    expect(doc.brand).toEqual({ '@type': 'Brand', name: 'Apple' });
    expect(doc.gtin13).toBe('0194252707029');
    expect(doc.offers).toEqual([
      {
        '@type': 'Offer',
        url: site('/fr-fr/p/x?grade=GOOD'),
        price: '459.00',
        priceCurrency: 'EUR',
        itemCondition: 'https://schema.org/RefurbishedCondition',
        availability: 'https://schema.org/InStock',
        seller: { '@type': 'Organization', name: 'Shop & Co' },
      },
    ]);
  });

  it('invents no GTIN and no price', () => {
    const doc = productJsonLd({ ...input, ean: 'ABC-123', offers: [] }) as Record<string, unknown>;
    expect(Object.keys(doc).filter((k) => k.startsWith('gtin'))).toEqual([]);
    expect(doc.offers).toEqual([
      {
        '@type': 'Offer',
        url: input.url,
        priceCurrency: 'EUR',
        itemCondition: 'https://schema.org/RefurbishedCondition',
        availability: 'https://schema.org/OutOfStock',
      },
    ]);
  });

  it('is safe inside a script element and parses back to the same data', () => {
    const doc = productJsonLd(input);
    const text = jsonLdText(doc);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(doc);
    expect(JSON.parse(jsonLdText({ s: 'a\u2028b<!--' }))).toEqual({ s: 'a\u2028b<!--' });
  });

  it('numbers breadcrumb items from 1', () => {
    expect(breadcrumbJsonLd([{ name: 'Reloop', url: site('/fr-fr') }, { name: 'X' }])).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Reloop', item: site('/fr-fr') },
        { '@type': 'ListItem', position: 2, name: 'X' },
      ],
    });
  });
});
