import { and, eq, inArray } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { toApiMoney } from '../../platform/money.ts';
import { type AuditAction, recordAudit } from '../audit/record-audit.ts';
import { enqueueEvent, type WebhookEvent } from '../seller-webhooks/seller-webhooks.ts';
import { markOrderPaidWithInvoiceNumber } from './invoice-number.ts';
import { ordersWithLinesOfCheckout, orderWithLines } from './order-queries.ts';
import {
  isClosedUndelivered,
  LINE,
  ORDER,
  type OrderLineEvent,
  type OrderLineState,
  orderStateFromLines,
  refundReversalTarget,
  refundTarget,
  shipOrder,
  transition,
  transitionEvent,
} from './order-states.ts';
import { orderLines, orders } from './orders.schema.ts';
import type { OrderLineRow, OrderRow } from './orders.types.ts';

/**
 * What happened to some order lines. Each change names its lines; the state each line goes to is
 * checked against the transition table (order-states.ts). After-sales changes (return requested,
 * returned, …) are added here as new kinds with their transitions in the table.
 */
export type LineChange =
  /** The checkout's payment is captured: every line 0 → 1 (payment_confirmed) or 8 → 1 (transfer_received). */
  | { kind: 'payment_captured'; checkoutId: string }
  /** The payment failed or the transfer is overdue: every line 0 → 7 (payment_refused) or 8 → 7 (payment_overdue). */
  | { kind: 'payment_failed'; checkoutId: string }
  /**
   * The payment of a released checkout arrived late and its stock was taken again (the caller's
   * transaction): every line 7 → 1, the orders paid as with `payment_captured`.
   */
  | { kind: 'late_payment_captured'; checkoutId: string }
  /** The seller accepts paid lines: 1 → 2. */
  | { kind: 'accept'; orderId: number; lineIds: number[] }
  /** The seller ships the whole order: every accepted line 2 → 3. */
  | { kind: 'ship'; orderId: number; trackingNumber: string; shipper: string | null }
  /**
   * A refund of one line was recorded: in full 1 → 4, 2 → 5, 3 → 6; in part, a shipped line stays
   * 3. Audited with the refund's details.
   */
  | {
      kind: 'refund';
      orderLineId: number;
      full: boolean;
      audit: ChangeAudit;
    }
  /**
   * A refund of one line that counted failed at the provider: 4 → 1, 5 → 2, 6 → 3 (a partly
   * refunded shipped line stays 3), so the line is refundable again. Audited.
   */
  | {
      kind: 'refund_failed';
      orderLineId: number;
      audit: ChangeAudit;
    };

/** Who made the change, its details, and what it changed besides the line's state (console audit). */
type ChangeAudit = {
  actorUserId: number | null;
  details: Record<string, unknown>;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
};

export type LineMove = {
  line: OrderLineRow;
  from: OrderLineState;
  to: OrderLineState;
  event: OrderLineEvent | null;
};
export type TransitionResult = {
  /** Every order the change touched, as it is now. */
  orders: OrderRow[];
  /** Each line that moved (or, for a partial refund, was touched), with its state before. */
  moves: LineMove[];
  /** Every line of the touched orders, as it is now. */
  lines: OrderLineRow[];
};

/** Which seller webhook each event sends: one `order.created` per order, or one `order_line.updated` per line. */
export const WEBHOOK_OF_EVENT: Readonly<Record<OrderLineEvent, WebhookEvent | null>> = {
  payment_confirmed: 'order.created',
  transfer_received: 'order.created',
  payment_refused: null,
  payment_overdue: null,
  accepted: 'order_line.updated',
  shipped: 'order_line.updated',
  cancelled: null,
  refunded_before_shipping: null,
  refunded_after_shipping: null,
  refund_reversed: 'order_line.updated',
  // The seller never saw the order (unpaid orders are not shown): it is created for them now.
  late_payment_captured: 'order.created',
};

/** Which change is written to the audit log (once per change). */
export const AUDIT_OF_CHANGE: Readonly<Partial<Record<LineChange['kind'], AuditAction>>> = {
  refund: 'order.line_refunded',
  refund_failed: 'order.line_refund_failed',
};

type Deps = { db: Db; clock: Pick<Clock, 'now'> };

/**
 * The one writer of order-line and order state. Moves the lines of `change` through the
 * transition table (a line that cannot make the move: CONFLICT), derives each touched order's
 * state from its lines, sets the order's dates (paid with its gap-free invoice number, shipped with
 * the tracking number, cancelled), and emits the seller webhooks and the audit entry. Call it in
 * the transaction of the change's cause (`deps.db` is then that transaction): the payment, the
 * refund, the seller's action.
 */
