import { eq, inArray } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, type Pick } from '../../../test/orders.ts';
import type { Db } from '../../platform/db/client.ts';
import { buyboxWinners, offers } from './offers.schema.ts';
import { releaseStock } from './release-stock.ts';
import { inLockOrder, reserveStock } from './reserve-stock.ts';

describe('inLockOrder', () => {
  it('merges lines of the same offer and sorts them by ascending offer id', () => {
    expect(
      inLockOrder([
        { offerId: 30, quantity: 1 },
        { offerId: 7, quantity: 2 },
        { offerId: 30, quantity: 2 },
        { offerId: 12, quantity: 1 },
      ]),
    ).toEqual([
      { offerId: 7, quantity: 2 },
      { offerId: 12, quantity: 1 },
      { offerId: 30, quantity: 3 },
    ]);
  });
});

/** The db, recording the first parameter (the offer id) of each `update(offers)…where(…)`, in order. */
function recordingUpdates(db: Db, seen: number[]): Db {
  const dialect = new PgDialect();
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'update') return Reflect.get(target, prop, receiver);
      return (table: typeof offers) => {
        const builder = target.update(table);
        const set = builder.set.bind(builder);
        return Object.assign(builder, {
          set: (values: Parameters<typeof set>[0]) => {
            const next = set(values);
            const where = next.where.bind(next);
            return Object.assign(next, {
              where: (cond: Parameters<typeof where>[0]) => {
                if (table === offers && cond) seen.push(Number(dialect.sqlToQuery(cond).params[0]));
                return where(cond);
              },
            });
          },
        });
      };
    },
  }) as Db;
}

describe.each(ENGINES)('reserveStock and releaseStock on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let picks: Pick[];
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    picks = await offerPicks(t);
  });
  afterAll(() => t.close());

  const stock = async (ids: number[]) =>
    new Map(
      (
        await t.deps.db
          .select({ id: offers.id, q: offers.quantity })
          .from(offers)
          .where(inArray(offers.id, ids))
      ).map((r) => [r.id, r.q]),
    );
  const setStock = (id: number, quantity: number, published = true) =>
    t.deps.db.update(offers).set({ quantity, published }).where(eq(offers.id, id));

  it('takes the units in ascending offer id, whatever the order of the lines', async () => {
    const [a, b, c] = [picks[0]!, picks[1]!, picks[2]!].map((p) => p.id).sort((x, y) => x - y) as [
      number,
      number,
      number,
    ];
    const before = await stock([a, b, c]);
    const seen: number[] = [];
    const r = await t.deps.db.transaction((tx) =>
      reserveStock(
        { db: recordingUpdates(tx, seen), clock: t.clock },
        {
          lines: [
            { offerId: c, quantity: 1 },
            { offerId: a, quantity: 2 },
            { offerId: b, quantity: 1 },
          ],
        },
      ),
    );
    expect(seen).toEqual([a, b, c]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.reserved.map((x) => [x.offerId, x.quantity, x.left])).toEqual([
      [a, 2, before.get(a)! - 2],
      [b, 1, before.get(b)! - 1],
      [c, 1, before.get(c)! - 1],
    ]);
    const after = await stock([a, b, c]);
    expect([after.get(a), after.get(b), after.get(c)]).toEqual([
      before.get(a)! - 2,
      before.get(b)! - 1,
      before.get(c)! - 1,
    ]);
  });

  it('names every sold-out offer with what is left, and keeps nothing reserved', async () => {
    const [a, b, c] = [picks[3]!, picks[4]!, picks[5]!].map((p) => p.id).sort((x, y) => x - y) as [
      number,
      number,
      number,
    ];
    await setStock(b, 1);
    await setStock(c, 9, false); // unpublished: nothing to sell
    const before = await stock([a, b, c]);
    const r = await reserveStock(
      { db: t.deps.db, clock: t.clock },
      {
        lines: [
          { offerId: a, quantity: 1 },
          { offerId: b, quantity: 3 },
          { offerId: c, quantity: 1 },
        ],
      },
    );
    expect(r).toEqual({
      ok: false,
      soldOut: [
        { offerId: b, requested: 3, available: 1 },
        { offerId: c, requested: 1, available: 0 },
      ],
    });
    expect(await stock([a, b, c])).toEqual(before);
    await setStock(c, 9, true);
  });

  it('an offer reaching 0 leaves the buybox; released units bring it back', async () => {
    const p = picks[6]!;
    await setStock(p.id, 2);
    const [product] = await t.deps.db
      .select({ id: offers.productId })
      .from(offers)
      .where(eq(offers.id, p.id));
    const winnersOf = async () =>
      (await t.deps.db.select().from(buyboxWinners).where(eq(buyboxWinners.productId, product!.id))).map(
        (w) => w.offerId,
      );
    const r = await reserveStock(
      { db: t.deps.db, clock: t.clock },
      { lines: [{ offerId: p.id, quantity: 2 }] },
    );
    expect(r).toMatchObject({ ok: true, reserved: [{ offerId: p.id, left: 0 }] });
    expect(await winnersOf()).not.toContain(p.id);
    const released = await releaseStock(
      { db: t.deps.db, clock: t.clock },
      { lines: [{ offerId: p.id, quantity: 2 }] },
    );
    expect(released.released).toEqual([{ offerId: p.id, quantity: 2, productId: product!.id }]);
    expect((await stock([p.id])).get(p.id)).toBe(2);
    // Back on sale: it competes again (it wins unless another offer of the product beats it).
    const winners = await winnersOf();
    expect(winners.length).toBeGreaterThan(0);
  });
});
