import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  audienceRetentionCutoff,
  isLikelyBot,
  monthOf,
  pageOf,
  utcDay,
  visitorKey,
} from './audience.rules.ts';

describe('audience measurement rules', () => {
  it('knows the storefront pages and their kind', () => {
    expect(pageOf('/fr-fr')).toEqual({ locale: 'fr-fr', kind: 'home' });
    expect(pageOf('/pro/de-de')).toEqual({ locale: 'de-de', kind: 'home' });
    expect(pageOf('/fr-fr/p/iphone-13')).toEqual({ locale: 'fr-fr', kind: 'product' });
    expect(pageOf('/nl-be/c/smartphones')).toEqual({ locale: 'nl-be', kind: 'category' });
    expect(pageOf('/en-gb/search')).toEqual({ locale: 'en-gb', kind: 'search' });
    expect(pageOf('/fr-fr/s/techfix')).toEqual({ locale: 'fr-fr', kind: 'seller' });
    expect(pageOf('/fr-fr/cart')).toEqual({ locale: 'fr-fr', kind: 'cart' });
    expect(pageOf('/fr-fr/checkout/abc')).toEqual({ locale: 'fr-fr', kind: 'checkout' });
    expect(pageOf('/fr-fr/account/orders')).toEqual({ locale: 'fr-fr', kind: 'account' });
    expect(pageOf('/fr-fr/legal/terms')).toEqual({ locale: 'fr-fr', kind: 'legal' });
    expect(pageOf('/fr-fr/how-offers-are-ranked')).toEqual({ locale: 'fr-fr', kind: 'other' });
    for (const p of ['/api/v1/products', '/console', '/seller/1', '/assets/app.css', '/', '/fr', '/fr-fr-x'])
      expect(pageOf(p), p).toBeNull();
  });

  it('leaves robots and empty user agents out', () => {
    expect(isLikelyBot('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)')).toBe(
      true,
    );
    expect(isLikelyBot('curl/8.4.0')).toBe(true);
    expect(isLikelyBot('')).toBe(true);
    expect(isLikelyBot('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1')).toBe(false);
  });

  it('derives one key per browser and salt, never the IP or agent in clear', () => {
    const a = { salt: 's1', site: 'reloop.test', ip: '203.0.113.7', userAgent: 'Firefox' };
    const k = visitorKey(a);
    expect(k).toMatch(/^[0-9a-f]{32}$/);
    expect(visitorKey(a)).toBe(k);
    expect(visitorKey({ ...a, salt: 's2' })).not.toBe(k); // another day
    expect(visitorKey({ ...a, ip: '203.0.113.8' })).not.toBe(k);
    expect(visitorKey({ ...a, userAgent: 'Chrome' })).not.toBe(k);
    expect(visitorKey({ ...a, site: 'other.test' })).not.toBe(k);
    expect(k).not.toContain('203');
  });

  it('dates by UTC day and month', () => {
    expect(utcDay(new Date('2026-10-31T23:59:59Z'))).toBe('2026-10-31');
    expect(utcDay(new Date('2026-11-01T00:00:00+01:00'))).toBe('2026-10-31');
    expect(monthOf('2026-10-31')).toBe('2026-10-01');
    expect(monthOf(new Date('2026-02-28T10:00:00Z'))).toBe('2026-02-01');
  });

  it('keeps 13 calendar months of raw events', () => {
    expect(audienceRetentionCutoff(new Date('2026-11-21T12:00:00Z'))).toBe('2025-10-21');
    expect(audienceRetentionCutoff(new Date('2026-11-21T00:00:00Z'))).toBe('2025-10-21');
    expect(audienceRetentionCutoff(new Date('2027-01-15T23:59:59Z'))).toBe('2025-12-15');
    // The 31st of a month 13 months before a shorter month: its last day.
    expect(audienceRetentionCutoff(new Date('2027-03-31T08:00:00Z'))).toBe('2026-02-28');
    expect(audienceRetentionCutoff(new Date('2029-03-31T08:00:00Z'))).toBe('2028-02-29');
  });

  it('never keeps less than 13 months nor more than 13 months and a day', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2040-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        (now) => {
          const cutoff = new Date(`${audienceRetentionCutoff(now)}T00:00:00Z`);
          const today = new Date(`${utcDay(now)}T00:00:00Z`);
          const days = (today.getTime() - cutoff.getTime()) / 86_400_000;
          expect(days).toBeGreaterThanOrEqual(365 + 28);
          expect(days).toBeLessThanOrEqual(366 + 31);
        },
      ),
    );
  });
});
