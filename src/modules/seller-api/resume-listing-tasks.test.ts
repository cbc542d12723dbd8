import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { jobsFor } from '../../app/jobs.ts';
import { marketByLocale } from '../../platform/markets.ts';
import { offers } from '../offers/offers.schema.ts';
import { createListingTask } from './listing-batch.ts';
import { sellerTasks } from './seller-api.schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe.each(ENGINES)('resuming CSV imports on %s', (engine) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 6, sellers: 2, offers: 20 });
  });
  afterAll(() => t.close());

  it('a task left pending (say, by a restart) is processed by the job, once', async () => {
    const [offer] = await t.deps.db.select().from(offers).limit(1);
    const { taskId } = await createListingTask(t.deps.db, {
      sellerId: offer!.sellerId,
      market: marketByLocale('fr-fr')!,
      request: {
        catalog: `sku,quantity\n${offer!.sku},7\n`,
        delimiter: ',',
        quotechar: '"',
        encoding: 'utf-8',
      },
      now: t.clock.now(),
    });
    const job = jobsFor(t.deps).find((j) => j.name === 'resume-listing-tasks')!;
    expect(await job.run()).toEqual({ resumed: 1 });
    const [task] = await t.deps.db.select().from(sellerTasks).where(eq(sellerTasks.id, taskId));
    expect(task).toMatchObject({ status: 'done', processed: 1, failed: 0 });
    expect((await t.deps.db.select().from(offers).where(eq(offers.id, offer!.id)))[0]!.quantity).toBe(7);
    expect(await job.run()).toEqual({ resumed: 0 });
  });

  it('PGlite, which has no autovacuum, gets its statistics refreshed by a job', async () => {
    const analyze = jobsFor(t.deps).find((j) => j.name === 'analyze');
    expect(!!analyze).toBe(engine === 'pglite');
    if (analyze) await expect(analyze.run()).resolves.toBeDefined();
  });
});
