import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, placeOrder, shipOrder } from '../../../test/orders.ts';
import { careFolders, careMessages } from '../../modules/after-sales/after-sales.schema.ts';
import type { CareActor } from '../../modules/after-sales/care-actor.ts';
import { careThread } from '../../modules/after-sales/care-folders.read-model.ts';
import { escalateCareFolder } from '../../modules/after-sales/escalate-care-folder.ts';
import { openCareFolder } from '../../modules/after-sales/open-care-folder.ts';
import { orderLines, orders } from '../../modules/orders/orders.schema.ts';
import { DAY_MS } from '../../platform/clock.ts';

const FORM = 'application/x-www-form-urlencoded';

describe.each(ENGINES)('console care queue (%s)', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let buyer: CareActor;
  let support: Awaited<ReturnType<typeof createActor>>;
  let consumer: Awaited<ReturnType<typeof createActor>>;
  let compliance: Awaited<ReturnType<typeof createActor>>;
  /** Opened a week ago (overdue), opened now, opened now and with customer service. */
  const folder = { overdue: 0, fresh: 0, service: 0 };

  const get = async (path: string, cookie: string) => {
    const res = await t.app.request(path, { headers: { cookie } });
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  };
  const post = async (path: string, fields: Record<string, string>, session: string) => {
    const csrf = csrfPair(t.deps);
    const res = await t.app.request(path, {
      method: 'POST',
      headers: { cookie: `${session}; ${csrf.cookie}`, 'content-type': FORM },
      body: new URLSearchParams({ ...fields, _csrf: csrf.header }).toString(),
    });
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  };

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 8, sellers: 3, offers: 40 });
    const b = await createActor(t.deps, { email: 'queue-buyer@example.com' });
    buyer = { userId: b.userId, sellers: new Map(), operator: false };
    support = await createActor(t.deps, { email: 'queue-support@reloop.test', operator: ['support'] });
    compliance = await createActor(t.deps, {
      email: 'queue-compliance@reloop.test',
      operator: ['compliance'],
    });
    consumer = await createActor(t.deps, { email: 'queue-consumer@example.com' });
    const picks = (await offerPicks(t)).filter((p) => p.quantity > 1);
    const sellerId = picks[0]!.sellerId;
    const lines: number[] = [];
    for (const p of picks.filter((x) => x.sellerId === sellerId).slice(0, 3)) {
      const placed = await placeOrder(t, { lines: [{ offerId: p.id }] });
      const orderId = placed.orders[0].id as number;
      await t.deps.db.update(orders).set({ buyerUserId: b.userId }).where(eq(orders.id, orderId));
      await shipOrder(t, orderId);
      const [l] = await t.deps.db
        .select({ id: orderLines.id })
        .from(orderLines)
        .where(eq(orderLines.orderId, orderId));
      lines.push(l!.id);
    }
    const deps = () => ({ db: t.deps.db, storage: t.deps.storage, now: t.clock.now() });
    const open = async (line: number, problem: string) =>
      (
        await openCareFolder(deps(), {
          actor: buyer,
          orderLineId: line,
          problem,
          message: 'It does not work.',
        })
      ).folderId;
    folder.overdue = await open(lines[0]!, 'defective');
    t.clock.advance(7 * DAY_MS);
    folder.fresh = await open(lines[1]!, 'wrong_item');
    folder.service = await open(lines[2]!, 'missing_part');
    await escalateCareFolder(
      { db: t.deps.db, now: t.clock.now() },
      { actor: buyer, folderId: folder.service },
    );
  });
  afterAll(() => t?.close());

  it('lists customer service’s folders first, then overdue ones, and filters', async () => {
    const page = await get('/console/care', await support.cookie());
    expect(page.status).toBe(200);
    expect(page.text).toContain('href="/console/care"');
    const at = (id: number) => page.text.indexOf(`href="/console/care/${id}"`);
    expect(at(folder.service)).toBeGreaterThan(0);
    expect(at(folder.service)).toBeLessThan(at(folder.overdue));
    expect(at(folder.overdue)).toBeLessThan(at(folder.fresh));
    expect(page.text).toContain('overdue');
    const withService = await get('/console/care?status=with_customer_service', await support.cookie());
    expect(withService.text).toContain(`href="/console/care/${folder.service}"`);
    expect(withService.text).not.toContain(`href="/console/care/${folder.fresh}"`);
    const mine = await get('/console/care?assigned=me', await support.cookie());
    expect(mine.text).not.toContain(`href="/console/care/${folder.service}"`);
  });

  it('shows the whole history; a reply reaches the buyer, an internal note never does', async () => {
    const session = await support.cookie();
    const note = await post(
      `/console/care/${folder.service}/note`,
      { body: 'Seller already warned twice.' },
      session,
    );
    expect(note.status).toBe(303);
    expect(note.location).toBe(`/console/care/${folder.service}?done=noted`);
    const reply = await post(
      `/console/care/${folder.service}/reply`,
      { body: 'The seller sends the part today.' },
      session,
    );
    expect(reply.status).toBe(303);

    const page = await get(`/console/care/${folder.service}`, session);
    expect(page.text).toContain('Seller already warned twice.');
    expect(page.text).toContain('internal note');
    expect(page.text).toContain('The seller sends the part today.');
    expect(page.text).toContain('It does not work.');

    const asBuyer = await careThread(t.deps.db, folder.service, buyer, t.clock.now());
    const bodies = asBuyer.messages.map((m) => m.body);
    expect(bodies).toContain('The seller sends the part today.');
    expect(bodies).not.toContain('Seller already warned twice.');
    expect(asBuyer.messages.every((m) => !m.internal)).toBe(true);
  });

  it('assigns, unassigns and closes with a reason; bad input names the field and changes nothing', async () => {
    const session = await support.cookie();
    expect((await post(`/console/care/${folder.fresh}/assign`, {}, session)).location).toBe(
      `/console/care/${folder.fresh}?done=assigned`,
    );
    const [assigned] = await t.deps.db.select().from(careFolders).where(eq(careFolders.id, folder.fresh));
    expect(assigned!.assignedOperatorId).toBe(support.userId);
    const mine = await get('/console/care?assigned=me', session);
    expect(mine.text).toContain(`href="/console/care/${folder.fresh}"`);
    await post(`/console/care/${folder.fresh}/unassign`, {}, session);
    const [back] = await t.deps.db.select().from(careFolders).where(eq(careFolders.id, folder.fresh));
    expect(back!.assignedOperatorId).toBeNull();

    const before = await t.deps.db.select().from(careMessages).where(eq(careMessages.folderId, folder.fresh));
    const empty = await post(`/console/care/${folder.fresh}/reply`, { body: '   ' }, session);
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('href="#f-body"');
    expect(empty.text).toContain('role="alert"');
    const after = await t.deps.db.select().from(careMessages).where(eq(careMessages.folderId, folder.fresh));
    expect(after.length).toBe(before.length);

    const badReason = await post(`/console/care/${folder.fresh}/close`, { reason: 'because' }, session);
    expect(badReason.status).toBe(400);
    expect(badReason.text).toContain('href="#f-reason"');
    const [stillOpen] = await t.deps.db.select().from(careFolders).where(eq(careFolders.id, folder.fresh));
    expect(stillOpen!.status).not.toBe('closed');

    const closed = await post(`/console/care/${folder.fresh}/close`, { reason: 'wrong_product' }, session);
    expect(closed.status).toBe(303);
    const [row] = await t.deps.db.select().from(careFolders).where(eq(careFolders.id, folder.fresh));
    expect(row!.status).toBe('closed');
    expect(row!.closingReason).toBe('wrong_product');
  });

  it('is customer service’s: a consumer or a compliance officer is refused, a visitor signs in', async () => {
    expect((await get('/console/care', await consumer.cookie())).status).toBe(403);
    expect((await get(`/console/care/${folder.overdue}`, await consumer.cookie())).status).toBe(403);
    expect((await get('/console/care', await compliance.cookie())).status).toBe(403);
    const note = await post(
      `/console/care/${folder.overdue}/note`,
      { body: 'sneaky' },
      await consumer.cookie(),
    );
    expect(note.status).toBe(403);
    const anon = await get('/console/care', '');
    expect(anon.status).toBe(303);
    expect(anon.location).toContain('/sign-in?next=%2Fconsole%2Fcare');
    expect((await get('/console/care/999999', await support.cookie())).status).toBe(404);
    const messages = await t.deps.db.select().from(careMessages).where(eq(careMessages.body, 'sneaky'));
    expect(messages).toEqual([]);
  });
});
