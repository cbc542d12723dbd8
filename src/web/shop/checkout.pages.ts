import { html, raw } from 'hono/html';
import type { CartView } from '../../modules/cart/get-cart.ts';
import { DELIVERY_COUNTRIES } from '../../modules/checkout/address.rules.ts';
import type { CheckoutQuote } from '../../modules/checkout/quote-checkout.ts';
import { receiptMentionKey } from '../../modules/pricing/vat.rules.ts';
import type { PageContext } from '../ui/context.ts';
import { errorSummary, type FormState, field } from '../ui/forms.ts';
import { csrfField, type Html, layout } from '../ui/layout.ts';

const LABELS = (ctx: PageContext): Record<string, string> => ({
  email: ctx.t('auth.email'),
  'shippingAddress.name': ctx.t('checkout.fullName'),
  'shippingAddress.line1': ctx.t('checkout.line1'),
  'shippingAddress.postalCode': ctx.t('checkout.postalCode'),
  'shippingAddress.city': ctx.t('checkout.city'),
  'shippingAddress.country': ctx.t('checkout.country'),
  'shippingAddress.phone': ctx.t('checkout.phone'),
  'card.number': ctx.t('checkout.cardNumber'),
  'card.expMonth': ctx.t('checkout.expMonth'),
  'card.expYear': ctx.t('checkout.expYear'),
  'card.cvc': ctx.t('checkout.cvc'),
  'card.holder': ctx.t('checkout.holder'),
  paymentMethod: ctx.t('checkout.payment'),
  shipping: ctx.t('checkout.delivery'),
});

/** Form fields are flat (`shippingAddress.postalCode`) so errors point at the right input. */
function f(
  form: FormState,
  name: string,
  label: string,
  extra: Parameters<typeof field>[1] extends infer P ? Partial<P> : never = {},
) {
  return field(form, { name, label, ...extra } as Parameters<typeof field>[1]);
}

export function checkoutPage(
  ctx: PageContext,
  cart: CartView,
  form: FormState,
  o: { testMode: boolean; guest: boolean; softOptIn?: boolean },
) {
  const { t } = ctx;
  const v = form.values;
  const regions = new Intl.DisplayNames([ctx.market.bcp47], { type: 'region' });
  const method = v.paymentMethod ?? 'card';
  return layout(
    ctx,
    { title: t('checkout.title') },
    html`<h1>${t('checkout.title')}</h1>
${errorSummary(ctx, form, LABELS(ctx))}
<form method="post" action="${ctx.base}/checkout/review" class="checkout" novalidate>${csrfField(ctx)}
${
  o.guest
    ? html`<fieldset><legend>${t('checkout.contact')}</legend>${f(form, 'email', t('auth.email'), { type: 'email', required: true, autocomplete: 'email', maxlength: 254 })}</fieldset>`
    : ''
}
<fieldset><legend>${t('checkout.address')}</legend>
  ${f(form, 'shippingAddress.name', t('checkout.fullName'), { required: true, autocomplete: 'shipping name', maxlength: 100 })}
  ${f(form, 'shippingAddress.company', t('checkout.company'), { autocomplete: 'shipping organization', maxlength: 200 })}
  ${f(form, 'shippingAddress.line1', t('checkout.line1'), { required: true, autocomplete: 'shipping address-line1', maxlength: 200 })}
  ${f(form, 'shippingAddress.line2', t('checkout.line2'), { autocomplete: 'shipping address-line2', maxlength: 200 })}
  ${f(form, 'shippingAddress.postalCode', t('checkout.postalCode'), { required: true, autocomplete: 'shipping postal-code', maxlength: 20 })}
  ${f(form, 'shippingAddress.city', t('checkout.city'), { required: true, autocomplete: 'shipping address-level2', maxlength: 100 })}
  ${field(
    {
      ...form,
      values: { 'shippingAddress.country': ctx.market.code === 'US' ? 'US' : ctx.market.code, ...v },
    },
    {
      name: 'shippingAddress.country',
      label: t('checkout.country'),
      required: true,
      options: DELIVERY_COUNTRIES.map((c) => ({ value: c, label: regions.of(c) ?? c })).sort((a, b) =>
        a.label.localeCompare(b.label),
      ),
    },
  )}
  ${f(form, 'shippingAddress.phone', t('checkout.phone'), { type: 'tel', autocomplete: 'shipping tel', maxlength: 20 })}
</fieldset>
<fieldset><legend>${t('checkout.delivery')}</legend>
${cart.sellers.map(
  (s) => html`<fieldset class="radios"><legend>${t('checkout.deliveryBy', { seller: s.sellerName })}</legend>
  ${s.shippingOptions.map((opt, i) => {
    const id = `ship-${s.sellerId}-${i}`;
    const chosen = (v[`shipping.${s.sellerId}`] ?? s.shippingOptions[0]?.carrier) === opt.carrier;
    return html`<div class="radio"><input type="radio" id="${id}" name="shipping.${s.sellerId}" value="${opt.carrier}"${chosen ? raw(' checked') : ''}>
    <label for="${id}">${t('checkout.carrier', { carrier: opt.carrier, price: ctx.amount(opt.priceMinor), days: opt.delayDays })}</label></div>`;
  })}</fieldset>`,
)}
</fieldset>
<fieldset><legend>${t('checkout.payment')}</legend>
  ${o.testMode ? html`<p class="test-mode" role="note">${t('checkout.testMode')}</p>` : ''}
  <div class="radio"><input type="radio" id="pm-card" name="paymentMethod" value="card"${method === 'card' ? raw(' checked') : ''}><label for="pm-card">${t('checkout.card')}</label></div>
  <div class="radio"><input type="radio" id="pm-transfer" name="paymentMethod" value="bank_transfer"${method === 'bank_transfer' ? raw(' checked') : ''}><label for="pm-transfer">${t('checkout.bankTransfer')}</label></div>
  <div class="card-fields">
  ${f(form, 'card.number', t('checkout.cardNumber'), { autocomplete: 'cc-number', maxlength: 23 })}
  ${f(form, 'card.expMonth', t('checkout.expMonth'), { autocomplete: 'cc-exp-month', maxlength: 2 })}
  ${f(form, 'card.expYear', t('checkout.expYear'), { autocomplete: 'cc-exp-year', maxlength: 4 })}
  ${f(form, 'card.cvc', t('checkout.cvc'), { autocomplete: 'cc-csc', maxlength: 4 })}
  ${f(form, 'card.holder', t('checkout.holder'), { autocomplete: 'cc-name', maxlength: 100 })}
  </div>
</fieldset>
${o.softOptIn ? softOptInBox(ctx, v.declineOffers === '1') : ''}
<button type="submit">${t('checkout.reviewButton')}</button>
</form>`,
  );
}

