import { html } from 'hono/html';
import type { ContactPoints } from '../../modules/compliance/contact-points.ts';
import type { TransparencyReport } from '../../modules/compliance/transparency-report.ts';
import type { PageContext } from '../ui/context.ts';
import { type Html, layout } from '../ui/layout.ts';

type Bar = { label: string; value: number };

/**
 * Numbers people compare, as horizontal bars: an SVG (attributes only, no inline style, so the
 * page's CSP holds) with the figures also written out in a table for screen readers and copying.
 */
function barChart(ctx: PageContext, caption: string, bars: Bar[]) {
  const n = new Intl.NumberFormat(ctx.market.bcp47);
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowH = 28;
  return html`<figure class="bar-chart">
<svg viewBox="0 0 320 ${bars.length * rowH}" width="100%" role="img" aria-label="${caption}">${bars.map(
    (b, i) =>
      html`<rect x="0" y="${i * rowH + 4}" width="${Math.round((b.value / max) * 300)}" height="${rowH - 10}" rx="3" fill="currentColor" opacity="0.7"></rect>`,
  )}</svg>
<table><caption>${caption}</caption><tbody>${bars.map(
    (b) => html`<tr><th scope="row">${b.label}</th><td>${n.format(b.value)}</td></tr>`,
  )}</tbody></table></figure>`;
}

function figures(ctx: PageContext, rows: Array<[string, number | string | null]>) {
  const n = new Intl.NumberFormat(ctx.market.bcp47, { maximumFractionDigits: 1 });
  return html`<dl class="figures">${rows.map(
    ([label, v]) =>
      html`<div><dt>${label}</dt><dd>${v === null ? ctx.t('dsa.report.none') : typeof v === 'number' ? n.format(v) : v}</dd></div>`,
  )}</dl>`;
}

