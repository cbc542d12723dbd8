import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { linkIn, TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { authTokens, legalAcceptances, sessions, users } from '../../modules/accounts/accounts.schema.ts';
import { signUp } from '../../modules/accounts/sign-up.ts';
import { auditEvents } from '../../modules/audit/audit.schema.ts';
import { sellerMembers } from '../../modules/seller-team/seller-team.schema.ts';
import { sellers } from '../../modules/sellers/sellers.schema.ts';
import { translator } from '../../platform/i18n.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const GOOD_PASSWORD = 'violet harbour lantern sixty';

describe.each(ENGINES)('seller team invitations on %s', (engine) => {
  let t: T;
  let sellerId: number;
  let otherSellerId: number;
  let sellerName: string;
  let owner: TestBrowser;
  let staff: TestBrowser;
  let otherOwner: TestBrowser;
  let team: string;

  const browserFor = async (
    email: string,
    memberships: Array<{ sellerId: number; role: 'owner' | 'staff' }>,
  ) => {
    const actor = await createActor(t.deps, { email, sellers: memberships });
    const browser = new TestBrowser(t.app);
    browser.cookies.set('rl_session', (await actor.cookie()).replace(/^rl_session=/, ''));
    return { browser, actor };
  };

  /** The newest invitation email sent to `to`, and the path of its link. */
  const invitationMail = async (to: string) => {
    const [mail] = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.toAddress, to), eq(mailOutbox.template, 'seller.team-invite')))
      .orderBy(desc(mailOutbox.id))
      .limit(1);
    if (!mail) throw new Error(`no invitation to ${to}`);
    return { mail, link: linkIn(mail.textBody, '/seller/invitation?token=') };
  };
  const invite = async (email: string, role?: 'staff' | 'owner') => {
    await owner.get(team);
    return owner.post(team, role ? { email, role } : { email });
  };
  /** The translator of the locale a page is written in (the invitee reads their own language). */
  const trOf = (page: { text: string }) => translator(/<html lang="([^"]+)"/.exec(page.text)![1]!);
  const userByEmail = async (email: string) =>
    (await t.deps.db.select().from(users).where(eq(users.email, email)))[0];
  const membership = async (sid: number, userId: number) =>
    (
      await t.deps.db
        .select()
        .from(sellerMembers)
        .where(and(eq(sellerMembers.sellerId, sid), eq(sellerMembers.userId, userId)))
    )[0];
  const audits = (action: string, email: string) =>
    t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, action), sql`${auditEvents.details}->>'email' = ${email}`));

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 6, sellers: 3, offers: 20 });
    const all = await t.deps.db
      .select({ id: sellers.id, name: sellers.name })
      .from(sellers)
      .orderBy(sellers.id);
    sellerId = all[0]!.id;
    sellerName = all[0]!.name;
    otherSellerId = all[1]!.id;
    team = `/seller/${sellerId}/team`;
    owner = (await browserFor('owner@team.example', [{ sellerId, role: 'owner' }])).browser;
    staff = (await browserFor('staff@team.example', [{ sellerId, role: 'staff' }])).browser;
    otherOwner = (await browserFor('owner@other-team.example', [{ sellerId: otherSellerId, role: 'owner' }]))
      .browser;
  });
  // These assertions read the portal in English: its users chose English (otherwise a seller's
  // portal reads its market's language, portal-language.test.ts).
  beforeEach(async () => {
    await t.deps.db.update(users).set({ language: 'en' });
  });
  afterAll(async () => t?.close());

  it('an owner invites a new email; the invitee creates an account, is signed in and sees the dashboard; the link works once', async () => {
    const sent = await invite('  New.Hire@Team.example ');
    expect(sent.status).toBe(303);
    expect(sent.location).toBe(`${team}?done=invited`);
    expect((await owner.get(sent.location!)).text).toContain('Invitation sent');

    const { mail, link } = await invitationMail('new.hire@team.example');
    expect(mail.subject).toContain(sellerName);
    expect(mail.textBody).toContain('expires on');
    expect(link).toMatch(/^\/seller\/invitation\?token=[A-Za-z0-9_-]{20,100}$/);
    expect(await audits('seller.staff_invited', 'new.hire@team.example')).toHaveLength(1);

    // Listed on the team page, with a cancel button for owners only.
    const listed = await owner.get(team);
    expect(listed.text).toContain('Pending invitations');
    expect(listed.text).toContain('new.hire@team.example');
    expect(listed.text).toContain('Cancel invitation');
    const staffView = await staff.get(team);
    expect(staffView.text).toContain('new.hire@team.example');
    expect(staffView.text).not.toContain('Cancel invitation');

    const invitee = new TestBrowser(t.app, '203.0.113.77');
    const page = await invitee.get(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.text).toContain('<meta name="referrer" content="no-referrer">');
    expect(page.text).toContain(trOf(page)('portal.invitation.title', { seller: sellerName }));
    expect(page.text).toContain('new.hire@team.example');
    expect(page.text).toContain('name="_csrf"');
    const token = new URL(link, 'http://x').searchParams.get('token')!;

    // Bad input: 400 with field-level messages, nothing created, the link still valid.
    const weak = await invitee.post('/seller/invitation', {
      token,
      name: 'New Hire',
      password: 'short',
      acceptTerms: 'on',
    });
    expect(weak.status).toBe(400);
    expect(weak.text).toContain(
      `${trOf(weak)('portal.invitation.password')}: must be at least 12 characters long`,
    );
    expect(weak.text).toContain('value="New Hire"');
    const noTerms = await invitee.post('/seller/invitation', { token, name: '', password: GOOD_PASSWORD });
    expect(noTerms.status).toBe(400);
    expect(noTerms.text).toContain(`${trOf(noTerms)('portal.invitation.name')}: is required`);
    expect(noTerms.text).toContain('must be accepted to continue');
    const noCsrf = await invitee.post(
      '/seller/invitation',
      { token, name: 'New Hire', password: GOOD_PASSWORD, acceptTerms: 'on' },
      { csrf: null },
    );
    expect(noCsrf.status).toBe(403);
    expect(await userByEmail('new.hire@team.example')).toBeUndefined();
    expect((await invitee.get(link)).status).toBe(200);

    const accepted = await invitee.post('/seller/invitation', {
      token,
      name: 'New Hire',
      password: GOOD_PASSWORD,
      acceptTerms: 'on',
    });
    expect(accepted.status).toBe(303);
    expect(accepted.location).toBe(`/seller/${sellerId}`);
    expect(invitee.cookies.get('rl_session')).toBeTruthy();
    const dashboard = await invitee.get(accepted.location!);
    expect(dashboard.status).toBe(200);
    // The new account has no language of its own: the portal reads the seller market's language.
    const tr = translator(/<html lang="([^"]+)"/.exec(dashboard.text)![1]!);
    expect(dashboard.text).toContain(`<h1>${tr('portal.dashboard.title')}</h1>`);
    expect(dashboard.text).toContain('New Hire');

    const user = (await userByEmail('new.hire@team.example'))!;
    expect(user).toMatchObject({ name: 'New Hire', buyerType: 'consumer', status: 'active' });
    expect(user.emailVerifiedAt).not.toBeNull();
    const [seller] = await t.deps.db.select().from(sellers).where(eq(sellers.id, sellerId));
    expect(user.market).toBe(
      ['FR', 'DE', 'NL', 'SE', 'BE', 'ES', 'IT', 'GB', 'US'].includes(seller!.country)
        ? seller!.country
        : 'FR',
    );
    expect((await membership(sellerId, user.id))?.role).toBe('staff');
    const accepted_ = await t.deps.db
      .select()
      .from(legalAcceptances)
      .where(eq(legalAcceptances.userId, user.id));
    expect(accepted_.length).toBeGreaterThan(0);
    expect(await audits('seller.staff_added', 'new.hire@team.example')).toHaveLength(1);
    const userSessions = await t.deps.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(userSessions).toHaveLength(1);
    // The new account can sign in with its password like any other.
    const signIn = new TestBrowser(t.app, '203.0.113.78');
    const signedIn = await signIn.post('/fr-fr/sign-in', {
      email: 'new.hire@team.example',
      password: GOOD_PASSWORD,
    });
    expect(signedIn.status).toBe(303);

    // Single use: the link is refused afterwards, by GET and by POST.
    const again = await new TestBrowser(t.app).get(link);
    expect(again.status).toBe(404);
    expect(again.text).toContain(trOf(again)('portal.invitation.invalidTitle'));
    const replay = await invitee.post('/seller/invitation', {
      token,
      name: 'Someone else',
      password: GOOD_PASSWORD,
      acceptTerms: 'on',
    });
    expect(replay.status).toBe(404);
    expect((await owner.get(team)).text).not.toContain(
      'Cancel invitation<span class="visually-hidden"> for new.hire',
    );
  });

  it('an owner may invite an owner; the role is validated', async () => {
    const bad = await invite('role@team.example', 'admin' as 'owner');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Role: must be staff or owner');
    const badEmail = await invite('not-an-email');
    expect(badEmail.status).toBe(400);
    expect(badEmail.text).toContain('Email: must be an email address');
    expect(
      await t.deps.db.select().from(authTokens).where(eq(authTokens.email, 'role@team.example')),
    ).toEqual([]);

    expect((await invite('co.owner@team.example', 'owner')).status).toBe(303);
    const { link } = await invitationMail('co.owner@team.example');
    const invitee = new TestBrowser(t.app);
    const invitation = await invitee.get(link);
    const tr = trOf(invitation);
    const role = tr('portal.team.roleName', { role: 'owner' });
    // The intro names the role in the reader's language (the expiry date follows).
    const intro = tr('portal.invitation.intro', {
      seller: sellerName,
      role,
      email: 'co.owner@team.example',
      date: '\0',
    });
    expect(invitation.text).toContain(intro.split('\0')[0]);
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    const done = await invitee.post('/seller/invitation', {
      token,
      name: 'Co Owner',
      password: GOOD_PASSWORD,
      acceptTerms: 'on',
    });
    expect(done.status).toBe(303);
    const user = (await userByEmail('co.owner@team.example'))!;
    expect((await membership(sellerId, user.id))?.role).toBe('owner');
  });

  it('staff cannot invite or cancel; a second invitation to the same email replaces the first', async () => {
    await staff.get(team);
    expect((await staff.post(team, { email: 'from-staff@team.example' })).status).toBe(403);
    expect(
      await t.deps.db.select().from(authTokens).where(eq(authTokens.email, 'from-staff@team.example')),
    ).toEqual([]);

    expect((await invite('twice@team.example')).location).toBe(`${team}?done=invited`);
    const first = (await invitationMail('twice@team.example')).link;
    expect((await staff.post(`${team}/invitations/cancel`, { email: 'twice@team.example' })).status).toBe(
      403,
    );

    const resent = await invite('twice@team.example');
    expect(resent.location).toBe(`${team}?done=resent`);
    const second = (await invitationMail('twice@team.example')).link;
    expect(second).not.toBe(first);
    expect((await new TestBrowser(t.app).get(first)).status).toBe(404);
    expect((await new TestBrowser(t.app).get(second)).status).toBe(200);
    const page = (await owner.get(team)).text;
    expect(page.split('<td>twice@team.example</td>')).toHaveLength(2);
  });

  it('an owner cancels a pending invitation: its link is refused; another seller’s owner can neither see nor cancel it', async () => {
    await invite('cancel.me@team.example');
    const { link } = await invitationMail('cancel.me@team.example');

    expect((await otherOwner.get(team)).status).toBe(403);
    await otherOwner.get(`/seller/${otherSellerId}/team`);
    expect(
      (await otherOwner.post(`${team}/invitations/cancel`, { email: 'cancel.me@team.example' })).status,
    ).toBe(403);
    const foreign = await otherOwner.post(`/seller/${otherSellerId}/team/invitations/cancel`, {
      email: 'cancel.me@team.example',
    });
    expect(foreign.status).toBe(404);
    expect((await otherOwner.get(`/seller/${otherSellerId}/team`)).text).not.toContain(
      'cancel.me@team.example',
    );
    expect((await new TestBrowser(t.app).get(link)).status).toBe(200);

    await owner.get(team);
    const cancelled = await owner.post(`${team}/invitations/cancel`, { email: 'cancel.me@team.example' });
    expect(cancelled.status).toBe(303);
    expect(cancelled.location).toBe(`${team}?done=cancelled`);
    expect((await owner.get(team)).text).not.toContain('cancel.me@team.example');
    expect(await audits('seller.staff_invitation_cancelled', 'cancel.me@team.example')).toHaveLength(1);

    const refused = await new TestBrowser(t.app).get(link);
    expect(refused.status).toBe(404);
    expect(refused.text).toContain(trOf(refused)('portal.invitation.invalidTitle'));
    expect((await owner.post(`${team}/invitations/cancel`, { email: 'cancel.me@team.example' })).status).toBe(
      404,
    );
  });

  it('an existing account gets the same answer and email as a new address, and joins only by accepting signed in', async () => {
    const { actor, browser: existing } = await browserFor('existing@team.example', []);
    const forExisting = await invite('Existing@Team.example');
    const forNew = await invite('nobody.yet@team.example');
    // The form does not tell whether an address has an account.
    expect(forExisting.status).toBe(303);
    expect(forExisting.location).toBe(`${team}?done=invited`);
    expect(forNew.location).toBe(forExisting.location);
    const a = await invitationMail('existing@team.example');
    const b = await invitationMail('nobody.yet@team.example');
    expect(a.mail.subject).toBe(b.mail.subject);
    expect(a.mail.textBody).toContain('signed in as existing@team.example');
    // Nothing is granted at invitation time.
    expect(await membership(sellerId, actor.userId)).toBeUndefined();
    expect(
      await t.deps.db.select().from(mailOutbox).where(eq(mailOutbox.template, 'seller.team-added')),
    ).toEqual([]);

    const page = await existing.get(a.link);
    expect(page.text).toContain(`${trOf(page)('portal.invitation.join', { seller: sellerName })}</button>`);
    const joined = await existing.post('/seller/invitation', {
      token: new URL(a.link, 'http://x').searchParams.get('token')!,
    });
    expect(joined.status).toBe(303);
    expect((await membership(sellerId, actor.userId))?.role).toBe('staff');
    expect(await audits('seller.staff_added', 'existing@team.example')).toHaveLength(1);
    const twice = await invite('existing@team.example');
    expect(twice.status).toBe(400);
    expect(twice.text).toContain('already a member');
  });

  it('an attacker who pre-registered the invitee’s address (unverified) gets no role; the verified owner does', async () => {
    const email = 'target@team.example';
    await signUp(t.deps, {
      input: { email, password: GOOD_PASSWORD, name: 'Squatter', market: 'FR', acceptTerms: true },
      business: false,
      meta: { ip: '198.51.100.9', userAgent: 'test' },
    });
    const squatterUser = (await userByEmail(email))!;
    expect(squatterUser.emailVerifiedAt).toBeNull();
    const sent = await invite(email);
    expect(sent.location).toBe(`${team}?done=invited`);
    expect(await membership(sellerId, squatterUser.id)).toBeUndefined();

    const { link } = await invitationMail(email);
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    const squatter = new TestBrowser(t.app, '198.51.100.9');
    expect((await squatter.post('/fr-fr/sign-in', { email, password: GOOD_PASSWORD })).status).toBe(303);
    const page = await squatter.get(link);
    expect(page.text).toContain(trOf(page)('portal.invitation.unverified', { email }));
    expect(page.text).not.toContain(
      `${trOf(page)('portal.invitation.join', { seller: sellerName })}</button>`,
    );
    const refused = await squatter.post('/seller/invitation', { token });
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('verif');
    expect(await membership(sellerId, squatterUser.id)).toBeUndefined();
    // The invitation is not spent by the refusal.
    expect((await new TestBrowser(t.app).get(link)).status).toBe(200);

    // Once the address is verified (here: its owner followed the verification link), the owner
    // signed in as it accepts.
    await t.deps.db
      .update(users)
      .set({ emailVerifiedAt: t.clock.now() })
      .where(eq(users.id, squatterUser.id));
    const owner_ = new TestBrowser(t.app, '198.51.100.10');
    expect((await owner_.post('/fr-fr/sign-in', { email, password: GOOD_PASSWORD })).status).toBe(303);
    await owner_.get(link);
    expect((await owner_.post('/seller/invitation', { token })).status).toBe(303);
    expect((await membership(sellerId, squatterUser.id))?.role).toBe('staff');
  });

  it('an account created after the invitation accepts it signed in as that email, and only as that email', async () => {
    await invite('late@team.example');
    const { link } = await invitationMail('late@team.example');
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    const { browser: late, actor } = await browserFor('late@team.example', []);

    const anonymous = new TestBrowser(t.app);
    const asAnon = await anonymous.get(link);
    expect(asAnon.status).toBe(200);
    expect(asAnon.text).toContain(trOf(asAnon)('portal.invitation.existing', { email: 'late@team.example' }));
    expect(asAnon.text).toContain(`/sign-in?next=${encodeURIComponent(link)}`);
    expect(asAnon.text).not.toContain('name="password"');
    const anonPost = await anonymous.post('/seller/invitation', {
      token,
      name: 'X',
      password: GOOD_PASSWORD,
      acceptTerms: 'on',
    });
    expect(anonPost.status).toBe(401);
    expect(anonPost.text).toContain(
      trOf(anonPost)('portal.invitation.signInFirst', { email: 'late@team.example' }),
    );

    const { browser: someoneElse } = await browserFor('someone.else@team.example', []);
    await someoneElse.get(link);
    expect((await someoneElse.post('/seller/invitation', { token })).status).toBe(403);
    expect(await membership(sellerId, actor.userId)).toBeUndefined();

    const mine = await late.get(link);
    expect(mine.text).toContain(`${trOf(mine)('portal.invitation.join', { seller: sellerName })}</button>`);
    const joined = await late.post('/seller/invitation', { token });
    expect(joined.status).toBe(303);
    expect(joined.location).toBe(`/seller/${sellerId}`);
    expect((await late.get(joined.location!)).status).toBe(200);
    expect((await membership(sellerId, actor.userId))?.role).toBe('staff');
    expect((await late.get(link)).status).toBe(404);
  });

  it('an expired invitation is refused', async () => {
    await invite('expired@team.example');
    const { link } = await invitationMail('expired@team.example');
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    const invitee = new TestBrowser(t.app);
    expect((await invitee.get(link)).status).toBe(200);
    t.clock.advance(7 * 24 * 3_600_000 + 60_000);
    const late = await invitee.get(link);
    expect(late.status).toBe(404);
    expect(late.text).toContain(trOf(late)('portal.invitation.invalidTitle'));
    const post = await invitee.post('/seller/invitation', {
      token,
      name: 'Too Late',
      password: GOOD_PASSWORD,
      acceptTerms: 'on',
    });
    expect(post.status).toBe(404);
    expect(await userByEmail('expired@team.example')).toBeUndefined();
  });
});
