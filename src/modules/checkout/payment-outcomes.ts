import type { Db } from '../../platform/db/client.ts';
import { type MailMessage, sendMessages } from '../../platform/mail/mailer.ts';
import { marketByCode, standardVatRateAt } from '../../platform/markets.ts';
import { readerStorefront } from '../accounts/recipient-locale.ts';
import { checkOutCart } from '../cart/check-out-cart.ts';
import { reopenCart } from '../cart/reopen-cart.ts';
import { paymentCaptured } from '../ledger/ledger.rules.ts';
import { entryPostings, postLedgerEntry } from '../ledger/post-ledger-entry.ts';
import { recordSoftOptIn } from '../marketing/record-soft-opt-in.ts';
import { releaseStock } from '../offers/release-stock.ts';
import { reserveStock } from '../offers/reserve-stock.ts';
import { insuredLinesOfCheckout, linesOfOrders, ordersOfCheckout } from '../orders/order-queries.ts';
import { LINE } from '../orders/order-states.ts';
import { transitionOrderLines } from '../orders/transition-order-lines.ts';
import { movePayment } from '../payments/move-payment.ts';
import type { InsurancePolicy } from '../pricing/insurance.rules.ts';
import { platformVatFor } from '../pricing/platform-vat.rules.ts';
import { refundUnboundInsurance } from '../refunds/refund-unbound-insurance.ts';
import { findSeller, sellerSummaries } from '../sellers/sellers.store.ts';
import { buyerLocale } from './buyer-locale.ts';
import type { CheckoutDeps } from './checkout.deps.ts';
import { type CheckoutRow, cartCheckedOutAgain, findCheckout } from './checkout.store.ts';
import { checkoutEmails } from './checkout-emails.ts';
import { recordInsurancePolicy } from './insurance-policies.store.ts';
import { mailSellersNewPaidOrders, newPaidOrderMails } from './new-paid-order-mail.ts';
import { loadReceipt, type ReceiptView, receiptView } from './receipt.read-model.ts';

type Deps = Pick<CheckoutDeps, 'db' | 'clock' | 'mailer' | 'siteUrl' | 'insurance' | 'logger' | 'payments'>;
const OPEN = ['processing', 'requires_action', 'awaiting_transfer'] as const;

/**
 * What placing the orders just wrote and read, so that capturing their payment at once (a card
 * paid without a challenge) reads none of it again: the checkout row, and each seller's country
 * and name.
 */
export type PlacementFacts = {
  checkout: CheckoutRow;
  sellers: ReadonlyMap<number, { country: string; name: string }>;
};

/**
 * The payment is captured: lines 0/8 → 1 (the sellers must accept) with gap-free invoice numbers
 * and the sellers' webhooks (orders' transitionOrderLines), the ledger posting, the sellers'
 * emails, the confirmation email with the receipt. Idempotent: a second call (a retried webhook)
 * finds the payment already succeeded and does nothing.
 */
export async function markPaid(
  deps: Deps,
  paymentId: string,
  providerRef?: string,
  placed?: PlacementFacts,
): Promise<ReceiptView | null> {
  const done = await deps.db.transaction(async (tx) => {
    const txDeps = { db: tx, clock: deps.clock };
    const pay = await movePayment(txDeps, {
      paymentId,
      from: OPEN,
      to: 'succeeded',
      providerRef,
      settles: true,
    });
    if (!pay) return null;
    const { orders: os, lines } = await transitionOrderLines(txDeps, {
      kind: 'payment_captured',
      checkoutId: pay.checkoutId,
    });
    const known = placed?.checkout.id === pay.checkoutId ? placed : undefined;
    const co = await postCapture(txDeps, pay.checkoutId, os, known);
    const mails = await newPaidOrderMails({ ...deps, db: tx }, os, lines);
    // Placed a moment ago and no insurance to bind after the commit: the receipt is at hand, and
    // the buyer's confirmation goes in the one insert of this capture's emails.
    const names = known?.sellers;
    const receipt =
      names && !carriesInsurance(os) && os.every((o) => names.has(o.sellerId))
        ? receiptView(
            co,
            pay,
            os.map((order) => ({ order, sellerName: names.get(order.sellerId)!.name })),
            lines,
          )
        : null;
    if (receipt) mails.push(await confirmationMail({ ...deps, db: tx }, co, receipt, []));
    await sendMessages(deps.mailer, tx, mails);
    return { co, os, receipt };
  });
  if (!done) return null;
  if (!done.receipt) return confirmPaid(deps, done.co, done.os);
  await recordOfferedSoftOptIn(deps, done.co);
  return done.receipt;
}

