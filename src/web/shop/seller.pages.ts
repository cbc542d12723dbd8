import { html } from 'hono/html';
import type { ReviewsView } from '../../modules/reviews/review-display.ts';
import type { Rating } from '../../modules/reviews/seller-rating.rules.ts';
import type { SellerRow } from '../../modules/sellers/get-seller.ts';
import type { PageContext } from '../ui/context.ts';
import { layout } from '../ui/layout.ts';
import type { SeoHead } from '../ui/seo-head.ts';
import { reportLink } from './dsa.pages.ts';
import { reviewsSection } from './reviews-display.pages.ts';

const RATES = [
  ['rate.aestheticDefect', 'aestheticDefectBp'],
  ['rate.wrongProduct', 'wrongProductBp'],
  ['rate.defectiveProduct', 'defectiveProductBp'],
  ['rate.wrongAccessories', 'wrongAccessoriesBp'],
  ['rate.lateDelivery', 'lateDeliveryBp'],
  ['rate.cancellation', 'cancellationBp'],
] as const;

export function sellerPage(
  ctx: PageContext,
  s: SellerRow & { liveOffers: number; rating: Rating | null; reviews: ReviewsView },
  seo?: SeoHead,
) {
  const { t } = ctx;
  const pct = (bp: number) =>
    `${(bp / 100).toLocaleString(ctx.market.bcp47, { maximumFractionDigits: 2 })} %`;
  return layout(
    ctx,
    { title: s.name, seo },
    html`<h1>${s.name}</h1>
<p>${s.rating ? t('seller.rating', { rating: s.rating.average.toLocaleString(ctx.market.bcp47, { minimumFractionDigits: 1, maximumFractionDigits: 1 }), count: s.rating.count }) : t('seller.noRating')} · ${t('seller.offers', { count: s.liveOffers })} · ${reportLink(ctx, `${ctx.base}/s/${s.slug}`, 'seller')}</p>
<section aria-labelledby="q-h">
  <h2 id="q-h">${t('seller.quality')}</h2>
  <table class="rates"><tbody>
    ${RATES.map(
      ([label, key]) => html`<tr><th scope="row">${t(label)}</th><td>${pct(s[key])}</td>
      <td class="bar-cell" aria-hidden="true"><svg width="160" height="10" role="presentation"><rect width="160" height="10" rx="5" fill="#e6e9ef"/><rect width="${Math.min(160, (s[key] / 1000) * 160)}" height="10" rx="5" fill="#3b5b8c"/></svg></td></tr>`,
    )}
  </tbody></table>
</section>
${reviewsSection(ctx, s.reviews, { action: `${ctx.base}/s/${s.slug}`, window: true })}
<section class="trader" aria-labelledby="trader-h">
  <h2 id="trader-h">${t('product.trader')}</h2>
  <p class="muted">${t('product.traderNote')}</p>
  <dl>
    <dt>${t('product.legalName')}</dt><dd>${s.legalName}</dd>
    <dt>${t('product.address')}</dt><dd>${s.addressLine}, ${s.postalCode} ${s.city}, ${s.country}</dd>
    <dt>${t('product.register')}</dt><dd>${s.tradeRegister} ${s.tradeRegisterNumber}</dd>
    ${s.vatNumber ? html`<dt>${t('product.vatNumber')}</dt><dd>${s.vatNumber}</dd>` : ''}
    <dt>${t('product.contact')}</dt><dd>${s.email} · ${s.phone}</dd>
  </dl>
</section>`,
  );
}
