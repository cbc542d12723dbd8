import type { Db } from '../../platform/db/client.ts';
import { AppError, type FieldIssue, isAppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/http/actor.ts';
import { marketByCode } from '../../platform/markets.ts';
import { findBusinessProfile } from '../accounts/accounts.store.ts';
import { recordVatCheck } from '../accounts/record-vat-check.ts';
import { type CartView, getCart } from '../cart/get-cart.ts';
import { DEFAULT_PLATFORM_VAT } from '../ledger/ledger.rules.ts';
import { commissionPlansFor } from '../payouts/commission-plans.ts';
import { type PricedCheckout, priceCheckout } from '../pricing/cart-totals.rules.ts';
import { commissionForLines } from '../pricing/commission.rules.ts';
import type { InsuranceProvider } from '../pricing/insurance.rules.ts';
import {
  isEuMemberState,
  netFromGross,
  type VatTreatment,
  vatRateBpFor,
  vatTreatment,
} from '../pricing/vat.rules.ts';
import { vatNumberOrNull } from '../tax/vat-number.rules.ts';
import type { VatNumberVerifier } from '../tax/vat-number-verifier.ts';
import type { TAddress } from './address.rules.ts';

export type QuoteLine = {
  cartLine: CartView['lines'][number];
  treatment: VatTreatment;
  rateBp: number;
  /** Shipping carried by this line: the seller's chosen carrier on its first line, 0 on others. */
  shippingMinor: number;
  insurancePremiumMinor: number;
  commissionMinor: number;
};
export type QuoteSeller = {
  sellerId: number;
  sellerName: string;
  carrier: string;
  delayDays: number;
  commissionMinor: number;
  country: string;
};
export type CheckoutQuote = {
  cart: CartView;
  currency: string;
  lines: QuoteLine[];
  sellers: QuoteSeller[];
  priced: PricedCheckout;
  buyerVatNumber: string | null;
  /** Set when a business buyer's VAT number carries no reverse charge this time, and why. */
  buyerVatNotice: BuyerVatNotice | null;
};

/** The quote, or why there is none: the expected outcomes a buyer can meet, as values. */
export type QuoteResult =
  | { ok: true; quote: CheckoutQuote }
  | { ok: false; reason: 'checked_out' }
  | { ok: false; reason: 'empty_cart' }
  /** Lines went offline, changed price or lost stock since the buyer added them: review the cart. */
  | { ok: false; reason: 'cart_changed'; issues: FieldIssue[] };

/** The refusal of a quote as the error a route answers (CONFLICT, INVALID_INPUT or CART_CHANGED). */
export function quoteRefusal(r: Exclude<QuoteResult, { ok: true }>): AppError {
  switch (r.reason) {
    case 'checked_out':
      return new AppError('CONFLICT', 'This cart was already checked out');
    case 'empty_cart':
      return AppError.invalid([{ field: 'cart', message: 'is empty' }]);
    case 'cart_changed':
      return new AppError('CART_CHANGED', 'Your cart changed since you added these items', r.issues);
  }
}

/** The quote, or the refusal thrown as its AppError. */
export function quoteOrThrow(r: QuoteResult): CheckoutQuote {
  if (!r.ok) throw quoteRefusal(r);
  return r.quote;
}

/** A verification older than this is asked again before a reverse charge applies (days). */
export const DEFAULT_VAT_MAX_AGE_DAYS = 30;

export type QuoteDeps = {
  insurance: InsuranceProvider;
  vatVerifier?: VatNumberVerifier;
  config?: { VAT_REVERIFY_AFTER_DAYS?: number };
};

/** Why a business buyer's VAT number carries no reverse charge this time, for the review to say. */
export type BuyerVatNotice = {
  vatNumber: string;
  /** 'invalid': the register says it is not registered; 'unavailable': nobody could answer now. */
  status: 'invalid' | 'unavailable';
  checkedAt: Date;
};

/**
 * The buyer's VAT number if it may carry a reverse charge now: verified, and verified again when
 * the last check is older than the configured age (without a verifier to ask, a stale check counts
 * as none). A new answer is kept on the business profile (accounts' record-vat-check.ts), so
 * checkouts within the age ask nobody again. An invalid check (new or within the age) or an
 * unavailable register means no reverse charge, with a notice: the buyer pays VAT.
 */
async function currentVatNumber(
  db: Db,
  profile:
    | {
        userId: number;
        vatNumber: string | null;
        vatVerifiedAt: Date | null;
        vatCheckResult: 'valid' | 'invalid' | null;
      }
    | undefined,
  verifier: VatNumberVerifier | undefined,
  maxAgeDays: number,
  at: Date,
): Promise<{ vatNumber: string | null; notice: BuyerVatNotice | null }> {
  const none = { vatNumber: null, notice: null };
  if (!profile?.vatNumber || !profile.vatVerifiedAt) return none;
  const age = at.getTime() - profile.vatVerifiedAt.getTime();
  if (age <= maxAgeDays * 86_400_000) {
    return profile.vatCheckResult === 'invalid'
      ? {
          vatNumber: null,
          notice: { vatNumber: profile.vatNumber, status: 'invalid', checkedAt: profile.vatVerifiedAt },
        }
      : { vatNumber: profile.vatNumber, notice: null };
  }
  const parsed = vatNumberOrNull(profile.vatNumber);
  if (!verifier || !parsed) return none;
  const check = await verifier.verify(parsed);
  await recordVatCheck({ db }, { userId: profile.userId, check });
  if (check.status === 'valid') return { vatNumber: profile.vatNumber, notice: null };
  return {
    vatNumber: null,
    notice: { vatNumber: profile.vatNumber, status: check.status, checkedAt: check.checkedAt },
  };
}

/**
 * Everything a checkout will charge, computed from the cart as it is now: VAT per line (standard,
 * margin scheme, or reverse charge for a verified business buyer in another member state), the
 * chosen delivery per seller, insurance, the service fee and the sellers' commission. The review
 * step shows it; placing the order recomputes it and freezes it.
 */
export async function quoteCheckout(
  db: Db,
  deps: InsuranceProvider | QuoteDeps,
  a: {
    cartId: string;
    actor: Actor | null;
    shipTo: TAddress;
    carriers: Array<{ sellerId: number; carrier: string }>;
    at: Date;
    /** The cart as the buyer sees it, when the caller already read it (and checked it is the actor's). */
    view?: CartView;
  },
): Promise<QuoteResult> {
  const { insurance, vatVerifier, vatMaxAgeDays } =
    'quote' in deps
      ? { insurance: deps, vatVerifier: undefined, vatMaxAgeDays: DEFAULT_VAT_MAX_AGE_DAYS }
      : {
          insurance: deps.insurance,
          vatVerifier: deps.vatVerifier,
          vatMaxAgeDays: deps.config?.VAT_REVERIFY_AFTER_DAYS ?? DEFAULT_VAT_MAX_AGE_DAYS,
        };
  const cart = a.view ?? (await getCart(db, { cartId: a.cartId, actor: a.actor }));
  if (cart.status !== 'open') return { ok: false, reason: 'checked_out' };
  const issues: FieldIssue[] = [];
  cart.lines.forEach((l, i) => {
    if (l.offline)
      issues.push({
        field: `lines.${i}`,
        message: `${l.productName} is no longer available: remove it from your cart`,
      });
    else if (l.priceChanged)
      issues.push({
        field: `lines.${i}`,
        message: `the price of ${l.productName} changed: review your cart`,
      });
    else if (l.quantityReduced)
      issues.push({
        field: `lines.${i}`,
        message: `only ${l.buyableQuantity} of ${l.productName} left: update the quantity`,
      });
  });
  if (issues.length) return { ok: false, reason: 'cart_changed', issues };
  if (!cart.lines.length) return { ok: false, reason: 'empty_cart' };

  const countryOf = new Map(cart.lines.map((l) => [l.sellerId, l.sellerCountry]));
  const underOss = new Map(cart.lines.map((l) => [l.sellerId, l.sellerUnderOssThreshold]));
  const profile =
    a.actor?.buyerType === 'business' ? await findBusinessProfile(db, a.actor.userId) : undefined;
  const { vatNumber, notice: buyerVatNotice } = await currentVatNumber(
    db,
    profile,
    vatVerifier,
    vatMaxAgeDays,
    a.at,
  );
  const vatNumberCountry = vatNumber ? (vatNumber.startsWith('EL') ? 'GR' : vatNumber.slice(0, 2)) : null;

  const chosen: QuoteSeller[] = cart.sellers.map((g) => {
    const wanted = a.carriers.find((c) => c.sellerId === g.sellerId)?.carrier;
    const option = wanted ? g.shippingOptions.find((o) => o.carrier === wanted) : g.shippingOptions[0];
    if (!option) {
      throw AppError.invalid([
        {
          field: 'shipping',
          message: `${g.sellerName} does not ship with ${wanted ?? 'any carrier'} for these items`,
        },
      ]);
    }
    return {
      sellerId: g.sellerId,
      sellerName: g.sellerName,
      carrier: option.carrier,
      delayDays: option.delayDays,
      commissionMinor: 0,
      country: countryOf.get(g.sellerId) ?? 'FR',
    };
  });

  let lines: QuoteLine[];
  try {
    lines = cart.lines.map((l) => {
      const seller = chosen.find((s) => s.sellerId === l.sellerId)!;
      const first = cart.lines.find((x) => x.sellerId === l.sellerId) === l;
      const option = cart.sellers
        .find((g) => g.sellerId === l.sellerId)!
        .shippingOptions.find((o) => o.carrier === seller.carrier)!;
      const treatment = vatTreatment({
        vatType: l.vatType,
        buyer: { business: a.actor?.buyerType === 'business', vatNumberCountry },
        shipFromCountry: seller.country,
        shipToCountry: a.shipTo.country,
      });
      const rateBp = vatRateBpFor({
        treatment,
        shipFromCountry: seller.country,
        shipToCountry: a.shipTo.country,
        at: a.at,
        sellerUnderOssThreshold: underOss.get(l.sellerId) ?? false,
      });
      return {
        cartLine: l,
        treatment,
        rateBp,
        shippingMinor: first ? option.priceMinor : 0,
        insurancePremiumMinor: 0,
        commissionMinor: 0,
      };
    });
  } catch (e) {
    if (isAppError(e) && e.code === 'UNPROCESSABLE')
      throw AppError.invalid([{ field: 'shippingAddress.country', message: e.message }]);
    throw e;
  }
  // Insurance is quoted on the unit price charged (net when reverse-charged): the same value the
  // policy is bound on once paid (the stored unit price), so the insurer sees what was quoted.
  await Promise.all(
    lines.map(async (l) => {
      if (!l.cartLine.insurance) return;
      const listed = l.cartLine.unitPriceMinor!;
      const charged = l.treatment === 'reverse_charge' ? netFromGross(listed, l.rateBp) : listed;
      l.insurancePremiumMinor =
        (await insurance.quote({ market: cart.market, unitPriceMinor: charged }))?.premiumMinor ?? 0;
    }),
  );
  // The platform's service fee is reverse-charged for a business with a verified VAT number of
  // another member state than the platform's (Art. 44, 196).
  const serviceFeeReverseCharged =
    vatNumberCountry !== null &&
    isEuMemberState(vatNumberCountry) &&
    vatNumberCountry !== DEFAULT_PLATFORM_VAT.country;

  const priced = priceCheckout({
    market: cart.market,
    at: a.at,
    lines: lines.map((l) => ({
      sellerId: l.cartLine.sellerId,
      unitPriceMinor: l.cartLine.unitPriceMinor!,
      quantity: l.cartLine.buyableQuantity,
      shippingMinor: l.shippingMinor,
      vatType: l.cartLine.vatType,
      insurancePremiumMinor: l.insurancePremiumMinor,
      treatment: l.treatment,
      rateBp: l.rateBp,
    })),
    serviceFeeReverseCharged,
  });
  // Commission: each line at its own category's rate (else the plan's) × what the buyer pays the
  // seller for it (goods and shipping, taxes included, net when reverse-charged).
  const plans = await commissionPlansFor(
    db,
    chosen.map((s) => s.sellerId),
  );
  for (const s of priced.sellers) {
    const seller = chosen.find((c) => c.sellerId === s.sellerId)!;
    const c = commissionForLines({
      plan: plans.get(Number(s.sellerId)),
      lines: s.lineIndexes.map((i) => ({
        amountMinor: priced.lines[i]!.goodsMinor,
        categoryId: lines[i]!.cartLine.categoryId == null ? null : String(lines[i]!.cartLine.categoryId),
      })),
    });
    seller.commissionMinor = c.totalMinor;
    s.lineIndexes.forEach((i, k) => {
      lines[i]!.commissionMinor = c.perLine[k]!;
    });
  }
  return {
    ok: true,
    quote: {
      cart,
      currency: marketByCode(cart.market)!.currency,
      lines,
      sellers: chosen,
      priced,
      buyerVatNumber: vatNumber,
      buyerVatNotice,
    },
  };
}
