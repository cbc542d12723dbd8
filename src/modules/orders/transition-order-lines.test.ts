import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, type Pick } from '../../../test/orders.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { insertCheckout } from '../checkout/checkout.store.ts';
import { webhookDeliveries } from '../seller-webhooks/seller-webhooks.schema.ts';
import { subscribe } from '../seller-webhooks/seller-webhooks.ts';
import { createOrders, type NewOrderLine } from './create-orders.ts';
import {
  canTransition,
  LINE,
  ORDER,
  ORDER_LINE_STATES,
  type OrderLineState,
  orderStateFromLines,
} from './order-states.ts';
import { orderLines, orders } from './orders.schema.ts';
import { type LineChange, transitionOrderLines } from './transition-order-lines.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const address = { name: 'Ada', line1: '1 rue X', postalCode: '75004', city: 'Paris', country: 'FR' };

describe.each(ENGINES)('transitionOrderLines on %s', (engine) => {
  let t: T;
  let picks: Pick[];
  let seq = 0;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    picks = await offerPicks(t);
  });
  afterAll(() => t.close());

  const line = (offerId: number): NewOrderLine => ({
    offerId,
    sku: `SKU-${offerId}`,
    productId: '00000000-0000-4000-8000-000000000000',
    productName: 'Phone',
    grade: 'GOOD',
    quantity: 1,
    unitPriceMinor: 10000,
    shippingPriceMinor: 0,
    insurancePremiumMinor: 0,
    vatType: 'MARGINAL',
    vatTreatment: 'margin',
    vatRateBp: 0,
    lineNetMinor: 10000,
    lineVatMinor: 0,
    commissionMinor: 1000,
  });

  /** A checkout with one order per seller of `offerIds`, its lines in their first state. */
  const newCheckout = async (offerIds: number[], method: 'card' | 'bank_transfer' = 'card') => {
    const cart = await t.app.request('/api/v1/carts', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.90' },
      body: JSON.stringify({ market: 'fr-fr' }),
    });
    const cartId = ((await cart.json()) as { id: string }).id;
    const now = t.clock.now();
    const co = await insertCheckout(t.deps.db, {
      cartId,
      buyerUserId: null,
      buyerEmail: 'b@example.com',
      idempotencyKey: `transition-${++seq}`,
      requestHash: 'x',
      market: 'FR',
      currency: 'EUR',
      paymentMethod: method,
      serviceFeeMinor: 0,
      totalMinor: 10000 * offerIds.length,
      paymentDueAt: null,
      createdAt: now,
    });
    const bySeller = new Map<number, number[]>();
    for (const id of offerIds) {
      const s = picks.find((p) => p.id === id)!.sellerId;
      bySeller.set(s, [...(bySeller.get(s) ?? []), id]);
    }
    // The product of each line must exist (foreign keys): take it from the offer.
    const { orderIds } = await createOrders(
      { db: t.deps.db, now },
      {
        checkoutId: co!.id,
        buyerUserId: null,
        market: 'FR',
        currency: 'EUR',
        paymentMethod: method,
        shippingAddress: address,
        billingAddress: address,
        buyerVatNumber: null,
        orders: [...bySeller].map(([sellerId, ids]) => ({
          sellerId,
          shippingOption: 'colissimo',
          itemsTotalMinor: 10000 * ids.length,
          shippingTotalMinor: 0,
          insuranceTotalMinor: 0,
          serviceFeeShareMinor: 0,
          vatTotalMinor: 0,
          totalMinor: 10000 * ids.length,
          vatBreakdown: [],
          commissionMinor: 1000 * ids.length,
          lines: ids.map(line),
        })),
      },
    );
    const lines = await t.deps.db
      .select()
      .from(orderLines)
      .where(inArray(orderLines.orderId, orderIds))
      .orderBy(asc(orderLines.id));
    return { checkoutId: co!.id, orderIds, lines };
  };
  const setState = (lineId: number, state: OrderLineState) =>
    t.deps.db.update(orderLines).set({ state }).where(eq(orderLines.id, lineId));
  const stateOf = async (lineId: number) =>
    (await t.deps.db.select().from(orderLines).where(eq(orderLines.id, lineId)))[0]!.state;
  const orderOf = async (orderId: number) =>
    (await t.deps.db.select().from(orders).where(eq(orders.id, orderId)))[0]!;
  /** The change in its own transaction, as the callers run it: a refusal rolls everything back. */
  const run = (change: LineChange) =>
    t.deps.db.transaction((tx) => transitionOrderLines({ db: tx, clock: t.clock }, change));

  it('creates orders in 0 (card) or 10 (bank transfer) with their lines in 0 or 8', async () => {
    const card = await newCheckout([picks[0]!.id]);
    expect(card.lines.map((l) => l.state)).toEqual([LINE.new]);
    expect((await orderOf(card.orderIds[0]!)).state).toBe(ORDER.new);
    const transfer = await newCheckout([picks[0]!.id], 'bank_transfer');
    expect(transfer.lines.map((l) => l.state)).toEqual([LINE.awaitingPayment]);
    expect((await orderOf(transfer.orderIds[0]!)).state).toBe(ORDER.awaitingPayment);
  });

  // Every change from every state: allowed exactly when the transition table says so.
  const singleLineChanges: Array<{
    name: string;
    to: OrderLineState | null;
    change: (lineId: number, orderId: number) => LineChange;
  }> = [
    {
      name: 'accept',
      to: LINE.accepted,
      change: (lineId, orderId) => ({ kind: 'accept', orderId, lineIds: [lineId] }),
    },
    {
      name: 'ship',
      to: LINE.shipped,
      change: (_l, orderId) => ({ kind: 'ship', orderId, trackingNumber: 'TRK', shipper: 'UPS' }),
    },
    {
      name: 'refund in full',
      to: null, // 1 → 4, 2 → 5, 3 → 6
      change: (lineId) => ({
        kind: 'refund',
        orderLineId: lineId,
        full: true,
        audit: { actorUserId: null, details: {} },
      }),
    },
  ];
  const refundTo: Partial<Record<OrderLineState, OrderLineState>> = {
    [LINE.paid]: LINE.cancelled,
    [LINE.accepted]: LINE.refundedBeforeShipping,
    [LINE.shipped]: LINE.refundedAfterShipping,
  };

  it.each(singleLineChanges.map((c) => [c.name, c] as const))(
    '%s: allowed from exactly the table’s states',
    async (_n, c) => {
      const { lines, orderIds } = await newCheckout([picks[1]!.id]);
      const l = lines[0]!;
      for (const from of ORDER_LINE_STATES) {
        await setState(l.id, from);
        const to = c.to === null ? refundTo[from] : c.to;
        const allowed = to !== undefined && canTransition(from, to);
        if (allowed) {
          const r = await run(c.change(l.id, orderIds[0]!));
          expect(
            r.moves.map((m) => [m.from, m.to]),
            `${c.name} from ${from}`,
          ).toEqual([[from, to]]);
          expect(await stateOf(l.id)).toBe(to);
          expect((await orderOf(orderIds[0]!)).state).toBe(orderStateFromLines([to!]));
        } else {
          await expect(run(c.change(l.id, orderIds[0]!)), `${c.name} from ${from}`).rejects.toMatchObject({
            code: 'INVALID_STATE',
          });
          expect(await stateOf(l.id)).toBe(from);
        }
      }
    },
  );

  it('a partial refund keeps a shipped line in 3 and is refused before shipping', async () => {
    const { lines } = await newCheckout([picks[1]!.id]);
    const partial = (): LineChange => ({
      kind: 'refund',
      orderLineId: lines[0]!.id,
      full: false,
      audit: { actorUserId: null, details: {} },
    });
    for (const from of ORDER_LINE_STATES) {
      await setState(lines[0]!.id, from);
      if (from === LINE.shipped) {
        expect((await run(partial())).moves.map((m) => [m.from, m.to, m.event])).toEqual([[3, 3, null]]);
      } else await expect(run(partial())).rejects.toMatchObject({ code: 'INVALID_STATE' });
      expect(await stateOf(lines[0]!.id)).toBe(from);
    }
  });

  it('payment outcomes move the lines waiting for payment only (0 and 8), each by its own event', async () => {
    for (const [kind, to] of [
      ['payment_captured', LINE.paid],
      ['payment_failed', LINE.notPaid],
    ] as const) {
      for (const from of ORDER_LINE_STATES) {
        const { checkoutId, lines, orderIds } = await newCheckout([picks[3]!.id]);
        await setState(lines[0]!.id, from);
        const r = await run({ kind, checkoutId });
        const moves = from === LINE.new || from === LINE.awaitingPayment;
        expect(await stateOf(lines[0]!.id), `${kind} from ${from}`).toBe(moves ? to : from);
        expect(r.moves.map((m) => m.event)).toEqual(
          moves
            ? [
                {
                  payment_captured: { 0: 'payment_confirmed', 8: 'transfer_received' },
                  payment_failed: { 0: 'payment_refused', 8: 'payment_overdue' },
                }[kind][from as 0 | 8],
              ]
            : [],
        );
        const o = await orderOf(orderIds[0]!);
        if (kind === 'payment_captured') {
          expect(o.paidAt).not.toBeNull();
          expect(o.invoiceNumber).toMatch(/^S\d+-2026-\d{6}$/);
        } else expect(o.cancelledAt).not.toBeNull();
      }
    }
  });

  it('emits the seller webhook and the audit entry once, in the one place', async () => {
    // Two lines of one seller: one order.
    const seller = picks[4]!.sellerId;
    const two = picks.filter((p) => p.sellerId === seller).slice(0, 2);
    expect(two).toHaveLength(2);
    await subscribe(t.deps.db, {
      sellerId: seller,
      url: 'https://integration.example/hooks',
      events: ['order.created', 'order_line.updated'],
      now: t.clock.now(),
    });
    const { checkoutId, orderIds, lines } = await newCheckout(two.map((p) => p.id));
    const deliveries = async () =>
      (await t.deps.db.select().from(webhookDeliveries).orderBy(asc(webhookDeliveries.id)))
        .map((d) => ({ event: d.event, payload: d.payload as Record<string, unknown> }))
        .filter((d) => JSON.stringify(d.payload).includes(`"order_id":${orderIds[0]}`));
    const audits = async () =>
      (await t.deps.db.select().from(auditEvents)).filter(
        (a) => (a.details as { orderLineId?: number }).orderLineId === lines[0]!.id,
      );

    await run({ kind: 'payment_captured', checkoutId });
    expect((await deliveries()).map((d) => d.event)).toEqual(['order.created']);
    // A second capture finds nothing waiting: no second webhook.
    await run({ kind: 'payment_captured', checkoutId });
    expect((await deliveries()).map((d) => d.event)).toEqual(['order.created']);

    await run({ kind: 'accept', orderId: orderIds[0]!, lineIds: lines.map((l) => l.id) });
    const afterAccept = await deliveries();
    expect(afterAccept.map((d) => d.event)).toEqual([
      'order.created',
      'order_line.updated',
      'order_line.updated',
    ]);
    expect(afterAccept.slice(1).map((d) => [d.payload.previous_state, d.payload.state])).toEqual([
      [1, 2],
      [1, 2],
    ]);
    expect((await orderOf(orderIds[0]!)).state).toBe(ORDER.toShip);

    await run({
      kind: 'refund',
      orderLineId: lines[0]!.id,
      full: true,
      audit: { actorUserId: null, details: { orderLineId: lines[0]!.id, refundId: 1 } },
    });
    expect(await audits()).toHaveLength(1);
    expect((await audits())[0]!.action).toBe('order.line_refunded');
    expect(await deliveries()).toHaveLength(3); // refunds send no webhook (as before)

    await run({ kind: 'ship', orderId: orderIds[0]!, trackingNumber: 'TRK9', shipper: 'UPS' });
    const shipped = (await deliveries()).slice(3);
    expect(shipped).toHaveLength(1); // the refunded line stays out of the parcel
    expect(shipped[0]!.payload).toMatchObject({
      state: 3,
      previous_state: 2,
      tracking_number: 'TRK9',
      shipper: 'UPS',
    });
    expect(await orderOf(orderIds[0]!)).toMatchObject({ state: ORDER.processed, trackingNumber: 'TRK9' });
    expect(await audits()).toHaveLength(1);
  });
});
