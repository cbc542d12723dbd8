import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { users } from '../../modules/accounts/accounts.schema.ts';
import { setAccountLanguage } from '../../modules/accounts/set-account-language.ts';
import { auditEvents } from '../../modules/audit/audit.schema.ts';
import { AppError } from '../../platform/errors.ts';
import { translator } from '../../platform/i18n.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const password = 'correct horse battery';
const meta = { ip: '192.0.2.1', userAgent: 'test' };

describe.each(ENGINES)('the account language on %s (issue 13)', (engine) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 2, offers: 8 });
  });
  afterAll(() => t.close());

  /** The outbox row last written to an address (the stored subject and text). */
  const lastMail = async (to: string) =>
    (
      await t.deps.db
        .select()
        .from(mailOutbox)
        .where(eq(mailOutbox.toAddress, to))
        .orderBy(desc(mailOutbox.id))
    )[0]!;
  const userOf = async (email: string) =>
    (await t.deps.db.select().from(users).where(eq(users.email, email)))[0]!;

  it('signing up on /de-de keeps German on the account: the verification email is German', async () => {
    const b = new TestBrowser(t.app);
    const email = 'lise@example.com';
    const signedUp = await b.post('/de-de/sign-up', {
      name: 'Lise',
      email,
      password,
      market: 'DE',
      acceptTerms: 'on',
    });
    expect(signedUp.status).toBe(201);
    expect((await userOf(email)).language).toBe('de');

    const de = translator('de-DE');
    const mail = await lastMail(email);
    expect(mail.template).toBe('accounts.verify-email');
    // The outbox stores the translated subject and text.
    expect(mail.subject).toBe(de('mail.verifyEmail.subject'));
    expect(mail.subject).toBe('Bestätigen Sie Ihre E-Mail-Adresse');
    expect(mail.textBody).toContain('Hallo Lise,');
    expect(mail.textBody).toContain(de('mail.signature'));
    expect(mail.textBody).toContain('/de-de/verify-email?token=');
    expect(mail.textBody).not.toContain(translator('en')('mail.signature'));
  });

  it('a user who switches to Swedish gets Swedish emails; an unknown language is refused with 422', async () => {
    const b = new TestBrowser(t.app);
    const email = 'sven@example.com';
    await b.post('/fr-fr/sign-up', { name: 'Sven', email, password, market: 'FR', acceptTerms: 'on' });
    expect((await userOf(email)).language).toBe('fr');
    expect((await b.post('/fr-fr/sign-in', { email, password })).status).toBe(303);

    // The choice lists the seven languages, each named in itself.
    const page = await b.get('/fr-fr/account');
    expect(page.status).toBe(200);
    expect(page.text).toContain(translator('fr-FR')('settings.language'));
    for (const [code, name] of [
      ['sv', 'Svenska'],
      ['de', 'Deutsch'],
      ['fr', 'Français'],
      ['nl', 'Nederlands'],
      ['es', 'Español'],
      ['it', 'Italiano'],
      ['en', 'English'],
    ])
      expect(page.text).toMatch(new RegExp(`<option value="${code}" lang="${code}"[^>]*>${name}</option>`));
    expect(page.text).toMatch(/<option value="fr" lang="fr" selected>/);

    const saved = await b.post('/fr-fr/account/language', { language: 'sv' });
    expect(saved.status).toBe(200);
    expect(saved.text).toContain(translator('fr-FR')('settings.language.saved'));
    expect(saved.text).toMatch(/<option value="sv" lang="sv" selected>/);
    const user = await userOf(email);
    expect(user.language).toBe('sv');
    const [audit] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'account.language_changed'), eq(auditEvents.subjectUserId, user.id)));
    expect(audit).toMatchObject({ before: { language: 'fr' }, after: { language: 'sv' } });

    // The password reset email is now Swedish (in the French market's region: sv-FR).
    await b.post('/fr-fr/forgot-password', { email });
    const reset = await lastMail(email);
    expect(reset.template).toBe('accounts.reset-password');
    expect(reset.subject).toBe('Återställ ditt lösenord');
    expect(reset.subject).toBe(translator('sv-FR')('mail.resetPassword.subject'));
    expect(reset.textBody).toContain(translator('sv')('mail.signature'));

    const refused = await b.post('/fr-fr/account/language', { language: 'tlh' });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('f-language-error');
    expect((await userOf(email)).language).toBe('sv');

    const error = await setAccountLanguage(t.deps, { userId: user.id, language: 'xx', meta }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'UNPROCESSABLE', fields: [{ field: 'language' }] });
  });
});
