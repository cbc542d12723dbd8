/**
 * Device insurance after the sale (issue 14): the policies bound at payment are recorded once per
 * insured unit and shown on the order page; the buyer claims on them with a photo, someone else
 * gets 404, bad input is refused naming the field with nothing recorded, one open claim per
 * policy, a refunded premium covers nothing, and the refresh job follows the insurer's answers
 * with an email at each step — in French without English.
 */
import { and, asc, count, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { untranslated } from '../../../test/language-check.ts';
import { linesOf, shipOrder } from '../../../test/orders.ts';
import { insuranceClaims } from '../../modules/after-sales/after-sales.schema.ts';
import { fileInsuranceClaim } from '../../modules/after-sales/file-insurance-claim.ts';
import { refreshInsuranceClaims } from '../../modules/after-sales/refresh-insurance-claims.ts';
import { insurancePolicies } from '../../modules/checkout/insurance-policies.schema.ts';
import { offerPrices, offers } from '../../modules/offers/offers.schema.ts';
import { LINE } from '../../modules/orders/order-states.ts';
import { orderLines } from '../../modules/orders/orders.schema.ts';
import { sellers } from '../../modules/sellers/sellers.schema.ts';
import { addDays, localDay } from '../../platform/calendar.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type Actor = Awaited<ReturnType<typeof createActor>>;
type Page = { status: number; text: string; location: string | null };

const DAY = 24 * 3_600_000;
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const address = {
  name: 'Ada Lovelace',
  line1: '12 rue de Rivoli',
  postalCode: '75004',
  city: 'Paris',
  country: 'FR',
};
const card = { number: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123', holder: 'Ada Lovelace' };

describe.each(ENGINES)('insurance policies and claims on %s', (engine) => {
  let t: T;
  let offerIds: number[];
  let seq = 0;
  let ip = 0;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 8, sellers: 3, offers: 40 });
    offerIds = (
      await t.deps.db
        .select({ id: offers.id })
        .from(offers)
        .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'FR')))
        .innerJoin(sellers, eq(sellers.id, offers.sellerId))
        .where(and(gt(offers.quantity, 3), eq(offers.published, true), eq(sellers.country, 'FR')))
        .orderBy(asc(offers.id))
    ).map((r) => r.id);
  });
  afterAll(() => t?.close());

  const browser = async (a: Actor) => {
    const b = new TestBrowser(t.app, `203.0.113.${120 + (ip++ % 100)}`);
    const [name, value] = (await a.cookie()).split('=');
    b.cookies.set(name!, value!);
    return b;
  };
  /** An insured purchase by a signed-in buyer, paid by card, shipped. */
  const buyInsured = async (a: Actor, quantity = 1) => {
    const csrf = csrfPair(t.deps);
    const h = {
      'content-type': 'application/json',
      'x-forwarded-for': '198.51.100.92',
      cookie: `${await a.cookie()}; ${csrf.cookie}`,
      'x-csrf-token': csrf.header,
    };
    const post = async (path: string, body: unknown, extra: Record<string, string> = {}) => {
      const res = await t.app.request(path, {
        method: 'POST',
        headers: { ...h, ...extra },
        body: JSON.stringify(body),
      });
      // biome-ignore lint/suspicious/noExplicitAny: test convenience
      return { status: res.status, body: (await res.json()) as any };
    };
    const cart = (await post('/api/v1/carts', { market: 'fr-fr' })).body.id as string;
    const added = await post(`/api/v1/carts/${cart}/lines`, {
      offerId: offerIds[seq++ % offerIds.length],
      quantity,
      insurance: true,
    });
    expect(added.status, JSON.stringify(added.body)).toBeLessThan(300);
    const placed = await post(
      `/api/v1/carts/${cart}/checkout`,
      { shippingAddress: address, paymentMethod: 'card', card },
      { 'idempotency-key': `insurance-${engine}-${seq}-${Date.now()}` },
    );
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const orderId = placed.body.orders[0].id as number;
    await shipOrder(t, orderId);
    const [line] = await linesOf(t, orderId);
    return { checkoutId: placed.body.checkoutId as string, orderId, lineId: line!.id };
  };
  const postMultipart = async (
    b: TestBrowser,
    path: string,
    fields: Record<string, string>,
    files: { name: string; bytes: Uint8Array; type: string }[] = [],
  ): Promise<Page> => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(fields)) fd.append(k, v);
    fd.append('_csrf', b.csrf);
    for (const f of files)
      fd.append('files', new File([f.bytes as Uint8Array<ArrayBuffer>], f.name, { type: f.type }));
    const cookie = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await t.app.request(path, {
      method: 'POST',
      headers: { cookie, 'x-forwarded-for': b.ip, 'user-agent': 'TestBrowser/1.0' },
      body: fd,
    });
    return { status: res.status, text: await res.text(), location: res.headers.get('location') };
  };
  const png = { name: 'ecran.png', bytes: PNG, type: 'image/png' };
  const claimsOf = async (lineId: number) =>
    (
      await t.deps.db
        .select({ n: count() })
        .from(insuranceClaims)
        .where(eq(insuranceClaims.orderLineId, lineId))
    )[0]!.n;
  const today = () => localDay(t.clock.now(), 'Europe/Paris');
  const noEnglish = (page: string, what: string) =>
    expect(
      untranslated(page, 'fr').filter((p) => !/^raw key [^.]+$/.test(p)),
      what,
    ).toEqual([]);
  const mails = (to: string, template: string) =>
    t.deps.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.toAddress, to), eq(mailOutbox.template, template)));

  it('records one policy per insured unit at payment and shows them on the order page', async () => {
    const buyer = await createActor(t.deps, { email: `ins-policy-${engine}@example.com` });
    const { checkoutId, lineId } = await buyInsured(buyer, 2);
    const policies = await t.deps.db
      .select()
      .from(insurancePolicies)
      .where(eq(insurancePolicies.orderLineId, lineId))
      .orderBy(asc(insurancePolicies.unit));
    expect(policies.map((p) => [p.unit, p.status, p.covers])).toEqual([
      [1, 'active', ['breakage', 'theft', 'liquid_damage']],
      [2, 'active', ['breakage', 'theft', 'liquid_damage']],
    ]);
    expect(policies[0]!.policyRef).toMatch(/^RLI-FR-/);
    expect(policies[0]!.endsAt.getTime() - policies[0]!.startsAt.getTime()).toBeGreaterThan(364 * DAY);

    const b = await browser(buyer);
    const order = await b.get(`/fr-fr/orders/${checkoutId}`);
    expect(order.status).toBe(200);
    expect(order.text).toContain('Assurance de l’appareil');
    expect(order.text).toContain(`Contrat ${policies[0]!.policyRef}`);
    expect(order.text).toContain(`Contrat ${policies[1]!.policyRef}`);
    expect(order.text).toContain('Garanties : Casse, Vol et Dommage causé par un liquide');
    expect(order.text).toContain('Valable jusqu’au');
    expect(order.text).toContain(`/fr-fr/orders/${checkoutId}/lines/${lineId}/insurance`);
    expect(order.text).toContain('Quand une prime d’assurance est remboursée');
    noEnglish(order.text, 'order page');

    const form = await b.get(`/fr-fr/orders/${checkoutId}/lines/${lineId}/insurance`);
    expect(form.status).toBe(200);
    expect(form.text).toContain('enctype="multipart/form-data"');
    for (const c of ['breakage', 'theft', 'liquid_damage'])
      expect(form.text).toContain(`name="cover" value="${c}"`);
    expect(form.text).toContain('name="unit" value="2"');
    noEnglish(form.text, 'claim form');
  });

  it('a buyer claims with a photo: recorded, emailed, shown; a second claim on it is refused', async () => {
    const email = `ins-claim-${engine}@example.com`;
    const buyer = await createActor(t.deps, { email });
    const { checkoutId, lineId } = await buyInsured(buyer);
    const b = await browser(buyer);
    await b.get(`/fr-fr/orders/${checkoutId}/lines/${lineId}/insurance`);
    const path = `/fr-fr/orders/${checkoutId}/lines/${lineId}/insurance`;
    const filed = await postMultipart(
      b,
      path,
      { unit: '1', cover: 'breakage', incidentOn: today(), description: 'Écran fissuré après une chute.' },
      [png],
    );
    expect(filed.status, filed.text.slice(0, 400)).toBe(303);
    expect(filed.location).toBe(`/fr-fr/orders/${checkoutId}?done=insurance`);
    const [claim] = await t.deps.db
      .select()
      .from(insuranceClaims)
      .where(eq(insuranceClaims.orderLineId, lineId));
    expect(claim).toMatchObject({
      cover: 'breakage',
      status: 'under_review',
      incidentOn: today(),
      description: 'Écran fissuré après une chute.',
      provider: 'local',
    });
    expect(claim!.providerClaimRef).toMatch(/^RLC-/);
    expect(claim!.attachments).toHaveLength(1);
    expect(claim!.attachments[0]!.contentType).toBe('image/png');
    const [mail] = await mails(email, 'after-sales.insurance-claim-filed');
    expect(mail?.subject).toBe(`Votre déclaration de sinistre ${claim!.providerClaimRef}`);
    expect(mail?.textBody).toContain('casse');

    const order = await b.get(`/fr-fr/orders/${checkoutId}?done=insurance`);
    expect(order.text).toContain('Votre déclaration a été transmise à l’assureur.');
    expect(order.text).toContain(
      `Sinistre ${claim!.providerClaimRef} (Casse): en cours d’examen par l’assureur`,
    );
    expect(order.text).not.toContain(`${path}"`);
    noEnglish(order.text, 'order page with a claim');

    const again = await postMultipart(b, path, {
      unit: '1',
      cover: 'theft',
      incidentOn: today(),
      description: 'Et puis volé.',
    });
    expect(again.status).toBe(409);
    expect(again.text).toContain('Un sinistre est déjà en cours pour cet appareil');
    expect(await claimsOf(lineId)).toBe(1);

    // Customer service sees it in the person's history.
    const support = await createActor(t.deps, {
      email: `ins-support-${engine}@example.com`,
      buyerType: null,
      operator: ['admin'],
    });
    const history = await t.app.request(`/console/users/${buyer.userId}`, {
      headers: { cookie: await support.cookie(), 'x-forwarded-for': '198.51.100.201' },
    });
    const historyText = await history.text();
    expect(history.status).toBe(200);
    expect(historyText).toContain('Insurance claims');
    expect(historyText).toContain(`<th scope="row">${claim!.providerClaimRef}</th>`);
    expect(historyText).toContain('Under review');
  });

  it('someone else gets 404 on the form and the claim; nothing is recorded', async () => {
    const owner = await createActor(t.deps, { email: `ins-owner-${engine}@example.com` });
    const other = await createActor(t.deps, { email: `ins-other-${engine}@example.com` });
    const { checkoutId, lineId } = await buyInsured(owner);
    const b = await browser(other);
    const path = `/fr-fr/orders/${checkoutId}/lines/${lineId}/insurance`;
    expect((await b.get(path)).status).toBe(404);
    await b.get('/fr-fr/sign-in');
    const r = await postMultipart(b, path, {
      cover: 'breakage',
      incidentOn: today(),
      description: 'Pas à moi.',
    });
    expect(r.status).toBe(404);
    expect(await claimsOf(lineId)).toBe(0);
    // Not signed in: sent to sign in.
    const anon = await t.app.request(path);
    expect(anon.status).toBe(303);
  });

  it('refuses bad input naming the field, with nothing recorded', async () => {
    const buyer = await createActor(t.deps, { email: `ins-bad-${engine}@example.com` });
    const { checkoutId, lineId } = await buyInsured(buyer);
    const b = await browser(buyer);
    const path = `/fr-fr/orders/${checkoutId}/lines/${lineId}/insurance`;
    await b.get(path);
    const post = (fields: Record<string, string>, files: Parameters<typeof postMultipart>[3] = []) =>
      postMultipart(
        b,
        path,
        { unit: '1', cover: 'breakage', incidentOn: today(), description: 'Cassé.', ...fields },
        files,
      );

    const empty = await post({ cover: '', incidentOn: '', description: ' ' });
    expect(empty.status).toBe(400);
    for (const f of ['f-cover', 'f-incidentOn', 'f-description'])
      expect(empty.text).toContain(`href="#${f}"`);
    noEnglish(empty.text, 'refused claim');

    const future = await post({ incidentOn: addDays(today(), 1) });
    expect(future.status).toBe(422);
    expect(future.text).toContain('Date du sinistre: ne peut pas être dans le futur');

    const before = await post({ incidentOn: addDays(today(), -10) });
    expect(before.status).toBe(422);
    expect(before.text).toContain('href="#f-incidentOn"');
    expect(before.text).toContain('durée du contrat');

    const wrongType = await post({}, [
      { name: 'photo.png', bytes: new TextEncoder().encode('not an image'), type: 'image/png' },
    ]);
    expect(wrongType.status).toBe(400);
    expect(wrongType.text).toContain('href="#f-files"');

    // A policy without liquid damage (as in GB or SE): that cover is refused, naming it.
    await t.deps.db
      .update(insurancePolicies)
      .set({ covers: ['breakage', 'theft'] })
      .where(eq(insurancePolicies.orderLineId, lineId));
    const liquid = await post({ cover: 'liquid_damage' });
    expect(liquid.status).toBe(422);
    expect(liquid.text).toContain('Ce qui s’est passé: choisissez l’une des garanties de votre contrat');
    const form = await b.get(path);
    expect(form.text).not.toContain('value="liquid_damage"');
    expect(await claimsOf(lineId)).toBe(0);
  });

  it('two claims at once on one device: one is recorded, the other is a conflict', async () => {
    const buyer = await createActor(t.deps, { email: `ins-race-${engine}@example.com` });
    const { lineId } = await buyInsured(buyer);
    const file = (cover: string) =>
      fileInsuranceClaim(
        { ...t.deps, now: t.clock.now() },
        {
          actor: { userId: buyer.userId, sellers: new Map(), operator: false },
          orderLineId: lineId,
          cover,
          incidentOn: today(),
          description: 'En même temps.',
        },
      );
    const results = await Promise.allSettled([file('breakage'), file('liquid_damage')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'orderLineId' }] });
    expect(await claimsOf(lineId)).toBe(1);
  });

  it('a refunded premium ends the cover: shown on the order, claims refused', async () => {
    const buyer = await createActor(t.deps, { email: `ins-refunded-${engine}@example.com` });
    const { checkoutId, lineId } = await buyInsured(buyer);
    await t.deps.db
      .update(orderLines)
      .set({ state: LINE.refundedAfterShipping })
      .where(eq(orderLines.id, lineId));
    const b = await browser(buyer);
    const order = await b.get(`/fr-fr/orders/${checkoutId}`);
    expect(order.text).toContain('Non couvert : la prime d’assurance a été remboursée');
    expect(order.text).not.toContain(`/lines/${lineId}/insurance"`);
    const r = await postMultipart(b, `/fr-fr/orders/${checkoutId}/lines/${lineId}/insurance`, {
      unit: '1',
      cover: 'breakage',
      incidentOn: today(),
      description: 'Cassé.',
    });
    expect(r.status).toBe(422);
    expect(r.text).toContain('Cet appareil n’est plus couvert');
    expect(await claimsOf(lineId)).toBe(0);
  });

  it('the refresh job follows the insurer: accepted then settled, a theft without proof refused, each emailed once', async () => {
    const email = `ins-refresh-${engine}@example.com`;
    const buyer = await createActor(t.deps, { email });
    const one = await buyInsured(buyer);
    const two = await buyInsured(buyer);
    const b = await browser(buyer);
    await b.get(`/fr-fr/orders/${one.checkoutId}/lines/${one.lineId}/insurance`);
    const file = (x: typeof one, cover: string, files: Parameters<typeof postMultipart>[3]) =>
      postMultipart(
        b,
        `/fr-fr/orders/${x.checkoutId}/lines/${x.lineId}/insurance`,
        { unit: '1', cover, incidentOn: today(), description: 'Sinistre.' },
        files,
      );
    expect((await file(one, 'breakage', [png])).status).toBe(303);
    expect((await file(two, 'theft', [])).status).toBe(303);
    const deps = { ...t.deps, now: t.clock.now() };
    const statusOf = async (lineId: number) =>
      (await t.deps.db.select().from(insuranceClaims).where(eq(insuranceClaims.orderLineId, lineId)))[0]!;

    const start = t.clock.now();
    try {
      await refreshInsuranceClaims(deps);
      expect((await statusOf(one.lineId)).status).toBe('under_review');
      t.clock.advance(2 * DAY);
      await refreshInsuranceClaims({ ...deps, now: t.clock.now() });
      expect(await statusOf(one.lineId)).toMatchObject({ status: 'accepted', outcome: 'repair' });
      expect(await statusOf(two.lineId)).toMatchObject({
        status: 'refused',
        refusalReason: 'no_proof_of_theft',
      });
      await refreshInsuranceClaims({ ...deps, now: t.clock.now() });
      t.clock.advance(5 * DAY);
      await refreshInsuranceClaims({ ...deps, now: t.clock.now() });
      expect((await statusOf(one.lineId)).status).toBe('settled');
      expect((await statusOf(one.lineId)).settledAt).not.toBeNull();
      expect(await mails(email, 'after-sales.insurance-claim-accepted')).toHaveLength(1);
      expect(await mails(email, 'after-sales.insurance-claim-settled')).toHaveLength(1);
      const [refused] = await mails(email, 'after-sales.insurance-claim-refused');
      expect(refused?.textBody).toContain('dépôt de plainte');

      // A new session: the first one ended while the clock moved a week.
      const order = await (await browser(buyer)).get(`/fr-fr/orders/${two.checkoutId}`);
      expect(order.text).toContain('refusé (un vol exige un dépôt de plainte)');
      // Decided claims are closed: the device can be claimed on again.
      expect(order.text).toContain(`/lines/${two.lineId}/insurance"`);
    } finally {
      t.clock.set(start);
    }
  });
});
