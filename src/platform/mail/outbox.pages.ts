import { html } from 'hono/html';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import type { AccessMiddleware } from '../http/access.ts';
import type { App } from '../http/app.ts';
import { MAX_ATTEMPTS } from './deliver-outbox.ts';
import type { StoredMail } from './mail-transport.ts';
import { getOutboxMail, listOutbox } from './outbox.store.ts';

/** How many mails the list shows. */
export const OUTBOX_PAGE_SIZE = 100;

const MAX_SERIAL = 2_147_483_647;

type Body = ReturnType<typeof html>;

function page(title: string, body: Body) {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · Reloop local mailbox</title>
<link rel="stylesheet" href="/assets/app.css">
<link rel="icon" href="data:,">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<main id="main" class="wrap" tabindex="-1">
${body}
</main>
</body>
</html>`;
}

function when(at: Date) {
  const iso = at.toISOString();
  return html`<time datetime="${iso}">${iso.slice(0, 16).replace('T', ' ')} UTC</time>`;
}

function status(mail: StoredMail) {
  if (mail.sentAt) return html`Delivered ${when(mail.sentAt)}`;
  if (mail.attempts >= MAX_ATTEMPTS) return html`Abandoned after ${mail.attempts} attempts`;
  if (mail.attempts > 0) return html`Waiting to retry (${mail.attempts} failed)`;
  return 'Waiting';
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"'`]+/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;

/** The text, escaped, with its http(s) addresses as links. */
export function linkify(text: string): Body {
  const parts: Array<string | Body> = [];
  let from = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, '');
    if (url.length <= 'https://'.length) continue;
    parts.push(text.slice(from, match.index), html`<a href="${url}">${url}</a>`);
    from = match.index + url.length;
  }
  parts.push(text.slice(from));
  return html`${parts}`;
}

export function outboxListPage(mails: StoredMail[], { to }: { to?: string } = {}) {
  const rows = mails.map(
    (m) => html`<tr>
  <td>${m.toAddress}</td>
  <td><a href="/dev/mail/${m.id}">${m.subject || '(no subject)'}</a></td>
  <td><code>${m.template}</code></td>
  <td>${when(m.createdAt)}</td>
  <td>${status(m)}</td>
</tr>`,
  );
  return page(
    'Mailbox',
    html`<h1>Local mailbox</h1>
<p class="note">Mail written to the outbox stays here instead of leaving the machine: the local mail transport is in use.</p>
<form class="search" role="search" action="/dev/mail" method="get">
  <label for="to">Recipient</label>
  <input id="to" name="to" type="email" value="${to ?? ''}" autocomplete="off">
  <button type="submit">Filter</button>
  ${to ? html`<a href="/dev/mail">Show all mail</a>` : ''}
</form>
${
  mails.length === 0
    ? html`<p class="empty">${to ? html`No mail to ${to}.` : 'No mail yet.'}</p>`
    : html`<div class="table-scroll" tabindex="0">
<table class="offers">
  <caption class="visually-hidden">Latest mail${to ? html` to ${to}` : ''}, newest first</caption>
  <thead><tr><th scope="col">Recipient</th><th scope="col">Subject</th><th scope="col">Template</th><th scope="col">Created</th><th scope="col">Status</th></tr></thead>
  <tbody>
${rows}
  </tbody>
</table>
</div>
${mails.length >= OUTBOX_PAGE_SIZE ? html`<p class="muted small">Showing the latest ${OUTBOX_PAGE_SIZE}.</p>` : ''}`
}`,
  );
}

export function outboxMailPage(mail: StoredMail) {
  return page(
    mail.subject || 'Mail',
    html`<p><a href="/dev/mail">All mail</a></p>
<h1>${mail.subject || '(no subject)'}</h1>
<dl class="specs">
  <dt>To</dt><dd>${mail.toAddress}</dd>
  <dt>Template</dt><dd><code>${mail.template}</code></dd>
  <dt>Created</dt><dd>${when(mail.createdAt)}</dd>
  <dt>Status</dt><dd>${status(mail)}</dd>
  ${mail.lastError ? html`<dt>Last error</dt><dd>${mail.lastError}</dd>` : ''}
</dl>
<h2>Text</h2>
<div class="table-scroll" tabindex="0"><pre>${linkify(mail.textBody)}</pre></div>
${
  mail.htmlBody === null
    ? ''
    : html`<h2>HTML</h2>
<p class="muted small">Shown sandboxed, without scripts; this site's security policy also blocks its inline styles and remote images.</p>
<div class="table-scroll" tabindex="0"><iframe sandbox srcdoc="${mail.htmlBody}" title="HTML version of the mail" width="720" height="480"></iframe></div>
<details>
  <summary>HTML source</summary>
  <div class="table-scroll" tabindex="0"><pre><code>${mail.htmlBody}</code></pre></div>
</details>`
}`,
  );
}

/** GET /dev/mail (list, `?to=` filter) and GET /dev/mail/:id. Mount only with the local transport. */
export function registerOutboxRoutes(app: App, { db, guard }: { db: Db; guard: AccessMiddleware }): void {
  app.get('/dev/mail', guard, async (c) => {
    const to = c.req.query('to')?.trim() || undefined;
    const mails = await listOutbox(db, { to, limit: OUTBOX_PAGE_SIZE });
    c.header('cache-control', 'no-store');
    return c.html(outboxListPage(mails, { to }));
  });
  app.get('/dev/mail/:id{[0-9]+}', guard, async (c) => {
    const id = Number(c.req.param('id'));
    const mail = id <= MAX_SERIAL ? await getOutboxMail(db, id) : undefined;
    if (!mail) throw AppError.notFound('Mail');
    c.header('cache-control', 'no-store');
    return c.html(outboxMailPage(mail));
  });
}