/** An order carries insurance if and only if one of its lines does. */
const carriesInsurance = (os: PaidOrders) => os.some((o) => o.insuranceTotalMinor > 0);

type PaidOrders = Awaited<ReturnType<typeof transitionOrderLines>>['orders'];

/** The capture's ledger entry (reference: the checkout id), in the payment's transaction. */
async function postCapture(
  deps: { db: Db; clock: Deps['clock'] },
  checkoutId: string,
  os: PaidOrders,
  placed?: PlacementFacts,
): Promise<CheckoutRow> {
  const tx = deps.db;
  const co = placed?.checkout ?? (await findCheckout(tx, checkoutId))!;
  const countryOf = new Map(
    placed && os.every((o) => placed.sellers.has(o.sellerId))
      ? [...placed.sellers].map(([id, s]) => [id, s.country])
      : (
          await sellerSummaries(
            tx,
            os.map((o) => o.sellerId),
          )
        ).map((r) => [r.id, r.country]),
  );
  const market = marketByCode(co.market);
  const rateBp = market ? (standardVatRateAt(market, co.createdAt) ?? 0) : 0;
  await postLedgerEntry(
    tx,
    paymentCaptured({
      checkoutId: co.id,
      currency: co.currency,
      market: co.market,
      // The fee's VAT as priced at placement (none when reverse-charged); the market's rate for
      // checkouts placed before it was stored.
      ...(co.serviceFeeVatTreatment !== null && co.serviceFeeVatMinor !== null
        ? { serviceFeeVat: { treatment: co.serviceFeeVatTreatment, vatMinor: co.serviceFeeVatMinor } }
        : {}),
      serviceFeeVatRateBp: rateBp,
      orders: os.map((o) => ({
        sellerId: o.sellerId,
        goodsTotalMinor: o.itemsTotalMinor + o.shippingTotalMinor,
        commissionMinor: o.commissionMinor,
        insuranceMinor: o.insuranceTotalMinor,
        serviceFeeShareMinor: o.serviceFeeShareMinor,
        // The platform's VAT on commission: French sellers pay it; others self-account (reverse charge) or are out of scope.
        commissionReverseCharged: platformVatFor(countryOf.get(o.sellerId) ?? 'FR').treatment !== 'standard',
      })),
    }),
    deps.clock.now(),
  );
  return co;
}

/**
 * After the capture commits: the insurance policies, the confirmation email with the receipt, then
 * the soft opt-in of a buyer who left the checkout page's "no offers" box unticked.
 */
async function confirmPaid(deps: Deps, done: CheckoutRow, os: PaidOrders): Promise<ReceiptView> {
  const receipt = (await loadReceipt(deps.db, done.id))!;
  const policies = carriesInsurance(os) ? await bindInsurance(deps, done.id, done.market) : [];
  await deps.mailer.send(deps.db, await confirmationMail(deps, done, receipt, policies));
  await recordOfferedSoftOptIn(deps, done);
  return receipt;
}

