import { createHash } from 'node:crypto';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/http/actor.ts';
import { marketByCode } from '../../platform/markets.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { allowedCart, isCartId } from '../cart/cart-access.ts';
import { cartWithLines } from '../cart/cart-lines.read-model.ts';
import { checkOutCart } from '../cart/check-out-cart.ts';
import { type CartView, cartView } from '../cart/get-cart.ts';
import { reserveStock, type SoldOutOffer } from '../offers/reserve-stock.ts';
import { createOrders } from '../orders/create-orders.ts';
import { BANK_TRANSFER_PAYMENT_WINDOW_MS } from '../orders/order-states.ts';
import { createPayment } from '../payments/create-payment.ts';
import { movePayment } from '../payments/move-payment.ts';
import type { PaymentOutcome } from '../payments/payment-provider.ts';
import { findPayment, paymentOfCheckout } from '../payments/payment-queries.ts';
import { vatIncluded } from '../pricing/vat.rules.ts';
import { buyerLocale } from './buyer-locale.ts';
import type { CheckoutDeps } from './checkout.deps.ts';
import { type CheckoutRow, checkoutOfCartByKey, checkoutsOfCart, insertCheckout } from './checkout.store.ts';
import { type TCheckoutInput, ZCheckoutInputSchema } from './checkout.types.ts';
import { checkoutEmails } from './checkout-emails.ts';
import { markPaid, type PlacementFacts, releaseUnpaid } from './payment-outcomes.ts';
import { type CheckoutQuote, quoteCheckout, quoteOrThrow } from './quote-checkout.ts';
import { loadReceipt, type ReceiptView } from './receipt.read-model.ts';

export const ZIdempotencyKey = /^[A-Za-z0-9_.:-]{8,100}$/;

export type PlacedCheckout = ReceiptView & { replayed: boolean };

function requestHash(input: TCheckoutInput, cartId: string): string {
  return createHash('sha256').update(JSON.stringify({ cartId, input })).digest('hex');
}

/**
 * Place a cart's orders, atomically and idempotently: the same Idempotency-Key with the same body
 * returns the same orders; with another body, IDEMPOTENCY_KEY_REUSED. One transaction writes the
 * checkout, reserves the stock (offers' reserveStock: ascending offer id, conditional updates;
 * sold out → SOLD_OUT naming the lines), creates the orders and lines with their frozen prices and
 * VAT (orders' createOrders), the payment row, and closes the cart; the payment provider is called
 * only after it commits. A cart that changed since the buyer reviewed it → CART_CHANGED.
 */
export async function placeOrder(
  deps: CheckoutDeps,
  a: {
    cartId: string;
    actor: Actor | null;
    idempotencyKey: string | undefined;
    input: unknown;
    /** The checkout page's soft opt-in box, for a signed-in buyer who was shown it. */
    softOptIn?: 'offered' | 'declined';
  },
): Promise<PlacedCheckout> {
  const key = a.idempotencyKey;
  if (!key || !ZIdempotencyKey.test(key)) {
    throw AppError.invalid([
      { field: 'Idempotency-Key', message: 'header is required: 8 to 100 letters, digits, - _ . :' },
    ]);
  }
  const input = parseOrThrow(ZCheckoutInputSchema, a.input);
  const found = isCartId(a.cartId) ? await cartWithLines(deps.db, a.cartId) : undefined;
  const cart = allowedCart(found?.cart, a.actor);
  const hash = requestHash(input, cart.id);
  // A retry answers as the request did. An open cart's checkout with this key (its payment failed
  // and gave the cart back) is found by the checkout's insert, a conflict: asked for only when
  // the cart cannot be placed now.
  const replay = () => existingCheckout(deps, cart.id, key, hash);
  if (cart.status !== 'open') {
    const placedBefore = await replay();
    if (placedBefore) return placedBefore;
  }
  let quote: CheckoutQuote;
  let email: string;
  try {
    ({ quote, email } = await quoteForPlacing(deps, cartView(cart, found!.lines), input, a.actor));
  } catch (e) {
    const placedBefore = cart.status === 'open' ? await replay() : null;
    if (placedBefore) return placedBefore;
    throw e;
  }

  const created = await reserveAndCreate(deps, {
    cartId: cart.id,
    actor: a.actor,
    email,
    key,
    hash,
    input,
    quote,
    softOptIn: a.actor ? (a.softOptIn ?? null) : null,
  });
  if (!created) {
    // Placed before with this key, or another request with the same key won the race.
    return (await replay())!;
  }

  // Outside the transaction: talk to the payment provider, then record what it said.
  const outcome = await startPayment(deps, created.paymentId, quote, input, email);
  const placed = {
    checkout: created.checkout,
    sellers: new Map(quote.sellers.map((s) => [s.sellerId, { country: s.country, name: s.sellerName }])),
  };
  const receipt = await applyOutcome(deps, created.paymentId, outcome, placed);
  return { ...(receipt ?? (await loadReceipt(deps.db, created.checkout.id))!), replayed: false };
}

