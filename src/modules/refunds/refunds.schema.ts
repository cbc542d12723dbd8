import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orderLines } from '../orders/orders.schema.ts';
import { payments } from '../payments/payments.schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

export const refunds = pgTable(
  'refunds',
  {
    id: serial('id').primaryKey(),
    paymentId: uuid('payment_id')
      .notNull()
      .references(() => payments.id),
    /** Null: the checkout's service fee, refunded once every line of the checkout is. */
    orderLineId: integer('order_line_id').references(() => orderLines.id),
    /**
     * 'line': a refund of the line (goods, shipping and insurance, split pro rata); 'insurance':
     * the premium of a unit whose policy the insurer would not issue (refund-unbound-insurance.ts),
     * which reduces the line's refundable insurance and is never the seller's money;
     * 'late_payment': money that arrived for a released checkout, owed back to the buyer
     * (checkout's settle-late-payment.ts through refund-late-payment.ts; no line).
     */
    kind: text('kind', { enum: ['line', 'insurance', 'late_payment'] })
      .notNull()
      .default('line'),
    /** Kind 'insurance': the unit (1-based) of the line whose policy could not be issued. */
    insuranceUnit: integer('insurance_unit'),
    /** Kind 'late_payment': the provider's reference of the late charge refunded. */
    lateChargeRef: text('late_charge_ref'),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['pending', 'succeeded', 'failed'] }).notNull(),
    providerRef: text('provider_ref'),
    /** The refund put the line's units back on sale (and no failure has taken them back since). */
    restocked: boolean('restocked').notNull().default(false),
    /** When the provider confirmed the outcome (succeeded or failed) after 'pending'. */
    settledAt: at('settled_at'),
    /** A refund that had counted (pending or succeeded) failed later: its effects were reversed. */
    reversedAt: at('reversed_at'),
    failureMessage: text('failure_message'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    index('refunds_payment_idx').on(t.paymentId),
    index('refunds_provider_ref_idx').on(t.providerRef),
    index('refunds_status_idx').on(t.status, t.createdAt),
  ],
);

/**
 * A console refund above REFUND_APPROVAL_THRESHOLD_CENTS asked by a non-admin operator: it waits
 * for a second operator (admin or compliance, not the requester) who approves it (the refund is
 * then made through refund-order-line.ts) or rejects it with a reason. At most one pending per line.
 */
export const refundApprovals = pgTable(
  'refund_approvals',
  {
    id: serial('id').primaryKey(),
    orderLineId: integer('order_line_id')
      .notNull()
      .references(() => orderLines.id),
    orderId: integer('order_id').notNull(),
    /** Null: everything left to refund on the line when it is approved. */
    amountMinor: integer('amount_minor'),
    /** What the request would refund when it was made (shown to the approver). */
    requestedMinor: integer('requested_minor').notNull(),
    currency: text('currency').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] }).notNull(),
    requestedBy: integer('requested_by').notNull(),
    requestedAt: at('requested_at').notNull(),
    decidedBy: integer('decided_by'),
    decidedAt: at('decided_at'),
    rejectionReason: text('rejection_reason'),
    refundId: integer('refund_id').references(() => refunds.id),
  },
  (t) => [
    uniqueIndex('refund_approvals_one_pending_per_line')
      .on(t.orderLineId)
      .where(sql`${t.status} = 'pending'`),
    index('refund_approvals_status_idx').on(t.status, t.requestedAt),
  ],
);