/** The buyer's confirmation email, in the buyer's language, with the receipt and any policies. */
async function confirmationMail(
  deps: Pick<Deps, 'db' | 'siteUrl'>,
  co: CheckoutRow,
  receipt: ReceiptView,
  policies: string[],
): Promise<MailMessage> {
  const locale = await buyerLocale(deps.db, co);
  const link = deps.siteUrl(`/${readerStorefront(locale, co.market)}/orders/${co.id}`);
  return checkoutEmails.confirmation(locale, co.buyerEmail, receipt, link, policies);
}

/**
 * The buyer was offered a clear opt-out at checkout and did not take it: the marketing module
 * records the soft opt-in (never over a choice, an objection or a restriction of the person). A
 * failure is logged and never undoes the paid order.
 */
async function recordOfferedSoftOptIn(deps: Deps, co: CheckoutRow): Promise<void> {
  if (co.softOptIn !== 'offered' || co.buyerUserId === null) return;
  try {
    await recordSoftOptIn(deps, { userId: co.buyerUserId });
  } catch (err) {
    deps.logger.error({ err, checkout: co.id }, 'soft opt-in not recorded');
  }
}

const NOT_RESTORABLE = Symbol('not restorable');

/**
 * Money arrived for a payment already released (failed after a timeout, released by the
 * stalled-payment job, cancelled unpaid): its orders come back when they still can, in one
 * transaction — the payment moves to succeeded (conditionally: of two late events one applies),
 * the stock is taken again (offers' reserveStock, a typed sold-out result), the lines go 7 → 1
 * (orders' `late_payment_captured`), the cart closes again, the capture is posted — then the
 * insurance and the confirmation email, as for any paid checkout. Not when the cart became another
 * checkout since, when the stock is gone, or when this money was already booked as owed back:
 * 'not_restorable' (the caller refunds it). 'moved' when the payment moved meanwhile.
 */
export async function restoreLatePayment(
  deps: Deps,
  a: { paymentId: string; providerRef: string; lateReference: string },
): Promise<'restored' | 'not_restorable' | 'moved'> {
  let done: { co: CheckoutRow; os: PaidOrders } | null;
  try {
    done = await deps.db.transaction(async (tx) => {
      const txDeps = { db: tx, clock: deps.clock };
      const pay = await movePayment(txDeps, {
        paymentId: a.paymentId,
        from: ['failed', 'cancelled'],
        to: 'succeeded',
        providerRef: a.providerRef,
        settles: true,
      });
      if (!pay) return null;
      // Already booked as owed back to the buyer (refund path, under the same payment row lock).
      if ((await entryPostings(tx, 'late_payment', a.lateReference)).length > 0) throw NOT_RESTORABLE;
      const co = (await findCheckout(tx, pay.checkoutId))!;
      if (await cartCheckedOutAgain(tx, co)) throw NOT_RESTORABLE;
      // The cart came back when the payment was released: it is this checkout again. Closed before
      // the stock is taken, in the order placeOrder locks them (cart, then offers); a checkout of
      // it committed meanwhile is seen once its lock is released.
      const closed = await checkOutCart(txDeps, { cartId: co.cartId });
      if (!closed && (await cartCheckedOutAgain(tx, co))) throw NOT_RESTORABLE;
      const lines = (
        await linesOfOrders(
          tx,
          (await ordersOfCheckout(tx, co.id)).map((o) => o.id),
        )
      ).filter((l) => l.state === LINE.notPaid);
      if (lines.length === 0) throw NOT_RESTORABLE;
      const reserved = await reserveStock(txDeps, {
        lines: lines.map((l) => ({ offerId: l.offerId, quantity: l.quantity })),
      });
      if (!reserved.ok) throw NOT_RESTORABLE;
      const { orders: os, lines: paidLines } = await transitionOrderLines(txDeps, {
        kind: 'late_payment_captured',
        checkoutId: co.id,
      });
      await mailSellersNewPaidOrders({ ...deps, db: tx }, os, paidLines);
      return { co: await postCapture(txDeps, co.id, os), os };
    });
  } catch (e) {
    if (e === NOT_RESTORABLE) return 'not_restorable';
    throw e;
  }
  if (!done) return 'moved';
  await confirmPaid(deps, done.co, done.os);
  return 'restored';
}

