import { html, raw } from 'hono/html';
import { gradeName } from '../../modules/offers/grade-names.ts';
import { GRADES, VAT_TYPES } from '../../modules/offers/grades.ts';
import { MAX_CARRIER_LENGTH, MAX_SHIPPING_OPTIONS } from '../../modules/offers/offer-terms.rules.ts';
import type { listSellerOffers, SellerOfferDetail } from '../../modules/offers/seller-offers.read-model.ts';
import type { repricerHistory } from '../../modules/repricer/repricer-history.ts';
import type { MessageKey, Translate } from '../../platform/i18n.ts';
import { MARKETS, type Market, marketByCode } from '../../platform/markets.ts';
import { formatDecimalInput } from '../../platform/money.ts';
import { checkbox, emptyForm, type FormState, field } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import { OFFER_FIELDS } from './offer-form.ts';
import {
  count,
  csrfInput,
  money,
  type SellerView,
  sellerBase,
  sellerErrorSummary,
  sellerPage,
  when,
} from './seller-layout.ts';

type OfferList = Awaited<ReturnType<typeof listSellerOffers>>;
type Product = { id: string; name: string; ean: string; brand: string };

function pager(t: Translate, base: string, q: string, page: number, total: number, size: number): Html {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages === 1) return html``;
  const link = (p: number) => `${base}?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;
  return html`<nav class="pager" aria-label="${t('portal.pager.label')}"><span>${t('portal.pager.pageOf', { page, pages })}</span>
${page > 1 ? html` <a href="${link(page - 1)}" rel="prev">${t('portal.pager.previous')}</a>` : ''}
${page < pages ? html` <a href="${link(page + 1)}" rel="next">${t('portal.pager.next')}</a>` : ''}</nav>`;
}

export function offersPage(
  v: SellerView,
  q: string,
  page: number,
  list: OfferList,
  size: number,
  done?: string,
): Html {
  const { t, locale } = v;
  const base = sellerBase(v.sellerId);
  return sellerPage(
    t('portal.offers.title'),
    v,
    html`<h1>${t('portal.offers.title')}</h1>
${done ? html`<p class="notice" role="status">${done}</p>` : ''}
<p><a class="button" href="${base}/offers/new">${t('portal.offers.new')}</a></p>
<form method="get" action="${base}/offers" role="search" class="inline-form">
  <label for="offer-q">${t('portal.offers.searchLabel')}</label>
  <input id="offer-q" name="q" type="search" value="${q}" maxlength="100">
  <button type="submit">${t('portal.offers.search')}</button>