/** The quote of an open cart for placing its orders, and the receipt's address; else the refusal thrown. */
async function quoteForPlacing(
  deps: CheckoutDeps,
  cart: CartView,
  input: TCheckoutInput,
  actor: Actor | null,
): Promise<{ quote: CheckoutQuote; email: string }> {
  if (cart.status === 'checked_out') throw await alreadyCheckedOut(deps, cart.id, cart.market);
  if (cart.status !== 'open') throw new AppError('CONFLICT', 'This cart was already checked out');
  const email = actor?.email ?? input.email;
  if (!email) throw AppError.invalid([{ field: 'email', message: 'is required to send your receipt' }]);
  const quoted = await quoteCheckout(deps.db, deps, {
    cartId: cart.id,
    view: cart,
    actor,
    shipTo: input.shippingAddress,
    carriers: input.shipping,
    at: deps.clock.now(),
  });
  // Closed by another checkout since it was read above (another tab, another key).
  if (!quoted.ok && quoted.reason === 'checked_out')
    throw await alreadyCheckedOut(deps, cart.id, cart.market);
  return { quote: quoteOrThrow(quoted), email };
}

async function existingCheckout(deps: CheckoutDeps, cartId: string, key: string, hash: string) {
  const co = await checkoutOfCartByKey(deps.db, cartId, key);
  if (!co) return null;
  if (co.requestHash !== hash) {
    throw new AppError(
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was already used with a different request',
    );
  }
  return { ...(await loadReceipt(deps.db, co.id))!, replayed: true };
}

/**
 * A cart is at most one checkout: CART_ALREADY_CHECKED_OUT naming the checkout it became
 * (`checkoutId`) and the page of its orders (`orders`), so a second tab leads the buyer there.
 */
export async function alreadyCheckedOut(
  deps: Pick<CheckoutDeps, 'db' | 'siteUrl'>,
  cartId: string,
  market: string,
  except?: string,
): Promise<AppError> {
  // The checkout holding the cart: the latest one whose payment did not fail (else the latest).
  const all = await checkoutsOfCart(deps.db, cartId, except);
  let co = all[0] ?? null;
  for (const c of all) {
    const pay = await paymentOfCheckout(deps.db, c.id);
    if (pay && pay.status !== 'failed' && pay.status !== 'cancelled') {
      co = c;
      break;
    }
  }
  const locale = marketByCode(market)?.locale ?? 'fr-fr';
  const url = co ? deps.siteUrl(`/${locale}/orders/${co.id}`) : null;
  return new AppError(
    'CART_ALREADY_CHECKED_OUT',
    url ? `This cart was already checked out: its orders are at ${url}` : 'This cart was already checked out',
    co && url
      ? [
          { field: 'checkoutId', message: co.id },
          { field: 'orders', message: url },
        ]
      : [],
  );
}

/** Sold out while checking out: SOLD_OUT, with the cart lines that cannot be had. */
export function soldOutError(quote: CheckoutQuote, soldOut: readonly SoldOutOffer[]): AppError {
  return new AppError(
    'SOLD_OUT',
    'Some items sold out while you were checking out',
    quote.lines.flatMap((l, i) => {
      const s = soldOut.find((x) => x.offerId === l.cartLine.offerId);
      if (!s) return [];
      const message =
        s.available > 0
          ? `only ${s.available} of ${l.cartLine.productName} left`
          : `${l.cartLine.productName} is sold out`;
      return [{ field: `lines.${i}`, message }];
    }),
  );
}

