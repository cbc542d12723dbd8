/**
 * Reloop's monthly invoices to sellers are issued by a job early in the next month (issue 11):
 * one per seller charged anything in the month, idempotently, and the portal's download gives the
 * document the job issued (or issues it on demand when the job has not run yet).
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, placeOrder, type TestApp } from '../../../test/orders.ts';
import { jobsFor } from '../../app/jobs.ts';
import { platformInvoices } from './documents.schema.ts';
import { storedPlatformInvoice } from './platform-invoices.read-model.ts';

describe.each(ENGINES)('the monthly platform invoices job on %s', (engine) => {
  let t: TestApp;
  let active: number[];
  let idle: number;
  const runJob = () => {
    const job = jobsFor(t.deps).find((j) => j.name === 'issue-platform-invoices');
    expect(job, 'the job is declared').toBeDefined();
    return job!.run() as Promise<{ period: string; issued: number; alreadyIssued: number }>;
  };
  const issued = () => t.deps.db.select().from(platformInvoices).orderBy(platformInvoices.number);

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    const picks = await offerPicks(t);
    const sellers = [...new Set(picks.map((p) => p.sellerId))];
    active = sellers.slice(0, 2).sort((a, b) => a - b);
    idle = sellers[2]!;
    for (const s of active) {
      const p = picks.find((x) => x.sellerId === s)!;
      await placeOrder(t, { lines: [{ offerId: p.id }] });
    }
  }, 60_000);
  afterAll(() => t?.close());

  it('issues nothing for a month still running', async () => {
    // 2026-11-21: last month (October) had no charges; November is not over.
    const r = await runJob();
    expect(r.period).toBe('2026-10');
    expect(r.issued).toBe(0);
    expect(await storedPlatformInvoice(t.deps.db, active[0]!, '2026-11')).toBeNull();
  });

  it('issues last month’s invoice for every seller charged in it, once, early in the next month', async () => {
    t.clock.set('2026-12-01T01:00:00Z');
    const first = await runJob();
    expect(first).toMatchObject({ period: '2026-11', issued: active.length, alreadyIssued: 0 });
    const rows = await issued();
    expect(rows.map((r) => r.sellerId).sort((a, b) => a - b)).toEqual(active);
    expect(rows.map((r) => r.number)).toEqual(active.map((s) => `P-2026-11-S${s}`));
    for (const r of rows) expect(r.issuedAt.toISOString()).toBe('2026-12-01T01:00:00.000Z');
    // No seller without charges in November gets an invoice from the job.
    expect(rows.some((r) => r.sellerId === idle)).toBe(false);

    // Later runs of the month issue nothing new and change nothing.
    t.clock.set('2026-12-01T02:00:00Z');
    const again = await runJob();
    expect(again).toMatchObject({ period: '2026-11', issued: 0, alreadyIssued: active.length });
    expect(await issued()).toEqual(rows);
  });

  it('the download gives the document the job issued; a month it skipped is issued on demand', async () => {
    const member = await createActor(t.deps, {
      email: 'job-invoices@example.com',
      sellers: [
        { sellerId: active[0]!, role: 'staff' },
        { sellerId: idle, role: 'staff' },
      ],
    });
    const get = async (path: string) =>
      t.app.request(path, { headers: { 'x-forwarded-for': '198.51.100.81', cookie: await member.cookie() } });
    const res = await get(`/seller/${active[0]}/platform-invoices/2026-11.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('P-2026-11-S');
    const [row] = await t.deps.db
      .select()
      .from(platformInvoices)
      .where(eq(platformInvoices.sellerId, active[0]!));
    expect(row!.issuedAt.toISOString()).toBe('2026-12-01T01:00:00.000Z');

    t.clock.set('2026-12-03T09:00:00Z');
    expect((await get(`/seller/${idle}/platform-invoices/2026-11.pdf`)).status).toBe(200);
    const onDemand = await storedPlatformInvoice(t.deps.db, idle, '2026-11');
    expect(onDemand?.number).toBe(`P-2026-11-S${idle}`);
    expect(onDemand?.issuedAt.toISOString()).toBe('2026-12-03T09:00:00.000Z');
  });
});
