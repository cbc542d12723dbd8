import { afterEach, describe, expect, it, vi } from 'vitest';
import { invalidateReadCaches, ReadCache } from './read-cache.ts';

describe('ReadCache', () => {
  afterEach(() => vi.useRealTimers());

  it('loads once per key while fresh; past the TTL answers the stale value while reloading once', async () => {
    vi.useFakeTimers();
    const cache = new ReadCache<number>({ max: 10, ttlMs: 1000 });
    let release: (v: number) => void = () => {};
    const load = vi.fn(async () => 42);
    expect(await cache.get('a', load)).toBe(42);
    expect(await cache.get('a', load)).toBe(42);
    expect(load).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1001);
    const slowReload = vi.fn(() => new Promise<number>((r) => (release = r)));
    expect(await cache.get('a', slowReload)).toBe(42); // stale, answered at once
    expect(await cache.get('a', slowReload)).toBe(42); // the reload is running: not started twice
    expect(slowReload).toHaveBeenCalledTimes(1);
    release(43);
    await vi.advanceTimersByTimeAsync(0);
    expect(await cache.get('a', load)).toBe(43);
    // Too old to serve at all: the caller waits for a fresh load.
    vi.advanceTimersByTime(10_000);
    expect(await cache.get('a', async () => 44)).toBe(44);
  });

  it('shares one load between concurrent callers', async () => {
    const cache = new ReadCache<number>({ max: 10, ttlMs: 1000 });
    const load = vi.fn(() => new Promise<number>((r) => setTimeout(() => r(1), 10)));
    await Promise.all([cache.get('k', load), cache.get('k', load), cache.get('k', load)]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets everything when the catalog changes', async () => {
    const cache = new ReadCache<string>({ max: 10, ttlMs: 60_000 });
    await cache.get('k', async () => 'old');
    invalidateReadCaches();
    expect(await cache.get('k', async () => 'new')).toBe('new');
  });

  it('does not keep failures, evicts the least recently used, and is off with a zero TTL', async () => {
    const cache = new ReadCache<number>({ max: 2, ttlMs: 60_000 });
    await expect(cache.get('x', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('x', async () => 7)).toBe(7);
    await cache.get('y', async () => 8);
    await cache.get('x', async () => 0); // touch x so y is the oldest
    await cache.get('z', async () => 9);
    expect(await cache.get('y', async () => 80)).toBe(80);
    expect(cache.size).toBe(2);
    const off = new ReadCache<number>({ max: 2, ttlMs: 0 });
    const load = vi.fn(async () => 1);
    await off.get('a', load);
    await off.get('a', load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
