/**
 * Issue 11 (defect 12): a business buyer's VAT number checked longer ago than
 * VAT_REVERIFY_AFTER_DAYS is checked again before a reverse charge applies, and that check is kept
 * on the business profile (accounts' record-vat-check.ts) so the next checkouts within the window
 * ask nobody. A number the register now calls invalid loses the reverse charge, and the review says so.
 */
import { and, asc, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import type { TestApp } from '../../../test/orders.ts';
import { DAY_MS } from '../../platform/clock.ts';
import { translator } from '../../platform/i18n.ts';
import { businessProfiles } from '../accounts/accounts.schema.ts';
import { offerPrices, offers } from '../offers/offers.schema.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import type { VatNumberVerifier } from '../tax/vat-number-verifier.ts';

const form = {
  'shippingAddress.name': 'Irène Joliot',
  'shippingAddress.line1': '11 rue Pierre et Marie Curie',
  'shippingAddress.postalCode': '75005',
  'shippingAddress.city': 'Paris',
  'shippingAddress.country': 'FR',
  paymentMethod: 'card',
  'card.number': '4242 4242 4242 4242',
  'card.expMonth': '12',
  'card.expYear': '2031',
  'card.cvc': '123',
  'card.holder': 'Irène Joliot',
};

describe.each(ENGINES)('VAT numbers re-verified at checkout on %s', (engine) => {
  let t: TestApp;
  let offerIds: number[];
  /** Every number the register was asked about (the real local verifier answers). */
  const asked: string[] = [];
  let ip = 30;

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 6, offers: 120 });
    const real = t.deps.vatVerifier;
    const counting: VatNumberVerifier = {
      verify: (vat) => {
        asked.push(vat.full);
        return real.verify(vat);
      },
    };
    t.deps.vatVerifier = counting;
    // Regular-VAT offers of German sellers: reverse-charged for a verified French business.
    offerIds = (
      await t.deps.db
        .select({ id: offers.id })
        .from(offers)
        .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'FR')))
        .innerJoin(sellers, eq(sellers.id, offers.sellerId))
        .where(
          and(
            gt(offers.quantity, 3),
            eq(offers.published, true),
            eq(offers.vatType, 'REGULAR'),
            eq(sellers.country, 'DE'),
          ),
        )
        .orderBy(asc(offers.id))
    ).map((o) => o.id);
    expect(offerIds.length).toBeGreaterThan(0);
  }, 60_000);
  afterAll(() => t?.close());

  /** A Reloop Pro buyer whose number was last verified (valid) `daysAgo` days ago. */
  const proBuyer = async (email: string, vatNumber: string, daysAgo: number) => {
    const a = await createActor(t.deps, { email, buyerType: 'business' });
    await t.deps.db
      .update(businessProfiles)
      .set({
        vatNumber,
        vatVerifiedAt: new Date(t.clock.now().getTime() - daysAgo * DAY_MS),
        vatVerifiedBy: 'local',
        vatConsultationRef: 'LOCAL-OLD',
      })
      .where(eq(businessProfiles.userId, a.userId));
    const b = new TestBrowser(t.app, `198.51.100.${ip++}`);
    expect((await b.post('/pro/fr-fr/sign-in', { email: a.email, password: a.password })).status).toBe(303);
    return { b, userId: a.userId };
  };
  const profileOf = async (userId: number) =>
    (await t.deps.db.select().from(businessProfiles).where(eq(businessProfiles.userId, userId)))[0]!;

  /** Review, then place; the review page's text and the placed order's lines. */
  const checkout = async (b: TestBrowser, n: number) => {
    const base = '/pro/fr-fr';
    await b.get(`${base}/cart`);
    expect(
      (await b.post(`${base}/cart/add`, { offerId: String(offerIds[n % offerIds.length]) })).status,
    ).toBeLessThan(400);
    const page = await b.get(`${base}/checkout`);
    const carriers = Object.fromEntries(
      [...page.text.matchAll(/name="(shipping\.\d+)" value="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
    );
    const review = await b.post(`${base}/checkout/review`, { ...form, ...carriers });
    expect(review.status, review.text.slice(0, 1500)).toBe(200);
    const hidden = Object.fromEntries(
      [...review.text.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [
        m[1]!,
        m[2]!,
      ]),
    );
    const placed = await b.post(`${base}/checkout/place`, hidden);
    expect(placed.status, placed.text.slice(0, 1500)).toBe(303);
    const checkoutId = /orders\/([0-9a-f-]{36})/.exec(placed.location!)![1]!;
    const [order] = await t.deps.db.select().from(orders).where(eq(orders.checkoutId, checkoutId));
    const lines = await t.deps.db.select().from(orderLines).where(eq(orderLines.orderId, order!.id));
    return { review: review.text, order: order!, lines };
  };

  it('a valid re-check is stored: two checkouts within the window ask the register once', async () => {
    asked.length = 0;
    const { b, userId } = await proBuyer('achats@recheck.example', 'FR40303265045', 40);
    const first = await checkout(b, 0);
    expect(first.lines[0]!.vatTreatment).toBe('reverse_charge');
    expect(asked).toEqual(['FR40303265045']);
    const stored = await profileOf(userId);
    expect(stored.vatVerifiedAt?.toISOString()).toBe(t.clock.now().toISOString());
    expect(stored.vatCheckResult).toBe('valid');
    expect(stored.vatConsultationRef).toMatch(/^LOCAL-[0-9A-F]{16}$/);
    expect(stored.vatVerifiedBy).toBe('local');

    t.clock.advance(DAY_MS);
    const second = await checkout(b, 1);
    expect(second.lines[0]!.vatTreatment).toBe('reverse_charge');
    expect(asked).toEqual(['FR40303265045']);
  });

  // The review page is in French (/pro/fr-fr): the notice's words up to the date.
  const NOT_CONFIRMED = translator('fr-FR')('checkout.vatNumberInvalid', {
    vatNumber: 'FR11999999998',
    date: '',
  }).split(' le ')[0]!;

  it('an invalid re-check removes the reverse charge, says so, and is not asked again within the window', async () => {
    asked.length = 0;
    const { b, userId } = await proBuyer('achats@radie.example', 'FR11999999998', 40);
    const first = await checkout(b, 2);
    expect(asked).toEqual(['FR11999999998']);
    expect(first.lines[0]!.vatTreatment).toBe('standard');
    expect(first.lines[0]!.lineVatMinor).toBeGreaterThan(0);
    expect(first.order.buyerVatNumber).toBeNull();
    expect(first.review).toContain('FR11999999998');
    expect(first.review).toContain(NOT_CONFIRMED);
    const stored = await profileOf(userId);
    expect(stored.vatCheckResult).toBe('invalid');
    expect(stored.vatVerifiedAt?.toISOString()).toBe(t.clock.now().toISOString());
    expect(stored.vatConsultationRef).toMatch(/^LOCAL-[0-9A-F]{16}$/);

    t.clock.advance(DAY_MS);
    const second = await checkout(b, 3);
    expect(second.lines[0]!.vatTreatment).toBe('standard');
    expect(second.review).toContain(NOT_CONFIRMED);
    expect(asked).toEqual(['FR11999999998']);
  });
});
