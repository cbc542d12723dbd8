/**
 * The buyer's after-sales pages (issue 14): "Get help" with photos on an order line and its thread,
 * the files behind an access check, the refusals naming the field, the withdrawal on a delivered
 * line and the late return refused with its date, all in French without English.
 */

import { and, asc, count, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { untranslated } from '../../../test/language-check.ts';
import { linesOf, shipOrder } from '../../../test/orders.ts';
import { pdfText } from '../../../test/pdf-text.ts';
import {
  careAttachments,
  careFolders,
  careMessages,
  returns,
} from '../../modules/after-sales/after-sales.schema.ts';
import { issueReturnLabel } from '../../modules/after-sales/handle-return.ts';
import { returnEligibility } from '../../modules/after-sales/returns.rules.ts';
import { recordParcelEvent } from '../../modules/delivery/record-parcel-event.ts';
import { registerShipment } from '../../modules/delivery/register-shipment.ts';
import { offerPrices, offers } from '../../modules/offers/offers.schema.ts';
import { sellers } from '../../modules/sellers/sellers.schema.ts';
import { localDay } from '../../platform/calendar.ts';
import { formatMoneyForDisplay } from '../../platform/money.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type Actor = Awaited<ReturnType<typeof createActor>>;
type Page = { status: number; text: string; location: string | null; headers: Headers; bytes: Uint8Array };

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
const frDay = (day: string) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

describe.each(ENGINES)('buyer after-sales pages on %s', (engine) => {
  let t: T;
  let offerIds: number[];
  let seq = 0;
  let ip = 0;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 10, sellers: 3, offers: 60 });
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

  /** A signed-in browser (a new session at the clock's time). */
  const browser = async (a: Actor) => {
    const b = new TestBrowser(t.app, `203.0.113.${60 + (ip++ % 100)}`);
    const [name, value] = (await a.cookie()).split('=');
    b.cookies.set(name!, value!);
    return b;
  };
  const buy = async (a: Actor): Promise<{ checkoutId: string; orderId: number; lineId: number }> => {
    const csrf = csrfPair(t.deps);
    const h = {
      'content-type': 'application/json',
      'x-forwarded-for': '198.51.100.91',
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
    const added = await post(`/api/v1/carts/${cart}/lines`, { offerId: offerIds[seq++ % offerIds.length] });
    expect(added.status, JSON.stringify(added.body)).toBeLessThan(300);
    const placed = await post(
      `/api/v1/carts/${cart}/checkout`,
      { shippingAddress: address, paymentMethod: 'card', card },
      { 'idempotency-key': `after-sales-${engine}-${seq}-${Date.now()}` },
    );
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const orderId = placed.body.orders[0].id as number;
    const [line] = await linesOf(t, orderId);
    return { checkoutId: placed.body.checkoutId, orderId, lineId: line!.id };
  };
  /** Shipped by the seller and delivered by the carrier now (the delivery module's use cases). */
  const deliver = async (orderId: number) => {
    await shipOrder(t, orderId);
    const now = t.clock.now();
    const shipmentId = await registerShipment(
      { db: t.deps.db, now },
      { orderId, market: 'FR', shipper: 'Colissimo', trackingNumber: `8R${orderId}000FR`, shippedAt: now },
    );
    await recordParcelEvent(
      { db: t.deps.db, now },
      { shipmentId, status: 'delivered', occurredAt: now, source: 'carrier' },
    );
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
    const bytes = new Uint8Array(await res.arrayBuffer());
    return {
      status: res.status,
      text: new TextDecoder().decode(bytes),
      location: res.headers.get('location'),
      headers: res.headers,
      bytes,
    };
  };
  const png = (name = 'photo.png') => ({ name, bytes: PNG, type: 'image/png' });
  const folderCount = async (lineId: number) =>
    (await t.deps.db.select({ n: count() }).from(careFolders).where(eq(careFolders.orderLineId, lineId)))[0]!
      .n;
  // Dotless keys (`no`, `yes`) are ordinary words: only dotted raw keys and English phrases count.
  const noEnglish = (page: string, what: string) =>
    expect(
      untranslated(page, 'fr').filter((p) => !/^raw key [^.]+$/.test(p)),
      what,
    ).toEqual([]);

  it('a buyer opens "Get help" with a PNG on an order line and reads the thread; nobody else sees it', async () => {
    const buyer = await createActor(t.deps, { email: `help-buyer-${engine}@example.com` });
    const { checkoutId, lineId } = await buy(buyer);
    const b = await browser(buyer);

    const order = await b.get(`/fr-fr/orders/${checkoutId}`);
    expect(order.status).toBe(200);
    expect(order.text).toContain(`/fr-fr/orders/${checkoutId}/lines/${lineId}/help`);
    expect(order.text).toContain('Obtenir de l’aide');
    noEnglish(order.text, 'order page');

    const form = await b.get(`/fr-fr/orders/${checkoutId}/lines/${lineId}/help`);
    expect(form.status).toBe(200);
    expect(form.text).toContain('enctype="multipart/form-data"');
    expect(form.text).toContain(
      '<input id="f-files" name="files" type="file" multiple accept="image/jpeg,image/png,application/pdf"',
    );
    for (const p of ['wrong_item', 'damaged_package', 'locked', 'other'])
      expect(form.text).toContain(`value="${p}"`);
    expect(form.text).toContain('J’ai reçu un autre article');
    noEnglish(form.text, 'help page');

    const opened = await postMultipart(
      b,
      `/fr-fr/orders/${checkoutId}/lines/${lineId}/help`,
      { problem: 'wrong_item', message: 'J’ai reçu un iPhone 12 au lieu d’un iPhone 13.' },
      [png()],
    );
    expect(opened.status, opened.text.slice(0, 400)).toBe(303);
    const folderPath = /^(\/fr-fr\/account\/help\/(\d+))\?done=opened$/.exec(opened.location ?? '');
    expect(folderPath).not.toBeNull();
    const folderId = Number(folderPath![2]);

    const thread = await b.get(folderPath![0]);
    expect(thread.status).toBe(200);
    expect(thread.text).toContain('J’ai reçu un iPhone 12 au lieu d’un iPhone 13.');
    expect(thread.text).toContain('Votre demande a été envoyée au vendeur.');
    expect(thread.text).toContain('Le vendeur répond au plus tard le');
    expect(thread.text).toContain('Demander au service client Reloop');
    expect(thread.text).toContain('Mon problème est résolu');
    noEnglish(thread.text, 'folder page');
    const fileLink = new RegExp(`href="(/fr-fr/account/help/${folderId}/files/(\\d+))"`).exec(thread.text);
    expect(fileLink).not.toBeNull();
    const file = await t.app.request(fileLink![1]!, {
      headers: { cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'x-forwarded-for': b.ip },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PNG);

    // The buyer answers with another file; the list and the account link to it.
    const replied = await postMultipart(b, `${folderPath![1]}/messages`, { body: 'Voici une autre photo.' }, [
      png('box.png'),
    ]);
    expect(replied.status, replied.text.slice(0, 400)).toBe(303);
    const list = await b.get('/fr-fr/account/help');
    expect(list.status).toBe(200);
    expect(list.text).toContain(`href="/fr-fr/account/help/${folderId}"`);
    expect(list.text).toContain('En attente de la réponse du vendeur');
    noEnglish(list.text, 'help list');
    const account = await b.get('/fr-fr/account');
    expect(account.text).toContain('href="/fr-fr/account/help"');

    // Another signed-in person: 404 on the folder, its file and its messages; nothing changes.
    const other = await browser(await createActor(t.deps, { email: `help-other-${engine}@example.com` }));
    expect((await other.get(folderPath![1]!)).status).toBe(404);
    const otherFile = await t.app.request(fileLink![1]!, {
      headers: {
        cookie: [...other.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-forwarded-for': other.ip,
      },
    });
    expect(otherFile.status).toBe(404);
    await other.get('/fr-fr/account/help');
    expect((await postMultipart(other, `${folderPath![1]}/messages`, { body: 'Intrus' })).status).toBe(404);
    expect((await other.get(`/fr-fr/orders/${checkoutId}/lines/${lineId}/help`)).status).toBe(404);
    const messages = await t.deps.db.select().from(careMessages).where(eq(careMessages.folderId, folderId));
    expect(messages.map((m) => m.party)).toEqual(['buyer', 'buyer']);

    // Customer service asked in: its own response target; then solved, the buyer closes it.
    await b.get(folderPath![1]!);
    const escalated = await b.post(`${folderPath![1]}/escalate`, {});
    expect(escalated.status).toBe(303);
    const withService = await b.get(escalated.location!);
    expect(withService.text).toContain('Le service client Reloop répond au plus tard le');
    expect(withService.text).toContain('Chez le service client Reloop');
    noEnglish(withService.text, 'escalated folder');
    const closed = await b.post(`${folderPath![1]}/close`, {});
    expect(closed.status).toBe(303);
    const [row] = await t.deps.db.select().from(careFolders).where(eq(careFolders.id, folderId));
    expect(row).toMatchObject({ status: 'closed', closingReason: 'other' });
    // Closing again is refused on the page (409), the folder unchanged.
    const again = await b.post(`${folderPath![1]}/close`, {});
    expect(again.status).toBe(409);
    expect(again.text).toContain('Cette demande est clôturée');
  });

  it('refuses an 11th file and a 4 MB file, naming the field, and changes nothing', async () => {
    const buyer = await createActor(t.deps, { email: `help-files-${engine}@example.com` });
    const { checkoutId, lineId } = await buy(buyer);
    const b = await browser(buyer);
    const path = `/fr-fr/orders/${checkoutId}/lines/${lineId}/help`;
    await b.get(path);

    const eleven = await postMultipart(
      b,
      path,
      { problem: 'defective', message: 'Écran noir.' },
      Array.from({ length: 11 }, (_, i) => png(`p${i}.png`)),
    );
    expect(eleven.status).toBe(400);
    expect(eleven.text).toContain('id="f-files-error"');
    expect(eleven.text).toContain('href="#f-files"');
    expect(eleven.text).toContain('une demande d’aide contient au plus 10 fichiers');
    expect(eleven.text).toContain('Écran noir.');
    noEnglish(eleven.text, 'refused help page');

    const big = new Uint8Array(4 * 1024 * 1024);
    big.set(PNG);
    const large = await postMultipart(b, path, { problem: 'defective', message: 'Écran noir.' }, [
      { name: 'huge.png', bytes: big, type: 'image/png' },
    ]);
    expect(large.status).toBe(400);
    expect(large.text).toContain('id="f-files-error"');
    expect(large.text).toContain('huge.png dépasse 3 Mo');
    expect(await folderCount(lineId)).toBe(0);
    expect(
      (
        await t.deps.db
          .select({ n: count() })
          .from(careAttachments)
          .innerJoin(careFolders, eq(careFolders.id, careAttachments.folderId))
          .where(eq(careFolders.orderLineId, lineId))
      )[0]!.n,
    ).toBe(0);

    // A problem outside the list: the field is named too.
    const bad = await postMultipart(b, path, { problem: 'bored', message: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('id="f-problem-error"');
    expect(await folderCount(lineId)).toBe(0);
  });

  it('a delivered line: parcel on the order page, the withdrawal with its model form and refund, then requested', async () => {
    const buyer = await createActor(t.deps, { email: `withdraw-${engine}@example.com` });
    const { checkoutId, orderId, lineId } = await buy(buyer);
    await deliver(orderId);
    t.clock.advance(3 * DAY);
    const b = await browser(buyer);

    const order = await b.get(`/fr-fr/orders/${checkoutId}`);
    expect(order.status).toBe(200);
    expect(order.text).toContain('Transporteur : Colissimo');
    expect(order.text).toContain(`8R${orderId}000FR`);
    expect(order.text).toContain('https://www.laposte.fr/');
    expect(order.text).toMatch(/Livré le \d{1,2} \p{L}+ \d{4}/u);
    expect(order.text).toContain('Rétractation possible jusqu’au');
    expect(order.text).toMatch(/Garantie de \d+ mois jusqu’au/);
    expect(order.text).toContain(`/fr-fr/orders/${checkoutId}/lines/${lineId}/return`);
    noEnglish(order.text, 'order page with a parcel');

    const page = await b.get(`/fr-fr/orders/${checkoutId}/lines/${lineId}/return`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Formulaire type de rétractation');
    expect(page.text).toContain('Je vous notifie par la présente ma rétractation');
    expect(page.text).toContain('Remboursé dans les 14 jours');
    const [line] = await linesOf(t, orderId);
    const refund = formatMoneyForDisplay(
      line!.unitPriceMinor * line!.quantity + line!.shippingPriceMinor,
      'EUR',
      'fr-FR',
    );
    expect(page.text).toContain(refund);
    noEnglish(page.text, 'return page');

    const warranty = await b.get(`/fr-fr/orders/${checkoutId}/lines/${lineId}/warranty`);
    expect(warranty.status).toBe(200);
    noEnglish(warranty.text, 'warranty page');

    const done = await b.post(`/fr-fr/orders/${checkoutId}/lines/${lineId}/return`, {});
    expect(done.status, done.text.slice(0, 400)).toBe(303);
    expect(done.location).toBe(`/fr-fr/orders/${checkoutId}?done=return`);
    const [r] = await t.deps.db.select().from(returns).where(eq(returns.orderLineId, lineId));
    expect(r).toMatchObject({
      kind: 'withdrawal',
      status: 'requested',
      refundAmountMinor: line!.unitPriceMinor * line!.quantity + line!.shippingPriceMinor,
    });
    const after = await b.get(done.location!);
    expect(after.text).toContain('Votre retour est enregistré.');
    expect(after.text).toContain(`Rétractation ${r!.id}`);
    noEnglish(after.text, 'order page after the return');

    // No label yet: nothing to print. The seller books it with the sandbox carrier: the buyer
    // prints it in French, from their own order only.
    const labelPath = `/fr-fr/orders/${checkoutId}/lines/${lineId}/return-label.pdf`;
    expect((await b.get(labelPath)).status).toBe(404);
    const { trackingNumber } = await issueReturnLabel(
      { db: t.deps.db, now: t.clock.now() },
      {
        actor: { userId: null, sellers: new Map([[r!.sellerId, 'owner']]), operator: false },
        returnId: r!.id,
      },
    );
    const withLabel = await b.get(`/fr-fr/orders/${checkoutId}`);
    expect(withLabel.text).toContain(`href="${labelPath}"`);
    expect(withLabel.text).toContain('Imprimer l’étiquette de retour (PDF)');
    const cookie = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const pdf = await t.app.request(labelPath, { headers: { cookie, 'x-forwarded-for': b.ip } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(new Uint8Array(await pdf.arrayBuffer()));
    expect(text).toContain('Étiquette de retour');
    expect(text).toContain(`Numéro de suivi ${trackingNumber}`);
    expect(text).toContain(`Retour ${r!.id} · commande ${orderId}`);
    const stranger = await browser(await createActor(t.deps, { email: `label-other-${engine}@example.com` }));
    expect((await stranger.get(labelPath)).status).toBe(404);

    // A warranty claim on the same line is sent to the seller.
    await b.get(`/fr-fr/orders/${checkoutId}/lines/${lineId}/warranty`);
    const claim = await b.post(`/fr-fr/orders/${checkoutId}/lines/${lineId}/warranty`, {
      description: 'La batterie ne tient plus la charge.',
    });
    expect(claim.status, claim.text.slice(0, 400)).toBe(303);
    expect((await b.get(claim.location!)).text).toContain('Demande sous garantie');
  });

  it('a late return is refused with the day the windows ended, and nothing is recorded', async () => {
    const buyer = await createActor(t.deps, { email: `late-${engine}@example.com` });
    const { checkoutId, orderId, lineId } = await buy(buyer);
    await deliver(orderId);
    const delivered = localDay(t.clock.now(), 'Europe/Paris');
    t.clock.advance(60 * DAY);
    const b = await browser(buyer);
    const path = `/fr-fr/orders/${checkoutId}/lines/${lineId}/return`;
    const page = await b.get(path);
    expect(page.status).toBe(200);
    const refused = await b.post(path, {});
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('Cet article ne peut plus être retourné.');
    // The last window's day is named (the commercial one, or 31 January for a Black Friday order).
    const e = returnEligibility({
      today: localDay(t.clock.now(), 'Europe/Paris'),
      ordered: delivered,
      lastDelivered: delivered,
      country: 'FR',
      consumer: true,
    });
    expect(e.ok).toBe(false);
    if (!e.ok && e.reason === 'window_closed')
      expect(refused.text).toContain(`Le retour était possible jusqu’au ${frDay(e.endedOn)}`);
    noEnglish(refused.text, 'refused return');
    expect(await t.deps.db.select().from(returns).where(eq(returns.orderLineId, lineId))).toEqual([]);
  });
});
