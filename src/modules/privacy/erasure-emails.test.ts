/**
 * The erasure and retention emails in every language: no English wording, no message key nor
 * placeholder left, the signature, and every kind of hold said with its end.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../platform/i18n.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';
import { en } from '../../platform/messages/catalogs.ts';
import { erasureEmails } from './erasure-emails.ts';
import type { ErasureReport } from './erasure-report.ts';

const to = (locale: string) => ({ email: 'person@example.com', locale, name: 'Kim' });
const report: ErasureReport = {
  userId: 7,
  erasedAt: '2026-11-21T12:00:00.000Z',
  deleted: [{ module: 'accounts', dataset: 'sessions', count: 3 }],
  anonymised: [{ module: 'accounts', dataset: 'account', count: 1 }],
  held: [
    {
      module: 'orders',
      dataset: 'orders',
      count: 2,
      reason: 'accounting',
      until: '2037-01-02T00:00:00.000Z',
    },
    {
      module: 'documents',
      dataset: 'credit_notes',
      count: 1,
      reason: 'accounting',
      until: '2038-01-02T00:00:00.000Z',
    },
    { module: 'after-sales', dataset: 'care_folders', count: 1, reason: 'open_claim', until: null },
    {
      module: 'seller-onboarding',
      dataset: 'seller_applications',
      count: 1,
      reason: 'trader_traceability',
      until: null,
    },
  ],
};
const TEMPLATES: Record<string, (locale: string) => MailMessage> = {
  report: (l) => erasureEmails.report(to(l), report),
  'report, trader data dated': (l) =>
    erasureEmails.report(to(l), {
      ...report,
      held: [
        {
          module: 'seller-onboarding',
          dataset: 'seller_applications',
          count: 1,
          reason: 'trader_traceability',
          until: '2027-05-21T12:00:00.000Z',
        },
      ],
    }),
  'report, nothing held': (l) => erasureEmails.report(to(l), { ...report, held: [] }),
  warning: (l) =>
    erasureEmails.inactivityWarning(to(l), {
      deactivateOn: new Date('2026-12-21T12:00:00Z'),
      signInLink: 'https://reloop.test/fr-fr/sign-in',
      eraseAfterDays: 30,
    }),
  deactivated: (l) => erasureEmails.deactivated(to(l), { eraseOn: new Date('2027-01-20T12:00:00Z') }),
};

const ENGLISH = Object.entries(en)
  .filter(([k]) => k.startsWith('mail.privacy.erasure.'))
  .flatMap(([, v]) => v.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|\n/))
  .map((s) => s.trim())
  .filter((s) => s.length >= 14);
const LOCALES = ['fr-FR', 'de-DE', 'sv-SE', 'nl-NL', 'es-ES', 'it-IT', 'fr-BE'];

describe('erasure emails in every language', () => {
  it('has English wording to compare against', () => expect(ENGLISH.length).toBeGreaterThan(15));

  it.each(Object.keys(TEMPLATES).flatMap((n) => LOCALES.map((l) => [n, l] as const)))(
    '%s in %s: no English text, no key, no placeholder',
    (name, locale) => {
      const mail = TEMPLATES[name]!(locale);
      const text = `${mail.subject}\n${mail.text}`;
      expect(ENGLISH.filter((f) => text.includes(f))).toEqual([]);
      expect(text).not.toMatch(/\bmail\.[a-zA-Z]+\./);
      expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
      expect(text).toContain(translator(locale)('mail.signature'));
      expect(mail.to).toBe('person@example.com');
    },
  );

  it('says each hold with its end, in English too', () => {
    const text = TEMPLATES.report!('en-GB').text;
    expect(text).toContain('3 invoices and accounting records, kept until 2 January 2038');
    expect(text).toContain('1 record of an open help request');
    expect(text).toContain('kept while its contract runs and six months after');
    expect(text).toContain('We deleted 3 records and anonymised 1 record about you.');
    expect(TEMPLATES['report, trader data dated']!('en-GB').text).toContain('kept until 21 May 2027');
    expect(TEMPLATES['report, nothing held']!('en-GB').text).toContain('We keep nothing else about you.');
    expect(TEMPLATES.warning!('fr-FR').text).toContain('21 décembre 2026');
    expect(TEMPLATES.warning!('fr-FR').text).toContain('https://reloop.test/fr-fr/sign-in');
  });
});
