import { html } from 'hono/html';
import type { TCategoryNode } from '../../modules/catalog/catalog.api-types.ts';
import type { SearchHit } from '../../modules/catalog/search.ts';
import { productCard } from '../ui/components.ts';
import type { PageContext } from '../ui/context.ts';
import { type Html, layout } from '../ui/layout.ts';
import type { SeoHead } from '../ui/seo-head.ts';

export function homePage(
  ctx: PageContext,
  /** `recent`: the recently viewed products (issue 16, with the personalisation consent only). */
  data: { categories: TCategoryNode[]; bestsellers: SearchHit[]; recent?: Html | '' },
  seo?: SeoHead,
) {
  const { t } = ctx;
  return layout(
    ctx,
    { title: t('site.tagline'), seo },
    html`<section class="hero">
  <h1>${t('home.hero')}</h1>
  <p>${t('home.heroText')}</p>
</section>
<section aria-labelledby="cat-h">
  <h2 id="cat-h">${t('home.categories')}</h2>
  <ul class="categories">
    ${data.categories.map(
      (c) => html`<li><a href="${ctx.base}/c/${c.slug}"><strong>${c.name}</strong>
      <span class="muted">${t('listing.results', { count: c.productCount })}</span></a>
      <ul class="subcats">${c.children.map((s) => html`<li><a href="${ctx.base}/c/${s.slug}">${s.name}</a></li>`)}</ul></li>`,
    )}
  </ul>
</section>
<section aria-labelledby="best-h">
  <h2 id="best-h">${t('home.bestsellers')}</h2>
  <ul class="grid">${data.bestsellers.map((h) => productCard(ctx, h))}</ul>
</section>
${data.recent ?? ''}`,
  );
}
