import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { linesOf, offerPicks, type Pick, placeOrder, shipOrder, type TestApp } from '../../../test/orders.ts';
import { listOutbox } from '../../platform/mail/outbox.store.ts';
import { handlePaymentEvent } from '../checkout/handle-payment-event.ts';
import { loadReceipt } from '../checkout/receipt.read-model.ts';
import { renderCreditNote } from '../documents/credit-note.pdf.ts';
import { creditNotesOfOrder, creditNotesOfSeller } from '../documents/credit-notes.read-model.ts';
import { docFormat } from '../documents/doc-i18n.ts';
import { ledgerPostings, ledgerTransactions } from '../ledger/ledger.schema.ts';
import { offers } from '../offers/offers.schema.ts';
import { orders } from '../orders/orders.schema.ts';
import type { ProviderEvent, RefundInput, RefundResult } from '../payments/payment-provider.ts';
import { payments } from '../payments/payments.schema.ts';
import { providerEventFromStripe } from '../payments/stripe-provider.ts';
import { REFUND_RECONCILE_AFTER_MS, reconcilePendingRefunds } from './reconcile-pending-refunds.ts';
import { lineTotals } from './refund.rules.ts';
import { failedRefundAlerts } from './refund-alerts.read-model.ts';
import { refundOrderLine } from './refund-order-line.ts';
import { refunds } from './refunds.schema.ts';
import { retryFailedRefund } from './retry-failed-refund.ts';

/**
 * Defect 4 (refunds never settle) and 7 (a fully cancelled checkout keeps its service fee):
 * refund states driven by provider events and the reconciliation job; a failed refund reverses
 * its ledger entry, returns the line to refundable and alerts an operator and the buyer.
 */