async function reserveAndCreate(
  deps: CheckoutDeps,
  a: {
    cartId: string;
    actor: Actor | null;
    email: string;
    key: string;
    hash: string;
    input: TCheckoutInput;
    quote: CheckoutQuote;
    softOptIn: 'offered' | 'declined' | null;
  },
): Promise<{ checkout: CheckoutRow; paymentId: string } | null> {
  const { quote, input } = a;
  const now = deps.clock.now();
  const p = quote.priced;
  return deps.db.transaction(async (tx) => {
    const txDeps = { db: tx, clock: deps.clock };
    const co = await insertCheckout(tx, {
      cartId: a.cartId,
      buyerUserId: a.actor?.userId ?? null,
      buyerEmail: a.email,
      idempotencyKey: a.key,
      requestHash: a.hash,
      market: quote.cart.market,
      currency: quote.currency,
      paymentMethod: input.paymentMethod,
      serviceFeeMinor: p.serviceFeeMinor,
      // As priced (reverse-charged for a verified business of another member state): the capture books this.
      serviceFeeVatTreatment: p.platformVat.treatment,
      serviceFeeVatMinor: p.platformVat.serviceFeeVatMinor,
      totalMinor: p.grandTotalMinor,
      paymentDueAt:
        input.paymentMethod === 'bank_transfer'
          ? new Date(now.getTime() + BANK_TRANSFER_PAYMENT_WINDOW_MS)
          : null,
      softOptIn: a.softOptIn,
      createdAt: now,
    });
    if (!co) return null;
    // The cart closes first, conditionally: of concurrent checkouts of one cart with different
    // keys, one closes it; the others wait on its row lock, find it closed and roll back here,
    // before any stock is reserved or payment created.
    if (!(await checkOutCart(txDeps, { cartId: a.cartId }))) {
      throw await alreadyCheckedOut({ db: tx, siteUrl: deps.siteUrl }, a.cartId, quote.cart.market, co.id);
    }

    const reserved = await reserveStock(txDeps, {
      lines: quote.lines.map((l) => ({ offerId: l.cartLine.offerId, quantity: l.cartLine.buyableQuantity })),
    });
    if (!reserved.ok) throw soldOutError(quote, reserved.soldOut);

    await createOrders(
      { db: tx, now },
      {
        checkoutId: co.id,
        buyerUserId: a.actor?.userId ?? null,
        market: quote.cart.market,
        currency: quote.currency,
        paymentMethod: input.paymentMethod,
        shippingAddress: input.shippingAddress,
        billingAddress: input.billingAddress ?? input.shippingAddress,
        buyerVatNumber: quote.buyerVatNumber,
        orders: p.sellers.map((s) => {
          const seller = quote.sellers.find((x) => x.sellerId === s.sellerId)!;
          return {
            sellerId: seller.sellerId,
            shippingOption: seller.carrier,
            itemsTotalMinor: s.itemsTotalMinor,
            shippingTotalMinor: s.shippingTotalMinor,
            insuranceTotalMinor: s.insuranceTotalMinor,
            serviceFeeShareMinor: s.serviceFeeShareMinor,
            vatTotalMinor: s.vat.vatTotalMinor,
            // The service fee is the platform's, shown once on the checkout, not in any order's total.
            totalMinor: s.goodsTotalMinor + s.insuranceTotalMinor,
            vatBreakdown: s.vat.perRate,
            commissionMinor: seller.commissionMinor,
            lines: s.lineIndexes.map((i) => {
              const l = quote.lines[i]!;
              const priced = p.lines[i]!;
              // Informational per line (items only); the invoice's VAT is per rate (vatBreakdown).
              const lineVat =
                priced.treatment === 'standard' ? vatIncluded(priced.itemsMinor, priced.rateBp) : 0;
              return {
                offerId: l.cartLine.offerId,
                sku: l.cartLine.sku,
                productId: l.cartLine.productId,
                productName: l.cartLine.productName,
                grade: l.cartLine.grade,
                quantity: priced.quantity,
                unitPriceMinor: priced.unitPriceMinor,
                shippingPriceMinor: priced.shippingMinor,
                insurancePremiumMinor: l.insurancePremiumMinor,
                vatType: l.cartLine.vatType,
                vatTreatment: priced.treatment,
                vatRateBp: priced.rateBp,
                lineNetMinor: priced.itemsMinor - lineVat,
                lineVatMinor: lineVat,
                commissionMinor: l.commissionMinor,
              };
            }),
          };
        }),
      },
    );
    const { paymentId } = await createPayment(txDeps, {
      checkoutId: co.id,
      provider: deps.payments.name,
      method: input.paymentMethod,
      amountMinor: p.grandTotalMinor,
      currency: quote.currency,
    });
    return { checkout: co, paymentId };
  });
}

