import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { html } from 'hono/html';
import type { Deps } from '../../app/deps.ts';
import { getCart } from '../../modules/cart/get-cart.ts';
import { buyerCheckouts } from '../../modules/checkout/buyer-orders.ts';
import { checkoutsByKey, latestCheckoutOfCart } from '../../modules/checkout/checkout.store.ts';
import { ZCheckoutInputSchema } from '../../modules/checkout/checkout.types.ts';
import { handlePaymentEvent } from '../../modules/checkout/handle-payment-event.ts';
import { placeOrder } from '../../modules/checkout/place-order.ts';
import { quoteCheckout, quoteOrThrow } from '../../modules/checkout/quote-checkout.ts';
import { loadReceipt } from '../../modules/checkout/receipt.read-model.ts';
import { parcelsOfOrders } from '../../modules/delivery/shipments.read-model.ts';
import { creditNotesOfOrders } from '../../modules/documents/credit-notes.read-model.ts';
import { softOptInOffered } from '../../modules/marketing/record-soft-opt-in.ts';
import { findPayment, paymentByProviderRef } from '../../modules/payments/payment-queries.ts';
import { type SandboxProvider, sandboxReturnPath } from '../../modules/payments/sandbox-provider.ts';
import { refundsOfCheckout } from '../../modules/refunds/checkout-refunds.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { access, PUBLIC } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { translator } from '../../platform/i18n.ts';
import { marketByLocale } from '../../platform/markets.ts';
import { formatMoneyForDisplay } from '../../platform/money.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { refusalFor, SUBJECT_FORM } from '../ui/form-errors.ts';
import type { FormState } from '../ui/forms.ts';
import { layout } from '../ui/layout.ts';
import { formFields, requestContext } from '../ui/request-context.ts';
import { afterSalesOfReceipt } from './after-sales.routes.ts';
import { currentCartId } from './cart.routes.ts';
import { STOREFRONTS } from './catalog.routes.ts';
import { checkoutPage, reviewPage } from './checkout.pages.ts';
import { insuranceOfReceipt } from './insurance-claims.routes.ts';
import { orderPage, ordersListPage } from './order.pages.ts';

type C = Context<AppEnv>;
const BUYER = access({ kind: 'buyer' });
const SECRET_FIELDS = /^card\.(number|cvc)$/;

function pick(v: Record<string, string>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(v))
    if (k.startsWith(prefix) && val.trim() !== '') out[k.slice(prefix.length)] = val;
  return out;
}

/** The flat form (`shippingAddress.city`, `shipping.<sellerId>`, `card.number`) as the checkout API's input. */
function inputFrom(v: Record<string, string>, guest: boolean): Record<string, unknown> {
  return {
    ...(guest ? { email: v.email ?? '' } : {}),
    shippingAddress: pick(v, 'shippingAddress.'),
    shipping: Object.entries(pick(v, 'shipping.')).map(([sellerId, carrier]) => ({
      sellerId: Number(sellerId),
      carrier,
    })),
    paymentMethod: v.paymentMethod ?? '',
    ...(v.paymentMethod === 'card' ? { card: pick(v, 'card.') } : {}),
  };
}

