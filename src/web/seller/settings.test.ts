/**
 * Issue 11 (defect 2): the per-seller OSS option in the seller portal. Owners change it (CSRF form),
 * staff see it read-only, members of another seller and anonymous visitors get nothing; bad input
 * is a 400 naming the field and changes nothing.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { users } from '../../modules/accounts/accounts.schema.ts';
import { sellers } from '../../modules/sellers/sellers.schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type Who = { cookie(): Promise<string> } | null;

describe.each(ENGINES)('seller tax settings page on %s', (engine) => {
  let t: T;
  let owner: Who;
  let staff: Who;
  let stranger: Who;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 6, sellers: 3, offers: 20 });
    owner = await createActor(t.deps, {
      email: 'oss-owner@example.com',
      sellers: [{ sellerId: 1, role: 'owner' }],
    });
    staff = await createActor(t.deps, {
      email: 'oss-staff@example.com',
      sellers: [{ sellerId: 1, role: 'staff' }],
    });
    stranger = await createActor(t.deps, {
      email: 'oss-other@example.com',
      sellers: [{ sellerId: 2, role: 'owner' }],
    });
  });
  // These assertions read the portal in English: its users chose English (otherwise a seller's
  // portal reads its market's language, portal-language.test.ts).
  beforeEach(async () => {
    await t.deps.db.update(users).set({ language: 'en' });
  });
  afterAll(() => t.close());

  const visit = async (who: Who, path: string, form?: Record<string, string>) => {
    const csrf = csrfPair(t.deps);
    const cookie = who ? `${await who.cookie()}; ${csrf.cookie}` : csrf.cookie;
    const res = await t.app.request(path, {
      method: form ? 'POST' : 'GET',
      headers: {
        cookie,
        'x-forwarded-for': '198.51.100.41',
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { body: new URLSearchParams({ _csrf: csrf.header, ...form }).toString() } : {}),
    });
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  };
  const optionOf = async (sellerId: number) =>
    (
      await t.deps.db.select({ v: sellers.underOssThreshold }).from(sellers).where(eq(sellers.id, sellerId))
    )[0]!.v;

  it('an owner sees the explanation and switches the option on and off', async () => {
    const page = await visit(owner, '/seller/1/settings');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1>Tax settings</h1>');
    // The threshold is money in the reader's locale (English in the seller's country).
    const locale = /<html lang="([^"]+)"/.exec(page.text)![1]!;
    expect(page.text).toContain(
      new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(10_000),
    );
    expect(page.text).toMatch(/<form method="post" action="\/seller\/1\/settings">/);
    expect(page.text).toContain('name="_csrf"');
    expect(page.text).toMatch(/<legend>[^<]+<\/legend>/);
    expect(page.text).toMatch(/<label for="f-underOssThreshold-yes">/);
    expect(await optionOf(1)).toBe(false);

    const saved = await visit(owner, '/seller/1/settings', { underOssThreshold: 'yes' });
    expect(saved).toMatchObject({ status: 303, location: '/seller/1/settings?done=saved' });
    expect(await optionOf(1)).toBe(true);
    const after = await visit(owner, '/seller/1/settings?done=saved');
    expect(after.text).toContain('Saved.');
    expect(after.text).toMatch(/value="yes" checked/);

    expect((await visit(owner, '/seller/1/settings', { underOssThreshold: 'no' })).status).toBe(303);
    expect(await optionOf(1)).toBe(false);
  });

  it('an owner sets the return window; below the legal 14 days is a 400 naming the field', async () => {
    const windowOf = async () =>
      (await t.deps.db.select({ v: sellers.returnWindowDays }).from(sellers).where(eq(sellers.id, 1)))[0]!.v;
    const page = await visit(owner, '/seller/1/settings');
    expect(page.text).toMatch(/<form method="post" action="\/seller\/1\/settings\/returns">/);
    expect(page.text).toMatch(
      /<input id="f-returnWindowDays" name="returnWindowDays" type="number"[^>]*value="30"/,
    );
    const saved = await visit(owner, '/seller/1/settings/returns', { returnWindowDays: '45' });
    expect(saved).toMatchObject({ status: 303, location: '/seller/1/settings?done=returns' });
    expect(await windowOf()).toBe(45);
    for (const bad of ['13', '366', 'soon', '']) {
      const r = await visit(owner, '/seller/1/settings/returns', { returnWindowDays: bad });
      expect(r.status).toBe(400);
      expect(r.text).toContain('Return window (days after delivery)');
      expect(r.text).toContain('aria-invalid="true"');
    }
    expect(await windowOf()).toBe(45);
    expect((await visit(staff, '/seller/1/settings/returns', { returnWindowDays: '60' })).status).toBe(403);
    expect((await visit(stranger, '/seller/1/settings/returns', { returnWindowDays: '60' })).status).toBe(
      403,
    );
    expect(await windowOf()).toBe(45);
    await visit(owner, '/seller/1/settings/returns', { returnWindowDays: '30' });
  });

  it('bad input is a 400 naming the field, and nothing changes', async () => {
    const bad = await visit(owner, '/seller/1/settings', { underOssThreshold: 'maybe' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Distance sales threshold');
    expect(bad.text).toContain('choose one of the two options');
    expect((await visit(owner, '/seller/1/settings', {})).status).toBe(400);
    expect(await optionOf(1)).toBe(false);
  });

  it('staff see it read-only; another seller’s member and anonymous visitors get nothing', async () => {
    const seen = await visit(staff, '/seller/1/settings');
    expect(seen.status).toBe(200);
    expect(seen.text).toContain('Only an owner of this seller can change this setting');
    expect(seen.text).not.toContain('name="underOssThreshold"');
    expect((await visit(staff, '/seller/1/settings', { underOssThreshold: 'yes' })).status).toBe(403);

    expect((await visit(stranger, '/seller/1/settings')).status).toBe(403);
    expect((await visit(stranger, '/seller/1/settings', { underOssThreshold: 'yes' })).status).toBe(403);

    const anon = await visit(null, '/seller/1/settings');
    expect(anon.status).not.toBe(200);
    expect(anon.text).not.toContain('Tax settings</h1>');
    expect([401, 302, 303]).toContain(
      (await visit(null, '/seller/1/settings', { underOssThreshold: 'yes' })).status,
    );
    expect(await optionOf(1)).toBe(false);
  });
});
