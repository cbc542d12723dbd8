import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, placeOrder } from '../../../test/orders.ts';
import { reviewedProduct } from '../../../test/reviews-display.ts';
import { listOutbox } from '../../platform/mail/outbox.store.ts';
import { users } from '../accounts/accounts.schema.ts';
import { closeAccountByPlatform } from '../accounts/operator/close-account-by-platform.ts';
import { products } from '../catalog/catalog.schema.ts';
import { offers } from '../offers/offers.schema.ts';
import { reviews } from '../reviews/reviews.schema.ts';
import { suspendSeller } from '../seller-onboarding/suspend-seller.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { statementsOfReasons } from './compliance.schema.ts';
import { dsaComplaints, dsaNotices, productSafetyNotices } from './dsa-notices.schema.ts';
import { notifyBuyersOfIllegalProduct } from './notify-buyers-of-illegal-product.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type Actor = Awaited<ReturnType<typeof createActor>>;
const FORM = 'application/x-www-form-urlencoded';
const EXPLANATION = 'The charger sold with this phone has no CE marking and overheats when plugged in.';

describe.each(ENGINES)('DSA notices and complaints on %s', (engine) => {
  let t: T;
  let compliance: Actor;
  let second: Actor;
  let owner: Actor;
  let offer: { id: number; sellerId: number; productId: string; slug: string };
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 3, offers: 16 });
    compliance = await createActor(t.deps, {
      email: 'ops@reloop.example',
      buyerType: null,
      operator: ['compliance'],
    });
    second = await createActor(t.deps, {
      email: 'ops2@reloop.example',
      buyerType: null,
      operator: ['moderator'],
    });
    const pick = (await offerPicks(t))[0]!;
    const [row] = await t.deps.db
      .select({ productId: offers.productId, slug: products.slug })
      .from(offers)
      .innerJoin(products, eq(products.id, offers.productId))
      .where(eq(offers.id, pick.id));
    offer = { id: pick.id, sellerId: pick.sellerId, ...row! };
    owner = await createActor(t.deps, {
      email: 'owner@seller.example',
      sellers: [{ sellerId: offer.sellerId, role: 'owner' }],
    });
  });
  afterAll(() => t.close());

  const session = async (a: Actor | null) => (a ? await a.cookie() : '');
  const api = async (a: Actor | null, method: string, path: string, body?: unknown) => {
    const csrf = csrfPair(t.deps);
    const cookie = [await session(a), a ? csrf.cookie : ''].filter(Boolean).join('; ');
    const res = await t.app.request(path, {
      method,
      headers: {
        'x-forwarded-for': '198.51.100.41',
        ...(cookie ? { cookie, 'x-csrf-token': csrf.header } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    // biome-ignore lint/suspicious/noExplicitAny: test convenience
    return { status: res.status, body: (text ? JSON.parse(text) : null) as any };
  };
  const form = async (a: Actor | null, path: string, fields: Record<string, string>) => {
    const csrf = csrfPair(t.deps);
    const cookie = [await session(a), csrf.cookie].filter(Boolean).join('; ');
    const res = await t.app.request(path, {
      method: 'POST',
      headers: { cookie, 'content-type': FORM, 'x-forwarded-for': '198.51.100.42' },
      body: new URLSearchParams({ ...fields, _csrf: csrf.header }).toString(),
    });
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  };
  const page = async (a: Actor | null, path: string) => {
    const res = await t.app.request(path, { headers: { cookie: await session(a) } });
    return { status: res.status, text: await res.text() };
  };
  const lastMail = async (to: string) => (await listOutbox(t.deps.db, { to, limit: 1 }))[0];
  const offerUrl = () => `http://reloop.test/fr-fr/p/${offer.slug}?offer=${offer.id}`;
  const noticeBody = (over: Record<string, unknown> = {}) => ({
    contentKind: 'offer',
    url: offerUrl(),
    category: 'unsafe_products',
    explanation: EXPLANATION,
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    goodFaith: true,
    market: 'DE',
    ...over,
  });
  const noticeCount = async () => (await t.deps.db.select().from(dsaNotices)).length;
  const offerRow = async () => (await t.deps.db.select().from(offers).where(eq(offers.id, offer.id)))[0]!;

  it('refuses an incomplete notice or one about another site, naming the field, storing nothing', async () => {
    const before = await noticeCount();
    const offSite = await api(
      null,
      'POST',
      '/api/v1/dsa/notices',
      noticeBody({ url: 'https://evil.example/p/x' }),
    );
    expect(offSite.status).toBe(400);
    expect(offSite.body.errors.map((e: { field: string }) => e.field)).toEqual(['url']);
    const noFaith = await api(
      null,
      'POST',
      '/api/v1/dsa/notices',
      noticeBody({ goodFaith: false, email: '' }),
    );
    expect(noFaith.status).toBe(400);
    expect(noFaith.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'goodFaith']);
    // A review URL for an offer report does not fit.
    const wrongKind = await api(null, 'POST', '/api/v1/dsa/notices', noticeBody({ contentKind: 'review' }));
    expect(wrongKind.status).toBe(400);
    expect(await noticeCount()).toBe(before);
  });

  it('a visitor reports an offer through the form: stored, resolved, acknowledged in their language', async () => {
    const prefilled = await page(
      null,
      `/fr-fr/dsa/notices/new?url=${encodeURIComponent(offerUrl())}&kind=offer`,
    );
    expect(prefilled.status).toBe(200);
    expect(prefilled.text).toContain(`value="${offerUrl().replace(/&/g, '&amp;')}"`);
    // The good-faith box is never ticked in advance.
    expect(prefilled.text).toMatch(/name="goodFaith" type="checkbox"(?! checked)/);
    const sent = await form(null, '/fr-fr/dsa/notices/new', {
      contentKind: 'offer',
      url: offerUrl(),
      category: 'unsafe_products',
      explanation: EXPLANATION,
      name: 'Marie Curie',
      email: 'marie@example.fr',
      goodFaith: 'on',
    });
    expect(sent.status).toBe(303);
    const id = Number(/sent=(\d+)/.exec(sent.location ?? '')?.[1]);
    const [row] = await t.deps.db.select().from(dsaNotices).where(eq(dsaNotices.id, id));
    expect(row).toMatchObject({
      contentKind: 'offer',
      offerId: offer.id,
      productId: offer.productId,
      sellerId: offer.sellerId,
      category: 'unsafe_products',
      notifierEmail: 'marie@example.fr',
      market: 'FR',
      status: 'open',
      goodFaith: true,
    });
    const ack = await lastMail('marie@example.fr');
    expect(ack!.template).toBe('dsa.notice-received');
    expect(ack!.subject).toContain(String(id));
    expect(ack!.textBody).toContain('Produit dangereux ou interdit');
  });

  it('an anonymous notice is allowed only for child sexual abuse material, and gets no email', async () => {
    const ok = await api(null, 'POST', '/api/v1/dsa/notices', {
      ...noticeBody({ category: 'child_sexual_abuse', name: '', email: '' }),
    });
    expect(ok.status).toBe(201);
    const [row] = await t.deps.db.select().from(dsaNotices).where(eq(dsaNotices.id, ok.body.noticeId));
    expect(row).toMatchObject({ notifierEmail: null, notifierName: null });
  });

  it('operators decide: an offer removed with a statement of reasons, seller and notifier emailed; a complaint upheld by another operator puts it back', async () => {
    const { noticeId } = (await api(null, 'POST', '/api/v1/dsa/notices', noticeBody())).body;
    expect((await api(null, 'POST', `/api/v1/console/dsa/notices/${noticeId}/decision`, {})).status).toBe(
      401,
    );
    expect(
      (
        await api(owner, 'POST', `/api/v1/console/dsa/notices/${noticeId}/decision`, {
          decision: 'no_action',
          reason: 'x',
        })
      ).status,
    ).toBe(403);
    const queue = await page(compliance, '/console/dsa/notices');
    expect(queue.status).toBe(200);
    expect(queue.text).toContain(`/console/dsa/notices/${noticeId}`);
    const unfit = await api(compliance, 'POST', `/api/v1/console/dsa/notices/${noticeId}/decision`, {
      decision: 'remove_review',
      reason: 'Not a review.',
    });
    expect(unfit.status).toBe(422);

    const decided = await form(compliance, `/console/dsa/notices/${noticeId}/decide`, {
      decision: 'delist_offer',
      ground: 'illegal_content',
      legalGround: 'Regulation (EU) 2023/988, Art. 5',
      contractualGround: '',
      reason: 'The charger has no CE marking (photos in the notice).',
    });
    expect(decided.status).toBe(303);
    expect((await offerRow()).published).toBe(false);
    const [notice] = await t.deps.db.select().from(dsaNotices).where(eq(dsaNotices.id, noticeId));
    expect(notice).toMatchObject({
      status: 'decided',
      decision: 'delist_offer',
      decidedBy: compliance.userId,
    });
    const [sor] = await t.deps.db
      .select()
      .from(statementsOfReasons)
      .where(eq(statementsOfReasons.id, notice!.statementId!));
    expect(sor).toMatchObject({
      subjectUserId: owner.userId,
      measure: 'content_removal',
      source: 'notice',
      groundType: 'illegal_content',
      legalGround: 'Regulation (EU) 2023/988, Art. 5',
      automatedDetection: false,
      automatedDecision: false,
      decidedBy: compliance.userId,
      // The Transparency Database fields: an offer is a product, in the notice's category.
      contentType: 'CONTENT_TYPE_PRODUCT',
      category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
    });
    const toSeller = await lastMail(owner.email);
    expect(toSeller!.template).toBe('dsa.offer-delisted');
    expect(toSeller!.textBody).toContain(`/dsa/complaints/new?statement=${sor!.id}`);
    const toNotifier = await lastMail('ada@example.com');
    expect(toNotifier!.template).toBe('dsa.notice-decision');
    // In German (the market the notice came from), with the signed complaint link and redress.
    expect(toNotifier!.textBody).toContain('aus dem Verkauf genommen');
    expect(toNotifier!.textBody).toMatch(/\/de-de\/dsa\/complaints\/new\?notice=\d+&token=/);
    expect(
      (
        await api(compliance, 'POST', `/api/v1/console/dsa/notices/${noticeId}/decision`, {
          decision: 'no_action',
          reason: 'again',
        })
      ).status,
    ).toBe(409);

    // Someone else cannot complain about the seller's statement; the owner can, once.
    const stranger = await createActor(t.deps, { email: 'stranger@example.com' });
    const body = {
      statementId: sor!.id,
      explanation: 'The charger is CE marked: see the photo of the label.',
    };
    expect((await api(stranger, 'POST', '/api/v1/dsa/complaints', body)).status).toBe(403);
    const filed = await form(owner, '/fr-fr/dsa/complaints/new', {
      statement: sor!.id,
      explanation: body.explanation,
    });
    expect(filed.status).toBe(303);
    expect((await api(owner, 'POST', '/api/v1/dsa/complaints', body)).status).toBe(409);
    const [complaint] = await t.deps.db
      .select()
      .from(dsaComplaints)
      .where(eq(dsaComplaints.statementId, sor!.id));
    expect(complaint).toMatchObject({ status: 'open', complainantUserId: owner.userId });
    expect((await lastMail(owner.email))!.template).toBe('dsa.complaint-received');

    // The operator who decided may not decide the complaint; another one upholds it.
    const own = await api(compliance, 'POST', `/api/v1/console/dsa/complaints/${complaint!.id}/decision`, {
      uphold: true,
      note: 'Label checked.',
    });
    expect(own.status).toBe(403);
    const queue2 = await page(second, '/console/dsa/complaints');
    expect(queue2.text).toContain(`complaint-${complaint!.id}`);
    const upheld = await form(second, `/console/dsa/complaints/${complaint!.id}/decide`, {
      decision: 'uphold',
      [`note-${complaint!.id}`]: 'The CE label is on the charger: the notice was wrong.',
    });
    expect(upheld.status).toBe(303);
    expect((await offerRow()).published).toBe(true);
    const [after] = await t.deps.db.select().from(dsaComplaints).where(eq(dsaComplaints.id, complaint!.id));
    expect(after).toMatchObject({ status: 'upheld', reversal: 'offer_relisted', decidedBy: second.userId });
    const outcome = await lastMail(owner.email);
    expect(outcome!.template).toBe('dsa.complaint-outcome');
    expect(outcome!.textBody).toContain('https://digital-strategy.ec.europa.eu/');
  });

  it('a review reported as illegal is removed through the reviews module; its author complains from the email link and gets it back', async () => {
    const reviewed = await reviewedProduct(t, 'reviewer@example.com');
    const [reviewId] = await reviewed.add([
      { rating: 1, comment: 'Le vendeur habite au 3 rue X, appelez-le au 06…' },
    ]);
    const [product] = await t.deps.db.select().from(products).where(eq(products.id, reviewed.productId));
    const { noticeId } = (
      await api(
        null,
        'POST',
        '/api/v1/dsa/notices',
        noticeBody({
          contentKind: 'review',
          url: `http://reloop.test/fr-fr/p/${product!.slug}#review-${reviewId}`,
          category: 'data_protection',
        }),
      )
    ).body;
    const [notice] = await t.deps.db.select().from(dsaNotices).where(eq(dsaNotices.id, noticeId));
    expect(notice).toMatchObject({ contentKind: 'review', reviewId, productId: reviewed.productId });
    const decided = await api(compliance, 'POST', `/api/v1/console/dsa/notices/${noticeId}/decision`, {
      decision: 'remove_review',
      reason: 'The review publishes the seller’s home address.',
    });
    expect(decided.status).toBe(200);
    const [removed] = await t.deps.db.select().from(reviews).where(eq(reviews.id, reviewId!));
    expect(removed).toMatchObject({ status: 'removed', removalStatementId: decided.body.statementId });
    const [sor] = await t.deps.db
      .select()
      .from(statementsOfReasons)
      .where(eq(statementsOfReasons.id, decided.body.statementId));
    expect(sor).toMatchObject({
      source: 'notice',
      groundType: 'illegal_content',
      legalGround: 'Regulation (EU) 2016/679 (GDPR)',
    });
    const statementMail = await lastMail('reviewer@example.com');
    expect(statementMail!.template).toBe('reviews.statement-removal');
    expect(statementMail!.textBody).toContain(`/dsa/complaints/new?statement=${sor!.id}`);
    const filed = await api(null, 'POST', '/api/v1/dsa/complaints', {
      statementId: sor!.id,
      email: 'reviewer@example.com',
      explanation: 'That is the address of the shop, printed on its own invoices.',
    });
    expect(filed.status).toBe(201);
    const r = await api(second, 'POST', `/api/v1/console/dsa/complaints/${filed.body.complaintId}/decision`, {
      uphold: true,
      note: 'A business address is not personal data here.',
    });
    expect(r.body).toEqual({ status: 'upheld', reversal: 'review_restored' });
    const [back] = await t.deps.db.select().from(reviews).where(eq(reviews.id, reviewId!));
    expect(back).toMatchObject({ status: 'published', removalStatementId: null });
  });

  it('a notifier contests "no action" with the signed link; upheld, the notice is back in the queue', async () => {
    const { noticeId } = (
      await api(null, 'POST', '/api/v1/dsa/notices', noticeBody({ email: 'grace@example.com', market: 'FR' }))
    ).body;
    await api(compliance, 'POST', `/api/v1/console/dsa/notices/${noticeId}/decision`, {
      decision: 'no_action',
      reason: 'The charger carries a CE marking.',
    });
    const mail = await lastMail('grace@example.com');
    const link = /http:\/\/reloop\.test(\/fr-fr\/dsa\/complaints\/new\?notice=\d+&token=[\w-]+)/.exec(
      mail!.textBody,
    )![1]!;
    const formPage = await page(null, link);
    expect(formPage.status).toBe(200);
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    const forged = await api(null, 'POST', '/api/v1/dsa/complaints', {
      noticeId,
      token: `${token.slice(0, -2)}xx`,
      explanation: 'The marking is fake.',
    });
    expect(forged.status).toBe(404);
    const filed = await form(null, '/fr-fr/dsa/complaints/new', {
      notice: String(noticeId),
      token,
      explanation: 'The marking is fake: it is not the CE logo.',
    });
    expect(filed.status).toBe(303);
    const [complaint] = await t.deps.db
      .select()
      .from(dsaComplaints)
      .where(eq(dsaComplaints.noticeId, noticeId));
    const r = await api(second, 'POST', `/api/v1/console/dsa/complaints/${complaint!.id}/decision`, {
      uphold: true,
      note: 'We look at it again.',
    });
    expect(r.body).toEqual({ status: 'upheld', reversal: 'notice_reopened' });
    const [notice] = await t.deps.db.select().from(dsaNotices).where(eq(dsaNotices.id, noticeId));
    expect(notice!.status).toBe('open');
  });

  it('a closed account contests its closure without signing in; upheld, the account is open again', async () => {
    const user = await createActor(t.deps, { email: 'closed@example.com' });
    const { statementId } = await closeAccountByPlatform(t.deps, {
      operatorId: compliance.userId,
      userId: user.userId,
      input: { reason: 'false_identity', details: 'The company was dissolved in 2024.' },
      meta: { ip: '', userAgent: '' },
    });
    const wrongEmail = await api(null, 'POST', '/api/v1/dsa/complaints', {
      statementId,
      email: 'someone@example.com',
      explanation: 'The company exists: here is the register extract.',
    });
    expect(wrongEmail.status).toBe(403);
    const filed = await api(null, 'POST', '/api/v1/dsa/complaints', {
      statementId,
      email: 'Closed@Example.com',
      explanation: 'The company exists: here is the register extract.',
    });
    expect(filed.status).toBe(201);
    await api(second, 'POST', `/api/v1/console/dsa/complaints/${filed.body.complaintId}/decision`, {
      uphold: true,
      note: 'The register extract is genuine.',
    });
    const [u] = await t.deps.db.select().from(users).where(eq(users.id, user.userId));
    expect(u!.status).toBe('active');
  });

  it('a decision can be contested for six months after the person was told, not later', async () => {
    const user = await createActor(t.deps, { email: 'late@example.com' });
    const { statementId } = await closeAccountByPlatform(t.deps, {
      operatorId: compliance.userId,
      userId: user.userId,
      input: { reason: 'false_identity', details: 'The company was dissolved in 2024.' },
      meta: { ip: '', userAgent: '' },
    });
    const start = t.clock.now();
    const body = { statementId, email: 'late@example.com', explanation: 'Please look at it again.' };
    try {
      // 21 November 2026 + 6 months = 21 May 2027, the last day (Paris).
      (t.clock as unknown as { set(d: string): void }).set('2027-05-22T00:30:00+02:00');
      const late = await api(null, 'POST', '/api/v1/dsa/complaints', body);
      expect(late.status).toBe(422);
      expect(late.body.code).toBe('WINDOW_CLOSED');
      (t.clock as unknown as { set(d: string): void }).set('2027-05-21T23:30:00+02:00');
      expect((await api(null, 'POST', '/api/v1/dsa/complaints', body)).status).toBe(201);
    } finally {
      (t.clock as unknown as { set(d: Date): void }).set(start);
    }
  });

  it('Art. 32: buyers of the last six months are told, older ones are not; unreachable buyers publish a notice', async () => {
    const start = t.clock.now();
    const clock = t.clock as unknown as { set(d: Date | string): void };
    try {
      clock.set('2026-05-01T10:00:00Z');
      await placeOrder(t, { lines: [{ offerId: offer.id }], email: 'old-buyer@example.com' });
      clock.set('2026-10-01T10:00:00Z');
      await placeOrder(t, { lines: [{ offerId: offer.id }], email: 'recent-buyer@example.com' });
    } finally {
      clock.set(start);
    }
    const r = await notifyBuyersOfIllegalProduct(t.deps, {
      productId: offer.productId,
      sellerId: offer.sellerId,
      offerId: offer.id,
      noticeId: null,
      illegality: 'The charger has no CE marking.',
      legalGround: 'Regulation (EU) 2023/988',
      publish: false,
      operatorUserId: compliance.userId,
    });
    expect(r.notified).toBeGreaterThanOrEqual(1);
    const recent = await lastMail('recent-buyer@example.com');
    expect(recent!.template).toBe('dsa.illegal-product');
    expect(recent!.textBody).toContain('The charger has no CE marking.');
    expect(recent!.textBody).toContain('Regulation (EU) 2023/988');
    expect((await lastMail('old-buyer@example.com'))?.template).not.toBe('dsa.illegal-product');
    // Published when asked (or when a buyer cannot be reached): the product page shows it.
    await notifyBuyersOfIllegalProduct(t.deps, {
      productId: offer.productId,
      sellerId: null,
      offerId: null,
      noticeId: null,
      illegality: 'The charger has no CE marking.',
      legalGround: 'Regulation (EU) 2023/988',
      publish: true,
      operatorUserId: compliance.userId,
    });
    const rows = await t.deps.db
      .select()
      .from(productSafetyNotices)
      .where(eq(productSafetyNotices.productId, offer.productId));
    expect(rows.map((x) => x.published)).toEqual([r.published, true]);
    const productPage = await page(null, `/fr-fr/p/${offer.slug}`);
    expect(productPage.text).toContain('The charger has no CE marking.');
  });
  it('a suspended seller’s owner complains, signed in; upheld, the seller is reinstated', async () => {
    const { statementId } = await suspendSeller(t.deps, {
      operatorId: compliance.userId,
      sellerId: offer.sellerId,
      input: { reason: 'incomplete_trader_data', details: 'No trade register number.' },
    });
    const filed = await api(owner, 'POST', '/api/v1/dsa/complaints', {
      statementId,
      explanation: 'Our register number was sent to support on the same day.',
    });
    expect(filed.status).toBe(201);
    const r = await api(second, 'POST', `/api/v1/console/dsa/complaints/${filed.body.complaintId}/decision`, {
      uphold: true,
      note: 'The number is valid.',
    });
    expect(r.body).toEqual({ status: 'upheld', reversal: 'seller_reinstated' });
    const [seller] = await t.deps.db.select().from(sellers).where(eq(sellers.id, offer.sellerId));
    expect(seller!.status).toBe('active');
  });
  it('notices are rate-limited per IP like the contact form', async () => {
    const post = () =>
      t.app.request('/api/v1/dsa/notices', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.99' },
        body: JSON.stringify(noticeBody({ goodFaith: false })),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await post()).status);
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
