import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What every log line written while handling a request carries (logger.ts `mixin`). */
export type RequestContext = { requestId: string; traceId?: string };

const storage = new AsyncLocalStorage<RequestContext>();

/** Run `fn` (a request's handling) so that everything it awaits sees `context`. */
export function withRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The context of the request being handled, or undefined outside one (jobs, boot). */
export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/**
 * The caller's `x-request-id` (a balancer's, a client's) when it is short and plain enough to put
 * in logs and headers unchanged, else a new random one.
 */
export function requestIdFrom(header: string | undefined): string {
  return header && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}