</form>
<p>${q ? t('portal.offers.countMatching', { count: list.total, q }) : t('portal.offers.count', { count: list.total })}</p>
${
  list.rows.length === 0
    ? html`<p class="empty">${q ? t('portal.offers.noMatch') : t('portal.offers.none')}</p>`
    : html`<div class="table-scroll" tabindex="0"><table class="data-table offers-table">
<caption class="visually-hidden">${t('portal.offers.caption')}</caption>
<thead><tr><th scope="col">${t('portal.offer.sku')}</th><th scope="col">${t('portal.offer.product')}</th><th scope="col">${t('portal.offer.grade')}</th><th scope="col" class="num">${t('portal.offer.stock')}</th><th scope="col">${t('portal.offer.published')}</th><th scope="col">${t('portal.offer.market')}</th><th scope="col" class="num">${t('portal.offer.price')}</th><th scope="col">${t('portal.offers.buybox')}</th><th scope="col" class="num">${t('portal.offers.winnerPrice')}</th><th scope="col" class="num">${t('portal.offers.priceToWin')}</th></tr></thead>
<tbody>${list.rows.map((o) => {
        const rows = o.markets.length ? o.markets : [null];
        return rows.map(
          (m, i) => html`<tr>
${
  i === 0
    ? html`<td rowspan="${rows.length}"><a href="${base}/offers/${o.id}">${o.sku}</a></td><td rowspan="${rows.length}">${o.productName}<br><span class="small muted">${t('portal.offer.ean', { ean: o.ean })}</span></td><td rowspan="${rows.length}">${gradeName(o.grade, locale)}</td><td rowspan="${rows.length}" class="num">${count(o.quantity, locale)}</td><td rowspan="${rows.length}">${o.delistedByPlatformAt ? delistedNote(v) : o.published ? t('portal.yes') : t('portal.no')}</td>`
    : ''
}
${
  m
    ? html`<td>${m.market}</td><td class="num">${money(m.priceMinor, m.currency, locale)}${m.minPriceMinor !== null ? html`<br><span class="small muted">${t('portal.offers.min', { price: money(m.minPriceMinor, m.currency, locale) })}</span>` : ''}</td>
<td>${m.buybox?.winning ? html`<strong class="win">${t('portal.offers.winning')}</strong>` : m.buybox?.ranked ? t('portal.offers.notWinning') : html`<span class="muted">${t('portal.offers.notEligible')}</span>`}</td>
<td class="num">${money(m.buybox?.winnerPriceMinor, m.currency, locale)}</td>
<td class="num">${money(m.buybox?.ranked?.priceToWinMinor, m.currency, locale)}</td>`
    : html`<td colspan="5" class="muted">${t('portal.offers.noTerms')}</td>`
}
</tr>`,
        );
      })}</tbody></table></div>
${pager(t, `${base}/offers`, q, page, list.total, size)}`
}
<p class="small muted">${t('portal.offers.priceToWinNote')}</p>`,
  );
}

const OFFER_LABEL_KEYS: Record<string, MessageKey> = {
  productId: 'portal.offer.product',
  grade: 'portal.offer.grade',
  sku: 'portal.offer.sku',
  quantity: 'portal.offer.stock',
  warrantyMonths: 'portal.offer.warranty',
  vatType: 'portal.offer.vatType',
  market: 'portal.offer.market',
  price: 'portal.offer.price',
  minPrice: 'portal.offer.minPrice',
  comment: 'portal.offer.comment',
  carrier: 'portal.offer.carrier',
  shippingPrice: 'portal.offer.shippingPrice',
  delayDays: 'portal.offer.delayDays',
};
/** The create-offer form's labels, by field name, in the portal's language. */
export const offerLabels = (t: Translate): Record<string, string> =>
  Object.fromEntries(Object.entries(OFFER_LABEL_KEYS).map(([k, key]) => [k, t(key)]));

export function newOfferPage(
  v: SellerView,
  a: { q: string; results: Product[] | null; product: Product | null; form: FormState },
): Html {
  const { t, locale } = v;
  const base = sellerBase(v.sellerId);
  const f = a.form;
  const L = offerLabels(t);
  return sellerPage(
    t('portal.offers.new'),
    v,
    html`<h1>${t('portal.offers.new')}</h1>
${sellerErrorSummary(f, L, t)}
<section class="panel" aria-labelledby="find-h">
<h2 id="find-h">${t('portal.offers.findProduct')}</h2>
<form method="get" action="${base}/offers/new" role="search" class="inline-form">
  <label for="product-q">${t('portal.offers.findLabel')}</label>
  <input id="product-q" name="q" type="search" value="${a.q}" maxlength="100" required>
  <button type="submit">${t('portal.offers.find')}</button>
