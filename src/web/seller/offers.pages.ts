import { html } from 'hono/html';
import { gradeName } from '../../modules/offers/grade-names.ts';
import { GRADES, VAT_TYPES } from '../../modules/offers/grades.ts';
import { MAX_CARRIER_LENGTH, MAX_SHIPPING_OPTIONS } from '../../modules/offers/offer-terms.rules.ts';
import type { listSellerOffers, SellerOfferDetail } from '../../modules/offers/seller-offers.read-model.ts';
import type { repricerHistory } from '../../modules/repricer/repricer-history.ts';
import { MARKETS, type Market, marketByCode } from '../../platform/markets.ts';
import { formatAmount } from '../../platform/money.ts';
import { checkbox, emptyForm, type FormState, field } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import { OFFER_FIELDS } from './offer-form.ts';
import {
  csrfInput,
  money,
  PORTAL_LANGUAGE,
  type SellerView,
  sellerBase,
  sellerErrorSummary,
  sellerPage,
  when,
} from './seller-layout.ts';

type OfferList = Awaited<ReturnType<typeof listSellerOffers>>;
type Product = { id: string; name: string; ean: string; brand: string };

function pager(base: string, q: string, page: number, total: number, size: number): Html {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages === 1) return html``;
  const link = (p: number) => `${base}?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;
  return html`<nav class="pager" aria-label="Pages"><span>Page ${page} of ${pages}</span>
${page > 1 ? html` <a href="${link(page - 1)}" rel="prev">Previous</a>` : ''}
${page < pages ? html` <a href="${link(page + 1)}" rel="next">Next</a>` : ''}</nav>`;
}

export function offersPage(
  v: SellerView,
  q: string,
  page: number,
  list: OfferList,
  size: number,
  done?: string,
): Html {
  const base = sellerBase(v.sellerId);
  return sellerPage(
    'Offers',
    v,
    html`<h1>Offers</h1>
${done ? html`<p class="notice" role="status">${done}</p>` : ''}
<p><a class="button" href="${base}/offers/new">List a new offer</a></p>
<form method="get" action="${base}/offers" role="search" class="inline-form">
  <label for="offer-q">Search by SKU, product name or EAN</label>
  <input id="offer-q" name="q" type="search" value="${q}" maxlength="100">
  <button type="submit">Search</button>
</form>
<p>${list.total} offer${list.total === 1 ? '' : 's'}${q ? html` matching “${q}”` : ''}.</p>
${
  list.rows.length === 0
    ? html`<p class="empty">${q ? 'No offer matches your search.' : 'You have no offer yet. List one on a catalog product to start selling.'}</p>`
    : html`<div class="table-scroll"><table class="data-table offers-table">
<caption class="visually-hidden">Your offers, per market</caption>
<thead><tr><th scope="col">SKU</th><th scope="col">Product</th><th scope="col">Grade</th><th scope="col" class="num">Stock</th><th scope="col">Published</th><th scope="col">Market</th><th scope="col" class="num">Price</th><th scope="col">Buybox</th><th scope="col" class="num">Winner price</th><th scope="col" class="num">Price to win</th></tr></thead>
<tbody>${list.rows.map((o) => {
        const rows = o.markets.length ? o.markets : [null];
        return rows.map(
          (m, i) => html`<tr>
${
  i === 0
    ? html`<td rowspan="${rows.length}"><a href="${base}/offers/${o.id}">${o.sku}</a></td><td rowspan="${rows.length}">${o.productName}<br><span class="small muted">EAN ${o.ean}</span></td><td rowspan="${rows.length}">${gradeName(o.grade, PORTAL_LANGUAGE)}</td><td rowspan="${rows.length}" class="num">${o.quantity}</td><td rowspan="${rows.length}">${o.published ? 'Yes' : 'No'}</td>`
    : ''
}
${
  m
    ? html`<td>${m.market}</td><td class="num">${money(m.priceMinor, m.currency)}${m.minPriceMinor !== null ? html`<br><span class="small muted">min ${money(m.minPriceMinor, m.currency)}</span>` : ''}</td>
<td>${m.buybox?.winning ? html`<strong class="win">Winning</strong>` : m.buybox?.ranked ? 'Not winning' : html`<span class="muted">Not eligible</span>`}</td>
<td class="num">${money(m.buybox?.winnerPriceMinor, m.currency)}</td>
<td class="num">${money(m.buybox?.ranked?.priceToWinMinor, m.currency)}</td>`
    : html`<td colspan="5" class="muted">No market terms</td>`
}
</tr>`,
        );
      })}</tbody></table></div>
${pager(`${base}/offers`, q, page, list.total, size)}`
}
<p class="small muted">Price to win: the highest price at which the offer would rank first (the winner: keep first), all else equal. It weighs shipping and quality rates, see “How offers are ranked”.</p>`,
  );
}

const OFFER_LABELS: Record<string, string> = {
  productId: 'Product',
  grade: 'Grade',
  sku: 'SKU',
  quantity: 'Stock',
  warrantyMonths: 'Warranty (months)',
  vatType: 'VAT type',
  market: 'Market',
  price: 'Price',
  minPrice: 'Minimum price',
  comment: 'Comment',
  carrier: 'Carrier',
  shippingPrice: 'Shipping price',
  delayDays: 'Shipping delay (days)',
};

export function newOfferPage(
  v: SellerView,
  a: { q: string; results: Product[] | null; product: Product | null; form: FormState },
): Html {
  const base = sellerBase(v.sellerId);
  const f = a.form;
  return sellerPage(
    'List a new offer',
    v,
    html`<h1>List a new offer</h1>
