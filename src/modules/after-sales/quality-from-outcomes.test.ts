import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buyerWithShippedLines } from '../../../test/after-sales.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { createMemoryStorage } from '../../platform/storage.ts';
import { recomputeQuality } from '../quality/recompute-quality.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { closeCareFolder } from './close-care-folder.ts';
import { openCareFolder } from './open-care-folder.ts';

describe.each(ENGINES)('quality from after-sales outcomes on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let sellerId: number;
  const lineIds: number[] = [];
  let buyerId: number;

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 8, sellers: 3, offers: 40 });
    const shipped = await buyerWithShippedLines(t, {
      email: 'q-buyer@example.com',
      count: 4,
      deliveredBy: 'carrier',
    });
    buyerId = shipped.buyerId;
    sellerId = shipped.sellerId;
    lineIds.push(...shipped.lines.map((l) => l.lineId));
  });
  afterAll(() => t?.close());

  it('a folder closed as "wrong product" moves the seller’s wrong-product rate; a carrier’s fault does not', async () => {
    expect(lineIds.length).toBeGreaterThanOrEqual(2);
    const deps = { db: t.deps.db, storage: createMemoryStorage(), now: t.clock.now() };
    const buyer = { userId: buyerId, sellers: new Map(), operator: false };
    const service = { userId: null, sellers: new Map(), operator: true };
    const wrong = await openCareFolder(deps, {
      actor: buyer,
      orderLineId: lineIds[0]!,
      problem: 'wrong_item',
      message: 'Wrong model',
    });
    await closeCareFolder(deps, { actor: service, folderId: wrong.folderId, reason: 'wrong_product' });
    const broken = await openCareFolder(deps, {
      actor: buyer,
      orderLineId: lineIds[1]!,
      problem: 'damaged_package',
      message: 'Crushed box',
    });
    await closeCareFolder(deps, { actor: service, folderId: broken.folderId, reason: 'damaged_in_transit' });

    await recomputeQuality(t.deps);
    const [s] = await t.deps.db.select().from(sellers).where(eq(sellers.id, sellerId));
    expect(s!.wrongProductBp).toBe(Math.round(10_000 / lineIds.length));
    expect(s!.aestheticDefectBp).toBe(0);
    expect(s!.defectiveProductBp).toBe(0);
  });
});
