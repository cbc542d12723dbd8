/**
 * `Idempotency-Key` on seller API writes (POST, PATCH, PUT, DELETE) — beyond Back Market, which
 * has none.
 *
 * A write sent again with the same key and the same body (per seller, method and path) gets the
 * first answer back, marked `Idempotent-Replayed: true`, without running again. The same key with
 * another body is refused (422, code IDEMPOTENCY_KEY_REUSED: `idempotency-key-reused`). Answers with status 5xx or 429 are not kept, so a retry runs again.
 *
 * Keys live 24 hours in `ws_idempotency_keys` (src/modules/seller-api/idempotency-keys.ts), so a
 * retry landing on any process gets the answer. A request first claims its key with a row without
 * answer, runs, then writes the answer into it (or deletes it: not kept, or the handler threw). A
 * duplicate arriving meanwhile waits for the first when both are in this process; when the claim
 * is another process's, it gets 409 `idempotency-key-in-progress` with `Retry-After: 1`. A claim
 * older than a minute was abandoned (its process died) and is taken over; a row older than 24
 * hours counts as absent, and a job purges it (purge-idempotency-keys.ts).
 */
import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  type IdempotencyKeyId,
  type KeptAnswer,
  readIdempotencyKey,
  releaseIdempotencyKey,
} from '../modules/seller-api/idempotency-keys.ts';
import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db/client.ts';
import type { AppEnv } from '../platform/http/app.ts';
import type { Logger } from '../platform/logger.ts';
import { wsAuthOf } from './ws-auth.ts';
import { WS_ONLY_CODES, wsErrorOf, wsErrorResponse } from './ws-errors.ts';

const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
/** Headers of the first answer that describe that exchange only, never replayed. */
const NOT_KEPT = /^(ratelimit-|retry-after|x-request-id|server-timing)/;

type InFlight = { hash: string; answer: Promise<KeptAnswer | null> };

/** What makes two requests with one key the same: content type and body. */
export function requestHash(contentType: string | undefined, body: Uint8Array): string {
  return createHash('sha256')
    .update(`${contentType ?? ''}\n`)
    .update(body)
    .digest('base64url');
}

function replay(s: KeptAnswer): Response {
  const res = new Response(s.body.byteLength ? s.body : null, { status: s.status });
  for (const [k, v] of s.headers) res.headers.set(k, v);
  res.headers.set('idempotent-replayed', 'true');
  return res;
}

const reused = (c: Context) =>
  wsErrorResponse(
    c,
    wsErrorOf(c, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with another request body'),
  );

const inProgress = (c: Context) =>
  wsErrorResponse(
    c,
    {
      status: 409,
      code: WS_ONLY_CODES.idempotencyKeyInProgress,
      message: 'A request with this Idempotency-Key is still in progress; retry shortly',
    },
    { 'retry-after': '1' },
  );

/**
 * The middleware. `settle(c)` turns a handler's thrown error into the final response first, so
 * the answer kept is the one the client saw.
 */
export function wsIdempotency(
  deps: { db: Db; clock: Clock; logger: Logger },
  settle: (c: Context<AppEnv>) => void,
): MiddlewareHandler<AppEnv> {
  const { db, clock, logger } = deps;
  // Requests of this process holding a claim, so that a duplicate here waits instead of a 409.
  const inFlight = new Map<string, InFlight>();

  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (key === undefined || !WRITES.has(c.req.method)) return next();
    if (key.length < 1 || key.length > 255 || !/^[\x20-\x7e]+$/.test(key)) {
      return wsErrorResponse(
        c,
        wsErrorOf(c, 'INVALID_INPUT', 'Idempotency-Key must be 1 to 255 printable ASCII characters'),
      );
    }
    const hash = requestHash(c.req.header('content-type'), new Uint8Array(await c.req.arrayBuffer()));
    const id: IdempotencyKeyId = {
      sellerId: wsAuthOf(c).sellerId,
      method: c.req.method,
      path: c.req.path,
      key,
    };
    const local = `${id.sellerId}\u0000${id.method}\u0000${id.path}\u0000${key}`;

    for (let first = inFlight.get(local); first; first = inFlight.get(local)) {
      if (first.hash !== hash) return reused(c);
      const kept = await first.answer;
      if (kept) return replay(kept);
      // The first attempt was not kept (or not run here): go on, or wait for the next one.
    }
    let kept: KeptAnswer | null = null;
    let resolve!: (s: KeptAnswer | null) => void;
    const pending = new Promise<KeptAnswer | null>((r) => {
      resolve = r;
    });
    inFlight.set(local, { hash, answer: pending });
    try {
      let claimedAt: Date | null = null;
      // A row released between the claim and the read is claimed again, a few times at most.
      for (let attempt = 0; attempt < 3; attempt++) {
        claimedAt = await claimIdempotencyKey(db, id, hash, clock.now());
        if (claimedAt) break;
        const row = await readIdempotencyKey(db, id);
        if (!row) continue;
        if (row.requestHash !== hash) return reused(c);
        if (!row.answer) return inProgress(c);
        kept = row.answer;
        return replay(row.answer);
      }
      if (!claimedAt) return inProgress(c);

      const release = () =>
        releaseIdempotencyKey(db, id, claimedAt).catch((err) =>
          // The claim stays until abandoned (a minute): retries get 409 meanwhile.
          logger.error({ err }, 'ws idempotency key not released'),
        );
      try {
        await next();
        settle(c);
      } catch (e) {
        await release();
        throw e;
      }
      const res = c.res;
      if (res.status >= 500 || res.status === 429) {
        await release();
        return;
      }
      const stored: KeptAnswer = {
        status: res.status,
        headers: [...res.headers.entries()].filter(([k]) => !NOT_KEPT.test(k)),
        body: new Uint8Array(await res.clone().arrayBuffer()),
      };
      try {
        await completeIdempotencyKey(db, id, claimedAt, stored, clock.now());
        kept = stored;
      } catch (err) {
        // The write is done: answer it. A retry meets the claim (409), then takes it over.
        logger.error({ err }, 'ws idempotency answer not kept');
      }
    } finally {
      inFlight.delete(local);
      resolve(kept);
    }
  };
}
