import type { Db } from '../../platform/db/client.ts';
import { AppError, type FieldIssue, isAppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/http/actor.ts';
import { marketByCode } from '../../platform/markets.ts';
import { allocate } from '../../platform/money.ts';
import { findBusinessProfile } from '../accounts/accounts.store.ts';
import { type CartView, getCart } from '../cart/get-cart.ts';
import { commissionPlansFor } from '../payouts/commission-plans.ts';
import { type PricedCheckout, priceCheckout } from '../pricing/cart-totals.rules.ts';
import { commissionFor } from '../pricing/commission.rules.ts';
import type { InsuranceProvider } from '../pricing/insurance.rules.ts';
import { type VatTreatment, vatRateBpFor, vatTreatment } from '../pricing/vat.rules.ts';
import { sellerSummaries } from '../sellers/sellers.store.ts';
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

/**
 * Everything a checkout will charge, computed from the cart as it is now: VAT per line (standard,
 * margin scheme, or reverse charge for a verified business buyer in another member state), the
 * chosen delivery per seller, insurance, the service fee and the sellers' commission. The review
 * step shows it; placing the order recomputes it and freezes it.
 */
export async function quoteCheckout(
  db: Db,
  insurance: InsuranceProvider,
  a: {
    cartId: string;
    actor: Actor | null;
    shipTo: TAddress;
    carriers: Array<{ sellerId: number; carrier: string }>;
    at: Date;
  },
): Promise<QuoteResult> {
  const cart = await getCart(db, { cartId: a.cartId, actor: a.actor });
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

  const sellerRows = await sellerSummaries(
    db,
    cart.lines.map((l) => l.sellerId),
  );
  const countryOf = new Map(sellerRows.map((s) => [s.id, s.country]));
  const profile =
    a.actor?.buyerType === 'business' ? await findBusinessProfile(db, a.actor.userId) : undefined;
  const vatNumber = profile?.vatVerifiedAt ? profile.vatNumber : null;
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

  const premiums = await Promise.all(
    cart.lines.map(async (l) =>
      l.insurance
        ? ((await insurance.quote({ market: cart.market, unitPriceMinor: l.unitPriceMinor! }))
            ?.premiumMinor ?? 0)
        : 0,
    ),
  );
  let lines: QuoteLine[];
  try {
    lines = cart.lines.map((l, index) => {
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
      const rateBp =
        vatRateBpFor({
          treatment,
          shipFromCountry: seller.country,
          shipToCountry: a.shipTo.country,
          at: a.at,
        }) ?? 0;
      return {
        cartLine: l,
        treatment,
        rateBp,
        shippingMinor: first ? option.priceMinor : 0,
        insurancePremiumMinor: premiums[index]!,
        commissionMinor: 0,
      };
    });
  } catch (e) {
    if (isAppError(e) && e.code === 'UNPROCESSABLE')
      throw AppError.invalid([{ field: 'shippingAddress.country', message: e.message }]);
    throw e;
  }

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
  });
  // Commission: rate × the seller's invoice total (goods and shipping, taxes included), split over its lines.
  const plans = await commissionPlansFor(
    db,
    chosen.map((s) => s.sellerId),
  );
  for (const s of priced.sellers) {
    const seller = chosen.find((c) => c.sellerId === s.sellerId)!;
    // A category override applies when all the seller's lines share that category; else the plan rate.
    const categories = new Set(s.lineIndexes.map((i) => String(lines[i]!.cartLine.categoryId)));
    seller.commissionMinor = commissionFor({
      amountMinor: s.goodsTotalMinor,
      plan: plans.get(Number(s.sellerId)),
      categoryId: categories.size === 1 ? [...categories][0] : null,
    });
    const shares = allocate(
      seller.commissionMinor,
      s.lineIndexes.map((i) => Math.max(1, priced.lines[i]!.goodsMinor)),
    );
    s.lineIndexes.forEach((i, k) => {
      lines[i]!.commissionMinor = shares[k]!;
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
    },
  };
}
