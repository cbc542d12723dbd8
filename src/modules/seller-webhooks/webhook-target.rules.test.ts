import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isAddressAllowed,
  isPublicAddress,
  NO_PRIVATE_TARGETS,
  parseTargetAllowList,
  targetHostRefusal,
} from './webhook-target.rules.ts';

const octet = fc.integer({ min: 0, max: 255 });
const v4 = (a: number, b: number, c: number, d: number) => `${a}.${b}.${c}.${d}`;
const hex16 = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));

describe('webhook targets: which addresses a webhook may reach', () => {
  it('refuses every address of the private, loopback, link-local and special IPv4 ranges', () => {
    const ranges: Array<[string, fc.Arbitrary<string>]> = [
      ['0/8', fc.tuple(octet, octet, octet).map(([b, c, d]) => v4(0, b, c, d))],
      ['10/8', fc.tuple(octet, octet, octet).map(([b, c, d]) => v4(10, b, c, d))],
      [
        '100.64/10',
        fc.tuple(fc.integer({ min: 64, max: 127 }), octet, octet).map(([b, c, d]) => v4(100, b, c, d)),
      ],
      ['127/8', fc.tuple(octet, octet, octet).map(([b, c, d]) => v4(127, b, c, d))],
      ['169.254/16', fc.tuple(octet, octet).map(([c, d]) => v4(169, 254, c, d))],
      [
        '172.16/12',
        fc.tuple(fc.integer({ min: 16, max: 31 }), octet, octet).map(([b, c, d]) => v4(172, b, c, d)),
      ],
      ['192.168/16', fc.tuple(octet, octet).map(([c, d]) => v4(192, 168, c, d))],
      [
        'multicast 224/4',
        fc
          .tuple(fc.integer({ min: 224, max: 239 }), octet, octet, octet)
          .map(([a, b, c, d]) => v4(a, b, c, d)),
      ],
      [
        'reserved and broadcast 240/4',
        fc
          .tuple(fc.integer({ min: 240, max: 255 }), octet, octet, octet)
          .map(([a, b, c, d]) => v4(a, b, c, d)),
      ],
    ];
    for (const [name, arb] of ranges) {
      fc.assert(
        fc.property(arb, (ip) => {
          expect(isPublicAddress(ip), `${name}: ${ip}`).toBe(false);
          // The same address written as IPv4-mapped IPv6 is refused too.
          expect(isPublicAddress(`::ffff:${ip}`), `${name}: ::ffff:${ip}`).toBe(false);
        }),
        { numRuns: 200 },
      );
    }
    expect(isPublicAddress('255.255.255.255')).toBe(false);
  });

  it('refuses loopback, unspecified, unique-local, link-local and multicast IPv6', () => {
    for (const ip of [
      '::1',
      '::',
      '::ffff:7f00:1',
      'fc00::1',
      'fd12:3456::1',
      'fe80::1',
      'febf::1',
      'ff02::1',
    ])
      expect(isPublicAddress(ip), ip).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: 0xfc00, max: 0xfdff }), hex16, hex16, (first, a, b) => {
        expect(isPublicAddress(`${first.toString(16)}:${a}::${b}`)).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0xfe80, max: 0xfebf }), hex16, (first, a) => {
        expect(isPublicAddress(`${first.toString(16)}::${a}`)).toBe(false);
      }),
    );
  });

  it('accepts public addresses', () => {
    for (const ip of [
      '93.184.216.34',
      '1.1.1.1',
      '8.8.8.8',
      '172.32.0.1',
      '100.128.0.1',
      '2606:4700::1111',
      '::ffff:8.8.8.8',
    ])
      expect(isPublicAddress(ip), ip).toBe(true);
    expect(isPublicAddress('not an address')).toBe(false);
  });

  it('an allow-list of hosts and ranges opens private targets for private deployments', () => {
    const allow = parseTargetAllowList(' 10.1.0.0/16, hooks.internal ,127.0.0.1, fd00::/8 ');
    expect(isAddressAllowed('10.1.2.3', allow)).toBe(true);
    expect(isAddressAllowed('10.2.0.1', allow)).toBe(false);
    expect(isAddressAllowed('127.0.0.1', allow)).toBe(true);
    expect(isAddressAllowed('127.0.0.2', allow)).toBe(false);
    expect(isAddressAllowed('fd00::5', allow)).toBe(true);
    expect(isAddressAllowed('8.8.8.8', NO_PRIVATE_TARGETS)).toBe(true);
    expect(isAddressAllowed('192.168.1.1', NO_PRIVATE_TARGETS)).toBe(false);
    expect(allow.hosts.has('hooks.internal')).toBe(true);
    expect(() => parseTargetAllowList('10.0.0.0/33')).toThrow();
    expect(() => parseTargetAllowList('not a host!')).toThrow();
    expect(parseTargetAllowList('').hosts.size).toBe(0);
  });

  it('refuses a literal private address or a local name at registration, unless allow-listed', () => {
    expect(targetHostRefusal('127.0.0.1', NO_PRIVATE_TARGETS)).toMatch(/private/);
    expect(targetHostRefusal('[::1]', NO_PRIVATE_TARGETS)).toMatch(/private/);
    expect(targetHostRefusal('169.254.169.254', NO_PRIVATE_TARGETS)).toMatch(/private/);
    expect(targetHostRefusal('localhost', NO_PRIVATE_TARGETS)).toMatch(/private/);
    expect(targetHostRefusal('api.localhost', NO_PRIVATE_TARGETS)).toMatch(/private/);
    expect(targetHostRefusal('hooks.example.com', NO_PRIVATE_TARGETS)).toBeNull();
    expect(targetHostRefusal('8.8.8.8', NO_PRIVATE_TARGETS)).toBeNull();
    const allow = parseTargetAllowList('localhost,127.0.0.1');
    expect(targetHostRefusal('localhost', allow)).toBeNull();
    expect(targetHostRefusal('127.0.0.1', allow)).toBeNull();
    expect(targetHostRefusal('10.0.0.1', allow)).toMatch(/private/);
  });
});
