/**
 * Charged with no order (issue 11, defect 5): a card charge whose answer timed out, or that
 * succeeds after the stalled-payment job released the checkout, arrives as a provider success.
 * It is matched by our payment id (carried in the provider's metadata) when the provider's
 * reference was never saved, and then either restores the orders (stock allowing) or is refunded
 * at once, with ledger entries and an email either way; never `unknown_payment`.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks } from '../../../test/orders.ts';
import { listOutbox } from '../../platform/mail/outbox.store.ts';
import { cartLines, carts } from '../cart/cart.schema.ts';
import { ledgerPostings, ledgerTransactions } from '../ledger/ledger.schema.ts';
import { offers } from '../offers/offers.schema.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import type { PaymentOutcome, StartPaymentInput } from '../payments/payment-provider.ts';
import { payments } from '../payments/payments.schema.ts';
import { type SandboxProvider, sandboxPaymentRef } from '../payments/sandbox-provider.ts';
import { providerEventFromStripe } from '../payments/stripe-provider.ts';
import { failedRefundAlerts } from '../refunds/refund-alerts.read-model.ts';
import { refunds as refundRows } from '../refunds/refunds.schema.ts';
import { retryFailedRefund } from '../refunds/retry-failed-refund.ts';
import { settleRefund } from '../refunds/settle-refund.ts';
import { releaseStalledPayments } from './cancel-unpaid-transfers.ts';

const address = { name: 'Ada Lovelace', line1: '1 rue X', postalCode: '75004', city: 'Paris', country: 'FR' };
const card = { number: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123', holder: 'Ada' };

describe.each(ENGINES)('late payments on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let sandbox: SandboxProvider;
  let realStart: SandboxProvider['start'];
  let refunds: Array<{ providerRef: string; amountMinor: number; idempotencyKey: string }>;
  /** How the provider answers the next refunds (the sandbox's own answer when null). */
  let refundAnswer:
    | null
    | ((i: { idempotencyKey: string }) => {
        status: 'failed' | 'pending';
        providerRef: string;
        message?: string;
      }) = null;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    sandbox = t.deps.payments as SandboxProvider;
    realStart = sandbox.start;
    const realRefund = sandbox.refund;
    refunds = [];
    Object.assign(sandbox, {
      refund: async (i: Parameters<SandboxProvider['refund']>[0]) => {
        refunds.push(i);
        return refundAnswer ? refundAnswer(i) : realRefund(i);
      },
    });
  }, 60_000);
  afterAll(() => t?.close());

  /** The provider charges the card, but its answer never reaches us. */
  const startThen = (after: (i: StartPaymentInput) => PaymentOutcome | never) =>
    Object.assign(sandbox, {
      start: async (i: StartPaymentInput) => {
        await realStart(i);
        return after(i);
      },
    });

  let ip = 0;
  const req = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await t.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.130.${ip++}`, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: test convenience
    return { status: res.status, body: (await res.json()) as any };
  };
  const stockOf = async (id: number) =>
    (await t.deps.db.select({ q: offers.quantity }).from(offers).where(eq(offers.id, id)))[0]!.q;
  const ledgerSum = async () =>
    Number(
      (
        await t.deps.db
          .select({ s: sql<string>`coalesce(sum(${ledgerPostings.amountMinor}), 0)` })
          .from(ledgerPostings)
      )[0]!.s,
    );
  const place = async (offerId: number, email: string, key: string) => {
    const cart = (await req('/api/v1/carts', { market: 'fr-fr' })).body.id as string;
    await req(`/api/v1/carts/${cart}/lines`, { offerId });
    const r = await req(
      `/api/v1/carts/${cart}/checkout`,
      { email, shippingAddress: address, paymentMethod: 'card', card },
      { 'idempotency-key': key },
    );
    expect(r.status).toBe(201);
    const [pay] = await t.deps.db.select().from(payments).where(eq(payments.checkoutId, r.body.checkoutId));
    return { cart, checkoutId: r.body.checkoutId as string, pay: pay! };
  };
  /** The provider's success webhook, carrying our payment id in its metadata. */
  const lateSuccess = (pay: { id: string; amountMinor: number }, eventId?: string) => {
    const ev = sandbox.simulate('payment.succeeded', sandboxPaymentRef(pay.id), {
      amountMinor: pay.amountMinor,
      paymentId: pay.id,
      ...(eventId ? { eventId } : {}),
    });
    return req('/api/v1/webhooks/payments/sandbox', ev.body, ev.headers);
  };

  it('a charge whose answer timed out is matched by our payment id and restores the orders', async () => {
    const [pick] = await offerPicks(t);
    const stock = await stockOf(pick!.id);
    startThen(() => {
      throw new Error('ETIMEDOUT');
    });
    const { cart, checkoutId, pay } = await place(pick!.id, 'late@example.com', 'late-key-0001');
    Object.assign(sandbox, { start: realStart });
    expect(pay.status).toBe('failed');
    expect(pay.providerRef).toBeNull();
    expect(await stockOf(pick!.id)).toBe(stock);

    expect((await lateSuccess(pay)).body).toEqual({ result: 'applied' });
    const [after] = await t.deps.db.select().from(payments).where(eq(payments.id, pay.id));
    expect(after!.status).toBe('succeeded');
    expect(after!.providerRef).toBe(sandboxPaymentRef(pay.id));
    const os = await t.deps.db.select().from(orders).where(eq(orders.checkoutId, checkoutId));
    expect(os.map((o) => [o.state, o.cancelledAt])).toEqual(os.map(() => [1, null]));
    expect(os.every((o) => /^S\d+-2026-\d{6}$/.test(o.invoiceNumber ?? ''))).toBe(true);
    const lines = await t.deps.db.select().from(orderLines).where(eq(orderLines.orderId, os[0]!.id));
    expect(lines.map((l) => l.state)).toEqual([1]);
    expect(await stockOf(pick!.id)).toBe(stock - 1);
    const [captured] = await t.deps.db
      .select()
      .from(ledgerTransactions)
      .where(
        and(eq(ledgerTransactions.kind, 'payment_captured'), eq(ledgerTransactions.reference, checkoutId)),
      );
    expect(captured).toBeDefined();
    expect(await ledgerSum()).toBe(0);
    const [mail] = await listOutbox(t.deps.db, { to: 'late@example.com', limit: 1 });
    expect(mail!.template).toBe('checkout.order-confirmation');
    const [c] = await t.deps.db.select({ status: carts.status }).from(carts).where(eq(carts.id, cart));
    expect(c!.status).toBe('checked_out');
    expect(refunds).toHaveLength(0);
  });

  it('a success after the stalled-payment job released the checkout, stock gone: refunded at once', async () => {
    const pick = (await offerPicks(t))[2]!;
    startThen(() => ({ status: 'processing' }) as unknown as PaymentOutcome); // the server "died" before the answer
    const { checkoutId, pay } = await place(pick.id, 'stalled@example.com', 'late-key-0002');
    Object.assign(sandbox, { start: realStart });
    expect(pay.status).toBe('processing');
    t.clock.advance(16 * 60_000);
    expect((await releaseStalledPayments(t.deps)).released).toBe(1);
    await t.deps.db.update(offers).set({ quantity: 0 }).where(eq(offers.id, pick.id)); // sold meanwhile

    expect((await lateSuccess(pay)).body).toEqual({ result: 'applied' });
    expect(refunds).toEqual([
      expect.objectContaining({ providerRef: sandboxPaymentRef(pay.id), amountMinor: pay.amountMinor }),
    ]);
    const [after] = await t.deps.db.select().from(payments).where(eq(payments.id, pay.id));
    expect(after!.status).toBe('failed');
    expect(after!.failureMessage).toMatch(/refunded/i);
    const os = await t.deps.db.select().from(orders).where(eq(orders.checkoutId, checkoutId));
    expect(os.map((o) => o.state)).toEqual([8]);
    expect(await stockOf(pick.id)).toBe(0);
    const entries = await t.deps.db
      .select({ kind: ledgerTransactions.kind })
      .from(ledgerTransactions)
      .where(sql`${ledgerTransactions.reference} LIKE ${`${pay.id}%`}`);
    expect(entries.map((e) => e.kind).sort()).toEqual(['late_payment', 'late_payment_refund']);
    expect(await ledgerSum()).toBe(0);
    const [mail] = await listOutbox(t.deps.db, { to: 'stalled@example.com', limit: 1 });
    expect(mail!.template).toBe('checkout.late-payment-refunded');
    expect(mail!.textBody).toMatch(/intégralement remboursé/);

    // The same money reported again under another event id: nothing more is refunded.
    expect((await lateSuccess(pay, 'sbx_evt_again_0001')).body.result).not.toBe('unknown_payment');
    expect(refunds).toHaveLength(1);
    expect(await ledgerSum()).toBe(0);
  });

  it('a late success whose cart was checked out again is refunded, not a second order', async () => {
    const pick = (await offerPicks(t))[4]!;
    startThen(() => {
      throw new Error('ETIMEDOUT');
    });
    const first = await place(pick.id, 'twice@example.com', 'late-key-0003');
    Object.assign(sandbox, { start: realStart });
    // The cart came back; the buyer pays it again, successfully.
    const again = await req(
      `/api/v1/carts/${first.cart}/checkout`,
      { email: 'twice@example.com', shippingAddress: address, paymentMethod: 'card', card },
      { 'idempotency-key': 'late-key-0004' },
    );
    expect([again.status, again.body.payment.status]).toEqual([201, 'succeeded']);
    expect((await lateSuccess(first.pay)).body).toEqual({ result: 'applied' });
    expect(refunds.at(-1)).toEqual(expect.objectContaining({ providerRef: sandboxPaymentRef(first.pay.id) }));
    const os = await t.deps.db.select().from(orders).where(eq(orders.checkoutId, first.checkoutId));
    expect(os.map((o) => o.state)).toEqual([8]);
    const lines = await t.deps.db.select().from(cartLines).where(eq(cartLines.cartId, first.cart));
    expect(lines).toHaveLength(1);
    expect(await ledgerSum()).toBe(0);
  });

  it("Stripe events carry our payment id from the PaymentIntent's metadata", () => {
    const ev = providerEventFromStripe({
      id: 'evt_1',
      type: 'payment_intent.succeeded',
      created: 1_790_000_000,
      data: {
        object: {
          id: 'pi_1',
          amount_received: 1000,
          currency: 'eur',
          payment_method_types: ['card'],
          metadata: { reloop_payment_id: '7f1c2f4e-1111-4222-8333-944455556666' },
        },
      },
    } as never);
    expect(ev).toMatchObject({ providerRef: 'pi_1', paymentId: '7f1c2f4e-1111-4222-8333-944455556666' });
  });

  it('a late-payment refund the provider refuses is owed: a failed refund row, listed, operators told, retried by an operator', async () => {
    const ops = `late-ops-${engine}@example.com`;
    await createActor(t.deps, { email: ops, operator: ['support'] });
    const pick = (await offerPicks(t))[6]!;
    startThen(() => ({ status: 'processing' }) as unknown as PaymentOutcome);
    const { pay } = await place(pick.id, 'refused-late@example.com', 'late-key-0005');
    Object.assign(sandbox, { start: realStart });
    t.clock.advance(16 * 60_000);
    await releaseStalledPayments(t.deps);
    await t.deps.db.update(offers).set({ quantity: 0 }).where(eq(offers.id, pick.id));
    refunds.length = 0;
    refundAnswer = (i) => ({
      status: 'failed',
      providerRef: `re_refused_${i.idempotencyKey}`,
      message: 'Card closed',
    });
    try {
      expect((await lateSuccess(pay)).body).toEqual({ result: 'applied' });
    } finally {
      refundAnswer = null;
    }
    const rows = await t.deps.db.select().from(refundRows).where(eq(refundRows.paymentId, pay.id));
    expect(rows.map((r) => [r.kind, r.status, r.amountMinor, r.orderLineId])).toEqual([
      ['late_payment', 'failed', pay.amountMinor, null],
    ]);
    // The money is still owed on late_payment_payable: the ledger holds it, nothing went out.
    expect(await ledgerSum()).toBe(0);
    const alert = (await failedRefundAlerts(t.deps.db)).find((a) => a.refundId === rows[0]!.id);
    expect(alert).toMatchObject({ what: 'late_payment', kind: 'refused', failureMessage: 'Card closed' });
    expect(
      (await listOutbox(t.deps.db, { to: ops, limit: 10 })).some(
        (m) =>
          m.template === 'refunds.refund-failed-operator' && m.textBody.includes(`Refund ${rows[0]!.id} `),
      ),
    ).toBe(true);
    const [mail] = await listOutbox(t.deps.db, { to: 'refused-late@example.com', limit: 1 });
    expect(mail!.template).toBe('checkout.late-payment-refunded');

    // An operator retries it: a new attempt (new key), booked out, no longer owed.
    const r = await retryFailedRefund(t.deps, { refundId: rows[0]!.id, operatorId: 1 });
    expect(r).toMatchObject({ retried: true, status: 'succeeded' });
    expect(refunds.map((x) => x.idempotencyKey)).toEqual([
      `late-${pay.id}-${sandboxPaymentRef(pay.id)}`,
      `late-${pay.id}-${sandboxPaymentRef(pay.id)}-2`,
    ]);
    const entries = await t.deps.db
      .select({ kind: ledgerTransactions.kind })
      .from(ledgerTransactions)
      .where(sql`${ledgerTransactions.reference} LIKE ${`${pay.id}%`}`);
    expect(entries.map((e) => e.kind).sort()).toEqual(['late_payment', 'late_payment_refund']);
    const payable = await t.deps.db
      .select({ s: sql<string>`coalesce(sum(${ledgerPostings.amountMinor}), 0)` })
      .from(ledgerPostings)
      .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
      .where(
        and(
          eq(ledgerPostings.account, 'late_payment_payable'),
          sql`${ledgerTransactions.reference} LIKE ${`${pay.id}%`}`,
        ),
      );
    expect(Number(payable[0]!.s)).toBe(0);
    expect((await failedRefundAlerts(t.deps.db)).some((a) => a.refundId === rows[0]!.id)).toBe(false);
  });

  it('a pending late-payment refund that fails later is reversed and owed again', async () => {
    const pick = (await offerPicks(t))[7]!;
    startThen(() => ({ status: 'processing' }) as unknown as PaymentOutcome);
    const { pay } = await place(pick.id, 'pending-late@example.com', 'late-key-0006');
    Object.assign(sandbox, { start: realStart });
    t.clock.advance(16 * 60_000);
    await releaseStalledPayments(t.deps);
    await t.deps.db.update(offers).set({ quantity: 0 }).where(eq(offers.id, pick.id));
    refundAnswer = () => ({ status: 'pending', providerRef: `re_late_pending_${engine}` });
    try {
      expect((await lateSuccess(pay)).body).toEqual({ result: 'applied' });
    } finally {
      refundAnswer = null;
    }
    const [row] = await t.deps.db.select().from(refundRows).where(eq(refundRows.paymentId, pay.id));
    expect([row!.kind, row!.status]).toEqual(['late_payment', 'pending']);
    expect(
      await settleRefund(t.deps, {
        refundRef: `re_late_pending_${engine}`,
        outcome: 'failed',
        message: 'Expired card',
        source: 'provider_event',
      }),
    ).toBe('applied');
    const payable = await t.deps.db
      .select({ s: sql<string>`coalesce(sum(${ledgerPostings.amountMinor}), 0)` })
      .from(ledgerPostings)
      .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
      .where(
        and(
          eq(ledgerPostings.account, 'late_payment_payable'),
          sql`${ledgerTransactions.reference} LIKE ${`${pay.id}%`}`,
        ),
      );
    expect(Number(payable[0]!.s)).toBe(-pay.amountMinor);
    expect(await ledgerSum()).toBe(0);
    expect((await failedRefundAlerts(t.deps.db)).find((a) => a.refundId === row!.id)).toMatchObject({
      what: 'late_payment',
      kind: 'reversed',
    });
  });
});
