import { describe, expect, it } from 'vitest';
import { privacyRequestEmails } from './privacy-request-emails.ts';

const LOCALES = ['en-GB', 'fr-FR', 'de-DE', 'nl-NL', 'sv-SE', 'es-ES', 'it-IT'];
const render = (locale: string) => {
  const to = { email: 'p@example.com', locale, name: 'Alex' };
  const at = new Date('2026-12-21T12:00:00Z');
  return [
    privacyRequestEmails.verify(to, { kind: 'access', link: 'https://x/verify?token=T', expiresAt: at }),
    privacyRequestEmails.received(to, { requestId: 7, kind: 'erasure', dueOn: '2026-12-21' }),
    privacyRequestEmails.extended(to, { requestId: 7, reason: 'Many records', dueOn: '2027-02-21' }),
    privacyRequestEmails.dataReady(to, {
      requestId: 7,
      link: 'https://x/download?token=D',
      expiresAt: at,
      text: '',
    }),
    privacyRequestEmails.answered(to, {
      requestId: 7,
      kind: 'rectification',
      text: 'Corrected.',
      erased: true,
    }),
    privacyRequestEmails.refused(to, {
      requestId: 7,
      kind: 'objection',
      text: 'Compelling grounds.',
      ccpa: false,
    }),
    privacyRequestEmails.refused(to, { requestId: 7, kind: 'do_not_sell', text: 'No.', ccpa: true }),
  ];
};

describe('data-subject request emails', () => {
  it('are written in each language, every placeholder filled', () => {
    const english = render('en-GB');
    for (const locale of LOCALES) {
      const mails = render(locale);
      mails.forEach((m, i) => {
        expect(m.to).toBe('p@example.com');
        expect(`${m.subject}\n${m.text}`).not.toMatch(/[{}]/);
        if (locale !== 'en-GB') expect(m.text).not.toBe(english[i]!.text);
      });
      expect(mails[0]!.text).toContain('https://x/verify?token=T');
      expect(mails[2]!.text).toContain('Many records');
      expect(mails[3]!.text).toContain('https://x/download?token=D');
      expect(mails[4]!.text).toContain('Corrected.');
    }
  });

  it('give the due day in the reader’s words', () => {
    expect(render('fr-FR')[1]!.text).toContain('21 décembre 2026');
    expect(render('de-DE')[1]!.text).toContain('21. Dezember 2026');
    expect(render('en-GB')[2]!.text).toContain('21 February 2027');
  });

  it('name the supervisory authority and the courts on a refusal (GDPR Art. 12(4)), the CCPA’s on the US market', () => {
    expect(render('en-GB')[5]!.text).toMatch(/supervisory authority[\s\S]*judicial remedy/);
    expect(render('it-IT')[5]!.text).toContain('ricorso giurisdizionale');
    expect(render('en-GB')[6]!.text).toContain('California Privacy Protection Agency');
  });
});
