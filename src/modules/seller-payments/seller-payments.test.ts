import { and, eq, sql } from 'drizzle-orm';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, type Pick, placeOrder, shipOrder, type TestApp } from '../../../test/orders.ts';
import { DAY_MS } from '../../platform/clock.ts';
import { handlePaymentEvent } from '../checkout/handle-payment-event.ts';
import { ledgerPostings } from '../ledger/ledger.schema.ts';
import { orders } from '../orders/orders.schema.ts';
import {
  FAKE_STRIPE_WEBHOOK_SECRET,
  type RecordedStripeRequest,
  recordingStripe,
} from '../payments/fixtures/fake-stripe.ts';
import {
  ACCOUNT_ID,
  accountEnabled,
  accountUpdatedEvent,
  paymentIntentSucceeded,
} from '../payments/fixtures/stripe-connect.fixtures.ts';
import { payments } from '../payments/payments.schema.ts';
import { ledgerOwed } from '../payouts/payout-run.read-model.ts';
import { payouts } from '../payouts/payouts.schema.ts';
import { runPayouts } from '../payouts/run-payouts.ts';
import { refundOrderLine } from '../refunds/refund-order-line.ts';
import { payoutReversed } from './payout-reversal.rules.ts';
import { sellerPaymentAccounts, sellerPayoutTransfers } from './seller-payments.schema.ts';

/**
 * Defect 11 of issue 11: "Stripe never pays sellers". Payouts go to the seller's connected account
 * (acct_…) as one Transfer per payout, grouped `payout-<id>`, tied to the charge of the payment
 * backing it; payouts wait until the account is enabled; a refund after a payout reverses it.
 */

describe('payout reversal rule', () => {
  it('mirrors payoutSent: Dr psp_clearing, Cr seller_payable, balanced; refuses no money', () => {
    expect(payoutReversed({ reversalId: '7', sellerId: 3, amountMinor: 2_640, currency: 'EUR' })).toEqual({
      kind: 'payout_reversal',
      reference: '7',
      description: 'Payout reversal 7 from seller 3',
      postings: [
        { account: 'psp_clearing', amountMinor: 2_640, currency: 'EUR' },
        { account: 'seller_payable:3', amountMinor: -2_640, currency: 'EUR' },
      ],
    });
    expect(() => payoutReversed({ reversalId: '8', sellerId: 3, amountMinor: 0, currency: 'EUR' })).toThrow();
  });
});

