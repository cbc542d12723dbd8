import type { Context, MiddlewareHandler } from 'hono';
import type { Deps } from '../app/deps.ts';
import { sharedRateLimitStore } from '../app/rate-limits.ts';
import { PUBLIC } from '../platform/http/access.ts';
import type { App, AppEnv } from '../platform/http/app.ts';
import { LocalBatchingStore } from '../platform/rate-limit/local-batching-store.ts';
import { byClientIp } from '../platform/rate-limit/rate-limit.middleware.ts';
import type { RateLimitStore } from '../platform/rate-limit/rate-limit-store.ts';
import { createRateLimiter } from '../platform/rate-limit/rate-limiter.ts';
import type { Storage } from '../platform/storage.ts';
import { registerBackboxRoutes } from './backbox.routes.ts';
import { registerCategoryRoutes } from './category.routes.ts';
import { registerListingRoutes } from './listings.routes.ts';
import { createOrderListCache } from './order-list-cache.ts';
import { registerOrderRoutes } from './orders.routes.ts';
import { registerSavRoutes } from './sav.routes.ts';
import { registerShippingRoutes } from './shipping.routes.ts';
import { wsAuthenticate, wsRateLimits } from './ws-auth.ts';
import type { WsContext } from './ws-context.ts';
import { toWsError, wsErrorOf, wsErrorResponse } from './ws-errors.ts';
import { wsIdempotency } from './ws-idempotency.ts';

/**
 * Request bodies of the /ws uploads (CSV batch, invoice PDFs): a 15 000-line catalog or a few
 * invoices. The app's body limit (src/app/body-limits.ts) allows it to an authenticated key only;
 * every other /ws request, and any without a valid key, gets the platform's 256 KiB.
 */
export const WS_MAX_BODY_BYTES = 12 * 1024 * 1024;

export type WsOptions = {
  /** Rate-limit counters: Redis when REDIS_URL is set, else the database (sharedRateLimitStore). */
  rateLimitStore?: RateLimitStore;
  /** Where uploaded invoices go: `deps.storage` unless given. */
  storage?: Storage;
  /** How background work (CSV tasks) is run: setImmediate by default. */
  schedule?: (work: () => Promise<void>) => void;
};

const settled = new WeakSet<Response>();

/**
 * If the route threw, the app's onError has already answered in the platform's shape: replace
 * that answer with Back Market's. Idempotent per response.
 */
function settleError(c: Context<AppEnv>): void {
  if (!c.error || settled.has(c.res)) return;
  const res = wsErrorResponse(c, toWsError(c.error, c.req.method, c.req.path));
  const retryAfter = c.res.headers.get('retry-after');
  if (retryAfter) res.headers.set('retry-after', retryAfter);
  c.res = undefined;
  c.res = res;
  settled.add(res);
}

function wsErrors(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    settleError(c);
  };
}

/** Register the /ws seller API on the app. Call it after the platform-wide middleware. */
export function registerWsRoutes(app: App, deps: Deps, opts: WsOptions = {}): WsContext {
  // Per-key counters are kept in memory and synced every second: at most limit + 10 × (processes − 1)
  // requests per window, without a database write on every call (ADR 0007).
  const shared = opts.rateLimitStore ?? sharedRateLimitStore(deps);
  const limiter = createRateLimiter({
    store: new LocalBatchingStore({
      store: shared,
      clock: deps.clock,
      syncEveryMs: 1000,
      maxUnsyncedHits: 10,
    }),
    clock: deps.clock,
    failOpen: false,
    onStoreError: (error) => deps.logger.error({ err: error }, 'ws rate-limit store failed'),
  });
  const ctx: WsContext = {
    deps,
    limiter,
    storage: opts.storage ?? deps.storage,
    orderLists: createOrderListCache(),
    schedule:
      opts.schedule ??
      ((work) => {
        setImmediate(() => {
          work().catch((err) => deps.logger.error({ err }, 'ws background work failed'));
        });
      }),
  };

  const use = (mw: MiddlewareHandler<AppEnv>) => app.use('/ws/*', mw);
  use(wsErrors());
  // No body is read before the key is checked; requests without a valid key count per address.
  const anonymousLimit = deps.config.RATE_LIMIT_WS_ANON_PER_MIN;
  use(
    wsAuthenticate(
      deps,
      anonymousLimit > 0
        ? {
            limiter,
            limit: { name: 'ws-anonymous', limit: anonymousLimit, windowMs: 60_000 },
            key: byClientIp({ trustProxy: deps.config.TRUST_PROXY }),
          }
        : undefined,
    ),
  );
  for (const mw of wsRateLimits(limiter)) use(mw);
  use(wsIdempotency(deps, settleError));

  registerCategoryRoutes(app, ctx);
  registerListingRoutes(app, ctx);
  registerOrderRoutes(app, ctx);
  registerBackboxRoutes(app, ctx);
  registerSavRoutes(app, ctx);
  registerShippingRoutes(app, ctx);

  // Anything else under /ws: Back Market's 404, not the storefront's page.
  app.all('/ws/*', PUBLIC, (c) =>
    wsErrorResponse(c, wsErrorOf(c, 'NOT_FOUND', `No route for ${c.req.method} ${c.req.path}`)),
  );
  return ctx;
}
