/**
 * The rows behind `Idempotency-Key` on the seller API (src/ws/ws-idempotency.ts), one per seller,
 * method, path and key. A row without `status` is a claim: the request that wrote it is running.
 * Its `created_at` is the claim's token: the owner completes or releases the row only while it
 * still holds that value, so a claim taken over never has its answer overwritten by the old owner.
 */
import { and, eq, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { wsIdempotencyKeys as k } from './seller-api.schema.ts';

/** A key is remembered this long; an older row counts as absent and is purged by a job. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 3_600_000;
/** A claim older than this was abandoned (its process died): a retry takes it over. */
export const IDEMPOTENCY_CLAIM_ABANDONED_MS = 60_000;

export type IdempotencyKeyId = { sellerId: number; method: string; path: string; key: string };
export type KeptAnswer = { status: number; headers: Array<[string, string]>; body: Uint8Array };
export type IdempotencyKeyRow = { requestHash: string; answer: KeptAnswer | null };

const byId = (id: IdempotencyKeyId) =>
  and(eq(k.sellerId, id.sellerId), eq(k.method, id.method), eq(k.path, id.path), eq(k.key, id.key));

/** The row of a claim still held: same id, same `created_at`, no answer yet. */
const claimOf = (id: IdempotencyKeyId, claimedAt: Date) =>
  and(byId(id), eq(k.createdAt, claimedAt), isNull(k.status));

/**
 * Claim a key for a request, in one statement: a new row, or over an existing one that is expired
 * (any body) or an abandoned claim of the same body. Returns the claim's token, or null when the
 * key is held by a live row (an answer or a claim in progress) — read it with readIdempotencyKey.
 */
export async function claimIdempotencyKey(
  db: Db,
  id: IdempotencyKeyId,
  requestHash: string,
  now: Date,
): Promise<Date | null> {
  const at = now.getTime();
  const [row] = await db
    .insert(k)
    .values({ ...id, requestHash, createdAt: now })
    .onConflictDoUpdate({
      target: [k.sellerId, k.method, k.path, k.key],
      set: { requestHash, status: null, headers: null, body: null, createdAt: now, completedAt: null },
      setWhere: or(
        lte(k.createdAt, new Date(at - IDEMPOTENCY_KEY_TTL_MS)),
        and(
          isNull(k.status),
          eq(k.requestHash, requestHash),
          lte(k.createdAt, new Date(at - IDEMPOTENCY_CLAIM_ABANDONED_MS)),
        ),
      ),
    })
    .returning({ createdAt: k.createdAt });
  return row?.createdAt ?? null;
}

/** The row holding a key: its request hash and, once completed, the answer kept. */
export async function readIdempotencyKey(db: Db, id: IdempotencyKeyId): Promise<IdempotencyKeyRow | null> {
  const [row] = await db
    .select({ requestHash: k.requestHash, status: k.status, headers: k.headers, body: k.body })
    .from(k)
    .where(byId(id));
  if (!row) return null;
  return {
    requestHash: row.requestHash,
    answer:
      row.status === null
        ? null
        : {
            status: row.status,
            headers: JSON.parse(row.headers ?? '[]') as Array<[string, string]>,
            body: new Uint8Array(Buffer.from(row.body ?? '', 'base64')),
          },
  };
}

/** Keep the answer of a claim still held (a claim taken over meanwhile is left to its new owner). */
export async function completeIdempotencyKey(
  db: Db,
  id: IdempotencyKeyId,
  claimedAt: Date,
  answer: KeptAnswer,
  now: Date,
): Promise<void> {
  await db
    .update(k)
    .set({
      status: answer.status,
      headers: JSON.stringify(answer.headers),
      body: Buffer.from(answer.body).toString('base64'),
      completedAt: now,
    })
    .where(claimOf(id, claimedAt));
}

/** Give a claim up (the request failed or is not to be kept): the next attempt runs. */
export async function releaseIdempotencyKey(db: Db, id: IdempotencyKeyId, claimedAt: Date): Promise<void> {
  await db.delete(k).where(claimOf(id, claimedAt));
}