export function registerCheckoutPages(app: App, deps: Deps): void {
  const testMode = deps.payments.testMode;
  const cartOrRedirect = async (c: C) => {
    const ctx = requestContext(c);
    const id = await currentCartId(deps, c, ctx.market, false);
    const cart = id ? await getCart(deps.db, { cartId: id, actor: ctx.actor }) : null;
    return { ctx, cart: cart && cart.itemCount > 0 ? cart : null };
  };
  /** A signed-in consumer on the consumer storefront with no marketing choice yet sees the soft opt-in box. */
  const offersSoftOptIn = async (ctx: ReturnType<typeof requestContext>) =>
    !!ctx.actor &&
    ctx.actor.buyerType === 'consumer' &&
    !ctx.pro &&
    (await softOptInOffered(deps, { userId: ctx.actor.userId }));
  const showForm = async (c: C, form: FormState, status = 200) => {
    const { ctx, cart } = await cartOrRedirect(c);
    if (!cart) return c.redirect(`${ctx.base}/cart`, 303);
    const safe = Object.fromEntries(Object.entries(form.values).filter(([k]) => !SECRET_FIELDS.test(k)));
    const softOptIn = await offersSoftOptIn(ctx);
    return c.html(
      checkoutPage(ctx, cart, { ...form, values: safe }, { testMode, guest: !ctx.actor, softOptIn }),
      status as 200,
    );
  };
  const placedWithKey = async (c: C, key: string): Promise<string | null> => {
    const ctx = requestContext(c);
    const rows = await checkoutsByKey(deps.db, key);
    const guestCart = getCookie(c, `rl_cart_${ctx.market.code.toLowerCase()}`);
    const mine = rows.find((r) =>
      r.buyerUserId !== null ? r.buyerUserId === ctx.actor?.userId : r.cartId === guestCart,
    );
    return mine?.id ?? null;
  };
  /**
   * The review page's Idempotency-Key: the same for every render of one cart until it becomes a
   * checkout (two tabs, a reload, a double click place once and find the same orders), a new one
   * once a checkout of it was not paid and the cart came back.
   */
  const reviewKey = async (cartId: string): Promise<string> => {
    const last = await latestCheckoutOfCart(deps.db, cartId);
    return `rv-${createHash('sha256')
      .update(`${cartId}:${last?.id ?? 'none'}`)
      .digest('hex')
      .slice(0, 40)}`;
  };
  /** 409: this cart already became a checkout; the buyer is led to its orders. */
  const alreadyCheckedOutPage = (c: C, checkoutId: string) => {
    const ctx = requestContext(c);
    const title = ctx.t('checkout.alreadyPlaced.title');
    return c.html(
      layout(
        ctx,
        { title },
        html`<section class="error-page">
  <h1>${title}</h1>
  <p>${ctx.t('checkout.alreadyPlaced.text')}</p>
  <p><a class="button" href="${ctx.base}/orders/${checkoutId}">${ctx.t('checkout.alreadyPlaced.link')}</a></p>
</section>`,
      ),
      409,
    );
  };
  /** A refused review or order: the form again with what was typed (policy: form-errors.ts). */
  const refused = (c: C, e: unknown, values: Record<string, string>) => {
    const r = refusalFor(c, e, SUBJECT_FORM);
    if (!r) throw e;
    return showForm(c, { values, errors: r.errors, message: r.message }, r.status);
  };

  for (const M of STOREFRONTS) {
    app.get(`${M}/checkout`, PUBLIC, (c) => showForm(c, { values: {}, errors: [] }));

    app.post(`${M}/checkout/review`, PUBLIC, async (c) => {
      const { ctx, cart } = await cartOrRedirect(c);
      if (!cart) return c.redirect(`${ctx.base}/cart`, 303);
      const values = await formFields(c);
      try {
        const input = parseOrThrow(ZCheckoutInputSchema, inputFrom(values, !ctx.actor));
        if (!ctx.actor && !input.email)
          throw AppError.invalid([{ field: 'email', message: 'is required to send your receipt' }]);
        const quote = quoteOrThrow(
          await quoteCheckout(deps.db, deps, {
            cartId: cart.id,
            actor: ctx.actor,
            shipTo: input.shippingAddress,
            carriers: input.shipping,
            at: deps.clock.now(),
          }),
        );
        return c.html(reviewPage(ctx, quote, values, await reviewKey(cart.id), testMode));
      } catch (e) {
        return refused(c, e, values);
      }
    });

    app.post(`${M}/checkout/place`, PUBLIC, async (c) => {
      const ctx = requestContext(c);
      const { idempotencyKey, ...values } = await formFields(c);
      // A second click on "Place order" finds the checkout the first one placed.
      const done = idempotencyKey ? await placedWithKey(c, idempotencyKey) : null;
      if (done) return c.redirect(`${ctx.base}/orders/${done}`, 303);
      const cartId = await currentCartId(deps, c, ctx.market, false);
      if (!cartId) {
        // A guest's cart this browser already checked out (in another tab): say where its orders are.
        const guestCart = ctx.actor ? undefined : getCookie(c, `rl_cart_${ctx.market.code.toLowerCase()}`);
        const co =
          guestCart && /^[0-9a-f-]{36}$/.test(guestCart)
            ? await latestCheckoutOfCart(deps.db, guestCart)
            : null;
        if (co?.buyerUserId === null) return alreadyCheckedOutPage(c, co.id);
        return c.redirect(`${ctx.base}/cart`, 303);
      }
      try {
        const placed = await placeOrder(deps, {
          cartId,
          actor: ctx.actor,
          idempotencyKey,
          input: inputFrom(values, !ctx.actor),
          // Only where the page showed the opt-out box (a guest or an API client never saw one).
          ...(ctx.actor && values.softOptInOffered === '1'
            ? { softOptIn: values.declineOffers === '1' ? ('declined' as const) : ('offered' as const) }
            : {}),
        });
        if (placed.paymentStatus === 'requires_action' && placed.nextAction?.url)
          return c.redirect(String(placed.nextAction.url), 303);
        if (placed.paymentStatus === 'failed') {
          return showForm(
            c,
            { values, errors: [], message: `${ctx.t('checkout.failed')}: ${placed.failureMessage ?? ''}` },
            402,
          );
        }
        return c.redirect(`${ctx.base}/orders/${placed.checkoutId}`, 303);
      } catch (e) {
        const placedAs =
          isAppError(e) && e.code === 'CART_ALREADY_CHECKED_OUT'
            ? e.fields.find((f) => f.field === 'checkoutId')?.message
            : undefined;
        if (placedAs) return alreadyCheckedOutPage(c, placedAs);
        return refused(c, e, values);
      }
    });

    app.get(`${M}/checkout/return`, PUBLIC, async (c) => {
      const ctx = requestContext(c);
      const id = c.req.query('payment') ?? '';
      const pay = /^[0-9a-f-]{36}$/.test(id) ? await findPayment(deps.db, id) : null;
      if (!pay) throw AppError.notFound('Payment');
      if (pay.status === 'failed')
        return showForm(
          c,
          { values: {}, errors: [], message: `${ctx.t('checkout.failed')}: ${pay.failureMessage ?? ''}` },
          402,
        );
      return c.redirect(`${ctx.base}/orders/${pay.checkoutId}`, 303);
    });

    // A checkout's page: its buyer's, or a guest's by the unguessable checkout id.
    app.get(`${M}/orders/:checkoutId{[0-9a-f-]{36}}`, PUBLIC, async (c) => {
      const ctx = requestContext(c);
      const r = await loadReceipt(deps.db, c.req.param('checkoutId'));
      if (!r || (r.buyerUserId !== null && r.buyerUserId !== ctx.actor?.userId))
        throw AppError.notFound('Order');
      const notes = r.buyerUserId
        ? await creditNotesOfOrders(
            deps.db,
            r.orders.map((o) => o.orderId),
          )
        : [];
      // The parcels, and for the signed-in buyer each line's help, returns and warranty (after-sales.routes.ts).
      const after = {
        view: await afterSalesOfReceipt(deps, r, ctx.actor, ctx.pro),
        done: c.req.query('done'),
        insurance: await insuranceOfReceipt(deps, r, ctx.actor),
      };
      return c.html(orderPage(ctx, r, await refundsOfCheckout(deps.db, r.checkoutId), notes, after));
    });

    app.get(`${M}/account/orders`, BUYER, async (c) => {
      const ctx = requestContext(c);
      const receipts = await buyerCheckouts(deps.db, ctx.actor!.userId);
      // "Write a review" only where the parcel arrived (the delivery module knows).
      const parcels = await parcelsOfOrders(
        deps.db,
        receipts.flatMap((r) => r.orders.map((o) => o.orderId)),
      );
      const delivered = new Set([...parcels.values()].filter((p) => p.deliveredAt).map((p) => p.orderId));
      return c.html(ordersListPage(ctx, receipts, delivered));
    });
  }

  if (deps.payments.name === 'sandbox') registerSandboxPages(app, deps, deps.payments as SandboxProvider);
}

