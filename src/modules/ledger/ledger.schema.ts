import {
  bigint,
  bigserial,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/**
 * Double-entry ledger in integer minor units. A transaction's postings sum to zero per currency
 * (debits positive, credits negative); balances are sums of postings; nothing is updated in place.
 */
export const ledgerTransactions = pgTable(
  'ledger_transactions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** e.g. 'payment_captured', 'refund', 'payout', 'monthly_fee'. */
    kind: text('kind').notNull(),
    /** Makes posting idempotent: one transaction per (kind, reference). */
    reference: text('reference').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    description: text('description').notNull(),
  },
  (t) => [uniqueIndex('ledger_transactions_ref_uq').on(t.kind, t.reference)],
);

export const ledgerPostings = pgTable(
  'ledger_postings',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    transactionId: bigint('transaction_id', { mode: 'number' })
      .notNull()
      .references(() => ledgerTransactions.id),
    /** e.g. 'psp_clearing', 'seller_payable:12', 'platform_revenue:commission', 'vat_payable:FR'. */
    account: text('account').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
  },
  (t) => [
    index('ledger_postings_account_idx').on(t.account, t.currency),
    index('ledger_postings_txn_idx').on(t.transactionId),
  ],
);
