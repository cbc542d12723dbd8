import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../platform/i18n.ts';

const fr = translator('fr-FR');

import { linkIn, TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { legalDocuments, sessions, users } from '../../modules/accounts/accounts.schema.ts';
import { auditEvents } from '../../modules/audit/audit.schema.ts';
import { listOutbox } from '../../platform/mail/outbox.store.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe.each(ENGINES)('accounts through HTTP on %s', (engine) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 10, sellers: 3, offers: 40 });
  });
  afterAll(() => t.close());

  const lastMail = async (to: string) => (await listOutbox(t.deps.db, { to, limit: 1 }))[0]!;

  it('signs up, verifies by the emailed link, signs in, resets the password, closes the account', async () => {
    const b = new TestBrowser(t.app);
    const email = 'ada@example.com';
    const password = 'correct horse battery';
    expect((await b.get('/fr-fr/sign-up')).status).toBe(200);

    const weak = await b.post('/fr-fr/sign-up', {
      name: 'Ada',
      email,
      password: 'short',
      market: 'FR',
      acceptTerms: 'on',
    });
    expect(weak.status).toBe(400);
    expect(weak.text).toContain(fr('form.error.tooShort', { min: 12 }));
    expect(await t.deps.db.select().from(users).where(eq(users.email, email))).toHaveLength(0);

    const signedUp = await b.post('/fr-fr/sign-up', {
      name: 'Ada',
      email: 'Ada@Example.com',
      password,
      market: 'FR',
      acceptTerms: 'on',
    });
    expect(signedUp.status).toBe(201);
    expect(signedUp.text).toContain('Consultez votre boîte de réception');
    const verifyMail = await lastMail(email);
    expect(verifyMail.template).toBe('accounts.verify-email');
    const verifyPath = linkIn(verifyMail.textBody, '/fr-fr/verify-email?token=');

    // The same email again: same answer, and the owner is told instead.
    const again = await b.post('/fr-fr/sign-up', {
      name: 'Eve',
      email,
      password: 'another long passphrase',
      market: 'FR',
      acceptTerms: 'on',
    });
    expect(again.status).toBe(201);
    expect((await lastMail(email)).template).toBe('accounts.already-registered');

    expect((await b.get(verifyPath)).status).toBe(200);
    const token = new URL(`http://x${verifyPath}`).searchParams.get('token')!;
    const verified = await b.post('/fr-fr/verify-email', { token });
    expect(verified.text).toContain('Votre adresse e-mail est confirmée');
    expect((await b.post('/fr-fr/verify-email', { token })).status).toBe(404); // single use

    const wrong = await b.post('/fr-fr/sign-in', { email, password: 'not the password at all' });
    expect(wrong.status).toBe(401);
    expect(wrong.text).toContain(fr('form.refusal.UNAUTHORIZED'));
    const unknown = await b.post('/fr-fr/sign-in', {
      email: 'nobody@example.com',
      password: 'not the password at all',
    });
    expect(unknown.status).toBe(401);
    expect(unknown.text).toContain(fr('form.refusal.UNAUTHORIZED'));

    const before = b.cookies.get('rl_session');
    const signedIn = await b.post('/fr-fr/sign-in', { email, password, next: '/fr-fr/account' });
    expect(signedIn.status).toBe(303);
    expect(signedIn.location).toBe('/fr-fr/account');
    expect(b.cookies.get('rl_session')).toBeTruthy();
    expect(b.cookies.get('rl_session')).not.toBe(before);
    const account = await b.get('/fr-fr/account');
    expect(account.status).toBe(200);
    expect(account.text).toContain('ada@example.com');

    // Reset from another browser: every session is signed out.
    const other = new TestBrowser(t.app, '198.51.100.7');
    await other.post('/fr-fr/forgot-password', { email });
    const resetPath = linkIn((await lastMail(email)).textBody, '/fr-fr/reset-password?token=');
    const resetToken = new URL(`http://x${resetPath}`).searchParams.get('token')!;
    await other.get(resetPath);
    expect(
      (await other.post('/fr-fr/reset-password', { token: resetToken, password: 'password1234' })).status,
    ).toBe(400);
    const reset = await other.post('/fr-fr/reset-password', {
      token: resetToken,
      password: 'a brand new passphrase',
    });
    expect(reset.text).toContain('Votre mot de passe est modifié');
    expect(
      (await other.post('/fr-fr/reset-password', { token: resetToken, password: 'yet another passphrase' }))
        .status,
    ).toBe(404);
    expect((await b.get('/fr-fr/account')).status).toBe(303); // signed out by the reset
    expect((await b.post('/fr-fr/sign-in', { email, password })).status).toBe(401);
    expect((await b.post('/fr-fr/sign-in', { email, password: 'a brand new passphrase' })).status).toBe(303);

    // Close: wrong password refused, then closed, signed out, confirmation mailed.
    await b.get('/fr-fr/account');
    expect((await b.post('/fr-fr/account/close', { closePassword: 'nope nope nope' })).status).toBe(400);
    const closed = await b.post('/fr-fr/account/close', { closePassword: 'a brand new passphrase' });
    expect(closed.text).toContain('Votre compte est clôturé');
    expect((await lastMail(email)).template).toBe('accounts.closed-by-user');
    const [row] = await t.deps.db.select().from(users).where(eq(users.email, email));
    expect(row).toMatchObject({ status: 'closed', closedBy: 'user' });
    expect((await b.get('/fr-fr/account')).status).toBe(303);

    // A closed account's email cannot register again.
    const reRegister = await b.post('/fr-fr/sign-up', {
      name: 'Ada',
      email,
      password,
      market: 'FR',
      acceptTerms: 'on',
    });
    expect(reRegister.status).toBe(400);
    expect(reRegister.text).toContain(fr('form.error.closedAccount'));

    const actions = (await t.deps.db.select({ a: auditEvents.action }).from(auditEvents)).map((r) => r.a);
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.signed_up',
        'auth.email_verified',
        'auth.sign_in_failed',
        'auth.signed_in',
        'auth.password_reset',
        'account.closed_by_user',
      ]),
    );
  });

  it('refuses forms without the CSRF token or from another site', async () => {
    const b = new TestBrowser(t.app);
    await b.get('/fr-fr/sign-in');
    const missing = await b.post(
      '/fr-fr/sign-in',
      { email: 'x@example.com', password: 'whatever whatever' },
      { csrf: null },
    );
    expect(missing.status).toBe(403);
    const forged = await b.post(
      '/fr-fr/sign-in',
      { email: 'x@example.com', password: 'whatever whatever' },
      { csrf: 'forged-token-value' },
    );
    expect(forged.status).toBe(403);
    const other = new TestBrowser(t.app);
    await other.get('/fr-fr/sign-in');
    // A token from another browser's cookie does not fit this browser's cookie.
    expect(
      (
        await b.post(
          '/fr-fr/sign-in',
          { email: 'x@example.com', password: 'whatever whatever' },
          { csrf: other.csrf },
        )
      ).status,
    ).toBe(403);
  });

  it('changes the email only after the new address confirms, and the password signs out other sessions', async () => {
    const a = new TestBrowser(t.app);
    const email = 'grace@example.com';
    await a.post('/fr-fr/sign-up', {
      name: 'Grace',
      email,
      password: 'compilers are fun',
      market: 'FR',
      acceptTerms: 'on',
    });
    await a.post('/fr-fr/sign-in', { email, password: 'compilers are fun' });
    const second = new TestBrowser(t.app, '192.0.2.55');
    await second.post('/fr-fr/sign-in', { email, password: 'compilers are fun' });
    expect((await second.get('/fr-fr/account')).status).toBe(200);

    await a.get('/fr-fr/account');
    expect(
      (
        await a.post('/fr-fr/account/email', {
          newEmail: 'grace@navy.example',
          currentPassword: 'compilers are fun',
        })
      ).text,
    ).toContain('Nous avons envoyé un lien de confirmation');
    const [still] = await t.deps.db.select().from(users).where(eq(users.email, email));
    expect(still).toBeTruthy();
    const link = linkIn((await lastMail('grace@navy.example')).textBody, '/fr-fr/verify-email?token=');
    await a.get(link);
    await a.post('/fr-fr/verify-email', { token: new URL(`http://x${link}`).searchParams.get('token')! });
    expect((await a.get('/fr-fr/account')).text).toContain('grace@navy.example');
    expect((await lastMail(email)).template).toBe('accounts.email-changed');

    await a.get('/fr-fr/account');
    const changed = await a.post('/fr-fr/account/password', {
      currentPassword: 'compilers are fun',
      newPassword: 'nanoseconds matter',
    });
    expect(changed.text).toContain('Mot de passe modifié');
    expect((await a.get('/fr-fr/account')).status).toBe(200);
    expect((await second.get('/fr-fr/account')).status).toBe(303);
  });

  it('lists and revokes own sessions', async () => {
    const a = new TestBrowser(t.app);
    const email = 'linus@example.com';
    await a.post('/fr-fr/sign-up', {
      name: 'Linus',
      email,
      password: 'kernel hacking 101',
      market: 'FR',
      acceptTerms: 'on',
    });
    await a.post('/fr-fr/sign-in', { email, password: 'kernel hacking 101' });
    const phone = new TestBrowser(t.app, '192.0.2.77');
    await phone.post('/fr-fr/sign-in', { email, password: 'kernel hacking 101' });
    const page = await a.get('/fr-fr/account');
    expect(page.text).toContain('192.0.2.77');
    const ids = [...page.text.matchAll(/name="session" value="([0-9a-f]{64})"/g)].map((m) => m[1]!);
    expect(ids).toHaveLength(1);
    await a.post('/fr-fr/account/sessions/revoke', { session: ids[0]! });
    expect((await phone.get('/fr-fr/account')).status).toBe(303);
    expect((await a.get('/fr-fr/account')).status).toBe(200);
    // Someone else's session id is not found.
    const [foreign] = await t.deps.db.select().from(sessions).limit(1);
    expect(
      (await a.post('/fr-fr/account/sessions/revoke', { session: foreign!.id })).status,
    ).toBeGreaterThanOrEqual(400);
  });

  it('asks for the new terms when a version takes effect, then lets the user continue', async () => {
    const a = new TestBrowser(t.app);
    const email = 'terms@example.com';
    await a.post('/fr-fr/sign-up', {
      name: 'Tess',
      email,
      password: 'reading the fine print',
      market: 'FR',
      acceptTerms: 'on',
    });
    await a.post('/fr-fr/sign-in', { email, password: 'reading the fine print' });
    expect((await a.get('/fr-fr')).status).toBe(200);
    const now = t.clock.now();
    await t.deps.db.insert(legalDocuments).values({
      kind: 'terms',
      market: 'FR',
      version: '2026-11',
      title: 'Terms of use',
      body: 'New clause about trade-ins.',
      effectiveAt: new Date(now.getTime() + 60_000),
      createdAt: now,
    });
    expect((await a.get('/fr-fr')).status).toBe(200); // not in force yet
    t.clock.advance(120_000);
    const gated = await a.get('/fr-fr');
    expect(gated.status).toBe(303);
    expect(gated.location).toBe('/fr-fr/account/terms');
    const page = await a.get('/fr-fr/account/terms');
    expect(page.text).toContain('New clause about trade-ins.');
    expect((await a.post('/fr-fr/account/terms', {})).status).toBe(303);
    expect((await a.get('/fr-fr')).status).toBe(200);
  });
});