/** The sandbox bank's 3-D Secure page: the buyer approves or refuses, as with a real bank. */
function registerSandboxPages(app: App, deps: Deps, sandbox: SandboxProvider): void {
  const find = async (ref: string) => {
    const pay = await paymentByProviderRef(deps.db, ref);
    if (!pay) throw AppError.notFound('Payment');
    return pay;
  };
  app.get('/sandbox/challenge/:ref{sbx_pi_[0-9a-f]{16}}', PUBLIC, async (c) => {
    const pay = await find(c.req.param('ref'));
    const back = sandboxReturnPath(c.req.query('return_url'), deps.siteUrl('/')) ?? '/';
    // The bank page speaks the language of the storefront the buyer comes from (English elsewhere).
    const lang =
      marketByLocale(/^(?:\/pro)?\/([a-z]{2}-[a-z]{2})(?:\/|$)/.exec(back)?.[1] ?? '')?.bcp47 ?? 'en';
    const t = translator(lang);
    const amount = formatMoneyForDisplay(pay.amountMinor, pay.currency, lang);
    return c.html(html`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t('sandbox.title')}</title><link rel="stylesheet" href="/assets/app.css"></head>
<body><main id="main" class="wrap auth-card"><h1>${t('sandbox.heading')}</h1><p class="test-mode">${t('sandbox.testMode')}</p>
<p>${t('sandbox.confirm', { amount })}</p>
<form method="post"><input type="hidden" name="_csrf" value="${c.get('csrf')()}"><input type="hidden" name="return_url" value="${back}">
<button type="submit" name="decision" value="approve">${t('sandbox.approve')}</button> <button type="submit" name="decision" value="refuse" class="secondary">${t('sandbox.refuse')}</button></form></main></body></html>`);
  });
  app.post('/sandbox/challenge/:ref{sbx_pi_[0-9a-f]{16}}', PUBLIC, async (c) => {
    const pay = await find(c.req.param('ref'));
    const v = await formFields(c);
    const approve = v.decision === 'approve';
    const ev = sandbox.simulate(approve ? 'payment.succeeded' : 'payment.failed', pay.providerRef!, {
      amountMinor: pay.amountMinor,
      paymentId: pay.id,
      message: approve ? undefined : 'You refused the payment at your bank. No money was taken.',
    });
    const event = sandbox.parseWebhook(ev.body, ev.headers);
    if (event) await handlePaymentEvent(deps, event);
    return c.redirect(sandboxReturnPath(v.return_url, deps.siteUrl('/')) ?? '/', 303);
  });
}
