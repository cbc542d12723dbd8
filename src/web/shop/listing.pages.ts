import { html } from 'hono/html';
import type { CategoryRow } from '../../modules/catalog/catalog.store.ts';
import type { SearchResult, SearchSort } from '../../modules/catalog/search.ts';
import type { SearchProductsInput } from '../../modules/catalog/search-products.ts';
import { GRADES, type Grade } from '../../modules/offers/grades.ts';
import { formatAmount } from '../../platform/money.ts';
import { breadcrumb, checked, gradeLabel, productCard, selected } from '../ui/components.ts';
import type { PageContext } from '../ui/context.ts';
import { layout } from '../ui/layout.ts';
import type { SeoHead } from '../ui/seo-head.ts';

export type ListingData = {
  title: string;
  action: string;
  input: SearchProductsInput;
  result: SearchResult;
  categoryPath: CategoryRow[];
};

const SORTS: SearchSort[] = ['relevance', 'popularity', 'price_asc', 'price_desc'];

function facetGroup(
  name: string,
  legend: string,
  values: Array<{ value: string; label: string; count: number }>,
  chosen: string[],
) {
  if (values.length === 0) return '';
  return html`<fieldset class="facet">
  <legend>${legend}</legend>
  ${values.map(
    (
      v,
      i,
    ) => html`<div class="check"><input type="checkbox" id="f-${name}-${i}" name="${name}" value="${v.value}"${checked(chosen.includes(v.value))}>
    <label for="f-${name}-${i}">${v.label} <span class="count">(${v.count})</span></label></div>`,
  )}
</fieldset>`;
}

function bucketHref(
  action: string,
  params: URLSearchParams,
  b: { minMinor: number; maxMinor: number | null },
  currency: string,
) {
  const p = new URLSearchParams(params);
  p.delete('page');
  p.set('minPrice', formatAmount(b.minMinor, currency));
  // Buckets are half-open [min, max): the upper bound is one minor unit below the next bucket.
  if (b.maxMinor === null) p.delete('maxPrice');
  else p.set('maxPrice', formatAmount(b.maxMinor - 1, currency));
  return `${action}?${p.toString()}`;
}

function pageHref(action: string, params: URLSearchParams, page: number) {
  const p = new URLSearchParams(params);
  p.set('page', String(page));
  return `${action}?${p.toString()}`;
}

export function listingPage(ctx: PageContext, data: ListingData, params: URLSearchParams, seo?: SeoHead) {
  const { t } = ctx;
  const { input, result } = data;
  const pages = Math.max(1, Math.ceil(result.total / input.pageSize));
  const sorts = input.q ? SORTS : SORTS.filter((s) => s !== 'relevance');
  const sort = input.sort ?? (input.q ? 'relevance' : 'popularity');
  const priceLabel = (b: SearchResult['facets']['price'][number]) =>
    b.maxMinor === null
      ? t('facet.priceAbove', { min: ctx.money(b.minMinor) })
      : t('facet.priceRange', { min: ctx.money(b.minMinor), max: ctx.money(b.maxMinor) });
  const crumbs = [
    { href: ctx.base, label: t('site.name') },
    ...data.categoryPath.map((c) => ({ href: `${ctx.base}/c/${c.slug}`, label: c.name })),
  ];
  return layout(
    ctx,
    { title: data.title, q: input.q, seo },
    html`${data.categoryPath.length ? breadcrumb(crumbs, ctx) : ''}
<div class="listing-head">
  <h1>${data.title}</h1>
  <p class="muted" role="status">${t('listing.results', { count: result.total })}</p>
  ${result.interpretedQuery && input.q && result.interpretedQuery !== input.q.trim().toLowerCase() ? html`<p class="note">${t('search.interpreted', { q: result.interpretedQuery })}</p>` : ''}
</div>
<div class="listing">
<form class="filters" method="get" action="${data.action}" aria-label="${t('listing.filters')}">
  ${input.q ? html`<input type="hidden" name="q" value="${input.q}">` : ''}
  <div class="sort">
    <label for="sort">${t('listing.sort')}</label>
    <select id="sort" name="sort">${sorts.map((s) => html`<option value="${s}"${selected(s === sort)}>${t(`listing.sort.${s}`)}</option>`)}</select>
  </div>
  ${facetGroup(
    'brand',
    t('facet.brand'),
    result.facets.brand.map((f) => ({ ...f, label: f.value })),
    input.brand ?? [],
  )}
  ${facetGroup(
    'grade',
    t('facet.grade'),
    [...result.facets.grade]
      .sort((a, b) => GRADES.indexOf(a.value as Grade) - GRADES.indexOf(b.value as Grade))
      .map((f) => ({ ...f, label: gradeLabel(ctx, f.value as Grade) })),
    input.grade ?? [],
  )}
  ${facetGroup(
    'storage',
    t('facet.storage'),
    result.facets.storage.map((f) => ({ ...f, label: `${f.value} GB` })),
    input.storage ?? [],
  )}
  ${facetGroup(
    'colour',
    t('facet.colour'),
    result.facets.colour.map((f) => ({ ...f, label: f.label ?? f.value })),
    input.colour ?? [],
  )}
  <fieldset class="facet">
    <legend>${t('facet.price')}</legend>
    <ul class="price-buckets">${result.facets.price
      .filter((b) => b.count > 0)
      .map(
        (b) =>
          html`<li><a href="${bucketHref(data.action, params, b, ctx.market.currency)}">${priceLabel(b)}</a> <span class="count">(${b.count})</span></li>`,
      )}</ul>
    <div class="price-inputs">
      <label for="minPrice">${t('facet.minPrice')}</label>
      <input id="minPrice" name="minPrice" inputmode="decimal" value="${input.minPrice ?? ''}" size="7">
      <label for="maxPrice">${t('facet.maxPrice')}</label>
      <input id="maxPrice" name="maxPrice" inputmode="decimal" value="${input.maxPrice ?? ''}" size="7">
    </div>
  </fieldset>
  <button type="submit">${t('listing.apply')}</button>
  <a href="${data.action}${input.q ? `?q=${encodeURIComponent(input.q)}` : ''}">${t('listing.clear')}</a>
</form>
<section class="results" aria-label="${t('listing.results', { count: result.total })}">
  ${result.items.length === 0 ? html`<p class="empty">${t('listing.empty')}</p>` : html`<ul class="grid">${result.items.map((h) => productCard(ctx, h, input.grade?.length === 1 ? input.grade[0] : undefined))}</ul>`}
  ${
    pages > 1
      ? html`<nav class="pagination" aria-label="${t('listing.pagination')}">
      ${input.page > 1 ? html`<a rel="prev" href="${pageHref(data.action, params, input.page - 1)}">${t('listing.prev')}</a>` : ''}
      <span>${t('listing.page', { page: input.page, pages })}</span>
      ${input.page < pages ? html`<a rel="next" href="${pageHref(data.action, params, input.page + 1)}">${t('listing.next')}</a>` : ''}
    </nav>`
      : ''
  }
</section>
</div>`,
  );
}
