import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../platform/i18n.ts';

const fr = translator('fr-FR');

import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { statementsOfReasons } from '../../modules/compliance/compliance.schema.ts';
import { offers } from '../../modules/offers/offers.schema.ts';
import { canPublish } from '../../modules/seller-onboarding/can-publish.ts';
import { sellerApplications } from '../../modules/seller-onboarding/onboarding.schema.ts';
import { sellerMembers } from '../../modules/seller-team/seller-team.schema.ts';
import { sellers } from '../../modules/sellers/sellers.schema.ts';
import { ACCESS_DENIED } from '../../platform/http/access.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';
import { createMemoryStorage } from '../../platform/storage.ts';
import { registerConsoleSellerRoutes } from '../console/sellers.routes.ts';
import { registerSellerOnboardingRoutes } from './sell.routes.ts';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
const GIF = Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0]);

const FORM = {
  shopName: 'Atelier Reboot',
  legalName: 'Atelier Reboot SARL',
  addressLine: '3 quai des Chartrons',
  postalCode: '33000',
  city: 'Bordeaux',
  country: 'FR',
  phone: '+33 5 56 00 00 00',
  email: 'hello@atelier-reboot.example',
  tradeRegister: 'RCS Bordeaux',
  tradeRegisterNumber: '303 265 045',
  vatNumber: 'FR40303265045',
  iban: 'FR76 3000 6000 0112 3456 7890 189',
  accountHolder: 'Atelier Reboot SARL',
  selfCertification: 'on',
};

type Upload = { name: string; bytes: Uint8Array; type: string };
type Page = { status: number; text: string; location: string | null; headers: Headers; bytes: Uint8Array };

