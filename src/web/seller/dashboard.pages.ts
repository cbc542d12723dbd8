import { html } from 'hono/html';
import type { QualityRates } from '../../modules/offers/buybox.rules.ts';
import { gradeName } from '../../modules/offers/grade-names.ts';
import { QUALITY_THRESHOLDS_BP } from '../../modules/quality/quality.rules.ts';
import type { QualityDay } from '../../modules/quality/quality-history.ts';
import type { MessageKey } from '../../platform/i18n.ts';
import type { Html } from '../ui/layout.ts';
import { barChart } from './charts.ts';
import { formatRate, QUALITY_RATE_KEYS, QUALITY_RATE_MESSAGE, qualityTrendCharts } from './quality-trends.ts';
import { money, type SellerView, sellerBase, sellerPage } from './seller-layout.ts';

export type DashboardData = {
  ordersPerDay: Array<{ day: string; orders: number }>;
  winRates: Array<{ grade: string; listed: number; winning: number }>;
  rates: QualityRates;
  qualityHistory: QualityDay[];
  due: Array<{ currency: string; owedMinor: number }>;
  payout: { payoutDelayDays: number; estimates: Array<{ currency: string; amountMinor: number }> };
  openOrders: number;
};

const SHORT_LABELS: Record<keyof QualityRates, MessageKey> = {
  aestheticDefectBp: 'portal.quality.short.aestheticDefect',
  wrongProductBp: 'portal.quality.short.wrongProduct',
  defectiveProductBp: 'portal.quality.short.defectiveProduct',
  wrongAccessoriesBp: 'portal.quality.short.wrongAccessories',
  lateDeliveryBp: 'portal.quality.short.lateDelivery',
  cancellationBp: 'portal.quality.short.cancellation',
};

const RATE_KEYS = QUALITY_RATE_KEYS;

