import { and, desc, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { linkIn, TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { operatorRoles, sessions, users } from '../../modules/accounts/accounts.schema.ts';
import { inviteOperator } from '../../modules/accounts/operator/invite-operator.ts';
import { SESSION_POLICY } from '../../modules/accounts/session.rules.ts';
import { signUp } from '../../modules/accounts/sign-up.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';

const META = { ip: '198.51.100.4', userAgent: 'test' };
const PASSWORD = 'correct horse battery staple';

/**
 * Operator invitations grant the role only at acceptance, only to an account whose email is
 * verified and whose owner accepts while signed in as the invited address (issue 12, finding 3).
 */
describe.each(ENGINES)('operator invitations (%s)', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let adminId: number;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 2, sellers: 1, offers: 2 });
    adminId = (await createActor(t.deps, { email: 'admin.inviter@reloop.test', operator: ['admin'] })).userId;
  });
  afterAll(async () => t?.close());

  const invite = async (email: string, role: 'support' | 'compliance' = 'support') => {
    await inviteOperator(t.deps, { operatorId: adminId, input: { email, role }, meta: META });
    const [mail] = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.toAddress, email.toLowerCase()),
          eq(mailOutbox.template, 'accounts.operator-invite'),
        ),
      )
      .orderBy(desc(mailOutbox.id))
      .limit(1);
    const link = linkIn(mail!.textBody, '/console/invitation?token=');
    return { link, token: new URL(link, 'http://x').searchParams.get('token')!, mail: mail! };
  };
  const rolesOfEmail = async (email: string) => {
    const [u] = await t.deps.db.select().from(users).where(eq(users.email, email));
    if (!u) return [];
    const rows = await t.deps.db.select().from(operatorRoles).where(eq(operatorRoles.userId, u.id));
    return rows.map((r) => r.role);
  };
  const signedIn = async (email: string, password = PASSWORD) => {
    const b = new TestBrowser(t.app, '198.51.100.5');
    const r = await b.post('/fr-fr/sign-in', { email, password });
    expect(r.status).toBe(303);
    return b;
  };

  it('an attacker who pre-registered the invitee’s address (unverified) gets no role; after the owner takes the mailbox back and signs in verified, the role is granted', async () => {
    const email = 'future.operator@reloop.test';
    // The attacker registers the address first and never verifies it (the link went to the real mailbox).
    await signUp(t.deps, {
      input: { email, password: PASSWORD, name: 'Squatter', market: 'FR', acceptTerms: true },
      business: false,
      meta: META,
    });
    const { link, token, mail } = await invite(email);
    expect(await rolesOfEmail(email)).toEqual([]);

    // Whoever follows the link without being signed in cannot accept for the existing account.
    const guest = new TestBrowser(t.app, '198.51.100.6');
    const page = await guest.get(link);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`Sign in as ${email}`);
    expect(page.text).not.toContain('name="password"');
    const anonymous = await guest.post('/console/invitation', { token, name: 'Owner', password: PASSWORD });
    expect(anonymous.status).toBe(401);
    expect(await rolesOfEmail(email)).toEqual([]);

    // The squatter, signed in as the address but unverified, is refused: verify the email first.
    const squatter = await signedIn(email);
    const squatterPage = await squatter.get(link);
    expect(squatterPage.text).toContain('not verified');
    const bySquatter = await squatter.post('/console/invitation', { token });
    expect(bySquatter.status).toBe(403);
    expect(bySquatter.text).toContain('verif');
    expect(await rolesOfEmail(email)).toEqual([]);

    // Someone else, verified, signed in: refused.
    await createActor(t.deps, { email: 'other.person@reloop.test', password: PASSWORD });
    const other = await signedIn('other.person@reloop.test');
    await other.get(link);
    const byOther = await other.post('/console/invitation', { token });
    expect(byOther.status).toBe(403);
    expect(await rolesOfEmail('other.person@reloop.test')).toEqual([]);
    expect(await rolesOfEmail(email)).toEqual([]);

    // The real owner resets the password from the mailbox: the squatter's sessions end and the
    // address is verified (the reset link proves the mailbox).
    await new TestBrowser(t.app).post('/fr-fr/forgot-password', { email });
    const [reset] = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.toAddress, email), eq(mailOutbox.template, 'accounts.reset-password')))
      .orderBy(desc(mailOutbox.id))
      .limit(1);
    const resetToken = new URL(
      linkIn(reset!.textBody, '/reset-password?token='),
      'http://x',
    ).searchParams.get('token')!;
    const newPassword = 'the real owner passphrase';
    expect(
      (
        await new TestBrowser(t.app).post('/fr-fr/reset-password', {
          token: resetToken,
          password: newPassword,
        })
      ).status,
    ).toBe(200);
    const [owner] = await t.deps.db.select().from(users).where(eq(users.email, email));
    expect(owner!.emailVerifiedAt).not.toBeNull();

    const real = await signedIn(email, newPassword);
    const mine = await real.get(link);
    expect(mine.text).toContain('Accept the invitation');
    const accepted = await real.post('/console/invitation', { token });
    expect(accepted.status).toBe(200);
    expect(accepted.text).toContain('sign in again');
    expect(await rolesOfEmail(email)).toEqual(['support']);
    // Gaining the role ended every session opened as a shopper (30-day lifetime).
    const live = await t.deps.db
      .select({ id: sessions.id })
      .from(sessions)
      .where(and(eq(sessions.userId, owner!.id), isNull(sessions.revokedAt)));
    expect(live).toEqual([]);
    // The link is spent.
    expect((await real.get(link)).status).toBe(404);
    // The email said how to accept.
    expect(mail.textBody).toContain(`signed in as ${email}`);
    // Signing in again opens an operator session with the operator lifetime.
    const again = await signedIn(email, newPassword);
    expect((await again.get('/console/users')).status).toBe(200);
    const [fresh] = await t.deps.db
      .select({ createdAt: sessions.createdAt, expiresAt: sessions.expiresAt })
      .from(sessions)
      .where(and(eq(sessions.userId, owner!.id), isNull(sessions.revokedAt)));
    expect(fresh!.expiresAt.getTime() - fresh!.createdAt.getTime()).toBe(SESSION_POLICY.operator.absoluteMs);
  });

  it('a verified account signed in as the invited address (any case) accepts; a new address still registers through the link', async () => {
    const existing = await createActor(t.deps, {
      email: 'verified.colleague@reloop.test',
      password: PASSWORD,
    });
    const { link, token } = await invite('Verified.Colleague@Reloop.test', 'compliance');
    const b = await signedIn(existing.email);
    expect((await b.get(link)).text).toContain('Accept the invitation');
    const ok = await b.post('/console/invitation', { token });
    expect(ok.status).toBe(200);
    expect(await rolesOfEmail(existing.email)).toEqual(['compliance']);

    // No account: the link creates one, verified by the link itself, as before.
    const fresh = await invite('brand.new.operator@reloop.test');
    const guest = new TestBrowser(t.app, '198.51.100.7');
    const form = await guest.get(fresh.link);
    expect(form.text).toContain('autocomplete="new-password"');
    const created = await guest.post('/console/invitation', {
      token: fresh.token,
      name: 'Brand New',
      password: PASSWORD,
    });
    expect(created.status).toBe(200);
    const [u] = await t.deps.db.select().from(users).where(eq(users.email, 'brand.new.operator@reloop.test'));
    expect(u!.emailVerifiedAt).not.toBeNull();
    expect(await rolesOfEmail('brand.new.operator@reloop.test')).toEqual(['support']);
  });
});
