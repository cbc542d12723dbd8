import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, type Pick, placeOrder, shipOrder, type TestApp } from '../../../test/orders.ts';
import { DAY_MS } from '../../platform/clock.ts';
import { categories } from '../catalog/catalog.schema.ts';
import { ledgerPostings } from '../ledger/ledger.schema.ts';
import { orderLines } from '../orders/orders.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { categoryExists, sellerExists } from './commission-rates.read-model.ts';
import { sellersToCharge } from './monthly-fees.read-model.ts';
import {
  ledgerOwed,
  lockSellerForPayout,
  payoutCandidates,
  shippedOrdersWithLines,
} from './payout-run.read-model.ts';
import { setCategoryRate } from './set-category-rate.ts';

/** The payouts module's read models over other modules' tables (they never write). */
describe.each(ENGINES)('payouts read models on %s', (engine) => {
  let t: TestApp;
  let picks: Pick[];
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 6, sellers: 3, offers: 30 });
    picks = await offerPicks(t);
  });
  afterAll(() => t.close());

  it('payout run: candidates, shipped orders with their lines, and what the ledger owes', async () => {
    const sellerId = picks[0]!.sellerId;
    const now = t.clock.now();
    const [placed] = (await placeOrder(t, { lines: [{ offerId: picks[0]!.id }] })).orders;
    const cutoff = new Date(now.getTime() - DAY_MS);
    expect(await shippedOrdersWithLines(t.deps.db, { sellerId, currency: 'EUR', cutoff })).toEqual({
      orders: [],
      lines: [],
    });
    await shipOrder(t, placed!.id, new Date(now.getTime() - 2 * DAY_MS));

    expect(await payoutCandidates(t.deps.db, cutoff)).toContainEqual({ sellerId, currency: 'EUR' });
    expect(await payoutCandidates(t.deps.db, new Date(now.getTime() - 3 * DAY_MS))).not.toContainEqual({
      sellerId,
      currency: 'EUR',
    });
    const shipped = await shippedOrdersWithLines(t.deps.db, { sellerId, currency: 'EUR', cutoff });
    expect(shipped.orders.map((o) => o.id)).toEqual([placed!.id]);
    const lines = await t.deps.db.select().from(orderLines).where(eq(orderLines.orderId, placed!.id));
    expect(shipped.lines.map((l) => l.id).sort()).toEqual(lines.map((l) => l.id).sort());

    const [sum] = await t.deps.db
      .select({ s: sql<string>`coalesce(sum(${ledgerPostings.amountMinor}), 0)` })
      .from(ledgerPostings)
      .where(
        and(eq(ledgerPostings.account, `seller_payable:${sellerId}`), eq(ledgerPostings.currency, 'EUR')),
      );
    expect(await ledgerOwed(t.deps.db, sellerId, 'EUR')).toBe(-Number(sum!.s));
    // No postings in that currency: nothing owed (−0 as computed, equal to 0).
    expect((await ledgerOwed(t.deps.db, sellerId, 'GBP')) === 0).toBe(true);
    // The lock is taken inside the caller's transaction and changes nothing.
    await t.deps.db.transaction((tx) => lockSellerForPayout(tx, sellerId));
  });

  it('monthly fees: only active sellers are charged', async () => {
    const all = await t.deps.db.select({ id: sellers.id }).from(sellers).orderBy(sellers.id);
    await t.deps.db.update(sellers).set({ status: 'suspended' }).where(eq(sellers.id, all[0]!.id));
    try {
      expect((await sellersToCharge(t.deps.db)).map((s) => s.id)).toEqual(all.slice(1).map((s) => s.id));
    } finally {
      await t.deps.db.update(sellers).set({ status: 'active' }).where(eq(sellers.id, all[0]!.id));
    }
  });

  it('commission rates: a rate is set only for an existing category or seller', async () => {
    const [cat] = await t.deps.db.select({ id: categories.id }).from(categories).limit(1);
    expect(await categoryExists(t.deps.db, cat!.id)).toBe(true);
    expect(await categoryExists(t.deps.db, 999_999)).toBe(false);
    expect(await sellerExists(t.deps.db, picks[0]!.sellerId)).toBe(true);
    expect(await sellerExists(t.deps.db, 999_999)).toBe(false);
    await expect(
      setCategoryRate(
        t.deps.db,
        { categoryId: 999_999, rateBp: 500 },
        { operatorId: null, at: t.clock.now() },
      ),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
