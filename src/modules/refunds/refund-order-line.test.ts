import { and, count, eq, inArray, or, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import {
  acceptOrder,
  linesOf,
  offerPicks,
  type Pick,
  placeOrder,
  shipOrder,
  TEST_CARDS,
  type TestApp,
} from '../../../test/orders.ts';
import { listOutbox } from '../../platform/mail/outbox.store.ts';
import { allocate } from '../../platform/money.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { ledgerPostings, ledgerTransactions } from '../ledger/ledger.schema.ts';
import { offers } from '../offers/offers.schema.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import type { PaymentProvider, RefundInput } from '../payments/payment-provider.ts';
import { lineTotals } from './refund.rules.ts';
import { refundOrderLine } from './refund-order-line.ts';
import { refunds } from './refunds.schema.ts';

describe.each(ENGINES)('refundOrderLine on %s', (engine) => {
  let t: TestApp;
  let picks: Pick[];
  let next = 0;
  /** A different offer each time, so stock never runs out. */
  const pick = () => picks[next++ % picks.length]!;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    picks = await offerPicks(t);
  });
  afterAll(() => t.close());

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
  const txCount = async () => (await t.deps.db.select({ n: count() }).from(ledgerTransactions))[0]!.n;
  /** Net per account over the capture of a checkout and the given refunds. */
  const netOf = async (checkoutId: string, refundIds: number[]) => {
    const rows = await t.deps.db
      .select({
        account: ledgerPostings.account,
        s: sql<string>`sum(${ledgerPostings.amountMinor})`,
      })
      .from(ledgerPostings)
      .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
      .where(
        or(
          and(eq(ledgerTransactions.kind, 'payment_captured'), eq(ledgerTransactions.reference, checkoutId)),
          refundIds.length
            ? and(
                eq(ledgerTransactions.kind, 'refund'),
                inArray(ledgerTransactions.reference, refundIds.map(String)),
              )
            : sql`false`,
        ),
      )
      .groupBy(ledgerPostings.account);
    return new Map(rows.map((r) => [r.account, Number(r.s)]));
  };
  const oneLineOrder = async (opts: { quantity?: number; insurance?: boolean; card?: string } = {}) => {
    const p = pick();
    const email = `buyer-${next}@example.com`;
    const body = await placeOrder(t, {
      lines: [{ offerId: p.id, quantity: opts.quantity, insurance: opts.insurance }],
      card: opts.card,
      email,
    });
    const orderId = body.orders[0].id as number;
    const [line] = await linesOf(t, orderId);
    return { body, orderId, line: line!, offerId: p.id, sellerId: p.sellerId, email };
  };

  it('cancels a paid line in full: 1 → 4, restocked, recorded, commission returned, buyer emailed', async () => {
    const o = await oneLineOrder({ insurance: true });
    expect(o.line.state).toBe(1);
    const stock = await stockOf(o.offerId);
    const r = await refundOrderLine(t.deps, {
      orderLineId: o.line.id,
      reason: 'Item damaged in the warehouse',
      actor: { sellerId: o.sellerId },
    });
    const total = lineTotals(o.line).totalMinor;
    expect(r).toMatchObject({ status: 'succeeded', lineState: 4, amountMinor: total, refundedMinor: total });
    const [line] = await linesOf(t, o.orderId);
    expect(line!.state).toBe(4);
    const [order] = await t.deps.db.select().from(orders).where(eq(orders.id, o.orderId));
    expect(order!.state).toBe(9);
    expect(order!.cancelledAt).not.toBeNull();
    expect(await stockOf(o.offerId)).toBe(stock + o.line.quantity);
    const [row] = await t.deps.db.select().from(refunds).where(eq(refunds.id, r.refundId));
    expect(row).toMatchObject({ status: 'succeeded', amountMinor: total, orderLineId: o.line.id });
    expect(row!.providerRef).toMatch(/^sbx_/);
    expect(await ledgerSum()).toBe(0);
    const net = await netOf(o.body.checkoutId, [r.refundId]);
    expect(net.get(`seller_payable:${o.sellerId}`)).toBe(0);
    expect(net.get('platform_revenue:commission')).toBe(0);
    expect(net.get('insurer_payable') ?? 0).toBe(0);
    // The line's refund email, then (the checkout is now fully cancelled) the service fee's.
    const mails = await listOutbox(t.deps.db, { to: o.email, limit: 5 });
    expect(mails[0]!.template).toBe('refunds.service-fee-refunded');
    const mail = mails.find((m) => m.template === 'refunds.refund-issued');
    expect(mail!.textBody).toContain('Item damaged in the warehouse');
    const audit = await t.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'order.line_refunded'));
    expect(audit.map((a) => a.details)).toContainEqual({
      orderId: o.orderId,
      orderLineId: o.line.id,
      refundId: r.refundId,
      amountMinor: total,
      currency: 'EUR',
      reason: 'Item damaged in the warehouse',
      by: 'seller',
      sellerId: o.sellerId,
    });
  });

  it('refunds an accepted line in full only: 2 → 5; a partial amount is refused', async () => {
    const o = await oneLineOrder();
    await acceptOrder(t, o.orderId);
    await expect(
      refundOrderLine(t.deps, {
        orderLineId: o.line.id,
        amountMinor: 1,
        reason: 'x',
        actor: { operatorId: 1 },
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const r = await refundOrderLine(t.deps, {
      orderLineId: o.line.id,
      reason: 'Cannot ship',
      actor: { operatorId: 1 },
    });
    expect(r.lineState).toBe(5);
    expect(await ledgerSum()).toBe(0);
  });

  it('a shipped line refunded in parts returns exactly its total and the commission; it stays 3 until the last part', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        async (weights, insurance) => {
          const o = await oneLineOrder({ insurance, quantity: 2 });
          await shipOrder(t, o.orderId);
          const stock = await stockOf(o.offerId);
          const total = lineTotals(o.line).totalMinor;
          const parts = allocate(total, weights).filter((p) => p > 0);
          const ids: number[] = [];
          for (const [i, part] of parts.entries()) {
            const r = await refundOrderLine(t.deps, {
              orderLineId: o.line.id,
              amountMinor: part,
              reason: `part ${i + 1}`,
              actor: { operatorId: 1 },
            });
            ids.push(r.refundId);
            expect(r.lineState).toBe(i === parts.length - 1 ? 6 : 3);
          }
          const rows = await t.deps.db.select().from(refunds).where(inArray(refunds.id, ids));
          expect(rows.reduce((s, r) => s + r.amountMinor, 0)).toBe(total);
          const net = await netOf(o.body.checkoutId, ids);
          // The seller gets back to 0 on this order: goods returned, commission (and its VAT) given back.
          expect(net.get(`seller_payable:${o.sellerId}`)).toBe(0);
          expect(net.get('platform_revenue:commission')).toBe(0);
          expect(net.get('insurer_payable') ?? 0).toBe(0);
          expect(await ledgerSum()).toBe(0);
          expect(await stockOf(o.offerId)).toBe(stock); // shipped: no restock
          await expect(
            refundOrderLine(t.deps, {
              orderLineId: o.line.id,
              amountMinor: 1,
              reason: 'more',
              actor: { operatorId: 1 },
            }),
          ).rejects.toMatchObject({ code: 'CONFLICT' });
        },
      ),
      { numRuns: 6 },
    );
  });

  it('refuses a partial refund larger than what is left, and a seller refunding another seller’s line', async () => {
    const o = await oneLineOrder();
    await shipOrder(t, o.orderId);
    const total = lineTotals(o.line).totalMinor;
    await refundOrderLine(t.deps, {
      orderLineId: o.line.id,
      amountMinor: 100,
      reason: 'gesture',
      actor: { operatorId: 1 },
    });
    await expect(
      refundOrderLine(t.deps, {
        orderLineId: o.line.id,
        amountMinor: total,
        reason: 'too much',
        actor: { operatorId: 1 },
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      refundOrderLine(t.deps, {
        orderLineId: o.line.id,
        reason: 'x',
        actor: { sellerId: o.sellerId + 1000 },
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      refundOrderLine(t.deps, { orderLineId: o.line.id, reason: '  ', actor: { operatorId: 1 } }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const [line] = await linesOf(t, o.orderId);
    expect(line!.state).toBe(3);
  });

  it('refuses lines that were never paid (0, 7) or are final (4): 409, nothing changes', async () => {
    const pending = await oneLineOrder({ card: TEST_CARDS.challenge });
    expect(pending.line.state).toBe(0);
    const declined = await oneLineOrder({ card: TEST_CARDS.declined });
    expect(declined.line.state).toBe(7);
    const before = await txCount();
    for (const o of [pending, declined]) {
      await expect(
        refundOrderLine(t.deps, { orderLineId: o.line.id, reason: 'x', actor: { operatorId: 1 } }),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
    }
    const cancelled = await oneLineOrder();
    await refundOrderLine(t.deps, { orderLineId: cancelled.line.id, reason: 'x', actor: { operatorId: 1 } });
    await expect(
      refundOrderLine(t.deps, { orderLineId: cancelled.line.id, reason: 'again', actor: { operatorId: 1 } }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await txCount()).toBe(before + 3); // the capture, the one refund and the service fee's
    expect(
      (
        await t.deps.db
          .select()
          .from(refunds)
          .where(inArray(refunds.orderLineId, [pending.line.id, declined.line.id]))
      ).length,
    ).toBe(0);
    await expect(
      refundOrderLine(t.deps, { orderLineId: 99_999_999, reason: 'x', actor: { operatorId: 1 } }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('nothing changes when the provider refuses or cannot be reached; a later retry uses a new key', async () => {
    const o = await oneLineOrder();
    const stock = await stockOf(o.offerId);
    const txs = await txCount();
    const mails = (await listOutbox(t.deps.db, { to: o.email, limit: 50 })).length;
    const keys: string[] = [];
    const provider = (
      refund: (i: RefundInput) => Promise<Awaited<ReturnType<PaymentProvider['refund']>>>,
    ) => ({
      ...t.deps,
      payments: {
        ...t.deps.payments,
        refund: (i: RefundInput) => {
          keys.push(i.idempotencyKey);
          return refund(i);
        },
      },
    });
    await expect(
      refundOrderLine(
        provider(async () => ({ status: 'failed', providerRef: null, message: 'Balance too low' })),
        {
          orderLineId: o.line.id,
          reason: 'x',
          actor: { operatorId: 1 },
        },
      ),
    ).rejects.toMatchObject({ code: 'UNPROCESSABLE', message: expect.stringContaining('Balance too low') });
    await expect(
      refundOrderLine(
        provider(async () => {
          throw new Error('ECONNRESET');
        }),
        { orderLineId: o.line.id, reason: 'x', actor: { operatorId: 1 } },
      ),
    ).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
    const [line] = await linesOf(t, o.orderId);
    expect(line!.state).toBe(1);
    expect(await stockOf(o.offerId)).toBe(stock);
    expect(await txCount()).toBe(txs);
    expect((await listOutbox(t.deps.db, { to: o.email, limit: 50 })).length).toBe(mails);
    const attempts = await t.deps.db.select().from(refunds).where(eq(refunds.orderLineId, o.line.id));
    expect(attempts.map((a) => a.status)).toEqual(['failed']);
    // The refusal is recorded so the retry is a new provider request; the lost answer was not.
    const ok = await refundOrderLine(provider(t.deps.payments.refund), {
      orderLineId: o.line.id,
      reason: 'x',
      actor: { operatorId: 1 },
    });
    expect(ok.lineState).toBe(4);
    expect(keys).toEqual([
      `refund-${o.line.id}-1`,
      `refund-${o.line.id}-2`,
      `refund-${o.line.id}-2`,
      expect.stringMatching(/^refund-fee-/), // the checkout is fully cancelled: its service fee
    ]);
    const [after] = await t.deps.db.select().from(orderLines).where(eq(orderLines.id, o.line.id));
    expect(after!.state).toBe(4);
  });
});
