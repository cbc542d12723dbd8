/** Review moderation in the console (issue 15): the queues and one review's case. English only. */
import { html } from 'hono/html';
import type {
  AppealRow,
  BlockView,
  NoticeRow,
  PhotoQueueItem,
  ReviewCase,
} from '../../modules/reviews/review-moderation.read-model.ts';
import {
  BLOCK_DURATION_CODES,
  CRITERION_CODES,
  type CriterionCode,
  criteriaFor,
  type ModerationTarget,
} from '../../modules/reviews/review-moderation.rules.ts';
import { type FormState, field, notice } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import {
  consoleErrorSummary,
  consoleLayout,
  csrfInput,
  t,
  textarea,
  type Viewer,
  when,
} from './console-layout.ts';

const empty: FormState = { values: {}, errors: [] };

/** Done notices after an action, by the `done` query value. */
export const REVIEW_DONE = {
  photosApproved: 'console.reviews.done.photosApproved',
  photosRejected: 'console.reviews.done.photosRejected',
  removed: 'console.reviews.done.removed',
  replyRemoved: 'console.reviews.done.replyRemoved',
  noticeDecided: 'console.reviews.done.noticeDecided',
  appealDecided: 'console.reviews.done.appealDecided',
  blocked: 'console.reviews.done.blocked',
} as const;
export type ReviewDone = keyof typeof REVIEW_DONE;

/** Which form of the case page a refusal belongs to (each names its fields with its prefix). */
export type ReviewSection = 'photos' | 'remove' | 'reply';

export const criterionName = (c: string) =>
  (CRITERION_CODES as readonly string[]).includes(c)
    ? t(`console.reviews.criterion.${c as CriterionCode}`)
    : c;

const criterionOptions = (target: ModerationTarget) => [
  { value: '', label: t('console.reviews.chooseCriterion') },
  ...criteriaFor(target).map((c) => ({ value: c, label: criterionName(c) })),
];

const dueCell = (dueOn: string, overdue: boolean): Html =>
  html`${dueOn}${overdue ? html` <strong class="status status-overdue">${t('console.reviews.overdue')}</strong>` : ''}`;

