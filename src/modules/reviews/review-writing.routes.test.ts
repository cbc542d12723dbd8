/**
 * The buyer API of reviews on every engine: create (bad ratings, empty comment, unaccepted
 * licence, an undelivered line, a second review, someone else's line, a seller's own offer),
 * list, edit (and the refusal after 30 days, nothing changed), photos (not an image, too large,
 * metadata stripped) and delete (files gone), each refusal naming its field or code.
 */
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfPair } from '../../../test/actors.ts';
import { buyerWithShippedLines } from '../../../test/after-sales.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';
import { createSession } from '../accounts/create-session.ts';
import { sellerMembers } from '../seller-team/seller-team.schema.ts';
import { relevanceScore } from './review-ranking.rules.ts';
import { reviewPhotos, reviews } from './reviews.schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const DAY = 86_400_000;
const COMMENT = 'Très bon téléphone, livré rapidement et parfaitement emballé.';

describe.each(ENGINES)('buyer review API on %s', (engine) => {
  let t: T;
  let buyer: Awaited<ReturnType<typeof buyerWithShippedLines>>;
  let other: Awaited<ReturnType<typeof buyerWithShippedLines>>;
  let undelivered: Awaited<ReturnType<typeof buyerWithShippedLines>>;
  const sessions = new Map<number, string>();

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 8, sellers: 3, offers: 40 });
    buyer = await buyerWithShippedLines(t, {
      email: 'reviewer@example.com',
      count: 3,
      deliveredBy: 'carrier',
    });
    other = await buyerWithShippedLines(t, { email: 'other@example.com', count: 1, deliveredBy: 'carrier' });
    undelivered = await buyerWithShippedLines(t, { email: 'waiting@example.com', count: 1 });
  });
  afterAll(() => t?.close());

  const headers = async (userId: number | null, extra: Record<string, string> = {}) => {
    if (userId === null) return { 'x-forwarded-for': '198.51.100.20', ...extra };
    let token = sessions.get(userId);
    if (!token) {
      token = await createSession(t.deps.db, {
        userId,
        isOperator: false,
        now: t.clock.now(),
        meta: { ip: '203.0.113.1', userAgent: 'test' },
      });
      sessions.set(userId, token);
    }
    const csrf = csrfPair(t.deps);
    return {
      'x-forwarded-for': '198.51.100.20',
      cookie: `rl_session=${token}; ${csrf.cookie}`,
      'x-csrf-token': csrf.header,
      ...extra,
    };
  };
  const call = async (userId: number | null, method: string, path: string, body?: unknown) => {
    const res = await t.app.request(path, {
      method,
      headers: await headers(userId, body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    // biome-ignore lint/suspicious/noExplicitAny: test convenience
    return { status: res.status, body: (text ? JSON.parse(text) : null) as any };
  };
  const upload = async (userId: number, reviewId: number, files: Uint8Array[]) => {
    const form = new FormData();
    for (const [i, f] of files.entries())
      form.append('photos', new Blob([f as Uint8Array<ArrayBuffer>]), `photo-${i}.jpg`);
    const res = await t.app.request(`/api/v1/me/reviews/${reviewId}/photos`, {
      method: 'POST',
      headers: await headers(userId),
      body: form,
    });
    // biome-ignore lint/suspicious/noExplicitAny: test convenience
    return { status: res.status, body: (await res.json()) as any };
  };
  const create = (userId: number, lineId: number, over: Record<string, unknown> = {}) =>
    call(userId, 'POST', '/api/v1/me/reviews', {
      orderLineId: lineId,
      rating: 4,
      comment: COMMENT,
      subRatings: { value: 5, delivery: 4 },
      licenceAccepted: true,
      authorshipCertified: true,
      language: 'fr',
      ...over,
    });
  const reviewCount = async () => (await t.deps.db.select({ id: reviews.id }).from(reviews)).length;
  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

  it('refuses bad input naming the field, and creates nothing', async () => {
    const line = buyer.lines[0]!.lineId;
    for (const rating of [0, 6]) {
      const r = await create(buyer.buyerId, line, { rating });
      expect(r.status).toBe(400);
      expect(r.body.code).toBe('INVALID_INPUT');
      expect(fieldsOf(r.body)).toContain('rating');
    }
    const empty = await create(buyer.buyerId, line, { comment: '   ' });
    expect([empty.status, fieldsOf(empty.body)]).toEqual([400, ['comment']]);
    const terms = await create(buyer.buyerId, line, { licenceAccepted: false, authorshipCertified: false });
    expect([terms.status, fieldsOf(terms.body)]).toEqual([400, ['licenceAccepted', 'authorshipCertified']]);
    const sub = await create(buyer.buyerId, line, { subRatings: { packaging: 9 } });
    expect([sub.status, fieldsOf(sub.body)]).toEqual([400, ['subRatings.packaging']]);
    expect(await reviewCount()).toBe(0);
  });

  it('refuses a line not delivered, someone else’s line (404) and a signed-out caller', async () => {
    const notYet = await create(undelivered.buyerId, undelivered.lines[0]!.lineId);
    expect([notYet.status, notYet.body.code]).toEqual([422, 'NOT_ELIGIBLE']);
    const foreign = await create(buyer.buyerId, other.lines[0]!.lineId);
    expect([foreign.status, foreign.body.code]).toEqual([404, 'NOT_FOUND']);
    const anonymous = await call(null, 'POST', '/api/v1/me/reviews', { orderLineId: 1 });
    expect(anonymous.status).toBe(401);
    expect(await reviewCount()).toBe(0);
  });

  it('refuses a review by a member of the selling seller’s team', async () => {
    const now = t.clock.now();
    await t.deps.db
      .insert(sellerMembers)
      .values({ sellerId: other.sellerId, userId: other.buyerId, role: 'staff', createdAt: now });
    const own = await create(other.buyerId, other.lines[0]!.lineId);
    expect([own.status, own.body.code]).toEqual([422, 'NOT_ELIGIBLE']);
    await t.deps.db.delete(sellerMembers).where(eq(sellerMembers.userId, other.buyerId));
  });

  let reviewId = 0;
  it('publishes a valid review at once, detects its language, records the licence and emails the buyer', async () => {
    const r = await create(buyer.buyerId, buyer.lines[0]!.lineId);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      orderLineId: buyer.lines[0]!.lineId,
      rating: 4,
      comment: COMMENT,
      status: 'published',
      language: 'fr',
      subRatings: { value: 5, delivery: 4, packaging: null },
      photos: [],
    });
    expect(r.body.publishedAt).toBe(t.clock.now().toISOString());
    reviewId = r.body.id;
    const [row] = await t.deps.db.select().from(reviews).where(eq(reviews.id, reviewId));
    expect(row).toMatchObject({
      licenceVersion: '2026-12/FR/fr',
      authorshipCertified: true,
      authorUserId: buyer.buyerId,
      sellerId: buyer.sellerId,
      relevance: relevanceScore({ rating: 4, commentLength: [...COMMENT].length, hasPublishedPhotos: false }),
    });
    const mails = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.template, 'reviews.published'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.toAddress).toBe('reviewer@example.com');
    expect(mails[0]!.textBody).toContain(`/fr-fr/account/reviews/${reviewId}`);
  });

  it('refuses a second review of the same line', async () => {
    const again = await create(buyer.buyerId, buyer.lines[0]!.lineId, { rating: 1 });
    expect([again.status, again.body.code]).toEqual([409, 'CONFLICT']);
    expect(await reviewCount()).toBe(1);
  });

  it('lists the buyer’s own reviews only', async () => {
    const mine = await call(buyer.buyerId, 'GET', '/api/v1/me/reviews');
    expect(mine.status).toBe(200);
    expect(mine.body.reviews.map((r: { id: number }) => r.id)).toEqual([reviewId]);
    const theirs = await call(other.buyerId, 'GET', '/api/v1/me/reviews');
    expect(theirs.body.reviews).toEqual([]);
  });

  it('lets the author edit; another person gets 404 and changes nothing', async () => {
    const edited = await call(buyer.buyerId, 'PATCH', `/api/v1/me/reviews/${reviewId}`, {
      rating: 5,
      comment: 'Great phone, delivered quickly and the battery lasts all day.',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ rating: 5, language: 'en', subRatings: { value: null } });
    expect(edited.body.editedAt).not.toBeNull();
    const foreign = await call(other.buyerId, 'PATCH', `/api/v1/me/reviews/${reviewId}`, {
      rating: 1,
      comment: COMMENT,
    });
    expect([foreign.status, foreign.body.code]).toEqual([404, 'NOT_FOUND']);
    const bad = await call(buyer.buyerId, 'PATCH', `/api/v1/me/reviews/${reviewId}`, {
      rating: 6,
      comment: '',
    });
    expect([bad.status, fieldsOf(bad.body)]).toEqual([400, ['rating', 'comment']]);
    const [row] = await t.deps.db.select().from(reviews).where(eq(reviews.id, reviewId));
    expect(row!.rating).toBe(5);
  });

  it('refuses photos that are not images or too large, naming the field', async () => {
    const text = await upload(buyer.buyerId, reviewId, [new TextEncoder().encode('GIF89a? no, just text')]);
    expect([text.status, fieldsOf(text.body)]).toEqual([400, ['photos[0]']]);
    const fakeJpeg = await upload(buyer.buyerId, reviewId, [
      Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
    ]);
    expect([fakeJpeg.status, fieldsOf(fakeJpeg.body)]).toEqual([400, ['photos[0]']]);
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff]);
    const large = await upload(buyer.buyerId, reviewId, [big]);
    expect([large.status, fieldsOf(large.body)]).toEqual([400, ['photos']]);
    const none = await upload(buyer.buyerId, reviewId, []);
    expect(none.status).toBe(400);
    expect(await t.deps.db.select().from(reviewPhotos)).toEqual([]);
  });

  it('stores photos re-encoded without metadata, pending moderation within 7 business days', async () => {
    const jpeg = await sharp({ create: { width: 3000, height: 1500, channels: 3, background: '#3a6' } })
      .jpeg()
      .withExif({
        IFD0: { Make: 'PhoneCo', Model: 'X1' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 0/1' },
      })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const r = await upload(buyer.buyerId, reviewId, [new Uint8Array(jpeg)]);
    expect(r.status).toBe(201);
    // 21 November 2026 is a Saturday: seven French business days later is Tuesday 1 December.
    expect(r.body.moderationDueOn).toBe('2026-12-01');
    const [photo] = await t.deps.db.select().from(reviewPhotos).where(eq(reviewPhotos.reviewId, reviewId));
    expect(photo).toMatchObject({ status: 'pending', contentType: 'image/webp', width: 2000, height: 1000 });
    const stored = await t.deps.storage.get(photo!.storageKey);
    const meta = await sharp(stored!.bytes).metadata();
    expect([meta.format, meta.exif, meta.xmp, meta.width]).toEqual(['webp', undefined, undefined, 2000]);
    expect(Buffer.from(stored!.bytes).includes(Buffer.from('PhoneCo'))).toBe(false);
    const five = await upload(
      buyer.buyerId,
      reviewId,
      Array.from({ length: 5 }, () => new Uint8Array(jpeg)),
    );
    expect([five.status, fieldsOf(five.body)]).toEqual([400, ['photos']]);
  });

  it('refuses an edit and photos after the 30 days, naming the last day, and changes nothing', async () => {
    const start = t.clock.now();
    t.clock.advance(31 * DAY);
    sessions.clear(); // the sessions of 31 days ago have expired
    try {
      const late = await call(buyer.buyerId, 'PATCH', `/api/v1/me/reviews/${reviewId}`, {
        rating: 1,
        comment: COMMENT,
      });
      expect([late.status, late.body.code]).toEqual([422, 'WINDOW_CLOSED']);
      expect(late.body.detail ?? late.body.title).toContain('2026-12-21');
      const [row] = await t.deps.db.select().from(reviews).where(eq(reviews.id, reviewId));
      expect([row!.rating, row!.language]).toEqual([5, 'en']);
      const photos = await upload(buyer.buyerId, reviewId, [new Uint8Array(16)]);
      expect([photos.status, photos.body.code]).toEqual([422, 'WINDOW_CLOSED']);
    } finally {
      t.clock.set(start);
      sessions.clear();
    }
  });

  it('deletes at once: gone from the list, its files removed, and a second delete is 404', async () => {
    const foreign = await call(other.buyerId, 'DELETE', `/api/v1/me/reviews/${reviewId}`);
    expect(foreign.status).toBe(404);
    const keys = (await t.deps.db.select().from(reviewPhotos)).map((p) => p.storageKey);
    const gone = await call(buyer.buyerId, 'DELETE', `/api/v1/me/reviews/${reviewId}`);
    expect(gone.status).toBe(204);
    const [row] = await t.deps.db.select().from(reviews).where(eq(reviews.id, reviewId));
    expect([row!.status, row!.comment]).toEqual(['deleted', '']);
    for (const k of keys) expect(await t.deps.storage.get(k)).toBeNull();
    expect((await call(buyer.buyerId, 'GET', '/api/v1/me/reviews')).body.reviews).toEqual([]);
    expect((await call(buyer.buyerId, 'DELETE', `/api/v1/me/reviews/${reviewId}`)).status).toBe(404);
    const again = await create(buyer.buyerId, buyer.lines[0]!.lineId);
    expect(again.status).toBe(409);
  });
});
