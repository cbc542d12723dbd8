import { describe, expect, it } from 'vitest';
import { createOrderListCache } from './order-list-cache.ts';

describe('order list cache', () => {
  it('answers only for the same version and within a second', () => {
    const c = createOrderListCache();
    const body = new TextEncoder().encode('{"count":1}');
    c.set('1|/ws/orders', 7, 1_000, body);
    expect(c.get('1|/ws/orders', 7, 1_500)).toBe(body);
    expect(c.get('1|/ws/orders', 7, 1_999)).toBe(body);
    expect(c.get('1|/ws/orders', 7, 2_000)).toBeUndefined(); // expired, and dropped
    c.set('1|/ws/orders', 7, 3_000, body);
    expect(c.get('1|/ws/orders', 8, 3_001)).toBeUndefined(); // a newer version
    expect(c.get('1|/ws/orders', 7, 3_002)).toBeUndefined(); // dropped with the miss
    expect(c.get('2|/ws/orders', 7, 3_002)).toBeUndefined(); // another seller
  });
  it('keeps at most 2,000 answers, dropping the oldest', () => {
    const c = createOrderListCache();
    const bodies = Array.from({ length: 2_001 }, (_, i) => new TextEncoder().encode(String(i)));
    for (let i = 0; i <= 2_000; i++) c.set(`k${i}`, 1, 0, bodies[i]!);
    expect(c.get('k0', 1, 1)).toBeUndefined();
    expect(c.get('k1', 1, 1)).toBe(bodies[1]);
    expect(c.get('k2000', 1, 1)).toBe(bodies[2000]);
  });
  it("reads the seller's version again after 50 ms, or at once after a write", async () => {
    const c = createOrderListCache();
    let reads = 0;
    const read = async () => ++reads;
    expect(await c.version(1, 1_000, read)).toBe(1);
    expect(await c.version(1, 1_049, read)).toBe(1);
    expect(await c.version(1, 1_050, read)).toBe(2);
    c.forgetSeller(1);
    expect(await c.version(1, 1_051, read)).toBe(3);
    expect(await c.version(2, 1_051, read)).toBe(4); // per seller
    expect(await c.version(1, 900, read)).toBe(5); // a clock moved back reads again
  });
});
