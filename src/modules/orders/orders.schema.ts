import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';
import { checkouts } from '../checkout/checkout.schema.ts';
import { offers } from '../offers/offers.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import type { PostalAddress } from './orders.types.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** One order per seller per checkout, with Back Market's order states. */
export const orders = pgTable(
  'orders',
  {
    id: serial('id').primaryKey(),
    checkoutId: uuid('checkout_id')
      .notNull()
      .references(() => checkouts.id),
    buyerUserId: integer('buyer_user_id').references(() => users.id),
    sellerId: integer('seller_id')
      .notNull()
      .references(() => sellers.id),
    market: text('market').notNull(),
    currency: text('currency').notNull(),
    /** BM OrderState: 0 new, 10 awaiting payment, 1 paid, 3 to ship, 8 not paid, 9 shipped. */
    state: integer('state').notNull(),
    shippingAddress: jsonb('shipping_address').$type<PostalAddress>().notNull(),
    billingAddress: jsonb('billing_address').$type<PostalAddress>().notNull(),
    buyerVatNumber: text('buyer_vat_number'),
    shippingOption: text('shipping_option').notNull(),
    itemsTotalMinor: integer('items_total_minor').notNull(),
    shippingTotalMinor: integer('shipping_total_minor').notNull(),
    insuranceTotalMinor: integer('insurance_total_minor').notNull(),
    /** This order's share of the checkout's service fee (allocated, sums to the fee). */
    serviceFeeShareMinor: integer('service_fee_share_minor').notNull(),
    vatTotalMinor: integer('vat_total_minor').notNull(),
    totalMinor: integer('total_minor').notNull(),
    /** Per rate and treatment: [{ treatment, rateBp, netMinor, vatMinor }]. */
    vatBreakdown: jsonb('vat_breakdown').$type<Array<Record<string, unknown>>>().notNull(),
    commissionMinor: integer('commission_minor').notNull(),
    /** Seller's gap-free invoice number, e.g. S12-2026-000042. */
    invoiceNumber: text('invoice_number'),
    createdAt: at('created_at').notNull(),
    paidAt: at('paid_at'),
    cancelledAt: at('cancelled_at'),
    shippedAt: at('shipped_at'),
    trackingNumber: text('tracking_number'),
    shipper: text('shipper'),
    /**
     * Bumped from a sequence by triggers on every change of the order or of one of its lines
     * (migration 0014): the seller's largest value versions its order list (seller API cache).
     */
    changeSeq: bigint('change_seq', { mode: 'number' }),
  },
  (t) => [
    index('orders_checkout_idx').on(t.checkoutId),
    index('orders_seller_change_idx').on(t.sellerId, t.changeSeq),
    index('orders_buyer_idx').on(t.buyerUserId, t.id),
    index('orders_seller_idx').on(t.sellerId, t.id),
    index('orders_state_idx').on(t.state),
  ],
);

export const orderLines = pgTable(
  'order_lines',
  {
    id: serial('id').primaryKey(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    offerId: integer('offer_id')
      .notNull()
      .references(() => offers.id),
    sku: text('sku').notNull(),
    productId: uuid('product_id').notNull(),
    productName: text('product_name').notNull(),
    grade: text('grade').notNull(),
    quantity: integer('quantity').notNull(),
    /** Price at the time of the order, incl. VAT where charged. */
    unitPriceMinor: integer('unit_price_minor').notNull(),
    shippingPriceMinor: integer('shipping_price_minor').notNull(),
    insurancePremiumMinor: integer('insurance_premium_minor').notNull(),
    vatType: text('vat_type', { enum: ['REGULAR', 'MARGINAL'] }).notNull(),
    vatTreatment: text('vat_treatment', { enum: ['standard', 'margin', 'reverse_charge'] }).notNull(),
    vatRateBp: integer('vat_rate_bp').notNull(),
    /** Informational per line; the invoice's VAT is computed per rate (EN 16931). */
    lineNetMinor: integer('line_net_minor').notNull(),
    lineVatMinor: integer('line_vat_minor').notNull(),
    commissionMinor: integer('commission_minor').notNull(),
    /** BM OrderLineState. */
    state: integer('state').notNull(),
    imei: text('imei'),
    serialNumber: text('serial_number'),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [index('order_lines_order_idx').on(t.orderId), index('order_lines_offer_idx').on(t.offerId)],
);

/** Gap-free invoice numbers per seller and year: taken with a row lock in the order's transaction. */
export const invoiceCounters = pgTable(
  'invoice_counters',
  {
    series: text('series').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.series, t.year] })],
);
