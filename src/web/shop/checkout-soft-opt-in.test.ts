/**
 * The soft opt-in at checkout (ePrivacy Art. 13(2)) on every engine: a signed-in consumer with no
 * marketing choice yet sees an unticked "no offers" box; left unticked, the paid order records the
 * soft opt-in and the deals newsletter may go; ticked, nothing is recorded; nor for a person who
 * objected to marketing or restricted processing, nor before the money arrives.
 */
import { and, eq, gt, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { TEST_CARDS } from '../../../test/orders.ts';
import { maySendMarketing } from '../../modules/marketing/marketing.rules.ts';
import { loadPreferences } from '../../modules/marketing/marketing.store.ts';
import { lastPaidOrderAt } from '../../modules/marketing/marketing-people.read-model.ts';
import { objectToMarketing } from '../../modules/marketing/object-to-marketing.ts';
import { saveMarketingChoices } from '../../modules/marketing/save-marketing-choices.ts';
import { offerPrices, offers } from '../../modules/offers/offers.schema.ts';
import { restrictProcessing } from '../../modules/privacy/restrict-processing.ts';
import { sellers } from '../../modules/sellers/sellers.schema.ts';

const form = {
  'shippingAddress.name': 'Grace Hopper',
  'shippingAddress.line1': '5 avenue Anatole France',
  'shippingAddress.postalCode': '75007',
  'shippingAddress.city': 'Paris',
  'shippingAddress.country': 'FR',
  paymentMethod: 'card',
  'card.expMonth': '12',
  'card.expYear': '2031',
  'card.cvc': '123',
  'card.holder': 'Grace Hopper',
  'card.number': TEST_CARDS.ok,
};
const BOX = 'name="declineOffers"';

describe.each(ENGINES)('soft opt-in at checkout (%s)', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let offerIds: number[];
  let ip = 10;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    offerIds = (
      await t.deps.db
        .select({ id: offers.id })
        .from(offers)
        .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'FR')))
        .innerJoin(sellers, eq(sellers.id, offers.sellerId))
        .where(
          and(gt(offers.quantity, 5), eq(offers.published, true), inArray(sellers.country, ['FR', 'DE'])),
        )
        .limit(1)
    ).map((r) => r.id);
  });
  afterAll(() => t?.close());

  /** A signed-in (or guest) browser with one device in its cart, on the checkout page. */
  const atCheckout = async (email: string | null) => {
    const b = new TestBrowser(t.app, `203.0.113.${ip++}`);
    let userId = 0;
    if (email) {
      const actor = await createActor(t.deps, { email });
      b.cookies.set('rl_session', (await actor.cookie()).split('=')[1]!);
      userId = actor.userId;
    }
    await b.get('/fr-fr/cart');
    await b.post('/fr-fr/cart/add', { offerId: String(offerIds[0]!) });
    const page = await b.get('/fr-fr/checkout');
    expect(page.status).toBe(200);
    const shipping = Object.fromEntries(
      [...page.text.matchAll(/name="(shipping\.\d+)" value="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
    );
    const offered = page.text.includes('<input type="hidden" name="softOptInOffered" value="1">');
    return { b, userId, page, shipping, offered };
  };
  /** Review, then place: the review page carries every field of the form as hidden inputs. */
  const buy = async (c: Awaited<ReturnType<typeof atCheckout>>, extra: Record<string, string> = {}) => {
    const fields = { ...form, ...c.shipping, ...(c.offered ? { softOptInOffered: '1' } : {}), ...extra };
    const review = await c.b.post('/fr-fr/checkout/review', fields);
    expect(review.status).toBe(200);
    const hidden = Object.fromEntries(
      [...review.text.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [
        m[1]!,
        m[2]!,
      ]),
    );
    return c.b.post('/fr-fr/checkout/place', hidden);
  };
  const userOf = (c: { userId: number }) => c.userId;

  it('shows the unticked opt-out box to a signed-in consumer without a choice, not to a guest or someone who chose', async () => {
    const fresh = await atCheckout('fresh@example.com');
    expect(fresh.offered).toBe(true);
    expect(fresh.page.text).toContain(
      'Ne pas m’envoyer d’offres sur des appareils reconditionnés similaires',
    );
    expect(fresh.page.text).toMatch(
      /name="declineOffers" value="1" aria-describedby="f-declineOffers-hint">/,
    );
    expect((await atCheckout(null)).page.text).not.toContain(BOX);

    const chose = await createActor(t.deps, { email: 'chose@example.com' });
    await saveMarketingChoices(t.deps, {
      userId: chose.userId,
      source: 'account',
      choices: {
        channels: { email: true, sms: false, push: false },
        categories: ['tips'],
        frequency: 'monthly',
      },
    });
    const b = new TestBrowser(t.app, '203.0.113.200');
    b.cookies.set('rl_session', (await chose.cookie()).split('=')[1]!);
    await b.post('/fr-fr/cart/add', { offerId: String(offerIds[0]!) });
    expect((await b.get('/fr-fr/checkout')).text).not.toContain(BOX);
  });

  it('paid without the box ticked: the soft opt-in is recorded and the deals newsletter may go', async () => {
    const c = await atCheckout('soft@example.com');
    expect((await buy(c)).status).toBe(303);
    const prefs = await loadPreferences(t.deps.db, userOf(c));
    expect(prefs).toMatchObject({
      channels: { email: true, sms: false, push: false },
      categories: ['deals', 'new_arrivals'],
      basis: 'soft_opt_in',
      basisSource: 'checkout',
      basisAt: t.clock.now(),
    });
    const state = { ...prefs!, lastPaidOrderAt: await lastPaidOrderAt(t.deps.db, userOf(c)) };
    expect(maySendMarketing(state, { channel: 'email', category: 'deals' }, t.clock.now())).toEqual({
      send: true,
    });
    expect(maySendMarketing(state, { channel: 'email', category: 'tips' }, t.clock.now())).toMatchObject({
      send: false,
    });
  });

  it('with the box ticked, nothing is recorded (and the box stays ticked on a refused form)', async () => {
    const c = await atCheckout('nothanks@example.com');
    const refused = await c.b.post('/fr-fr/checkout/review', {
      ...form,
      ...c.shipping,
      softOptInOffered: '1',
      declineOffers: '1',
      'shippingAddress.postalCode': 'ABC',
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toMatch(
      /name="declineOffers" value="1" aria-describedby="f-declineOffers-hint" checked>/,
    );
    expect((await buy(c, { declineOffers: '1' })).status).toBe(303);
    expect(await lastPaidOrderAt(t.deps.db, userOf(c))).not.toBeNull();
    expect(await loadPreferences(t.deps.db, userOf(c))).toBeNull();
  });

  it('a person who objected to marketing, or restricted processing, gets nothing (and sees no box)', async () => {
    const objected = await atCheckout('objected@example.com');
    await objectToMarketing(t.deps, { userId: userOf(objected) });
    expect((await objected.b.get('/fr-fr/checkout')).text).not.toContain(BOX);
    // Even a form claiming the box was shown records nothing.
    expect((await buy({ ...objected, offered: true })).status).toBe(303);
    expect(await loadPreferences(t.deps.db, userOf(objected))).toMatchObject({
      basis: 'none',
      channels: { email: false },
    });

    const restricted = await atCheckout('restricted@example.com');
    await restrictProcessing(t.deps, { userId: userOf(restricted), reason: 'accuracy_contested' });
    expect((await restricted.b.get('/fr-fr/checkout')).text).not.toContain(BOX);
    expect((await buy({ ...restricted, offered: true })).status).toBe(303);
    expect(await loadPreferences(t.deps.db, userOf(restricted))).toBeNull();
  });

  it('nothing before the money arrives: a bank transfer awaiting payment records nothing', async () => {
    const c = await atCheckout('transfer@example.com');
    expect(c.offered).toBe(true);
    const placed = await buy(c, { paymentMethod: 'bank_transfer' });
    expect(placed.status).toBe(303);
    expect(await lastPaidOrderAt(t.deps.db, userOf(c))).toBeNull();
    expect(await loadPreferences(t.deps.db, userOf(c))).toBeNull();
  });

  it('a card paid after 3-D Secure records it when the payment succeeds', async () => {
    const c = await atCheckout('challenge@example.com');
    const placed = await buy(c, { 'card.number': TEST_CARDS.challenge });
    const challenge = new URL(placed.location!, 'http://reloop.test');
    expect(challenge.pathname).toMatch(/^\/sandbox\/challenge\//);
    expect(await loadPreferences(t.deps.db, userOf(c))).toBeNull();
    const bank = await c.b.get(challenge.pathname + challenge.search);
    const returnUrl = /name="return_url" value="([^"]+)"/.exec(bank.text)![1]!;
    await c.b.post(challenge.pathname, { decision: 'approve', return_url: returnUrl });
    expect(await loadPreferences(t.deps.db, userOf(c))).toMatchObject({ basis: 'soft_opt_in' });
  });
});
