import { html } from 'hono/html';
import type { PageContext } from '../ui/context.ts';
import { csrfField, type Html, layout } from '../ui/layout.ts';

export type LegalDocumentView = {
  kind: string;
  title: string;
  version: string;
  body: string;
  effectiveAt: Date;
};

const day = (ctx: PageContext, d: Date) =>
  new Intl.DateTimeFormat(ctx.market.bcp47, { dateStyle: 'long', timeZone: 'UTC' }).format(d);

/**
 * A line of a document: `{name}` placeholders take the figures of the page (fees, counts), and
 * `{rankingLink}` links the ranking page.
 */
function line(ctx: PageContext, text: string, figures: Record<string, string>) {
  return text.split(/(\{[a-zA-Z]+\})/).map((part) => {
    const name = /^\{([a-zA-Z]+)\}$/.exec(part)?.[1];
    if (!name) return part;
    if (name === 'rankingLink')
      return html`<a href="${ctx.base}/how-offers-are-ranked">${ctx.t('nav.ranking')}</a>`;
    return figures[name] ?? part;
  });
}

function documentBlock(
  ctx: PageContext,
  d: LegalDocumentView,
  level: 'h1' | 'h2',
  figures: Record<string, string> = {},
) {
  const heading = level === 'h1' ? html`<h1>${d.title}</h1>` : html`<h2>${d.title}</h2>`;
  // "## " starts a section heading, one level below the document's title.
  const section = (text: string) =>
    level === 'h1' ? html`<h2>${line(ctx, text, figures)}</h2>` : html`<h3>${line(ctx, text, figures)}</h3>`;
  return html`<article class="legal">${heading}<p class="muted">${ctx.t('terms.version', { version: d.version, date: day(ctx, d.effectiveAt) })}</p>
${d.body.split('\n').map((p) => (p.startsWith('## ') ? section(p.slice(3)) : html`<p>${line(ctx, p, figures)}</p>`))}</article>`;
}

export function legalDocumentPage(
  ctx: PageContext,
  d: LegalDocumentView,
  figures: Record<string, string> = {},
  /** Rendered after the document (the information page: the active-recipients method). */
  after: Html | '' = '',
) {
  return layout(ctx, { title: d.title }, html`${documentBlock(ctx, d, 'h1', figures)}${after}`);
}

/** Shown instead of any page until the signed-in user accepts the versions now in force. */
export function acceptTermsPage(ctx: PageContext, docs: LegalDocumentView[]) {
  const { t } = ctx;
  return layout(
    ctx,
    { title: t('terms.title') },
    html`<section class="stack"><h1>${t('terms.title')}</h1><p>${t('terms.text')}</p>
${docs.map((d) => documentBlock(ctx, d, 'h2'))}
<form method="post" action="${ctx.base}/account/terms">${csrfField(ctx)}<button type="submit">${t('terms.accept')}</button></form>
<p><a href="${ctx.base}/account#close-h">${t('terms.orClose')}</a></p></section>`,
  );
}
