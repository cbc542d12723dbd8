import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { AppError } from '../../platform/errors.ts';
import { marketByCode } from '../../platform/markets.ts';
import { formatAmount } from '../../platform/money.ts';
import { saveOfferForm } from '../../web/seller/offer-form.ts';
import { repricerLog } from '../repricer/repricer.schema.ts';
import { sellerPrices } from '../repricer/seller-prices.ts';
import { applyCatalogLine } from '../seller-api/listing-batch.ts';
import { type ListingPatch, updateListing } from '../seller-api/update-listing.ts';
import { createOffer } from './create-offer.ts';
import { moveLivePrices } from './move-live-prices.ts';
import { buyboxWinners, offerPrices, offers } from './offers.schema.ts';

/**
 * updateOfferTerms is the one way offer terms change: the seller portal's form, the seller API
 * (/ws) and CSV batch lines go through it, so the same limits apply, price moves the seller did
 * not type are logged for the repricer, and the buybox follows without the caller asking.
 */
describe.each(ENGINES)('offer terms updates on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let productId: string;
  let sellerId: number;
  const FR = marketByCode('FR')!;
  let n = 0;

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 6, sellers: 3, offers: 12 });
    const [p] = await t.database.rows<{ id: string }>(sql`SELECT id FROM products ORDER BY slug LIMIT 1`);
    productId = p!.id;
    const [s] = await t.database.rows<{ id: number }>(
      sql`SELECT id FROM sellers WHERE status = 'active' AND verified AND country IN ('FR','DE','NL','BE','ES','IT','SE') ORDER BY id LIMIT 1`,
    );
    sellerId = s!.id;
  });
  afterAll(async () => t?.close());

  /** A fresh FR offer of the test seller: 200.00, stock 3, one carrier. */
  async function freshOffer(over: { price?: string; minPrice?: string } = {}) {
    const sku = `TERMS-${engine}-${++n}`;
    const { offerId } = await createOffer({
      db: t.deps.db,
      clock: t.clock,
      sellerId,
      input: {
        productId,
        grade: 'STALLONE',
        sku,
        quantity: 3,
        warrantyMonths: 12,
        vatType: 'MARGINAL',
        markets: [
          {
            market: 'fr-fr',
            price: over.price ?? '200.00',
            ...(over.minPrice ? { minPrice: over.minPrice } : {}),
            shipping: [{ carrier: 'Colissimo', price: '0', delayDays: 2 }],
          },
        ],
      },
    });
    return { offerId, sku };
  }
  const state = async (offerId: number) => {
    const [o] = await t.deps.db.select().from(offers).where(eq(offers.id, offerId));
    const [fr] = await t.deps.db
      .select()
      .from(offerPrices)
      .where(and(eq(offerPrices.offerId, offerId), eq(offerPrices.market, 'FR')));
    return { quantity: o!.quantity, warrantyMonths: o!.warrantyMonths, terms: fr! };
  };

  /** The portal's edit form as it shows an offer listed in FR only (one shipping option). */
  const editFormValues = (s: Awaited<ReturnType<typeof state>>): Record<string, string> => {
    const ship = s.terms.shipping[0]!;
    const money = (m: number) => formatAmount(m, 'EUR');
    return {
      quantity: String(s.quantity),
      warrantyMonths: String(s.warrantyMonths),
      published: 'on',
      price_FR: money(s.terms.priceMinor),
      minPrice_FR: s.terms.minPriceMinor === null ? '' : money(s.terms.minPriceMinor),
      comment_FR: s.terms.comment,
      carrier_FR_1: ship.carrier,
      shippingPrice_FR_1: money(ship.priceMinor),
      delayDays_FR_1: String(ship.delayDays),
    };
  };

  /**
   * One abstract change, and how each path says it. Every path gets the same change; the test
   * compares the outcome (accepted or refused, and the refusal's message).
   */
  type Change = {
    quantity?: number;
    warrantyMonths?: number;
    price?: string;
    minPrice?: string;
    comment?: string;
    carrier?: string;
    delayDays?: number;
  };
  type Path = {
    name: string;
    apply: (a: { offerId: number; sku: string }, c: Change) => Promise<void>;
  };
  const PATHS: Path[] = [
    {
      name: 'portal',
      apply: async ({ offerId }, c) => {
        const values = editFormValues(await state(offerId));
        if (c.quantity !== undefined) values.quantity = String(c.quantity);
        if (c.warrantyMonths !== undefined) values.warrantyMonths = String(c.warrantyMonths);
        if (c.price !== undefined) values.price_FR = c.price;
        if (c.minPrice !== undefined) values.minPrice_FR = c.minPrice;
        if (c.comment !== undefined) values.comment_FR = c.comment;
        if (c.carrier !== undefined) values.carrier_FR_1 = c.carrier;
        if (c.delayDays !== undefined) values.delayDays_FR_1 = String(c.delayDays);
        await saveOfferForm(t.deps.db, t.clock, { sellerId, offerId, values });
      },
    },
    {
      name: '/ws',
      apply: async ({ offerId }, c) => {
        const patch: ListingPatch = {
          ...(c.quantity !== undefined ? { quantity: c.quantity } : {}),
          ...(c.warrantyMonths !== undefined ? { warrantyMonths: c.warrantyMonths } : {}),
          ...(c.price !== undefined ? { price: c.price } : {}),
          ...(c.minPrice !== undefined ? { minPrice: c.minPrice } : {}),
          ...(c.comment !== undefined ? { comment: c.comment } : {}),
          ...(c.carrier !== undefined || c.delayDays !== undefined
            ? {
                shipping: [
                  {
                    index: 1,
                    ...(c.carrier !== undefined ? { carrier: c.carrier } : {}),
                    ...(c.delayDays !== undefined ? { delayHours: c.delayDays * 24 } : {}),
                  },
                ],
              }
            : {}),
        };
        await updateListing({ db: t.deps.db, clock: t.clock }, { sellerId, offerId, market: FR, patch });
      },
    },
    {
      name: 'CSV',
      apply: async ({ sku }, c) => {
        const row: Record<string, string> = { sku };
        if (c.quantity !== undefined) row.quantity = String(c.quantity);
        if (c.warrantyMonths !== undefined) row.warranty_delay = String(c.warrantyMonths);
        if (c.price !== undefined) row.price = c.price;
        if (c.minPrice !== undefined) row.min_price = c.minPrice;
        if (c.comment !== undefined) row.comment = c.comment;
        if (c.carrier !== undefined) row.shipper_1 = c.carrier;
        if (c.delayDays !== undefined) row.shipping_delay_1 = String(c.delayDays * 24);
        await applyCatalogLine({ db: t.deps.db, clock: t.clock }, { sellerId, market: FR, row });
      },
    },
  ];

  const LIMITS: Array<{ change: Change; ok: boolean }> = [
    { change: { quantity: 100_000 }, ok: true },
    { change: { quantity: 100_001 }, ok: false },
    { change: { warrantyMonths: 120 }, ok: true },
    { change: { warrantyMonths: 121 }, ok: false },
    { change: { warrantyMonths: 11 }, ok: false },
    { change: { price: '0' }, ok: false },
    { change: { price: '13.123' }, ok: false },
    { change: { price: '150.00', minPrice: '160.00' }, ok: false },
    { change: { price: '150.00', minPrice: '150.00' }, ok: true },
    { change: { comment: 'x'.repeat(500) }, ok: true },
    { change: { comment: 'x'.repeat(501) }, ok: false },
    { change: { carrier: 'x'.repeat(40) }, ok: true },
    { change: { carrier: 'x'.repeat(41) }, ok: false },
    { change: { delayDays: 60 }, ok: true },
    { change: { delayDays: 61 }, ok: false },
  ];

  it('applies one set of limits on the portal, /ws and CSV alike', async () => {
    for (const { change, ok } of LIMITS) {
      const outcomes: string[] = [];
      for (const path of PATHS) {
        const offer = await freshOffer();
        const before = await state(offer.offerId);
        const err = await path.apply(offer, change).then(
          () => null,
          (e: unknown) => e,
        );
        if (err !== null && !(err instanceof AppError)) throw err;
        if (err) {
          expect(err.code, `${path.name} ${JSON.stringify(change)}`).toBe('INVALID_INPUT');
          expect(await state(offer.offerId)).toEqual(before);
        }
        outcomes.push(err ? `refused: ${err.fields.map((f) => f.message).join('; ')}` : 'accepted');
      }
      const label = JSON.stringify(change).slice(0, 60);
      expect(outcomes[0]!.startsWith(ok ? 'accepted' : 'refused'), `${label}: ${outcomes[0]}`).toBe(true);
      expect(new Set(outcomes).size, `${label}: ${outcomes.join(' | ')}`).toBe(1);
    }
  });

  it('records a price move in the repricer log from each path, and keeps the seller’s price', async () => {
    for (const path of PATHS) {
      // Seller's price 200.00, floor 150.00; the repricer has lowered the live price to 160.00.
      const offer = await freshOffer({ price: '200.00', minPrice: '150.00' });
      await moveLivePrices(
        { db: t.deps.db, clock: t.clock },
        {
          moves: [
            {
              offerId: offer.offerId,
              productId,
              market: 'FR',
              fromMinor: 20000,
              toMinor: 16000,
              reason: 'test',
            },
          ],
        },
      );
      // The seller raises the floor to 180.00 and keeps its price: the live price moves up to it.
      await path.apply(
        offer,
        path.name === 'portal' ? { price: '200.00', minPrice: '180.00' } : { minPrice: '180.00' },
      );
      const { terms } = await state(offer.offerId);
      expect(terms, path.name).toMatchObject({ priceMinor: 18000, minPriceMinor: 18000 });
      const log = await t.deps.db
        .select()
        .from(repricerLog)
        .where(eq(repricerLog.offerId, offer.offerId))
        .orderBy(asc(repricerLog.id));
      expect(
        log.map((l) => [l.fromMinor, l.toMinor, l.reason]),
        path.name,
      ).toEqual([
        [20000, 16000, 'test'],
        [16000, 18000, 'Moved within your new minimum price'],
      ]);
      const seller = await sellerPrices(t.deps.db, [
        { offerId: offer.offerId, market: 'FR', priceMinor: 18000 },
      ]);
      expect(seller.get(`${offer.offerId}|FR`), path.name).toBe(20000);
    }
  });

  it('refreshes the buybox itself on every path', async () => {
    const winner = async () => {
      const [w] = await t.deps.db
        .select()
        .from(buyboxWinners)
        .where(
          and(
            eq(buyboxWinners.productId, productId),
            eq(buyboxWinners.market, 'FR'),
            eq(buyboxWinners.grade, 'STALLONE'),
          ),
        );
      return w ?? null;
    };
    for (const path of PATHS) {
      // Every STALLONE offer of the product out of stock, then this one priced to win.
      await t.database.rows(
        sql`UPDATE offers SET quantity = 0 WHERE product_id = ${productId} AND grade = 'STALLONE'`,
      );
      const offer = await freshOffer({ price: '300.00' });
      await path.apply(offer, { price: '1.00' });
      expect(await winner(), path.name).toMatchObject({ offerId: offer.offerId, priceMinor: 100 });
      await path.apply(offer, { quantity: 0 });
      expect((await winner())?.offerId ?? null, path.name).not.toBe(offer.offerId);
    }
  });
});
