/**
 * Rate-limit decisions (pure, no I/O).
 *
 * Sliding-window approximation over two fixed windows aligned on the epoch: a request at
 * `elapsed` ms into the current window sees
 *
 *   estimate = previous × (windowMs − elapsed) / windowMs + current
 *
 * i.e. the previous window's hits weighted by how much of it still overlaps the sliding window
 * ending now. Unlike a plain fixed window it has no boundary burst (a client cannot spend its
 * whole limit at 0:59 and again at 1:00), and it needs only two counters per subject. Since
 * estimate ≥ current, it never admits more than `limit` hits inside one fixed window.
 *
 * Counts include the hit being decided and every refused attempt: a client that keeps hammering
 * stays limited, one that honours Retry-After gets through. All arithmetic is on integers
 * (estimate × windowMs), so "allowed at exactly retryAt" holds without float error.
 */
export type RateLimit = { name: string; limit: number; windowMs: number };

/** Hits recorded in the current and the previous fixed window, including the hit being decided. */
export type WindowCounts = { current: number; previous: number };

export type Decision = {
  allowed: boolean;
  limit: number;
  /** Hits of cost 1 still allowed now (0 when refused). */
  remaining: number;
  /** When a request of the same cost will be allowed again if nobody else hits (now when allowed). */
  retryAt: Date;
  /** `retryAt − now` in whole seconds, at least 1 when refused; 0 when allowed. */
  retryAfterSeconds: number;
  /** When every recorded hit has stopped counting (the full limit is available again). */
  resetAt: Date;
  /** `resetAt − now` in whole seconds (rounded up). */
  resetAfterSeconds: number;
};

export function assertRateLimit(limit: RateLimit): void {
  if (!limit.name || /\s/.test(limit.name))
    throw new RangeError(`rate limit name "${limit.name}" is invalid`);
  if (!Number.isSafeInteger(limit.limit) || limit.limit < 1)
    throw new RangeError(`rate limit ${limit.name}: limit must be a positive integer`);
  if (!Number.isSafeInteger(limit.windowMs) || limit.windowMs < 1000)
    throw new RangeError(`rate limit ${limit.name}: windowMs must be an integer ≥ 1000`);
}

export function assertCost(limit: RateLimit, cost: number): void {
  if (!Number.isSafeInteger(cost) || cost < 1 || cost > limit.limit)
    throw new RangeError(`rate limit ${limit.name}: cost must be an integer in 1..${limit.limit}`);
}

/** Start of the fixed window containing `now`; every process computes the same one. */
export function windowStartOf(windowMs: number, now: Date): Date {
  const t = now.getTime();
  return new Date(t - (((t % windowMs) + windowMs) % windowMs));
}

/**
 * Decide on a hit of `cost` whose counts (already including it) are `counts`.
 * `cost` must be in 1..limit (see assertCost), otherwise it could never be allowed.
 */
export function decide({
  limit: rule,
  now,
  counts,
  cost = 1,
}: {
  limit: RateLimit;
  now: Date;
  counts: WindowCounts;
  cost?: number;
}): Decision {
  const { limit, windowMs: w } = rule;
  const start = windowStartOf(w, now).getTime();
  const elapsed = now.getTime() - start;
  const p = Math.max(0, counts.previous);
  const c = Math.max(0, counts.current);
  // estimate × w, to stay on integers.
  const used = p * (w - elapsed) + c * w;
  const allowed = used <= limit * w;
  const resetAt = new Date(c > 0 ? start + 2 * w : p > 0 ? start + w : now.getTime());
  const resetAfterSeconds = Math.ceil((resetAt.getTime() - now.getTime()) / 1000);
  if (allowed) {
    return {
      allowed,
      limit,
      remaining: Math.floor((limit * w - used) / w),
      retryAt: now,
      retryAfterSeconds: 0,
      resetAt,
      resetAfterSeconds,
    };
  }
  const retryAt = new Date(nextFit({ limit, w, start, p, c, cost }));
  return {
    allowed,
    limit,
    remaining: 0,
    retryAt,
    retryAfterSeconds: Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000)),
    resetAt,
    resetAfterSeconds,
  };
}

/**
 * The first instant at which `estimate + cost ≤ limit`, with no further hits. The estimate only
 * decreases with time (linearly inside a window, continuous at the boundary), so this is where
 * the line crosses: still in this window if current + cost fits once the previous window has
 * decayed enough, otherwise in the next window, where this window's count becomes the previous.
 */
function nextFit({
  limit,
  w,
  start,
  p,
  c,
  cost,
}: {
  limit: number;
  w: number;
  start: number;
  p: number;
  c: number;
  cost: number;
}): number {
  if (c + cost <= limit && p > 0) {
    // p × (w − e) ≤ (limit − c − cost) × w
    return start + w - Math.floor(((limit - c - cost) * w) / p);
  }
  // Next window: c × (w − e) ≤ (limit − cost) × w; c > 0 here because c + cost > limit ≥ cost.
  return start + w + Math.max(0, w - Math.floor(((limit - cost) * w) / c));
}
