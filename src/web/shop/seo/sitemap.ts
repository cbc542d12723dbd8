/**
 * Sitemaps (sitemaps.org 0.9) with hreflang alternates (xhtml:link), as pure string builders:
 * every value is escaped, characters XML 1.0 forbids are dropped.
 */

/** A search engine reads at most 50,000 URLs and 50 MB per sitemap; with up to ten alternates per URL, 10,000 stay far below both. */
export const SITEMAP_PAGE_SIZE = 10_000;

export type Alternate = { hreflang: string; href: string };
export type SitemapUrl = { loc: string; lastmod?: string | null; alternates?: Alternate[] };

// Control characters (XML 1.0 forbids C0 ones but tab, line feed and carriage return; C1 ones are
// discouraged), lone surrogates and the non-characters U+FFFE/U+FFFF.
const NOT_XML = /(?![\t\n\r])\p{Cc}|\p{Cs}|[\uFFFE\uFFFF]/gu;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text or attribute content safe anywhere in an XML document. */
export function escapeXml(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** A `<urlset>` of page URLs, each with its alternates in other languages and its last change. */
export function urlsetXml(urls: SitemapUrl[]): string {
  const parts = [
    HEAD,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n',
  ];
  for (const u of urls) {
    parts.push('<url><loc>', escapeXml(u.loc), '</loc>');
    if (u.lastmod) parts.push('<lastmod>', escapeXml(u.lastmod), '</lastmod>');
    for (const a of u.alternates ?? [])
      parts.push(
        '<xhtml:link rel="alternate" hreflang="',
        escapeXml(a.hreflang),
        '" href="',
        escapeXml(a.href),
        '"/>',
      );
    parts.push('</url>\n');
  }
  parts.push('</urlset>\n');
  return parts.join('');
}

/** A sitemap index: the per-market sitemaps. */
export function sitemapIndexXml(sitemaps: Array<{ loc: string; lastmod?: string | null }>): string {
  const parts = [HEAD, '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'];
  for (const s of sitemaps) {
    parts.push('<sitemap><loc>', escapeXml(s.loc), '</loc>');
    if (s.lastmod) parts.push('<lastmod>', escapeXml(s.lastmod), '</lastmod>');
    parts.push('</sitemap>\n');
  }
  parts.push('</sitemapindex>\n');
  return parts.join('');
}

/** How many sitemap files `total` URLs take (at least one, even when empty). */
export function sitemapPages(total: number, pageSize = SITEMAP_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The path of page `page` (1-based) of a market's sitemap: `/sitemaps/fr-fr.xml`, `/sitemaps/fr-fr-2.xml`. */
export function sitemapPath(locale: string, page: number): string {
  return page === 1 ? `/sitemaps/${locale}.xml` : `/sitemaps/${locale}-${page}.xml`;
}

/** The market locale and page of a sitemap file name, or null. */
export function parseSitemapFile(file: string): { locale: string; page: number } | null {
  const m = /^([a-z]{2}-[a-z]{2})(?:-([1-9][0-9]{0,5}))?\.xml$/.exec(file);
  if (!m) return null;
  const page = m[2] ? Number(m[2]) : 1;
  // Page 1 has one name only (`fr-fr.xml`): `fr-fr-1.xml` is not a second address for it.
  if (m[2] && page === 1) return null;
  return { locale: m[1]!, page };
}

/**
 * Which URLs page `page` of a market's sitemap holds: the fixed pages (home, ranking, categories,
 * sellers) come first, then the products in slug order.
 */
export function sitemapWindow(
  page: number,
  pageSize: number,
  fixedCount: number,
  productCount: number,
): { fixed: { start: number; end: number }; products: { offset: number; limit: number } } {
  const start = (page - 1) * pageSize;
  const end = Math.min(fixedCount + productCount, start + pageSize);
  const productsFrom = Math.max(start, fixedCount);
  return {
    fixed: { start: Math.min(start, fixedCount), end: Math.min(end, fixedCount) },
    products: { offset: productsFrom - fixedCount, limit: Math.max(0, end - productsFrom) },
  };
}
