import { and, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import type { ExportManifest } from './export-zip.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe.each(ENGINES)('GET /api/v1/me/data-export and the ZIP on %s', (engine) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 2, offers: 10 });
  });
  afterAll(() => t?.close());

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await t.app.request(path, { headers: { 'x-forwarded-for': '198.51.100.61', ...headers } });
    return res;
  };
  const exportsOf = async (userId: number) =>
    t.deps.db
      .select({ details: auditEvents.details, ip: auditEvents.ip })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'privacy.data_exported'), eq(auditEvents.subjectUserId, userId)));

  it('answers 401 to an anonymous caller and sends a visitor of the ZIP to sign in', async () => {
    const api = await get('/api/v1/me/data-export');
    expect(api.status).toBe(401);
    expect(((await api.json()) as { code: string }).code).toBe('UNAUTHORIZED');
    const zip = await get('/fr-fr/account/privacy/export.zip');
    expect(zip.status).toBe(303);
    expect(zip.headers.get('location')).toBe('/fr-fr/sign-in?next=%2Ffr-fr%2Faccount%2Fprivacy%2Fexport.zip');
  });

  it('answers the signed-in person’s own export as JSON, with the session cookie, and audits it', async () => {
    const ada = await createActor(t.deps, { email: 'ada.api@example.com' });
    await createActor(t.deps, { email: 'bob.api@example.com' });
    const res = await get('/api/v1/me/data-export', { cookie: await ada.cookie() });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const body = (await res.json()) as {
      subject: unknown;
      generatedAt: string;
      sections: Record<string, Record<string, Array<Record<string, unknown>>>>;
    };
    expect(body.subject).toEqual({ userId: ada.userId, email: 'ada.api@example.com' });
    expect(body.generatedAt).toBe(t.clock.now().toISOString());
    expect(body.sections.accounts!.profile).toEqual([
      expect.objectContaining({ email: 'ada.api@example.com' }),
    ]);
    expect(body.sections.accounts!.legal_acceptances!.length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toContain('bob.api@example.com');
    expect(await exportsOf(ada.userId)).toEqual([{ details: { format: 'json' }, ip: '198.51.100.61' }]);
  });

  it('answers with a bearer token, without cookies', async () => {
    const app = await createActor(t.deps, {
      email: 'app.export@example.com',
      password: 'mobile app passphrase',
    });
    const issued = await t.app.request('/api/v1/auth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.62' },
      body: JSON.stringify({ email: app.email, password: 'mobile app passphrase' }),
    });
    const { token } = (await issued.json()) as { token: string };
    const res = await get('/api/v1/me/data-export', { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { subject: unknown }).subject).toEqual({
      userId: app.userId,
      email: 'app.export@example.com',
    });
  });

  it('downloads the ZIP as an attachment named by the day, in either storefront', async () => {
    const ada = await createActor(t.deps, { email: 'ada.zip@example.com' });
    for (const path of ['/fr-fr/account/privacy/export.zip', '/pro/fr-fr/account/privacy/export.zip']) {
      const res = await get(path, { cookie: await ada.cookie() });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/zip');
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="reloop-data-2026-11-21.zip"',
      );
      const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
      const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as ExportManifest;
      expect(manifest.subject.email).toBe('ada.zip@example.com');
      expect(strFromU8(files['README.txt']!)).toMatch(/^Vos données Reloop/);
      expect(manifest.files.map((f) => f.path)).toEqual(
        expect.arrayContaining(['accounts/profile.json', 'accounts/profile.csv']),
      );
    }
    expect((await exportsOf(ada.userId)).map((e) => e.details)).toEqual([
      { format: 'zip' },
      { format: 'zip' },
    ]);
  });

  it('allows 10 exports an hour per account, then answers 429', async () => {
    const eve = await createActor(t.deps, { email: 'eve.export@example.com' });
    const cookie = await eve.cookie();
    for (let i = 0; i < 10; i++) expect((await get('/api/v1/me/data-export', { cookie })).status).toBe(200);
    const refused = await get('/api/v1/me/data-export', { cookie });
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { code: string }).code).toBe('RATE_LIMITED');
    // Another person is not held back by it.
    const other = await createActor(t.deps, { email: 'other.export@example.com' });
    expect((await get('/api/v1/me/data-export', { cookie: await other.cookie() })).status).toBe(200);
  });
});
