import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { sellers } from '../sellers/sellers.schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

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

/** Seller API keys (Back Market–style `Authorization: Basic <token>`), stored hashed, shown once. */
export const sellerApiKeys = pgTable(
  'seller_api_keys',
  {
    id: serial('id').primaryKey(),
    sellerId: integer('seller_id')
      .notNull()
      .references(() => sellers.id),
    name: text('name').notNull(),
    /** First characters, to recognise a key in the portal. */
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdBy: integer('created_by'),
    createdAt: at('created_at').notNull(),
    lastUsedAt: at('last_used_at'),
    revokedAt: at('revoked_at'),
  },
  (t) => [index('seller_api_keys_seller_idx').on(t.sellerId)],
);

/**
 * Background tasks (CSV listing imports): progress and a per-line error report. A run claims the
 * task with a lease (`lease_until`, database time) that it renews as it goes; `attempts` numbers
 * the claims and fences each run's writes, so a task taken over after its lease expired is
 * written by one run only (listing-task-lease.ts).
 */
export const sellerTasks = pgTable(
  'seller_tasks',
  {
    id: serial('id').primaryKey(),
    sellerId: integer('seller_id')
      .notNull()
      .references(() => sellers.id),
    kind: text('kind').notNull(),
    status: text('status', { enum: ['pending', 'running', 'done', 'failed'] }).notNull(),
    total: integer('total').notNull().default(0),
    processed: integer('processed').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    input: text('input').notNull(),
    errors: jsonb('errors')
      .$type<Array<{ line: number; sku?: string; message: string }>>()
      .notNull()
      .default([]),
    createdAt: at('created_at').notNull(),
    finishedAt: at('finished_at'),
    /** Pending: when the job may start it if the receiving process has not; running: until when the run holds it. */
    leaseUntil: at('lease_until'),
    attempts: integer('attempts').notNull().default(0),
  },
  (t) => [
    index('seller_tasks_seller_idx').on(t.sellerId, t.createdAt),
    index('seller_tasks_open_idx').on(t.leaseUntil).where(sql`${t.status} in ('pending', 'running')`),
  ],
);
