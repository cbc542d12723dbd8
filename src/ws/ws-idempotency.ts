/**
 * `Idempotency-Key` on seller API writes (POST, PATCH) — beyond Back Market, which has none.
 *
 * A write sent again with the same key and the same body (per seller, method and path) gets the
 * first answer back, marked `Idempotent-Replayed: true`, without running again; a concurrent
 * duplicate waits for the first. The same key with another body is refused (422). Answers with
 * status 5xx or 429 are not kept, so a retry runs again.
 *
 * LIMITATION: answers are kept in this process's memory (an LRU of MAX_ENTRIES, for TTL_MS).
 * There is no table for them (migrations belong to another change), so with several processes
 * behind a load balancer a retry that lands on another process runs again. The natural keys
 * still hold there: setting a listing's fields is idempotent by nature, order transitions refuse
 * a repeat (a line already accepted cannot be accepted again), IMEI is write-once, and the
 * invoice's storage key is fixed (`invoices/<orderId>.pdf`). Only a repeated CSV batch makes a
 * second task — whose lines are themselves idempotent updates by SKU.
 */
import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { Clock } from '../platform/clock.ts';
import type { AppEnv } from '../platform/http/app.ts';
import { wsAuthOf } from './ws-auth.ts';
import { wsErrorResponse } from './ws-errors.ts';

const MAX_ENTRIES = 10_000;
const TTL_MS = 24 * 3_600_000;
const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

type Stored = { status: number; headers: Array<[string, string]>; body: Uint8Array };
type Entry = { hash: string; at: number; answer: Promise<Stored | null> };

export type IdempotencyCache = { entries: Map<string, Entry> };

export function createIdempotencyCache(): IdempotencyCache {
  return { entries: new Map() };
}

function remember(cache: IdempotencyCache, id: string, entry: Entry): void {
  cache.entries.delete(id);
  cache.entries.set(id, entry);
  while (cache.entries.size > MAX_ENTRIES) {
    const oldest = cache.entries.keys().next().value;
    if (oldest === undefined) break;
    cache.entries.delete(oldest);
  }
}

function replay(s: Stored): Response {
  const res = new Response(s.body.byteLength ? s.body : null, { status: s.status });
  for (const [k, v] of s.headers) res.headers.set(k, v);
  res.headers.set('idempotent-replayed', 'true');
  return res;
}

/**
 * The middleware. `settle(c)` turns a handler's thrown error into the final response first, so
 * the answer kept is the one the client saw.
 */
export function wsIdempotency(
  cache: IdempotencyCache,
  clock: Clock,
  settle: (c: Context<AppEnv>) => void,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (key === undefined || !WRITES.has(c.req.method)) return next();
    if (key.length < 1 || key.length > 255 || !/^[\x20-\x7e]+$/.test(key)) {
      return wsErrorResponse(c, {
        status: 400,
        code: 'invalid-input',
        message: 'Idempotency-Key must be 1 to 255 printable ASCII characters',
      });
    }
    const body = new Uint8Array(await c.req.arrayBuffer());
    const hash = createHash('sha256')
      .update(`${c.req.header('content-type') ?? ''}\n`)
      .update(body)
      .digest('base64url');
    const id = `${wsAuthOf(c).sellerId}\u0000${c.req.method}\u0000${c.req.path}\u0000${key}`;
    const now = clock.now().getTime();
    const found = cache.entries.get(id);
    if (found && now - found.at < TTL_MS) {
      if (found.hash !== hash) {
        return wsErrorResponse(c, {
          status: 422,
          code: 'idempotency-key-reused',
          message: 'This Idempotency-Key was already used with another request body',
        });
      }
      const stored = await found.answer;
      if (stored) return replay(stored);
      // The first attempt was not kept (5xx / 429): run this one.
    }
    let resolve!: (s: Stored | null) => void;
    const answer = new Promise<Stored | null>((r) => {
      resolve = r;
    });
    remember(cache, id, { hash, at: now, answer });
    try {
      await next();
      settle(c);
      const res = c.res;
      if (res.status >= 500 || res.status === 429) {
        cache.entries.delete(id);
        resolve(null);
        return;
      }
      const stored: Stored = {
        status: res.status,
        headers: [...res.headers.entries()].filter(
          ([k]) => !/^(ratelimit-|retry-after|x-request-id|server-timing)/.test(k),
        ),
        body: new Uint8Array(await res.clone().arrayBuffer()),
      };
      resolve(stored);
    } catch (e) {
      cache.entries.delete(id);
      resolve(null);
      throw e;
    }
  };
}
