/**
 * The buyer's after-sales pages (issue 14): "Get help" on an order line and the help request's
 * thread, the list of help requests, the return (withdrawal or commercial return) and the
 * warranty claim. The order page's parcel and per-line actions are rendered here too
 * (`parcelBlock`, `lineAfterSales`) and included by order.pages.ts.
 */
import { html, raw } from 'hono/html';
import type {
  BuyerHelpRequest,
  LineAfterSales,
} from '../../modules/after-sales/buyer-after-sales.read-model.ts';
import {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_FOLDER,
  MAX_MESSAGE_LENGTH,
} from '../../modules/after-sales/care.rules.ts';
import type { FolderSummary, FolderThread } from '../../modules/after-sales/care-folders.read-model.ts';
import { PROBLEMS } from '../../modules/after-sales/outcomes.rules.ts';
import type { ParcelView } from '../../modules/delivery/shipments.read-model.ts';
import type { PageContext } from '../ui/context.ts';
import { errorSummary, type FormState, notice } from '../ui/forms.ts';
import { csrfField, type Html, layout } from '../ui/layout.ts';

/** A calendar day (`YYYY-MM-DD`) in the page's language. */
export const dayText = (ctx: PageContext, day: string) =>
  new Intl.DateTimeFormat(ctx.market.bcp47, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

const when = (ctx: PageContext, d: Date) =>
  new Intl.DateTimeFormat(ctx.market.bcp47, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: ctx.market.timeZone,
  }).format(d);

const MB = MAX_ATTACHMENT_BYTES / (1024 * 1024);
const ACCEPT = 'image/jpeg,image/png,application/pdf';

const problemName = (ctx: PageContext, p: string) =>
  (PROBLEMS as readonly string[]).includes(p)
    ? ctx.t(`afterSales.problem.${p as (typeof PROBLEMS)[number]}`)
    : ctx.t('afterSales.problem.other');
const folderStatus = (ctx: PageContext, s: FolderSummary['status']) => ctx.t(`afterSales.folder.status.${s}`);

const fileInput = (ctx: PageContext, form: FormState) => {
  const error = form.errors.find((e) => e.field === 'files')?.message;
  return html`<div class="field">
  <label for="f-files">${ctx.t('afterSales.help.files')}</label>
  <span class="hint" id="f-files-hint">${ctx.t('afterSales.help.filesHint', { max: MAX_ATTACHMENTS_PER_FOLDER, size: MB })}</span>
  ${error ? html`<span class="error" id="f-files-error">${ctx.t('afterSales.help.files')}: ${error}</span>` : ''}
  <input id="f-files" name="files" type="file" multiple accept="${ACCEPT}" aria-describedby="f-files-hint${error ? ' f-files-error' : ''}"${error ? raw(' aria-invalid="true"') : ''}>
</div>`;
};

