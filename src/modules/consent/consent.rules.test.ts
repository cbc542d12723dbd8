import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONSENT_POLICY_VERSION,
  CONSENT_PURPOSES,
  consentCookieValue,
  consents,
  needsBanner,
  parseConsentCookie,
  purposesOf,
} from './consent.rules.ts';
import { parseRecent, RECENT_MAX, recentCookieValue, viewed } from './recently-viewed.rules.ts';

const ID = '5b0f5c8e-2a61-4c0e-9a0e-6c1f0a1d2e3f';

describe('consent rules', () => {
  it('grants all, none or exactly the ticked purposes; never an unknown one', () => {
    expect(purposesOf('accept_all', [])).toEqual([...CONSENT_PURPOSES]);
    expect(purposesOf('reject_all', ['personalisation'])).toEqual([]);
    expect(purposesOf('custom', [])).toEqual([]);
    expect(purposesOf('custom', ['personalisation', 'advertising'])).toEqual(['personalisation']);
  });

  it('reads back the cookie it writes, for the current policy version only', () => {
    for (const purposes of [[], ['personalisation']] as const) {
      const choice = { id: ID, version: CONSENT_POLICY_VERSION, purposes: [...purposes] };
      expect(parseConsentCookie(consentCookieValue(choice))).toEqual(choice);
    }
    expect(parseConsentCookie(`${ID}|2000-01|personalisation`)).toBeNull();
    expect(parseConsentCookie(undefined)).toBeNull();
    expect(parseConsentCookie('')).toBeNull();
    expect(parseConsentCookie(`not-a-uuid|${CONSENT_POLICY_VERSION}|`)).toBeNull();
    expect(parseConsentCookie(`${ID}|${CONSENT_POLICY_VERSION}|advertising`)).toBeNull();
    expect(parseConsentCookie(`${ID}|${CONSENT_POLICY_VERSION}`)).toBeNull();
  });

  it('never throws on any cookie, and only consents to what the cookie names', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const c = parseConsentCookie(s);
        if (c) expect(c.purposes.every((p) => s.includes(p))).toBe(true);
      }),
    );
  });

  it('asks while no choice is recorded; consent only after opt-in', () => {
    expect(needsBanner(null)).toBe(true);
    expect(needsBanner({ id: ID, version: CONSENT_POLICY_VERSION, purposes: [] })).toBe(false);
    expect(consents(null, 'personalisation')).toBe(false);
    expect(consents({ id: ID, version: CONSENT_POLICY_VERSION, purposes: [] }, 'personalisation')).toBe(
      false,
    );
    expect(
      consents({ id: ID, version: CONSENT_POLICY_VERSION, purposes: ['personalisation'] }, 'personalisation'),
    ).toBe(true);
  });
});

describe('recently viewed products', () => {
  it('puts the product seen first, once, and keeps at most six', () => {
    let list: string[] = [];
    for (const s of ['a', 'b', 'c', 'a']) list = viewed(list, s);
    expect(list).toEqual(['a', 'c', 'b']);
    for (const s of ['d', 'e', 'f', 'g', 'h']) list = viewed(list, s);
    expect(list).toEqual(['h', 'g', 'f', 'e', 'd', 'a']);
    expect(list).toHaveLength(RECENT_MAX);
    expect(parseRecent(recentCookieValue(list))).toEqual(list);
  });

  it('ignores anything that is not a product slug', () => {
    expect(parseRecent('iphone-13.<script>.ok..iphone-13.%2F')).toEqual(['iphone-13', 'ok']);
    expect(parseRecent(undefined)).toEqual([]);
    expect(viewed(['a'], '../x')).toEqual(['a']);
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (s) => {
        const l = parseRecent(s);
        expect(l.length).toBeLessThanOrEqual(RECENT_MAX);
        expect(new Set(l).size).toBe(l.length);
      }),
    );
  });
});
