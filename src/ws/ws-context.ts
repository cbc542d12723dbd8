import type { Deps } from '../app/deps.ts';
import type { RateLimiter } from '../platform/rate-limit/rate-limiter.ts';
import type { Storage } from '../platform/storage.ts';
import type { OrderListCache } from './order-list-cache.ts';

/** What the /ws route files share. */
export type WsContext = {
  deps: Deps;
  limiter: RateLimiter;
  storage: Storage;
  /** Run background work (CSV tasks) after the response: setImmediate by default. */
  schedule: (work: () => Promise<void>) => void;
  orderLists: OrderListCache;
};
