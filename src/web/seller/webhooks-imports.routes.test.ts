import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { linkIn, TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { users } from '../../modules/accounts/accounts.schema.ts';
import { offers } from '../../modules/offers/offers.schema.ts';
import { sellerTasks } from '../../modules/seller-api/seller-api.schema.ts';
import { sellerMembers } from '../../modules/seller-team/seller-team.schema.ts';
import { enqueueEvent } from '../../modules/seller-webhooks/seller-webhooks.ts';
import { sellers } from '../../modules/sellers/sellers.schema.ts';
import { ACCESS_RULE, type AccessRule } from '../../platform/http/access.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';
import { isSellerImportUpload } from './imports.routes.ts';
import { sellerSurface } from './seller.surface.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const EXTRA = /^\/seller\/:sellerId\{\[0-9\]\+\}\/(webhooks|imports|team)/;

describe.each(ENGINES)('seller portal webhooks, imports and team on %s', (engine) => {
  let t: T;
  let sellerId: number;
  let otherSellerId: number;
  let owner: TestBrowser;
  let staff: TestBrowser;
  let other: TestBrowser;
  let ownerUserId: number;

  const browserFor = async (
    email: string,
    memberships: Array<{ sellerId: number; role: 'owner' | 'staff' }>,
  ) => {
    const actor = await createActor(t.deps, { email, sellers: memberships });
    const browser = new TestBrowser(t.app);
    browser.cookies.set('rl_session', (await actor.cookie()).replace(/^rl_session=/, ''));
    return { browser, actor };
  };

  /** A multipart form post, as the browser sends the upload form (the CSRF token is a field). */
  const upload = async (
    b: TestBrowser,
    path: string,
    csv: string | null,
    fields: Record<string, string> = {},
  ) => {
    const form = new FormData();
    form.set('_csrf', b.csrf);
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    if (csv !== null) form.set('file', new File([csv], 'catalog.csv', { type: 'text/csv' }));
    const res = await t.app.request(path, {
      method: 'POST',
      body: form,
      headers: {
        cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-forwarded-for': b.ip,
      },
    });
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  };

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 8, sellers: 3, offers: 30 });
    sellerSurface.register!(t.app, t.deps);
    sellerSurface.register!(t.app, t.deps); // a second call is a no-op
    const withOffers = await t.deps.db.selectDistinct({ id: offers.sellerId }).from(offers);
    sellerId = withOffers[0]!.id;
    const [o] = await t.deps.db
      .select({ id: sellers.id })
      .from(sellers)
      .where(eq(sellers.id, withOffers[1]?.id ?? -1));
    otherSellerId =
      o?.id ?? (await t.deps.db.select({ id: sellers.id }).from(sellers)).find((s) => s.id !== sellerId)!.id;
    const own = await browserFor('owner@extra.example', [{ sellerId, role: 'owner' }]);
    owner = own.browser;
    ownerUserId = own.actor.userId;
    staff = (await browserFor('staff@extra.example', [{ sellerId, role: 'staff' }])).browser;
    other = (await browserFor('owner@other-extra.example', [{ sellerId: otherSellerId, role: 'owner' }]))
      .browser;
    for (const b of [owner, staff, other]) await b.get(`/seller/${sellerId}/team`);
  });
  // These assertions read the portal in English: its users chose English (otherwise a seller's
  // portal reads its market's language, portal-language.test.ts).
  beforeEach(async () => {
    await t.deps.db.update(users).set({ language: 'en' });
  });
  afterAll(async () => t?.close());

  it('every webhooks, imports and team route starts with the seller-member rule, and refuses another seller’s member', async () => {
    const routes = t.app.routes.filter((r) => EXTRA.test(r.path) && r.method !== 'ALL');
    const keys = new Set(routes.map((r) => `${r.method} ${r.path}`));
    expect(keys.size).toBe(12);
    for (const key of keys) {
      const handlers = routes.filter((r) => `${r.method} ${r.path}` === key);
      const rules = handlers
        .map((h) => (h.handler as { [ACCESS_RULE]?: AccessRule })[ACCESS_RULE])
        .filter((x) => x !== undefined);
      // Some also need a role or a permission (seller integrations, the team's owner actions).
      expect(
        rules.map((r) => ({ kind: r.kind, param: 'param' in r ? r.param : undefined })),
        key,
      ).toEqual([{ kind: 'sellerMember', param: 'sellerId' }]);
      const [method, pattern] = key.split(' ') as [string, string];
      const path = pattern
        .replace(':sellerId{[0-9]+}', String(sellerId))
        .replace(/:[A-Za-z]+\{\[0-9\]\+\}/g, '1');
      const foreign = method === 'GET' ? await other.get(path) : await other.post(path, {});
      expect(foreign.status, key).toBe(403);
      const own = method === 'GET' ? await owner.get(path) : await owner.post(path, {});
      expect(own.status, key).toBeLessThan(500);
      expect([401, 403], key).not.toContain(own.status);
    }
    expect(isSellerImportUpload('POST', `/seller/${sellerId}/imports`)).toBe(true);
    expect(isSellerImportUpload('GET', `/seller/${sellerId}/imports`)).toBe(false);
    expect(isSellerImportUpload('POST', `/seller/${sellerId}/imports/3`)).toBe(false);
  });

  it('a member sees webhooks, imports and team; anonymous is sent to sign in', async () => {
    for (const path of ['/webhooks', '/imports', '/team']) {
      for (const b of [owner, staff]) {
        const page = await b.get(`/seller/${sellerId}${path}`);
        expect(page.status, path).toBe(200);
        expect(page.text).toContain('Reloop sellers');
      }
      expect((await other.get(`/seller/${sellerId}${path}`)).status, path).toBe(403);
      const anon = await new TestBrowser(t.app).get(`/seller/${sellerId}${path}`);
      expect(anon.status).toBe(303);
      expect(anon.location).toContain('/sign-in?next=');
    }
  });

  it('creating a webhook shows its secret once; the delivery log lists its deliveries; it can be deleted', async () => {
    const base = `/seller/${sellerId}/webhooks`;
    await owner.get(base);
    const bad = await owner.post(base, { url: 'http://example.com/hook' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('id="error-summary"');
    expect(bad.text).toContain('choose at least one event');
    const created = await owner.post(base, {
      url: 'https://hooks.example.com/reloop',
      'event_order.created': 'on',
      'event_listing.buybox_changed': 'on',
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const secret = /value="(whsec_[A-Za-z0-9_-]+)"/.exec(created.text)?.[1];
    expect(secret).toBeDefined();
    expect(created.text).toContain('shown only once');
    const again = await owner.get(base);
    expect(again.text).toContain('https://hooks.example.com/reloop');
    expect(again.text).toContain('order.created, listing.buybox_changed');
    expect(again.text).not.toContain(secret!);
    expect(again.text).toContain('Nothing sent yet.');

    await enqueueEvent(t.deps.db, {
      sellerId,
      event: 'order.created',
      payload: { order_id: 1, state: 1 },
      now: t.clock.now(),
    });
    const log = await staff.get(base);
    expect(log.text).toContain('delivery-pending');
    expect(log.text).toMatch(/<code>order\.created<\/code>/);
    // Another seller's member sees none of it (403), and cannot delete it.
    const hookId = /webhooks\/(\d+)\/delete/.exec(log.text)![1];
    expect((await other.post(`${base}/${hookId}/delete`, {})).status).toBe(403);
    // Staff see the log but delete only with the owner's permission (integrations-access.test.ts).
    expect((await staff.post(`${base}/${hookId}/delete`, {})).status).toBe(403);
    const deleted = await owner.post(`${base}/${hookId}/delete`, {});
    expect(deleted.status).toBe(303);
    expect(deleted.location).toBe(`${base}?done=deleted`);
    const after = await owner.get(deleted.location!);
    expect(after.text).toContain('Webhook deleted');
    expect(after.text).toContain('No webhook yet.');
    expect((await owner.post(`${base}/${hookId}/delete`, {})).status).toBe(404);
  });

  it('a CSV upload creates a task: its page shows live progress, then the error report', async () => {
    const base = `/seller/${sellerId}/imports`;
    const form = await owner.get(base);
    expect(form.text).toMatch(
      /<form method="post" action="[^"]+\/imports" enctype="multipart\/form-data"[^>]*><input type="hidden" name="_csrf"/,
    );
    const [existing] = await t.deps.db
      .select({ id: offers.id, sku: offers.sku })
      .from(offers)
      .where(eq(offers.sellerId, sellerId))
      .limit(1);

    const empty = await upload(owner, base, null, { market: 'fr-fr', delimiter: ',' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('choose a CSV file to import');
    const noSku = await upload(owner, base, 'name\nx\n', { market: 'fr-fr', delimiter: ',' });
    expect(noSku.status).toBe(400);
    expect(noSku.text).toContain('parameter sku not found');

    const csv = `sku,quantity\n${existing!.sku},3\n"NOPE, NEW",2\n`;
    const res = await upload(owner, base, csv, { market: 'fr-fr', delimiter: ',' });
    expect(res.status).toBe(303);
    const taskPath = res.location!;
    expect(taskPath).toMatch(new RegExp(`^${base}/\\d+$`));
    const taskId = Number(taskPath.split('/').pop());

    const live = await owner.get(taskPath);
    expect(live.status).toBe(200);
    const [running] = await t.deps.db.select().from(sellerTasks).where(eq(sellerTasks.id, taskId));
    // When the server processes imports itself (setImmediate), the task may already be done.
    if (running!.status !== 'done') {
      expect(live.text).toMatch(/<head>[\s\S]*<meta http-equiv="refresh" content="2">[\s\S]*<\/head>/);
      expect(live.text).toContain('<progress id="task-progress" max="2"');
      expect(live.text).not.toContain('errors.csv');
    }
    expect((await other.get(taskPath)).status).toBe(403);

    for (let i = 0; i < 100; i++) {
      const [task] = await t.deps.db.select().from(sellerTasks).where(eq(sellerTasks.id, taskId));
      if (task!.status === 'done') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const done = await staff.get(taskPath);
    expect(done.text).not.toContain('http-equiv="refresh"');
    expect(done.text).toContain('<progress id="task-progress" max="2" value="2">');
    expect(done.text).toContain('2 of 2 lines processed, 1 with errors.');
    expect(done.text).toContain(`${taskPath}/errors.csv`);
    const [task] = await t.deps.db.select().from(sellerTasks).where(eq(sellerTasks.id, taskId));
    expect(task).toMatchObject({ status: 'done', processed: 2, failed: 1 });
    const [updated] = await t.deps.db.select().from(offers).where(eq(offers.id, existing!.id));
    expect(updated!.quantity).toBe(3);

    const report = await owner.get(`${taskPath}/errors.csv`);
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toContain('text/csv');
    expect(report.headers.get('content-disposition')).toContain('attachment');
    const lines = report.text.trim().split('\r\n');
    expect(lines[0]).toBe('line,sku,message');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^3,"NOPE, NEW",.*product_id or ean is required/);
    expect((await other.get(`${taskPath}/errors.csv`)).status).toBe(403);

    const list = await owner.get(base);
    expect(list.text).toContain(`${base}/${taskId}`);
    expect((await owner.get(`${base}/999999`)).status).toBe(404);
  });

  it('team: staff cannot add or remove; an owner invites an existing account (who accepts) and an unknown email, and cannot remove the last owner', async () => {
    const base = `/seller/${sellerId}/team`;
    const staffView = await staff.get(base);
    expect(staffView.text).toContain('staff@extra.example');
    expect(staffView.text).not.toContain('Invite someone');
    expect((await staff.post(base, { email: 'someone@extra.example' })).status).toBe(403);
    expect((await staff.post(`${base}/${ownerUserId}/remove`, {})).status).toBe(403);

    await owner.get(base);
    const unknown = await owner.post(base, { email: 'nobody@extra.example' });
    expect(unknown.status).toBe(303);
    expect(unknown.location).toBe(`${base}?done=invited`);
    expect((await owner.get(base)).text).toContain('nobody@extra.example');

    const { browser: newcomer, actor: newcomerActor } = await browserFor('newcomer@extra.example', []);
    expect((await newcomer.get(`/seller/${sellerId}/webhooks`)).status).toBe(403);
    // An existing account gets the same invitation as anyone and joins only by accepting it.
    const invited = await owner.post(base, { email: '  Newcomer@Extra.example ' });
    expect(invited.status).toBe(303);
    expect(invited.location).toBe(`${base}?done=invited`);
    const mails = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.toAddress, 'newcomer@extra.example'),
          eq(mailOutbox.template, 'seller.team-invite'),
        ),
      );
    expect(mails).toHaveLength(1);
    expect((await newcomer.get(`/seller/${sellerId}/webhooks`)).status).toBe(403);
    const link = linkIn(mails[0]!.textBody, '/seller/invitation?token=');
    await newcomer.get(link);
    const joined = await newcomer.post('/seller/invitation', {
      token: new URL(link, 'http://x').searchParams.get('token')!,
    });
    expect(joined.location).toBe(`/seller/${sellerId}`);
    expect((await newcomer.get(`/seller/${sellerId}/webhooks`)).status).toBe(200);
    const twice = await owner.post(base, { email: 'newcomer@extra.example' });
    expect(twice.status).toBe(400);
    expect(twice.text).toContain('already a member');

    const removed = await owner.post(`${base}/${newcomerActor.userId}/remove`, {});
    expect(removed.status).toBe(303);
    expect((await newcomer.get(`/seller/${sellerId}/webhooks`)).status).toBe(403);
    expect((await owner.post(`${base}/${newcomerActor.userId}/remove`, {})).status).toBe(404);

    const last = await owner.post(`${base}/${ownerUserId}/remove`, {});
    expect(last.status).toBe(409);
    expect(last.text).toContain('The last owner cannot be removed');
    const owners = await t.deps.db
      .select()
      .from(sellerMembers)
      .where(and(eq(sellerMembers.sellerId, sellerId), eq(sellerMembers.role, 'owner')));
    expect(owners.map((o) => o.userId)).toContain(ownerUserId);
  });
});
