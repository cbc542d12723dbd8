/**
 * The seller portal: server-rendered pages under /seller/:sellerId that work without JavaScript.
 * Every route starts with the access rule `sellerMember` on the route's seller id, so a member
 * sees only the sellers they belong to; every query is scoped by that id as well (another
 * seller's offer or order is a 404). Writes are POST forms carrying the CSRF token, answered with
 * a redirect (post/redirect/get) or the same page with its errors and the error's status.
 */

import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { findProductsForListing, productSummary } from '../../modules/catalog/product-lookup.ts';
import { createOffer } from '../../modules/offers/create-offer.ts';
import { ZCreateOfferInputSchema } from '../../modules/offers/offers.types.ts';
import {
  buyboxWinRates,
  listSellerOffers,
  sellerOffer,
} from '../../modules/offers/seller-offers.read-model.ts';
import {
  listSellerOrders,
  ordersPerDay,
  ordersWaiting,
} from '../../modules/orders/seller-orders.read-model.ts';
import {
  amountsDue,
  listPayouts,
  nextPayoutEstimates,
} from '../../modules/payouts/seller-money.read-model.ts';
import { qualityHistory } from '../../modules/quality/quality-history.ts';
import { repricerHistory } from '../../modules/repricer/repricer-history.ts';
import { createApiKey, listApiKeys, revokeApiKey } from '../../modules/seller-api/api-keys.ts';
import {
  acceptOrderLines,
  cancelOrderLines,
  invoiceKey,
  sellerOrder,
  setLineIdentifiers,
  shipOrder,
} from '../../modules/seller-orders/seller-order-actions.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import { access } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { fieldIssues } from '../../platform/validation.ts';
import { type FormErrorPolicy, formAction, SUBJECT_FORM } from '../form-errors.ts';
import type { FormState } from '../forms.ts';
import type { Html } from '../layout.ts';
import { formFields } from '../request-context.ts';
import { apiKeysPage, moneyPage } from './account.pages.ts';
import { dashboardPage } from './dashboard.page.ts';
import { addableMarkets, addOfferMarket, removeOfferMarket, saveOfferForm } from './offer-form.ts';
import { editOfferPage, newOfferPage, offerFormValues, offersPage, repricerPage } from './offers.pages.ts';
import { type OrderForms, orderDetailPage, ordersPage } from './orders.pages.ts';
import type { SellerSection } from './seller-layout.ts';
import { PAGE_SIZE, sellerById, sellerIdOf, sellerViewOf } from './seller-view.ts';

type C = Context<AppEnv>;

/** Who may use the portal: members of the seller in the path (any role). */
export const SELLER_PORTAL_RULE = access({ kind: 'sellerMember', param: 'sellerId' });
const S = '/seller/:sellerId{[0-9]+}';

/**
 * Portal forms show refusals of what was submitted on their own page; a missing seller, order or
 * offer is the 404 page (the one policy: src/web/form-errors.ts).
 */
const pageAction = (
  c: C,
  values: Record<string, string>,
  render: (form: FormState) => Promise<Html>,
  action: () => Promise<Response>,
  policy: FormErrorPolicy = SUBJECT_FORM,
) => formAction(c, values, render, action, policy);

const positiveInt = (s: string | undefined): number | undefined =>
  s && /^\d{1,9}$/.test(s) && Number(s) > 0 ? Number(s) : undefined;
const pageOf = (c: C) => Math.min(positiveInt(c.req.query('page')) ?? 1, 10_000);

/** The create-offer form's fields → createOffer's input (one market, one shipping option). */
const OFFER_FIELD_OF_PATH: Record<string, string> = {
  'markets.0.market': 'market',
  'markets.0.price': 'price',
  'markets.0.minPrice': 'minPrice',
  'markets.0.comment': 'comment',
  'markets.0.shipping.0.carrier': 'carrier',
  'markets.0.shipping.0.price': 'shippingPrice',
  'markets.0.shipping.0.delayDays': 'delayDays',
  'markets.0.shipping': 'carrier',
  markets: 'market',
};

export function offerInputFromForm(v: Record<string, string>): { input: unknown; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const int = (name: string) => {
    const s = (v[name] ?? '').trim();
    if (!/^-?\d{1,9}$/.test(s)) {
      issues.push({ field: name, message: 'must be a whole number' });
      return 0;
    }
    return Number(s);
  };
  const minPrice = (v.minPrice ?? '').trim();
  const input = {
    productId: v.productId ?? '',
    grade: v.grade ?? '',
    sku: v.sku ?? '',
    quantity: int('quantity'),
    warrantyMonths: int('warrantyMonths'),
    vatType: v.vatType ?? '',
    published: v.published === 'on' || v.published === 'true',
    markets: [
      {
        market: v.market ?? '',
        price: (v.price ?? '').trim(),
        ...(minPrice ? { minPrice } : {}),
        comment: v.comment ?? '',
        shipping: [
          { carrier: v.carrier ?? '', price: (v.shippingPrice ?? '').trim(), delayDays: int('delayDays') },
        ],
      },
    ],
  };
  const parsed = ZCreateOfferInputSchema.safeParse(input);
  if (!parsed.success) {
    for (const i of fieldIssues(parsed.error)) {
      const field = OFFER_FIELD_OF_PATH[i.field] ?? i.field;
      if (!issues.some((x) => x.field === field)) issues.push({ field, message: i.message });
    }
  }
  return { input, issues };
}