const day = (ctx: PageContext, ymd: string) =>
  new Intl.DateTimeFormat(ctx.market.bcp47, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${ymd}T00:00:00Z`),
  );

export function transparencyReportPage(ctx: PageContext, r: TransparencyReport, years: number[]) {
  const { t } = ctx;
  const base = `/${ctx.market.locale}/legal/transparency-report`;
  const title = t('dsa.report.title', { year: r.year });
  const N = r.notices;
  const O = r.ownInitiative;
  const C = r.complaints;
  return layout(
    ctx,
    { title },
    html`<article class="legal transparency-report"><h1>${title}</h1>
<p>${t('dsa.report.intro')}</p>
<p class="muted">${t(r.toDate ? 'dsa.report.periodToDate' : 'dsa.report.period', { start: day(ctx, r.periodStart), end: day(ctx, r.periodEnd) })}</p>
<nav aria-label="${t('dsa.report.years')}"><ul class="inline">${years.map((y) =>
      y === r.year
        ? html`<li><strong aria-current="page">${y}</strong></li>`
        : html`<li><a href="${base}?year=${y}">${y}</a></li>`,
    )}</ul></nav>
<p><a href="${base}.csv?year=${r.year}" download>${t('dsa.report.csv')}</a></p>
<section aria-labelledby="tr-orders"><h2 id="tr-orders">${t('dsa.report.section.orders')}</h2>
${figures(ctx, [[t('dsa.report.metric.ordersReceived'), r.authorityOrders.received]])}</section>
<section aria-labelledby="tr-notices"><h2 id="tr-notices">${t('dsa.report.section.notices')}</h2>
${figures(ctx, [
  [t('dsa.report.metric.noticesReceived'), N.received],
  [t('dsa.report.metric.trustedFlaggers'), N.fromTrustedFlaggers],
  [t('dsa.report.metric.automatedNotices'), N.processedByAutomatedMeans],
  [t('dsa.report.metric.decided'), N.decided],
  [t('dsa.report.metric.open'), N.open],
  [t('dsa.report.metric.actionLegal'), N.actionOnLegalGround],
  [t('dsa.report.metric.actionTerms'), N.actionOnTermsGround],
  [t('dsa.report.metric.noAction'), N.noAction],
  [t('dsa.report.metric.medianHours'), N.medianHoursToDecision],
])}
${barChart(
  ctx,
  t('dsa.report.chart.noticesByCategory'),
  Object.entries(N.byCategory).map(([k, v]) => ({ label: t(`dsa.report.category.${k}` as never), value: v })),
)}
${barChart(
  ctx,
  t('dsa.report.chart.noticesByKind'),
  Object.entries(N.byKind).map(([k, v]) => ({ label: t(`dsa.report.kind.${k}` as never), value: v })),
)}</section>
<section aria-labelledby="tr-own"><h2 id="tr-own">${t('dsa.report.section.own')}</h2>
${figures(ctx, [
  [t('dsa.report.metric.measures'), O.measures],
  [t('dsa.report.metric.groundLegal'), O.byGround.illegal_content],
  [t('dsa.report.metric.groundTerms'), O.byGround.incompatible_terms],
  [t('dsa.report.metric.detectedAutomated'), O.detectedByAutomatedMeans],
  [t('dsa.report.metric.decidedAutomated'), O.decidedByAutomatedMeans],
])}
${barChart(
  ctx,
  t('dsa.report.chart.measuresByRestriction'),
  Object.entries(O.byMeasure).map(([k, v]) => ({ label: t(`dsa.report.measure.${k}` as never), value: v })),
)}</section>
<section aria-labelledby="tr-complaints"><h2 id="tr-complaints">${t('dsa.report.section.complaints')}</h2>
${figures(ctx, [
  [t('dsa.report.metric.complaintsReceived'), C.received],
  [t('dsa.report.metric.aboutStatements'), C.aboutStatements],
  [t('dsa.report.metric.aboutNotices'), C.aboutNotices],
  [t('dsa.report.metric.decided'), C.decided],
  [t('dsa.report.metric.reversed'), C.reversed],
  [t('dsa.report.metric.upheld'), C.upheldDecisions],
  [t('dsa.report.metric.open'), C.open],
  [t('dsa.report.metric.medianHours'), C.medianHoursToDecision],
])}
${barChart(ctx, t('dsa.report.chart.complaints'), [
  { label: t('dsa.report.metric.complaintsReceived'), value: C.received },
  { label: t('dsa.report.metric.decided'), value: C.decided },
  { label: t('dsa.report.metric.reversed'), value: C.reversed },
])}</section>
<section aria-labelledby="tr-disputes"><h2 id="tr-disputes">${t('dsa.report.section.disputes')}</h2>
${figures(ctx, [[t('dsa.report.metric.disputes'), r.outOfCourtDisputes.submitted]])}</section>
<section aria-labelledby="tr-suspensions"><h2 id="tr-suspensions">${t('dsa.report.section.suspensions')}</h2>
${figures(ctx, [
  [t('dsa.report.metric.suspendedIllegal'), r.suspensions.manifestlyIllegalContent],
  [t('dsa.report.metric.suspendedNotices'), r.suspensions.unfoundedNotices],
  [t('dsa.report.metric.suspendedComplaints'), r.suspensions.unfoundedComplaints],
])}</section>
<section aria-labelledby="tr-automated"><h2 id="tr-automated">${t('dsa.report.section.automated')}</h2>
<p>${t('dsa.report.automatedText')}</p></section>
<section aria-labelledby="tr-recipients"><h2 id="tr-recipients">${t('dsa.report.section.recipients')}</h2>
${figures(ctx, [
  [
    t('dsa.report.metric.recipients', {
      start: day(ctx, r.activeRecipients.periodStart),
      end: day(ctx, r.activeRecipients.periodEnd),
    }),
    r.activeRecipients.average,
  ],
])}</section>
</article>`,
  );
}

/**
 * DSA Arts. 11–12 contact points, as a section of the legal information page of every market:
 * authorities write to one address in English or French; users reach people through the contact
 * form or by email.
 */
export function dsaContactSection(ctx: PageContext, points: ContactPoints, before: Html | '' = '') {
  const { t } = ctx;
  const form = `/${ctx.market.locale}/contact`;
  return html`${before}<section class="legal dsa-contact" aria-labelledby="dsa-contact-h"><h2 id="dsa-contact-h">${t('dsa.contact.title')}</h2>
<h3>${t('dsa.contact.authorities.title')}</h3>
<p>${t('dsa.contact.authorities.text')} <a href="mailto:${points.authorities.email}">${points.authorities.email}</a></p>
<p>${t('dsa.contact.authorities.languages')}</p>
<h3>${t('dsa.contact.users.title')}</h3>
<p>${t('dsa.contact.users.text')} <a href="${form}">${t('dsa.contact.users.form')}</a> · <a href="mailto:${points.users.email}">${points.users.email}</a></p>
<p><a href="/${ctx.market.locale}/legal/transparency-report">${t('dsa.report.link')}</a></p></section>`;
}
