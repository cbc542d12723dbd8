import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolSecondFactor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { operatorRoles, users } from '../../modules/accounts/accounts.schema.ts';
import { createSession } from '../../modules/accounts/create-session.ts';
import { acceptCurrentDocuments } from '../../modules/accounts/legal-acceptance.ts';
import { createOperator } from '../../modules/accounts/operator/create-operator.ts';
import { signUp } from '../../modules/accounts/sign-up.ts';
import { statementsOfReasons } from '../../modules/compliance/compliance.schema.ts';
import type { OperatorRole } from '../../platform/http/actor.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';
import { randomToken } from '../../platform/security/tokens.ts';

const META = { ip: '1.1.1.1', userAgent: 'test' };
const PASSWORD = 'correct horse battery staple';
const FORM = 'application/x-www-form-urlencoded';

describe.each(ENGINES)('operator console (%s)', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 3, offers: 60 });
  });
  afterAll(async () => t?.close());

  /** A browser: a CSRF cookie, optionally a session cookie, and the page's `_csrf` once seen. */
  function browser(sessionToken?: string) {
    let csrfCookie = '';
    let csrfField = '';
    const cookie = () =>
      [sessionToken ? `rl_session=${sessionToken}` : '', csrfCookie ? `rl_csrf=${csrfCookie}` : '']
        .filter(Boolean)
        .join('; ');
    const remember = (res: Response, text: string) => {
      const set = /(?:^|,\s*)rl_csrf=([^;]+)/.exec(res.headers.get('set-cookie') ?? '');
      if (set) csrfCookie = set[1]!;
      const field = /name="_csrf" value="([^"]+)"/.exec(text);
      if (field) csrfField = field[1]!;
    };
    return {
      async get(path: string) {
        const res = await t.app.request(path, { headers: { cookie: cookie() } });
        const text = await res.text();
        remember(res, text);
        return { status: res.status, headers: res.headers, text };
      },
      async post(path: string, fields: Record<string, string>, opts: { csrf?: boolean } = {}) {
        const body = new URLSearchParams({ ...fields, ...(opts.csrf === false ? {} : { _csrf: csrfField }) });
        const res = await t.app.request(path, {
          method: 'POST',
          headers: { cookie: cookie(), 'content-type': FORM },
          body: body.toString(),
        });
        const text = await res.text();
        remember(res, text);
        return { status: res.status, headers: res.headers, text };
      },
    };
  }

  async function operator(role: OperatorRole) {
    const email = `${role}-${randomToken(4).toLowerCase()}@reloop.test`;
    const { userId } = await createOperator(t.deps, {
      email,
      name: `${role} operator`,
      password: PASSWORD,
      role,
      grantedBy: null,
    });
    // The terms gate (termsGate / resolveActor) currently also applies to staff accounts, which
    // createOperator does not make accept the terms: without this, /console redirects to /fr-fr/account/terms.
    await acceptCurrentDocuments(t.deps.db, { userId, market: 'FR', now: t.clock.now(), ip: META.ip });
    // Admins use the console once a second factor is set up and verified in the session.
    if (role === 'admin') await enrolSecondFactor(t.deps, userId);
    const token = await createSession(t.deps.db, {
      userId,
      isOperator: true,
      now: t.clock.now(),
      meta: META,
      ...(role === 'admin' ? { secondFactorAt: t.clock.now() } : {}),
    });
    return { userId, email, b: browser(token) };
  }

  async function consumer(name: string) {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${randomToken(4).toLowerCase()}@example.com`;
    await signUp(t.deps, {
      input: { email, password: PASSWORD, name, market: 'FR', acceptTerms: true },
      business: false,
      meta: META,
    });
    const [u] = await t.deps.db.select().from(users).where(eq(users.email, email));
    return u!;
  }

  const userRow = async (id: number) => (await t.deps.db.select().from(users).where(eq(users.id, id)))[0]!;

  it('sends signed-out visitors to sign in and refuses non-operators', async () => {
    const anon = await browser().get('/console/users');
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toBe('/fr-fr/sign-in?next=%2Fconsole%2Fusers');
    const u = await consumer('Plain Buyer');
    await acceptCurrentDocuments(t.deps.db, { userId: u.id, market: 'FR', now: t.clock.now(), ip: META.ip });
    const token = await createSession(t.deps.db, {
      userId: u.id,
      isOperator: false,
      now: t.clock.now(),
      meta: META,
    });
    expect((await browser(token).get('/console/users')).status).toBe(403);
  });

  it('lets support search users and open a detail page, but not the audit log or operators', async () => {
    const { b } = await operator('support');
    const home = await b.get('/console');
    expect(home.status).toBe(303);
    expect(home.headers.get('location')).toBe('/console/users');
    const u = await consumer('Zoë Searchable');
    const byEmail = await b.get(`/console/users?q=${encodeURIComponent(u.email.slice(0, 12).toUpperCase())}`);
    expect(byEmail.status).toBe(200);
    expect(byEmail.text).toContain('<html lang="en">');
    expect(byEmail.text).toContain(`href="/console/users/${u.id}"`);
    expect(byEmail.text).toContain('consumer');
    expect(byEmail.text).not.toContain('href="/console/audit"');
    const byName = await b.get('/console/users?q=zo%C3%AB+search&status=active');
    expect(byName.text).toContain(`href="/console/users/${u.id}"`);
    const closedOnly = await b.get('/console/users?q=zo%C3%AB+search&status=closed');
    expect(closedOnly.text).toContain('No account matches');
    const byId = await b.get(`/console/users?q=${u.id}`);
    expect(byId.text).toContain(`href="/console/users/${u.id}"`);

    const detail = await b.get(`/console/users/${u.id}`);
    expect(detail.status).toBe(200);
    expect(detail.text).toContain(u.email);
    expect(detail.text).toContain('Close account');
    expect(detail.text).not.toContain('Reopen account');
    expect(detail.text).toContain('name="_csrf"');
    expect(detail.text).toContain('Skip to main content');
    expect(detail.text).toContain('auth.signed_up');

    expect((await b.get('/console/users/99999999')).status).toBe(404);
    expect((await b.get('/console/audit')).status).toBe(403);
    expect((await b.get('/console/operators')).status).toBe(403);
  });

  it('refuses a closure without facts, changing nothing', async () => {
    const { b } = await operator('support');
    const u = await consumer('Missing Details');
    await b.get(`/console/users/${u.id}`);
    const r = await b.post(`/console/users/${u.id}/close`, { reason: 'fraud', details: '  ' });
    expect(r.status).toBe(400);
    expect(r.text).toContain('class="error-summary"');
    expect(r.text).toContain('href="#f-details"');
    expect(r.text).toContain('aria-invalid="true"');
    expect(r.text).toContain('<option value="fraud" selected>');
    expect((await userRow(u.id)).status).toBe('active');
    const sors = await t.deps.db
      .select()
      .from(statementsOfReasons)
      .where(eq(statementsOfReasons.subjectUserId, u.id));
    expect(sors).toHaveLength(0);

    const illegal = await b.post(`/console/users/${u.id}/close`, {
      reason: 'illegal_content',
      details: 'Listed stolen goods.',
    });
    expect(illegal.status).toBe(400);
    expect(illegal.text).toContain('href="#f-legalGround"');

    const noCsrf = await b.post(
      `/console/users/${u.id}/close`,
      { reason: 'fraud', details: 'x' },
      { csrf: false },
    );
    expect(noCsrf.status).toBe(403);
    expect((await userRow(u.id)).status).toBe('active');
  });

  it('closes an account with a statement of reasons, then authorises re-registration', async () => {
    const support = await operator('support');
    const compliance = await operator('compliance');
    const u = await consumer('Fraudulent Frank');
    const userToken = await createSession(t.deps.db, {
      userId: u.id,
      isOperator: false,
      now: t.clock.now(),
      meta: META,
    });
    expect(userToken).toBeTruthy();

    await support.b.get(`/console/users/${u.id}`);
    const r = await support.b.post(`/console/users/${u.id}/close`, {
      reason: 'fraud',
      details: 'Three chargebacks on delivered orders.',
      legalGround: '',
      source: 'own_initiative',
    });
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe(`/console/users/${u.id}?done=closed`);

    const closed = await userRow(u.id);
    expect(closed.status).toBe('closed');
    expect(closed.closedBy).toBe('platform');
    const [sor] = await t.deps.db
      .select()
      .from(statementsOfReasons)
      .where(eq(statementsOfReasons.subjectUserId, u.id));
    expect(sor).toMatchObject({
      reasonCode: 'fraud',
      facts: 'Three chargebacks on delivered orders.',
      decidedBy: support.userId,
    });
    const mails = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.toAddress, u.email), eq(mailOutbox.template, 'accounts.closed-by-platform')));
    expect(mails).toHaveLength(1);

    const page = await support.b.get(`/console/users/${u.id}?done=closed`);
    expect(page.text).toContain('role="status"');
    expect(page.text).toContain('The account was closed');
    expect(page.text).toContain(sor!.id);
    expect(page.text).toContain('Live sessions</dt><dd>0');
    // Support may close but not reopen or release.
    expect(page.text).not.toContain('Reopen account');
    expect(page.text).not.toContain('Authorise re-registration');
    expect((await support.b.post(`/console/users/${u.id}/authorise-reregistration`, {})).status).toBe(403);

    // Closing again is a conflict, shown on the page.
    const again = await support.b.post(`/console/users/${u.id}/close`, {
      reason: 'fraud',
      details: 'Again.',
    });
    expect(again.status).toBe(409);
    expect(again.text).toContain('This account is already closed');

    const cPage = await compliance.b.get(`/console/users/${u.id}`);
    expect(cPage.text).toContain('Reopen account');
    expect(cPage.text).toContain('Authorise re-registration');
    const auth = await compliance.b.post(`/console/users/${u.id}/authorise-reregistration`, {});
    expect(auth.status).toBe(303);
    expect(auth.headers.get('location')).toBe(`/console/users/${u.id}?done=authorised`);
    expect((await userRow(u.id)).reregistrationAllowedAt).not.toBeNull();
    const after = await compliance.b.get(`/console/users/${u.id}?done=authorised`);
    expect(after.text).toContain('may now register again');
    expect(after.text).not.toContain(`action="/console/users/${u.id}/authorise-reregistration"`);

    const reopen = await compliance.b.post(`/console/users/${u.id}/reopen`, { note: 'Appeal upheld.' });
    expect(reopen.status).toBe(303);
    expect((await userRow(u.id)).status).toBe('active');
    const reopenAgain = await compliance.b.post(`/console/users/${u.id}/reopen`, { note: '' });
    expect(reopenAgain.status).toBe(409);
  });

  it('shows admins the audit log, filtered and paged', async () => {
    const admin = await operator('admin');
    const u = await consumer('Audited Alice');
    await admin.b.get(`/console/users/${u.id}`);
    const closed = await admin.b.post(`/console/users/${u.id}/close`, {
      reason: 'scraping',
      details: 'Ten thousand product pages an hour.',
    });
    expect(closed.status).toBe(303);

    const log = await admin.b.get('/console/audit');
    expect(log.status).toBe(200);
    expect(log.text).toContain('account.closed_by_platform');
    expect(log.text).toContain('href="/console/operators"');
    const filtered = await admin.b.get(`/console/audit?action=account.closed&user=${u.id}`);
    expect(filtered.text).toContain('account.closed_by_platform');
    expect(filtered.text).not.toContain('auth.signed_up');
    const before = await admin.b.get('/console/audit?before=1');
    expect(before.status).toBe(200);
    expect(before.text).toContain('No event.');
    expect((await admin.b.get('/console/audit?user=abc')).status).toBe(400);
  });

  it('invites an operator who accepts and can then use the console', async () => {
    const admin = await operator('admin');
    const ops = await admin.b.get('/console/operators');
    expect(ops.status).toBe(200);
    expect(ops.text).toContain(admin.email);

    const bad = await admin.b.post('/console/operators/invite', { email: 'not-an-email', role: 'support' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('href="#f-email"');

    const email = `new-${randomToken(4).toLowerCase()}@reloop.test`;
    const sent = await admin.b.post('/console/operators/invite', { email, role: 'compliance' });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe('/console/operators?done=invited');
    const [mail] = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, email))
      .orderBy(desc(mailOutbox.id));
    const link = /\/console\/invitation\?token=([A-Za-z0-9_-]+)/.exec(mail!.textBody);
    expect(link).not.toBeNull();
    const token = link![1]!;

    const guest = browser();
    expect((await guest.get('/console/invitation?token=nope-nope-nope-nope-nope')).status).toBe(404);
    const form = await guest.get(`/console/invitation?token=${token}`);
    expect(form.status).toBe(200);
    expect(form.text).toContain(email);
    expect(form.text).toContain('autocomplete="new-password"');

    const weak = await guest.post('/console/invitation', { token, name: 'New Colleague', password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.text).toContain('href="#f-password"');
    expect(weak.text).toContain('value="New Colleague"');

    const ok = await guest.post('/console/invitation', { token, name: 'New Colleague', password: PASSWORD });
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('You can now sign in');
    expect(ok.text).toContain('href="/fr-fr/sign-in');
    expect((await guest.post('/console/invitation', { token, name: 'x', password: PASSWORD })).status).toBe(
      404,
    );

    const [newUser] = await t.deps.db.select().from(users).where(eq(users.email, email));
    const roles = await t.deps.db.select().from(operatorRoles).where(eq(operatorRoles.userId, newUser!.id));
    expect(roles.map((r) => r.role)).toEqual(['compliance']);

    await acceptCurrentDocuments(t.deps.db, {
      userId: newUser!.id,
      market: 'FR',
      now: t.clock.now(),
      ip: META.ip,
    });
    const session = await createSession(t.deps.db, {
      userId: newUser!.id,
      isOperator: true,
      now: t.clock.now(),
      meta: META,
    });
    const colleague = browser(session);
    const users_ = await colleague.get('/console/users');
    expect(users_.status).toBe(200);
    expect(users_.text).toContain('New Colleague');
    expect((await colleague.get('/console/operators')).status).toBe(403);
  });
});