</form>
${
  a.results === null
    ? ''
    : a.results.length === 0
      ? html`<p class="empty">${t('portal.offers.noProduct', { q: a.q })}</p>`
      : html`<ul class="product-results">${a.results.map(
          (p) =>
            html`<li><a href="${base}/offers/new?${new URLSearchParams({ productId: p.id, q: a.q })}">${p.name}</a> <span class="small muted">${p.brand} · ${t('portal.offer.ean', { ean: p.ean })}</span></li>`,
        )}</ul>`
}
</section>
${
  a.product
    ? html`<section class="panel" aria-labelledby="terms-h">
<h2 id="terms-h">${t('portal.offers.yourOffer', { product: a.product.name })}</h2>
<form method="post" action="${base}/offers/new" novalidate>
${csrfInput(v.csrf)}
<input type="hidden" name="productId" value="${a.product.id}">
${field(f, { name: 'grade', label: L.grade!, required: true, options: GRADES.map((g) => ({ value: g, label: gradeName(g, locale) })) })}
${field(f, { name: 'sku', label: L.sku!, required: true, maxlength: 64, hint: t('portal.offer.skuHint') })}
${field(f, { name: 'quantity', label: L.quantity!, type: 'number', required: true })}
${field(f, { name: 'warrantyMonths', label: L.warrantyMonths!, type: 'number', required: true, hint: t('portal.offer.warrantyHint') })}
${field(f, { name: 'vatType', label: L.vatType!, required: true, options: VAT_TYPES.map((x) => ({ value: x, label: x === 'MARGINAL' ? t('portal.offer.vatMarginal') : t('portal.offer.vatRegular') })) })}
${field(f, { name: 'market', label: L.market!, required: true, options: MARKETS.map((m) => ({ value: m.locale, label: `${regionName(m.code, locale, m.name)} (${m.currency})` })) })}
${field(f, { name: 'price', label: L.price!, required: true, hint: t('portal.offer.priceHint', { example: formatDecimalInput(34900, locale) }) })}
${field(f, { name: 'minPrice', label: L.minPrice!, hint: t('portal.offer.minPriceHint') })}
${field(f, { name: 'comment', label: L.comment!, maxlength: 500 })}
${field(f, { name: 'carrier', label: L.carrier!, required: true, maxlength: 40 })}
${field(f, { name: 'shippingPrice', label: L.shippingPrice!, required: true, hint: t('portal.offer.freeShippingHint') })}
${field(f, { name: 'delayDays', label: L.delayDays!, type: 'number', required: true, hint: t('portal.offer.delayHint') })}
${checkbox(f, { name: 'published', label: t('portal.offer.publishNow') })}
<button type="submit">${t('portal.offers.create')}</button>
</form>
</section>`
    : ''
}`,
  );
}

const F = OFFER_FIELDS;
const SLOTS = Array.from({ length: MAX_SHIPPING_OPTIONS }, (_, i) => i + 1);
/** A market's country in the reader's language ("Allemagne" in fr), its English name failing Intl. */
function regionName(code: string, locale: string, fallback: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? fallback;
  } catch {
    return fallback;
  }
}
const marketLabel = (code: string, locale: string) =>
  `${regionName(code, locale, marketByCode(code)?.name ?? code)} (${code})`;

const EDIT_LABELS = (
  terms: SellerOfferDetail['terms'],
  t: Translate,
  locale: string,
): Record<string, string> => ({
  quantity: t('portal.offer.stock'),
  warrantyMonths: t('portal.offer.warranty'),
  ...Object.fromEntries(
    terms.flatMap((x) => {
      const m = x.market;
      return [
        [F.price(m), t('portal.offer.priceIn', { market: m })],
        [F.minPrice(m), t('portal.offer.minPriceIn', { market: m })],
        [F.comment(m), t('portal.offer.commentIn', { market: m })],
        [F.shipping(m), t('portal.offer.shippingOptionsIn', { market: m })],
        [F.removeMarket(m), t('portal.offer.removeMarket', { market: marketLabel(m, locale) })],
        ...SLOTS.flatMap((slot) => [
          [F.carrier(m, slot), t('portal.offer.carrierIn', { market: m, slot })],
          [F.shippingPrice(m, slot), t('portal.offer.shippingPriceIn', { market: m, slot })],
          [F.delayDays(m, slot), t('portal.offer.delayIn', { market: m, slot })],
        ]),
      ];
    }),
  ),
  // The add-a-market form uses the create form's names.
  ...Object.fromEntries(
    Object.entries(offerLabels(t)).map(([k, label]) => [k, t('portal.offer.newMarketField', { label })]),
  ),
});

/** An offer the platform took out of sale after a DSA notice: said, with its statement of reasons. */
function delistedNote(v: SellerView): Html {
  return html`${v.t('portal.offer.delistedByPlatform')} <a href="${sellerBase(v.sellerId)}/decisions">${v.t('portal.offer.seeStatement')}</a>`;
}

/** The form's values from the offer, for a first render: amounts written in the reader's locale. */
export function offerFormValues(d: SellerOfferDetail, locale: string): Record<string, string> {
  const formatAmount = (minor: number, _currency: string) => formatDecimalInput(minor, locale);
  const out: Record<string, string> = {
    quantity: String(d.offer.quantity),
    warrantyMonths: String(d.offer.warrantyMonths),
    ...(d.offer.published ? { published: 'on' } : {}),
  };
  for (const t of d.terms) {
    out[F.price(t.market)] = formatAmount(t.sellerPriceMinor, t.currency);
    out[F.minPrice(t.market)] = t.minPriceMinor === null ? '' : formatAmount(t.minPriceMinor, t.currency);
    out[F.comment(t.market)] = t.comment;
    t.shipping.forEach((s, i) => {
      out[F.carrier(t.market, i + 1)] = s.carrier;
      out[F.shippingPrice(t.market, i + 1)] = formatAmount(s.priceMinor, t.currency);
      out[F.delayDays(t.market, i + 1)] = String(s.delayDays);
    });
  }
  return out;
}

/** The add-a-market form's first values: the offer's first shipping option, as a start. */
export function addMarketFormValues(
  d: SellerOfferDetail,
  addable: readonly Market[],
): Record<string, string> {
  const first = d.terms[0]?.shipping[0];
  return {
    market: addable[0]?.code ?? '',
    carrier: first?.carrier ?? '',
    shippingPrice: '0',
    delayDays: String(first?.delayDays ?? 2),
  };
}

/** One market's shipping options: the stored ones, then empty slots to add one, up to three. */
function shippingFieldset(v: SellerView, f: FormState, t: SellerOfferDetail['terms'][number]): Html {
  const tr = v.t;
  const group = F.shipping(t.market);
  const id = `f-${group}`;
  const error = f.errors.find((e) => e.field === group)?.message;
  return html`<fieldset class="shipping-options" id="${id}" tabindex="-1" aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}">
