import { html } from 'hono/html';
import {
  formatBp,
  QUALITY_RATE_LABELS,
  QUALITY_THRESHOLDS_BP,
  qualityFlags,
  reviewPending,
} from '../../modules/quality/quality.rules.ts';
import type { QualityDay } from '../../modules/quality/quality-history.ts';
import type { FlaggedSeller } from '../../modules/quality/quality-queue.ts';
import { QUALITY_REVIEW_OUTCOMES } from '../../modules/quality/review-quality-flag.ts';
import type { SellerRow } from '../../modules/sellers/sellers.store.ts';
import { QUALITY_RATE_KEYS, qualityTrendCharts } from '../seller/quality-trends.ts';
import { type FormState, field } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import type { Viewer } from './console-layout.ts';
import { consoleLayout, csrfInput, textarea, when } from './console-layout.ts';

const OUTCOME_LABELS: Record<string, string> = {
  no_action: 'No action',
  warned: 'Warned',
  suspended: 'Suspended',
};

const flagList = (flags: FlaggedSeller['flags']) =>
  flags.length
    ? html`<ul class="plain-list">${flags.map(
        (f) =>
          html`<li>${QUALITY_RATE_LABELS[f.rate]}: <strong>${formatBp(f.valueBp)}</strong> <span class="muted">(threshold ${formatBp(f.thresholdBp)})</span></li>`,
      )}</ul>`
    : html`<span class="muted">Back within</span>`;

/** The review queue: sellers the quality job flagged, those waiting for a review first. */
export function qualityQueuePage(v: Viewer, rows: readonly FlaggedSeller[], nav: Html): Html {
  const pending = rows.filter((r) => r.pending).length;
  return consoleLayout(
    'Quality reviews',
    v.actor,
    v.csrf,
    html`${nav}<h1>Quality reviews</h1>
<p>Sellers whose quality rates over the last 90 days went above a review threshold. The flag clears by itself once every rate is back within.</p>
<p role="status">${pending} waiting for a review; ${rows.length - pending} reviewed and still above a threshold.</p>
${
  rows.length
    ? html`<div class="table-scroll"><table class="data-table">
<caption class="visually-hidden">Flagged sellers</caption>
<thead><tr><th scope="col">Seller</th><th scope="col">Flagged since</th><th scope="col">Above threshold</th><th scope="col">Review</th></tr></thead>
<tbody>${rows.map(
        (r) =>
          html`<tr><td><a href="/console/sellers/${r.seller.id}#quality-h">${r.seller.name}</a> <span class="muted">#${r.seller.id}, ${r.seller.status}</span></td><td>${when(r.seller.qualityFlaggedAt)}</td><td>${flagList(r.flags)}</td><td>${
            r.pending
              ? html`<strong>To review</strong>`
              : html`${OUTCOME_LABELS[r.seller.qualityReviewOutcome ?? ''] ?? '—'}, ${when(r.seller.qualityReviewedAt)}`
          }</td></tr>`,
      )}</tbody></table></div>`
    : html`<p class="empty">No seller is above a threshold.</p>`
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
  return html`<section aria-labelledby="quality-h"><h2 id="quality-h">Quality, last 90 days</h2>
${
  s.qualityFlaggedAt
    ? html`<p class="${pending ? 'error' : ''}">Flagged since ${when(s.qualityFlaggedAt)}${
        s.qualityReviewedAt
          ? html`; last review ${when(s.qualityReviewedAt)}: ${OUTCOME_LABELS[s.qualityReviewOutcome ?? ''] ?? '—'}`
          : ''
      }.</p>${s.qualityReviewedAt && s.qualityReviewNote ? html`<blockquote class="muted">${s.qualityReviewNote}</blockquote>` : ''}`
    : html`<p>Not flagged: every rate is within its threshold.</p>`
}
<div class="table-scroll"><table class="data-table">
<caption class="visually-hidden">Quality rates and thresholds</caption>
<thead><tr><th scope="col">Rate</th><th scope="col" class="num">Seller</th><th scope="col" class="num">Review threshold</th></tr></thead>
<tbody>${QUALITY_RATE_KEYS.map(
    (k) =>
      html`<tr><th scope="row">${QUALITY_RATE_LABELS[k]}</th><td class="num">${s[k] > QUALITY_THRESHOLDS_BP[k] ? html`<strong>${formatBp(s[k])}</strong>` : formatBp(s[k])}</td><td class="num">${formatBp(QUALITY_THRESHOLDS_BP[k])}</td></tr>`,
  )}</tbody></table></div>
${qualityTrendCharts(history, flaggedKeys.length ? flaggedKeys : ['lateDeliveryBp', 'cancellationBp'])}
${
  pending
    ? html`<section aria-labelledby="review-h" class="console-action"><h3 id="review-h">Record the review</h3>
<form method="post" action="/console/sellers/${s.id}/quality-review" novalidate>${csrfInput(v.csrf)}
  ${field(form, {
    name: 'outcome',
    label: 'Outcome',
    required: true,
    options: [
      { value: '', label: 'Choose an outcome' },
      ...Object.entries(QUALITY_REVIEW_OUTCOMES).map(([value, label]) => ({ value, label })),
    ],
  })}
  ${textarea(form, { name: 'note', label: 'Note to the seller', hint: 'Required to warn or suspend: the seller reads it (the facts, what to change).', maxlength: 2000, rows: 4 })}
  <button type="submit">Record the review</button>
</form></section>`
    : ''
}
</section>`;
}
