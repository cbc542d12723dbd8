/**
 * The seller portal's after-sales (issue 14, H10): the seller answers a "Get help" folder with a
 * file and closes it with a reason; another seller's member gets 404; a return goes label →
 * received → refunded; shipping from the portal registers the parcel; the pages read French.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { untranslated } from '../../../test/language-check.ts';
import { offerPicks, type Pick, placeOrder, shipOrder } from '../../../test/orders.ts';
import { users } from '../../modules/accounts/accounts.schema.ts';
import {
  careAttachments,
  careFolders,
  careMessages,
  returns,
  warrantyClaims,
} from '../../modules/after-sales/after-sales.schema.ts';
import type { CareActor } from '../../modules/after-sales/care-actor.ts';
import { openCareFolder } from '../../modules/after-sales/open-care-folder.ts';
import { requestReturn } from '../../modules/after-sales/request-return.ts';
import { openWarrantyClaim } from '../../modules/after-sales/warranty-claims.ts';
import { shipments } from '../../modules/delivery/delivery.schema.ts';
import { recordParcelEvent } from '../../modules/delivery/record-parcel-event.ts';
import { registerShipment } from '../../modules/delivery/register-shipment.ts';
import { parcelsOfOrders } from '../../modules/delivery/shipments.read-model.ts';
import { creditNotes } from '../../modules/documents/documents.schema.ts';
import { orderLines, orders } from '../../modules/orders/orders.schema.ts';
import { refunds } from '../../modules/refunds/refunds.schema.ts';
import { createApiKey } from '../../modules/seller-api/api-keys.ts';
import { sellers } from '../../modules/sellers/sellers.schema.ts';
import { translator } from '../../platform/i18n.ts';
import { registerWsRoutes } from '../../ws/ws.routes.ts';
import { sellerSurface } from './seller.surface.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

describe.each(ENGINES)('seller portal after-sales on %s', (engine) => {
  let t: T;
  let sellerId: number;
  let otherSellerId: number;
  let mine: Pick[];
  let owner: TestBrowser;
  let other: TestBrowser;
  let ownerId: number;
  let buyer: CareActor;

  const signedIn = async (email: string, id: number) => {
    const actor = await createActor(t.deps, { email, sellers: [{ sellerId: id, role: 'owner' }] });
    const b = new TestBrowser(t.app);
    b.cookies.set('rl_session', (await actor.cookie()).replace(/^rl_session=/, ''));
    return { b, userId: actor.userId };
  };

  /** A paid order of one of the seller's offers, given to the test buyer; returns its id and line. */
  const order = async (i: number) => {
    const orderId = (await placeOrder(t, { lines: [{ offerId: mine[i % mine.length]!.id }] })).orders[0]
      .id as number;
    await t.deps.db.update(orders).set({ buyerUserId: buyer.userId }).where(eq(orders.id, orderId));
    const [l] = await t.deps.db
      .select({ id: orderLines.id })
      .from(orderLines)
      .where(eq(orderLines.orderId, orderId));
    return { orderId, lineId: l!.id };
  };
  const delivered = async (orderId: number) => {
    await shipOrder(t, orderId);
    const now = t.clock.now();
    const shipmentId = await registerShipment(
      { db: t.deps.db, now },
      { orderId, market: 'FR', shipper: 'Colissimo', trackingNumber: `6A${orderId}`, shippedAt: now },
    );
    await recordParcelEvent(
      { db: t.deps.db, now },
      { shipmentId, status: 'delivered', occurredAt: now, source: 'carrier' },
    );
  };
  const openFolder = async (lineId: number) =>
    openCareFolder(
      { db: t.deps.db, storage: t.deps.storage, now: t.clock.now() },
      {
        actor: buyer,
        orderLineId: lineId,
        problem: 'wrong_item',
        message: 'J’ai commandé un noir et reçu un blanc.',
        files: [{ name: 'colis.png', bytes: PNG }],
      },
    );
  /** Post a multipart form as the page's form would (CSRF token read from the last page). */
  const postMultipart = async (
    b: TestBrowser,
    path: string,
    fields: Record<string, string>,
    files: File[],
  ) => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ ...fields, _csrf: b.csrf })) form.append(k, v);
    for (const f of files) form.append('files', f);
    const cookie = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await t.app.request(path, {
      method: 'POST',
      headers: { cookie, 'x-forwarded-for': b.ip, 'user-agent': 'TestBrowser/1.0' },
      body: form,
    });
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  };

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 10, sellers: 4, offers: 60 });
    sellerSurface.register!(t.app, t.deps);
    const picks = await offerPicks(t);
    const good = await t.deps.db
      .select({ id: sellers.id })
      .from(sellers)
      .where(and(eq(sellers.status, 'active'), eq(sellers.verified, true)));
    const ok = new Set(good.map((s) => s.id));
    sellerId = picks.find((p) => ok.has(p.sellerId))!.sellerId;
    otherSellerId = good.find((s) => s.id !== sellerId)!.id;
    mine = picks.filter((p) => p.sellerId === sellerId);
    const o = await signedIn('care-owner@seller.example', sellerId);
    owner = o.b;
    ownerId = o.userId;
    other = (await signedIn('care-other@seller.example', otherSellerId)).b;
    const b = await createActor(t.deps, { email: 'care-portal-buyer@example.com' });
    buyer = { userId: b.userId, sellers: new Map(), operator: false };
  });
  beforeEach(async () => {
    await t.deps.db.update(users).set({ language: 'en' });
  });
  afterAll(async () => t?.close());

  it('the seller answers a folder with a file, downloads the buyer’s photo and closes it as wrong_product', async () => {
    const { orderId, lineId } = await order(0);
    await shipOrder(t, orderId);
    const { folderId } = await openFolder(lineId);
    const base = `/seller/${sellerId}`;

    const list = await owner.get(`${base}/care`);
    expect(list.status).toBe(200);
    expect(list.text).toContain(`${base}/care/${folderId}`);
    expect(list.text).toContain('Waiting for you');

    const page = await owner.get(`${base}/care/${folderId}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('J’ai commandé un noir et reçu un blanc.');
    // The close form offers the reason the problem most likely ends with.
    expect(page.text).toMatch(/<option value="wrong_product" selected>/);
    const [file] = await t.deps.db
      .select()
      .from(careAttachments)
      .where(eq(careAttachments.folderId, folderId));
    const download = await t.app.request(`${base}/care/${folderId}/files/${file!.id}`, {
      headers: { cookie: `rl_session=${owner.cookies.get('rl_session')}` },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PNG);

    // A file of another type than it claims is refused with the field named; nothing changes.
    const bad = await postMultipart(owner, `${base}/care/${folderId}/reply`, { body: 'Voici la facture.' }, [
      new File([new TextEncoder().encode('not a pdf')], 'facture.pdf', { type: 'application/pdf' }),
    ]);
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('facture.pdf is not a JPEG, PNG or PDF file');
    expect(
      await t.deps.db.select().from(careMessages).where(eq(careMessages.folderId, folderId)),
    ).toHaveLength(1);

    const replied = await postMultipart(
      owner,
      `${base}/care/${folderId}/reply`,
      { body: 'Désolé ! Nous vous remboursons.' },
      [new File([PNG], 'etiquette.png', { type: 'image/png' })],
    );
    expect(replied.status).toBe(303);
    expect(replied.location).toBe(`${base}/care/${folderId}?done=replied`);
    const messages = await t.deps.db.select().from(careMessages).where(eq(careMessages.folderId, folderId));
    expect(messages.at(-1)).toMatchObject({ party: 'seller', authorUserId: ownerId });
    expect(
      await t.deps.db.select().from(careAttachments).where(eq(careAttachments.folderId, folderId)),
    ).toHaveLength(2);
    const [row] = await t.deps.db.select().from(careFolders).where(eq(careFolders.id, folderId));
    expect(row!.status).toBe('awaiting_buyer');

    await owner.get(`${base}/care/${folderId}`);
    const wrong = await owner.post(`${base}/care/${folderId}/close`, { reason: 'not_a_reason' });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('role="alert"');
    const closed = await owner.post(`${base}/care/${folderId}/close`, { reason: 'wrong_product' });
    expect(closed.status).toBe(303);
    const [after] = await t.deps.db.select().from(careFolders).where(eq(careFolders.id, folderId));
    expect(after).toMatchObject({ status: 'closed', closingReason: 'wrong_product' });
  });

  it('the seller refunds from the folder: a part, then the rest; more than is left is a 400 on amount', async () => {
    const { orderId, lineId } = await order(5);
    await delivered(orderId);
    const { folderId } = await openFolder(lineId);
    const base = `/seller/${sellerId}`;
    const [line] = await t.deps.db.select().from(orderLines).where(eq(orderLines.id, lineId));
    const page = await owner.get(`${base}/care/${folderId}`);
    expect(page.text).toMatch(new RegExp(`<form method="post" action="${base}/care/${folderId}/refund"`));
    expect(page.text).toContain('Refund the buyer');

    // Another seller's member cannot refund it; nothing changes.
    await other.get(`/seller/${otherSellerId}/care`);
    expect((await other.post(`${base}/care/${folderId}/refund`, { amount: '10.00' })).status).toBe(403);
    const refundsOf = async () => t.deps.db.select().from(refunds).where(eq(refunds.orderLineId, lineId));
    expect(await refundsOf()).toEqual([]);

    const paid = line!.unitPriceMinor * line!.quantity + line!.shippingPriceMinor;
    for (const amount of ['abc', '0', ((paid + 100) / 100).toFixed(2)]) {
      const bad = await owner.post(`${base}/care/${folderId}/refund`, { amount });
      expect(bad.status, amount).toBe(400);
      expect(bad.text).toContain('Amount to refund');
      expect(bad.text).toContain('aria-invalid="true"');
    }
    expect(await refundsOf()).toEqual([]);

    const part = await owner.post(`${base}/care/${folderId}/refund`, { amount: '10.00' });
    expect(part).toMatchObject({ status: 303, location: `${base}/care/${folderId}?done=refunded` });
    expect((await refundsOf()).map((r) => [r.amountMinor, r.status])).toEqual([[1_000, 'succeeded']]);
    const rest = await owner.post(`${base}/care/${folderId}/refund`, { amount: '' });
    expect(rest.status).toBe(303);
    const all = await refundsOf();
    expect(all.reduce((sum, r) => sum + r.amountMinor, 0)).toBeGreaterThan(1_000);
    expect(await t.deps.db.select().from(creditNotes).where(eq(creditNotes.orderId, orderId))).toHaveLength(
      2,
    );
    expect((await owner.get(`${base}/care/${folderId}?done=refunded`)).text).toContain(
      'Refunded. The buyer receives',
    );
  });

  it('another seller’s member gets 404 on the folder, its files, its forms and the return actions', async () => {
    const { orderId, lineId } = await order(1);
    await shipOrder(t, orderId);
    const { folderId } = await openFolder(lineId);
    const [file] = await t.deps.db
      .select()
      .from(careAttachments)
      .where(eq(careAttachments.folderId, folderId));
    await other.get(`/seller/${otherSellerId}/care`);
    // Under their own seller's path, the folder does not exist for them.
    for (const path of [`/care/${folderId}`, `/care/${folderId}/files/${file!.id}`]) {
      expect((await other.get(`/seller/${otherSellerId}${path}`)).status, path).toBe(404);
    }
    expect(
      (await other.post(`/seller/${otherSellerId}/care/${folderId}/close`, { reason: 'other' })).status,
    ).toBe(404);
    expect((await other.post(`/seller/${otherSellerId}/care/${folderId}/escalate`, {})).status).toBe(404);
    // Under the folder's seller's path, the access rule refuses them.
    expect((await other.get(`/seller/${sellerId}/care/${folderId}`)).status).not.toBe(200);
    const [row] = await t.deps.db.select().from(careFolders).where(eq(careFolders.id, folderId));
    expect(row).toMatchObject({ status: 'awaiting_seller', escalated: false, closingReason: null });
  });

  it('a return goes label → received → refunded: the line is refunded and a credit note exists', async () => {
    const { orderId, lineId } = await order(2);
    await delivered(orderId);
    const r = await requestReturn(
      { db: t.deps.db, now: t.clock.now() },
      { actor: buyer, orderLineId: lineId },
    );
    const base = `/seller/${sellerId}`;

    const page = await owner.get(`${base}/returns`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`${base}/returns/${r.id}/label`);
    expect(page.text).toContain('Withdrawal (14 days)');

    // Another seller cannot act on it.
    await other.get(`/seller/${otherSellerId}/returns`);
    expect((await other.post(`/seller/${otherSellerId}/returns/${r.id}/label`, {})).status).toBe(404);

    // A carrier without a tracking number is refused, naming the field.
    const missing = await owner.post(`${base}/returns/${r.id}/label`, {
      [`carrier_${r.id}`]: 'Colissimo',
      [`trackingNumber_${r.id}`]: '',
    });
    expect(missing.status).toBe(400);
    expect(missing.text).toContain(`href="#f-trackingNumber_${r.id}"`);
    expect(missing.text).toContain(`id="f-trackingNumber_${r.id}-error"`);
    expect((await t.deps.db.select().from(returns).where(eq(returns.id, r.id)))[0]!.status).toBe('requested');

    const label = await owner.post(`${base}/returns/${r.id}/label`, {});
    expect(label.status).toBe(303);
    expect(label.location).toBe(`${base}/returns?done=label`);
    let [row] = await t.deps.db.select().from(returns).where(eq(returns.id, r.id));
    expect(row).toMatchObject({ status: 'label_issued', carrier: 'sandbox' });
    expect(row!.trackingNumber).toMatch(/^SBXR\d{8}$/);

    await owner.get(`${base}/returns`);
    const received = await owner.post(`${base}/returns/${r.id}/receive`, { resellable: '1' });
    expect(received.status).toBe(303);
    [row] = await t.deps.db.select().from(returns).where(eq(returns.id, r.id));
    expect(row).toMatchObject({ status: 'refunded' });
    const [line] = await t.deps.db.select().from(orderLines).where(eq(orderLines.id, lineId));
    expect(line!.state).toBe(6);
    expect(
      await t.deps.db.select().from(creditNotes).where(eq(creditNotes.orderId, orderId)),
    ).not.toHaveLength(0);
    const done = await owner.get(`${base}/returns?done=received`);
    expect(done.text).toContain('Return received and refunded.');
  });

  it('a warranty claim is decided (repair, a bad outcome refused) and completed', async () => {
    const { orderId, lineId } = await order(5);
    await delivered(orderId);
    const claim = await openWarrantyClaim(
      { db: t.deps.db, now: t.clock.now() },
      { actor: buyer, orderLineId: lineId, description: 'L’écran clignote.' },
    );
    const base = `/seller/${sellerId}`;
    const page = await owner.get(`${base}/returns`);
    expect(page.text).toContain(`${base}/warranty/${claim.id}/decide`);
    expect(page.text).toContain('L’écran clignote.');
    const bad = await owner.post(`${base}/warranty/${claim.id}/decide`, { [`outcome_${claim.id}`]: 'shrug' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain(`href="#f-outcome_${claim.id}"`);
    await other.get(`/seller/${otherSellerId}/returns`);
    expect(
      (
        await other.post(`/seller/${otherSellerId}/warranty/${claim.id}/decide`, {
          [`outcome_${claim.id}`]: 'repair',
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await owner.post(`${base}/warranty/${claim.id}/decide`, {
          [`outcome_${claim.id}`]: 'repair',
        })
      ).status,
    ).toBe(303);
    let [row] = await t.deps.db.select().from(warrantyClaims).where(eq(warrantyClaims.id, claim.id));
    expect(row).toMatchObject({ status: 'in_progress', outcome: 'repair' });
    await owner.get(`${base}/returns`);
    expect((await owner.post(`${base}/warranty/${claim.id}/complete`, {})).status).toBe(303);
    [row] = await t.deps.db.select().from(warrantyClaims).where(eq(warrantyClaims.id, claim.id));
    expect(row!.status).toBe('completed');
  });

  it('shipping from the portal registers the parcel, shown on the order page with its tracking link', async () => {
    const { orderId } = await order(3);
    const base = `/seller/${sellerId}/orders/${orderId}`;
    await owner.get(base);
    expect((await owner.post(`${base}/accept`, {})).status).toBe(303);
    await owner.get(base);
    const shipped = await owner.post(`${base}/ship`, {
      shipper: 'Colissimo',
      tracking_number: '6A123456789',
    });
    expect(shipped.status).toBe(303);
    const parcel = (await parcelsOfOrders(t.deps.db, [orderId])).get(orderId);
    expect(parcel).toMatchObject({
      carrier: 'colissimo',
      trackingNumber: '6A123456789',
      status: 'label_created',
    });
    const page = await owner.get(base);
    expect(page.text).toContain('https://www.laposte.fr/outils/suivre-vos-envois?code=6A123456789');
    expect(page.text).toContain('Label created');
  });

  it('shipping through the seller API (/ws/orders/{id}, new_state 3) registers the parcel with its promised day', async () => {
    if (!t.app.routes.some((r) => r.path.startsWith('/ws/')))
      registerWsRoutes(t.app, t.deps, { storage: t.deps.storage });
    const { token } = await createApiKey(t.deps.db, {
      sellerId,
      name: 'care',
      createdBy: null,
      now: t.clock.now(),
    });
    const { orderId } = await order(7);
    const call = (body: unknown) =>
      t.app.request(`/ws/orders/${orderId}`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${token}`,
          'content-type': 'application/json',
          accept: 'application/json',
          'user-agent': 'CareTest/1.0',
        },
        body: JSON.stringify(body),
      });
    expect((await call({ new_state: 2 })).status).toBe(200);
    expect((await call({ new_state: 3, tracking_number: 'JD0002', shipper: 'DHL' })).status).toBe(200);
    const parcel = (await parcelsOfOrders(t.deps.db, [orderId])).get(orderId);
    expect(parcel).toMatchObject({ carrier: 'dhl', trackingNumber: 'JD0002', status: 'label_created' });
    const [row] = await t.deps.db.select().from(shipments).where(eq(shipments.orderId, orderId));
    expect(row!.promisedBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('reads the after-sales pages in French without English', async () => {
    await t.deps.db.update(users).set({ language: 'fr' }).where(eq(users.id, ownerId));
    const { orderId, lineId } = await order(6);
    await delivered(orderId);
    const { folderId } = await openFolder(lineId);
    await requestReturn({ db: t.deps.db, now: t.clock.now() }, { actor: buyer, orderLineId: lineId });
    const fr = translator('fr-FR');
    const base = `/seller/${sellerId}`;
    for (const path of ['/care', `/care/${folderId}`, '/returns', `/orders/${orderId}`]) {
      const page = await owner.get(`${base}${path}`);
      expect(page.status, path).toBe(200);
      expect(page.text, path).not.toMatch(/\bportal\.[a-zA-Z]/);
      expect(
        untranslated(page.text, 'fr').filter((p) => !/^raw key [^.]+$/.test(p)),
        path,
      ).toEqual([]);
      expect(page.text, path).toContain(fr('portal.nav.care'));
    }
    expect((await owner.get(`${base}/care/${folderId}`)).text).toContain(
      fr('portal.care.reason.wrong_product'),
    );
    expect((await owner.get(`${base}/orders/${orderId}`)).text).toContain(
      fr('portal.parcel.status.delivered'),
    );
  });
});
