import { MARKETS, type Market, STOREFRONTS } from '../../../platform/markets.ts';
import type { PageContext } from '../../ui/context.ts';
import { jsonLdText, type SeoHead } from '../../ui/seo-head.ts';
import { hreflangAlternates } from './alternates.ts';

const ogLocale = (m: Market) => m.bcp47.replace('-', '_');

/**
 * The <head> tags of a catalog page. `rest` is the path after the market (`/p/slug`, '' for
 * home), `query` its canonical query. The canonical URL is the shop's: a Reloop Pro page shows
 * the same catalog with prices excluding VAT, so it points to the shop's copy.
 */
export function catalogSeo(opts: {
  ctx: PageContext;
  siteUrl: (path: string) => string;
  rest: string;
  query?: string;
  /** Markets where this page exists; the current one always counts. Default: every market. */
  markets?: readonly Market[];
  title: string;
  description?: string;
  image?: string;
  type?: 'website' | 'product';
  robots?: string;
  jsonLd?: unknown[];
}): SeoHead {
  const { ctx, siteUrl } = opts;
  const query = opts.query ?? '';
  const markets = STOREFRONTS.filter(
    (m) => m.code === ctx.market.code || (opts.markets ?? MARKETS).some((x) => x.code === m.code),
  );
  return {
    canonical: siteUrl(`/${ctx.market.locale}${opts.rest}${query}`),
    alternates: hreflangAlternates((p) => siteUrl(`${p}${p === '/' ? '' : query}`), opts.rest, markets),
    robots: opts.robots,
    og: {
      type: opts.type ?? 'website',
      title: opts.title,
      description: opts.description,
      image: opts.image,
      locale: ogLocale(ctx.market),
      localeAlternates: markets.filter((m) => m.locale !== ctx.market.locale).map(ogLocale),
      siteName: ctx.t('site.name'),
    },
    jsonLd: opts.jsonLd?.map(jsonLdText),
  };
}
