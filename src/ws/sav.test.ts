// biome-ignore-all lint/suspicious/noExplicitAny: JSON bodies of the API under test
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createActor } from '../../test/actors.ts';
import { ENGINES } from '../../test/db.ts';
import { createTestApp } from '../../test/fixtures.ts';
import { offerPicks, placeOrder, shipOrder } from '../../test/orders.ts';
import {
  careAttachments,
  careFolders,
  careItemTransfers,
  careMessages,
} from '../modules/after-sales/after-sales.schema.ts';
import type { CareActor } from '../modules/after-sales/care-actor.ts';
import { closeCareFolder } from '../modules/after-sales/close-care-folder.ts';
import { openCareFolder } from '../modules/after-sales/open-care-folder.ts';
import { postCareMessage } from '../modules/after-sales/post-care-message.ts';
import { orderLines, orders } from '../modules/orders/orders.schema.ts';
import { refunds } from '../modules/refunds/refunds.schema.ts';
import { createApiKey } from '../modules/seller-api/api-keys.ts';
import { formatAmount } from '../platform/money.ts';
import { checkResponse, loadOpenApi } from './openapi-conformance.ts';

type Res = { status: number; headers: Headers; body: any; contentType: string | null; bytes: Uint8Array };

const api = loadOpenApi();
const UA = 'BM-Reloop-TestSuite;qa@example.com';
const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const png = (size = 32) => {
  const b = new Uint8Array(size);
  b.set(PNG_HEAD);
  return b;
};

