/**
 * The buyer's review pages on every engine, in French without English: "Write a review" on the
 * order page and the orders list, the form refused with each field named, published at once, the
 * emailed link that opens the form without signing in, edit (and after 30 days: refused, nothing
 * changed), photos, delete, someone else's line or review (404), and the licence terms in the seven
 * languages.
 */
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buyerWithShippedLines } from '../../../test/after-sales.ts';
import { linkIn, TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { untranslated } from '../../../test/language-check.ts';
import { createSession } from '../../modules/accounts/create-session.ts';
import { checkouts } from '../../modules/checkout/checkout.schema.ts';
import { orders } from '../../modules/orders/orders.schema.ts';
import { reviewPhotos, reviews } from '../../modules/reviews/reviews.schema.ts';
import { sendReviewRequests } from '../../modules/reviews/send-review-requests.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const DAY = 86_400_000;
const COMMENT = 'Très bon téléphone, livré rapidement et parfaitement emballé.';
const valid = { rating: '4', comment: COMMENT, licenceAccepted: 'yes', authorshipCertified: 'yes' };

describe.each(ENGINES)('buyer review pages on %s', (engine) => {
  let t: T;
  let buyer: Awaited<ReturnType<typeof buyerWithShippedLines>>;
  let other: Awaited<ReturnType<typeof buyerWithShippedLines>>;
  let waiting: Awaited<ReturnType<typeof buyerWithShippedLines>>;
  let ip = 0;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 8, sellers: 3, offers: 40 });
    buyer = await buyerWithShippedLines(t, { email: 'pages@example.com', count: 3, deliveredBy: 'carrier' });
    other = await buyerWithShippedLines(t, {
      email: 'someone@example.com',
      count: 1,
      deliveredBy: 'carrier',
    });
    waiting = await buyerWithShippedLines(t, { email: 'waiting2@example.com', count: 1 });
    // The helper's orders come from guest checkouts given to the buyer: their checkouts too.
    for (const b of [buyer, other, waiting])
      for (const l of b.lines) {
        const [o] = await t.deps.db
          .select({ checkoutId: orders.checkoutId })
          .from(orders)
          .where(eq(orders.id, l.orderId));
        await t.deps.db
          .update(checkouts)
          .set({ buyerUserId: b.buyerId })
          .where(eq(checkouts.id, o!.checkoutId));
      }
  });
  afterAll(() => t?.close());

  const browser = async (userId?: number) => {
    const b = new TestBrowser(t.app, `203.0.113.${120 + (ip++ % 100)}`);
    if (userId) {
      const token = await createSession(t.deps.db, {
        userId,
        isOperator: false,
        now: t.clock.now(),
        meta: { ip: '203.0.113.1', userAgent: 'test' },
      });
      b.cookies.set('rl_session', token);
    }
    return b;
  };
  const checkoutOf = async (orderId: number) =>
    (await t.deps.db.select({ id: orders.checkoutId }).from(orders).where(eq(orders.id, orderId)))[0]!.id;
  const linePath = async (l: { orderId: number; lineId: number }) =>
    `/fr-fr/orders/${await checkoutOf(l.orderId)}/lines/${l.lineId}/review`;
  const postPhotos = async (b: TestBrowser, path: string, files: Uint8Array[]) => {
    const fd = new FormData();
    fd.append('_csrf', b.csrf);
    for (const [i, f] of files.entries())
      fd.append('photos', new File([f as Uint8Array<ArrayBuffer>], `p${i}.jpg`, { type: 'image/jpeg' }));
    const cookie = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await t.app.request(path, {
      method: 'POST',
      headers: { cookie, 'x-forwarded-for': b.ip, 'user-agent': 'TestBrowser/1.0' },
      body: fd,
    });
    return { status: res.status, text: await res.text(), location: res.headers.get('location') };
  };

  let reviewPath = '';

  it('offers “write a review” on the order page and the orders list, and the form in French', async () => {
    const b = await browser(buyer.buyerId);
    const path = await linePath(buyer.lines[0]!);
    const order = await b.get(`/fr-fr/orders/${await checkoutOf(buyer.lines[0]!.orderId)}`);
    expect(order.status).toBe(200);
    expect(order.text).toContain(`href="${path}"`);
    expect(order.text).toContain('Donner mon avis');
    const list = await b.get('/fr-fr/account/orders');
    expect(list.text).toContain(`href="${path}"`);
    const form = await b.get(path);
    expect(form.status).toBe(200);
    expect(form.text).toContain('type="radio" name="rating" value="5"');
    expect(form.text).toContain('name="sub-packaging"');
    expect(form.text).toContain('href="/fr-fr/legal/review-licence"');
    expect(form.text).toContain('name="licenceAccepted"');
    expect(form.text).toContain('name="authorshipCertified"');
    expect(untranslated(form.text, 'fr')).toEqual([]);
  });

  it('links to the form only for delivered lines: a parcel still on its way has no link on the list', async () => {
    const b = await browser(waiting.buyerId);
    const path = await linePath(waiting.lines[0]!);
    const list = await b.get('/fr-fr/account/orders');
    expect(list.status).toBe(200);
    expect(list.text).toContain(`/fr-fr/orders/${await checkoutOf(waiting.lines[0]!.orderId)}`);
    expect(list.text).not.toContain(`href="${path}"`);
  });

  it('refuses a bad form naming each field, in French, and keeps what was typed', async () => {
    const b = await browser(buyer.buyerId);
    const path = await linePath(buyer.lines[0]!);
    await b.get(path);
    const r = await b.post(path, { comment: 'Trop court', 'sub-value': '9' });
    expect(r.status).toBe(400);
    for (const text of [
      'choisissez de 1 à 5 étoiles',
      'écrivez au moins 20 caractères',
      'acceptez les conditions de licence pour publier',
      'certifiez avoir rédigé cet avis',
      'choisissez de 1 à 5 étoiles, ou pas de note',
    ])
      expect(r.text).toContain(text);
    expect(r.text).toContain('Trop court</textarea>');
    expect(r.text).toContain('Vous avez écrit 10 caractères.');
    expect(untranslated(r.text, 'fr')).toEqual([]);
    expect(await t.deps.db.select().from(reviews)).toEqual([]);
  });

  it('publishes at once and shows the buyer’s review; the line’s form then leads to it', async () => {
    const b = await browser(buyer.buyerId);
    const path = await linePath(buyer.lines[0]!);
    await b.get(path);
    const r = await b.post(path, { ...valid, 'sub-value': '5' });
    expect(r.status).toBe(303);
    expect(r.location).toMatch(/^\/fr-fr\/account\/reviews\/\d+\?done=published$/);
    reviewPath = r.location!.split('?')[0]!;
    const page = await b.get(r.location!);
    expect(page.text).toContain('Merci : votre avis est publié.');
    expect(page.text).toContain(COMMENT);
    expect(untranslated(page.text, 'fr')).toEqual([]);
    const [row] = await t.deps.db.select().from(reviews);
    expect(row).toMatchObject({
      status: 'published',
      rating: 4,
      ratingValue: 5,
      language: 'fr',
      licenceVersion: '2026-12/FR/fr',
    });
    expect((await b.get(path)).location).toBe(reviewPath);
    const mine = await b.get('/fr-fr/account/reviews');
    expect(mine.text).toContain(`href="${reviewPath}"`);
  });

  it('answers 404 for someone else’s line or review, and says when a line is not delivered', async () => {
    const b = await browser(other.buyerId);
    expect((await b.get(await linePath(buyer.lines[1]!))).status).toBe(404);
    expect((await b.get(reviewPath)).status).toBe(404);
    await b.get('/fr-fr/account/reviews');
    expect((await b.post(`${reviewPath}/delete`, {})).status).toBe(404);
    const w = await browser(waiting.buyerId);
    const notYet = await w.get(await linePath(waiting.lines[0]!));
    expect(notYet.status).toBe(422);
    expect(notYet.text).toContain('Vous pourrez évaluer ce produit une fois qu’il vous aura été livré.');
  });

  it('opens the form from the emailed link without signing in, and publishes for the line’s buyer', async () => {
    const start = t.clock.now();
    t.clock.advance(7 * DAY);
    try {
      await sendReviewRequests(t.deps);
      const mails = await t.deps.db
        .select()
        .from(mailOutbox)
        .where(eq(mailOutbox.toAddress, 'pages@example.com'));
      const request = mails.find((m) => m.template === 'reviews.request');
      expect(request).toBeDefined();
      const link = linkIn(request!.textBody, '/fr-fr/reviews/write?token=');
      const anonymous = await browser();
      const form = await anonymous.get(link);
      expect(form.status).toBe(200);
      const token = /name="token" value="([^"]+)"/.exec(form.text)![1]!;
      const done = await anonymous.post('/fr-fr/reviews/write', { ...valid, rating: '2', token });
      expect(done.status).toBe(200);
      expect(done.text).toContain('Connectez-vous pour ajouter des photos');
      const rows = await t.deps.db.select().from(reviews).where(eq(reviews.rating, 2));
      expect(rows).toHaveLength(1);
      expect(rows[0]!.authorUserId).toBe(buyer.buyerId);
      const again = await (await browser()).get(link);
      expect(again.status).toBe(409);
      const forged = await (await browser()).get(
        `/fr-fr/reviews/write?token=${encodeURIComponent(token.replace(/^\d+/, '1'))}`,
      );
      expect(forged.status).toBe(404);
      expect(forged.text).toContain('Ce lien n’est pas valide ou a expiré.');
    } finally {
      t.clock.set(start);
    }
  });

  it('edits, adds a photo for moderation and refuses a file that is no image', async () => {
    const b = await browser(buyer.buyerId);
    await b.get(reviewPath);
    const edited = await b.post(reviewPath, { rating: '5', comment: `${COMMENT} Je recommande.` });
    expect([edited.status, edited.location]).toEqual([303, `${reviewPath}?done=edited`]);
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#888' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'PhoneCo' } })
      .toBuffer();
    const bad = await postPhotos(b, `${reviewPath}/photos`, [new TextEncoder().encode('pas une image')]);
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('uniquement des images JPEG, PNG, WebP ou HEIC');
    const ok = await postPhotos(b, `${reviewPath}/photos`, [new Uint8Array(jpeg)]);
    expect([ok.status, ok.location]).toEqual([303, `${reviewPath}?done=photos`]);
    const page = await b.get(ok.location!);
    expect(page.text).toContain('en attente de vérification');
    expect(untranslated(page.text, 'fr')).toEqual([]);
    expect(await t.deps.db.select().from(reviewPhotos)).toHaveLength(1);
  });

  it('refuses an edit after 30 days with the day it ended, and changes nothing', async () => {
    const start = t.clock.now();
    t.clock.advance(31 * DAY);
    try {
      const b = await browser(buyer.buyerId);
      const page = await b.get(reviewPath);
      expect(page.text).toContain('Les 30 jours pour le modifier ont pris fin le');
      expect(page.text).not.toContain('name="comment"');
      const late = await b.post(reviewPath, { rating: '1', comment: COMMENT });
      expect(late.status).toBe(422);
      expect(late.text).toContain('Rien n’a été modifié.');
      const id = Number(reviewPath.split('/').at(-1));
      const [row] = await t.deps.db.select().from(reviews).where(eq(reviews.id, id));
      expect(row!.rating).toBe(5);
    } finally {
      t.clock.set(start);
    }
  });

  it('deletes at once, files included', async () => {
    const b = await browser(buyer.buyerId);
    await b.get(reviewPath);
    const [photo] = await t.deps.db.select().from(reviewPhotos);
    const r = await b.post(`${reviewPath}/delete`, {});
    expect([r.status, r.location]).toEqual([303, '/fr-fr/account/reviews?done=deleted']);
    expect((await b.get(r.location!)).text).toContain('Votre avis a été supprimé.');
    expect(await t.deps.storage.get(photo!.storageKey)).toBeNull();
    expect((await b.get(reviewPath)).status).toBe(404);
  });

  it('shows the review licence terms per market, in its language, without signing in', async () => {
    const b = await browser();
    const titles: Record<string, string> = {
      'fr-fr': 'Conditions de licence des avis',
      'de-de': 'Lizenzbedingungen für Bewertungen',
      'nl-nl': 'Licentievoorwaarden voor reviews',
      'sv-se': 'Licensvillkor för omdömen',
      'es-es': 'Condiciones de licencia de las opiniones',
      'it-it': 'Condizioni di licenza delle recensioni',
      'en-gb': 'Review licence terms',
      'nl-be': 'Licentievoorwaarden voor reviews',
    };
    for (const [locale, title] of Object.entries(titles)) {
      const page = await b.get(`/${locale}/legal/review-licence`);
      expect(page.status).toBe(200);
      expect(page.text).toContain(title);
      const market = locale.slice(3).toUpperCase();
      expect(page.text).toContain(`2026-12/${market}/${locale.slice(0, 2)}`);
      if (!locale.startsWith('en')) expect(untranslated(page.text, locale.slice(0, 2))).toEqual([]);
    }
  });
});