export function reviewQueuePage(
  v: Viewer,
  q: { photos: PhotoQueueItem[]; notices: NoticeRow[]; appeals: AppealRow[]; blocks: BlockView[] },
  form: FormState = empty,
  done?: ReviewDone,
): Html {
  return consoleLayout(
    t('console.reviews.title'),
    v.actor,
    v.csrf,
    html`<h1>${t('console.reviews.title')}</h1>
${notice(done ? t(REVIEW_DONE[done]) : undefined)}
<p>${t('console.reviews.intro')}</p>
<section aria-labelledby="photos-h"><h2 id="photos-h">${t('console.reviews.photoQueue')}</h2>
${
  q.photos.length
    ? html`<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="photos-h">
<thead><tr><th scope="col">${t('console.reviews.col.review')}</th><th scope="col">${t('console.reviews.col.product')}</th><th scope="col">${t('console.reviews.col.photos')}</th><th scope="col">${t('console.reviews.col.due')}</th><th scope="col">${t('console.reviews.col.submitted')}</th></tr></thead>
<tbody>${q.photos.map(
        (r) =>
          html`<tr class="photo-queue-row"><th scope="row"><a href="/console/reviews/${r.reviewId}">#${r.reviewId}</a></th><td>${r.product}</td><td><ul class="plain">${r.photos.map((p) => html`<li>#${p.id} · ${dueCell(p.dueOn, p.overdue)}</li>`)}</ul></td><td>${dueCell(r.dueOn, r.overdue)}</td><td>${when(r.submittedAt)}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p role="status">${t('console.reviews.noPhotos')}</p>`
}
</section>
<section aria-labelledby="notices-h"><h2 id="notices-h">${t('console.reviews.notices')}</h2>
${
  q.notices.length
    ? html`<ul class="cards">${q.notices.map(
        (
          n,
        ) => html`<li><p><a href="/console/reviews/${n.reviewId}">${t('console.reviews.noticeAbout', { id: String(n.id), target: n.target, reviewId: String(n.reviewId) })}</a> · ${criterionName(n.criterion)} · ${when(n.receivedAt)}</p>
<p class="pre-wrap">${n.explanation}</p><p class="muted">${n.notifierName} &lt;${n.notifierEmail}&gt;</p>${noticeForm(v, n.id)}</li>`,
      )}</ul>`
    : html`<p role="status">${t('console.reviews.noNotices')}</p>`
}
</section>
<section aria-labelledby="appeals-h"><h2 id="appeals-h">${t('console.reviews.appeals')}</h2>
${
  q.appeals.length
    ? html`<ul class="cards">${q.appeals.map(
        (
          a,
        ) => html`<li><p>${a.reviewId ? html`<a href="/console/reviews/${a.reviewId}">${t('console.reviews.appealAbout', { id: String(a.id), reviewId: String(a.reviewId) })}</a>` : t('console.reviews.appealBlock', { id: String(a.id) })} · ${when(a.receivedAt)}</p>
<p>${t('console.reviews.appealFacts', { email: a.appellantEmail, order: a.orderNumber, date: a.reviewDate, statement: a.statementId })}</p>
<p class="pre-wrap">${a.explanation}</p>${appealForm(v, a.id)}</li>`,
      )}</ul>`
    : html`<p role="status">${t('console.reviews.noAppeals')}</p>`
}
</section>
<section aria-labelledby="blocks-h"><h2 id="blocks-h">${t('console.reviews.blocks')}</h2>
${
  q.blocks.length
    ? html`<ul>${q.blocks.map(
        (b) =>
          html`<li><a href="/console/users/${b.userId}">${b.email}</a> · ${b.until ? t('console.reviews.blockedUntil', { until: b.until.toISOString().slice(0, 10) }) : t('console.reviews.blockedForever')} · ${when(b.blockedAt)}</li>`,
      )}</ul>`
    : html`<p role="status">${t('console.reviews.noBlocks')}</p>`
}
<h3 id="block-h">${t('console.reviews.block')}</h3>
<p>${t('console.reviews.blockHint')}</p>
${consoleErrorSummary(form, { userId: t('console.reviews.userId'), duration: t('console.reviews.duration'), facts: t('console.reviews.facts') })}
<form method="post" action="/console/reviews/blocks" aria-labelledby="block-h">${csrfInput(v.csrf)}
${field(form, { name: 'userId', label: t('console.reviews.userId'), required: true, maxlength: 12 })}
${field(form, { name: 'duration', label: t('console.reviews.duration'), required: true, options: BLOCK_DURATION_CODES.map((d) => ({ value: d, label: t(`console.reviews.duration.${d}`) })) })}
${textarea(form, { name: 'facts', label: t('console.reviews.facts'), hint: t('console.reviews.factsHint'), required: true, maxlength: 2000 })}
<button type="submit">${t('console.reviews.blockSubmit')}</button></form>
</section>`,
  );
}

function noticeForm(v: Viewer, id: number): Html {
  return html`<form method="post" action="/console/reviews/notices/${id}/decide" class="inline">${csrfInput(v.csrf)}
<input type="hidden" name="facts" value="">
<button type="submit" name="decision" value="uphold">${t('console.reviews.uphold')}</button>
<button type="submit" name="decision" value="dismiss">${t('console.reviews.dismiss')}</button></form>`;
}

function appealForm(v: Viewer, id: number): Html {
  return html`<form method="post" action="/console/reviews/appeals/${id}/decide">${csrfInput(v.csrf)}
<div class="field"><label for="note-${id}">${t('console.reviews.note')}</label><textarea id="note-${id}" name="note" rows="2" maxlength="2000"></textarea></div>
<button type="submit" name="decision" value="reverse">${t('console.reviews.reverse')}</button>
<button type="submit" name="decision" value="uphold">${t('console.reviews.upholdDecision')}</button></form>`;
}

export function reviewCasePage(
  v: Viewer,
  r: ReviewCase,
  form: FormState & { section?: ReviewSection } = empty,
  done?: ReviewDone,
): Html {
  const formFor = (s: ReviewSection): FormState => (form.section === s ? form : empty);
  const base = `/console/reviews/${r.id}`;
  const pending = r.photos.some((p) => p.status === 'pending');
  const title = t('console.reviews.caseTitle', { id: String(r.id) });
  return consoleLayout(
    title,
    v.actor,
    v.csrf,
    html`<nav class="breadcrumb" aria-label="${t('console.breadcrumb')}"><ol><li><a href="/console/reviews">${t('console.reviews.title')}</a></li><li aria-current="page">${title}</li></ol></nav>
<h1>${title}</h1>
${notice(done ? t(REVIEW_DONE[done]) : undefined)}
${consoleErrorSummary(form, labels)}
<dl class="specs">
  <dt>${t('console.reviews.col.product')}</dt><dd>${r.product}</dd>
  <dt>${t('console.reviews.order')}</dt><dd><a href="/console/orders/${r.orderId}">#${r.orderId}</a></dd>
  <dt>${t('console.reviews.author')}</dt><dd>${r.authorUserId ? html`<a href="/console/users/${r.authorUserId}">${r.authorEmail ?? `#${r.authorUserId}`}</a>` : t('console.none')}</dd>
  <dt>${t('console.reviews.status')}</dt><dd>${t(`console.reviews.status.${r.status}`)}${r.removalCriterion ? html` · ${criterionName(r.removalCriterion)}` : ''}</dd>
  <dt>${t('console.reviews.rating')}</dt><dd>${t('console.reviews.stars', { rating: r.rating })}</dd>
  <dt>${t('console.reviews.col.submitted')}</dt><dd>${when(r.submittedAt)}</dd>
</dl>
<h2>${t('console.reviews.comment')}</h2>
<p class="pre-wrap review-comment">${r.comment}</p>
${r.replyText ? html`<h2>${t('console.reviews.reply')}</h2><p class="pre-wrap">${r.replyText}</p><p class="muted">${t(`console.reviews.replyStatus.${r.replyStatus ?? 'published'}`)}</p>` : ''}
<section aria-labelledby="photos-h"><h2 id="photos-h">${t('console.reviews.col.photos')}</h2>
${
  r.photos.length
    ? html`<ul class="photo-grid">${r.photos.map(
        (p) =>
          html`<li><img src="/console/reviews/photos/${p.id}" alt="${t('console.reviews.photoAlt', { id: String(p.id) })}" width="160" loading="lazy"><p>${t(`console.reviews.photoStatus.${p.status}`)} · ${t('console.reviews.dueOn', { due: p.moderationDueOn })}</p></li>`,
      )}</ul>`
    : html`<p>${t('console.reviews.noPhoto')}</p>`
}
${
  pending
    ? html`<form method="post" action="${base}/photos" class="inline">${csrfInput(v.csrf)}<input type="hidden" name="decision" value="approve"><button type="submit">${t('console.reviews.approvePhotos')}</button></form>
<form method="post" action="${base}/photos" aria-label="${t('console.reviews.rejectPhotos')}">${csrfInput(v.csrf)}<input type="hidden" name="decision" value="reject">
${field(formFor('photos'), { name: 'photoCriterion', label: t('console.reviews.criterion'), required: true, options: criterionOptions('photos') })}
${textarea(formFor('photos'), { name: 'photoFacts', label: t('console.reviews.facts'), hint: t('console.reviews.factsHint'), required: true, maxlength: 2000 })}
<button type="submit">${t('console.reviews.rejectPhotos')}</button></form>`
    : ''
}
</section>
${
  r.status === 'published'
    ? html`<section aria-labelledby="remove-h"><h2 id="remove-h">${t('console.reviews.remove')}</h2>
<form method="post" action="${base}/remove">${csrfInput(v.csrf)}
${field(formFor('remove'), { name: 'criterion', label: t('console.reviews.criterion'), required: true, options: criterionOptions('review') })}
${textarea(formFor('remove'), { name: 'facts', label: t('console.reviews.facts'), hint: t('console.reviews.factsHint'), required: true, maxlength: 2000 })}
${field(formFor('remove'), { name: 'legalGround', label: t('console.reviews.legalGround'), hint: t('console.reviews.legalGroundHint'), maxlength: 500 })}
<button type="submit">${t('console.reviews.removeSubmit')}</button></form></section>`
    : ''
}
${
  r.replyStatus === 'published'
    ? html`<section aria-labelledby="reply-h"><h2 id="reply-h">${t('console.reviews.removeReply')}</h2>
<form method="post" action="${base}/reply/remove">${csrfInput(v.csrf)}
${field(formFor('reply'), { name: 'replyCriterion', label: t('console.reviews.criterion'), required: true, options: criterionOptions('reply') })}
${textarea(formFor('reply'), { name: 'replyFacts', label: t('console.reviews.facts'), required: true, maxlength: 2000 })}
<button type="submit">${t('console.reviews.removeReplySubmit')}</button></form></section>`
    : ''
}
<section aria-labelledby="history-h"><h2 id="history-h">${t('console.reviews.history')}</h2>
<ul>${r.notices.map((n) => html`<li>${t('console.reviews.noticeLine', { id: String(n.id), status: n.status, criterion: criterionName(n.criterion) })} · ${when(n.receivedAt)}</li>`)}${r.appeals.map((a) => html`<li>${t('console.reviews.appealLine', { id: String(a.id), status: a.status })} · ${when(a.receivedAt)}</li>`)}</ul>
</section>`,
  );
}

const labels: Record<string, string> = {
  criterion: t('console.reviews.criterion'),
  facts: t('console.reviews.facts'),
  legalGround: t('console.reviews.legalGround'),
  photoCriterion: t('console.reviews.criterion'),
  photoFacts: t('console.reviews.facts'),
  replyCriterion: t('console.reviews.criterion'),
  replyFacts: t('console.reviews.facts'),
};