/**
 * The soft opt-in's clear and free opt-out at collection (ePrivacy Art. 13(2)): unticked by
 * default; left so, the paid order lets us email offers on similar refurbished devices.
 */
function softOptInBox(ctx: PageContext, declined: boolean): Html {
  return html`<div class="checkbox soft-opt-in"><input type="hidden" name="softOptInOffered" value="1">
  <input type="checkbox" id="f-declineOffers" name="declineOffers" value="1" aria-describedby="f-declineOffers-hint"${declined ? raw(' checked') : ''}>
  <label for="f-declineOffers">${ctx.t('marketing.checkout.declineOffers')}</label>
  <p class="hint" id="f-declineOffers-hint">${ctx.t('marketing.checkout.declineOffersHint')}</p></div>`;
}

const TREATMENT_NOTE = {
  reverse_charge: 'checkout.reverseChargeNote',
  margin: 'checkout.marginNote',
  standard: null,
} as const;

/** The legal mention of a line's VAT treatment, in the page's language (documents say the same). */
function lineMention(ctx: PageContext, treatment: 'margin' | 'reverse_charge'): string {
  const mention = ctx.t(receiptMentionKey(treatment)!);
  return treatment === 'margin' ? `${mention} — ${ctx.t('checkout.marginNote')}` : mention;
}

/** The mention of the service fee when it carries no VAT (reverse charge, outside the scope). */
function feeMention(ctx: PageContext, treatment: string): string | null {
  if (treatment === 'reverse_charge') return ctx.t('doc.mention.reverseChargeService');
  if (treatment === 'outside_scope') return ctx.t('doc.mention.outsideScope');
  return null;
}

/**
 * Every amount exactly as it will be charged and stored (ctx.amount, never converted): a
 * reverse-charged line at its net price, a margin-scheme line at its full price, VAT per rate.
 */
