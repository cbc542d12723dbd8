import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, placeOrder, shipOrder } from '../../../test/orders.ts';
import { AppError } from '../../platform/errors.ts';
import { createMemoryStorage } from '../../platform/storage.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import { careAttachments, careFolders, careMessages } from './after-sales.schema.ts';
import type { CareActor } from './care-actor.ts';
import { careQueue, careThread } from './care-folders.read-model.ts';
import { closeCareFolder } from './close-care-folder.ts';
import { escalateCareFolder } from './escalate-care-folder.ts';
import { openCareFolder } from './open-care-folder.ts';
import { postCareMessage } from './post-care-message.ts';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const photo = (name = 'parcel.png') => ({ name, bytes: PNG });

/** The field names of the AppError `fn` throws. */
async function refusal(fn: () => Promise<unknown>): Promise<{ code: string; fields: string[] }> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, fields: e.fields.map((f) => f.field) };
    throw e;
  }
  throw new Error('expected a refusal');
}

describe.each(ENGINES)('care folders on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const storage = createMemoryStorage();
  let buyer: CareActor;
  let seller: CareActor;
  let stranger: CareActor;
  const operator: CareActor = { userId: null, sellers: new Map(), operator: true };
  const lineIds: number[] = [];
  const deps = () => ({ db: t.deps.db, storage, now: t.clock.now() });

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 8, sellers: 3, offers: 40 });
    const b = await createActor(t.deps, { email: 'care-buyer@example.com' });
    const o = await createActor(t.deps, { email: 'care-other@example.com' });
    const picks = (await offerPicks(t)).filter((p) => p.quantity > 1);
    const sellerId = picks[0]!.sellerId;
    const s = await createActor(t.deps, {
      email: 'care-seller@example.com',
      sellers: [{ sellerId, role: 'owner' }],
    });
    buyer = { userId: b.userId, sellers: new Map(), operator: false };
    stranger = { userId: o.userId, sellers: new Map(), operator: false };
    seller = { userId: s.userId, sellers: new Map([[sellerId, 'owner']]), operator: false };
    for (const p of picks.filter((x) => x.sellerId === sellerId).slice(0, 3)) {
      const placed = await placeOrder(t, { lines: [{ offerId: p.id }] });
      const orderId = placed.orders[0].id as number;
      // Signed-in checkouts are the buyer's; these test orders are given to the test buyer.
      await t.deps.db.update(orders).set({ buyerUserId: b.userId }).where(eq(orders.id, orderId));
      await shipOrder(t, orderId);
      lineIds.push(await lineOf(orderId));
    }
  });
  afterAll(() => t?.close());

  async function lineOf(orderId: number): Promise<number> {
    const [l] = await t.deps.db
      .select({ id: orderLines.id })
      .from(orderLines)
      .where(eq(orderLines.orderId, orderId));
    return l!.id;
  }

  it('a buyer opens "Get help" with a photo; the seller answers; closing counts; a message reopens', async () => {
    const { folderId } = await openCareFolder(deps(), {
      actor: buyer,
      orderLineId: lineIds[0]!,
      problem: 'wrong_item',
      message: 'I ordered a black one and received a white one.',
      files: [photo()],
    });
    let thread = await careThread(t.deps.db, folderId, seller, t.clock.now());
    expect(thread).toMatchObject({ status: 'awaiting_seller', party: 'seller', problem: 'wrong_item' });
    expect(thread.due).toMatchObject({ party: 'seller', overdue: false });
    expect(thread.messages[0]?.files).toEqual([
      expect.objectContaining({ fileName: 'parcel.png', contentType: 'image/png', sizeBytes: PNG.length }),
    ]);

    await postCareMessage(deps(), { actor: seller, folderId, body: 'Sorry! We will refund you in full.' });
    thread = await careThread(t.deps.db, folderId, buyer, t.clock.now());
    expect(thread.status).toBe('awaiting_buyer');
    expect(thread.due).toBeNull();

    await postCareMessage(deps(), {
      actor: operator,
      folderId,
      body: 'Seller reliable, watch.',
      internal: true,
    });
    expect((await careThread(t.deps.db, folderId, buyer, t.clock.now())).messages).toHaveLength(2);
    expect((await careThread(t.deps.db, folderId, seller, t.clock.now())).messages).toHaveLength(2);
    expect((await careThread(t.deps.db, folderId, operator, t.clock.now())).messages).toHaveLength(3);

    expect(await closeCareFolder(deps(), { actor: seller, folderId, reason: 'wrong_product' })).toEqual({
      reason: 'wrong_product',
    });
    const reopened = await postCareMessage(deps(), {
      actor: buyer,
      folderId,
      body: 'The refund has not arrived.',
    });
    expect(reopened).toMatchObject({ status: 'awaiting_seller', reopened: true });
    const [row] = await t.deps.db.select().from(careFolders).where(eq(careFolders.id, folderId));
    expect(row).toMatchObject({
      status: 'awaiting_seller',
      reopenedCount: 1,
      closingReason: null,
      closedAt: null,
    });
  });

  it('keeps one open folder per item, and refuses other people’s items with 404', async () => {
    const line = lineIds[1]!;
    await openCareFolder(deps(), {
      actor: buyer,
      orderLineId: line,
      problem: 'defective',
      message: 'No sound.',
    });
    expect(
      await refusal(() =>
        openCareFolder(deps(), { actor: buyer, orderLineId: line, problem: 'other', message: 'x' }),
      ),
    ).toEqual({ code: 'CONFLICT', fields: ['orderLineId'] });
    expect(
      await refusal(() =>
        openCareFolder(deps(), { actor: stranger, orderLineId: lineIds[2]!, problem: 'other', message: 'x' }),
      ),
    ).toEqual({ code: 'NOT_FOUND', fields: [] });
    expect(
      await refusal(() =>
        openCareFolder(deps(), { actor: buyer, orderLineId: lineIds[2]!, problem: 'bored', message: ' ' }),
      ),
    ).toEqual({ code: 'INVALID_INPUT', fields: ['problem', 'message'] });
  });

  it('refuses bad files and third parties, naming the field, changing nothing', async () => {
    const { folderId } = await openCareFolder(deps(), {
      actor: buyer,
      orderLineId: lineIds[2]!,
      problem: 'missing_part',
      message: 'No charger in the box.',
      files: Array.from({ length: 9 }, (_, i) => photo(`p${i}.png`)),
    });
    const counts = async () => ({
      messages: (await t.deps.db.select().from(careMessages).where(eq(careMessages.folderId, folderId)))
        .length,
      files: (await t.deps.db.select().from(careAttachments).where(eq(careAttachments.folderId, folderId)))
        .length,
    });
    const before = await counts();
    expect(before).toEqual({ messages: 1, files: 9 });
    const post = (actor: CareActor, files: { name: string; bytes: Uint8Array }[]) => () =>
      postCareMessage(deps(), { actor, folderId, body: 'More photos', files });
    expect(await refusal(post(buyer, [photo('a.png'), photo('b.png')]))).toEqual({
      code: 'INVALID_INPUT',
      fields: ['files'],
    });
    const big = new Uint8Array(3 * 1024 * 1024 + 1);
    big.set(PNG);
    expect(await refusal(post(buyer, [{ name: 'big.png', bytes: big }]))).toEqual({
      code: 'INVALID_INPUT',
      fields: ['files.0'],
    });
    const fake = { name: 'photo.jpg', bytes: new TextEncoder().encode('<script>alert(1)</script>') };
    expect(await refusal(post(buyer, [fake]))).toEqual({ code: 'INVALID_INPUT', fields: ['files.0'] });
    expect(await refusal(post(stranger, []))).toEqual({ code: 'NOT_FOUND', fields: [] });
    expect(
      await refusal(() => postCareMessage(deps(), { actor: buyer, folderId, body: 'note', internal: true })),
    ).toEqual({ code: 'INVALID_INPUT', fields: ['internal'] });
    expect(
      await refusal(() => closeCareFolder(deps(), { actor: buyer, folderId, reason: 'wrong_product' })),
    ).toEqual({ code: 'INVALID_INPUT', fields: ['reason'] });
    expect(await counts()).toEqual(before);
    // The tenth file still fits.
    await post(buyer, [photo('last.png')])();
    expect((await counts()).files).toBe(10);
  });

  it('brings customer service in, and its queue puts those folders first', async () => {
    const [open] = await t.deps.db.select().from(careFolders).where(eq(careFolders.orderLineId, lineIds[1]!));
    expect(await escalateCareFolder(deps(), { actor: buyer, folderId: open!.id })).toEqual({
      status: 'with_customer_service',
    });
    const queue = await careQueue(t.deps.db, t.clock.now());
    expect(queue[0]).toMatchObject({
      id: open!.id,
      status: 'with_customer_service',
      due: { party: 'operator' },
    });
    t.clock.advance(10 * 24 * 3_600_000);
    const later = await careQueue(t.deps.db, t.clock.now());
    expect(later.every((f) => f.due === null || f.due.overdue)).toBe(true);
    expect(await refusal(() => escalateCareFolder(deps(), { actor: stranger, folderId: open!.id }))).toEqual({
      code: 'NOT_FOUND',
      fields: [],
    });
  });
});