<legend>${tr('portal.offer.shippingOptionsLegend', { market: marketLabel(t.market, v.locale) })}</legend>
<span class="hint" id="${id}-hint">${tr('portal.offer.shippingOptionsHint', { max: MAX_SHIPPING_OPTIONS, currency: t.currency })}</span>
${error ? html`<span class="error" id="${id}-error">${tr('portal.offer.shippingOptionsError', { error })}</span>` : ''}
${SLOTS.map((slot) => {
  const stored = slot <= t.shipping.length;
  return html`<fieldset class="shipping-option"><legend>${stored ? tr('portal.offer.shippingOption', { slot }) : tr('portal.offer.shippingOptionOptional', { slot })}</legend>
${field(f, { name: F.carrier(t.market, slot), label: tr('portal.offer.carrier'), required: stored, maxlength: MAX_CARRIER_LENGTH })}
${field(f, { name: F.shippingPrice(t.market, slot), label: tr('portal.offer.shippingPriceCurrency', { currency: t.currency }), required: stored })}
${field(f, { name: F.delayDays(t.market, slot), label: tr('portal.offer.delay'), type: 'number', required: stored })}
${stored ? checkbox(f, { name: F.removeShipping(t.market, slot), label: tr('portal.offer.removeShipping', { slot }) }) : ''}
</fieldset>`;
})}
</fieldset>`;
}

/** The forms of the offer page: the offer's terms, adding a market, removing one. */
export type OfferPageForms = {
  edit: FormState;
  add?: FormState;
  remove?: FormState;
  /** Markets the seller may add to this offer. */
  addable: readonly Market[];
};

export function editOfferPage(v: SellerView, d: SellerOfferDetail, p: OfferPageForms, done?: string): Html {
  const { t: tr, locale } = v;
  const base = sellerBase(v.sellerId);
  const o = d.offer;
  const f = p.edit;
  const add: FormState = p.add ?? { values: addMarketFormValues(d, p.addable), errors: [] };
  const remove: FormState = p.remove ?? emptyForm;
  // One form fails at a time: the summary lists its errors.
  const failed = [f, add, remove].find((x) => x.errors.length || x.message) ?? f;
  return sellerPage(
    tr('portal.offer.title', { sku: o.sku }),
    v,
    html`<p><a href="${base}/offers">← ${tr('portal.offers.title')}</a></p>
