import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { translator } from '../../platform/i18n.ts';
import { listOutbox } from '../../platform/mail/outbox.store.ts';
import { requestPasswordReset } from './password-reset.ts';
import { readerStorefront } from './recipient-locale.ts';
import { signUp } from './sign-up.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const meta = { ip: '192.0.2.1', userAgent: 'test' };

describe('email links open the storefront in the reader’s language (issue 13)', () => {
  it('the market’s storefront in that language where it has one, else the market’s own', () => {
    expect(readerStorefront('nl-BE', 'BE')).toBe('nl-be');
    expect(readerStorefront('fr-BE', 'BE')).toBe('fr-be');
    expect(readerStorefront('en-BE', 'BE')).toBe('fr-be');
    expect(readerStorefront('de-BE', 'BE')).toBe('fr-be');
    expect(readerStorefront('fr-DE', 'DE')).toBe('de-de');
    expect(readerStorefront('sv-SE', 'SE')).toBe('sv-se');
    expect(readerStorefront('en', 'GB')).toBe('en-gb');
    expect(readerStorefront('nl-BE', 'XX')).toBe('fr-fr');
  });
});

describe.each(ENGINES)('account email links on %s', (engine) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 2, sellers: 1, offers: 2 });
  });
  afterAll(() => t.close());

  const lastMail = async (to: string) => (await listOutbox(t.deps.db, { to, limit: 1 }))[0]!;
  const base = { name: 'Wim', password: 'a long enough passphrase', market: 'BE', acceptTerms: true };

  it('a Dutch-speaking Belgian gets Dutch emails with /nl-be links; a French-speaking one /fr-be', async () => {
    await signUp(t.deps, {
      input: { ...base, email: 'wim@example.be' },
      business: false,
      meta,
      language: 'nl',
    });
    const verify = await lastMail('wim@example.be');
    expect(verify.subject).toBe(translator('nl-BE')('mail.verifyEmail.subject'));
    expect(verify.textBody).toMatch(/http:\/\/reloop\.test\/nl-be\/verify-email\?token=/);

    await requestPasswordReset(t.deps, { email: 'wim@example.be', meta });
    const reset = await lastMail('wim@example.be');
    expect(reset.template).toBe('accounts.reset-password');
    expect(reset.textBody).toMatch(/http:\/\/reloop\.test\/nl-be\/reset-password\?token=/);

    // Signing up again with the same address: the owner is told, in Dutch, with a Dutch sign-in link.
    await signUp(t.deps, {
      input: { ...base, email: 'wim@example.be' },
      business: false,
      meta,
      language: 'fr',
    });
    const again = await lastMail('wim@example.be');
    expect(again.template).toBe('accounts.already-registered');
    expect(again.subject).toBe(translator('nl-BE')('mail.alreadyRegistered.subject'));
    expect(again.textBody).toContain('http://reloop.test/nl-be/sign-in');

    await signUp(t.deps, {
      input: { ...base, name: 'Léa', email: 'lea@example.be' },
      business: false,
      meta,
      language: 'fr',
    });
    expect((await lastMail('lea@example.be')).textBody).toMatch(/\/fr-be\/verify-email\?token=/);
    // A language the market has no storefront in: the market's own.
    await signUp(t.deps, {
      input: { ...base, name: 'Jo', email: 'jo@example.be' },
      business: false,
      meta,
      language: 'en',
    });
    const english = await lastMail('jo@example.be');
    expect(english.subject).toBe(translator('en')('mail.verifyEmail.subject'));
    expect(english.textBody).toMatch(/\/fr-be\/verify-email\?token=/);
  });
});
