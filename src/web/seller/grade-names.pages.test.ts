/**
 * The seller portal names grades ("Very good", "Well used"), never by their seller-API codes
 * (issue 13): the offers list, an offer's page and its form, an order's lines and the dashboard's
 * buybox chart. The codes stay in links and form values, and on the API.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, placeOrder } from '../../../test/orders.ts';
import { users } from '../../modules/accounts/accounts.schema.ts';
import { gradeName } from '../../modules/offers/grade-names.ts';
import { offers } from '../../modules/offers/offers.schema.ts';
import { sellers } from '../../modules/sellers/sellers.schema.ts';
import { sellerSurface } from './seller.surface.ts';

const CODE = /\b(PREMIUM|EXCELLENT|VERY_GOOD|GOOD|FAIR|STALLONE)\b/;
/** The text a person reads: tags and their attributes (links and form values keep the code) removed. */
const visible = (page: string) =>
  page
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe.each(ENGINES)('grade names in the seller portal on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let b: TestBrowser;
  let sellerId: number;
  let offerId: number;
  let grade: string;
  let productId: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    sellerSurface.register!(t.app, t.deps);
    const picks = await offerPicks(t);
    const ok = new Set(
      (
        await t.deps.db
          .select({ id: sellers.id })
          .from(sellers)
          .where(and(eq(sellers.status, 'active'), eq(sellers.verified, true)))
      ).map((s) => s.id),
    );
    const pick = picks.find((p) => ok.has(p.sellerId))!;
    sellerId = pick.sellerId;
    offerId = pick.id;
    const [row] = await t.deps.db
      .select({ g: offers.grade, p: offers.productId })
      .from(offers)
      .where(eq(offers.id, offerId));
    grade = row!.g;
    productId = row!.p;
    const actor = await createActor(t.deps, {
      email: `grades-owner-${engine}@seller.example`,
      sellers: [{ sellerId, role: 'owner' }],
    });
    b = new TestBrowser(t.app);
    b.cookies.set('rl_session', (await actor.cookie()).replace(/^rl_session=/, ''));
  });
  // These assertions read the portal in English: its users chose English (otherwise a seller's
  // portal reads its market's language, portal-language.test.ts).
  beforeEach(async () => {
    await t.deps.db.update(users).set({ language: 'en' });
  });
  afterAll(async () => t?.close());

  it('offers, an offer and its form, and the dashboard chart show grade names', async () => {
    for (const path of ['', '/offers', `/offers/${offerId}`, `/offers/new?productId=${productId}`]) {
      const r = await b.get(`/seller/${sellerId}${path}`);
      expect(r.status, path).toBe(200);
      expect(visible(r.text), path).not.toMatch(CODE);
    }
    const list = await b.get(`/seller/${sellerId}/offers`);
    expect(visible(list.text)).toContain(gradeName(grade, 'en'));
    const form = await b.get(`/seller/${sellerId}/offers/new?productId=${productId}`);
    expect(form.text).toContain(`<option value="VERY_GOOD"`);
    expect(visible(form.text)).toContain('Very good');
  });

  it('an order’s lines show the grade name', async () => {
    const placed = await placeOrder(t, { lines: [{ offerId }], email: `grades-buyer-${engine}@example.com` });
    const r = await b.get(`/seller/${sellerId}/orders/${placed.orders[0].id}`);
    expect(r.status).toBe(200);
    expect(visible(r.text)).toContain(gradeName(grade, 'en'));
    expect(visible(r.text)).not.toMatch(CODE);
  });
});