async function startPayment(
  deps: CheckoutDeps,
  paymentId: string,
  quote: CheckoutQuote,
  input: TCheckoutInput,
  email: string,
): Promise<PaymentOutcome> {
  const p = quote.priced;
  const transfers = p.sellers.map((s) => {
    const commission = quote.sellers.find((x) => x.sellerId === s.sellerId)!.commissionMinor;
    return {
      sellerAccount: `seller_${s.sellerId}`,
      amountMinor: Math.max(0, s.goodsTotalMinor - commission),
    };
  });
  const transferred = transfers.reduce((sum, t) => sum + t.amountMinor, 0);
  const locale = marketByCode(quote.cart.market)!.locale;
  try {
    return await deps.payments.start({
      paymentId,
      amountMinor: p.grandTotalMinor,
      currency: quote.currency,
      method: input.paymentMethod,
      card: input.card,
      buyerEmail: email,
      buyerCountry: input.shippingAddress.country,
      description: `Reloop order ${paymentId.slice(0, 8)}`,
      returnUrl: deps.siteUrl(`/${locale}/checkout/return?payment=${paymentId}`),
      transfers,
      applicationFeeMinor: p.grandTotalMinor - transferred,
      idempotencyKey: `pay-${paymentId}`,
    });
  } catch (e) {
    deps.logger.error({ err: e, paymentId }, 'payment provider failed to start the payment');
    return {
      status: 'failed',
      providerRef: null,
      code: 'processing_error',
      message: 'The payment could not be started. No money was taken. Try again in a moment.',
    };
  }
}

/** Record what the provider answered and move the orders on. */
export async function applyOutcome(
  deps: CheckoutDeps,
  paymentId: string,
  outcome: PaymentOutcome,
  placed?: PlacementFacts,
): Promise<ReceiptView | null> {
  // The provider's reference is saved in the same statement or transaction as the outcome, so a
  // crash leaves either nothing (released by the stalled-payment job) or the complete outcome.
  const providerRef = outcome.providerRef ?? undefined;
  switch (outcome.status) {
    case 'succeeded':
      return markPaid(deps, paymentId, providerRef, placed);
    case 'failed':
      await releaseUnpaid(deps, paymentId, { status: 'failed', message: outcome.message, providerRef });
      return null;
    case 'requires_action':
    case 'processing':
      await movePayment(deps, {
        paymentId,
        from: ['processing'],
        to: outcome.status,
        providerRef,
        nextAction: outcome.status === 'requires_action' ? outcome.nextAction : null,
      });
      return null;
    case 'awaiting_transfer': {
      await movePayment(deps, {
        paymentId,
        from: ['processing'],
        to: 'awaiting_transfer',
        providerRef,
        nextAction: outcome.nextAction,
      });
      const pay = await findPayment(deps.db, paymentId);
      const receipt = (await loadReceipt(deps.db, pay!.checkoutId))!;
      await deps.mailer.send(
        deps.db,
        checkoutEmails.awaitingTransfer(await buyerLocale(deps.db, receipt), receipt.buyerEmail, receipt, {
          ...outcome.nextAction,
          dueAt: receipt.paymentDueAt,
        }),
      );
      return null;
    }
  }
}
