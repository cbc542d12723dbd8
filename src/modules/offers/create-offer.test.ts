import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { AppError } from '../../platform/errors.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { createOffer } from './create-offer.ts';
import { refreshBuybox } from './refresh-buybox.ts';

describe.each(ENGINES)('offers on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let productId: string;
  let productSlug: string;
  let sellerId: number;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 20, sellers: 6, offers: 120 });
    const [p] = await t.database.rows<{ id: string; slug: string }>(
      sql`SELECT id, slug FROM products ORDER BY slug LIMIT 1`,
    );
    productId = p!.id;
    productSlug = p!.slug;
    const [s] = await t.database.rows<{ id: number }>(
      sql`SELECT id FROM sellers WHERE status = 'active' AND verified ORDER BY aesthetic_defect_bp + cancellation_bp LIMIT 1`,
    );
    sellerId = s!.id;
  });
  afterAll(async () => t?.close());

  const valid = (over: Record<string, unknown> = {}) => ({
    productId,
    grade: 'PREMIUM',
    sku: 'TEST-SKU-1',
    quantity: 3,
    warrantyMonths: 12,
    vatType: 'MARGINAL',
    markets: [
      { market: 'fr-fr', price: '1.00', shipping: [{ carrier: 'Colissimo', price: '0', delayDays: 2 }] },
    ],
    ...over,
  });
  const offerCount = async () =>
    (await t.database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM offers`))[0]!.n;
  const fieldsOf = async (input: unknown) => {
    const err = await createOffer({ db: t.deps.db, clock: t.clock, sellerId, input }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).fields.map((f) => f.field);
  };

  it('refuses invalid offers field by field and changes nothing', async () => {
    const before = await offerCount();
    expect(await fieldsOf(valid({ warrantyMonths: 11 }))).toEqual(['warrantyMonths']);
    expect(
      await fieldsOf(
        valid({
          markets: [
            { market: 'fr-fr', price: '13.123', shipping: [{ carrier: 'X', price: '0', delayDays: 1 }] },
          ],
        }),
      ),
    ).toEqual(['markets.0.price']);
    expect(await fieldsOf(valid({ quantity: -1 }))).toEqual(['quantity']);
    expect(await fieldsOf(valid({ productId: '00000000-0000-4000-8000-000000000000' }))).toEqual([
      'productId',
    ]);
    expect(await fieldsOf(valid({ comment: 'x' }))).toEqual(['comment']);
    expect(await offerCount()).toBe(before);
  });

  it('refuses markets the seller may not sell in: a UK seller lists only in GB', async () => {
    const [uk] = await t.database.rows<{ id: number }>(
      sql`INSERT INTO sellers (slug, name, legal_name, address_line, postal_code, city, country, trade_register, trade_register_number, email, phone, verified)
          VALUES ('uk-test', 'UK Test', 'UK Test Ltd', '1 High St', 'SW1A 1AA', 'London', 'GB', 'Companies House', '01234567', 'uk@example.com', '+44 20 0000 0000', true) RETURNING id`,
    );
    const err = await createOffer({ db: t.deps.db, clock: t.clock, sellerId: uk!.id, input: valid() }).catch(
      (e) => e,
    );
    expect((err as AppError).fields).toEqual([
      { field: 'markets.0.market', message: 'is not open to a seller based in GB (markets: GB)' },
    ]);
    const gb = valid({
      sku: 'UK-GB-1',
      markets: [
        { market: 'en-gb', price: '1.00', shipping: [{ carrier: 'Royal Mail', price: '0', delayDays: 2 }] },
      ],
    });
    expect(
      (await createOffer({ db: t.deps.db, clock: t.clock, sellerId: uk!.id, input: gb })).offerId,
    ).toBeGreaterThan(0);
  });

  it('creates an offer, refuses the same SKU in another case, and the cheaper offer takes the buybox', async () => {
    const { offerId } = await createOffer({ db: t.deps.db, clock: t.clock, sellerId, input: valid() });
    expect(offerId).toBeGreaterThan(0);
    expect(await fieldsOf(valid({ sku: 'test-sku-1', grade: 'GOOD' }))).toEqual(['sku']);
    const detail = await t.get(`/api/v1/products/${productSlug}?market=fr-fr`);
    const premium = detail.body.grades.find((g: { grade: string }) => g.grade === 'PREMIUM');
    expect(premium.winner.id).toBe(offerId);
    expect(premium.winner.price).toEqual({ amount: '1.00', currency: 'EUR' });
    // The materialised buybox used by listings agrees.
    const [row] = await t.database.rows<{ offer_id: number }>(
      sql`SELECT offer_id FROM buybox_winners WHERE product_id = ${productId} AND market = 'FR' AND grade = 'PREMIUM'`,
    );
    expect(row?.offer_id).toBe(offerId);
  });

  it('drops a suspended seller’s offers from the buybox', async () => {
    await t.deps.db.update(sellers).set({ status: 'suspended' }).where(eq(sellers.id, sellerId));
    await refreshBuybox({ db: t.deps.db, productIds: [productId] });
    const offers = await t.get(`/api/v1/products/${productSlug}/offers?market=fr-fr`);
    const [mine] = await t.database.rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM offers WHERE seller_id = ${sellerId} AND product_id = ${productId}`,
    );
    expect(mine!.n).toBeGreaterThan(0);
    const sellerSlug = (
      await t.database.rows<{ slug: string }>(sql`SELECT slug FROM sellers WHERE id = ${sellerId}`)
    )[0]!.slug;
    expect(offers.body.offers.some((o: { seller: { slug: string } }) => o.seller.slug === sellerSlug)).toBe(
      false,
    );
    await t.deps.db.update(sellers).set({ status: 'active' }).where(eq(sellers.id, sellerId));
  });
});
