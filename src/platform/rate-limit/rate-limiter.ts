import { createHash } from 'node:crypto';
import type { Clock } from '../clock.ts';
import {
  assertCost,
  assertRateLimit,
  type Decision,
  decide,
  type RateLimit,
  windowStartOf,
} from './rate-limit.rules.ts';
import type { RateLimitStore } from './rate-limit-store.ts';

export type RateLimiter = {
  /** Count `cost` hits of `subject` (an IP, an account, an email) against `limit` and decide. */
  consume(limit: RateLimit, subject: string, cost?: number): Promise<Decision>;
};

export type RateLimiterOptions = {
  store: RateLimitStore;
  clock: Clock;
  /**
   * When the store fails (Redis or the database unreachable): true lets the request through and
   * reports the error to `onStoreError`; false (default) rethrows it, so the request fails.
   */
  failOpen?: boolean;
  onStoreError?: (error: unknown, limit: RateLimit) => void;
};

/**
 * Counter key of a subject under a limit. Subjects are hashed: counters never hold an email or an
 * IP address in clear, and every key has the same short length.
 */
export function counterKey(limit: RateLimit, subject: string): string {
  return `${limit.name}:${createHash('sha256').update(subject).digest('base64url').slice(0, 22)}`;
}

export function createRateLimiter({
  store,
  clock,
  failOpen = false,
  onStoreError,
}: RateLimiterOptions): RateLimiter {
  return {
    async consume(limit, subject, cost = 1) {
      assertRateLimit(limit);
      assertCost(limit, cost);
      const now = clock.now();
      const windowStart = windowStartOf(limit.windowMs, now);
      try {
        const counts = await store.hit(counterKey(limit, subject), windowStart, limit.windowMs, cost);
        return decide({ limit, now, counts, cost });
      } catch (error) {
        onStoreError?.(error, limit);
        if (!failOpen) throw error;
        return decide({ limit, now, counts: { current: cost, previous: 0 }, cost });
      }
    },
  };
}