export function dashboardPage(v: SellerView, d: DashboardData): Html {
  const { t, locale } = v;
  const base = sellerBase(v.sellerId);
  const total = d.ordersPerDay.reduce((s, x) => s + x.orders, 0);
  const flagged = RATE_KEYS.filter((k) => d.rates[k] > QUALITY_THRESHOLDS_BP[k]);
  const percent = (n: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(n / 100);
  const shortDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', timeZone: 'UTC' });
  const dayOf = (day: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(day) ? shortDay.format(new Date(`${day}T00:00:00Z`)) : day;
  const busiest = d.ordersPerDay.reduce(
    (a, b) => (b.orders > a.orders ? b : a),
    d.ordersPerDay[0] ?? { day: '—', orders: 0 },
  ).day;
  const rate = (k: keyof QualityRates) => t(QUALITY_RATE_MESSAGE[k]);
  return sellerPage(
    t('portal.dashboard.title'),
    v,
    html`<h1>${t('portal.dashboard.title')}</h1>
${
  d.openOrders
    ? html`<p class="notice" role="status"><a href="${base}/orders?state=1">${t('portal.dashboard.waiting', { count: d.openOrders })}</a></p>`
    : ''
}
<div class="seller-grid">
<section class="panel" aria-labelledby="sales-h">
  <h2 id="sales-h">${t('portal.dashboard.sales')}</h2>
  <p>${t('portal.dashboard.paidOrders', { count: total })}</p>
  ${barChart({
    title: t('portal.dashboard.ordersChart'),
    series: d.ordersPerDay.map((x) => ({ label: dayOf(x.day), value: x.orders })),
    format: (n) => new Intl.NumberFormat(locale).format(Math.round(n)),
    description: t('portal.dashboard.ordersChartDesc', { count: total, day: dayOf(busiest) }),
    t,
    locale,
  })}
</section>
<section class="panel" aria-labelledby="buybox-h">
  <h2 id="buybox-h">${t('portal.dashboard.buybox')}</h2>
  ${barChart({
    title: t('portal.dashboard.winRateChart'),
    series: d.winRates.map((w) => ({
      label: gradeName(w.grade, locale),
      value: w.listed ? (w.winning * 100) / w.listed : 0,
    })),
    format: percent,
    scaleTop: 100,
    emptyMessage: t('portal.dashboard.noLiveOffer'),
    t,
    locale,
  })}
  ${
    d.winRates.length
      ? html`<p class="small muted">${d.winRates.map((w) => t('portal.dashboard.winsOf', { grade: gradeName(w.grade, locale), winning: w.winning, listed: w.listed })).join(' · ')}</p>`
      : ''
  }
  <p><a href="${base}/offers">${t('portal.dashboard.priceToWinLink')}</a></p>
</section>
</div>
<section class="panel" aria-labelledby="quality-h">
  <h2 id="quality-h">${t('portal.dashboard.quality')}</h2>
  ${
    flagged.length
      ? html`<p class="error" role="status">${t('portal.dashboard.aboveThreshold', { rates: new Intl.ListFormat(locale, { type: 'conjunction' }).format(flagged.map(rate)) })}</p>`
      : html`<p>${t('portal.dashboard.withinThresholds')}</p>`
  }
  <div class="table-scroll" tabindex="0"><table class="data-table">
    <caption class="visually-hidden">${t('portal.dashboard.qualityCaption')}</caption>
    <thead><tr><th scope="col">${t('portal.dashboard.rate')}</th><th scope="col" class="num">${t('portal.dashboard.yours')}</th><th scope="col" class="num">${t('portal.dashboard.reviewThreshold')}</th><th scope="col">${t('portal.dashboard.status')}</th></tr></thead>
    <tbody>${RATE_KEYS.map(
      (k) =>
        html`<tr><th scope="row">${rate(k)}</th><td class="num">${formatRate(d.rates[k], locale)}</td><td class="num">${formatRate(QUALITY_THRESHOLDS_BP[k], locale)}</td><td>${
          d.rates[k] > QUALITY_THRESHOLDS_BP[k]
            ? html`<strong>${t('portal.dashboard.above')}</strong>`
            : t('portal.dashboard.within')
        }</td></tr>`,
    )}</tbody>
  </table></div>
  ${barChart({
    title: t('portal.dashboard.shareChart'),
    series: RATE_KEYS.map((k) => ({
      label: t(SHORT_LABELS[k]),
      value: Math.round((d.rates[k] * 100) / QUALITY_THRESHOLDS_BP[k]),
    })),
    format: percent,
    threshold: { value: 100, label: t('portal.quality.threshold') },
    description: t('portal.dashboard.shareChartDesc'),
    t,
    locale,
  })}
  <h3>${t('portal.dashboard.trend')}</h3>
  ${qualityTrendCharts(d.qualityHistory, RATE_KEYS, { t, locale })}
  <p class="small muted">${t('portal.dashboard.qualityNote')}</p>
</section>
<section class="panel" aria-labelledby="money-h">
  <h2 id="money-h">${t('portal.dashboard.money')}</h2>
  ${
    d.due.length
      ? html`<dl class="facts">${d.due.map(
          (x) =>
            html`<dt>${t('portal.dashboard.due', { currency: x.currency })}</dt><dd>${money(x.owedMinor, x.currency, locale)}</dd>`,
        )}${d.payout.estimates.map(
          (x) =>
            html`<dt>${t('portal.dashboard.nextPayout', { currency: x.currency })}</dt><dd>${money(x.amountMinor, x.currency, locale)}</dd>`,
        )}</dl>
  <p class="small muted">${t('portal.dashboard.payoutNote', { days: d.payout.payoutDelayDays })}</p>`
      : html`<p>${t('portal.dashboard.nothingDue')}</p>`
  }
  <p><a href="${base}/money">${t('portal.dashboard.moneyLink')}</a></p>
</section>`,
  );
}