describe.each(ENGINES)('Care API /ws/sav on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let sellerA: number;
  let sellerB: number;
  let keyA: string;
  let keyB: string;
  let buyer: CareActor;
  let seller: CareActor;
  /** Shipped lines of seller A (each its own order), and one of seller B. */
  const linesA: { lineId: number; orderId: number; sku: string }[] = [];
  let lineB: number;
  let folderB: number;

  const deps = () => ({ db: t.deps.db, storage: t.deps.storage, now: t.clock.now() });

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 10, sellers: 4, offers: 60 });
    const picks = (await offerPicks(t)).filter((p) => p.quantity > 1);
    sellerA = picks[0]!.sellerId;
    sellerB = picks.find((p) => p.sellerId !== sellerA)!.sellerId;
    const now = t.clock.now();
    keyA = (await createApiKey(t.deps.db, { sellerId: sellerA, name: 'A', createdBy: null, now })).token;
    keyB = (await createApiKey(t.deps.db, { sellerId: sellerB, name: 'B', createdBy: null, now })).token;
    const b = await createActor(t.deps, { email: 'sav-buyer@example.com' });
    buyer = { userId: b.userId, sellers: new Map(), operator: false };
    seller = { userId: null, sellers: new Map([[sellerA, 'owner']]), operator: false };
    const ship = async (offerId: number) => {
      const orderId = (await placeOrder(t, { lines: [{ offerId }] })).orders[0].id as number;
      await t.deps.db.update(orders).set({ buyerUserId: b.userId }).where(eq(orders.id, orderId));
      await shipOrder(t, orderId);
      const [l] = await t.deps.db
        .select({ id: orderLines.id, sku: orderLines.sku })
        .from(orderLines)
        .where(eq(orderLines.orderId, orderId));
      return { lineId: l!.id, orderId, sku: l!.sku };
    };
    for (const p of picks.filter((x) => x.sellerId === sellerA).slice(0, 4)) linesA.push(await ship(p.id));
    lineB = (await ship(picks.find((p) => p.sellerId === sellerB)!.id)).lineId;
    folderB = (
      await openCareFolder(deps(), {
        actor: buyer,
        orderLineId: lineB,
        problem: 'defective',
        message: 'It does not start.',
      })
    ).folderId;
  });
  afterAll(() => t?.close());
  beforeEach(() => t.clock.advance(25_000));

  async function call(
    method: string,
    path: string,
    o: { token?: string | null; body?: unknown; form?: FormData } = {},
  ): Promise<Res> {
    const headers: Record<string, string> = {
      'user-agent': UA,
      accept: 'application/json',
      ...(o.token === null ? {} : { authorization: `Basic ${o.token ?? keyA}` }),
      ...(o.body !== undefined ? { 'content-type': 'application/json' } : {}),
    };
    const res = await t.app.request(path, {
      method,
      headers,
      body: o.form ?? (o.body === undefined ? undefined : JSON.stringify(o.body)),
    });
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {}
    return {
      status: res.status,
      headers: res.headers,
      body,
      contentType: res.headers.get('content-type'),
      bytes,
    };
  }

  const conform = (method: string, template: string, res: Res) =>
    expect(checkResponse(api, method, template, res)).toEqual([]);

  const form = (fields: Record<string, string>, files: { name: string; bytes: Uint8Array }[] = []) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.append(k, v);
    for (const file of files)
      f.append('attachment', new Blob([file.bytes as Uint8Array<ArrayBuffer>]), file.name);
    return f;
  };

  const folderRow = async (id: number) =>
    (await t.deps.db.select().from(careFolders).where(eq(careFolders.id, id)))[0]!;

  /** A fresh open folder on line `i` of seller A (closing any open one first). */
  async function freshFolder(i: number, problem = 'wrong_item'): Promise<number> {
    const lineId = linesA[i]!.lineId;
    const all = await t.deps.db.select().from(careFolders).where(eq(careFolders.orderLineId, lineId));
    for (const f of all.filter((x) => x.status !== 'closed'))
      await closeCareFolder(deps(), { actor: seller, folderId: f.id, reason: 'other' });
    return (
      await openCareFolder(deps(), { actor: buyer, orderLineId: lineId, problem, message: 'Help please.' })
    ).folderId;
  }

  it('refuses a call without a key (401) and another seller’s folder (404)', async () => {
    const none = await call('GET', '/ws/sav', { token: null });
    expect(none.status).toBe(401);
    conform('GET', '/ws/sav', none);
    const other = await call('GET', `/ws/sav/${folderB}`);
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('not-found');
    conform('GET', '/ws/sav/{careFolderId}', other);
    expect((await call('GET', `/ws/sav/${folderB}`, { token: keyB })).status).toBe(200);
    expect((await call('GET', '/ws/sav/not-a-number')).status).toBe(404);
  });

  it('lists the seller’s folders 10 a page, oldest id first, with last_id, state, orderline and dates', async () => {
    // Eleven folders on one line: ten closed, the last open.
    const ids: number[] = [];
    for (let i = 0; i < 11; i++) {
      ids.push(await freshFolder(0));
      t.clock.advance(5 * 60_000);
    }
    const mine = await t.deps.db
      .select({ id: careFolders.id })
      .from(careFolders)
      .where(eq(careFolders.sellerId, sellerA));
    const page1 = await call('GET', '/ws/sav');
    expect(page1.status).toBe(200);
    conform('GET', '/ws/sav', page1);
    expect(page1.body.count).toBe(mine.length);
    expect(page1.body.results).toHaveLength(10);
    expect(page1.body.results.map((f: any) => f.id)).toEqual(
      mine
        .map((m) => m.id)
        .sort((a, b) => a - b)
        .slice(0, 10),
    );
    expect(page1.body.results.every((f: any) => f.merchant === sellerA)).toBe(true);
    expect(page1.body.previous).toBeUndefined();
    expect(page1.body.next).toBe('http://reloop.test/ws/sav?page=2');
    const page2 = await call('GET', '/ws/sav/?page=2');
    conform('GET', '/ws/sav', page2);
    expect(page2.body.results.length).toBe(mine.length - 10);
    expect(page2.body.previous).toMatch(/^http:\/\/reloop\.test\/ws\/sav\/?\?page=1$/);

    const after = await call('GET', `/ws/sav?last_id=${ids[8]}`);
    expect(after.body.results.map((f: any) => f.id)).toEqual([ids[9], ids[10]]);
    const open = await call('GET', `/ws/sav?state=0&orderline=${linesA[0]!.lineId}`);
    expect(open.body.results.map((f: any) => [f.id, f.state])).toEqual([[ids[10], 0]]);
    const closed = await call('GET', `/ws/sav?state=9&orderline=${linesA[0]!.lineId}`);
    expect(closed.body.count).toBe(10);
    expect(closed.body.results.every((f: any) => f.state === 9 && f.date_closed)).toBe(true);

    // The last folder was opened five minutes after the tenth.
    const last = await folderRow(ids[10]!);
    const stamp = (d: Date) => {
      const x = new Date(d.getTime() - 30_000);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${x.getUTCFullYear()}-${p(x.getUTCMonth() + 1)}-${p(x.getUTCDate())}-${p(x.getUTCHours())}-${p(x.getUTCMinutes())}`;
    };
    const recent = await call(
      'GET',
      `/ws/sav?last_message_date=${stamp(last.lastMessageAt)}&orderline=${linesA[0]!.lineId}`,
    );
    expect(recent.body.results.map((f: any) => f.id)).toEqual([ids[10]]);
    const modified = await call(
      'GET',
      `/ws/sav?last_modification_date=${stamp(last.updatedAt)}&orderline=${linesA[0]!.lineId}`,
    );
    expect(modified.body.results.map((f: any) => f.id)).toContain(ids[10]);

    for (const [q, field] of [
      ['state=5', 'state'],
      ['last_modification_date=2026-13-01-00-00', 'last_modification_date'],
      ['last_message_date=yesterday', 'last_message_date'],
      ['last_id=abc', 'last_id'],
    ] as const) {
      const bad = await call('GET', `/ws/sav?${q}`);
      expect(bad.status).toBe(400);
      expect(bad.body.error.target).toBe(field);
    }
  });

  it('shows a folder with its messages and files, never customer service’s internal notes', async () => {
    const folderId = await freshFolder(1, 'damaged_package');
    await postCareMessage(deps(), {
      actor: buyer,
      folderId,
      body: 'Here is the box.',
      files: [{ name: 'box.png', bytes: png() }],
    });
    await postCareMessage(deps(), {
      actor: { userId: null, sellers: new Map(), operator: true },
      folderId,
      body: 'Internal: check the carrier.',
      internal: true,
    });
    const res = await call('GET', `/ws/sav/${folderId}`);
    expect(res.status).toBe(200);
    conform('GET', '/ws/sav/{careFolderId}', res);
    expect(res.body).toMatchObject({
      id: folderId,
      state: 0,
      merchant: { id: sellerA },
      country_code: 'fr-fr',
      orderline: { id: linesA[1]!.lineId, state: 3, snapshot: { sku: linesA[1]!.sku } },
      lines: [{ id: folderId, issues: [{ customerIssue: 'DAMAGED_PACKAGE' }], state: 0 }],
    });
    expect(res.body.orderline.order.order_id).toBe(linesA[1]!.orderId);
    expect(res.body.messages.map((m: any) => [m.initiator, m.message])).toEqual([
      ['Client', 'Help please.'],
      ['Client', 'Here is the box.'],
    ]);
    expect(JSON.stringify(res.body)).not.toContain('Internal: check the carrier.');
    const url = new URL(res.body.messages[1].attachments[0].attachment);
    const file = await call('GET', url.pathname);
    expect(file.status).toBe(200);
    expect(file.contentType).toBe('image/png');
    expect(Array.from(file.bytes)).toEqual(Array.from(png()));
    expect((await call('GET', url.pathname, { token: keyB })).status).toBe(404);
  });

  it('posts a message with files (201), reopening a closed folder; bad input is a 400 naming the field', async () => {
    const folderId = await freshFolder(2);
    await closeCareFolder(deps(), { actor: seller, folderId, reason: 'no_fault_found' });
    const before = (await t.deps.db.select().from(careMessages).where(eq(careMessages.folderId, folderId)))
      .length;

    const noText = await call('POST', `/ws/sav/${folderId}/msg`, { form: form({}) });
    expect(noText.status).toBe(400);
    expect(noText.body.error.target).toBe('message');
    conform('POST', '/ws/sav/{careFolderId}/msg', noText);
    const notImage = await call('POST', `/ws/sav/${folderId}/msg`, {
      form: form({ message: 'See file' }, [
        { name: 'x.png', bytes: new TextEncoder().encode('not an image') },
      ]),
    });
    expect(notImage.status).toBe(400);
    expect(notImage.body.error.target).toBe('attachment.0');
    const eleven = await call('POST', `/ws/sav/${folderId}/msg`, {
      form: form(
        { message: 'Many' },
        Array.from({ length: 11 }, (_, i) => ({ name: `p${i}.png`, bytes: png() })),
      ),
    });
    expect(eleven.status).toBe(400);
    expect(eleven.body.error.target).toBe('attachment');
    const other = await call('POST', `/ws/sav/${folderB}/msg`, { form: form({ message: 'Hello' }) });
    expect(other.status).toBe(404);
    expect((await folderRow(folderId)).status).toBe('closed');
    expect(
      (await t.deps.db.select().from(careMessages).where(eq(careMessages.folderId, folderId))).length,
    ).toBe(before);

    // Two photos of 2 MB: above the platform's 256 KiB body limit, within the care upload's.
    const big = [
      { name: 'front.png', bytes: png(2 * 1024 * 1024) },
      { name: 'back.png', bytes: png(2 * 1024 * 1024) },
    ];
    const res = await call('POST', `/ws/sav/${folderId}/msg`, {
      form: form({ message: ' A replacement is on its way. ' }, big),
    });
    expect(res.status).toBe(201);
    conform('POST', '/ws/sav/{careFolderId}/msg', res);
    expect(res.body).toMatchObject({
      group: folderId,
      sender: sellerA,
      message: 'A replacement is on its way.',
    });
    expect(res.body.attachments).toHaveLength(2);
    expect(res.body.attachment).toEqual(res.body.attachments[0]);
    const row = await folderRow(folderId);
    expect(row).toMatchObject({ status: 'awaiting_buyer', reopenedCount: 1, closedAt: null });
    const stored = await t.deps.db
      .select()
      .from(careAttachments)
      .where(eq(careAttachments.messageId, res.body.id));
    expect(stored.map((s) => s.sizeBytes)).toEqual([2 * 1024 * 1024, 2 * 1024 * 1024]);

    // Without a key the large body is refused before it is read.
    const anonymous = await call('POST', `/ws/sav/${folderId}/msg`, {
      token: null,
      form: form({ message: 'x' }, big),
    });
    expect([401, 413]).toContain(anonymous.status);
  });

  it('declares a problem: files mandatory for DAMAGED_PACKAGE; the folder goes to customer service', async () => {
    const folderId = await freshFolder(3);
    const noFile = await call('POST', `/ws/sav/${folderId}/problem`, {
      form: form({ problem_type: 'DAMAGED_PACKAGE', message: 'Crushed box' }),
    });
    expect(noFile.status).toBe(422);
    expect(noFile.body.error.target).toBe('attachment');
    conform('POST', '/ws/sav/{careFolderId}/problem', noFile);
    const unknown = await call('POST', `/ws/sav/${folderId}/problem`, {
      form: form({ problem_type: 'BROKEN' }),
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.target).toBe('problem_type');
    expect((await folderRow(folderId)).status).toBe('awaiting_seller');
    expect((await call('POST', `/ws/sav/${folderB}/problem`, { form: form({}) })).status).toBe(404);

    const ok = await call('POST', `/ws/sav/${folderId}/problem`, {
      form: form({ problem_type: 'DAMAGED_PACKAGE', message: 'Crushed box' }, [
        { name: 'box.png', bytes: png() },
      ]),
    });
    expect(ok.status).toBe(201);
    conform('POST', '/ws/sav/{careFolderId}/problem', ok);
    expect(await folderRow(folderId)).toMatchObject({
      problem: 'damaged_package',
      status: 'with_customer_service',
      escalated: true,
    });
    const thread = async () =>
      (await t.deps.db.select().from(careMessages).where(eq(careMessages.folderId, folderId))).map((m) => [
        m.party,
        m.body,
      ]);
    expect((await thread()).at(-1)).toEqual(['seller', 'Crushed box']);
    const messages = (await thread()).length;
    // OTHER is the default and needs no file (nor a message); a closed folder takes no declaration.
    expect((await call('POST', `/ws/sav/${folderId}/problem`, { form: form({}) })).status).toBe(201);
    expect((await folderRow(folderId)).problem).toBe('other');
    expect(await thread()).toHaveLength(messages);
    await closeCareFolder(deps(), { actor: seller, folderId, reason: 'damaged_in_transit' });
    const closed = await call('POST', `/ws/sav/${folderId}/problem`, {
      form: form({ problem_type: 'WRONG_ITEM' }),
    });
    expect(closed.status).toBe(422);
    expect((await folderRow(folderId)).problem).toBe('other');
  });

  it('refunds a line of the seller (201 text/plain); more than was paid is a 400 on amount, nothing changes', async () => {
    const { lineId, sku } = linesA[3]!;
    const [line] = await t.deps.db.select().from(orderLines).where(eq(orderLines.id, lineId));
    const total =
      line!.unitPriceMinor * line!.quantity + line!.shippingPriceMinor + line!.insurancePremiumMinor;
    const refundsOf = async () => t.deps.db.select().from(refunds).where(eq(refunds.orderLineId, lineId));

    const tooMuch = await call('POST', '/ws/sav/refund', {
      body: { orderline_pk: lineId, refund_type: 6, amount: (total + 1) / 100 },
    });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.error.target).toBe('amount');
    conform('POST', '/ws/sav/refund', tooMuch);
    expect(await refundsOf()).toHaveLength(0);
    for (const [body, field] of [
      [{ refund_type: 6 }, 'orderline_pk'],
      [{ orderline_pk: lineId, refund_type: 7 }, 'refund_type'],
      [{ orderline_pk: lineId, refund_type: 4 }, 'refund_type'],
      [{ orderline_pk: lineId, refund_type: 6, amount: 'lots' }, 'amount'],
    ] as const) {
      const bad = await call('POST', '/ws/sav/refund', { body });
      expect(bad.status).toBe(400);
      expect(bad.body.error.target).toBe(field);
    }
    const other = await call('POST', '/ws/sav/refund', { body: { orderline_pk: lineB, refund_type: 6 } });
    expect(other.status).toBe(404);
    conform('POST', '/ws/sav/refund', other);
    expect(await refundsOf()).toHaveLength(0);

    const res = await call('POST', '/ws/sav/refund', {
      body: { orderline_pk: lineId, refund_type: 6, amount: 10 },
    });
    expect(res.status).toBe(201);
    conform('POST', '/ws/sav/refund', res);
    expect(res.body).toBe(`10.00€ refunded on the sku ${sku}`);
    const done = await refundsOf();
    expect(done.map((r) => r.amountMinor)).toEqual([1000]);
    // The rest (no amount: everything left) moves the line to 6.
    const rest = await call('POST', '/ws/sav/refund', { body: { orderline_pk: lineId, refund_type: 6 } });
    expect(rest.status).toBe(201);
    expect(rest.body).toBe(`${formatAmount(total - 1000, 'EUR')}€ refunded on the sku ${sku}`);
    const [after] = await t.deps.db.select().from(orderLines).where(eq(orderLines.id, lineId));
    expect(after!.state).toBe(6);
  });

  it('records an item sent back to the customer; a tracking number already declared is a 400', async () => {
    const folderId = await freshFolder(2, 'defective');
    const missing = await call('POST', `/ws/sav/${folderId}/item-transfer`, { body: { shipperName: 'DHL' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.target).toBe('trackingNumber');
    const badAction = await call('POST', `/ws/sav/${folderId}/item-transfer`, {
      body: { shipperName: 'DHL', trackingNumber: 'X1', action: 'REFUND' },
    });
    expect(badAction.status).toBe(400);
    expect(badAction.body.error.target).toBe('action');
    const other = await call('POST', `/ws/sav/${folderB}/item-transfer`, {
      body: { shipperName: 'DHL', trackingNumber: `${engine}-BACK-1` },
    });
    expect(other.status).toBe(404);
    conform('POST', '/ws/sav/{careFolderId}/item-transfer', other);

    const ok = await call('POST', `/ws/sav/${folderId}/item-transfer`, {
      body: { shipperName: 'DHL Express', trackingNumber: `${engine}-BACK-1`, action: 'REPAIR' },
    });
    expect(ok.status).toBe(201);
    conform('POST', '/ws/sav/{careFolderId}/item-transfer', ok);
    const rows = await t.deps.db
      .select()
      .from(careItemTransfers)
      .where(eq(careItemTransfers.folderId, folderId));
    expect(rows).toEqual([
      expect.objectContaining({
        carrier: 'dhl',
        trackingNumber: `${engine}-BACK-1`,
        action: 'REPAIR',
        sellerId: sellerA,
      }),
    ]);
    // The same number, written differently, on another folder: refused.
    const dup = await call('POST', `/ws/sav/${folderId}/item-transfer`, {
      body: { shipperName: 'DHL', trackingNumber: ` ${engine.toUpperCase()} back 1` },
    });
    expect(dup.status).toBe(400);
    expect(dup.body.error.target).toBe('trackingNumber');
    conform('POST', '/ws/sav/{careFolderId}/item-transfer', dup);
    expect(
      await t.deps.db
        .select()
        .from(careItemTransfers)
        .where(and(eq(careItemTransfers.sellerId, sellerA))),
    ).toHaveLength(1);
  });

  it('limits each Care operation as Back Market documents it: 500 refunds a day per key', async () => {
    const k = (
      await createApiKey(t.deps.db, { sellerId: sellerA, name: 'rl', createdBy: null, now: t.clock.now() })
    ).token;
    const start = t.clock.now();
    for (let i = 0; i < 500; i++) {
      // Under the 200 / 10 s of every key: a day's refunds spread over minutes.
      if (i % 150 === 149) t.clock.advance(21_000);
      const r = await call('POST', '/ws/sav/refund', { token: k, body: {} });
      if (r.status !== 400) throw new Error(`request ${i}: ${r.status}`);
    }
    const limited = await call('POST', '/ws/sav/refund', { token: k, body: {} });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate-limited');
    expect(limited.headers.get('ratelimit-policy')).toBe('500;w=86400');
    // Other Care operations and other keys go on.
    expect((await call('GET', '/ws/sav?page=1', { token: k })).status).toBe(200);
    expect((await call('POST', '/ws/sav/refund', { token: keyB, body: {} })).status).toBe(400);
    t.clock.advance(86_400_000);
    expect((await call('POST', '/ws/sav/refund', { token: k, body: {} })).status).toBe(400);
    expect(t.clock.now() > start).toBe(true);
  });
});
