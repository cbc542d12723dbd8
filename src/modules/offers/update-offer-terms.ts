/**
 * THE update of an offer's terms — stock, warranty, publication, and per market the seller's
 * price, floor (repricer), comment and shipping options; adding and removing markets — for the
 * seller portal, the seller API (/ws) and CSV batches alike. One set of limits
 * (offer-terms.rules.ts), one price rule (livePriceAfterChange: a move the seller did not type
 * is recorded in the repricer log), and the buybox refreshed in the same transaction.
 *
 * Callers parse what they receive (text, JSON) into numbers; a value that does not parse is
 * passed as an `Amount` refusal or NaN and reported with the rules' issues, under the caller's
 * field names (`fields`), all at once. An offer the platform delisted after a DSA notice cannot
 * be published again (409 INVALID_STATE naming the publication field): only an upheld complaint
 * puts it back on sale (relist-offer.ts).
 */
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import { marketByCode } from '../../platform/markets.ts';
import { type PriceMove, recordPriceMoves } from '../repricer/record-price-moves.ts';
import { sellerPrices } from '../repricer/seller-prices.ts';
import { assertCanPublish } from '../seller-onboarding/can-publish.ts';
import {
  type Amount,
  checkMarketDraft,
  draftsOf,
  FLOOR_MOVE_REASON,
  livePriceAfterChange,
  type MarketDraft,
  type MarketTerms,
  type MarketTermsFields,
  patchShipping,
  quantityIssue,
  type ShippingDraft,
  type ShippingSlotPatch,
  warrantyIssue,
} from './offer-terms.rules.ts';
import {
  deleteTerms,
  insertTerms,
  lockOwnOffer,
  type OfferTermsRecord,
  offerTerms,
  setOfferFields,
  updateTerms,
} from './offers.store.ts';
import { platformDelistingIssue } from './platform-delisting.rules.ts';
import { refreshBuybox } from './refresh-buybox.ts';
import { marketAccessIssues } from './seller-markets.ts';

export type MarketTermsChange = {
  /** Market code (FR, DE…); an unknown code is refused under `fields.market`. */
  market: string;
  /** Add the market: refused when the offer is already listed there. */
  add?: boolean;
  /** The seller's price; undefined keeps it. With a floor, the live price may stay the repricer's. */
  priceMinor?: Amount;
  /** The floor; undefined keeps it, null switches the repricer off. */
  minPriceMinor?: Amount | null;
  comment?: string;
  /** `replace`: the market's options as listed; `patch`: changes by slot; undefined keeps them. */
  shipping?: { replace: ShippingDraft[] } | { patch: ShippingSlotPatch[] };
};

/** How the caller names its fields; every issue is reported under one of these. */
export type OfferTermsFields = {
  quantity: string;
  /** The publication switch ('published' when not given). */
  published?: string;
  warrantyMonths: string;
  /** The market as a whole (adding it: access, already listed). */
  market: (code: string) => string;
  removeMarket: (code: string) => string;
  terms: (code: string) => MarketTermsFields;
};

export type UpdateOfferTermsInput = {
  sellerId: number;
  offerId: number;
  /** NaN for a value that is not a whole number. */
  quantity?: number;
  warrantyMonths?: number;
  published?: boolean;
  markets?: MarketTermsChange[];
  removeMarkets?: string[];
  fields: OfferTermsFields;
  /** Refusals the caller found while reading the request, reported with the rules' own. */
  issues?: FieldIssue[];
  /** What a missing offer is called in the 404 ('Offer', 'Listing'). */
  notFound?: string;
};

export type UpdateOfferTermsDeps = {
  db: Db;
  clock: Clock;
  /** CSV batches refresh buyboxes once per batch (buybox-batch.ts): the product is handed over. */
  deferBuybox?: (productId: string) => void;
};

function draftOf(
  change: MarketTermsChange,
  t: OfferTermsRecord | undefined,
  sellerPrice: number | undefined,
): MarketDraft {
  const shipping = !change.shipping
    ? draftsOf(t?.shipping ?? [])
    : 'replace' in change.shipping
      ? change.shipping.replace
      : patchShipping(t?.shipping ?? [], change.shipping.patch);
  return {
    market: change.market,
    priceMinor: change.priceMinor !== undefined ? change.priceMinor : sellerPrice,
    minPriceMinor: change.minPriceMinor !== undefined ? change.minPriceMinor : (t?.minPriceMinor ?? null),
    comment: change.comment ?? t?.comment ?? '',
    shipping,
  };
}