<h1>${tr('portal.offer.title', { sku: o.sku })}</h1>
<p>${d.productName} · ${gradeName(o.grade, locale)} · ${tr('portal.offer.ean', { ean: d.ean })} · ${o.vatType === 'MARGINAL' ? tr('portal.offer.marginScheme') : tr('portal.offer.regularVat')}</p>
${done ? html`<p class="notice" role="status">${done}</p>` : ''}
${o.delistedByPlatformAt ? html`<p class="notice warning">${delistedNote(v)}</p>` : ''}
${sellerErrorSummary(failed, EDIT_LABELS(d.terms, tr, locale), tr)}
<form method="post" action="${base}/offers/${o.id}" novalidate>
${csrfInput(v.csrf)}
<fieldset><legend>${tr('portal.offer.allMarkets')}</legend>
${field(f, { name: 'quantity', label: tr('portal.offer.stock'), type: 'number', required: true, hint: tr('portal.offer.stockHint') })}
${field(f, { name: 'warrantyMonths', label: tr('portal.offer.warranty'), type: 'number', required: true })}
${checkbox(f, { name: 'published', label: tr('portal.offer.published') })}
</fieldset>
${d.terms.map(
  (t) => html`<fieldset><legend>${marketLabel(t.market, locale)}, ${t.currency}</legend>
<p class="small">${tr('portal.offer.livePrice', { price: money(t.priceMinor, t.currency, locale) })} · ${
    t.buybox?.winning
      ? html`<strong class="win">${tr('portal.offer.winsBuybox')}</strong>`
      : t.buybox?.ranked
        ? tr('portal.offer.doesNotWin', { price: money(t.buybox.winnerPriceMinor, t.currency, locale) })
        : tr('portal.offer.notEligible')
  }${t.buybox?.ranked ? html` · ${tr('portal.offer.priceToWin', { price: money(t.buybox.ranked.priceToWinMinor, t.currency, locale) })}` : ''}</p>
${field(f, { name: F.price(t.market), label: tr('portal.offer.yourPrice'), required: true, hint: t.minPriceMinor !== null ? tr('portal.offer.repricerHint') : undefined })}
${field(f, { name: F.minPrice(t.market), label: tr('portal.offer.minPrice'), hint: tr('portal.offer.minPriceOffHint') })}
${field(f, { name: F.comment(t.market), label: tr('portal.offer.comment'), maxlength: 500 })}
${shippingFieldset(v, f, t)}
</fieldset>`,
)}
<button type="submit">${tr('portal.save')}</button>
</form>
<section class="panel" aria-labelledby="markets-h">
<h2 id="markets-h">${tr('portal.offer.markets')}</h2>
<ul class="offer-markets">${d.terms.map((t) => {
      const name = F.removeMarket(t.market);
      const error = remove.errors.find((e) => e.field === name)?.message;
      const errorId = `f-${name}-error`;
      return html`<li>${marketLabel(t.market, locale)}, ${t.currency}
${error ? html`<span class="error" id="${errorId}">${error}</span>` : ''}
${
  d.terms.length > 1
    ? html`<form method="post" action="${base}/offers/${o.id}/markets/remove" class="inline">
${csrfInput(v.csrf)}<input type="hidden" name="market" value="${t.market}">
<button type="submit" id="f-${name}" class="link"${error ? raw(` aria-describedby="${errorId}"`) : ''}>${tr('portal.offer.removeMarket', { market: marketLabel(t.market, locale) })}</button>
</form>`
    : html`<span class="small muted" id="f-${name}">${tr('portal.offer.onlyMarket')}</span>`
}</li>`;
    })}</ul>
