import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks } from '../../../test/orders.ts';
import { marketByCode } from '../../platform/markets.ts';
import { users } from '../accounts/accounts.schema.ts';
import { products } from '../catalog/catalog.schema.ts';
import { decideComplaint } from '../compliance/decide-complaint.ts';
import { decideDsaNotice } from '../compliance/decide-dsa-notice.ts';
import { submitComplaint } from '../compliance/submit-complaint.ts';
import { submitDsaNotice } from '../compliance/submit-dsa-notice.ts';
import { createApiKey } from '../seller-api/api-keys.ts';
import { updateListing } from '../seller-api/update-listing.ts';
import { buyboxWinners, offers } from './offers.schema.ts';
import { updateOfferTerms } from './update-offer-terms.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** What a browser sends for the form posting to `action`: its text inputs and ticked boxes. */
function formValues(page: string, action: string): Record<string, string> {
  const start = page.indexOf(`<form method="post" action="${action}"`);
  expect(start, `form ${action}`).toBeGreaterThan(-1);
  const form = page.slice(start, page.indexOf('</form>', start));
  const out: Record<string, string> = {};
  for (const m of form.matchAll(/<input\b[^>]*>/g)) {
    const tag = m[0];
    const name = /\bname="([^"]+)"/.exec(tag)?.[1];
    if (!name || name === '_csrf') continue;
    if (/type="checkbox"/.test(tag)) {
      if (/\schecked\b/.test(tag)) out[name] = 'on';
      continue;
    }
    out[name] = decode(/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? '');
  }
  return out;
}