describe.each(ENGINES)('Stripe Connect payouts on %s', (engine) => {
  let t: TestApp;
  let picks: Pick[];
  let sellerIds: number[];
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 12, offers: 240 });
    picks = await offerPicks(t);
    sellerIds = [...new Set(picks.map((p) => p.sellerId))];
  });
  afterAll(() => t.close());

  const now = () => t.clock.now();
  const shippedOrder = async (sellerId: number) => {
    const pick = picks.find((p) => p.sellerId === sellerId)!;
    const placed = await placeOrder(t, { lines: [{ offerId: pick.id }] });
    const order = placed.orders[0];
    await shipOrder(t, order.id, new Date(now().getTime() - 8 * DAY_MS));
    return order;
  };
  const connect = (sellerId: number, accountRef: string, enabled: boolean) =>
    t.deps.db.insert(sellerPaymentAccounts).values({
      sellerId,
      provider: 'stripe',
      accountRef,
      transfersEnabled: enabled,
      payoutsEnabled: enabled,
      detailsSubmitted: enabled,
      testMode: true,
      createdAt: now(),
      updatedAt: now(),
    });
  const payoutsOf = (sellerId: number) =>
    t.deps.db.select().from(payouts).where(eq(payouts.sellerId, sellerId)).orderBy(payouts.id);
  const transferAnswer = (req: { idempotencyKey: string | null; form: Record<string, string> }) => ({
    id: `tr_${req.idempotencyKey}`,
    object: 'transfer',
    amount: Number(req.form.amount),
    currency: req.form.currency,
    destination: req.form.destination,
  });
  // What the ledger says Reloop owes the seller (+ 0: never -0).
  const owed = async (sellerId: number) => (await ledgerOwed(t.deps.db, sellerId, 'EUR')) + 0;
  const ledgerSum = async () =>
    Number(
      (
        await t.deps.db
          .select({ s: sql<string>`coalesce(sum(${ledgerPostings.amountMinor}), 0)` })
          .from(ledgerPostings)
      )[0]!.s,
    );

  it('pays a connected seller by a Transfer to its acct_ id, grouped per payout, tied to the charge that paid the order', async () => {
    const seller = sellerIds[0]!;
    await connect(seller, ACCOUNT_ID, true);
    const order = await shippedOrder(seller);
    // The order was paid through Stripe (the test checkout uses the sandbox: re-label its payment).
    const [o] = await t.deps.db.select().from(orders).where(eq(orders.id, order.id));
    await t.deps.db
      .update(payments)
      .set({ provider: 'stripe', providerRef: 'pi_3QxPaid' })
      .where(eq(payments.checkoutId, o!.checkoutId));
    const stripe = recordingStripe(t.clock, {
      'GET /v1/payment_intents/pi_3QxPaid': paymentIntentSucceeded,
      'POST /v1/transfers': transferAnswer,
    });
    await runPayouts({ ...t.deps, payments: stripe.provider });

    const [p] = await payoutsOf(seller);
    expect(p).toMatchObject({ status: 'sent', providerRef: `tr_payout-${p!.id}` });
    const transfers = stripe.requests.filter((r) => r.path === '/v1/transfers');
    expect(transfers).toHaveLength(1);
    expect(transfers[0]).toMatchObject({
      method: 'POST',
      idempotencyKey: `payout-${p!.id}`,
      form: {
        amount: String(p!.amountMinor),
        currency: 'eur',
        destination: ACCOUNT_ID,
        transfer_group: `payout-${p!.id}`,
        source_transaction: 'ch_3QxCharge9',
      },
    });
    // Never the old mistakes: no PaymentIntent called payout-<id>, no destination seller_<id>.
    expect(stripe.requests.some((r) => r.path.includes('payout-'))).toBe(false);
    expect(stripe.requests.some((r) => r.form.destination?.startsWith('seller_'))).toBe(false);
    const [tr] = await t.deps.db
      .select()
      .from(sellerPayoutTransfers)
      .where(eq(sellerPayoutTransfers.payoutId, p!.id));
    expect(tr).toMatchObject({
      accountRef: ACCOUNT_ID,
      transferGroup: `payout-${p!.id}`,
      sourceTransaction: 'ch_3QxCharge9',
      amountMinor: p!.amountMinor,
    });
  });

  it('holds the payout while the account is not enabled; account.updated releases it', async () => {
    const seller = sellerIds[1]!;
    const accountRef = 'acct_1QxHeldSeller';
    await connect(seller, accountRef, false);
    await shippedOrder(seller);
    const stripe = recordingStripe(t.clock, { 'POST /v1/transfers': transferAnswer });
    const deps = { ...t.deps, payments: stripe.provider };
    await runPayouts(deps);
    expect((await payoutsOf(seller)).map((p) => p.status)).toEqual(['pending']);
    expect(stripe.requests.filter((r) => r.form.destination === accountRef)).toHaveLength(0);

    const payload = JSON.stringify({
      ...accountUpdatedEvent({ ...accountEnabled, id: accountRef }),
      id: 'evt_held_enabled',
    });
    const header = Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: FAKE_STRIPE_WEBHOOK_SECRET,
      timestamp: Math.floor(now().getTime() / 1000),
    });
    const event = stripe.provider.parseWebhook(payload, { 'stripe-signature': header })!;
    expect(await handlePaymentEvent(deps, event)).toBe('applied');
    expect(await handlePaymentEvent(deps, event)).toBe('duplicate');
    const [acct] = await t.deps.db
      .select()
      .from(sellerPaymentAccounts)
      .where(eq(sellerPaymentAccounts.accountRef, accountRef));
    expect(acct).toMatchObject({ transfersEnabled: true, payoutsEnabled: true });

    await runPayouts(deps);
    const [p] = await payoutsOf(seller);
    expect(p).toMatchObject({ status: 'sent' });
    expect(stripe.requests.filter((r) => r.form.destination === accountRef)).toHaveLength(1);
  });

  it('a seller with no connected account is held too: nothing is transferred', async () => {
    const seller = sellerIds[2]!;
    await shippedOrder(seller);
    const stripe = recordingStripe(t.clock, { 'POST /v1/transfers': transferAnswer });
    await runPayouts({ ...t.deps, payments: stripe.provider });
    expect((await payoutsOf(seller)).map((p) => p.status)).toEqual(['pending']);
  });

  it('with the sandbox, a seller gets a test-mode account enabled at once and is paid', async () => {
    const seller = sellerIds[3]!;
    await shippedOrder(seller);
    await runPayouts(t.deps);
    const [p] = await payoutsOf(seller);
    expect(p).toMatchObject({ status: 'sent' });
    const [acct] = await t.deps.db
      .select()
      .from(sellerPaymentAccounts)
      .where(and(eq(sellerPaymentAccounts.sellerId, seller), eq(sellerPaymentAccounts.provider, 'sandbox')));
    expect(acct).toMatchObject({ testMode: true, transfersEnabled: true, payoutsEnabled: true });
    const [tr] = await t.deps.db
      .select()
      .from(sellerPayoutTransfers)
      .where(eq(sellerPayoutTransfers.payoutId, p!.id));
    expect(tr).toMatchObject({ accountRef: acct!.accountRef, transferRef: p!.providerRef });
  });

  it('a refund after the payout reverses the transfer by the seller’s share, once; later payouts are exact', async () => {
    const seller = sellerIds[4]!;
    const accountRef = 'acct_1QxRefundedSeller';
    await connect(seller, accountRef, true);
    const order = await shippedOrder(seller);
    const stripe = recordingStripe(t.clock, {
      'POST /v1/transfers': transferAnswer,
    });
    const deps = { ...t.deps, payments: stripe.provider };
    await runPayouts(deps);
    const [p] = await payoutsOf(seller);
    expect(p!.status).toBe('sent');
    expect(await owed(seller)).toBe(0);

    // The buyer gets part of the price back after the seller was paid: the seller now owes us.
    await refundOrderLine(t.deps, {
      orderLineId: order.lines[0].id,
      amountMinor: 3_000,
      reason: 'scratch',
      actor: { operatorId: 1 },
    });
    const owedAfterRefund = await owed(seller);
    expect(owedAfterRefund).toBeLessThan(0);

    const reversals: Array<{ idempotencyKey: string | null; form: Record<string, string> }> = [];
    const stripe2 = recordingStripe(t.clock, {
      [`POST /v1/transfers/tr_payout-${p!.id}/reversals`]: (req: RecordedStripeRequest) => {
        reversals.push(req);
        return {
          id: `trr_${reversals.length}`,
          object: 'transfer_reversal',
          amount: Number(req.form.amount),
        };
      },
      'POST /v1/transfers': transferAnswer,
    });
    const deps2 = { ...t.deps, payments: stripe2.provider };
    const { reverseTransfersAfterRefunds } = await import('./reverse-transfers-after-refunds.ts');
    expect(await reverseTransfersAfterRefunds(deps2)).toMatchObject({ reversed: 1 });
    expect(reversals).toHaveLength(1);
    expect(reversals[0]!.form.amount).toBe(String(-owedAfterRefund));
    expect(await owed(seller)).toBe(0);
    expect(await ledgerSum()).toBe(0);
    // Once: nothing more to take back.
    expect(await reverseTransfersAfterRefunds(deps2)).toMatchObject({ reversed: 0 });
    expect(reversals).toHaveLength(1);

    // The next order is paid in full: the refund is not recovered a second time.
    const next = await shippedOrder(seller);
    const owedForNext = await owed(seller);
    await runPayouts(deps2);
    const all = await payoutsOf(seller);
    expect(all).toHaveLength(2);
    expect(all[1]).toMatchObject({ status: 'sent', amountMinor: owedForNext });
    expect(next.id).toBeGreaterThan(order.id);
  });
});
