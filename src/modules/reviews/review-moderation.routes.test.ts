/**
 * Review moderation over HTTP on every engine: the operator API and console (queue with photo
 * deadlines, overdue first; photo decisions; removals with their statement of reasons emailed;
 * notices; appeals; blocks), the shop's report and appeal forms, and the seller's reply — with
 * bad input (an unknown criterion is 422 naming `criterion`) and authorization (non-moderators
 * 403, a third party cannot appeal someone else's decision).
 */
import { and, desc, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../../test/actors.ts';
import { buyerWithShippedLines } from '../../../test/after-sales.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { DAY_MS } from '../../platform/clock.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { findStatement } from '../compliance/list-statements.ts';
import { addReviewPhotos } from './add-review-photos.ts';
import { reviewDay } from './review-moderation-recipients.ts';
import { reviewAppeals, reviewerBlocks, reviewNotices, reviewPhotos, reviews } from './reviews.schema.ts';
import { submitReview } from './submit-review.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type Actor = Awaited<ReturnType<typeof createActor>>;
const FORM = 'application/x-www-form-urlencoded';
const COMMENT = 'Très bon téléphone, livré rapidement et parfaitement emballé.';

describe.each(ENGINES)('review moderation on %s', (engine) => {
  let t: T;
  let buyer: Awaited<ReturnType<typeof buyerWithShippedLines>>;
  let moderator: Actor;
  let support: Actor;
  let stranger: Actor;
  let sellerOwner: Actor;
  const reviewIds: number[] = [];

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 8, sellers: 3, offers: 40 });
    buyer = await buyerWithShippedLines(t, { email: 'author@example.com', count: 6, deliveredBy: 'carrier' });
    moderator = await createActor(t.deps, {
      email: 'mod@reloop.test',
      buyerType: null,
      operator: ['moderator'],
    });
    support = await createActor(t.deps, {
      email: 'support@reloop.test',
      buyerType: null,
      operator: ['support'],
    });
    stranger = await createActor(t.deps, { email: 'stranger@example.com' });
    sellerOwner = await createActor(t.deps, {
      email: 'owner@seller.test',
      sellers: [{ sellerId: buyer.sellerId, role: 'owner' }],
    });
    for (const line of buyer.lines.slice(0, 5)) {
      const r = await submitReview(t.deps, {
        userId: buyer.buyerId,
        orderLineId: line.lineId,
        rating: 4,
        comment: COMMENT,
        licenceAccepted: true,
        authorshipCertified: true,
        language: 'fr',
      });
      if (!r.ok) throw new Error(`review not written: ${JSON.stringify(r)}`);
      const [row] = await t.deps.db
        .select({ id: reviews.id })
        .from(reviews)
        .where(eq(reviews.orderLineId, line.lineId));
      reviewIds.push(row!.id);
    }
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a7' } })
      .jpeg()
      .toBuffer();
    for (const reviewId of reviewIds.slice(0, 2)) {
      const added = await addReviewPhotos(t.deps, {
        userId: buyer.buyerId,
        reviewId,
        photos: [new Uint8Array(jpeg), new Uint8Array(jpeg)],
      });
      if (!added.ok) throw new Error(`photos not added: ${JSON.stringify(added)}`);
    }
    // The first review's photos are overdue: uploaded long ago.
    await t.deps.db
      .update(reviewPhotos)
      .set({ moderationDueOn: '2026-11-01' })
      .where(eq(reviewPhotos.reviewId, reviewIds[1]!));
  });
  afterAll(() => t?.close());

  const session = (a: Actor | null) => (a ? a.cookie() : Promise.resolve(''));
  const api = async (a: Actor | null, method: string, path: string, body?: unknown) => {
    const csrf = csrfPair(t.deps);
    const cookie = [await session(a), csrf.cookie].filter(Boolean).join('; ');
    const res = await t.app.request(path, {
      method,
      headers: {
        'x-forwarded-for': '198.51.100.30',
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
      headers: { cookie, 'content-type': FORM, 'x-forwarded-for': '198.51.100.31' },
      body: new URLSearchParams({ ...fields, _csrf: csrf.header }).toString(),
    });
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  };
  const page = async (a: Actor | null, path: string) => {
    const res = await t.app.request(path, { headers: { cookie: await session(a) } });
    return { status: res.status, text: await res.text() };
  };
  const reviewRow = async (id: number) =>
    (await t.deps.db.select().from(reviews).where(eq(reviews.id, id)))[0]!;
  const lastMailTo = async (to: string) =>
    (
      await t.deps.db
        .select()
        .from(mailOutbox)
        .where(eq(mailOutbox.toAddress, to))
        .orderBy(desc(mailOutbox.id))
        .limit(1)
    )[0];

  it('the queue: moderators only, overdue photos first with each deadline', async () => {
    expect((await api(null, 'GET', '/api/v1/console/reviews/queue')).status).toBe(401);
    expect((await api(support, 'GET', '/api/v1/console/reviews/queue')).status).toBe(403);
    expect((await api(stranger, 'GET', '/api/v1/console/reviews/queue')).status).toBe(403);
    const q = await api(moderator, 'GET', '/api/v1/console/reviews/queue');
    expect(q.status).toBe(200);
    expect(q.body.photos.map((p: { reviewId: number }) => p.reviewId)).toEqual([reviewIds[1], reviewIds[0]]);
    expect(q.body.photos[0]).toMatchObject({ overdue: true, dueOn: '2026-11-01' });
    expect(q.body.photos[1].overdue).toBe(false);
    expect(q.body.photos[1].photos).toHaveLength(2);
    const html = await page(moderator, '/console/reviews');
    expect(html.status).toBe(200);
    expect(html.text).toContain('Overdue');
    expect(html.text.indexOf(`/console/reviews/${reviewIds[1]}`)).toBeLessThan(
      html.text.indexOf(`/console/reviews/${reviewIds[0]}`),
    );
    expect((await page(support, '/console/reviews')).status).toBe(403);
  });

  it('photos: an unknown criterion is 422 naming it; a rejection withholds all and sends a statement', async () => {
    const id = reviewIds[0]!;
    const bad = await api(moderator, 'POST', `/api/v1/console/reviews/${id}/photos`, {
      decision: 'reject',
      criterion: 'ugly',
      facts: 'x',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('UNPROCESSABLE');
    expect(bad.body.errors ?? bad.body.fields ?? JSON.stringify(bad.body)).toBeDefined();
    expect(JSON.stringify(bad.body)).toContain('criterion');
    const textOnly = await api(moderator, 'POST', `/api/v1/console/reviews/${id}/photos`, {
      decision: 'reject',
      criterion: 'off_topic',
      facts: 'x',
    });
    expect(textOnly.status).toBe(422);
    expect(
      (await api(support, 'POST', `/api/v1/console/reviews/${id}/photos`, { decision: 'approve' })).status,
    ).toBe(403);
    const ok = await api(moderator, 'POST', `/api/v1/console/reviews/${id}/photos`, {
      decision: 'reject',
      criterion: 'photo_people',
      facts: 'The second photo shows a face.',
    });
    expect(ok.status).toBe(200);
    const photos = await t.deps.db.select().from(reviewPhotos).where(eq(reviewPhotos.reviewId, id));
    expect(photos.map((p) => p.status)).toEqual(['rejected', 'rejected']);
    const row = await reviewRow(id);
    expect(row.status).toBe('published');
    expect(row.hasPublishedPhotos).toBe(false);
    expect(row.photoStatementId).toBe(ok.body.statementId);
    const statement = await findStatement(t.deps.db, ok.body.statementId);
    expect(statement).toMatchObject({ measure: 'content_removal', subjectUserId: buyer.buyerId });
    const mail = await lastMailTo('author@example.com');
    expect(mail!.template).toBe('reviews.statement-photos');
    expect(mail!.textBody).toContain('/reviews/appeal');
    // Nothing left to decide.
    expect(
      (await api(moderator, 'POST', `/api/v1/console/reviews/${id}/photos`, { decision: 'approve' })).status,
    ).toBe(409);
  });

  it('photos approved from the console: published, relevance up, audited', async () => {
    const id = reviewIds[1]!;
    const before = await reviewRow(id);
    const r = await form(moderator, `/console/reviews/${id}/photos`, { decision: 'approve' });
    expect(r.status).toBe(303);
    expect(r.location).toBe(`/console/reviews/${id}?done=photosApproved`);
    const after = await reviewRow(id);
    expect(after.hasPublishedPhotos).toBe(true);
    expect(after.relevance).toBeGreaterThan(before.relevance);
    const [audit] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'review.photos_moderated'))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    expect(audit!.actorUserId).toBe(moderator.userId);
  });

  it('removal: bad input refused and nothing changed; then removed with the statement emailed', async () => {
    const id = reviewIds[2]!;
    const unknown = await api(moderator, 'POST', `/api/v1/console/reviews/${id}/remove`, {
      criterion: 'rude',
      facts: 'Insults the seller.',
    });
    expect(unknown.status).toBe(422);
    expect(JSON.stringify(unknown.body)).toContain('criterion');
    const noFacts = await api(moderator, 'POST', `/api/v1/console/reviews/${id}/remove`, {
      criterion: 'offensive',
      facts: '  ',
    });
    expect(noFacts.status).toBe(400);
    expect(JSON.stringify(noFacts.body)).toContain('facts');
    const consoleBad = await form(moderator, `/console/reviews/${id}/remove`, {
      criterion: 'nope',
      facts: 'x',
    });
    expect(consoleBad.status).toBe(422);
    expect(consoleBad.text).toContain('f-criterion');
    expect((await reviewRow(id)).status).toBe('published');
    expect(
      (
        await api(stranger, 'POST', `/api/v1/console/reviews/${id}/remove`, {
          criterion: 'offensive',
          facts: 'x',
        })
      ).status,
    ).toBe(403);

    const r = await form(moderator, `/console/reviews/${id}/remove`, {
      criterion: 'offensive',
      facts: 'The comment insults the seller’s staff.',
    });
    expect(r.status).toBe(303);
    const row = await reviewRow(id);
    expect(row).toMatchObject({ status: 'removed', removalCriterion: 'offensive' });
    const statement = await findStatement(t.deps.db, row.removalStatementId!);
    expect(statement!.facts).toContain('insults');
    const mail = await lastMailTo('author@example.com');
    expect(mail!.template).toBe('reviews.statement-removal');
    expect(mail!.textBody).toContain(reviewDay(row));
    // Issue 16: the complaint form of this decision (DSA Art. 20).
    expect(mail!.textBody).toContain(`/fr-fr/dsa/complaints/new?statement=${row.removalStatementId}`);
    const again = await api(moderator, 'POST', `/api/v1/console/reviews/${id}/remove`, {
      criterion: 'offensive',
      facts: 'again',
    });
    expect(again.status).toBe(409);
  });

  it('appeals: a third party is refused; the author appeals once and a reversal restores the review', async () => {
    const id = reviewIds[2]!;
    const row = await reviewRow(id);
    const orderId = buyer.lines[2]!.orderId;
    const fields = {
      email: 'author@example.com',
      orderNumber: String(orderId),
      reviewDate: reviewDay(row),
      explanation: 'I only described what happened.',
    };
    const blank = await form(null, '/fr-fr/reviews/appeal', {
      ...fields,
      orderNumber: 'abc',
      explanation: '',
    });
    expect(blank.status).toBe(400);
    const wrongDay = await form(null, '/fr-fr/reviews/appeal', { ...fields, reviewDate: '2020-01-01' });
    expect(wrongDay.status).toBe(422);
    const third = await form(stranger, '/fr-fr/reviews/appeal', fields);
    expect(third.status).toBe(403);
    const apiThird = await api(stranger, 'POST', '/api/v1/reviews/appeals', fields);
    expect(apiThird.status).toBe(403);
    expect(await t.deps.db.select().from(reviewAppeals)).toHaveLength(0);

    const prefilled = await page(null, '/fr-fr/reviews/appeal');
    expect(prefilled.status).toBe(200);
    const ok = await form(null, '/fr-fr/reviews/appeal', fields);
    expect(ok.status).toBe(303);
    expect(ok.location).toMatch(/^\/fr-fr\/reviews\/appeal\?sent=\d+$/);
    expect((await form(null, '/fr-fr/reviews/appeal', fields)).status).toBe(409);
    const [appeal] = await t.deps.db.select().from(reviewAppeals);
    expect(appeal).toMatchObject({
      statementId: row.removalStatementId,
      status: 'open',
      appellantUserId: buyer.buyerId,
    });

    expect(
      (await form(support, `/console/reviews/appeals/${appeal!.id}/decide`, { decision: 'reverse' })).status,
    ).toBe(403);
    const decided = await form(moderator, `/console/reviews/appeals/${appeal!.id}/decide`, {
      decision: 'reverse',
      note: 'Harsh but not offensive.',
    });
    expect(decided.status).toBe(303);
    expect(await reviewRow(id)).toMatchObject({ status: 'published', removalStatementId: null });
    const mail = await lastMailTo('author@example.com');
    expect(mail!.template).toBe('reviews.appeal-outcome');
    expect(mail!.textBody).toContain('Harsh but not offensive.');
    expect(
      (await form(moderator, `/console/reviews/appeals/${appeal!.id}/decide`, { decision: 'reverse' }))
        .status,
    ).toBe(409);
  });

  it('notices: anyone reports; an unknown criterion is 422; dismissed or upheld, the notifier is told', async () => {
    const id = reviewIds[3]!;
    const unknown = await api(null, 'POST', `/api/v1/reviews/${id}/notices`, {
      criterion: 'boring',
      explanation: 'x',
      name: 'Brand',
      email: 'legal@brand.test',
    });
    expect(unknown.status).toBe(422);
    expect(JSON.stringify(unknown.body)).toContain('criterion');
    const noEmail = await api(null, 'POST', `/api/v1/reviews/${id}/notices`, {
      criterion: 'advertising',
      explanation: 'A link',
      name: 'Brand',
      email: 'nope',
    });
    expect(noEmail.status).toBe(400);
    expect(
      (
        await api(null, 'POST', '/api/v1/reviews/999999/notices', {
          criterion: 'spam',
          explanation: 'x',
          name: 'a',
          email: 'a@b.co',
        })
      ).status,
    ).toBe(404);
    expect((await page(null, `/fr-fr/reviews/${id}/report`)).status).toBe(200);
    const badForm = await form(null, `/fr-fr/reviews/${id}/report`, {
      criterion: 'zzz',
      explanation: 'x',
      name: 'A',
      email: 'a@b.co',
    });
    expect(badForm.status).toBe(422);
    const sent = await form(null, `/fr-fr/reviews/${id}/report`, {
      criterion: 'advertising',
      explanation: 'It links to a competitor.',
      name: 'Brand legal',
      email: 'legal@brand.test',
    });
    expect(sent.status).toBe(303);
    const viaApi = await api(null, 'POST', `/api/v1/reviews/${id}/notices`, {
      criterion: 'spam',
      explanation: 'Same text as another review.',
      name: 'Reader',
      email: 'reader@example.com',
      language: 'de',
    });
    expect(viaApi.status).toBe(201);
    // DSA Art. 16(4): each sender is told at once that the notice was received, in their language.
    const ack = await lastMailTo('reader@example.com');
    expect(ack!.template).toBe('reviews.notice-received');
    expect(ack!.subject).toContain(String(id));
    expect(ack!.textBody).toContain(String(viaApi.body.noticeId));
    expect(ack!.textBody).toMatch(/Meldung|erhalten/);
    expect((await lastMailTo('legal@brand.test'))!.template).toBe('reviews.notice-received');
    const notices = await t.deps.db.select().from(reviewNotices).where(eq(reviewNotices.reviewId, id));
    expect(notices).toHaveLength(2);
    const dismiss = notices.find((n) => n.criterion === 'spam')!;
    const uphold = notices.find((n) => n.criterion === 'advertising')!;
    expect(
      (
        await api(support, 'POST', `/api/v1/console/reviews/notices/${dismiss.id}/decision`, {
          uphold: false,
        })
      ).status,
    ).toBe(403);
    const d = await api(moderator, 'POST', `/api/v1/console/reviews/notices/${dismiss.id}/decision`, {
      uphold: false,
    });
    expect(d.status).toBe(200);
    expect((await reviewRow(id)).status).toBe('published');
    const toReader = await lastMailTo('reader@example.com');
    expect(toReader!.template).toBe('reviews.notice-outcome');
    expect(toReader!.subject).toContain(String(id));
    const u = await form(moderator, `/console/reviews/notices/${uphold.id}/decide`, {
      decision: 'uphold',
      facts: '',
    });
    expect(u.status).toBe(303);
    const row = await reviewRow(id);
    expect(row).toMatchObject({ status: 'removed', removalCriterion: 'advertising' });
    expect((await findStatement(t.deps.db, row.removalStatementId!))!.source).toBe('notice');
    expect((await lastMailTo('legal@brand.test'))!.template).toBe('reviews.notice-outcome');
    expect(
      (
        await api(moderator, 'POST', `/api/v1/console/reviews/notices/${uphold.id}/decision`, {
          uphold: true,
        })
      ).status,
    ).toBe(409);
  });

  it('the seller replies once (editable); another seller cannot; moderation removes it through a notice', async () => {
    const id = reviewIds[4]!;
    const base = `/seller/${buyer.sellerId}/reviews`;
    const list = await page(sellerOwner, base);
    expect(list.status).toBe(200);
    expect(list.text).toContain(COMMENT.slice(0, 20));
    expect((await form(sellerOwner, `${base}/${id}/reply`, { reply: '  ' })).status).toBe(400);
    expect((await form(stranger, `${base}/${id}/reply`, { reply: 'Hi' })).status).toBe(403);
    expect(
      (await form(sellerOwner, `${base}/${id}/reply`, { reply: 'Merci pour votre avis !' })).status,
    ).toBe(303);
    expect((await form(sellerOwner, `${base}/${id}/reply`, { reply: 'Merci beaucoup !' })).status).toBe(303);
    expect(await reviewRow(id)).toMatchObject({ replyText: 'Merci beaucoup !', replyStatus: 'published' });
    const n = await api(null, 'POST', `/api/v1/reviews/${id}/notices`, {
      target: 'reply',
      criterion: 'personal_data',
      explanation: 'The reply names the buyer.',
      name: 'Buyer',
      email: 'author@example.com',
    });
    expect(n.status).toBe(201);
    const d = await api(moderator, 'POST', `/api/v1/console/reviews/notices/${n.body.noticeId}/decision`, {
      uphold: true,
      facts: 'The reply gives the buyer’s full name.',
    });
    expect(d.status).toBe(200);
    expect(await reviewRow(id)).toMatchObject({ status: 'published', replyStatus: 'removed' });
    // The statement names the shop, so its members read it in the portal's decisions page.
    expect((await findStatement(t.deps.db, d.body.statementId))!.subjectSellerId).toBe(buyer.sellerId);
    const again = await form(sellerOwner, `${base}/${id}/reply`, { reply: 'Encore' });
    expect(again.status).toBe(409);
  });

  it('blocks: only after serious or repeated violations; the blocked buyer cannot review; an appeal lifts it', async () => {
    const premature = await api(moderator, 'POST', '/api/v1/console/reviews/blocks', {
      userId: stranger.userId,
      duration: 'days_30',
      facts: 'Nothing really.',
    });
    expect(premature.status).toBe(422);
    expect(premature.body.code).toBe('NOT_ELIGIBLE');
    const badDuration = await api(moderator, 'POST', '/api/v1/console/reviews/blocks', {
      userId: buyer.buyerId,
      duration: 'forever',
      facts: 'x',
    });
    expect(badDuration.status).toBe(422);
    expect(JSON.stringify(badDuration.body)).toContain('duration');
    // Two more removals: with the advertising one, three within 12 months.
    for (const id of [reviewIds[0]!, reviewIds[1]!])
      expect(
        (
          await api(moderator, 'POST', `/api/v1/console/reviews/${id}/remove`, {
            criterion: 'spam',
            facts: 'Copied text.',
          })
        ).status,
      ).toBe(200);
    expect(
      (
        await form(support, '/console/reviews/blocks', {
          userId: String(buyer.buyerId),
          duration: 'days_90',
          facts: 'x',
        })
      ).status,
    ).toBe(403);
    const blocked = await form(moderator, '/console/reviews/blocks', {
      userId: String(buyer.buyerId),
      duration: 'days_90',
      facts: 'Three reviews removed in a month.',
    });
    expect(blocked.status).toBe(303);
    const [block] = await t.deps.db
      .select()
      .from(reviewerBlocks)
      .where(eq(reviewerBlocks.userId, buyer.buyerId));
    expect(block!.until!.getTime() - t.clock.now().getTime()).toBe(90 * DAY_MS);
    const statement = await findStatement(t.deps.db, block!.statementId);
    expect(statement).toMatchObject({
      measure: 'suspension_of_service',
      reasonCode: 'reviewer_block_repeated',
    });
    expect((await lastMailTo('author@example.com'))!.template).toBe('reviews.statement-block');
    expect(
      (
        await api(moderator, 'POST', '/api/v1/console/reviews/blocks', {
          userId: buyer.buyerId,
          duration: 'permanent',
          facts: 'x',
        })
      ).status,
    ).toBe(409);

    const refused = await submitReview(t.deps, {
      userId: buyer.buyerId,
      orderLineId: buyer.lines[5]!.lineId,
      rating: 5,
      comment: COMMENT,
      licenceAccepted: true,
      authorshipCertified: true,
      language: 'fr',
    });
    expect(refused).toMatchObject({ ok: false });
    expect(JSON.stringify(refused)).toContain('blocked');
    // The blocked buyer's appeal names the block's reference, with one of their reviews.
    const r0 = await reviewRow(reviewIds[0]!);
    const appeal = await api(null, 'POST', '/api/v1/reviews/appeals', {
      email: 'author@example.com',
      orderNumber: String(buyer.lines[0]!.orderId),
      reviewDate: reviewDay(r0),
      explanation: 'Please reconsider.',
      reference: block!.statementId,
    });
    expect(appeal.status).toBe(201);
    expect(appeal.body.kind).toBe('block');
    const decided = await api(
      moderator,
      'POST',
      `/api/v1/console/reviews/appeals/${appeal.body.appealId}/decision`,
      {
        reverse: true,
        note: '',
      },
    );
    expect(decided.status).toBe(200);
    const [lifted] = await t.deps.db
      .select()
      .from(reviewerBlocks)
      .where(and(eq(reviewerBlocks.id, block!.id)));
    expect(lifted!.liftedAt).not.toBeNull();

    // Seven months later the removal of the fourth review can no longer be contested.
    t.clock.advance(213 * DAY_MS);
    const r3 = await reviewRow(reviewIds[3]!);
    const late = await api(null, 'POST', '/api/v1/reviews/appeals', {
      email: 'author@example.com',
      orderNumber: String(buyer.lines[3]!.orderId),
      reviewDate: reviewDay(r3),
      explanation: 'Too late?',
    });
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('WINDOW_CLOSED');
  });
});