/**
 * The payment did not go through (declined card, failed challenge, unpaid transfer): the lines
 * become 7 (not paid), the orders 8, the reserved stock goes back (offers' releaseStock), and the
 * buyer's cart opens again so nothing they chose is lost.
 */
export async function releaseUnpaid(
  deps: Deps,
  paymentId: string,
  outcome: { status: 'failed' | 'cancelled'; message: string; providerRef?: string },
): Promise<boolean> {
  const result = await deps.db.transaction(async (tx) => {
    const txDeps = { db: tx, clock: deps.clock };
    const pay = await movePayment(txDeps, {
      paymentId,
      from: OPEN,
      to: outcome.status,
      providerRef: outcome.providerRef,
      failureMessage: outcome.message,
      settles: true,
    });
    if (!pay) return null;
    const { moves } = await transitionOrderLines(txDeps, {
      kind: 'payment_failed',
      checkoutId: pay.checkoutId,
    });
    await releaseStock(txDeps, {
      lines: moves.map((m) => ({ offerId: m.line.offerId, quantity: m.line.quantity })),
    });
    const co = (await findCheckout(tx, pay.checkoutId))!;
    await reopenCart(txDeps, { cartId: co.cartId });
    return { co };
  });
  if (!result) return false;
  if (outcome.status === 'cancelled') {
    const receipt = (await loadReceipt(deps.db, result.co.id))!;
    await deps.mailer.send(
      deps.db,
      checkoutEmails.cancelledUnpaid(await buyerLocale(deps.db, receipt), result.co.buyerEmail, receipt),
    );
  }
  return true;
}

/** Whether the platform's VAT on a seller's commission is reverse-charged (seller outside France). */
export async function commissionVatReverseCharged(db: Db, sellerId: number): Promise<boolean> {
  const s = await findSeller(db, sellerId);
  return platformVatFor(s?.country ?? 'FR').treatment !== 'standard';
}

/**
 * Insured devices get their policies once the payment is captured (outside any transaction: the
 * insurer is an external service), each recorded in insurance_policies. Binding is idempotent per
 * unit reference; a refusal is logged for support and never undoes the paid order.
 */
async function bindInsurance(deps: Deps, checkoutId: string, market: string): Promise<string[]> {
  const lines = await insuredLinesOfCheckout(deps.db, checkoutId);
  const refs: string[] = [];
  for (const line of lines) {
    for (let unit = 1; unit <= line.quantity; unit++) {
      let policy: InsurancePolicy;
      try {
        policy = await deps.insurance.bind({
          market,
          unitPriceMinor: line.unitPriceMinor,
          premiumMinor: line.insurancePremiumMinor,
          reference: `order-line:${line.id}:${unit}`,
          startsAt: deps.clock.now(),
        });
      } catch (err) {
        deps.logger.error(
          { err, line: line.id, unit },
          'insurance could not be bound: its premium is refunded',
        );
        try {
          await refundUnboundInsurance(deps, { orderLineId: line.id, unit });
        } catch (e) {
          deps.logger.error(
            { err: e, line: line.id, unit },
            'unbound insurance premium not refunded: refund it by hand',
          );
        }
        continue;
      }
      // Kept for the order page and claims, once per (line, unit). The policy is bound whatever
      // happens here: a failure to record it is support's to fix, never a refund.
      try {
        await recordInsurancePolicy(deps.db, {
          orderId: line.orderId,
          orderLineId: line.id,
          unit,
          policy,
          now: deps.clock.now(),
        });
      } catch (err) {
        deps.logger.error(
          { err, line: line.id, unit, policyRef: policy.policyRef },
          'insurance policy bound but not recorded: record it by hand',
        );
      }
      refs.push(`${policy.policyRef} (${line.productName})`);
    }
  }
  return refs;
}
