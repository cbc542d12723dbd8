/**
 * robots.txt: the catalog is open to crawlers; accounts, carts, checkout, orders, the portals,
 * the API and the development tools are not. Names the sitemap index (an absolute URL).
 * Storefront pages are disallowed per market prefix (`/fr-fr/cart`), never with a wildcard
 * (`/*\/cart` would also match a product slug such as `/fr-fr/p/cartridge`).
 */
const PRIVATE_SITE_PATHS = ['/console', '/seller', '/dev', '/api', '/ws/', '/sandbox/', '/market', '/form'];
const PRIVATE_STOREFRONT_PAGES = [
  'cart',
  'checkout',
  'account',
  'orders',
  'sign-in',
  'sign-up',
  'forgot-password',
  'reset-password',
  'verify-email',
];

export function robotsTxt(opts: { locales: readonly string[]; sitemapUrl: string }): string {
  const lines = ['User-agent: *', 'Allow: /'];
  for (const p of PRIVATE_SITE_PATHS) lines.push(`Disallow: ${p}`);
  for (const base of opts.locales.flatMap((l) => [`/${l}`, `/pro/${l}`]))
    for (const page of PRIVATE_STOREFRONT_PAGES) lines.push(`Disallow: ${base}/${page}`);
  lines.push('', `Sitemap: ${opts.sitemapUrl}`, '');
  return lines.join('\n');
}
