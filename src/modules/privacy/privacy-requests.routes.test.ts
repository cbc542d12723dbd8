/**
 * Data-subject requests and the privacy centre over HTTP, on every engine: the public form (bad
 * input names the field and stores nothing; the emailed link confirms it; forged links are 404),
 * the request desk (timers, authorization, identity, extension once and never late, answers sent
 * by the system in the requester's language with the right to complain on a refusal, the data
 * link's ZIP), and the privacy centre (restriction, objections, directives, rectification into
 * the desk, objection to marketing, erasure with its report).
 */
import { and, desc, eq, like } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { linkIn, TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp, TEST_NOW } from '../../../test/fixtures.ts';
import { DAY_MS } from '../../platform/clock.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';
import { findUser } from '../accounts/accounts.store.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { privacyRequests } from './privacy-requests.schema.ts';
import { privacyChoicesOf } from './privacy-requests.store.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type Actor = Awaited<ReturnType<typeof createActor>>;

describe.each(ENGINES)('privacy requests on %s', (engine) => {
  let t: T;
  let support: Actor;
  let moderator: Actor;
  let person: Actor;
  let ip = 0;

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 2, offers: 10 });
    support = await createActor(t.deps, {
      email: 'desk@reloop.test',
      buyerType: null,
      operator: ['support'],
    });
    moderator = await createActor(t.deps, {
      email: 'mod@reloop.test',
      buyerType: null,
      operator: ['moderator'],
    });
    person = await createActor(t.deps, { email: 'marie@example.com' });
  });
  afterAll(() => t?.close());

  const browser = async (actor?: Actor) => {
    const b = new TestBrowser(t.app, `203.0.113.${20 + (ip++ % 200)}`);
    if (actor) {
      const [k, v] = (await actor.cookie()).split('=');
      b.cookies.set(k!, v!);
    }
    return b;
  };
  const mailsTo = (to: string) =>
    t.deps.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to)).orderBy(desc(mailOutbox.id));
  const requestsBy = (email: string) =>
    t.deps.db
      .select()
      .from(privacyRequests)
      .where(eq(privacyRequests.email, email))
      .orderBy(desc(privacyRequests.id));

  /** Sends the public form and opens the emailed link: the request is in the desk. */
  const confirmedRequest = async (email: string, kind: string, storefront = 'fr-fr') => {
    const b = await browser();
    await b.get(`/${storefront}/privacy/request`);
    const sent = await b.post(`/${storefront}/privacy/request`, {
      name: 'Jeanne Martin',
      email,
      kind,
      details: 'Merci',
    });
    expect(sent.status).toBe(201);
    const [mail] = await mailsTo(email);
    const link = linkIn(mail!.textBody, `/${storefront}/privacy/request/verify`);
    const page = await b.get(link);
    expect(page.status).toBe(200);
    const token = new URL(`http://x${link}`).searchParams.get('token')!;
    const done = await b.post(`/${storefront}/privacy/request/verify`, { token });
    expect(done.status).toBe(200);
    return (await requestsBy(email))[0]!;
  };

  it('refuses a form with bad fields, naming each, and stores nothing', async () => {
    const b = await browser();
    await b.get('/fr-fr/privacy/request');
    const r = await b.post('/fr-fr/privacy/request', { name: '', email: 'nope', kind: 'do_not_sell' });
    expect(r.status).toBe(400);
    for (const f of ['f-name', 'f-email', 'f-kind']) expect(r.text).toContain(`href="#${f}"`);
    expect(await requestsBy('nope')).toEqual([]);
    const api = await t.app.request('/api/v1/privacy/requests', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ market: 'FR', kind: 'sell', name: 'A', email: 'a@example.com' }),
    });
    expect(api.status).toBe(400);
    const body = (await api.json()) as { code: string; errors?: Array<{ field: string }> };
    expect(body.code).toBe('INVALID_INPUT');
    expect(JSON.stringify(body)).toContain('kind');
  });

  it('asks for the email to be confirmed before the request reaches the desk, in the page’s language', async () => {
    const b = await browser();
    await b.get('/de-de/privacy/request');
    const r = await b.post('/de-de/privacy/request', {
      name: 'Max Muster',
      email: 'max@example.com',
      kind: 'access',
    });
    expect(r.status).toBe(201);
    const [req] = await requestsBy('max@example.com');
    expect(req).toMatchObject({ status: 'unverified', locale: 'de-DE', regime: 'gdpr', dueOn: '2026-12-21' });
    const [mail] = await mailsTo('max@example.com');
    expect(mail!.subject).toBe('Bestätigen Sie Ihren Datenschutzantrag');
    const desk = await (await browser(support)).get('/console/privacy-requests');
    expect(desk.text).not.toContain('max@example.com');
    // A forged or altered link confirms nothing.
    const forged = await b.post('/de-de/privacy/request/verify', {
      token: `${req!.id}.9999999999.${'A'.repeat(43)}`,
    });
    expect(forged.status).toBe(404);
    expect((await requestsBy('max@example.com'))[0]!.status).toBe('unverified');
  });

  it('acknowledges a confirmed request with its due day, and shows it in the desk with its timer', async () => {
    const req = await confirmedRequest('jeanne@example.com', 'rectification');
    expect(req).toMatchObject({ status: 'open', receivedOn: '2026-11-21', dueOn: '2026-12-21' });
    const [ack] = await mailsTo('jeanne@example.com');
    expect(ack!.subject).toContain(`n° ${req.id}`);
    expect(ack!.textBody).toContain('21 décembre 2026');
    const desk = await (await browser(support)).get('/console/privacy-requests');
    expect(desk.status).toBe(200);
    expect(desk.text).toContain(`/console/privacy-requests/${req.id}`);
    expect(desk.text).toContain('Due in 30 days');
  });

  it('lets only support, compliance and admins work the desk', async () => {
    expect((await (await browser(moderator)).get('/console/privacy-requests')).status).toBe(403);
    expect((await (await browser(person)).get('/console/privacy-requests')).status).toBe(403);
    expect((await (await browser()).get('/console/privacy-requests')).status).toBe(303);
    const api = await t.app.request('/api/v1/console/privacy-requests', {
      headers: { cookie: await person.cookie() },
    });
    expect(api.status).toBe(403);
  });

  it('extends once with reasons emailed, refuses a second extension and one without reasons', async () => {
    const req = await confirmedRequest('ext@example.com', 'objection');
    const op = await browser(support);
    await op.get(`/console/privacy-requests/${req.id}`);
    const empty = await op.post(`/console/privacy-requests/${req.id}/extend`, { reason: ' ', by: '2' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('href="#f-reason"');
    const ok = await op.post(`/console/privacy-requests/${req.id}/extend`, {
      reason: 'Many accounts to check',
      by: '2',
    });
    expect(ok.status).toBe(303);
    expect((await requestsBy('ext@example.com'))[0]!.dueOn).toBe('2027-02-21');
    const [notice] = await mailsTo('ext@example.com');
    expect(notice!.textBody).toContain('Many accounts to check');
    expect(notice!.textBody).toContain('21 février 2027');
    const again = await op.post(`/console/privacy-requests/${req.id}/extend`, { reason: 'Again', by: '1' });
    expect(again.status).toBe(409);
    expect((await requestsBy('ext@example.com'))[0]!.dueOn).toBe('2027-02-21');
  });

  it('refuses an extension after the first month with 409 INVALID_STATE, changing nothing', async () => {
    const req = await confirmedRequest('late@example.com', 'restriction');
    t.clock.set(new Date(Date.parse(TEST_NOW) + 31 * DAY_MS));
    try {
      const op = await browser(support);
      await op.get(`/console/privacy-requests/${req.id}`);
      const late = await op.post(`/console/privacy-requests/${req.id}/extend`, {
        reason: 'Too much work',
        by: '2',
      });
      expect(late.status).toBe(409);
      expect((await requestsBy('late@example.com'))[0]!.dueOn).toBe('2026-12-21');
      const desk = await op.get('/console/privacy-requests');
      expect(desk.text).toMatch(/Overdue by 1 day/);
    } finally {
      t.clock.set(TEST_NOW);
    }
  });

  it('answers an access request with a signed link to a ZIP, once the identity is verified', async () => {
    const req = await confirmedRequest(person.email, 'access');
    const op = await browser(support);
    await op.get(`/console/privacy-requests/${req.id}`);
    const early = await op.post(`/console/privacy-requests/${req.id}/answer`, {
      outcome: 'fulfil',
      text: '',
    });
    expect(early.status).toBe(409);
    const verified = await op.post(`/console/privacy-requests/${req.id}/verify-identity`, {
      note: 'Confirmed the last order number by email',
    });
    expect(verified.status).toBe(303);
    expect((await requestsBy(person.email))[0]!.userId).toBe(person.userId);
    await op.get(`/console/privacy-requests/${req.id}`);
    const answered = await op.post(`/console/privacy-requests/${req.id}/answer`, {
      outcome: 'fulfil',
      text: '',
    });
    expect(answered.status).toBe(303);
    const [mail] = await mailsTo(person.email);
    expect(mail!.template).toBe('privacy.request-data-ready');
    expect(mail!.subject).toContain('vos données');
    const link = linkIn(mail!.textBody, '/fr-fr/privacy/request/download');
    const zip = await t.app.request(link);
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.keys(files).some((f) => /manifest/.test(f))).toBe(true);
    expect(JSON.stringify(Object.keys(files))).toContain('accounts');
    expect((await t.app.request(link.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).status).toBe(404);
    const [audit] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'privacy.request_answered'), eq(auditEvents.actorUserId, support.userId)),
      );
    expect(audit).toBeDefined();
  });

  it('refuses in writing with the right to complain and to a judicial remedy, in the requester’s language', async () => {
    const req = await confirmedRequest('refused@example.com', 'objection', 'es-es');
    const op = await browser(support);
    await op.get(`/console/privacy-requests/${req.id}`);
    const bad = await op.post(`/console/privacy-requests/${req.id}/answer`, { outcome: 'refuse', text: '' });
    expect(bad.status).toBe(400);
    const r = await op.post(`/console/privacy-requests/${req.id}/answer`, {
      outcome: 'refuse',
      text: 'We have compelling legitimate grounds.',
    });
    expect(r.status).toBe(303);
    const [mail] = await mailsTo('refused@example.com');
    expect(mail!.template).toBe('privacy.request-refused');
    expect(mail!.textBody).toContain('autoridad de control');
    expect(mail!.textBody).toContain('tribunales');
    expect((await requestsBy('refused@example.com'))[0]!.status).toBe('refused');
  });

  it('counts 45 days on the US market, which also offers “do not sell or share”', async () => {
    const form = await (await browser()).get('/en-us/privacy/request');
    expect(form.text).toContain('value="do_not_sell"');
    expect((await (await browser()).get('/fr-fr/privacy/request')).text).not.toContain('value="do_not_sell"');
    const req = await confirmedRequest('us@example.com', 'do_not_sell', 'en-us');
    expect(req).toMatchObject({ regime: 'ccpa', dueOn: '2027-01-05' });
  });

  it('keeps the privacy centre for signed-in people, and records each choice', async () => {
    expect((await (await browser()).get('/fr-fr/account/privacy')).status).toBe(303);
    const b = await browser(person);
    const page = await b.get('/fr-fr/account/privacy');
    expect(page.status).toBe(200);
    expect(page.text).toContain('/fr-fr/account/privacy/export.zip');
    const bad = await b.post('/fr-fr/account/privacy/restriction', { reason: 'bored' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('href="#f-reason"');
    expect((await privacyChoicesOf(t.deps.db, person.userId)).restriction).toBeNull();
    expect(
      (await b.post('/fr-fr/account/privacy/restriction', { reason: 'accuracy_contested' })).status,
    ).toBe(303);
    const fraud = await b.post('/fr-fr/account/privacy/objections', { purpose: 'fraud_prevention' });
    expect(fraud.status).toBe(422);
    expect((await b.post('/fr-fr/account/privacy/objections', { purpose: 'recommendations' })).status).toBe(
      303,
    );
    const dir = await b.post('/fr-fr/account/privacy/directives', {
      instruction: 'hand_over',
      trustedName: '',
    });
    expect(dir.status).toBe(400);
    expect(dir.text).toContain('href="#f-trustedName"');
    expect(
      (
        await b.post('/fr-fr/account/privacy/directives', {
          instruction: 'hand_over',
          trustedName: 'Paul Martin',
          trustedEmail: 'paul@example.com',
        })
      ).status,
    ).toBe(303);
    const choices = await privacyChoicesOf(t.deps.db, person.userId);
    expect(choices.restriction?.reason).toBe('accuracy_contested');
    expect(choices.objections.map((o) => o.purpose)).toEqual(['recommendations']);
    expect(choices.directives).toMatchObject({ instruction: 'hand_over', trustedEmail: 'paul@example.com' });
    const audit = await t.deps.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectUserId, person.userId), like(auditEvents.action, 'privacy.%')));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'privacy.processing_restricted',
        'privacy.objection_recorded',
        'privacy.postmortem_directives_set',
      ]),
    );
    // Without the CSRF token, nothing changes.
    expect((await b.post('/fr-fr/account/privacy/restriction/lift', {}, { csrf: null })).status).toBe(403);
    expect((await privacyChoicesOf(t.deps.db, person.userId)).restriction).not.toBeNull();
  });

  it('sends a rectification the person cannot make into the desk, acknowledged at once', async () => {
    const b = await browser(person);
    await b.get('/fr-fr/account/privacy');
    const r = await b.post('/fr-fr/account/privacy/rectify', {
      details: 'My company name on order 12 is wrong',
    });
    expect(r.status).toBe(303);
    const [req] = await t.deps.db
      .select()
      .from(privacyRequests)
      .where(and(eq(privacyRequests.userId, person.userId), eq(privacyRequests.kind, 'rectification')));
    expect(req).toMatchObject({ status: 'open', source: 'account', dueOn: '2026-12-21' });
    expect(req!.identityVerifiedAt).not.toBeNull();
    const [ack] = await mailsTo(person.email);
    expect(ack!.template).toBe('privacy.request-received');
    expect((await b.get('/fr-fr/account/privacy')).text).toContain('21 décembre 2026');
  });

  it('erases the account after the password, signs the person out and shows the report', async () => {
    const erasable = await createActor(t.deps, { email: 'leaving@example.com' });
    const b = await browser(erasable);
    await b.get('/fr-fr/account/privacy');
    const wrong = await b.post('/fr-fr/account/privacy/erase', { password: 'not it' });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('href="#f-password"');
    const done = await b.post('/fr-fr/account/privacy/erase', { password: erasable.password });
    expect(done.status).toBe(200);
    expect(done.text).toContain('Votre compte est effacé');
    expect(b.cookies.has('rl_session')).toBe(false);
    expect((await findUser(t.deps.db, erasable.userId))?.email).not.toBe('leaving@example.com');
    const after = await (await browser(erasable)).get('/fr-fr/account/privacy');
    expect(after.status).toBe(303);
  });

  it('erases an account from the desk after the identity is verified, and lists a person’s own requests', async () => {
    const leaving = await createActor(t.deps, { email: 'desk-erase@example.com' });
    const req = await confirmedRequest(leaving.email, 'erasure');
    const op = await browser(support);
    await op.get(`/console/privacy-requests/${req.id}`);
    expect((await op.post(`/console/privacy-requests/${req.id}/answer`, { outcome: 'fulfil' })).status).toBe(
      409,
    );
    await op.post(`/console/privacy-requests/${req.id}/verify-identity`, {
      note: 'Answered from the address',
    });
    await op.get(`/console/privacy-requests/${req.id}`);
    expect((await op.post(`/console/privacy-requests/${req.id}/answer`, { outcome: 'fulfil' })).status).toBe(
      303,
    );
    expect((await findUser(t.deps.db, leaving.userId))?.email).not.toBe(leaving.email);
    const templates = (await mailsTo(leaving.email)).map((m) => m.template);
    expect(templates).toContain('privacy.request-answered');
    const mine = await t.app.request('/api/v1/me/privacy/requests', {
      headers: { cookie: await person.cookie() },
    });
    expect(mine.status).toBe(200);
    const body = (await mine.json()) as {
      requests: Array<{ kind: string; dueOn: string; timer: { state: string } }>;
    };
    expect(body.requests.map((r) => r.kind)).toEqual(expect.arrayContaining(['access', 'rectification']));
    expect(body.requests.every((r) => r.timer.state === 'due' || r.timer.state === 'closed')).toBe(true);
  });
});
