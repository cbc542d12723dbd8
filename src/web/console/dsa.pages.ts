/**
 * DSA notice and action in the console (issue 16), English only: the queue of notices (oldest
 * first, with their age), one notice with the content it names and the decision form, the Art. 32
 * buyer information form, and the queue of complaints with their decision forms.
 */
import { html } from 'hono/html';
import type { ContestedDecision } from '../../modules/compliance/complaint.rules.ts';
import type { NoticeContent } from '../../modules/compliance/dsa-content.read-model.ts';
import type {
  DsaComplaintRow,
  DsaNoticeRow,
  ProductSafetyNoticeRow,
} from '../../modules/compliance/dsa-notices.store.ts';
import {
  decisionsFor,
  NOTICE_CATEGORIES,
  type NoticeCategory,
} from '../../modules/compliance/notice.rules.ts';
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

export const DSA_DONE = {
  noticeDecided: 'console.dsa.done.noticeDecided',
  buyersInformed: 'console.dsa.done.buyersInformed',
  complaintDecided: 'console.dsa.done.complaintDecided',
} as const;
export type DsaDone = keyof typeof DSA_DONE;

const DAY = 86_400_000;
const age = (receivedAt: Date, now: Date) =>
  t('console.dsa.age', { days: Math.max(0, Math.floor((now.getTime() - receivedAt.getTime()) / DAY)) });

const categoryName = (c: string) =>
  c in NOTICE_CATEGORIES ? t(`console.dsa.category.${c as NoticeCategory}`) : c;