${sellerErrorSummary(f, OFFER_LABELS)}
<section class="panel" aria-labelledby="find-h">
<h2 id="find-h">1. Find the product in the catalog</h2>
<form method="get" action="${base}/offers/new" role="search" class="inline-form">
  <label for="product-q">EAN or product name</label>
  <input id="product-q" name="q" type="search" value="${a.q}" maxlength="100" required>
  <button type="submit">Find</button>
</form>
${
  a.results === null
    ? ''
    : a.results.length === 0
      ? html`<p class="empty">No catalog product matches “${a.q}”. Check the EAN, or ask Reloop to add the product.</p>`
      : html`<ul class="product-results">${a.results.map(
          (p) =>
            html`<li><a href="${base}/offers/new?${new URLSearchParams({ productId: p.id, q: a.q })}">${p.name}</a> <span class="small muted">${p.brand} · EAN ${p.ean}</span></li>`,
        )}</ul>`
}
</section>
${
  a.product
    ? html`<section class="panel" aria-labelledby="terms-h">
<h2 id="terms-h">2. Your offer on ${a.product.name}</h2>
<form method="post" action="${base}/offers/new" novalidate>
${csrfInput(v.csrf)}
<input type="hidden" name="productId" value="${a.product.id}">
${field(f, { name: 'grade', label: 'Grade', required: true, options: GRADES.map((g) => ({ value: g, label: gradeName(g, PORTAL_LANGUAGE) })) })}
${field(f, { name: 'sku', label: 'SKU', required: true, maxlength: 64, hint: 'Your reference; letters, digits and . _ - / only; unique among your offers.' })}
${field(f, { name: 'quantity', label: 'Stock', type: 'number', required: true })}
${field(f, { name: 'warrantyMonths', label: 'Warranty (months)', type: 'number', required: true, hint: 'At least 12 months.' })}
${field(f, { name: 'vatType', label: 'VAT type', required: true, options: VAT_TYPES.map((t) => ({ value: t, label: t === 'MARGINAL' ? 'Margin scheme (MARGINAL)' : 'Regular VAT (REGULAR)' })) })}
${field(f, { name: 'market', label: 'Market', required: true, options: MARKETS.map((m) => ({ value: m.locale, label: `${m.name} (${m.currency})` })) })}
${field(f, { name: 'price', label: 'Price', required: true, hint: 'In the market currency, e.g. 349.00.' })}
${field(f, { name: 'minPrice', label: 'Minimum price', hint: 'Optional. Set it to let the repricer lower your price down to it to win the buybox.' })}
${field(f, { name: 'comment', label: 'Comment', maxlength: 500 })}
${field(f, { name: 'carrier', label: 'Carrier', required: true, maxlength: 40 })}
${field(f, { name: 'shippingPrice', label: 'Shipping price', required: true, hint: '0 for free shipping.' })}
${field(f, { name: 'delayDays', label: 'Shipping delay (days)', type: 'number', required: true, hint: 'Days between payment and hand-over to the carrier.' })}
${checkbox(f, { name: 'published', label: 'Publish now' })}
<button type="submit">Create the offer</button>
</form>
</section>`
    : ''
}`,
  );
}

const F = OFFER_FIELDS;
const SLOTS = Array.from({ length: MAX_SHIPPING_OPTIONS }, (_, i) => i + 1);
const marketLabel = (code: string) => `${marketByCode(code)?.name ?? code} (${code})`;

const EDIT_LABELS = (terms: SellerOfferDetail['terms']): Record<string, string> => ({
  quantity: 'Stock',
  warrantyMonths: 'Warranty (months)',
  ...Object.fromEntries(
    terms.flatMap((t) => [
      [F.price(t.market), `Price (${t.market})`],
      [F.minPrice(t.market), `Minimum price (${t.market})`],
      [F.comment(t.market), `Comment (${t.market})`],
      [F.shipping(t.market), `Shipping options (${t.market})`],
      [F.removeMarket(t.market), `Remove ${marketLabel(t.market)}`],
      ...SLOTS.flatMap((slot) => [
        [F.carrier(t.market, slot), `Carrier (${t.market}, option ${slot})`],
        [F.shippingPrice(t.market, slot), `Shipping price (${t.market}, option ${slot})`],
        [F.delayDays(t.market, slot), `Shipping delay (${t.market}, option ${slot})`],
      ]),
    ]),
  ),
  // The add-a-market form uses the create form's names.
  ...Object.fromEntries(Object.entries(OFFER_LABELS).map(([k, label]) => [k, `New market: ${label}`])),
});

/** The form's values from the offer, for a first render. */
export function offerFormValues(d: SellerOfferDetail): Record<string, string> {
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
function shippingFieldset(f: FormState, t: SellerOfferDetail['terms'][number]): Html {
  const group = F.shipping(t.market);
  const id = `f-${group}`;
  const error = f.errors.find((e) => e.field === group)?.message;
  return html`<fieldset class="shipping-options" id="${id}" tabindex="-1" aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}">
