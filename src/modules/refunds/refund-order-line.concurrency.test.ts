/**
 * Defect 12: two lines of one order refunded at once, on PostgreSQL (PGlite has one connection:
 * nothing runs concurrently there). Each refund used to lock only its own line, so each
 * transaction read the other line as still paid: the order kept state 1 (paid) with both lines
 * cancelled, and the commission returned by the second refund was computed without the first.
 * Refunds of one seller now run under the seller's money lock (lockSellerMoney).
 */
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { linesOf, offerPicks, placeOrder, shipOrder, type TestApp } from '../../../test/orders.ts';
import { ledgerPostings, ledgerTransactions } from '../ledger/ledger.schema.ts';
import { orders } from '../orders/orders.schema.ts';
import { paymentOfCheckout } from '../payments/payment-queries.ts';
import { lineTotals } from './refund.rules.ts';
import { refundOrderLine } from './refund-order-line.ts';
import { refunds } from './refunds.schema.ts';

describe.skipIf(!ENGINES.includes('postgres'))('concurrent refunds of one order on postgres', () => {
  let t: TestApp;
  let pair: Array<{ id: number; sellerId: number }>;
  let candidates: Array<Array<{ id: number; sellerId: number }>>;
  beforeAll(async () => {
    t = await createTestApp('postgres', { products: 12, sellers: 4, offers: 80 });
    const picks = await offerPicks(t);
    candidates = [];
    for (const a of picks)
      for (const b of picks) if (a.id < b.id && a.sellerId === b.sellerId) candidates.push([a, b]);
  }, 60_000);
  /** A two-line order of one seller (the first pair of offers the seller ships together). */
  // biome-ignore lint/suspicious/noExplicitAny: test convenience
  const twoLineOrder = async (): Promise<any> => {
    while (!pair) {
      const c = candidates.shift()!;
      try {
        const body = await placeOrder(t, { lines: c.map((p) => ({ offerId: p.id, quantity: 1 })) });
        pair = c;
        return body;
      } catch {}
    }
    return placeOrder(t, { lines: pair.map((p) => ({ offerId: p.id, quantity: 1 })) });
  };
  afterAll(() => t?.close());

  const net = async (checkoutId: string, refundIds: number[]) => {
    const rows = await t.deps.db
      .select({ account: ledgerPostings.account, s: sql<string>`sum(${ledgerPostings.amountMinor})` })
      .from(ledgerPostings)
      .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
      .where(
        or(
          and(eq(ledgerTransactions.kind, 'payment_captured'), eq(ledgerTransactions.reference, checkoutId)),
          and(
            eq(ledgerTransactions.kind, 'refund'),
            inArray(ledgerTransactions.reference, refundIds.map(String)),
          ),
        ),
      )
      .groupBy(ledgerPostings.account);
    return new Map(rows.map((r) => [r.account, Number(r.s)]));
  };

  it('both lines cancelled at once: the order is cancelled and the commission returned exactly', async () => {
    for (let round = 0; round < 5; round++) {
      const body = await twoLineOrder();
      const orderId = body.orders[0].id as number;
      const lines = await linesOf(t, orderId);
      expect(lines).toHaveLength(2);
      const done = await Promise.all(
        lines.map((l) =>
          refundOrderLine(t.deps, { orderLineId: l.id, reason: 'Cancelled', actor: { operatorId: 1 } }),
        ),
      );
      const [order] = await t.deps.db.select().from(orders).where(eq(orders.id, orderId));
      expect(order!.state, `round ${round}`).toBe(9);
      expect(order!.cancelledAt, `round ${round}`).not.toBeNull();
      const n = await net(
        body.checkoutId,
        done.map((d) => d.refundId),
      );
      expect(n.get(`seller_payable:${pair[0]!.sellerId}`) ?? 0, `round ${round}`).toBe(0);
      expect(n.get('platform_revenue:commission') ?? 0, `round ${round}`).toBe(0);
      // Both last lines closed at once: the checkout's service fee is refunded once.
      const pay = await paymentOfCheckout(t.deps.db, body.checkoutId);
      const fee = await t.deps.db
        .select()
        .from(refunds)
        .where(and(eq(refunds.paymentId, pay!.id), isNull(refunds.orderLineId)));
      expect(
        fee.filter((f) => f.status !== 'failed'),
        `round ${round}`,
      ).toHaveLength(1);
    }
  });

  it('two partial refunds of two shipped lines at once return the commission exactly once the order is refunded', async () => {
    for (let round = 0; round < 5; round++) {
      const body = await twoLineOrder();
      const orderId = body.orders[0].id as number;
      await shipOrder(t, orderId);
      const lines = await linesOf(t, orderId);
      const first = await Promise.all(
        lines.map((l) =>
          refundOrderLine(t.deps, {
            orderLineId: l.id,
            amountMinor: Math.floor(lineTotals(l).totalMinor / 3),
            reason: 'part',
            actor: { operatorId: 1 },
          }),
        ),
      );
      const rest = await Promise.all(
        lines.map((l) =>
          refundOrderLine(t.deps, { orderLineId: l.id, reason: 'rest', actor: { operatorId: 1 } }),
        ),
      );
      const n = await net(
        body.checkoutId,
        [...first, ...rest].map((d) => d.refundId),
      );
      expect(n.get(`seller_payable:${pair[0]!.sellerId}`) ?? 0, `round ${round}`).toBe(0);
      expect(n.get('platform_revenue:commission') ?? 0, `round ${round}`).toBe(0);
    }
  });
});