const textArea = (
  form: FormState,
  f: { name: string; label: string; required?: boolean; hint?: string },
): Html => {
  const id = `f-${f.name}`;
  const error = form.errors.find((e) => e.field === f.name)?.message;
  const described = [f.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
  <label for="${id}">${f.label}</label>
  ${f.hint ? html`<span class="hint" id="${id}-hint">${f.hint}</span>` : ''}
  ${error ? html`<span class="error" id="${id}-error">${f.label}: ${error}</span>` : ''}
  <textarea id="${id}" name="${f.name}" rows="6" maxlength="${MAX_MESSAGE_LENGTH}"${f.required ? raw(' required') : ''}${described ? raw(` aria-describedby="${described}"`) : ''}${error ? raw(' aria-invalid="true"') : ''}>${form.values[f.name] ?? ''}</textarea>
</div>`;
};

// ————— The order page's parts —————

/** An order's parcel: status in words, carrier, tracking link, expected or delivered day. */
export function parcelBlock(ctx: PageContext, p: ParcelView | undefined): Html | string {
  if (!p) return '';
  const { t } = ctx;
  const tz = ctx.market.timeZone;
  const deliveredOn = p.deliveredAt
    ? new Intl.DateTimeFormat('en-CA', {
        timeZone: tz,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).format(p.deliveredAt)
    : null;
  return html`<div class="parcel" role="status">
<p><strong>${t('afterSales.parcel.title')}:</strong> ${t(`afterSales.parcel.status.${p.status}`)}</p>
<p>${t('afterSales.parcel.carrier', { carrier: p.carrier === 'manual' ? t('afterSales.parcel.carrierUnknown') : p.carrierName })} · ${
    p.trackingUrl
      ? html`<a href="${p.trackingUrl}" rel="noopener noreferrer" target="_blank">${t('afterSales.parcel.track', { tracking: p.trackingNumber })}</a>`
      : t('afterSales.parcel.tracking', { tracking: p.trackingNumber })
  }</p>
<p>${
    deliveredOn
      ? t('afterSales.parcel.deliveredOn', { date: dayText(ctx, deliveredOn) })
      : p.status === 'returned' || p.status === 'lost'
        ? ''
        : t('afterSales.parcel.expected', { date: dayText(ctx, p.estimatedOn) })
  }</p>
</div>`;
}

function returnWindowText(ctx: PageContext, l: LineAfterSales): string {
  const w = l.returnWindow;
  if (w.ok)
    return w.kind === 'withdrawal'
      ? ctx.t('afterSales.return.withdrawalUntil', { date: dayText(ctx, w.endsOn) })
      : ctx.t('afterSales.return.commercialUntil', { date: dayText(ctx, w.endsOn) });
  if (w.reason === 'window_closed')
    return ctx.t('afterSales.return.ended', { date: dayText(ctx, w.endedOn) });
  return ctx.t('afterSales.return.notDelivered');
}

function warrantyText(ctx: PageContext, l: LineAfterSales): string {
  if (!l.warranty) return ctx.t('afterSales.warranty.notDelivered');
  const v = {
    months: l.warranty.months,
    date: dayText(ctx, l.warranty.endsOn),
    legal: dayText(ctx, l.warranty.legalEndsOn),
  };
  return l.warranty.open ? ctx.t('afterSales.warranty.until', v) : ctx.t('afterSales.warranty.ended', v);
}

/** A line's after-sales for its signed-in buyer: actions with their deadlines, then what is under way. */
export function lineAfterSales(ctx: PageContext, checkoutId: string, l: LineAfterSales): Html {
  const { t } = ctx;
  const base = `${ctx.base}/orders/${checkoutId}/lines/${l.lineId}`;
  const openReturn = l.returns.some((r) => r.status !== 'refunded' && r.status !== 'refused');
  const openFolder = l.folders.find((f) => f.status !== 'closed');
  return html`<section class="line-after-sales" aria-labelledby="as-${l.lineId}">
<h4 id="as-${l.lineId}">${l.productName}</h4>
<ul class="actions">
${l.helpable ? html`<li>${openFolder ? html`<a href="${ctx.base}/account/help/${openFolder.id}">${t('afterSales.folder.title', { id: openFolder.id })}</a>` : html`<a class="button" href="${base}/help">${t('afterSales.getHelp')}</a>`}</li>` : ''}
${l.returnable ? html`<li>${l.returnWindow.ok && !openReturn ? html`<a class="button secondary" href="${base}/return">${t('afterSales.returnItem')}</a> ` : ''}<span class="muted">${returnWindowText(ctx, l)}</span></li>` : ''}
${l.returnable ? html`<li>${l.warranty?.open ? html`<a class="button secondary" href="${base}/warranty">${t('afterSales.warrantyClaim')}</a> ` : ''}<span class="muted">${warrantyText(ctx, l)}</span></li>` : ''}
</ul>
${
  l.folders.length || l.returns.length || l.claims.length
    ? html`<ul class="after-sales-cases">
${l.folders.map((f) => html`<li><a href="${ctx.base}/account/help/${f.id}">${t('afterSales.folder.item', { id: f.id, problem: problemName(ctx, f.problem) })}</a>: ${folderStatus(ctx, f.status)}</li>`)}
${l.returns.map((r) => html`<li>${t(`afterSales.return.kind.${r.kind}`, { id: r.id })}: ${t(`afterSales.return.status.${r.status}`)}${r.refundDueOn && r.status !== 'refunded' ? html` · ${t('afterSales.return.refundDue', { date: dayText(ctx, r.refundDueOn) })}` : ''}${r.trackingNumber && r.status === 'label_issued' ? html` · ${t('afterSales.parcel.tracking', { tracking: r.trackingNumber })} · <a href="${base}/return-label.pdf">${t('afterSales.return.labelPdf')}</a>` : ''}</li>`)}
${l.claims.map((c) => html`<li>${t('afterSales.claim.item', { id: c.id })}: ${t(`afterSales.claim.status.${c.status}`)}${c.outcome ? html` (${t(`afterSales.claim.outcome.${c.outcome}`)})` : ''}</li>`)}
</ul>`
    : ''
}
</section>`;
}

// ————— "Get help" —————

export type LinePageView = {
  checkoutId: string;
  orderId: number;
  sellerName: string;
  orderedAt: Date;
  currency: string;
  line: LineAfterSales;
};

const backToOrder = (ctx: PageContext, checkoutId: string) =>
  html`<p><a href="${ctx.base}/orders/${checkoutId}">${ctx.t('afterSales.backToOrder')}</a></p>`;

export function helpPage(ctx: PageContext, v: LinePageView, form: FormState) {
  const { t } = ctx;
  const title = t('afterSales.help.title', { product: v.line.productName });
  const selected = form.values.problem ?? '';
  const problemError = form.errors.find((e) => e.field === 'problem')?.message;
  return layout(
    ctx,
    { title },
    html`<h1>${title}</h1>
<p>${t('afterSales.help.intro', { seller: v.sellerName })}</p>
${errorSummary(ctx, form, { problem: t('afterSales.help.problem'), message: t('afterSales.help.message'), files: t('afterSales.help.files') })}
<form method="post" action="${ctx.base}/orders/${v.checkoutId}/lines/${v.line.lineId}/help" enctype="multipart/form-data" novalidate>${csrfField(ctx)}
<fieldset class="field" id="f-problem"${problemError ? raw(' aria-describedby="f-problem-error"') : ''}>
  <legend>${t('afterSales.help.problem')}</legend>
  ${problemError ? html`<span class="error" id="f-problem-error">${t('afterSales.help.problem')}: ${problemError}</span>` : ''}
  ${PROBLEMS.map(
    (p) =>
      html`<div class="radio"><input type="radio" id="f-problem-${p}" name="problem" value="${p}" required${p === selected ? raw(' checked') : ''}><label for="f-problem-${p}">${problemName(ctx, p)}</label></div>`,
  )}
</fieldset>
${textArea(form, { name: 'message', label: t('afterSales.help.message'), required: true })}
${fileInput(ctx, form)}
<button type="submit">${t('afterSales.help.submit')}</button>
</form>
${backToOrder(ctx, v.checkoutId)}`,
  );
}

// ————— A help request —————

const SIZE = (ctx: PageContext, bytes: number) =>
  new Intl.NumberFormat(ctx.market.bcp47, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  }).format(Math.max(1, Math.round(bytes / 1024)));

export function folderPage(
  ctx: PageContext,
  f: FolderThread,
  item: { productName: string; checkoutId: string | null },
  form: FormState,
  done?: string,
) {
  const { t } = ctx;
  const title = t('afterSales.folder.title', { id: f.id });
  const closed = f.status === 'closed';
  const dueDay = f.due ? dayText(ctx, f.due.by) : '';
  const done_: Record<string, string> = {
    opened: t('afterSales.folder.opened'),
    sent: t('afterSales.folder.sent'),
    escalated: t('afterSales.folder.escalated'),
    closed: t('afterSales.folder.closed'),
  };
  const path = `${ctx.base}/account/help/${f.id}`;
  return layout(
    ctx,
    { title },
    html`<h1>${title}</h1>
${notice(done ? done_[done] : undefined)}
<dl class="specs">
  <dt>${t('afterSales.list.item')}</dt><dd>${item.productName}</dd>
  <dt>${t('afterSales.list.problem')}</dt><dd>${problemName(ctx, f.problem)}</dd>
  <dt>${t('order.state')}</dt><dd><strong>${folderStatus(ctx, f.status)}</strong></dd>
</dl>
${
  f.due
    ? html`<p class="${f.due.overdue ? 'error-summary' : 'notice'}" role="status">${
        f.due.party === 'seller'
          ? t('afterSales.folder.due.seller', { date: dueDay })
          : t('afterSales.folder.due.operator', { date: dueDay })
      }${f.due.overdue && f.due.party === 'seller' ? html` ${t('afterSales.folder.overdue')}` : ''}</p>`
    : ''
}
<section aria-labelledby="thread-h"><h2 id="thread-h">${t('afterSales.folder.thread')}</h2>
<ol class="thread">${f.messages.map(
      (
        m,
      ) => html`<li class="message from-${m.party}"><p class="muted"><strong>${t(`afterSales.party.${m.party}`)}</strong> · <time datetime="${m.createdAt.toISOString()}">${when(ctx, m.createdAt)}</time></p>
<p class="message-body">${m.body}</p>
${
  m.files.length
    ? html`<ul class="files">${m.files.map(
        (x) =>
          html`<li><a href="${path}/files/${x.id}">${x.fileName}</a> <span class="muted">(${SIZE(ctx, x.sizeBytes)})</span></li>`,
      )}</ul>`
    : ''
}</li>`,
    )}</ol>
</section>
<section aria-labelledby="reply-h"><h2 id="reply-h">${t('afterSales.folder.reply')}</h2>
${closed ? html`<p class="muted">${t('afterSales.folder.reopenHint')}</p>` : ''}
${errorSummary(ctx, form, { body: t('afterSales.help.message'), files: t('afterSales.help.files') })}
<form method="post" action="${path}/messages" enctype="multipart/form-data" novalidate>${csrfField(ctx)}
${textArea(form, { name: 'body', label: t('afterSales.help.message'), required: true })}
${fileInput(ctx, form)}
<button type="submit">${t('afterSales.folder.replySubmit')}</button>
</form></section>
${
  closed
    ? ''
    : html`<section aria-labelledby="more-h"><h2 id="more-h">${t('afterSales.folder.more')}</h2>
${
  f.status === 'with_customer_service'
    ? ''
    : html`<form method="post" action="${path}/escalate">${csrfField(ctx)}<p class="hint">${t('afterSales.folder.escalateHint')}</p><button type="submit" class="secondary">${t('afterSales.folder.escalate')}</button></form>`
}
<form method="post" action="${path}/close">${csrfField(ctx)}<button type="submit" class="secondary">${t('afterSales.folder.solved')}</button></form>
</section>`
}
<p><a href="${ctx.base}/account/help">${t('afterSales.list.title')}</a>${item.checkoutId ? html` · <a href="${ctx.base}/orders/${item.checkoutId}">${t('afterSales.backToOrder')}</a>` : ''}</p>`,
  );
}

export function helpListPage(ctx: PageContext, list: readonly BuyerHelpRequest[]) {
  const { t } = ctx;
  const title = t('afterSales.list.title');
  return layout(
    ctx,
    { title },
    html`<h1>${title}</h1>
${
  list.length
    ? html`<table class="data-table"><thead><tr><th scope="col">${t('afterSales.list.request')}</th><th scope="col">${t('afterSales.list.item')}</th><th scope="col">${t('afterSales.list.problem')}</th><th scope="col">${t('order.state')}</th><th scope="col">${t('afterSales.list.lastMessage')}</th></tr></thead>
<tbody>${list.map(
        (f) =>
          html`<tr><td><a href="${ctx.base}/account/help/${f.id}">${t('afterSales.folder.title', { id: f.id })}</a></td><td>${f.productName}</td><td>${problemName(ctx, f.problem)}</td><td>${folderStatus(ctx, f.status)}</td><td>${when(ctx, f.lastMessageAt)}</td></tr>`,
      )}</tbody></table>`
    : html`<p>${t('afterSales.list.none')}</p>`
}
<p><a href="${ctx.base}/account/orders">${t('order.list')}</a></p>`,
  );
}

// ————— Returns and warranty —————

export function returnPage(
  ctx: PageContext,
  v: LinePageView & { buyerName: string; today: string },
  form: FormState,
) {
  const { t } = ctx;
  const l = v.line;
  const w = l.returnWindow;
  const title = t('afterSales.return.title', { product: l.productName });
  const amount = ctx.amount(l.refundMinor, v.currency);
  const ordered = new Intl.DateTimeFormat('en-CA', {
    timeZone: ctx.market.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(v.orderedAt);
  const closedText = !w.ok ? returnWindowText(ctx, l) : '';
  const body = !w.ok
    ? html`<div class="error-summary" role="alert"><p>${closedText}</p></div>`
    : w.kind === 'withdrawal'
      ? html`<p>${t('afterSales.return.withdrawal.intro', { date: dayText(ctx, w.endsOn) })}</p>
<section aria-labelledby="model-h" class="model-form"><h2 id="model-h">${t('afterSales.return.form.title')}</h2>
<blockquote>
<p>${t('afterSales.return.form.to', { seller: v.sellerName })}</p>
<p>${t('afterSales.return.form.notice', { product: l.productName, order: v.orderId })}</p>
<p>${t('afterSales.return.form.dates', { ordered: dayText(ctx, ordered), received: l.deliveredOn ? dayText(ctx, l.deliveredOn) : '' })}</p>
<p>${t('afterSales.return.form.name', { name: v.buyerName })}</p>
<p>${t('afterSales.return.form.date', { date: dayText(ctx, v.today) })}</p>
</blockquote></section>
<p><strong>${t('afterSales.return.refund', { amount })}</strong></p>
<p>${t('afterSales.return.refundWithin')}</p>`
      : html`<p>${t('afterSales.return.commercial.intro', { date: dayText(ctx, w.endsOn) })}</p>
<p><strong>${t('afterSales.return.commercial.refund', { amount })}</strong></p>`;
  return layout(
    ctx,
    { title },
    html`<h1>${title}</h1>
${errorSummary(ctx, form, { reason: t('afterSales.return.reason') })}
${body}
${
  w.ok
    ? html`<form method="post" action="${ctx.base}/orders/${v.checkoutId}/lines/${l.lineId}/return" novalidate>${csrfField(ctx)}
${w.kind === 'commercial' ? textArea(form, { name: 'reason', label: t('afterSales.return.reason') }) : ''}
<p class="muted">${t('afterSales.return.next')}</p>
<button type="submit">${w.kind === 'withdrawal' ? t('afterSales.return.submit.withdrawal') : t('afterSales.return.submit.commercial')}</button>
</form>`
    : ''
}
${backToOrder(ctx, v.checkoutId)}`,
  );
}

export function warrantyPage(ctx: PageContext, v: LinePageView, form: FormState) {
  const { t } = ctx;
  const l = v.line;
  const title = t('afterSales.warranty.title', { product: l.productName });
  return layout(
    ctx,
    { title },
    html`<h1>${title}</h1>
${errorSummary(ctx, form, { description: t('afterSales.warranty.description') })}
<p>${warrantyText(ctx, l)}</p>
${
  l.warranty?.open
    ? html`<p>${t('afterSales.warranty.intro')}</p>
<form method="post" action="${ctx.base}/orders/${v.checkoutId}/lines/${l.lineId}/warranty" novalidate>${csrfField(ctx)}
${textArea(form, { name: 'description', label: t('afterSales.warranty.description'), required: true })}
<button type="submit">${t('afterSales.warranty.submit')}</button>
</form>`
    : ''
}
${backToOrder(ctx, v.checkoutId)}`,
  );
}