describe.each(ENGINES)('an offer delisted after a DSA notice, on %s', (engine) => {
  let t: T;
  let offerId: number;
  let sellerId: number;
  let ownerId: number;
  let deciderId: number;
  let reviewerId: number;
  let seller: TestBrowser;
  let statementId: string;

  const offerRow = async () => (await t.deps.db.select().from(offers).where(eq(offers.id, offerId)))[0]!;
  const inBuybox = async () =>
    (await t.deps.db.select().from(buyboxWinners).where(eq(buyboxWinners.offerId, offerId))).length > 0;
  const editPath = () => `/seller/${sellerId}/offers/${offerId}`;
  const FIELDS = {
    quantity: 'quantity',
    warrantyMonths: 'warrantyMonths',
    market: () => 'market',
    removeMarket: () => 'market',
    terms: () => ({
      price: 'price',
      minPrice: 'minPrice',
      comment: 'comment',
      shipping: 'shipping',
      carrier: () => 'carrier',
      shippingPrice: () => 'shippingPrice',
      delayDays: () => 'delayDays',
    }),
  };

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 3, offers: 16 });
    const pick = (await offerPicks(t))[0]!;
    offerId = pick.id;
    sellerId = pick.sellerId;
    const [row] = await t.deps.db
      .select({ slug: products.slug })
      .from(offers)
      .innerJoin(products, eq(products.id, offers.productId))
      .where(eq(offers.id, offerId));
    const owner = await createActor(t.deps, {
      email: 'owner@delisted.example',
      sellers: [{ sellerId, role: 'owner' }],
    });
    ownerId = owner.userId;
    seller = new TestBrowser(t.app);
    seller.cookies.set('rl_session', (await owner.cookie()).replace(/^rl_session=/, ''));
    deciderId = (
      await createActor(t.deps, { email: 'c1@reloop.example', buyerType: null, operator: ['compliance'] })
    ).userId;
    reviewerId = (
      await createActor(t.deps, { email: 'c2@reloop.example', buyerType: null, operator: ['compliance'] })
    ).userId;
    const { noticeId } = await submitDsaNotice(t.deps, {
      form: {
        contentKind: 'offer',
        url: `http://reloop.test/fr-fr/p/${row!.slug}?offer=${offerId}`,
        category: 'unsafe_products',
        explanation: 'The charger sold with this phone has no CE marking and overheats.',
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        goodFaith: true,
      },
      market: 'FR',
      locale: 'fr-FR',
      userId: null,
    });
    const decided = await decideDsaNotice(t.deps, {
      noticeId,
      decision: 'delist_offer',
      reason: 'No CE marking on the charger.',
      ground: 'illegal_content',
      legalGround: 'Regulation (EU) 2023/988, Art. 5',
      operatorUserId: deciderId,
    });
    statementId = decided.statementId!;
  });
  afterAll(() => t?.close());

  it('is recorded on the offer as removed by the platform, off sale', async () => {
    const o = await offerRow();
    expect(o.published).toBe(false);
    expect(o.delistedByPlatformAt).toEqual(t.clock.now());
    expect(await inBuybox()).toBe(false);
  });

  it('the seller cannot publish it again from the portal: 409 with the reason in the portal language', async () => {
    await t.deps.db.update(users).set({ language: 'fr' }).where(eq(users.id, ownerId));
    const page = await seller.get(editPath());
    expect(page.status).toBe(200);
    // The offer page says why it is off sale, and where the statement is.
    expect(page.text).toContain('Retirée par Reloop après un signalement');
    expect(page.text).toContain(`/seller/${sellerId}/decisions`);
    const values = formValues(page.text, editPath());
    const res = await seller.post(editPath(), { ...values, published: 'on' });
    expect(res.status).toBe(409);
    expect(res.text).toContain('Retirée par Reloop après un signalement');
    const o = await offerRow();
    expect(o.published).toBe(false);
    expect(await inBuybox()).toBe(false);
    // Saving other terms without publishing still works (stock, warranty).
    const saved = await seller.post(editPath(), { ...values, quantity: '9' });
    expect(saved.status).toBe(303);
    expect((await offerRow()).quantity).toBe(9);
    expect((await offerRow()).published).toBe(false);
  });

  it('nor through the offers use case (any caller), changing nothing', async () => {
    const before = await offerRow();
    await expect(
      updateOfferTerms(
        { db: t.deps.db, clock: t.deps.clock },
        { sellerId, offerId, published: true, quantity: 3, fields: FIELDS },
      ),
    ).rejects.toMatchObject({ code: 'INVALID_STATE', fields: [{ field: 'published' }] });
    const after = await offerRow();
    expect(after.quantity).toBe(before.quantity);
    expect(after.published).toBe(false);
  });

  it('stock changes through /ws or a CSV line keep it off sale', async () => {
    const { token } = await createApiKey(t.deps.db, {
      sellerId,
      name: 'ws',
      createdBy: null,
      now: t.clock.now(),
    });
    const res = await t.app.request(`/ws/listings/${offerId}`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${token}`,
        'content-type': 'application/json',
        accept: 'application/json',
        'accept-language': 'fr-fr',
        'user-agent': 'DelistTest/1.0',
      },
      body: JSON.stringify({ quantity: 12 }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ quantity: 12, publication_state: 4 });
    await updateListing(t.deps, { sellerId, offerId, market: marketByCode('FR')!, patch: { quantity: 4 } });
    expect(await offerRow()).toMatchObject({ quantity: 4, published: false });
    expect(await inBuybox()).toBe(false);
  });

  it('an upheld complaint puts it back on sale and clears the mark; the seller controls it again', async () => {
    const { complaintId } = await submitComplaint(t.deps, {
      statementId,
      explanation: 'The CE marking is on the charger, see the photos.',
      userId: ownerId,
      sellerIds: [sellerId],
      market: 'FR',
      locale: 'fr-FR',
    });
    await decideComplaint(t.deps, {
      complaintId,
      uphold: true,
      note: 'The marking is there.',
      operatorUserId: reviewerId,
    });
    const o = await offerRow();
    expect(o).toMatchObject({ published: true, delistedByPlatformAt: null });
    const page = await seller.get(editPath());
    expect(page.text).not.toContain('Retirée par Reloop après un signalement');
    const values = formValues(page.text, editPath());
    const { published: _, ...unpublished } = values;
    expect((await seller.post(editPath(), unpublished)).status).toBe(303);
    expect((await offerRow()).published).toBe(false);
    expect((await seller.post(editPath(), { ...values, published: 'on' })).status).toBe(303);
    expect((await offerRow()).published).toBe(true);
  });
});