export async function updateOfferTerms(
  deps: UpdateOfferTermsDeps,
  input: UpdateOfferTermsInput,
): Promise<void> {
  const { clock } = deps;
  const names = input.fields;
  try {
    await deps.db.transaction(async (tx) => {
      // Locked: two updates of one offer (a form and a CSV line) apply one after the other.
      const offer = await lockOwnOffer(tx, input.sellerId, input.offerId);
      if (!offer) throw AppError.notFound(input.notFound ?? 'Offer');
      // Taken out of sale by the platform after a DSA notice: only an upheld complaint relists it.
      const delisted = platformDelistingIssue(offer, input, names.published ?? 'published');
      if (delisted) throw new AppError('INVALID_STATE', `The offer ${delisted.message}`, [delisted]);
      // Suspended or unverified shops cannot put an offer back online (DSA Art. 30).
      if (input.published && !offer.published) await assertCanPublish(tx, input.sellerId);
      const current = await offerTerms(tx, offer.id);
      // The seller's own price of the markets changed (the repricer log is read only for those).
      const changing = new Set((input.markets ?? []).map((m) => m.market.toUpperCase()));
      const reference = await sellerPrices(
        tx,
        current.filter((t) => changing.has(t.market)),
      );
      const issues: FieldIssue[] = [...(input.issues ?? [])];
      const push = (i: FieldIssue | null) => {
        if (i) issues.push(i);
      };
      if (input.quantity !== undefined) push(quantityIssue(input.quantity, names.quantity));
      if (input.warrantyMonths !== undefined) push(warrantyIssue(input.warrantyMonths, names.warrantyMonths));

      const checked: Array<{
        code: string;
        currency: string;
        t: OfferTermsRecord | undefined;
        terms: MarketTerms;
      }> = [];
      const newMarkets: Array<{ code: string; field: string }> = [];
      for (const change of input.markets ?? []) {
        const market = marketByCode(change.market);
        const t = current.find((x) => x.market === market?.code);
        if (!market) issues.push({ field: names.market(change.market), message: 'choose a market' });
        else if (change.add && t)
          issues.push({
            field: names.market(market.code),
            message: `the offer is already listed in ${market.name}`,
          });
        else if (!t) newMarkets.push({ code: market.code, field: names.market(market.code) });
        const sellerPrice = t ? (reference.get(`${offer.id}|${t.market}`) ?? t.priceMinor) : undefined;
        const r = checkMarketDraft(draftOf(change, t, sellerPrice), names.terms(change.market));
        issues.push(...r.issues);
        if (market && r.terms)
          checked.push({ code: market.code, currency: market.currency, t, terms: r.terms });
      }
      issues.push(...(await marketAccessIssues(tx, input.sellerId, newMarkets)));
      const removed = new Set<string>();
      for (const raw of input.removeMarkets ?? []) {
        const code = raw.trim().toUpperCase();
        const field = names.removeMarket(code);
        if (!current.some((t) => t.market === code))
          issues.push({ field, message: 'the offer is not listed in this market' });
        else if (current.filter((t) => !removed.has(t.market)).length === 1)
          issues.push({
            field,
            message:
              'is the offer’s only market: an offer keeps at least one (to stop selling, unpublish it or set its stock to 0)',
          });
        else removed.add(code);
      }
      if (issues.length) throw AppError.invalid(issues);

      const now = clock.now();
      await setOfferFields(tx, offer.id, {
        ...(input.quantity !== undefined ? { quantity: input.quantity } : {}),
        ...(input.warrantyMonths !== undefined ? { warrantyMonths: input.warrantyMonths } : {}),
        ...(input.published !== undefined ? { published: input.published } : {}),
        updatedAt: now,
      });
      const moves: PriceMove[] = [];
      for (const { code, currency, t, terms } of checked) {
        if (!t) {
          await insertTerms(tx, { offerId: offer.id, market: code, currency, ...terms });
          continue;
        }
        const live = livePriceAfterChange({
          liveMinor: t.priceMinor,
          sellerPriceMinor: reference.get(`${offer.id}|${code}`) ?? t.priceMinor,
          newSellerPriceMinor: terms.priceMinor,
          newMinPriceMinor: terms.minPriceMinor,
        });
        if (live.moved)
          moves.push({
            offerId: offer.id,
            market: code,
            fromMinor: t.priceMinor,
            toMinor: live.liveMinor,
            reason: FLOOR_MOVE_REASON,
            at: now,
          });
        await updateTerms(tx, offer.id, code, { ...terms, priceMinor: live.liveMinor });
      }
      for (const code of removed) await deleteTerms(tx, offer.id, code);
      await recordPriceMoves(tx, moves);
      if (deps.deferBuybox) deps.deferBuybox(offer.productId);
      else await refreshBuybox({ db: tx, productIds: [offer.productId], now });
    });
  } catch (e) {
    // The same market added at the same time by another request loses on the primary key.
    const added = (input.markets ?? []).find((m) => m.add);
    if (added && isUniqueViolation(e)) {
      const market = marketByCode(added.market);
      throw AppError.invalid([
        {
          field: names.market(added.market),
          message: `the offer is already listed in ${market?.name ?? added.market}`,
        },
      ]);
    }
    throw e;
  }
}
