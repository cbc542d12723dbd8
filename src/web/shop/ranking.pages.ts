import { html } from 'hono/html';
import { BESTSELLER_MIN_UNITS, BESTSELLER_TOP_SHARE } from '../../modules/catalog/catalog.rules.ts';
import {
  NO_QUALITY_ISSUES,
  qualityFactorBp,
  RATE_WEIGHTS,
  RATING_BONUS_MAX_BP,
  RATING_BONUS_MIN_REVIEWS,
} from '../../modules/offers/buybox.rules.ts';
import { MIN_WARRANTY_MONTHS } from '../../modules/offers/grades.ts';
import { SELLER_RATING_WINDOW_MONTHS } from '../../modules/reviews/seller-rating.rules.ts';
import type { MessageKey } from '../../platform/i18n.ts';
import { mulDivHalfUp } from '../../platform/money.ts';
import type { PageContext } from '../ui/context.ts';
import { layout } from '../ui/layout.ts';
import type { SeoHead } from '../ui/seo-head.ts';

const RATE_LABEL: Record<string, MessageKey> = {
  aestheticDefectBp: 'rate.aestheticDefect',
  wrongProductBp: 'rate.wrongProduct',
  defectiveProductBp: 'rate.defectiveProduct',
  wrongAccessoriesBp: 'rate.wrongAccessories',
  lateDeliveryBp: 'rate.lateDelivery',
  cancellationBp: 'rate.cancellation',
};

/** The main ranking parameters in plain words (P2B Regulation Art. 5, DSA Art. 27), from the rules' own constants. */
export function rankingPage(ctx: PageContext, seo?: SeoHead) {
  const { t } = ctx;
  const example = 30_000;
  const equivalent = mulDivHalfUp(
    example,
    qualityFactorBp({ ...NO_QUALITY_ISSUES, aestheticDefectBp: 100 }),
    10_000,
  );
  return layout(
    ctx,
    { title: t('ranking.title'), seo },
    html`<article class="prose">
<h1>${t('ranking.title')}</h1>
<p>${t('ranking.intro')}</p>
<h2>${t('ranking.eligible.title')}</h2>
<ul>
  <li>${t('ranking.eligible.seller')}</li>
  <li>${t('ranking.eligible.offer')}</li>
  <li>${t('ranking.eligible.warranty', { months: MIN_WARRANTY_MONTHS })}</li>
</ul>
<h2>${t('ranking.value.title')}</h2>
<p>${t('ranking.value.text')}</p>
<table class="rates">
  <thead><tr><th scope="col">${t('ranking.value.rate')}</th><th scope="col">${t('ranking.value.weight')}</th></tr></thead>
  <tbody>${RATE_WEIGHTS.map(([key, w]) => html`<tr><th scope="row">${t(RATE_LABEL[key]!)}</th><td>${t('ranking.value.weightValue', { weight: w })}</td></tr>`)}</tbody>
</table>
<p>${t('ranking.value.example', { price: ctx.money(example), equivalent: ctx.money(equivalent) })}</p>
<h2>${t('ranking.ties.title')}</h2>
<p>${t('ranking.ties.text')}</p>
<h2>${t('ranking.sellers.title')}</h2>
<p>${t('ranking.sellers.text')}</p>
<h2>${t('ranking.listings.title')}</h2>
<p>${t('ranking.listings.text', { share: BESTSELLER_TOP_SHARE * 100, min: BESTSELLER_MIN_UNITS })}</p>
<h2 id="reviews-ranking">${t('ranking.reviews.title')}</h2>
<p>${t('ranking.reviews.text', { months: SELLER_RATING_WINDOW_MONTHS, min: RATING_BONUS_MIN_REVIEWS, max: RATING_BONUS_MAX_BP / 100 })}</p>
<p>${t('ranking.reviews.product')}</p>
<h2 id="reviews-order">${t('ranking.reviewOrder.title')}</h2>
<p>${t('ranking.reviewOrder.text')}</p>
</article>`,
  );
}