<legend>Shipping options in ${marketLabel(t.market)}</legend>
<span class="hint" id="${id}-hint">Up to ${MAX_SHIPPING_OPTIONS}; the market keeps at least one. Prices in ${t.currency}, 0 for free shipping; the delay is the days between payment and hand-over to the carrier.</span>
${error ? html`<span class="error" id="${id}-error">Shipping options: ${error}</span>` : ''}
${SLOTS.map((slot) => {
  const stored = slot <= t.shipping.length;
  return html`<fieldset class="shipping-option"><legend>Shipping option ${slot}${stored ? '' : ' (optional: fill in to add it)'}</legend>
${field(f, { name: F.carrier(t.market, slot), label: 'Carrier', required: stored, maxlength: MAX_CARRIER_LENGTH })}
${field(f, { name: F.shippingPrice(t.market, slot), label: `Shipping price (${t.currency})`, required: stored })}
${field(f, { name: F.delayDays(t.market, slot), label: 'Delay (days)', type: 'number', required: stored })}
${stored ? checkbox(f, { name: F.removeShipping(t.market, slot), label: `Remove shipping option ${slot}` }) : ''}
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
  const base = sellerBase(v.sellerId);
  const o = d.offer;
  const f = p.edit;
  const add: FormState = p.add ?? { values: addMarketFormValues(d, p.addable), errors: [] };
  const remove: FormState = p.remove ?? emptyForm;
  // One form fails at a time: the summary lists its errors.
  const failed = [f, add, remove].find((x) => x.errors.length || x.message) ?? f;
  return sellerPage(
    `Offer ${o.sku}`,
    v,
    html`<p><a href="${base}/offers">← Offers</a></p>
<h1>Offer ${o.sku}</h1>
<p>${d.productName} · ${gradeName(o.grade, PORTAL_LANGUAGE)} · EAN ${d.ean} · ${o.vatType === 'MARGINAL' ? 'margin scheme' : 'regular VAT'}</p>
${done ? html`<p class="notice" role="status">${done}</p>` : ''}
${sellerErrorSummary(failed, EDIT_LABELS(d.terms))}
<form method="post" action="${base}/offers/${o.id}" novalidate>
${csrfInput(v.csrf)}
<fieldset><legend>All markets</legend>
${field(f, { name: 'quantity', label: 'Stock', type: 'number', required: true, hint: '0 takes the offer offline everywhere.' })}
${field(f, { name: 'warrantyMonths', label: 'Warranty (months)', type: 'number', required: true })}
${checkbox(f, { name: 'published', label: 'Published' })}
</fieldset>
${d.terms.map(
  (t) => html`<fieldset><legend>${marketLabel(t.market)}, ${t.currency}</legend>
<p class="small">Live price ${money(t.priceMinor, t.currency)} · ${
    t.buybox?.winning
      ? html`<strong class="win">wins the buybox</strong>`
      : t.buybox?.ranked
        ? html`does not win; winner at ${money(t.buybox.winnerPriceMinor, t.currency)}`
        : 'not eligible for the buybox'
  }${t.buybox?.ranked ? html` · price to win ${money(t.buybox.ranked.priceToWinMinor, t.currency)}` : ''}</p>
${field(f, { name: F.price(t.market), label: 'Your price', required: true, hint: t.minPriceMinor !== null ? 'With a minimum price set, the repricer sets the live price between the two.' : undefined })}
${field(f, { name: F.minPrice(t.market), label: 'Minimum price', hint: 'Leave empty to switch the repricer off.' })}
${field(f, { name: F.comment(t.market), label: 'Comment', maxlength: 500 })}
${shippingFieldset(f, t)}
</fieldset>`,
)}
<button type="submit">Save</button>
</form>
<section class="panel" aria-labelledby="markets-h">
<h2 id="markets-h">Markets</h2>
<ul class="offer-markets">${d.terms.map((t) => {
      const name = F.removeMarket(t.market);
      const error = remove.errors.find((e) => e.field === name)?.message;
      const errorId = `f-${name}-error`;
      return html`<li>${marketLabel(t.market)}, ${t.currency}
${error ? html`<span class="error" id="${errorId}">${error}</span>` : ''}
${
  d.terms.length > 1
    ? html`<form method="post" action="${base}/offers/${o.id}/markets/remove" class="inline">
${csrfInput(v.csrf)}<input type="hidden" name="market" value="${t.market}">
<button type="submit" id="f-${name}" class="link"${error ? html` aria-describedby="${errorId}"` : ''}>Remove ${marketLabel(t.market)}</button>
</form>`
    : html`<span class="small muted" id="f-${name}">The offer's only market: it cannot be removed (to stop selling, unpublish the offer or set its stock to 0).</span>`
}</li>`;
    })}</ul>
<h3 id="add-market-h">Add a market</h3>
${
  p.addable.length === 0 && !add.errors.length
    ? html`<p class="empty">The offer is listed in every market you may sell in.</p>`
    : html`<form method="post" action="${base}/offers/${o.id}/markets" novalidate aria-labelledby="add-market-h">
${csrfInput(v.csrf)}
${field(add, { name: 'market', label: 'Market', required: true, options: p.addable.map((m) => ({ value: m.code, label: `${m.name} (${m.code}, ${m.currency})` })) })}
${field(add, { name: 'price', label: 'Price', required: true, hint: 'In the market currency, e.g. 349.00.' })}
${field(add, { name: 'minPrice', label: 'Minimum price', hint: 'Optional. Set it to let the repricer lower your price down to it to win the buybox.' })}
${field(add, { name: 'comment', label: 'Comment', maxlength: 500 })}
<fieldset><legend>Shipping option 1</legend>
${field(add, { name: 'carrier', label: 'Carrier', required: true, maxlength: MAX_CARRIER_LENGTH })}
${field(add, { name: 'shippingPrice', label: 'Shipping price', required: true, hint: 'In the market currency; 0 for free shipping. Add more options after saving.' })}
${field(add, { name: 'delayDays', label: 'Shipping delay (days)', type: 'number', required: true })}
</fieldset>
<button type="submit">Add the market</button>
</form>`
}
</section>
<p><a href="${base}/offers/${o.id}/repricer">Repricer history</a></p>
<p class="small muted">Created ${when(o.createdAt)} · updated ${when(o.updatedAt)}</p>`,
  );
}

export function repricerPage(
  v: SellerView,
  d: SellerOfferDetail,
  log: Awaited<ReturnType<typeof repricerHistory>>,
): Html {
  const base = sellerBase(v.sellerId);
  const currency = (market: string) => d.terms.find((t) => t.market === market)?.currency ?? 'EUR';
  return sellerPage(
    `Repricer · ${d.offer.sku}`,
    v,
    html`<p><a href="${base}/offers/${d.offer.id}">← Offer ${d.offer.sku}</a></p>
<h1>Repricer history of ${d.offer.sku}</h1>
<p>The repricer works on markets where you set a minimum price: it moves your live price between that minimum and your price to win the buybox, and back up when competition leaves.</p>
${
  log.length === 0
    ? html`<p class="empty">No automatic price change yet.</p>`
    : html`<div class="table-scroll"><table class="data-table">
<caption class="visually-hidden">Automatic price changes, newest first</caption>
<thead><tr><th scope="col">When</th><th scope="col">Market</th><th scope="col" class="num">From</th><th scope="col" class="num">To</th><th scope="col">Why</th></tr></thead>
<tbody>${log.map(
        (r) =>
          html`<tr><td>${when(r.at)}</td><td>${r.market}</td><td class="num">${money(r.fromMinor, currency(r.market))}</td><td class="num">${money(r.toMinor, currency(r.market))}</td><td>${r.reason}</td></tr>`,
      )}</tbody></table></div>`
}`,
  );
}
