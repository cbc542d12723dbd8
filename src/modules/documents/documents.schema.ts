import {
  type AnyPgColumn,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { orderLines, orders } from '../orders/orders.schema.ts';
import { refunds } from '../refunds/refunds.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import type { CreditNoteLine, InvoiceParty, VatRateTotal } from './documents.types.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Credit notes issued in a seller's name (on its behalf) against its invoice for an order, one per
 * settled refund. Numbered in the seller's own gap-free series per year (CN<sellerId>-<year>-NNNNNN,
 * taken from invoice_counters through orders/invoice-number.ts in the issuing transaction). Every
 * printed detail is stored when issued, so the document never changes afterwards.
 */
export const creditNotes = pgTable(
  'credit_notes',
  {
    id: serial('id').primaryKey(),
    number: text('number').notNull().unique(),
    sellerId: integer('seller_id')
      .notNull()
      .references(() => sellers.id),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    orderLineId: integer('order_line_id').references(() => orderLines.id),
    /**
     * A cancellation: this document cancels that credit note (its refund failed after it had
     * succeeded), in the same series, with the original's amounts negated. At most one per note.
     */
    cancelsCreditNoteId: integer('cancels_credit_note_id')
      .unique()
      .references((): AnyPgColumn => creditNotes.id),
    /** The refund it documents: one credit note per refund (none on a cancellation). */
    refundId: integer('refund_id')
      .unique()
      .references(() => refunds.id),
    /** The invoice it corrects (Art. 219: refers to it unambiguously). */
    invoiceNumber: text('invoice_number').notNull(),
    invoiceIssuedAt: at('invoice_issued_at').notNull(),
    currency: text('currency').notNull(),
    issuedAt: at('issued_at').notNull(),
    reason: text('reason').notNull(),
    supplier: jsonb('supplier').$type<InvoiceParty>().notNull(),
    customer: jsonb('customer').$type<InvoiceParty>().notNull(),
    lines: jsonb('lines').$type<CreditNoteLine[]>().notNull(),
    /** Credited amounts per treatment and rate (positive), VAT pro rata of the invoice's per rate. */
    vatBreakdown: jsonb('vat_breakdown').$type<VatRateTotal[]>().notNull(),
    /** Σ gross credited (what the seller's invoice total is reduced by). */
    totalMinor: integer('total_minor').notNull(),
  },
  (t) => [
    index('credit_notes_seller_idx').on(t.sellerId, t.id),
    index('credit_notes_order_idx').on(t.orderId),
  ],
);

/**
 * Reloop's monthly invoices to sellers, stored when first issued (after the month is over):
 * issuing again returns this row, so later postings never change an issued invoice.
 */
export const platformInvoices = pgTable(
  'platform_invoices',
  {
    sellerId: integer('seller_id')
      .notNull()
      .references(() => sellers.id),
    /** YYYY-MM. */
    period: text('period').notNull(),
    number: text('number').notNull().unique(),
    issuedAt: at('issued_at').notNull(),
    /** The whole document as issued (platform-invoice.ts PlatformInvoiceData, dates as ISO strings). */
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.period] })],
);