function amountsTable(ctx: PageContext, q: CheckoutQuote): Html {
  const { t } = ctx;
  const p = q.priced;
  const m = (minor: number) => ctx.amount(minor, p.currency);
  const fee = p.platformVat;
  return html`${p.sellers.map((s) => {
    const seller = q.sellers.find((x) => x.sellerId === s.sellerId)!;
    return html`<section class="review-seller" aria-labelledby="rs-${s.sellerId}"><h2 id="rs-${s.sellerId}">${t('order.soldBy', { seller: seller.sellerName })}</h2>
<ul class="review-lines">${s.lineIndexes.map((i) => {
      const l = q.lines[i]!;
      const priced = p.lines[i]!;
      const note = TREATMENT_NOTE[priced.treatment];
      return html`<li>${priced.quantity} × ${l.cartLine.productName} — ${m(priced.itemsMinor)}${note ? html` <span class="muted">(${t(note)})</span>` : ''}</li>`;
    })}</ul>
<dl class="amounts">
  <dt>${t('checkout.items')}</dt><dd>${m(s.itemsTotalMinor)}</dd>
  <dt>${t('checkout.shipping')} (${seller.carrier})</dt><dd>${m(s.shippingTotalMinor)}</dd>
  ${s.insuranceTotalMinor ? html`<dt>${t('checkout.insurance')}</dt><dd>${m(s.insuranceTotalMinor)}</dd>` : ''}
  ${s.vat.perRate.map((r) =>
    r.treatment === 'standard'
      ? html`<dt class="muted">${t('checkout.vat')} (${t('checkout.vatRate', { rate: r.rateBp / 100 })})</dt><dd class="muted">${m(r.vatMinor)}</dd>`
      : html`<dt class="muted">${lineMention(ctx, r.treatment === 'margin' ? 'margin' : 'reverse_charge')}</dt><dd class="muted">—</dd>`,
  )}
  <dt class="total">${t('checkout.orderTotal')}</dt><dd class="total">${m(s.goodsTotalMinor + s.insuranceTotalMinor)}</dd>
</dl></section>`;
  })}
<dl class="amounts grand">
  <dt>${t('checkout.serviceFee')}${fee.treatment === 'reverse_charge' ? html` <span class="muted">(${feeMention(ctx, fee.treatment)})</span>` : ''}</dt><dd>${m(p.serviceFeeMinor)}</dd>
  ${fee.treatment === 'standard' && fee.serviceFeeVatMinor > 0 ? html`<dt class="muted">${t('checkout.vat')} (${t('checkout.vatRate', { rate: fee.rateBp / 100 })})</dt><dd class="muted">${m(fee.serviceFeeVatMinor)}</dd>` : ''}
  <dt class="total">${t('checkout.grandTotal')}</dt><dd class="total" id="grand-total">${m(p.grandTotalMinor)}</dd>
</dl>`;
}

/** A business buyer's VAT number that carries no reverse charge this time: say why VAT is charged. */
function vatNotice(ctx: PageContext, q: CheckoutQuote): Html | '' {
  const n = q.buyerVatNotice;
  if (!n) return '';
  const text =
    n.status === 'invalid'
      ? ctx.t('checkout.vatNumberInvalid', {
          vatNumber: n.vatNumber,
          date: new Intl.DateTimeFormat(ctx.market.bcp47, {
            dateStyle: 'long',
            timeZone: ctx.market.timeZone,
          }).format(n.checkedAt),
        })
      : ctx.t('checkout.vatNumberUnchecked', { vatNumber: n.vatNumber });
  return html`<p class="notice" role="status">${text}</p>`;
}

export function reviewPage(
  ctx: PageContext,
  q: CheckoutQuote,
  values: Record<string, string>,
  idempotencyKey: string,
  testMode: boolean,
) {
  const { t } = ctx;
  const total = ctx.amount(q.priced.grandTotalMinor, q.priced.currency);
  return layout(
    ctx,
    { title: t('checkout.review') },
    html`<h1>${t('checkout.review')}</h1>
<p>${t('checkout.reviewIntro', { total })}</p>
${testMode ? html`<p class="test-mode" role="note">${t('checkout.testMode')}</p>` : ''}
${vatNotice(ctx, q)}
${amountsTable(ctx, q)}
<p>${t('checkout.payingBy', { method: values.paymentMethod === 'bank_transfer' ? t('checkout.bankTransfer') : t('checkout.card') })}</p>
<form method="post" action="${ctx.base}/checkout/place">${csrfField(ctx)}
  <input type="hidden" name="idempotencyKey" value="${idempotencyKey}">
  ${Object.entries(values).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}
  <button type="submit" class="buy">${t('checkout.place', { total })}</button>
</form>
<p><a href="${ctx.base}/checkout">${t('checkout.edit')}</a></p>`,
  );
}