const registered = new WeakSet<App>();

/** Register the seller portal's pages. Safe to call twice on the same app (the second is a no-op). */
export function registerSellerPortalRoutes(app: App, deps: Deps): void {
  if (registered.has(app)) return;
  registered.add(app);
  const MEMBER = SELLER_PORTAL_RULE;
  const view = (c: C, section: SellerSection) => sellerViewOf(c, deps.db, section);
  const see = (c: C, path: string) => c.redirect(`/seller/${sellerIdOf(c)}${path}`, 303);

  // Dashboard -----------------------------------------------------------------------------------

  app.get(S, MEMBER, async (c) => {
    const v = await view(c, 'dashboard');
    const now = deps.clock.now();
    const seller = await sellerById(deps.db, v.sellerId);
    const payout = await nextPayoutEstimates(deps.db, v.sellerId, now);
    return c.html(
      dashboardPage(v, {
        ordersPerDay: await ordersPerDay(deps.db, v.sellerId, now),
        winRates: await buyboxWinRates(deps.db, v.sellerId),
        rates: seller,
        qualityHistory: await qualityHistory(deps.db, v.sellerId, now),
        due: await amountsDue(deps.db, v.sellerId),
        payout,
        openOrders: await ordersWaiting(deps.db, v.sellerId),
      }),
    );
  });

  // Offers --------------------------------------------------------------------------------------

  app.get(`${S}/offers`, MEMBER, async (c) => {
    const v = await view(c, 'offers');
    const q = (c.req.query('q') ?? '').trim().slice(0, 100);
    const page = pageOf(c);
    const list = await listSellerOffers(deps.db, v.sellerId, { q, page, pageSize: PAGE_SIZE });
    return c.html(offersPage(v, q, page, list, PAGE_SIZE));
  });

  const newOfferRender = async (c: C, form: FormState, productId: string | undefined) => {
    const v = await view(c, 'offers');
    const q = (c.req.query('q') ?? '').trim().slice(0, 100);
    const product = productId ? await productSummary(deps.db, productId) : null;
    const results = q && !product ? await findProductsForListing(deps.db, q) : null;
    return newOfferPage(v, { q, results, product, form });
  };

  app.get(`${S}/offers/new`, MEMBER, async (c) => {
    const productId = c.req.query('productId');
    const form: FormState = {
      values: {
        quantity: '1',
        warrantyMonths: '12',
        vatType: 'MARGINAL',
        market: 'fr-fr',
        carrier: 'Colissimo',
        shippingPrice: '0',
        delayDays: '2',
        published: 'on',
      },
      errors: [],
    };
    return c.html(await newOfferRender(c, form, productId));
  });

  app.post(`${S}/offers/new`, MEMBER, async (c) => {
    const values = await formFields(c);
    return pageAction(
      c,
      values,
      (form) => newOfferRender(c, form, values.productId),
      async () => {
        const { input, issues } = offerInputFromForm(values);
        if (issues.length) throw AppError.invalid(issues);
        const { offerId } = await createOffer({
          db: deps.db,
          clock: deps.clock,
          sellerId: sellerIdOf(c),
          input,
        });
        return see(c, `/offers/${offerId}?done=created`);
      },
      // createOffer names fields by their path in its input: shown under the form's own fields.
      { ...SUBJECT_FORM, fieldName: (f) => OFFER_FIELD_OF_PATH[f] ?? f },
    );
  });

  const OFFER_DONE: Record<string, string> = {
    created: 'Offer created.',
    saved: 'Saved. The buybox is up to date.',
    'market-added': 'Market added. The buybox is up to date.',
    'market-removed': 'Market removed. The buybox is up to date.',
  };
  const offerIdOf = (c: C) => Number(c.req.param('offerId'));

  /** The offer page with one form's state (what was typed and its errors); the others fresh. */
  const renderOffer = async (
    c: C,
    forms: { edit?: FormState; add?: FormState; remove?: FormState },
    done?: string,
  ) => {
    const v = await view(c, 'offers');
    const d = await sellerOffer(deps.db, v.sellerId, offerIdOf(c));
    const addable = await addableMarkets(deps.db, v.sellerId, d);
    return editOfferPage(
      v,
      d,
      {
        edit: forms.edit ?? { values: offerFormValues(d), errors: [] },
        add: forms.add,
        remove: forms.remove,
        addable,
      },
      done,
    );
  };

  app.get(`${S}/offers/:offerId{[0-9]+}`, MEMBER, async (c) => {
    return c.html(await renderOffer(c, {}, OFFER_DONE[c.req.query('done') ?? '']));
  });

  app.post(`${S}/offers/:offerId{[0-9]+}`, MEMBER, async (c) => {
    const offerId = offerIdOf(c);
    const values = await formFields(c);
    return pageAction(
      c,
      values,
      (form) => renderOffer(c, { edit: form }),
      async () => {
        await saveOfferForm(deps.db, deps.clock, { sellerId: sellerIdOf(c), offerId, values });
        return see(c, `/offers/${offerId}?done=saved`);
      },
    );
  });

  app.post(`${S}/offers/:offerId{[0-9]+}/markets`, MEMBER, async (c) => {
    const offerId = offerIdOf(c);
    const values = await formFields(c);
    return pageAction(
      c,
      values,
      (form) => renderOffer(c, { add: form }),
      async () => {
        await addOfferMarket(deps.db, deps.clock, { sellerId: sellerIdOf(c), offerId, values });
        return see(c, `/offers/${offerId}?done=market-added`);
      },
    );
  });

  app.post(`${S}/offers/:offerId{[0-9]+}/markets/remove`, MEMBER, async (c) => {
    const offerId = offerIdOf(c);
    const values = await formFields(c);
    return pageAction(
      c,
      values,
      (form) => renderOffer(c, { remove: form }),
      async () => {
        await removeOfferMarket(deps.db, deps.clock, {
          sellerId: sellerIdOf(c),
          offerId,
          market: values.market ?? '',
        });
        return see(c, `/offers/${offerId}?done=market-removed`);
      },
    );
  });

  app.get(`${S}/offers/:offerId{[0-9]+}/repricer`, MEMBER, async (c) => {
    const v = await view(c, 'offers');
    const d = await sellerOffer(deps.db, v.sellerId, Number(c.req.param('offerId')));
    return c.html(repricerPage(v, d, await repricerHistory(deps.db, d.offer.id)));
  });

  // Orders --------------------------------------------------------------------------------------

  app.get(`${S}/orders`, MEMBER, async (c) => {
    const v = await view(c, 'orders');
    const raw = c.req.query('state');
    const state = raw && /^\d{1,2}$/.test(raw) ? Number(raw) : null;
    const page = pageOf(c);
    const list = await listSellerOrders(deps.db, v.sellerId, { state, page, pageSize: PAGE_SIZE });
    return c.html(ordersPage(v, state, page, list, PAGE_SIZE));
  });

  const orderIdOf = (c: C) => Number(c.req.param('orderId'));
  const renderOrder = async (c: C, forms: OrderForms, done?: string) =>
    orderDetailPage(
      await view(c, 'orders'),
      await sellerOrder(deps.db, sellerIdOf(c), orderIdOf(c)),
      forms,
      done,
    );

  app.get(`${S}/orders/:orderId{[0-9]+}`, MEMBER, async (c) => {
    return c.html(await renderOrder(c, {}, c.req.query('done')));
  });

  app.post(`${S}/orders/:orderId{[0-9]+}/accept`, MEMBER, async (c) => {
    const values = await formFields(c);
    return pageAction(
      c,
      values,
      (form) => renderOrder(c, { ship: form }),
      async () => {
        await acceptOrderLines(deps, { sellerId: sellerIdOf(c), orderId: orderIdOf(c) });
        return see(c, `/orders/${orderIdOf(c)}?done=accepted`);
      },
    );
  });

  app.post(`${S}/orders/:orderId{[0-9]+}/cancel`, MEMBER, async (c) => {
    const values = await formFields(c);
    return pageAction(
      c,
      values,
      (form) => renderOrder(c, { cancel: form }),
      async () => {
        const reason = (values.reason ?? '').trim();
        if (!reason)
          throw AppError.invalid([{ field: 'reason', message: 'is required: the buyer receives it' }]);
        await cancelOrderLines(deps, { sellerId: sellerIdOf(c), orderId: orderIdOf(c), reason });
        return see(c, `/orders/${orderIdOf(c)}?done=cancelled`);
      },
    );
  });

  app.post(`${S}/orders/:orderId{[0-9]+}/ship`, MEMBER, async (c) => {
    const values = await formFields(c);
    return pageAction(
      c,
      values,
      (form) => renderOrder(c, { ship: form }),
      async () => {
        const shipper = (values.shipper ?? '').trim();
        await shipOrder(deps, {
          sellerId: sellerIdOf(c),
          orderId: orderIdOf(c),
          trackingNumber: values.tracking_number,
          ...(shipper ? { shipper } : {}),
        });
        return see(c, `/orders/${orderIdOf(c)}?done=shipped`);
      },
    );
  });

  app.post(`${S}/orders/:orderId{[0-9]+}/identifiers`, MEMBER, async (c) => {
    const values = await formFields(c);
    const lineId = positiveInt(values.lineId);
    return pageAction(
      c,
      values,
      async (form) =>
        renderOrder(c, {
          identifiers: {
            ...form,
            lineId,
            // The page names each line's inputs `<field>_<lineId>`.
            errors: form.errors.map((e) => ({ ...e, field: `${e.field}_${lineId}` })),
          },
        }),
      async () => {
        const { lines } = await sellerOrder(deps.db, sellerIdOf(c), orderIdOf(c));
        if (!lineId || !lines.some((l) => l.id === lineId)) throw AppError.notFound('Order line');
        const imei = (values[`imei_${lineId}`] ?? '').trim();
        const serial = (values[`serial_number_${lineId}`] ?? '').trim();
        await setLineIdentifiers(deps, {
          sellerId: sellerIdOf(c),
          orderLineId: lineId,
          ...(imei ? { imei } : {}),
          ...(serial ? { serialNumber: serial } : {}),
        });
        return see(c, `/orders/${orderIdOf(c)}?done=identifiers`);
      },
    );
  });

  app.post(`${S}/orders/:orderId{[0-9]+}/invoice`, MEMBER, async (c) => {
    await sellerOrder(deps.db, sellerIdOf(c), orderIdOf(c)); // 404 for another seller's order
    const body = await c.req.parseBody();
    const file = body.invoice;
    if (!(file instanceof File) || file.size === 0)
      throw AppError.invalid([{ field: 'invoice', message: 'choose a PDF file' }]);
    if (file.size > 5 * 1024 * 1024)
      throw AppError.invalid([{ field: 'invoice', message: 'must be at most 5 MB' }]);
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (new TextDecoder().decode(bytes.slice(0, 5)) !== '%PDF-')
      throw AppError.invalid([{ field: 'invoice', message: 'is not a PDF' }]);
    await deps.storage.put(invoiceKey(orderIdOf(c)), bytes, 'application/pdf');
    return see(c, `/orders/${orderIdOf(c)}?done=invoice`);
  });

  // Money ---------------------------------------------------------------------------------------

  app.get(`${S}/money`, MEMBER, async (c) => {
    const v = await view(c, 'money');
    const now = deps.clock.now();
    const payout = await nextPayoutEstimates(deps.db, v.sellerId, now);
    return c.html(
      moneyPage(v, {
        now,
        due: await amountsDue(deps.db, v.sellerId),
        estimates: payout.estimates,
        payoutDelayDays: payout.payoutDelayDays,
        payouts: await listPayouts(deps.db, v.sellerId),
      }),
    );
  });

  // API keys ------------------------------------------------------------------------------------

  const KEYS_DONE: Record<string, string> = { revoked: 'Key revoked: it stopped working at once.' };

  app.get(`${S}/api-keys`, MEMBER, async (c) => {
    const v = await view(c, 'api-keys');
    const keys = await listApiKeys(deps.db, v.sellerId);
    return c.html(
      apiKeysPage(v, { keys, form: { values: {}, errors: [] }, done: KEYS_DONE[c.req.query('done') ?? ''] }),
    );
  });

  app.post(`${S}/api-keys`, MEMBER, async (c) => {
    const values = await formFields(c);
    const sellerId = sellerIdOf(c);
    return pageAction(
      c,
      values,
      async (form) =>
        apiKeysPage(await view(c, 'api-keys'), { keys: await listApiKeys(deps.db, sellerId), form }),
      async () => {
        const now = deps.clock.now();
        if (values.intent === 'revoke') {
          const keyId = positiveInt(values.keyId);
          if (!keyId) throw AppError.notFound('API key');
          await revokeApiKey(deps.db, { sellerId, keyId, now });
          return see(c, '/api-keys?done=revoked');
        }
        const created = await createApiKey(deps.db, {
          sellerId,
          name: values.name ?? '',
          createdBy: c.get('actor')?.userId ?? null,
          now,
        });
        // Shown once, never cached, never redirected to a URL that could be reloaded.
        c.header('cache-control', 'no-store');
        const v = await view(c, 'api-keys');
        return c.html(
          apiKeysPage(v, {
            keys: await listApiKeys(deps.db, sellerId),
            form: { values: {}, errors: [] },
            created: { token: created.token, name: (values.name ?? '').trim() },
          }),
          201,
        );
      },
    );
  });
}