<h3 id="add-market-h">${tr('portal.offer.addMarket')}</h3>
${
  p.addable.length === 0 && !add.errors.length
    ? html`<p class="empty">${tr('portal.offer.everyMarket')}</p>`
    : html`<form method="post" action="${base}/offers/${o.id}/markets" novalidate aria-labelledby="add-market-h">
${csrfInput(v.csrf)}
${field(add, { name: 'market', label: tr('portal.offer.market'), required: true, options: p.addable.map((m) => ({ value: m.code, label: `${regionName(m.code, locale, m.name)} (${m.code}, ${m.currency})` })) })}
${field(add, { name: 'price', label: tr('portal.offer.price'), required: true, hint: tr('portal.offer.priceHint', { example: formatDecimalInput(34900, locale) }) })}
${field(add, { name: 'minPrice', label: tr('portal.offer.minPrice'), hint: tr('portal.offer.minPriceHint') })}
${field(add, { name: 'comment', label: tr('portal.offer.comment'), maxlength: 500 })}
<fieldset><legend>${tr('portal.offer.shippingOption', { slot: 1 })}</legend>
${field(add, { name: 'carrier', label: tr('portal.offer.carrier'), required: true, maxlength: MAX_CARRIER_LENGTH })}
${field(add, { name: 'shippingPrice', label: tr('portal.offer.shippingPrice'), required: true, hint: tr('portal.offer.addShippingHint') })}
${field(add, { name: 'delayDays', label: tr('portal.offer.delayDays'), type: 'number', required: true })}
</fieldset>
<button type="submit">${tr('portal.offer.addMarketButton')}</button>
</form>`
}
</section>
<p><a href="${base}/offers/${o.id}/repricer">${tr('portal.repricer.link')}</a></p>
<p class="small muted">${tr('portal.offer.created')} ${when(o.createdAt, locale)} · ${tr('portal.offer.updated')} ${when(o.updatedAt, locale)}</p>`,
  );
}

export function repricerPage(
  v: SellerView,
  d: SellerOfferDetail,
  log: Awaited<ReturnType<typeof repricerHistory>>,
): Html {
  const { t, locale } = v;
  const base = sellerBase(v.sellerId);
  const currency = (market: string) => d.terms.find((x) => x.market === market)?.currency ?? 'EUR';
  return sellerPage(
    t('portal.repricer.title', { sku: d.offer.sku }),
    v,
    html`<p><a href="${base}/offers/${d.offer.id}">← ${t('portal.offer.title', { sku: d.offer.sku })}</a></p>
<h1>${t('portal.repricer.heading', { sku: d.offer.sku })}</h1>
<p>${t('portal.repricer.intro')}</p>
${
  log.length === 0
    ? html`<p class="empty">${t('portal.repricer.none')}</p>`
    : html`<div class="table-scroll" tabindex="0"><table class="data-table">
<caption class="visually-hidden">${t('portal.repricer.caption')}</caption>
<thead><tr><th scope="col">${t('portal.repricer.when')}</th><th scope="col">${t('portal.offer.market')}</th><th scope="col" class="num">${t('portal.repricer.from')}</th><th scope="col" class="num">${t('portal.repricer.to')}</th><th scope="col">${t('portal.repricer.why')}</th></tr></thead>
<tbody>${log.map(
        (r) =>
          html`<tr><td>${when(r.at, locale)}</td><td>${r.market}</td><td class="num">${money(r.fromMinor, currency(r.market), locale)}</td><td class="num">${money(r.toMinor, currency(r.market), locale)}</td><td>${r.reason}</td></tr>`,
      )}</tbody></table></div>`
}`,
  );
}
