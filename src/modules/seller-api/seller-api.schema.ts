import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { sellers } from '../sellers/sellers.schema.ts';

/**
 * Answers to seller API writes sent with an `Idempotency-Key` (src/ws/ws-idempotency.ts), kept
 * 24 hours so a retry on any process gets the first answer back. A row without `status` is a
 * write in progress (claimed by one process); a claim older than a few minutes is abandoned.
 */
export const wsIdempotencyKeys = pgTable(
  'ws_idempotency_keys',
  {
    sellerId: integer('seller_id')
      .notNull()
      .references(() => sellers.id),
    method: text('method').notNull(),
    path: text('path').notNull(),
    key: text('key').notNull(),
    /** sha256 of content type and body: the same key with another body is refused. */
    requestHash: text('request_hash').notNull(),
    status: integer('status'),
    /** Response headers as [name, value] pairs, JSON. */
    headers: text('headers'),
    /** Response body, base64. */
    body: text('body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.sellerId, t.method, t.path, t.key] }),
    index('ws_idempotency_keys_created_idx').on(t.createdAt),
  ],
);
