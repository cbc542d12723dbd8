import { createHash } from 'node:crypto';
import { and, eq, gte, sql } from 'drizzle-orm';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/http/actor.ts';
import { marketByCode } from '../../platform/markets.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { carts } from '../cart/cart.schema.ts';
import { cartFor } from '../cart/cart-access.ts';
import { offers } from '../offers/offers.schema.ts';
import { refreshBuybox } from '../offers/refresh-buybox.ts';
import { BANK_TRANSFER_PAYMENT_WINDOW_MS } from '../orders/order-states.ts';
import { checkouts, orderLines, orders } from '../orders/orders.schema.ts';
import type { PaymentOutcome } from '../payments/payment-provider.ts';
import { payments } from '../payments/payments.schema.ts';
import { vatIncluded } from '../pricing/vat.rules.ts';
import type { CheckoutDeps } from './checkout.deps.ts';
import { type TCheckoutInput, ZCheckoutInputSchema } from './checkout.types.ts';
import { checkoutEmails } from './checkout-emails.ts';
import { markPaid, releaseUnpaid } from './payment-outcomes.ts';
import { type CheckoutQuote, quoteCheckout } from './quote-checkout.ts';
import { loadReceipt, type ReceiptView } from './receipt.ts';

export const ZIdempotencyKey = /^[A-Za-z0-9_.:-]{8,100}$/;

export type PlacedCheckout = ReceiptView & { replayed: boolean };

function requestHash(input: TCheckoutInput, cartId: string): string {
  return createHash('sha256').update(JSON.stringify({ cartId, input })).digest('hex');
}

/**
 * Place a cart's orders, atomically and idempotently: the same Idempotency-Key with the same body
 * returns the same orders; with another body, 409. Stock is reserved with conditional updates
 * (never read-then-write) in one transaction with the orders, lines, frozen prices and VAT and the
 * payment row; the payment provider is called only after it commits.
 */
export async function placeOrder(
  deps: CheckoutDeps,
  a: { cartId: string; actor: Actor | null; idempotencyKey: string | undefined; input: unknown },
): Promise<PlacedCheckout> {
  if (!a.idempotencyKey || !ZIdempotencyKey.test(a.idempotencyKey)) {
    throw AppError.invalid([
      { field: 'Idempotency-Key', message: 'header is required: 8 to 100 letters, digits, - _ . :' },
    ]);
  }
  const input = parseOrThrow(ZCheckoutInputSchema, a.input);
  const cart = await cartFor(deps.db, a.cartId, a.actor);
  const hash = requestHash(input, cart.id);
  const replay = await existingCheckout(deps, cart.id, a.idempotencyKey, hash);
  if (replay) return replay;
  if (cart.status !== 'open') throw new AppError('CONFLICT', 'This cart was already checked out');

  const email = a.actor?.email ?? input.email;
  if (!email) throw AppError.invalid([{ field: 'email', message: 'is required to send your receipt' }]);
  const now = deps.clock.now();
  const quote = await quoteCheckout(deps.db, deps.insurance, {
    cartId: cart.id,
    actor: a.actor,
    shipTo: input.shippingAddress,
    carriers: input.shipping,
    at: now,
  });

  const created = await reserveAndCreate(deps, {
    cartId: cart.id,
    actor: a.actor,
    email,
    key: a.idempotencyKey,
    hash,
    input,
    quote,
  });
  if (!created) {
    // Another request with the same key won the race: answer as it did.
    return (await existingCheckout(deps, cart.id, a.idempotencyKey, hash))!;
  }
  if (created.soldOut.length) await refreshBuybox({ db: deps.db, productIds: created.soldOut });

  // Outside the transaction: talk to the payment provider, then record what it said.
  const outcome = await startPayment(deps, created.paymentId, quote, input, email);
  const receipt = await applyOutcome(deps, created.paymentId, outcome);
  return { ...(receipt ?? (await loadReceipt(deps.db, created.checkoutId))!), replayed: false };
}

