import { html } from 'hono/html';
import type { QualityRates } from '../../modules/offers/buybox.rules.ts';
import { gradeName } from '../../modules/offers/grade-names.ts';
import { formatBp, QUALITY_RATE_LABELS, QUALITY_THRESHOLDS_BP } from '../../modules/quality/quality.rules.ts';
import type { QualityDay } from '../../modules/quality/quality-history.ts';
import type { Html } from '../ui/layout.ts';
import { barChart } from './charts.ts';
import { QUALITY_RATE_KEYS, qualityTrendCharts } from './quality-trends.ts';
import { money, PORTAL_LANGUAGE, type SellerView, sellerBase, sellerPage } from './seller-layout.ts';

export type DashboardData = {
  ordersPerDay: Array<{ day: string; orders: number }>;
  winRates: Array<{ grade: string; listed: number; winning: number }>;
  rates: QualityRates;
  qualityHistory: QualityDay[];
  due: Array<{ currency: string; owedMinor: number }>;
  payout: { payoutDelayDays: number; estimates: Array<{ currency: string; amountMinor: number }> };
  openOrders: number;
};

const SHORT_LABELS: Record<keyof QualityRates, string> = {
  aestheticDefectBp: 'Aesthetic',
  wrongProductBp: 'Wrong product',
  defectiveProductBp: 'Defective',
  wrongAccessoriesBp: 'Accessories',
  lateDeliveryBp: 'Late',
  cancellationBp: 'Cancelled',
};

const RATE_KEYS = QUALITY_RATE_KEYS;

export function dashboardPage(v: SellerView, d: DashboardData): Html {
  const base = sellerBase(v.sellerId);
  const total = d.ordersPerDay.reduce((s, x) => s + x.orders, 0);
  const flagged = RATE_KEYS.filter((k) => d.rates[k] > QUALITY_THRESHOLDS_BP[k]);
  return sellerPage(
    'Dashboard',
    v,
    html`<h1>Dashboard</h1>
${
  d.openOrders
    ? html`<p class="notice" role="status"><a href="${base}/orders?state=1">${d.openOrders} order${d.openOrders === 1 ? '' : 's'} waiting for you to accept or cancel</a></p>`
    : ''
}
<div class="seller-grid">
<section class="panel" aria-labelledby="sales-h">
  <h2 id="sales-h">Sales</h2>
  <p>${total} paid order${total === 1 ? '' : 's'} in the last 30 days.</p>
  ${barChart({
    title: 'Paid orders per day, last 30 days',
    series: d.ordersPerDay.map((x) => ({ label: x.day.slice(5), value: x.orders })),
    format: (n) => String(Math.round(n)),
    description: `${total} orders in 30 days; busiest day ${
      d.ordersPerDay.reduce(
        (a, b) => (b.orders > a.orders ? b : a),
        d.ordersPerDay[0] ?? { day: '—', orders: 0 },
      ).day
    }.`,
  })}
</section>
<section class="panel" aria-labelledby="buybox-h">
  <h2 id="buybox-h">Buybox</h2>
  ${barChart({
    title: 'Buybox win rate by grade',
    series: d.winRates.map((w) => ({
      label: gradeName(w.grade, PORTAL_LANGUAGE),
      value: w.listed ? (w.winning * 100) / w.listed : 0,
    })),
    format: (n) => `${Math.round(n)} %`,
    scaleTop: 100,
    emptyMessage: 'No live offer yet: publish an offer with stock to compete for the buybox.',
  })}
  ${
    d.winRates.length
      ? html`<p class="small muted">${d.winRates.map((w) => `${gradeName(w.grade, PORTAL_LANGUAGE)}: ${w.winning} of ${w.listed} offer-markets win`).join(' · ')}</p>`
      : ''
  }
  <p><a href="${base}/offers">See the price to win of each offer</a></p>
</section>
</div>
<section class="panel" aria-labelledby="quality-h">
  <h2 id="quality-h">Quality, last 90 days</h2>
  ${
    flagged.length
      ? html`<p class="error" role="status">Above the review threshold: ${flagged.map((k) => QUALITY_RATE_LABELS[k]).join(', ')}. Reloop may review your account; these rates also lower your buybox ranking.</p>`
      : html`<p>All your rates are within the thresholds.</p>`
  }
  <div class="table-scroll"><table class="data-table">
    <caption class="visually-hidden">Quality rates and thresholds</caption>
    <thead><tr><th scope="col">Rate</th><th scope="col" class="num">Yours</th><th scope="col" class="num">Review threshold</th><th scope="col">Status</th></tr></thead>
    <tbody>${RATE_KEYS.map(
      (k) =>
        html`<tr><th scope="row">${QUALITY_RATE_LABELS[k]}</th><td class="num">${formatBp(d.rates[k])}</td><td class="num">${formatBp(QUALITY_THRESHOLDS_BP[k])}</td><td>${
          d.rates[k] > QUALITY_THRESHOLDS_BP[k] ? html`<strong>Above</strong>` : 'Within'
        }</td></tr>`,
    )}</tbody>
  </table></div>
  ${barChart({
    title: 'Quality rates as a share of their review threshold',
    series: RATE_KEYS.map((k) => ({
      label: SHORT_LABELS[k],
      value: Math.round((d.rates[k] * 100) / QUALITY_THRESHOLDS_BP[k]),
    })),
    format: (n) => `${Math.round(n)} %`,
    threshold: { value: 100, label: 'review threshold' },
    description: 'Each bar is the rate divided by its review threshold; above 100 % means under review.',
  })}
  <h3>Trend, last 90 days</h3>
  ${qualityTrendCharts(d.qualityHistory)}
  <p class="small muted">Cancellations and late shipments are measured from your orders every hour; defect, wrong product and accessory rates will come from after-sales claims.</p>
</section>
<section class="panel" aria-labelledby="money-h">
  <h2 id="money-h">Money</h2>
  ${
    d.due.length
      ? html`<dl class="facts">${d.due.map(
          (x) => html`<dt>Due to you (${x.currency})</dt><dd>${money(x.owedMinor, x.currency)}</dd>`,
        )}${d.payout.estimates.map(
          (x) =>
            html`<dt>Next payout estimate (${x.currency})</dt><dd>${money(x.amountMinor, x.currency)}</dd>`,
        )}</dl>
  <p class="small muted">Funds of an order are paid out ${d.payout.payoutDelayDays} days after it shipped; payouts run every hour.</p>`
      : html`<p>Nothing due yet: sales appear here once buyers have paid.</p>`
  }
  <p><a href="${base}/money">Statements and payouts</a></p>
</section>`,
  );
}
