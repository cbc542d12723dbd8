import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  backoffMs,
  ipThrottleSubject,
  THROTTLE,
  type ThrottleKind,
  waitMs,
} from './throttle.rules.ts';

describe('sign-in back-off schedule', () => {
  it('lets the first failures through, then doubles the wait from 1 s up to 15 min', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs('account', n))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10].map((n) => backoffMs('account', n))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000,
    ]);
    expect(backoffMs('account', 14)).toBe(512_000);
    expect(backoffMs('account', 15)).toBe(900_000);
    expect(backoffMs('account', 10_000)).toBe(THROTTLE.maxDelayMs);
    expect(backoffMs('ip', 19)).toBe(0);
    expect(backoffMs('ip', 20)).toBe(1_000);
  });

  it('never decreases with more failures and never exceeds the cap', () => {
    fc.assert(
      fc.property(fc.constantFrom<ThrottleKind>('account', 'ip', 'device'), fc.nat(100_000), (kind, n) => {
        const d = backoffMs(kind, n);
        expect(d).toBeLessThanOrEqual(THROTTLE.maxDelayMs);
        expect(backoffMs(kind, n + 1)).toBeGreaterThanOrEqual(d);
      }),
    );
  });

  it('counts consecutive failures and forgets them after a day', () => {
    const t0 = new Date('2026-11-21T10:00:00Z');
    let s = afterFailure('account', null, t0);
    expect(s.failures).toBe(1);
    for (let i = 0; i < 5; i++) s = afterFailure('account', s, t0);
    expect(s.failures).toBe(6);
    expect(waitMs(s, t0)).toBe(2_000);
    expect(waitMs(s, new Date(t0.getTime() + 2_000))).toBe(0);
    const later = afterFailure('account', s, new Date(t0.getTime() + THROTTLE.forgetAfterMs + 1));
    expect(later.failures).toBe(1);
    expect(waitMs(null, t0)).toBe(0);
  });
});

describe('issue 12 finding 2: the network an address is throttled as', () => {
  it('keeps IPv4 as is and counts IPv6 by its /64, however it is written', () => {
    expect(ipThrottleSubject('203.0.113.7')).toBe('203.0.113.7');
    const net = '2001:db8:12:34::/64';
    for (const ip of [
      '2001:db8:12:34::1',
      '2001:db8:12:34:ffff:ffff:ffff:ffff',
      '2001:0DB8:0012:0034:0000:0000:0000:0001',
      '2001:db8:12:34:1:2:3:4',
      '2001:db8:12:34:1::',
      '2001:db8:12:34::1.2.3.4',
      '2001:db8:12:34:1:2:1.2.3.4',
      '[2001:db8:12:34::9]',
      '2001:db8:12:34::1%eth0',
    ]) {
      expect([ip, ipThrottleSubject(ip)]).toEqual([ip, net]);
    }
    expect(ipThrottleSubject('2001:db8:12:35::1')).toBe('2001:db8:12:35::/64');
    expect(ipThrottleSubject('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(ipThrottleSubject('::1')).toBe('0:0:0:0::/64');
    expect(ipThrottleSubject('::')).toBe('0:0:0:0::/64');
  });

  it('treats IPv4-mapped IPv6 addresses as the IPv4 address', () => {
    for (const ip of [
      '::ffff:198.51.100.7',
      '::FFFF:198.51.100.7',
      '0:0:0:0:0:ffff:198.51.100.7',
      '0000:0000:0000:0000:0000:ffff:c633:6407',
      '::ffff:c633:6407',
    ]) {
      expect([ip, ipThrottleSubject(ip)]).toEqual([ip, '198.51.100.7']);
    }
  });

  it('counts anything that is not an address as the text it is', () => {
    for (const ip of ['unknown', '', '2001:db8::1::2', '1:2:3:4:5:6:7:8:9', '12345::1', '::ffff:300.1.1.1']) {
      expect(ipThrottleSubject(ip)).toBe(ip);
    }
  });
});