/** TestBrowser's posts are url-encoded; the application form is multipart, with its `_csrf` field. */
async function postMultipart(
  b: TestBrowser,
  path: string,
  fields: Record<string, string>,
  file?: Upload,
  opts: { csrf?: string | null } = {},
): Promise<Page> {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  const token = opts.csrf === undefined ? b.csrf : opts.csrf;
  if (token !== null) fd.append('_csrf', token);
  if (file)
    fd.append(
      'idDocument',
      new File([file.bytes as Uint8Array<ArrayBuffer>], file.name, { type: file.type }),
    );
  const cookie = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await b.app.request(path, {
    method: 'POST',
    headers: { cookie, 'x-forwarded-for': b.ip, 'user-agent': 'TestBrowser/1.0' },
    body: fd,
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return {
    status: res.status,
    text: new TextDecoder().decode(bytes),
    location: res.headers.get('location'),
    headers: res.headers,
    bytes,
  };
}

async function getRaw(b: TestBrowser, path: string): Promise<Page> {
  const cookie = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await b.app.request(path, { headers: { cookie, 'x-forwarded-for': b.ip } });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, text: '', location: res.headers.get('location'), headers: res.headers, bytes };
}

describe.each(ENGINES)('seller onboarding pages on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const storage = createMemoryStorage();
  /** True when this test registered the routes, so the memory storage is the one in use. */
  let ownStorage = false;
  let n = 0;

  const signedIn = async (spec: Parameters<typeof createActor>[1]) => {
    const a = await createActor(t.deps, spec);
    const b = new TestBrowser(t.app, `203.0.113.${20 + (n % 200)}`);
    const [name, value] = (await a.cookie()).split('=');
    b.cookies.set(name!, value!);
    return { ...a, b };
  };
  const applicant = () => signedIn({ email: `seller${++n}@example.com` });
  const mailsTo = (to: string) =>
    t.deps.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to)).orderBy(mailOutbox.id);
  const applicationOf = async (userId: number) =>
    (
      await t.deps.db
        .select()
        .from(sellerApplications)
        .where(eq(sellerApplications.applicantUserId, userId))
        .orderBy(sellerApplications.id)
    ).at(-1);

  let compliance: Awaited<ReturnType<typeof signedIn>>;
  let support: Awaited<ReturnType<typeof signedIn>>;

  beforeAll(async () => {
    t = await createTestApp(
      engine,
      { products: 6, sellers: 3, offers: 20 },
      { RATE_LIMIT_ANON_PER_MIN: '0', RATE_LIMIT_WRITES_PER_MIN: '0', RATE_LIMIT_AUTH_PER_15_MIN: '0' },
    );
    if (!t.app.routes.some((r) => r.path === '/console/sellers/applications')) {
      registerConsoleSellerRoutes(t.app, t.deps, { storage });
      ownStorage = true;
    }
    if (!t.app.routes.some((r) => r.path === '/:market{[a-z]{2}-[a-z]{2}}/sell')) {
      registerSellerOnboardingRoutes(t.app, t.deps, { storage });
    }
    compliance = await signedIn({
      email: 'compliance@example.com',
      buyerType: null,
      operator: ['compliance'],
    });
    support = await signedIn({ email: 'support@example.com', buyerType: null, operator: ['support'] });
  });
  afterAll(() => t.close());

  it('takes an application through the form, and the console approves it', async () => {
    const me = await applicant();
    const form = await me.b.get('/fr-fr/sell');
    expect(form.status).toBe(200);
    expect(form.text).toContain('enctype="multipart/form-data"');
    expect(form.text).toMatch(
      /<form method="post" action="\/fr-fr\/sell"[^>]*>\s*<input type="hidden" name="_csrf"/,
    );
    expect(form.text).toContain('name="idDocument" type="file"');

    const sent = await postMultipart(me.b, '/fr-fr/sell', FORM, {
      name: 'Passport.pdf',
      bytes: PDF,
      type: 'application/pdf',
    });
    expect(sent.status).toBe(303);
    expect(sent.location).toBe('/fr-fr/sell?sent=1');
    const status = await me.b.get('/fr-fr/sell?sent=1');
    expect(status.text).toContain(fr('sell.sent'));
    expect(status.text).toContain(fr('sell.status.submitted'));
    expect(status.text).not.toContain('name="idDocument"');
    const app = (await applicationOf(me.userId))!;
    expect(app).toMatchObject({
      status: 'submitted',
      shopName: 'Atelier Reboot',
      vatNumber: 'FR40303265045',
    });
    expect((await mailsTo(me.email)).map((m) => m.template)).toEqual(['seller-onboarding.received']);

    const list = await compliance.b.get('/console/sellers/applications');
    expect(list.status).toBe(200);
    expect(list.text).toContain(`/console/sellers/applications/${app.id}`);
    const detail = await compliance.b.get(`/console/sellers/applications/${app.id}`);
    expect(detail.status).toBe(200);
    for (const s of [
      'Atelier Reboot SARL',
      'FR76 3000 6000 0112 3456 7890 189',
      'RCS Bordeaux',
      app.vatConsultationRef!,
    ]) {
      expect(detail.text).toContain(s);
    }
    const doc = await getRaw(compliance.b, `/console/sellers/applications/${app.id}/document`);
    expect(doc.status).toBe(200);
    expect(doc.headers.get('content-type')).toBe('application/pdf');
    expect(doc.headers.get('content-disposition')).toBe('attachment; filename="Passport.pdf"');
    expect(Buffer.from(doc.bytes).equals(Buffer.from(PDF))).toBe(true);

    const approved = await compliance.b.post(`/console/sellers/applications/${app.id}/approve`, { note: '' });
    expect(approved.status).toBe(303);
    expect(approved.location).toBe(`/console/sellers/applications/${app.id}?done=approved`);
    const after = (await applicationOf(me.userId))!;
    expect(after.status).toBe('approved');
    const [seller] = await t.deps.db.select().from(sellers).where(eq(sellers.id, after.sellerId!));
    expect(seller).toMatchObject({
      slug: 'atelier-reboot',
      status: 'active',
      verified: true,
      iban: 'FR7630006000011234567890189',
    });
    const [member] = await t.deps.db
      .select()
      .from(sellerMembers)
      .where(and(eq(sellerMembers.sellerId, seller!.id), eq(sellerMembers.userId, me.userId)));
    expect(member?.role).toBe('owner');
    expect((await mailsTo(me.email)).at(-1)!.template).toBe('seller-onboarding.approved');
    expect(await canPublish(t.deps.db, seller!.id)).toBe(true);
    const mine = await me.b.get('/fr-fr/sell');
    expect(mine.text).toContain(fr('sell.status.approved'));
    expect(mine.text).toContain('/fr-fr/s/atelier-reboot');
  });

  it('refuses a bad IBAN, a missing VAT number and a disguised file with 400 and stores nothing', async () => {
    const me = await applicant();
    await me.b.get('/fr-fr/sell');
    const before = storage.files.size;
    const res = await postMultipart(
      me.b,
      '/fr-fr/sell',
      { ...FORM, iban: 'FR7630006000011234567890188', vatNumber: '' },
      { name: 'scan.pdf', bytes: GIF, type: 'application/pdf' },
    );
    expect(res.status).toBe(400);
    expect(res.text).toContain('id="error-summary"');
    expect(res.text).toContain('href="#f-iban"');
    expect(res.text).toContain('href="#f-vatNumber"');
    expect(res.text).toContain('href="#f-idDocument"');
    expect(res.text).toContain(fr('form.error.fileType'));
    expect(res.text).toContain('value="Atelier Reboot SARL"'); // what was typed is kept
    const noFile = await postMultipart(me.b, '/fr-fr/sell', FORM);
    expect(noFile.status).toBe(400);
    expect(noFile.text).toContain('href="#f-idDocument"');
    expect(await applicationOf(me.userId)).toBeUndefined();
    if (ownStorage) expect(storage.files.size).toBe(before);

    const forged = await postMultipart(
      me.b,
      '/fr-fr/sell',
      FORM,
      { name: 'id.pdf', bytes: PDF, type: 'application/pdf' },
      { csrf: null },
    );
    expect(forged.status).toBe(403);
    expect(forged.text).toContain(fr('error.403'));
    expect(await applicationOf(me.userId)).toBeUndefined();
  });

  it('runs the correction round trip and a rejection through the pages', async () => {
    const me = await applicant();
    await me.b.get('/fr-fr/sell');
    expect(
      (
        await postMultipart(
          me.b,
          '/fr-fr/sell',
          { ...FORM, shopName: 'Fix & Go' },
          { name: 'id.pdf', bytes: PDF, type: 'application/pdf' },
        )
      ).status,
    ).toBe(303);
    const app = (await applicationOf(me.userId))!;
    await compliance.b.get(`/console/sellers/applications/${app.id}`);
    const empty = await compliance.b.post(`/console/sellers/applications/${app.id}/request-correction`, {
      reasons: '',
    });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('href="#f-reasons"');
    const asked = await compliance.b.post(`/console/sellers/applications/${app.id}/request-correction`, {
      reasons: 'Upload a readable scan; the number on the register extract differs.',
    });
    expect(asked.status).toBe(303);
    expect((await mailsTo(me.email)).at(-1)!.template).toBe('seller-onboarding.correction-requested');

    const page = await me.b.get('/fr-fr/sell');
    expect(page.text).toContain(fr('sell.status.needs_correction'));
    expect(page.text).toContain('the number on the register extract differs');
    expect(page.text).toContain('value="Fix &amp; Go"');
    expect(page.text).toContain(fr('sell.submitCorrected'));
    const resent = await postMultipart(me.b, '/fr-fr/sell', {
      ...FORM,
      shopName: 'Fix & Go',
      tradeRegisterNumber: '303265045',
    });
    expect(resent.status).toBe(303);
    expect(await applicationOf(me.userId)).toMatchObject({
      id: app.id,
      status: 'submitted',
      tradeRegisterNumber: '303265045',
    });

    await compliance.b.get(`/console/sellers/applications/${app.id}`);
    const rejected = await compliance.b.post(`/console/sellers/applications/${app.id}/reject`, {
      reasons: 'The company was struck off the register.',
    });
    expect(rejected.status).toBe(303);
    const done = await compliance.b.get(rejected.location!);
    expect(done.text).toContain('The application was rejected');
    const mine = await me.b.get('/fr-fr/sell');
    expect(mine.text).toContain(fr('sell.status.rejected'));
    expect(mine.text).toContain('struck off the register');
    expect(mine.text).toContain(fr('sell.applyAgain'));
    expect((await mailsTo(me.email)).at(-1)!.template).toBe('seller-onboarding.rejected');
  });

  it('suspends a seller from the console: statement of reasons, offers unpublished, email; then reinstates', async () => {
    const [row] = await t.deps.db
      .select({ sellerId: offers.sellerId })
      .from(offers)
      .innerJoin(sellers, eq(sellers.id, offers.sellerId))
      .where(and(eq(offers.published, true), eq(sellers.status, 'active')))
      .limit(1);
    const sellerId = row!.sellerId;
    const [seller] = await t.deps.db.select().from(sellers).where(eq(sellers.id, sellerId));
    const list = await compliance.b.get('/console/sellers');
    expect(list.status).toBe(200);
    expect(list.text).toContain(`/console/sellers/${sellerId}`);
    const detail = await compliance.b.get(`/console/sellers/${sellerId}`);
    expect(detail.text).toContain('Suspend seller');

    const bad = await compliance.b.post(`/console/sellers/${sellerId}/suspend`, { reason: '', details: '' });
    expect(bad.status).toBe(400);
    const res = await compliance.b.post(`/console/sellers/${sellerId}/suspend`, {
      reason: 'incomplete_trader_data',
      details: 'The trade register number is missing from the shop’s documents.',
    });
    expect(res.status).toBe(303);
    const [after] = await t.deps.db.select().from(sellers).where(eq(sellers.id, sellerId));
    expect(after!.status).toBe('suspended');
    const [sor] = await t.deps.db
      .select()
      .from(statementsOfReasons)
      .where(eq(statementsOfReasons.id, after!.suspensionStatementId!));
    expect(sor).toMatchObject({
      measure: 'suspension_of_service',
      reasonCode: 'incomplete_trader_data',
      decidedBy: compliance.userId,
    });
    const live = await t.deps.db
      .select({ id: offers.id })
      .from(offers)
      .where(and(eq(offers.sellerId, sellerId), eq(offers.published, true)));
    expect(live).toEqual([]);
    const mail = (await mailsTo(seller!.email.toLowerCase())).at(-1)!;
    expect(mail.template).toBe('seller-onboarding.suspended');
    expect(mail.textBody).toContain(sor!.id);
    const page = await compliance.b.get(`/console/sellers/${sellerId}?done=suspended`);
    expect(page.text).toContain('Current suspension');
    expect(page.text).toContain(sor!.id);
    expect((await compliance.b.get('/console/sellers?status=suspended')).text).toContain(
      `/console/sellers/${sellerId}`,
    );

    expect(
      (await compliance.b.post(`/console/sellers/${sellerId}/reinstate`, { note: 'Number provided.' }))
        .status,
    ).toBe(303);
    const [back] = await t.deps.db.select().from(sellers).where(eq(sellers.id, sellerId));
    expect(back).toMatchObject({ status: 'active', suspensionStatementId: null });
    const again = await compliance.b.post(`/console/sellers/${sellerId}/reinstate`, { note: '' });
    expect(again.status).toBe(409);
  });

  it('keeps the console to compliance and the application form to signed-in users', async () => {
    const consumer = await applicant();
    await consumer.b.get('/fr-fr/sell');
    for (const path of [
      '/console/sellers/applications',
      '/console/sellers/applications/1',
      '/console/sellers',
      '/console/sellers/1',
    ]) {
      expect((await consumer.b.get(path)).status, path).toBe(403);
      expect((await support.b.get(path)).status, path).toBe(403);
    }
    expect((await getRaw(support.b, '/console/sellers/applications/1/document')).status).toBe(403);
    await support.b.get('/fr-fr/sell');
    const denied = (p: { status: number; text: string }) => {
      expect(p.status).toBe(403);
      expect(p.text).toContain(ACCESS_DENIED.forbidden); // the access rule, not the CSRF check
    };
    denied(await support.b.post('/console/sellers/applications/1/approve', { note: '' }));
    denied(
      await support.b.post('/console/sellers/1/suspend', { reason: 'incomplete_trader_data', details: 'x' }),
    );
    denied(
      await consumer.b.post('/console/sellers/1/suspend', { reason: 'incomplete_trader_data', details: 'x' }),
    );
    denied(await consumer.b.get('/console/sellers/applications'));
    const [s1] = await t.deps.db.select({ status: sellers.status }).from(sellers).where(eq(sellers.id, 1));
    expect(s1?.status).not.toBe('suspended');

    const anonymous = new TestBrowser(t.app, '203.0.113.250');
    const res = await anonymous.get('/fr-fr/sell');
    expect(res.status).toBe(303);
    expect(res.location).toBe('/fr-fr/sign-in?next=%2Ffr-fr%2Fsell');
  });
});