export function noticeQueuePage(v: Viewer, notices: DsaNoticeRow[], now: Date, done?: DsaDone): Html {
  return consoleLayout(
    t('console.dsa.notices.title'),
    v.actor,
    v.csrf,
    html`<h1>${t('console.dsa.notices.title')}</h1>
${notice(done ? t(DSA_DONE[done]) : undefined)}
<p>${t('console.dsa.notices.intro')}</p>
<p><a href="/console/dsa/complaints">${t('console.dsa.complaints.title')}</a></p>
${
  notices.length
    ? html`<div class="table-scroll" tabindex="0"><table class="data-table" aria-label="${t('console.dsa.notices.title')}">
<thead><tr><th scope="col">${t('console.dsa.col.notice')}</th><th scope="col">${t('console.dsa.col.age')}</th><th scope="col">${t('console.dsa.col.kind')}</th><th scope="col">${t('console.dsa.col.category')}</th><th scope="col">${t('console.dsa.col.url')}</th></tr></thead>
<tbody>${notices.map(
        (n) =>
          html`<tr class="dsa-notice-row"><th scope="row"><a href="/console/dsa/notices/${n.id}">#${n.id}</a></th><td>${age(n.receivedAt, now)} · ${when(n.receivedAt)}</td><td>${t(`console.dsa.kind.${n.contentKind}`)}</td><td>${categoryName(n.category)}</td><td class="break">${n.url}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p role="status">${t('console.dsa.notices.empty')}</p>`
}`,
  );
}

function contentList(c: NoticeContent): Html {
  return html`<dl class="facts">
${c.product ? html`<dt>${t('console.dsa.content.product')}</dt><dd>${c.product.name}</dd>` : ''}
${c.offer ? html`<dt>${t('console.dsa.content.offer')}</dt><dd>${t('console.dsa.content.offerFacts', { id: c.offer.id, sku: c.offer.sku, grade: c.offer.grade, stock: c.offer.quantity, published: c.offer.published ? 'yes' : 'no' })}</dd>` : ''}
${c.seller ? html`<dt>${t('console.dsa.content.seller')}</dt><dd><a href="/console/sellers/${c.seller.id}">${c.seller.name}</a> · ${c.seller.status}</dd>` : ''}
${c.review ? html`<dt>${t('console.dsa.content.review')}</dt><dd><a href="/console/reviews/${c.review.id}">#${c.review.id}</a> · ${c.review.status}<p class="pre-wrap">${c.review.text}</p></dd>` : ''}
</dl>`;
}

export function noticeCasePage(
  v: Viewer,
  a: { notice: DsaNoticeRow; content: NoticeContent; safety: ProductSafetyNoticeRow[]; now: Date },
  forms: { decide?: FormState; buyers?: FormState } = {},
  done?: DsaDone,
): Html {
  const n = a.notice;
  const decide = forms.decide ?? empty;
  const category = NOTICE_CATEGORIES[n.category as NoticeCategory];
  const decideForm: FormState = {
    ...decide,
    values: { ground: 'illegal_content', legalGround: category?.legalGround ?? '', ...decide.values },
  };
  const buyers = forms.buyers ?? {
    ...empty,
    values: { scope: n.offerId ? 'offer' : 'seller', legalGround: category?.legalGround ?? '' },
  };
  return consoleLayout(
    t('console.dsa.notice.title', { id: n.id }),
    v.actor,
    v.csrf,
    html`<h1>${t('console.dsa.notice.title', { id: n.id })}</h1>
${notice(done ? t(DSA_DONE[done]) : undefined)}
<p><a href="/console/dsa/notices">${t('console.dsa.notices.back')}</a></p>
<dl class="facts">
<dt>${t('console.dsa.col.received')}</dt><dd>${when(n.receivedAt)} · ${age(n.receivedAt, a.now)}</dd>
<dt>${t('console.dsa.col.kind')}</dt><dd>${t(`console.dsa.kind.${n.contentKind}`)}</dd>
<dt>${t('console.dsa.col.url')}</dt><dd class="break"><a href="${n.url}" rel="noreferrer noopener nofollow" target="_blank">${n.url}</a></dd>
<dt>${t('console.dsa.col.category')}</dt><dd>${categoryName(n.category)}</dd>
<dt>${t('console.dsa.col.notifier')}</dt><dd>${n.notifierName || n.notifierEmail ? `${n.notifierName ?? ''} <${n.notifierEmail ?? ''}>` : t('console.dsa.anonymous')}</dd>
<dt>${t('console.dsa.col.goodFaith')}</dt><dd>${t('console.dsa.goodFaithGiven')}</dd>
</dl>
<h2>${t('console.dsa.notice.explanation')}</h2>
<p class="pre-wrap">${n.explanation}</p>
<h2>${t('console.dsa.notice.content')}</h2>
${contentList(a.content)}
<p class="muted">${t('console.dsa.automatedMeans')}</p>
${
  n.status === 'open'
    ? html`<section aria-labelledby="decide-h"><h2 id="decide-h">${t('console.dsa.decide.title')}</h2>
${consoleErrorSummary(decide, { decision: t('console.dsa.decide.decision'), reason: t('console.dsa.decide.reason'), legalGround: t('console.dsa.decide.legalGround'), contractualGround: t('console.dsa.decide.contractualGround') })}
<form method="post" action="/console/dsa/notices/${n.id}/decide">${csrfInput(v.csrf)}
${field(decideForm, { name: 'decision', label: t('console.dsa.decide.decision'), required: true, options: decisionsFor(n).map((d) => ({ value: d, label: t(`console.dsa.decision.${d}`) })) })}
${field(decideForm, {
  name: 'ground',
  label: t('console.dsa.decide.ground'),
  hint: t('console.dsa.decide.groundHint'),
  options: [
    { value: 'illegal_content', label: t('console.dsa.ground.illegal_content') },
    { value: 'incompatible_terms', label: t('console.dsa.ground.incompatible_terms') },
  ],
})}
${field(decideForm, { name: 'legalGround', label: t('console.dsa.decide.legalGround'), maxlength: 500 })}
${field(decideForm, { name: 'contractualGround', label: t('console.dsa.decide.contractualGround'), maxlength: 500 })}
${textarea(decideForm, { name: 'reason', label: t('console.dsa.decide.reason'), hint: t('console.dsa.decide.reasonHint'), required: true, maxlength: 2000 })}
<button type="submit">${t('console.dsa.decide.submit')}</button></form></section>`
    : html`<section aria-labelledby="decided-h"><h2 id="decided-h">${t('console.dsa.decided.title')}</h2>
<dl class="facts"><dt>${t('console.dsa.decide.decision')}</dt><dd>${n.decision ? t(`console.dsa.decision.${n.decision}`) : ''}</dd>
<dt>${t('console.dsa.decide.reason')}</dt><dd class="pre-wrap">${n.decisionReason ?? ''}</dd>
<dt>${t('console.dsa.decided.when')}</dt><dd>${when(n.decidedAt)}</dd>
${n.statementId ? html`<dt>${t('console.dsa.decided.statement')}</dt><dd><code>${n.statementId}</code></dd>` : ''}</dl></section>`
}
${
  n.productId
    ? html`<section aria-labelledby="art32-h"><h2 id="art32-h">${t('console.dsa.buyers.title')}</h2>
<p>${t('console.dsa.buyers.intro')}</p>
${a.safety.length ? html`<ul>${a.safety.map((s) => html`<li>${t('console.dsa.buyers.past', { notified: s.buyersNotified, without: s.buyersWithoutContact, published: s.published ? 'yes' : 'no' })} · ${when(s.createdAt)}</li>`)}</ul>` : ''}
${consoleErrorSummary(buyers, { illegality: t('console.dsa.buyers.illegality'), legalGround: t('console.dsa.decide.legalGround') })}
<form method="post" action="/console/dsa/notices/${n.id}/buyers">${csrfInput(v.csrf)}
${field(buyers, { name: 'scope', label: t('console.dsa.buyers.scope'), options: [...(n.offerId ? [{ value: 'offer', label: t('console.dsa.buyers.scope.offer') }] : []), ...(n.sellerId ? [{ value: 'seller', label: t('console.dsa.buyers.scope.seller') }] : []), { value: 'all', label: t('console.dsa.buyers.scope.all') }] })}
${textarea(buyers, { name: 'illegality', label: t('console.dsa.buyers.illegality'), hint: t('console.dsa.buyers.illegalityHint'), required: true, maxlength: 2000 })}
${field(buyers, { name: 'legalGround', label: t('console.dsa.decide.legalGround'), required: true, maxlength: 500 })}
${field(buyers, {
  name: 'publish',
  label: t('console.dsa.buyers.publish'),
  options: [
    { value: 'if_needed', label: t('console.dsa.buyers.publish.if_needed') },
    { value: 'always', label: t('console.dsa.buyers.publish.always') },
  ],
})}
<button type="submit">${t('console.dsa.buyers.submit')}</button></form></section>`
    : ''
}`,
  );
}

export type ComplaintView = {
  complaint: DsaComplaintRow;
  decision: ContestedDecision;
  decidedBy: number | null;
  summary: string;
};

export function complaintQueuePage(
  v: Viewer,
  items: ComplaintView[],
  now: Date,
  form: { id: number; state: FormState } | null = null,
  done?: DsaDone,
): Html {
  return consoleLayout(
    t('console.dsa.complaints.title'),
    v.actor,
    v.csrf,
    html`<h1>${t('console.dsa.complaints.title')}</h1>
${notice(done ? t(DSA_DONE[done]) : undefined)}
<p>${t('console.dsa.complaints.intro')}</p>
<p><a href="/console/dsa/notices">${t('console.dsa.notices.title')}</a></p>
${
  items.length
    ? html`<ul class="cards">${items.map((i) => {
        const c = i.complaint;
        const state = form?.id === c.id ? form.state : empty;
        return html`<li class="dsa-complaint" id="complaint-${c.id}"><h2>${t('console.dsa.complaint.title', { id: c.id })}</h2>
<p>${age(c.receivedAt, now)} · ${when(c.receivedAt)} · ${c.complainantEmail}</p>
<p>${t(`console.dsa.contested.${i.decision.kind}`)}${c.statementId ? html` · <code>${c.statementId}</code>` : ''}${c.noticeId ? html` · <a href="/console/dsa/notices/${c.noticeId}">#${c.noticeId}</a>` : ''}</p>
<p class="muted pre-wrap">${i.summary}</p>
<p class="pre-wrap">${c.explanation}</p>
${i.decidedBy !== null && i.decidedBy === v.actor?.userId ? html`<p class="status">${t('console.dsa.complaint.ownDecision')}</p>` : ''}
${consoleErrorSummary(state, { [`note-${c.id}`]: t('console.dsa.complaint.note') })}
<form method="post" action="/console/dsa/complaints/${c.id}/decide">${csrfInput(v.csrf)}
${textarea(state, { name: `note-${c.id}`, label: t('console.dsa.complaint.note'), hint: t('console.dsa.complaint.noteHint'), required: true, maxlength: 2000 })}
<button type="submit" name="decision" value="uphold">${t('console.dsa.complaint.uphold')}</button>
<button type="submit" name="decision" value="reject">${t('console.dsa.complaint.reject')}</button></form></li>`;
      })}</ul>`
    : html`<p role="status">${t('console.dsa.complaints.empty')}</p>`
}`,
  );
}