async function existingCheckout(deps: CheckoutDeps, cartId: string, key: string, hash: string) {
  const [co] = await deps.db
    .select()
    .from(checkouts)
    .where(and(eq(checkouts.cartId, cartId), eq(checkouts.idempotencyKey, key)));
  if (!co) return null;
  if (co.requestHash !== hash) {
    throw new AppError('CONFLICT', 'This Idempotency-Key was already used with a different request');
  }
  return { ...(await loadReceipt(deps.db, co.id))!, replayed: true };
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
  },
): Promise<{ checkoutId: string; paymentId: string; soldOut: string[] } | null> {
  const { quote, input } = a;
  const now = deps.clock.now();
  const p = quote.priced;
  return deps.db.transaction(async (tx) => {
    const [co] = await tx
      .insert(checkouts)
      .values({
        cartId: a.cartId,
        buyerUserId: a.actor?.userId ?? null,
        buyerEmail: a.email,
        idempotencyKey: a.key,
        requestHash: a.hash,
        market: quote.cart.market,
        currency: quote.currency,
        paymentMethod: input.paymentMethod,
        serviceFeeMinor: p.serviceFeeMinor,
        totalMinor: p.grandTotalMinor,
        paymentDueAt:
          input.paymentMethod === 'bank_transfer'
            ? new Date(now.getTime() + BANK_TRANSFER_PAYMENT_WINDOW_MS)
            : null,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: checkouts.id });
    if (!co) return null;

    const soldOut: string[] = [];
    for (const [i, l] of quote.lines.entries()) {
      const q = l.cartLine.buyableQuantity;
      const [left] = await tx
        .update(offers)
        .set({ quantity: sql`${offers.quantity} - ${q}`, updatedAt: now })
        .where(and(eq(offers.id, l.cartLine.offerId), gte(offers.quantity, q), eq(offers.published, true)))
        .returning({ quantity: offers.quantity });
      if (!left) {
        throw new AppError('CONFLICT', 'Some items sold out while you were checking out', [
          { field: `lines.${i}`, message: `${l.cartLine.productName} is sold out` },
        ]);
      }
      if (left.quantity === 0) soldOut.push(l.cartLine.productId);
    }

    const lineState = input.paymentMethod === 'bank_transfer' ? 8 : 0;
    for (const s of p.sellers) {
      const seller = quote.sellers.find((x) => x.sellerId === s.sellerId)!;
      const [order] = await tx
        .insert(orders)
        .values({
          checkoutId: co.id,
          buyerUserId: a.actor?.userId ?? null,
          sellerId: seller.sellerId,
          market: quote.cart.market,
          currency: quote.currency,
          state: lineState === 8 ? 10 : 0,
          shippingAddress: input.shippingAddress,
          billingAddress: input.billingAddress ?? input.shippingAddress,
          buyerVatNumber: quote.buyerVatNumber,
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
          createdAt: now,
        })
        .returning({ id: orders.id });
      await tx.insert(orderLines).values(
        s.lineIndexes.map((i) => {
          const l = quote.lines[i]!;
          const priced = p.lines[i]!;
          // Informational per line (items only); the invoice's VAT is per rate (vatBreakdown).
          const lineVat = priced.treatment === 'standard' ? vatIncluded(priced.itemsMinor, priced.rateBp) : 0;
          return {
            orderId: order!.id,
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
            state: lineState,
            updatedAt: now,
          };
        }),
      );
    }
    const [pay] = await tx
      .insert(payments)
      .values({
        checkoutId: co.id,
        provider: deps.payments.name,
        method: input.paymentMethod,
        status: 'processing',
        amountMinor: p.grandTotalMinor,
        currency: quote.currency,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: payments.id });
    await tx.update(carts).set({ status: 'checked_out', updatedAt: now }).where(eq(carts.id, a.cartId));
    return { checkoutId: co.id, paymentId: pay!.id, soldOut };
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
): Promise<ReceiptView | null> {
  const now = deps.clock.now();
  // The provider's reference is saved in the same statement or transaction as the outcome, so a
  // crash leaves either nothing (released by the stalled-payment job) or the complete outcome.
  const providerRef = outcome.providerRef ?? undefined;
  switch (outcome.status) {
    case 'succeeded':
      return markPaid(deps, paymentId, providerRef);
    case 'failed':
      await releaseUnpaid(deps, paymentId, { status: 'failed', message: outcome.message, providerRef });
      return null;
    case 'requires_action':
    case 'processing':
      await deps.db
        .update(payments)
        .set({
          status: outcome.status,
          providerRef,
          nextAction: outcome.status === 'requires_action' ? outcome.nextAction : null,
          updatedAt: now,
        })
        .where(and(eq(payments.id, paymentId), eq(payments.status, 'processing')));
      return null;
    case 'awaiting_transfer': {
      await deps.db
        .update(payments)
        .set({ status: 'awaiting_transfer', providerRef, nextAction: outcome.nextAction, updatedAt: now })
        .where(and(eq(payments.id, paymentId), eq(payments.status, 'processing')));
      const [pay] = await deps.db.select().from(payments).where(eq(payments.id, paymentId));
      const receipt = (await loadReceipt(deps.db, pay!.checkoutId))!;
      await deps.mailer.send(
        deps.db,
        checkoutEmails.awaitingTransfer(receipt.buyerEmail, receipt, {
          ...outcome.nextAction,
          dueAt: receipt.paymentDueAt?.toISOString().replace('T', ' ').slice(0, 16) ?? '',
        }),
      );
      return null;
    }
  }
}