describe.each(ENGINES)('refund settlement on %s', (engine) => {
  let t: TestApp;
  let picks: Pick[];
  let next = 0;
  const pick = () => picks[next++ % picks.length]!;
  let operatorEmail: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    picks = await offerPicks(t);
    operatorEmail = `ops-${engine}@example.com`;
    await createActor(t.deps, { email: operatorEmail, operator: ['support'] });
  });
  afterAll(() => t.close());

  const stockOf = async (id: number) =>
    (await t.deps.db.select({ q: offers.quantity }).from(offers).where(eq(offers.id, id)))[0]!.q;
  /** Net per account over the capture of a checkout and every refund entry (and reversal) of its refunds. */
  const netOf = async (checkoutId: string) => {
    const ids = (
      await t.deps.db
        .select({ id: refunds.id })
        .from(refunds)
        .innerJoin(payments, eq(payments.id, refunds.paymentId))
        .where(eq(payments.checkoutId, checkoutId))
    ).map((r) => String(r.id));
    const rows = await t.deps.db
      .select({ account: ledgerPostings.account, s: sql<string>`sum(${ledgerPostings.amountMinor})` })
      .from(ledgerPostings)
      .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
      .where(
        or(
          and(eq(ledgerTransactions.kind, 'payment_captured'), eq(ledgerTransactions.reference, checkoutId)),
          ids.length
            ? and(
                inArray(ledgerTransactions.kind, ['refund', 'refund_reversal', 'service_fee_refund']),
                inArray(ledgerTransactions.reference, ids),
              )
            : sql`false`,
        ),
      )
      .groupBy(ledgerPostings.account);
    return new Map(rows.map((r) => [r.account, Number(r.s)]));
  };
  const order = async (count = 1) => {
    // Offers some sellers cannot ship together are skipped: the next ones are tried.
    for (let attempt = 0; ; attempt++) {
      const ps = Array.from({ length: count }, () => pick());
      const email = `settle-${engine}-${next}@example.com`;
      try {
        return await placed(ps, email);
      } catch (e) {
        if (attempt >= 10) throw e;
      }
    }
  };
  const placed = async (ps: Pick[], email: string) => {
    const body = await placeOrder(t, { lines: ps.map((p) => ({ offerId: p.id })), email });
    const orderId = body.orders[0].id as number;
    const lines = (await Promise.all(body.orders.map((x: { id: number }) => linesOf(t, x.id)))).flat();
    return { body, orderId, lines, picks: ps, email };
  };
  /** Deps whose provider answers refunds with `answer` (a pending refund with its own ref by default). */
  let refSeq = 0;
  const pendingProvider = (answer?: (i: RefundInput) => RefundResult) => ({
    ...t.deps,
    payments: {
      ...t.deps.payments,
      refund: async (i: RefundInput): Promise<RefundResult> =>
        answer ? answer(i) : { status: 'pending', providerRef: `re_pending_${engine}_${++refSeq}` },
    },
  });
  const paymentRef = async (checkoutId: string) =>
    (await t.deps.db.select().from(payments).where(eq(payments.checkoutId, checkoutId)))[0]!.providerRef!;
  let evSeq = 0;
  const refundEvent = (
    type: 'refund.succeeded' | 'refund.failed',
    providerRef: string,
    refundRef: string,
  ): ProviderEvent => ({
    id: `evt_${engine}_${++evSeq}`,
    type,
    providerRef,
    refundRef,
    occurredAt: t.clock.now(),
    ...(type === 'refund.failed' ? { message: 'The card was closed.' } : {}),
    raw: {},
  });

  it('a pending refund that fails reverses its ledger entry, returns the line to paid, takes the units back, alerts an operator and the buyer', async () => {
    const o = await order();
    const line = o.lines[0]!;
    const stock = await stockOf(line.offerId);
    const r = await refundOrderLine(pendingProvider(), {
      orderLineId: line.id,
      reason: 'Out of stock',
      actor: { operatorId: 1 },
    });
    expect(r.status).toBe('pending');
    expect((await linesOf(t, o.orderId))[0]!.state).toBe(4);
    expect(await stockOf(line.offerId)).toBe(stock + line.quantity);
    const [row] = await t.deps.db.select().from(refunds).where(eq(refunds.id, r.refundId));

    const result = await handlePaymentEvent(
      t.deps,
      refundEvent('refund.failed', await paymentRef(o.body.checkoutId), row!.providerRef!),
    );
    expect(result).toBe('applied');
    const [after] = await t.deps.db.select().from(refunds).where(eq(refunds.id, r.refundId));
    expect(after!.status).toBe('failed');
    expect((await linesOf(t, o.orderId))[0]!.state).toBe(1);
    const [ord] = await t.deps.db.select().from(orders).where(eq(orders.id, o.orderId));
    expect(ord!.state).toBe(1);
    expect(ord!.cancelledAt).toBeNull();
    expect(await stockOf(line.offerId)).toBe(stock);
    // The ledger is back to the capture alone: the seller owes nothing back, the PSP paid nothing out.
    const net = await netOf(o.body.checkoutId);
    const capture = (
      await t.deps.db
        .select({ account: ledgerPostings.account, s: sql<string>`sum(${ledgerPostings.amountMinor})` })
        .from(ledgerPostings)
        .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
        .where(
          and(
            eq(ledgerTransactions.kind, 'payment_captured'),
            eq(ledgerTransactions.reference, o.body.checkoutId),
          ),
        )
        .groupBy(ledgerPostings.account)
    ).map((x) => [x.account, Number(x.s)] as const);
    // (The service fee refunded when the line was cancelled stays refunded: money given back by
    // the provider is not taken again; a retry of the line finds nothing left of the fee.)
    for (const [account, s] of capture.filter(([a]) =>
      /^(seller_payable|platform_revenue:commission|insurer)/.test(a),
    ))
      expect(net.get(account), account).toBe(s);
    const opsMail = (await listOutbox(t.deps.db, { to: operatorEmail, limit: 10 })).find(
      (m) => m.template === 'refunds.refund-failed-operator',
    );
    expect(opsMail?.textBody).toContain(`order ${o.orderId}`);
    const buyerMail = (await listOutbox(t.deps.db, { to: o.email, limit: 10 })).find(
      (m) => m.template === 'refunds.refund-failed',
    );
    expect(buyerMail).toBeDefined();
    // A redelivered event has one effect.
    expect(
      await handlePaymentEvent(
        t.deps,
        refundEvent('refund.failed', await paymentRef(o.body.checkoutId), row!.providerRef!),
      ),
    ).not.toBe('applied');
    // The line is refundable again: a retry goes through (and restocks once).
    const retry = await refundOrderLine(t.deps, {
      orderLineId: line.id,
      reason: 'Out of stock',
      actor: { operatorId: 1 },
    });
    expect(retry.lineState).toBe(4);
    expect(await stockOf(line.offerId)).toBe(stock + line.quantity);
  });

  it('units resold before the refund failed stay released: the operators are told, a retry does not release them twice', async () => {
    const o = await order();
    const line = o.lines[0]!;
    const r = await refundOrderLine(pendingProvider(), {
      orderLineId: line.id,
      reason: 'Cancelled',
      actor: { operatorId: 1 },
    });
    // Everything on sale is bought meanwhile (the released units with it).
    await t.deps.db.update(offers).set({ quantity: 0 }).where(eq(offers.id, line.offerId));
    const [row] = await t.deps.db.select().from(refunds).where(eq(refunds.id, r.refundId));
    expect(
      await handlePaymentEvent(
        t.deps,
        refundEvent('refund.failed', await paymentRef(o.body.checkoutId), row!.providerRef!),
      ),
    ).toBe('applied');
    expect((await linesOf(t, o.orderId))[0]!.state).toBe(1);
    expect(await stockOf(line.offerId)).toBe(0);
    const [after] = await t.deps.db.select().from(refunds).where(eq(refunds.id, r.refundId));
    expect(after!.restocked).toBe(true);
    const ops = (await listOutbox(t.deps.db, { to: operatorEmail, limit: 10 })).find((m) =>
      m.textBody.includes(`Refund ${r.refundId} `),
    );
    expect(ops?.textBody).toContain('sold meanwhile');
    await refundOrderLine(t.deps, { orderLineId: line.id, reason: 'Cancelled', actor: { operatorId: 1 } });
    expect(await stockOf(line.offerId)).toBe(0);
  });

  it('a pending refund settles as succeeded on refund.succeeded; a failure after that still reverses it once', async () => {
    const o = await order();
    await shipOrder(t, o.orderId);
    const line = o.lines[0]!;
    const r = await refundOrderLine(pendingProvider(), {
      orderLineId: line.id,
      amountMinor: 500,
      reason: 'Scratch',
      actor: { operatorId: 1 },
    });
    const [row] = await t.deps.db.select().from(refunds).where(eq(refunds.id, r.refundId));
    const ref = await paymentRef(o.body.checkoutId);
    expect(await handlePaymentEvent(t.deps, refundEvent('refund.succeeded', ref, row!.providerRef!))).toBe(
      'applied',
    );
    const [ok] = await t.deps.db.select().from(refunds).where(eq(refunds.id, r.refundId));
    expect(ok!.status).toBe('succeeded');
    expect(ok!.settledAt).not.toBeNull();
    expect(await handlePaymentEvent(t.deps, refundEvent('refund.failed', ref, row!.providerRef!))).toBe(
      'applied',
    );
    expect((await linesOf(t, o.orderId))[0]!.state).toBe(3);
    const reversals = await t.deps.db
      .select()
      .from(ledgerTransactions)
      .where(
        and(
          eq(ledgerTransactions.kind, 'refund_reversal'),
          eq(ledgerTransactions.reference, String(r.refundId)),
        ),
      );
    expect(reversals).toHaveLength(1);
    // The whole line can be refunded again.
    const again = await refundOrderLine(t.deps, {
      orderLineId: line.id,
      reason: 'Return',
      actor: { operatorId: 1 },
    });
    expect(again.amountMinor).toBe(lineTotals(line).totalMinor);
    expect(again.lineState).toBe(6);
  });

  it('a pending refund of an invoiced line gets its credit note when it succeeds (same transaction)', async () => {
    const o = await order();
    await shipOrder(t, o.orderId);
    const line = o.lines[0]!;
    const r = await refundOrderLine(pendingProvider(), {
      orderLineId: line.id,
      amountMinor: 600,
      reason: 'Scratch',
      actor: { operatorId: 1 },
    });
    expect(r.status).toBe('pending');
    expect(await creditNotesOfOrder(t.deps.db, o.orderId)).toEqual([]);
    const [row] = await t.deps.db.select().from(refunds).where(eq(refunds.id, r.refundId));
    const ref = await paymentRef(o.body.checkoutId);
    expect(await handlePaymentEvent(t.deps, refundEvent('refund.succeeded', ref, row!.providerRef!))).toBe(
      'applied',
    );
    const notes = await creditNotesOfOrder(t.deps.db, o.orderId);
    expect(notes.map((n) => [n.refundId, n.totalMinor])).toEqual([[r.refundId, 600]]);
    // A second success report issues nothing more.
    await handlePaymentEvent(t.deps, refundEvent('refund.succeeded', ref, row!.providerRef!));
    expect(await creditNotesOfOrder(t.deps.db, o.orderId)).toHaveLength(1);
  });

  it('Stripe event shapes settle refunds: refund.updated succeeded, then refund.failed (via providerEventFromStripe)', async () => {
    const o = await order();
    await shipOrder(t, o.orderId);
    const line = o.lines[0]!;
    const r = await refundOrderLine(pendingProvider(), {
      orderLineId: line.id,
      amountMinor: 300,
      reason: 'Gesture',
      actor: { operatorId: 1 },
    });
    const [row] = await t.deps.db.select().from(refunds).where(eq(refunds.id, r.refundId));
    const pi = await paymentRef(o.body.checkoutId);
    const stripeEvent = (type: string, status: string) =>
      providerEventFromStripe({
        id: `evt_${type}_${status}_${engine}_${row!.id}`,
        object: 'event',
        type,
        created: Math.floor(t.clock.now().getTime() / 1000),
        livemode: false,
        data: {
          object: {
            id: row!.providerRef,
            object: 'refund',
            status,
            amount: 300,
            currency: 'eur',
            payment_intent: pi,
          },
        },
      } as unknown as Stripe.Event)!;
    // refund.created while pending: not an outcome (ignored by the adapter).
    expect(
      providerEventFromStripe({
        id: 'evt_created',
        object: 'event',
        type: 'refund.created',
        created: 0,
        livemode: false,
        data: {
          object: {
            id: row!.providerRef,
            object: 'refund',
            status: 'pending',
            amount: 300,
            currency: 'eur',
            payment_intent: pi,
          },
        },
      } as unknown as Stripe.Event),
    ).toBeNull();
    expect(await handlePaymentEvent(t.deps, stripeEvent('refund.updated', 'succeeded'))).toBe('applied');
    expect((await t.deps.db.select().from(refunds).where(eq(refunds.id, r.refundId)))[0]!.status).toBe(
      'succeeded',
    );
    expect(await handlePaymentEvent(t.deps, stripeEvent('refund.failed', 'failed'))).toBe('applied');
    expect((await t.deps.db.select().from(refunds).where(eq(refunds.id, r.refundId)))[0]!.status).toBe(
      'failed',
    );
    expect((await linesOf(t, o.orderId))[0]!.state).toBe(3);
  });

  it('the reconciliation job asks the provider about refunds pending too long and settles them', async () => {
    const o = await order();
    const line = o.lines[0]!;
    const r = await refundOrderLine(pendingProvider(), {
      orderLineId: line.id,
      reason: 'Cancelled',
      actor: { operatorId: 1 },
    });
    const asked: string[] = [];
    const deps = {
      ...t.deps,
      payments: {
        ...t.deps.payments,
        retrieveRefund: async (ref: string): Promise<RefundResult> => {
          asked.push(ref);
          return { status: 'failed', providerRef: ref, message: 'Expired card' };
        },
      },
    };
    // Too young: not asked.
    await reconcilePendingRefunds(deps);
    expect(asked).toHaveLength(0);
    t.clock.advance(REFUND_RECONCILE_AFTER_MS + 1000);
    try {
      const done = await reconcilePendingRefunds(deps);
      expect(done.settled).toBeGreaterThanOrEqual(1);
      const [row] = await t.deps.db.select().from(refunds).where(eq(refunds.id, r.refundId));
      expect(asked).toContain(row!.providerRef);
      expect(row!.status).toBe('failed');
      expect((await linesOf(t, o.orderId))[0]!.state).toBe(1);
    } finally {
      t.clock.set(new Date(t.clock.now().getTime() - REFUND_RECONCILE_AFTER_MS - 1000));
    }
  });

  it('when every line of a checkout is cancelled, the service fee is refunded too and its VAT reversed', async () => {
    const o = await order(2);
    const fee = (await loadReceipt(t.deps.db, o.body.checkoutId))!.serviceFeeMinor;
    expect(fee).toBeGreaterThan(0);
    for (const l of o.lines) {
      await refundOrderLine(t.deps, { orderLineId: l.id, reason: 'Cancelled', actor: { operatorId: 1 } });
    }
    const rows = await t.deps.db
      .select()
      .from(refunds)
      .innerJoin(payments, eq(payments.id, refunds.paymentId))
      .where(eq(payments.checkoutId, o.body.checkoutId));
    const feeRows = rows.filter((r) => r.refunds.orderLineId === null);
    expect(feeRows).toHaveLength(1);
    expect(feeRows[0]!.refunds.status).toBe('succeeded');
    expect(feeRows[0]!.refunds.amountMinor).toBe(fee);
    const net = await netOf(o.body.checkoutId);
    expect(net.get('psp_clearing') ?? 0).toBe(0);
    expect(net.get('platform_revenue:service_fee') ?? 0).toBe(0);
    for (const [account, s] of net) expect(s, account).toBe(0);
    const mails = await listOutbox(t.deps.db, { to: o.email, limit: 20 });
    const feeMail = mails.find((m) => m.template === 'refunds.service-fee-refunded');
    expect(feeMail?.textBody).toContain('frais de service'); // the buyer reads French
  });

  it('a service-fee refund the provider refuses emails the buyer and the operators, is listed, and an operator retries it', async () => {
    const o = await order(2);
    const fee = (await loadReceipt(t.deps.db, o.body.checkoutId))!.serviceFeeMinor;
    const refusing = pendingProvider((i) =>
      i.idempotencyKey.startsWith('refund-fee-')
        ? { status: 'failed', providerRef: `re_fee_refused_${engine}_${++refSeq}`, message: 'Card closed' }
        : { status: 'succeeded', providerRef: `re_ok_${engine}_${++refSeq}` },
    );
    for (const l of o.lines) {
      await refundOrderLine(refusing, { orderLineId: l.id, reason: 'Cancelled', actor: { operatorId: 1 } });
    }
    const rows = await t.deps.db
      .select({ r: refunds })
      .from(refunds)
      .innerJoin(payments, eq(payments.id, refunds.paymentId))
      .where(eq(payments.checkoutId, o.body.checkoutId));
    const feeRow = rows.find((x) => x.r.orderLineId === null)!.r;
    expect([feeRow.status, feeRow.amountMinor]).toEqual(['failed', fee]);
    const buyerMail = (await listOutbox(t.deps.db, { to: o.email, limit: 20 })).find(
      (m) => m.template === 'refunds.refund-failed',
    );
    expect(buyerMail?.textBody).toContain('les frais de service'); // the buyer reads French
    const opsMail = (await listOutbox(t.deps.db, { to: operatorEmail, limit: 50 })).find(
      (m) => m.template === 'refunds.refund-failed-operator' && m.textBody.includes(`Refund ${feeRow.id} `),
    );
    expect(opsMail?.textBody).toContain('service fee');
    expect((await failedRefundAlerts(t.deps.db)).find((a) => a.refundId === feeRow.id)).toMatchObject({
      what: 'service_fee',
      kind: 'refused',
    });
    const retried = await retryFailedRefund(t.deps, { refundId: feeRow.id, operatorId: 1 });
    expect(retried).toMatchObject({ retried: true, status: 'succeeded' });
    expect((await failedRefundAlerts(t.deps.db)).some((a) => a.refundId === feeRow.id)).toBe(false);
    const net = await netOf(o.body.checkoutId);
    for (const [account, s] of net) expect(s, account).toBe(0);
  });

  it('a refund that fails after it succeeded cancels its credit note with a new document in the credit-note series', async () => {
    const o = await order();
    await shipOrder(t, o.orderId);
    const line = o.lines[0]!;
    const r = await refundOrderLine(pendingProvider(), {
      orderLineId: line.id,
      amountMinor: 700,
      reason: 'Scratch',
      actor: { operatorId: 1 },
    });
    const [row] = await t.deps.db.select().from(refunds).where(eq(refunds.id, r.refundId));
    const ref = await paymentRef(o.body.checkoutId);
    await handlePaymentEvent(t.deps, refundEvent('refund.succeeded', ref, row!.providerRef!));
    const [note] = await creditNotesOfOrder(t.deps.db, o.orderId);
    expect(note!.totalMinor).toBe(700);
    expect(await handlePaymentEvent(t.deps, refundEvent('refund.failed', ref, row!.providerRef!))).toBe(
      'applied',
    );
    const notes = await creditNotesOfOrder(t.deps.db, o.orderId);
    expect(notes).toHaveLength(2);
    const cancel = notes[1]!;
    expect(cancel.cancelsCreditNoteId).toBe(note!.id);
    expect(cancel.refundId).toBeNull();
    expect(cancel.number).toMatch(new RegExp(`^CN${note!.sellerId}-\\d{4}-\\d{6}$`));
    expect(cancel.number > note!.number).toBe(true);
    expect(cancel.totalMinor).toBe(-700);
    const vatOf = (n: { vatBreakdown: Array<{ vatMinor: number }> }) =>
      n.vatBreakdown.reduce((x, v) => x + v.vatMinor, 0);
    expect(vatOf(cancel) + vatOf(note!)).toBe(0);
    expect(cancel.reason).toContain(note!.number);
    const pdf = await renderCreditNote(cancel);
    // In the buyer's language, as the credit note it cancels (issue 13).
    expect(cancel.customer.locale).toBe(note!.customer.locale);
    expect(pdf.lines.join('\n')).toContain(
      docFormat(cancel.customer.locale!).t('doc.creditNote.cancelTitle', {
        cancels: note!.number,
        number: cancel.number,
      }),
    );
    expect((await creditNotesOfSeller(t.deps.db, note!.sellerId)).map((n) => n.number)).toContain(
      cancel.number,
    );
    // A second failure report issues nothing more.
    await handlePaymentEvent(t.deps, refundEvent('refund.failed', ref, row!.providerRef!));
    expect(await creditNotesOfOrder(t.deps.db, o.orderId)).toHaveLength(2);
    // Refunded again: a new credit note, its VAT as if the cancelled one had never been.
    const again = await refundOrderLine(t.deps, {
      orderLineId: line.id,
      amountMinor: 700,
      reason: 'Scratch',
      actor: { operatorId: 1 },
    });
    const third = (await creditNotesOfOrder(t.deps.db, o.orderId))[2]!;
    expect([third.refundId, third.totalMinor]).toEqual([again.refundId, 700]);
    expect(third.vatBreakdown).toEqual(note!.vatBreakdown);
  });
});
