import { html } from 'hono/html';
import {
  formatBp,
  QUALITY_THRESHOLDS_BP,
  qualityFlags,
  reviewPending,
} from '../../modules/quality/quality.rules.ts';
import type { QualityDay } from '../../modules/quality/quality-history.ts';
import type { FlaggedSeller } from '../../modules/quality/quality-queue.ts';
import {
  QUALITY_REVIEW_OUTCOMES,
  type QualityReviewOutcome,
} from '../../modules/quality/review-quality-flag.ts';
import type { SellerRow } from '../../modules/sellers/sellers.store.ts';
import { QUALITY_RATE_KEYS, QUALITY_RATE_MESSAGE, qualityTrendCharts } from '../seller/quality-trends.ts';
import { type FormState, field } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import type { Viewer } from './console-layout.ts';
import { consoleLayout, csrfInput, t, textarea, tx, when } from './console-layout.ts';

const isOutcome = (o: string | null): o is QualityReviewOutcome => !!o && o in QUALITY_REVIEW_OUTCOMES;
/** A recorded outcome, shortly ("Warned"); — when none. */
const outcomeLabel = (o: string | null) =>
  isOutcome(o) ? t(`console.quality.outcome.${o}`) : t('console.none');
const rateName = (k: keyof typeof QUALITY_RATE_MESSAGE) => t(QUALITY_RATE_MESSAGE[k]);

const flagList = (flags: FlaggedSeller['flags']) =>
  flags.length
    ? html`<ul class="plain-list">${flags.map(
        (f) =>
          html`<li>${rateName(f.rate)}: <strong>${formatBp(f.valueBp)}</strong> <span class="muted">${t('console.quality.threshold', { threshold: formatBp(f.thresholdBp) })}</span></li>`,
      )}</ul>`
    : html`<span class="muted">${t('console.quality.backWithin')}</span>`;

/** The review queue: sellers the quality job flagged, those waiting for a review first. */
export function qualityQueuePage(v: Viewer, rows: readonly FlaggedSeller[], nav: Html): Html {
  const pending = rows.filter((r) => r.pending).length;
  return consoleLayout(
    t('console.quality.title'),
    v.actor,
    v.csrf,
    html`${nav}<h1>${t('console.quality.title')}</h1>
<p>${t('console.quality.intro')}</p>
<p role="status">${t('console.quality.counts', { pending, reviewed: rows.length - pending })}</p>
${
  rows.length
    ? html`<div class="table-scroll" tabindex="0"><table class="data-table">
<caption class="visually-hidden">${t('console.quality.caption')}</caption>
<thead><tr><th scope="col">${t('console.order.seller')}</th><th scope="col">${t('console.quality.col.flaggedSince')}</th><th scope="col">${t('console.quality.col.above')}</th><th scope="col">${t('console.quality.col.review')}</th></tr></thead>
<tbody>${rows.map(
        (r) =>
          html`<tr><td><a href="/console/sellers/${r.seller.id}#quality-h">${r.seller.name}</a> <span class="muted">#${r.seller.id}, ${t(`console.sellerStatus.${r.seller.status}`)}</span></td><td>${when(r.seller.qualityFlaggedAt)}</td><td>${flagList(r.flags)}</td><td>${
            r.pending
              ? html`<strong>${t('console.quality.toReview')}</strong>`
              : html`${outcomeLabel(r.seller.qualityReviewOutcome)}, ${when(r.seller.qualityReviewedAt)}`
          }</td></tr>`,
      )}</tbody></table></div>`
    : html`<p class="empty">${t('console.quality.none')}</p>`
}`,
  );
}

/** The quality section of a seller's console page: rates, trend, and the review form when flagged. */
export function qualitySection(
  v: Viewer,
  s: SellerRow,
  history: readonly QualityDay[],
  form: FormState,
): Html {
  const flags = qualityFlags(s);
  const pending = reviewPending(s);
  const flaggedKeys = flags.map((f) => f.rate);
  return html`<section aria-labelledby="quality-h"><h2 id="quality-h">${t('console.quality.section')}</h2>
${
  s.qualityFlaggedAt
    ? html`<p class="${pending ? 'error' : ''}">${
        s.qualityReviewedAt
          ? tx('console.quality.flaggedReviewed', {
              since: when(s.qualityFlaggedAt),
              at: when(s.qualityReviewedAt),
              outcome: outcomeLabel(s.qualityReviewOutcome),
            })
          : tx('console.quality.flagged', { since: when(s.qualityFlaggedAt) })
      }</p>${s.qualityReviewedAt && s.qualityReviewNote ? html`<blockquote class="muted">${s.qualityReviewNote}</blockquote>` : ''}`
    : html`<p>${t('console.quality.notFlagged')}</p>`
}
<div class="table-scroll" tabindex="0"><table class="data-table">
<caption class="visually-hidden">${t('console.quality.ratesCaption')}</caption>
<thead><tr><th scope="col">${t('console.col.rate')}</th><th scope="col" class="num">${t('console.order.seller')}</th><th scope="col" class="num">${t('console.quality.col.threshold')}</th></tr></thead>
<tbody>${QUALITY_RATE_KEYS.map(
    (k) =>
      html`<tr><th scope="row">${rateName(k)}</th><td class="num">${s[k] > QUALITY_THRESHOLDS_BP[k] ? html`<strong>${formatBp(s[k])}</strong>` : formatBp(s[k])}</td><td class="num">${formatBp(QUALITY_THRESHOLDS_BP[k])}</td></tr>`,
  )}</tbody></table></div>
${qualityTrendCharts(history, flaggedKeys.length ? flaggedKeys : ['lateDeliveryBp', 'cancellationBp'])}
${
  pending
    ? html`<section aria-labelledby="review-h" class="console-action"><h3 id="review-h">${t('console.quality.record')}</h3>
<form method="post" action="/console/sellers/${s.id}/quality-review" novalidate>${csrfInput(v.csrf)}
  ${field(form, {
    name: 'outcome',
    label: t('console.quality.outcome'),
    required: true,
    options: [
      { value: '', label: t('console.quality.chooseOutcome') },
      ...(Object.keys(QUALITY_REVIEW_OUTCOMES) as QualityReviewOutcome[]).map((value) => ({
        value,
        label: t(`console.quality.outcomeChoice.${value}`),
      })),
    ],
  })}
  ${textarea(form, { name: 'note', label: t('console.seller.noteToSeller'), hint: t('console.quality.noteHint'), maxlength: 2000, rows: 4 })}
  <button type="submit">${t('console.quality.record')}</button>
</form></section>`
    : ''
}
</section>`;
}