export async function transitionOrderLines(deps: Deps, change: LineChange): Promise<TransitionResult> {
  const now = deps.clock.now();
  const { scope, moves } = await planMoves(deps.db, change);

  // 1. The lines, one conditional statement per (from, to): a line moved meanwhile is a conflict.
  const groups = new Map<string, LineMove[]>();
  for (const m of moves) {
    const key = `${m.from}>${m.to}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  for (const group of groups.values()) {
    const { from, to } = group[0]!;
    const ids = group.map((m) => m.line.id);
    const done = await deps.db
      .update(orderLines)
      .set({ state: to, updatedAt: now })
      .where(and(inArray(orderLines.id, ids), eq(orderLines.state, from)))
      .returning({ id: orderLines.id });
    if (done.length !== ids.length)
      throw new AppError('CONFLICT', 'The order changed meanwhile: reload it and try again.');
  }

  // 2. The orders: state from their lines, and the dates of the change. Invoice numbers are taken
  //    in ascending seller order, so two checkouts of the same sellers never wait on each other's
  //    counters in opposite order; a paid order is written with its number in one statement.
  const after = new Map(moves.map((m) => [m.line.id, m.to]));
  const touched = [...scope.orders].sort((a, b) => a.sellerId - b.sellerId || a.id - b.id);
  const updated: OrderRow[] = [];
  for (const o of touched) {
    const states = scope.lines
      .filter((l) => l.orderId === o.id)
      .map((l) => after.get(l.id) ?? (l.state as OrderLineState));
    const patch: Partial<OrderRow> = { state: orderStateFromLines(states) };
    const paid = change.kind === 'payment_captured' || change.kind === 'late_payment_captured';
    if (paid) {
      patch.paidAt = now;
      if (change.kind === 'late_payment_captured') patch.cancelledAt = null;
    } else if (change.kind === 'payment_failed') {
      patch.cancelledAt = now;
    } else if (change.kind === 'ship') {
      patch.shippedAt = now;
      patch.trackingNumber = change.trackingNumber;
      patch.shipper = change.shipper?.slice(0, 100) ?? null;
    } else if (change.kind === 'refund' && states.every(isClosedUndelivered)) {
      patch.cancelledAt = now;
    } else if (change.kind === 'refund_failed' && !states.every(isClosedUndelivered)) {
      patch.cancelledAt = null;
    }
    if (paid) {
      patch.invoiceNumber = await markOrderPaidWithInvoiceNumber(deps.db, {
        orderId: o.id,
        series: `S${o.sellerId}`,
        year: now.getUTCFullYear(),
        state: patch.state!,
        paidAt: now,
        clearCancelled: change.kind === 'late_payment_captured',
      });
    } else {
      await deps.db.update(orders).set(patch).where(eq(orders.id, o.id));
    }
    updated.push({ ...o, ...patch });
  }
  updated.sort((a, b) => a.id - b.id);

  // 3. The sellers' integrations (signed webhooks, delivered by a job) and the audit log.
  await emitWebhooks(deps.db, change, updated, moves, now, scope.lines);
  const action = AUDIT_OF_CHANGE[change.kind];
  if (action && (change.kind === 'refund' || change.kind === 'refund_failed')) {
    const lineMove = moves.find((m) => m.line.id === change.orderLineId);
    await recordAudit(deps.db, {
      action,
      at: now,
      actorUserId: change.audit.actorUserId,
      details: change.audit.details,
      before: { lineState: lineMove?.from ?? null, ...change.audit.before },
      after: { lineState: lineMove?.to ?? null, ...change.audit.after },
    });
  }
  const lines = scope.lines.map((l) =>
    after.has(l.id) ? { ...l, state: after.get(l.id)!, updatedAt: now } : l,
  );
  return { orders: updated, moves, lines };
}

type Scope = { orders: OrderRow[]; lines: OrderLineRow[] };

/** The orders and lines a change concerns, and where each of its lines goes (checked). */
async function planMoves(db: Db, change: LineChange): Promise<{ scope: Scope; moves: LineMove[] }> {
  /** `stay`: the change touches the line without moving it (a partial refund of a shipped line). */
  const move = (line: OrderLineRow, to: OrderLineState, stay = false): LineMove => {
    const from = line.state as OrderLineState;
    if (stay && to === from) return { line, from, to, event: null };
    return { line, from, to: transition(from, to), event: transitionEvent(from, to) };
  };
  switch (change.kind) {
    case 'payment_captured':
    case 'payment_failed': {
      const { orders: os, lines } = await ordersWithLinesOfCheckout(db, change.checkoutId);
      const to = change.kind === 'payment_captured' ? LINE.paid : LINE.notPaid;
      const waiting = lines.filter((l) => l.state === LINE.new || l.state === LINE.awaitingPayment);
      return { scope: { orders: os, lines }, moves: waiting.map((l) => move(l, to)) };
    }
    case 'late_payment_captured': {
      const { orders: os, lines } = await ordersWithLinesOfCheckout(db, change.checkoutId);
      const moves = lines
        .filter((l) => l.state === LINE.notPaid)
        .map(
          (line): LineMove => ({ line, from: LINE.notPaid, to: LINE.paid, event: 'late_payment_captured' }),
        );
      return { scope: { orders: os, lines }, moves };
    }
    case 'accept': {
      const found = await orderWithLines(db, change.orderId);
      if (!found) throw AppError.notFound('Order');
      const targets = found.lines.filter((l) => change.lineIds.includes(l.id));
      if (targets.length !== new Set(change.lineIds).size) throw AppError.notFound('Order line');
      return {
        scope: { orders: [found.order], lines: found.lines },
        moves: targets.map((l) => move(l, LINE.accepted)),
      };
    }
    case 'ship': {
      const found = await orderWithLines(db, change.orderId);
      if (!found) throw AppError.notFound('Order');
      const next = shipOrder(found.lines.map((l) => l.state as OrderLineState)); // CONFLICT unless every line is decided
      const moves = found.lines
        .map((l, i) => ({ l, to: next[i]! }))
        .filter(({ l, to }) => to !== l.state)
        .map(({ l, to }) => move(l, to));
      return { scope: { orders: [found.order], lines: found.lines }, moves };
    }
    case 'refund': {
      const [line] = await db.select().from(orderLines).where(eq(orderLines.id, change.orderLineId));
      if (!line) throw AppError.notFound('Order line');
      const found = (await orderWithLines(db, line.orderId))!;
      const to = refundTarget(line.state as OrderLineState, change.full);
      return {
        scope: { orders: [found.order], lines: found.lines },
        moves: [move(line, to, !change.full)],
      };
    }
    case 'refund_failed': {
      const [line] = await db.select().from(orderLines).where(eq(orderLines.id, change.orderLineId));
      if (!line) throw AppError.notFound('Order line');
      const found = (await orderWithLines(db, line.orderId))!;
      const from = line.state as OrderLineState;
      const to = refundReversalTarget(from);
      return {
        scope: { orders: [found.order], lines: found.lines },
        moves: [{ line, from, to, event: to === from ? null : 'refund_reversed' }],
      };
    }
  }
}

async function emitWebhooks(
  db: Db,
  change: LineChange,
  updated: OrderRow[],
  moves: LineMove[],
  now: Date,
  scopeLines: OrderLineRow[],
): Promise<void> {
  const byOrder = new Set<number>();
  // The lines as they are now: the scope read before the change, with each move applied.
  const after = new Map(moves.map((m) => [m.line.id, m.to]));
  for (const m of moves) {
    const event = m.event ? WEBHOOK_OF_EVENT[m.event] : null;
    if (!event) continue;
    const order = updated.find((o) => o.id === m.line.orderId)!;
    if (event === 'order_line.updated') {
      await enqueueEvent(db, {
        sellerId: order.sellerId,
        event,
        now,
        payload: {
          order_id: order.id,
          order_line_id: m.line.id,
          sku: m.line.sku,
          previous_state: m.from,
          state: m.to,
          updated_at: now.toISOString(),
          ...(change.kind === 'ship'
            ? { tracking_number: change.trackingNumber, shipper: change.shipper ?? null }
            : {}),
        },
      });
    } else if (event === 'order.created' && !byOrder.has(order.id)) {
      byOrder.add(order.id);
      const lines = scopeLines
        .filter((l) => l.orderId === order.id)
        .map((l) => ({ ...l, state: after.get(l.id) ?? l.state }));
      await enqueueEvent(db, {
        sellerId: order.sellerId,
        event,
        now,
        payload: {
          order_id: order.id,
          state: ORDER.paid,
          date_creation: order.createdAt.toISOString(),
          country: (order.shippingAddress as { country?: string }).country ?? null,
          currency: order.currency,
          total: toApiMoney(order.totalMinor, order.currency),
          lines: lines.map((l) => ({
            order_line_id: l.id,
            listing_id: l.offerId,
            sku: l.sku,
            product_id: l.productId,
            quantity: l.quantity,
            price: toApiMoney(l.unitPriceMinor, order.currency),
            state: l.state,
          })),
        },
      });
    }
  }
}
