/** Every marketing email in every language: no message key, no English left in a translation. */
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../platform/i18n.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';
import { marketingEmails } from './marketing-emails.ts';

const at = new Date('2026-12-06T10:00:00Z');
const link = 'https://reloop.test/x';

function all(locale: string): MailMessage[] {
  const to = { email: 'person@example.com', locale };
  return [
    marketingEmails.newsletter(to, {
      frequency: 'weekly',
      categories: ['deals', 'new_arrivals', 'trade_in', 'tips'],
      deals: [{ name: 'iPhone 13', priceMinor: 39_900, currency: 'EUR', link }],
      newArrivals: [{ name: 'Pixel 8', priceMinor: 45_000, currency: 'EUR', link }],
      basis: { kind: 'explicit', since: at },
      unsubscribeLink: link,
      preferencesLink: link,
      headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      timeZone: 'Europe/Paris',
    }),
    marketingEmails.newsletter(to, {
      frequency: 'monthly',
      categories: ['deals'],
      deals: [],
      newArrivals: [],
      basis: { kind: 'soft_opt_in', since: at },
      unsubscribeLink: link,
      preferencesLink: link,
      headers: {},
      timeZone: 'UTC',
    }),
    ...(['back_in_stock', 'price_below'] as const).map((kind) =>
      marketingEmails.alertFired(to, {
        kind,
        product: 'iPhone 13',
        grade: 'GOOD',
        priceMinor: 39_900,
        targetMinor: kind === 'price_below' ? 40_000 : null,
        currency: 'EUR',
        productLink: link,
        alertsLink: link,
      }),
    ),
    ...(['terms', 'privacy'] as const).map((kind) =>
      marketingEmails.policyNotice(to, {
        kind,
        version: '2027-01',
        effectiveAt: at,
        timeZone: 'Europe/Paris',
        title: 'T',
        body: 'B',
        accountLink: link,
      }),
    ),
    marketingEmails.saleOptOutConfirmation(to, { link, expiresAt: at, timeZone: 'America/New_York' }),
  ];
}

const english = all('en');
const phrases = english
  .flatMap((m) => [m.subject, ...m.text.split('\n')])
  .filter((p) => p.length > 12 && !p.includes(link));

describe('marketing emails', () => {
  it.each(Object.keys(CATALOGS).filter((l) => l !== 'en'))(
    '%s: translated, no key, no English line',
    (lang) => {
      for (const m of all(lang)) {
        const text = `${m.subject}\n${m.text}`;
        expect(text).not.toMatch(/mail\.marketing\./);
        for (const p of phrases) expect(text).not.toContain(p);
      }
    },
  );

  it('the newsletter carries its headers and unsubscribe footer; the others are not marketing', () => {
    const [weekly, monthly, ...others] = english;
    expect(weekly!.headers).toEqual({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect(weekly!.text).toContain(`Unsubscribe in one click, without signing in: ${link}`);
    expect(monthly!.text).toContain('we only write to you about similar products');
    expect(monthly!.text).not.toContain('Deals on refurbished devices'); // nothing to show: no section
    for (const m of others) expect(m.headers).toBeUndefined();
  });
});
