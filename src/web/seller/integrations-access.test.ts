/**
 * Issue 12, finding 6: API keys and webhooks are managed by owners, or by staff an owner allowed
 * to; each key and webhook is tied to its creator; removing the creator from the team (or the
 * creator closing their account) revokes the keys and disables the webhooks; all of it is audited.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { users } from '../../modules/accounts/accounts.schema.ts';
import { closeOwnAccount } from '../../modules/accounts/close-own-account.ts';
import { auditEvents } from '../../modules/audit/audit.schema.ts';
import { sellerApiKeys } from '../../modules/seller-api/seller-api.schema.ts';
import { sellerWebhooks } from '../../modules/seller-webhooks/seller-webhooks.schema.ts';
import { sellers } from '../../modules/sellers/sellers.schema.ts';
import { translator } from '../../platform/i18n.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const UA = 'BM-Reloop-TestSuite;qa@example.com';

describe.each(ENGINES)('seller integrations: who may manage them, and removal on %s', (engine) => {
  let t: T;
  let sellerId: number;
  let owner: TestBrowser;
  let ownerUserId: number;

  const browserFor = async (email: string, role: 'owner' | 'staff') => {
    const actor = await createActor(t.deps, { email, sellers: [{ sellerId, role }] });
    const browser = new TestBrowser(t.app);
    browser.cookies.set('rl_session', (await actor.cookie()).replace(/^rl_session=/, ''));
    await browser.get(`/seller/${sellerId}/api-keys`);
    return { browser, actor };
  };
  const wsStatus = async (token: string) =>
    (
      await t.app.request('/ws/listings', {
        headers: {
          'user-agent': UA,
          'accept-language': 'fr-fr',
          accept: 'application/json',
          authorization: `Basic ${token}`,
        },
      })
    ).status;
  const createKey = async (b: TestBrowser, name: string) => {
    const res = await b.post(`/seller/${sellerId}/api-keys`, { name });
    return { status: res.status, token: /(rlk_[A-Za-z0-9_-]{20,})/.exec(res.text)?.[1] };
  };
  const createHook = (b: TestBrowser, url: string) =>
    b.post(`/seller/${sellerId}/webhooks`, { url, 'event_order.created': 'on' });
  const audits = (actions: string[]) =>
    t.deps.db.select().from(auditEvents).where(inArray(auditEvents.action, actions)).orderBy(auditEvents.id);

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 2, offers: 8 });
    const [s] = await t.deps.db.select({ id: sellers.id }).from(sellers).limit(1);
    sellerId = s!.id;
    const own = await browserFor('owner@integrations.example', 'owner');
    owner = own.browser;
    ownerUserId = own.actor.userId;
  });
  // These assertions read the portal in English: its users chose English (otherwise a seller's
  // portal reads its market's language, portal-language.test.ts).
  beforeEach(async () => {
    await t.deps.db.update(users).set({ language: 'en' });
  });
  afterAll(async () => t?.close());

  it('staff without the permission can read the pages but not create or revoke keys or webhooks', async () => {
    const { browser: staff } = await browserFor('staff1@integrations.example', 'staff');
    const page = await staff.get(`/seller/${sellerId}/api-keys`);
    expect(page.status).toBe(200);
    // A member added here reads the portal in the seller market's language.
    const tr = translator(/<html lang="([^"]+)"/.exec(page.text)![1]!);
    expect(page.text).not.toContain(tr('portal.apiKeys.createButton'));
    expect(page.text).toContain(tr('portal.apiKeys.ownersOnly'));
    expect((await owner.get(`/seller/${sellerId}/api-keys`)).text).toContain('Create the key');
    expect((await staff.get(`/seller/${sellerId}/webhooks`)).status).toBe(200);
    expect((await createKey(staff, 'staff key')).status).toBe(403);
    expect((await createHook(staff, 'https://hooks.example.com/staff')).status).toBe(403);

    const ownerKey = await createKey(owner, 'owner key');
    expect(ownerKey.status).toBe(201);
    const [row] = await t.deps.db.select().from(sellerApiKeys).where(eq(sellerApiKeys.name, 'owner key'));
    const revoke = await staff.post(`/seller/${sellerId}/api-keys`, {
      intent: 'revoke',
      keyId: String(row!.id),
    });
    expect(revoke.status).toBe(403);
    expect(await wsStatus(ownerKey.token!)).toBe(200);

    const hook = await createHook(owner, 'https://hooks.example.com/owner');
    expect(hook.status).toBe(201);
    const [h] = await t.deps.db
      .select()
      .from(sellerWebhooks)
      .where(eq(sellerWebhooks.url, 'https://hooks.example.com/owner'));
    expect((await staff.post(`/seller/${sellerId}/webhooks/${h!.id}/delete`, {})).status).toBe(403);
    expect(h!.createdBy).toBe(ownerUserId);
    expect(row!.createdBy).toBe(ownerUserId);
  });

  it('only an owner grants the permission; staff with it create keys and webhooks; removal revokes them, audited', async () => {
    const { browser: staff, actor: staffActor } = await browserFor('staff2@integrations.example', 'staff');
    const { browser: peer, actor: peerActor } = await browserFor('staff3@integrations.example', 'staff');
    const grantPath = `/seller/${sellerId}/team/${staffActor.userId}/integrations`;
    expect((await peer.post(grantPath, { allow: 'on' })).status).toBe(403);
    await owner.get(`/seller/${sellerId}/team`);
    const granted = await owner.post(grantPath, { allow: 'on' });
    expect(granted.status).toBe(303);
    expect((await owner.get(`/seller/${sellerId}/team`)).text).toContain('May manage API keys and webhooks');

    await staff.get(`/seller/${sellerId}/api-keys`);
    const key = await createKey(staff, 'staff2 key');
    expect(key.status).toBe(201);
    expect(await wsStatus(key.token!)).toBe(200);
    const ownerKey = await createKey(owner, 'owner key 2');
    await staff.get(`/seller/${sellerId}/webhooks`);
    expect((await createHook(staff, 'https://hooks.example.com/staff2')).status).toBe(201);
    const [hook] = await t.deps.db
      .select()
      .from(sellerWebhooks)
      .where(eq(sellerWebhooks.url, 'https://hooks.example.com/staff2'));
    expect(hook!.createdBy).toBe(staffActor.userId);
    const created = await audits(['seller.api_key_created', 'seller.webhook_created']);
    expect(
      created.filter((e) => e.actorUserId === staffActor.userId).map((e) => [e.action, e.details.sellerId]),
    ).toEqual([
      ['seller.api_key_created', sellerId],
      ['seller.webhook_created', sellerId],
    ]);

    // The peer without the permission is unaffected by the grant to someone else.
    await peer.get(`/seller/${sellerId}/api-keys`);
    expect((await createKey(peer, 'peer key')).status).toBe(403);
    expect(peerActor.userId).not.toBe(staffActor.userId);

    const removed = await owner.post(`/seller/${sellerId}/team/${staffActor.userId}/remove`, {});
    expect(removed.status).toBe(303);
    expect(await wsStatus(key.token!)).toBe(401);
    expect(await wsStatus(ownerKey.token!)).toBe(200);
    const [after] = await t.deps.db.select().from(sellerWebhooks).where(eq(sellerWebhooks.id, hook!.id));
    expect(after!.disabledAt).not.toBeNull();
    const revoked = await audits(['seller.api_key_revoked', 'seller.webhook_disabled']);
    const forStaff = revoked.filter((e) => e.subjectUserId === staffActor.userId);
    expect(forStaff.map((e) => [e.action, e.actorUserId, e.details.sellerId, e.details.reason])).toEqual([
      ['seller.api_key_revoked', ownerUserId, sellerId, 'member_removed'],
      ['seller.webhook_disabled', ownerUserId, sellerId, 'member_removed'],
    ]);
    const [removal] = await audits(['seller.staff_removed']);
    expect(removal).toMatchObject({ actorUserId: ownerUserId, subjectUserId: staffActor.userId });
  });

  it('an owner revoking a key and deleting a webhook is audited', async () => {
    await owner.get(`/seller/${sellerId}/api-keys`);
    await createKey(owner, 'short-lived');
    const [row] = await t.deps.db
      .select()
      .from(sellerApiKeys)
      .where(and(eq(sellerApiKeys.sellerId, sellerId), eq(sellerApiKeys.name, 'short-lived')));
    const res = await owner.post(`/seller/${sellerId}/api-keys`, {
      intent: 'revoke',
      keyId: String(row!.id),
    });
    expect(res.status).toBe(303);
    const events = await audits(['seller.api_key_revoked']);
    expect(events.at(-1)).toMatchObject({ actorUserId: ownerUserId });
    expect(events.at(-1)!.details).toMatchObject({ sellerId, keyId: row!.id, reason: 'revoked' });
  });

  it('a member closing their account loses the keys and webhooks they created', async () => {
    const { browser: staff, actor: staffActor } = await browserFor('staff4@integrations.example', 'staff');
    await owner.get(`/seller/${sellerId}/team`);
    expect(
      (await owner.post(`/seller/${sellerId}/team/${staffActor.userId}/integrations`, { allow: 'on' }))
        .status,
    ).toBe(303);
    await staff.get(`/seller/${sellerId}/api-keys`);
    const key = await createKey(staff, 'staff4 key');
    expect(await wsStatus(key.token!)).toBe(200);
    await closeOwnAccount(t.deps, {
      userId: staffActor.userId,
      currentPassword: staffActor.password,
      meta: { ip: '203.0.113.1', userAgent: 'test' },
    });
    expect(await wsStatus(key.token!)).toBe(401);
  });
});
