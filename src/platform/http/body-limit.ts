import type { Context, Env, MiddlewareHandler } from 'hono';
import { AppError } from '../errors.ts';

/** How much body one request may send. */
export type BodyLimit = {
  /** The most this route ever takes: a larger Content-Length is refused before anything else runs. */
  maxBytes: number;
  /**
   * The limit in force when the body is first read, asked then (after authentication): an upload
   * route allows `maxBytes` to an authenticated caller only. Never more than `maxBytes`.
   */
  whenRead?: () => number;
};

export type BodyLimitOptions<E extends Env> = {
  limitOf: (c: Context<E>) => BodyLimit;
  /** The 413 answer: returned, or thrown (an AppError the app's onError renders). */
  refuse: (c: Context<E>, maxBytes: number) => Response | Promise<Response>;
};

function declaredLength(c: Context): number | null {
  if (c.req.header('transfer-encoding')) return null;
  const raw = c.req.header('content-length');
  return raw && /^\d{1,15}$/.test(raw) ? Number(raw) : null;
}

/**
 * Bound every request body before anything reads it. A declared length over the route's limit is
 * refused at once; otherwise the body is wrapped, not read: the bytes are counted as the handler
 * (or the CSRF check) pulls them, and the stream fails past the limit — so a chunked upload
 * without a length never sits in memory beyond the limit, and a request answered without reading
 * its body (401, 429) never reads it at all. Whatever the reader made of the failure, the answer
 * is 413.
 */
export function streamingBodyLimit<E extends Env>({
  limitOf,
  refuse,
}: BodyLimitOptions<E>): MiddlewareHandler<E> {
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const limit = limitOf(c);
    const declared = declaredLength(c);
    if (declared !== null && declared > limit.maxBytes) return refuse(c, limit.maxBytes);

    let allowed: number | undefined;
    let refusedAt: number | null = null;
    let size = 0;
    const reader = body.getReader();
    const tooLarge = (controller: ReadableStreamDefaultController<Uint8Array>, maxBytes: number) => {
      refusedAt = maxBytes;
      controller.error(payloadTooLarge(maxBytes));
      // The rest is left unread: the server drains or closes the connection after the answer.
      reader.releaseLock();
    };
    const bounded = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          allowed ??= Math.min(limit.maxBytes, limit.whenRead?.() ?? limit.maxBytes);
          if (declared !== null && declared > allowed) return tooLarge(controller, allowed);
          const { done, value } = await reader.read();
          if (done) return controller.close();
          size += value.byteLength;
          if (size > allowed) return tooLarge(controller, allowed);
          controller.enqueue(value);
        },
        cancel: (reason) => reader.cancel(reason),
      },
      // Nothing is pulled until someone reads: the limit is decided then, by who the caller is.
      { highWaterMark: 0 },
    );
    c.req.raw = new Request(c.req.raw, { body: bounded, duplex: 'half' } as RequestInit);
    await next();
    if (refusedAt !== null && c.res.status !== 413) {
      c.res = undefined;
      c.res = await refuse(c, refusedAt);
    }
  };
}

/** The error a bounded body fails with (the middleware answers 413 whatever the reader did with it). */
export function payloadTooLarge(maxBytes: number): AppError {
  const size =
    maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MiB` : `${Math.round(maxBytes / 1024)} KiB`;
  return new AppError('PAYLOAD_TOO_LARGE', `Request bodies are limited to ${size}`);
}
