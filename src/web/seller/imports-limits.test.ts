/**
 * Issue 12, finding 10b: the portal's CSV import shares the seller's 2 000 listing lines an hour
 * with the seller API, and runs one import per seller at a time.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { users } from '../../modules/accounts/accounts.schema.ts';
import { createApiKey } from '../../modules/seller-api/api-keys.ts';
import { createListingTask, processListingTask } from '../../modules/seller-api/listing-batch.ts';
import { sellerTasks } from '../../modules/seller-api/seller-api.schema.ts';
import { sellers } from '../../modules/sellers/sellers.schema.ts';
import { marketByLocale } from '../../platform/markets.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const catalog = (n: number, prefix: string) =>
  ['sku', ...Array.from({ length: n }, (_, i) => `${prefix}-${i}`)].join('\n');

describe.each(ENGINES)(
  'portal CSV imports: one at a time, 2 000 lines an hour per seller on %s',
  (engine) => {
    let t: T;
    let sellerId: number;
    let owner: TestBrowser;

    const upload = async (csv: string) => {
      const form = new FormData();
      form.set('_csrf', owner.csrf);
      form.set('market', 'fr-fr');
      form.set('delimiter', ',');
      form.set('file', new File([csv], 'catalog.csv', { type: 'text/csv' }));
      const res = await t.app.request(`/seller/${sellerId}/imports`, {
        method: 'POST',
        body: form,
        headers: {
          cookie: [...owner.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          'x-forwarded-for': owner.ip,
        },
      });
      return { status: res.status, location: res.headers.get('location'), text: await res.text() };
    };
    const waitDone = async (taskId: number) => {
      for (let i = 0; i < 400; i++) {
        const [task] = await t.deps.db.select().from(sellerTasks).where(eq(sellerTasks.id, taskId));
        if (task!.status === 'done' || task!.status === 'failed') return;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`task ${taskId} did not finish`);
    };

    beforeAll(async () => {
      t = await createTestApp(engine, { products: 4, sellers: 2, offers: 8 });
      const [s] = await t.deps.db.select({ id: sellers.id }).from(sellers).limit(1);
      sellerId = s!.id;
      const actor = await createActor(t.deps, {
        email: 'owner@imports.example',
        sellers: [{ sellerId, role: 'owner' }],
      });
      owner = new TestBrowser(t.app);
      owner.cookies.set('rl_session', (await actor.cookie()).replace(/^rl_session=/, ''));
      await owner.get(`/seller/${sellerId}/imports`);
    });
    // These assertions read the portal in English: its users chose English (otherwise a seller's
    // portal reads its market's language, portal-language.test.ts).
    beforeEach(async () => {
      await t.deps.db.update(users).set({ language: 'en' });
    });
    afterAll(async () => t?.close());

    it('refuses a second import while one runs, then counts every import against the hour’s budget', async () => {
      // An import sent through the seller API, not processed yet.
      const api = await createListingTask(t.deps.db, {
        sellerId,
        market: marketByLocale('fr-fr')!,
        request: { catalog: catalog(1990, 'API'), delimiter: ',', quotechar: '"', encoding: 'utf-8' },
        now: t.clock.now(),
      });
      const busy = await upload(catalog(5, 'BUSY'));
      expect(busy.status).toBe(409);
      expect(busy.text).toContain('An import is already running for this seller');

      await processListingTask(t.deps, api.taskId);
      const second = await upload(catalog(5, 'SECOND'));
      expect(second.status).toBe(303);
      await waitDone(Number(second.location!.split('/').pop()));

      // 1 990 + 5 lines used: 20 more are refused until the API import is an hour old.
      const third = await upload(catalog(20, 'THIRD'));
      expect(third.status).toBe(429);
      // Numbers read the portal's locale: English in the French seller's region (en-FR).
      const n = (x: number) => new Intl.NumberFormat('en-FR').format(x);
      expect(third.text).toContain(`At most ${n(2000)} listing lines an hour`);
      expect(third.text).toContain('5 lines left');
      expect(third.text).toContain('2026-11-21 13:00 UTC');
      const tasks = await t.deps.db.select().from(sellerTasks).where(eq(sellerTasks.sellerId, sellerId));
      expect(tasks).toHaveLength(2);

      // The seller API sees the same budget.
      const key = await createApiKey(t.deps.db, { sellerId, name: 'k', createdBy: null, now: t.clock.now() });
      const ws = await t.app.request('/ws/listings', {
        method: 'POST',
        headers: {
          'user-agent': 'BM-Reloop-TestSuite;qa@example.com',
          'accept-language': 'fr-fr',
          accept: 'application/json',
          'content-type': 'application/json',
          authorization: `Basic ${key.token}`,
        },
        body: JSON.stringify({
          catalog: catalog(20, 'WS'),
          quotechar: '"',
          delimiter: ',',
          encoding: 'utf-8',
        }),
      });
      expect(ws.status).toBe(429);

      // An hour after the API import, its lines no longer count.
      t.clock.advance(60 * 60_000);
      const later = await upload(catalog(20, 'LATER'));
      expect(later.status).toBe(303);
      await waitDone(Number(later.location!.split('/').pop()));
    }, 240_000); // processes a 1 990-line import
  },
);
