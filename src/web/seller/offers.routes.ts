/** The seller portal's offers: the list, creating one, editing its terms and markets, its repricer history. */
import type { Deps } from '../../app/deps.ts';
import { findProductsForListing, productSummary } from '../../modules/catalog/product-lookup.ts';
import { createOffer } from '../../modules/offers/create-offer.ts';
import { DELISTED_BY_PLATFORM } from '../../modules/offers/platform-delisting.rules.ts';
import { listSellerOffers, sellerOffer } from '../../modules/offers/seller-offers.read-model.ts';
import { repricerHistory } from '../../modules/repricer/repricer-history.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import type { App } from '../../platform/http/app.ts';
import type { MessageKey } from '../../platform/i18n.ts';
import { SUBJECT_FORM } from '../ui/form-errors.ts';
import type { FormState } from '../ui/forms.ts';
import { formFields } from '../ui/request-context.ts';
import {
  addableMarkets,
  addOfferMarket,
  localeAmounts,
  OFFER_FIELD_OF_PATH,
  offerInputFromForm,
  removeOfferMarket,
  saveOfferForm,
} from './offer-form.ts';
import { editOfferPage, newOfferPage, offerFormValues, offersPage, repricerPage } from './offers.pages.ts';
import { type C, pageAction, pageOf, portalView, S, SELLER_PORTAL_RULE, see } from './portal.ts';
import { PAGE_SIZE, sellerIdOf } from './seller-view.ts';

/** Register the portal's offer pages. */
export function registerSellerOfferRoutes(app: App, deps: Deps): void {
  const MEMBER = SELLER_PORTAL_RULE;
  const view = portalView(deps);

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
        const v = await view(c, 'offers');
        const { input, issues } = offerInputFromForm(localeAmounts(values, v.locale, v.t));
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

  const OFFER_DONE: Record<string, MessageKey> = {
    created: 'portal.offers.done.created',
    saved: 'portal.offers.done.saved',
    'market-added': 'portal.offers.done.marketAdded',
    'market-removed': 'portal.offers.done.marketRemoved',
  };
  const offerIdOf = (c: C) => Number(c.req.param('offerId'));

  /** The offer page with one form's state (what was typed and its errors); the others fresh. */
  const renderOffer = async (
    c: C,
    forms: { edit?: FormState; add?: FormState; remove?: FormState },
    done?: MessageKey,
  ) => {
    const v = await view(c, 'offers');
    const d = await sellerOffer(deps.db, v.sellerId, offerIdOf(c));
    const addable = await addableMarkets(deps.db, v.sellerId, d);
    return editOfferPage(
      v,
      d,
      {
        edit: forms.edit ?? { values: offerFormValues(d, v.locale), errors: [] },
        add: forms.add,
        remove: forms.remove,
        addable,
      },
      done ? v.t(done) : undefined,
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
        const v = await view(c, 'offers');
        await saveOfferForm(deps.db, deps.clock, {
          sellerId: sellerIdOf(c),
          offerId,
          values: localeAmounts(values, v.locale, v.t),
        }).catch((e: unknown) => {
          // Publishing an offer the platform delisted: said in the portal's language.
          if (isAppError(e) && e.fields.some((f) => f.message === DELISTED_BY_PLATFORM)) {
            const message = v.t('portal.offer.publishRefused');
            throw new AppError(e.code, message, [{ field: 'published', message }]);
          }
          throw e;
        });
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
        const v = await view(c, 'offers');
        await addOfferMarket(deps.db, deps.clock, {
          sellerId: sellerIdOf(c),
          offerId,
          values: localeAmounts(values, v.locale, v.t),
        });
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
}
