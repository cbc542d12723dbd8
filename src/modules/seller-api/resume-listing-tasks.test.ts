import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { jobsFor } from '../../app/jobs.ts';
import { openPostgres } from '../../platform/db/client.ts';
import { marketByLocale } from '../../platform/markets.ts';
import { products } from '../catalog/catalog.schema.ts';
import { offerPrices, offers } from '../offers/offers.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { applyCatalogLine, createListingTask, parseDelimited, processListingTask } from './listing-batch.ts';
import { claimListingTask, MAX_TASK_ATTEMPTS, recordTaskProgress } from './listing-task-lease.ts';
import { resumeListingTasks } from './resume-listing-tasks.ts';
import { sellerTasks } from './seller-api.schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const FR = marketByLocale('fr-fr')!;
const csv = (catalog: string) => ({ catalog, delimiter: ',', quotechar: '"', encoding: 'utf-8' });

describe.each(ENGINES)('durable CSV imports on %s', (engine) => {
  let t: T;
  let sellerIds: [number, number];
  let catalog: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 6, sellers: 4, offers: 20 });
    const eligible = await t.deps.db
      .select({ id: sellers.id })
      .from(sellers)
      .where(
        and(
          eq(sellers.status, 'active'),
          eq(sellers.verified, true),
          inArray(sellers.country, ['FR', 'DE', 'NL', 'BE', 'ES', 'IT']),
        ),
      )
      .orderBy(asc(sellers.id))
      .limit(2);
    sellerIds = [eligible[0]!.id, eligible[1]!.id];
    const ps = await t.deps.db.select({ id: products.id }).from(products).orderBy(asc(products.id)).limit(3);
    const head = 'sku,product_id,grade,quantity,price,shipper_1,shipping_price_1';
    const lines = [
      `DUR-A,${ps[0]!.id},GOOD,3,199.00,Colissimo,4.90`,
      `DUR-B,${ps[1]!.id},EXCELLENT,2,249.00,Colissimo,4.90`,
      `DUR-C,${ps[2]!.id},,1,99.00,Colissimo,4.90`, // no grade: refused
      `DUR-D,${ps[2]!.id},FAIR,5,89.00,Colissimo,0`,
      'DUR-A,,,9,189.00,,', // updates the listing line 1 created
      `DUR-E,${ps[0]!.id},VERY_GOOD,4,209.00,Colissimo,4.90`,
    ];
    catalog = `${head}\n${lines.join('\n')}\n`;
  });
  afterAll(() => t.close());

  const task = async (id: number) =>
    (await t.deps.db.select().from(sellerTasks).where(eq(sellerTasks.id, id)))[0]!;
  // Time passing, in database time: the lease (or the start grace) is over.
  const expireLease = (id: number) =>
    t.deps.db
      .update(sellerTasks)
      .set({ leaseUntil: sql`now() - interval '1 second'` })
      .where(eq(sellerTasks.id, id));
  const listingsOf = (sellerId: number) =>
    t.deps.db
      .select({
        sku: offers.sku,
        productId: offers.productId,
        grade: offers.grade,
        quantity: offers.quantity,
        price: offerPrices.priceMinor,
      })
      .from(offers)
      .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'FR')))
      .where(and(eq(offers.sellerId, sellerId), sql`${offers.sku} like 'DUR-%'`))
      .orderBy(asc(offers.sku));
  const report = (r: typeof sellerTasks.$inferSelect) => ({
    status: r.status,
    total: r.total,
    processed: r.processed,
    failed: r.failed,
    errors: r.errors,
  });

  it('a task its receiving process never started is run by the job after the start grace, once', async () => {
    const [offer] = await t.deps.db.select().from(offers).where(eq(offers.sellerId, sellerIds[0])).limit(1);
    const { taskId } = await createListingTask(t.deps.db, {
      sellerId: sellerIds[0],
      market: FR,
      request: csv(`sku,quantity\n${offer!.sku},7\n`),
      now: t.clock.now(),
    });
    const job = jobsFor(t.deps).find((j) => j.name === 'resume-listing-tasks')!;
    // Still the receiving process's to start.
    expect(await job.run()).toEqual({ resumed: 0, failed: 0 });
    await expireLease(taskId);
    expect(await job.run()).toEqual({ resumed: 1, failed: 0 });
    expect(await task(taskId)).toMatchObject({ status: 'done', processed: 1, failed: 0, attempts: 1 });
    expect((await t.deps.db.select().from(offers).where(eq(offers.id, offer!.id)))[0]!.quantity).toBe(7);
    expect(await job.run()).toEqual({ resumed: 0, failed: 0 });
  });

  it('a task left running by a process that died is completed by the job, once, as a normal run would', async () => {
    const [normal, crashed] = sellerIds;
    // The normal run: the receiving process starts it and finishes.
    const a = await createListingTask(t.deps.db, {
      sellerId: normal,
      market: FR,
      request: csv(catalog),
      now: t.clock.now(),
    });
    expect(await processListingTask(t.deps, a.taskId)).toBe(true);

    // The same catalog for another seller: its process claims it, applies three lines, and dies.
    const b = await createListingTask(t.deps.db, {
      sellerId: crashed,
      market: FR,
      request: csv(catalog),
      now: t.clock.now(),
    });
    const dead = (await claimListingTask(t.deps.db, b.taskId))!;
    const [header, ...rows] = parseDelimited(catalog);
    for (const cells of rows.slice(0, 3)) {
      const row = Object.fromEntries(header!.map((h, j) => [h, cells[j] ?? '']));
      await applyCatalogLine(t.deps, { sellerId: crashed, market: FR, row }).catch(() => {});
    }
    // While its lease runs, neither the job nor the fast path takes it.
    expect(await resumeListingTasks(t.deps)).toEqual({ resumed: 0, failed: 0 });
    expect(await processListingTask(t.deps, b.taskId)).toBe(false);
    await expireLease(b.taskId);
    expect(await resumeListingTasks(t.deps)).toEqual({ resumed: 1, failed: 0 });
    expect(await resumeListingTasks(t.deps)).toEqual({ resumed: 0, failed: 0 });

    const done = await task(b.taskId);
    expect(done.attempts).toBe(2);
    expect(report(done)).toEqual(report(await task(a.taskId)));
    expect(report(done)).toMatchObject({ status: 'done', processed: 6, failed: 1 });
    expect(done.errors[0]).toMatchObject({ line: 4, sku: 'DUR-C' });
    const listings = await listingsOf(crashed);
    expect(listings.map((l) => l.sku)).toEqual(['DUR-A', 'DUR-B', 'DUR-D', 'DUR-E']);
    expect(listings).toEqual(await listingsOf(normal));
    expect(listings[0]).toMatchObject({ quantity: 9, price: 18_900 });

    // The dead run's claim no longer writes anything.
    expect(await recordTaskProgress(t.deps.db, dead, { processed: 1, status: 'failed' })).toBe(false);
    expect((await task(b.taskId)).status).toBe('done');
  });

  it(`a task interrupted ${MAX_TASK_ATTEMPTS} times is failed, not run again`, async () => {
    const { taskId } = await createListingTask(t.deps.db, {
      sellerId: sellerIds[0],
      market: FR,
      request: csv('sku,quantity\nDUR-A,1\n'),
      now: t.clock.now(),
    });
    // Each run claims it and dies.
    for (let i = 0; i < MAX_TASK_ATTEMPTS; i++) {
      await expireLease(taskId);
      expect(await claimListingTask(t.deps.db, taskId, { takeOver: true })).not.toBeNull();
      expect(await claimListingTask(t.deps.db, taskId, { takeOver: true })).toBeNull();
    }
    await expireLease(taskId);
    expect(await claimListingTask(t.deps.db, taskId, { takeOver: true })).toBeNull();
    expect(await resumeListingTasks(t.deps)).toEqual({ resumed: 0, failed: 1 });
    const failed = await task(taskId);
    expect(failed).toMatchObject({ status: 'failed', processed: 0, failed: 1, leaseUntil: null });
    expect(failed.errors[0]!.message).toMatch(/interrupted 3 times/);
  });

  it.runIf(engine === 'postgres')('two workers resuming at once run a task once', async () => {
    const other = await openPostgres(t.database.url!, 2);
    try {
      const ids: number[] = [];
      for (const sellerId of sellerIds) {
        const { taskId } = await createListingTask(t.deps.db, {
          sellerId,
          market: FR,
          request: csv('sku,quantity\nDUR-B,6\n'),
          now: t.clock.now(),
        });
        await expireLease(taskId);
        ids.push(taskId);
      }
      const runs = await Promise.all([
        resumeListingTasks(t.deps),
        resumeListingTasks({ ...t.deps, db: other.db }),
      ]);
      expect(runs[0].resumed + runs[1].resumed).toBe(2);
      for (const id of ids) expect(await task(id)).toMatchObject({ status: 'done', attempts: 1 });
    } finally {
      await other.close();
    }
  });

  it('PGlite, which has no autovacuum, gets its statistics refreshed by a job', async () => {
    const analyze = jobsFor(t.deps).find((j) => j.name === 'analyze');
    expect(!!analyze).toBe(engine === 'pglite');
    if (analyze) await expect(analyze.run()).resolves.toBeDefined();
  });
});
