import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buyerWithShippedLines } from '../../../test/after-sales.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { AppError } from '../../platform/errors.ts';
import { recordParcelEvent } from '../delivery/record-parcel-event.ts';
import { registerShipment } from '../delivery/register-shipment.ts';
import { creditNotes } from '../documents/documents.schema.ts';
import { offers } from '../offers/offers.schema.ts';
import { orderLines } from '../orders/orders.schema.ts';
import { setReturnWindow } from '../sellers/set-return-window.ts';
import { returns } from './after-sales.schema.ts';
import { issueReturnLabel, receiveReturn } from './handle-return.ts';
import { requestReturn } from './request-return.ts';
import { completeWarrantyClaim, decideWarrantyClaim, openWarrantyClaim } from './warranty-claims.ts';

const DAY = 24 * 3_600_000;

describe.each(ENGINES)('returns and withdrawal on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let buyerId: number;
  let sellerId: number;
  const lines: { lineId: number; offerId: number; orderId: number }[] = [];

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 8, sellers: 3, offers: 40 });
    const shipped = await buyerWithShippedLines(t, { email: 'r-buyer@example.com', count: 2 });
    buyerId = shipped.buyerId;
    sellerId = shipped.sellerId;
    lines.push(...shipped.lines);
  });
  afterAll(() => t?.close());

  const buyer = () => ({ userId: buyerId, sellers: new Map(), operator: false, name: 'Chloé Martin' });
  const seller = () => ({ userId: null, sellers: new Map([[sellerId, 'owner']]), operator: false });
  const deliver = async (orderId: number) => {
    const now = t.clock.now();
    const shipmentId = await registerShipment(
      { db: t.deps.db, now },
      { orderId, market: 'FR', shipper: 'Colissimo', trackingNumber: `R${orderId}`, shippedAt: now },
    );
    await recordParcelEvent(
      { db: t.deps.db, now },
      { shipmentId, status: 'delivered', occurredAt: now, source: 'carrier' },
    );
  };
  const stock = async (offerId: number) =>
    (await t.deps.db.select({ q: offers.quantity }).from(offers).where(eq(offers.id, offerId)))[0]!.q;

  it('a buyer withdraws within 14 days and is refunded, delivery included, once the parcel is back', async () => {
    const { lineId, offerId, orderId } = lines[0]!;
    await expect(
      requestReturn({ db: t.deps.db, now: t.clock.now() }, { actor: buyer(), orderLineId: lineId }),
    ).rejects.toMatchObject({
      code: 'NOT_ELIGIBLE',
    });
    await deliver(orderId);
    t.clock.advance(5 * DAY);
    const r = await requestReturn(
      { db: t.deps.db, now: t.clock.now() },
      { actor: buyer(), orderLineId: lineId },
    );
    const [line] = await t.deps.db.select().from(orderLines).where(eq(orderLines.id, lineId));
    expect(r).toMatchObject({ kind: 'withdrawal', status: 'requested' });
    expect(r.refundAmountMinor).toBe(line!.unitPriceMinor * line!.quantity + line!.shippingPriceMinor);
    expect(r.statement).toContain('I hereby give notice that I withdraw');
    await expect(
      requestReturn({ db: t.deps.db, now: t.clock.now() }, { actor: buyer(), orderLineId: lineId }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    const stranger = { userId: null, sellers: new Map([[sellerId + 1000, 'owner']]), operator: false };
    await expect(
      issueReturnLabel({ db: t.deps.db, now: t.clock.now() }, { actor: stranger, returnId: r.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const label = await issueReturnLabel(
      { db: t.deps.db, now: t.clock.now() },
      { actor: seller(), returnId: r.id },
    );
    expect(label.trackingNumber).toMatch(/^SBXR\d{8}$/);

    const before = await stock(offerId);
    t.clock.advance(3 * DAY);
    // The payment provider is down when the parcel arrives: nothing is refunded, and the seller can
    // try again — the return is not stranded as "received".
    const down = {
      ...t.deps,
      payments: {
        ...t.deps.payments,
        refund: async () => {
          throw new Error('connect ECONNREFUSED');
        },
      },
    };
    await expect(
      receiveReturn(down, { actor: seller(), returnId: r.id, resellable: true }),
    ).rejects.toMatchObject({
      code: 'UNPROCESSABLE',
    });
    expect(await stock(offerId)).toBe(before);
    const { refund } = await receiveReturn(t.deps, { actor: seller(), returnId: r.id, resellable: true });
    expect(refund).toMatchObject({ amountMinor: r.refundAmountMinor, status: 'succeeded', lineState: 6 });
    expect(await stock(offerId)).toBe(before + line!.quantity);
    const [done] = await t.deps.db.select().from(returns).where(eq(returns.id, r.id));
    expect(done).toMatchObject({ status: 'refunded', refundId: refund.refundId });
    const notes = await t.deps.db.select().from(creditNotes).where(eq(creditNotes.orderId, orderId));
    expect(notes.length).toBeGreaterThan(0);
  });

  it('refuses a return after the windows, naming the day they ended, and changes nothing', async () => {
    const { lineId, orderId } = lines[1]!;
    await deliver(orderId);
    const delivered = t.clock.now();
    t.clock.advance(40 * DAY);
    let error: unknown;
    try {
      await requestReturn({ db: t.deps.db, now: t.clock.now() }, { actor: buyer(), orderLineId: lineId });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('WINDOW_CLOSED');
    expect((error as AppError).fields[0]?.field).toBe('orderLineId');
    expect((error as AppError).message).toMatch(/ended on \d{4}-\d{2}-\d{2}/);
    expect(delivered < t.clock.now()).toBe(true);
    expect(await t.deps.db.select().from(returns).where(eq(returns.orderLineId, lineId))).toEqual([]);
  });

  it('follows the return window the seller offers, never below the legal 14 days', async () => {
    const { lineId } = lines[1]!; // delivered 40 days ago: past the default 30
    await expect(setReturnWindow(t.deps, { sellerId, returnWindowDays: 13 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fields: [{ field: 'returnWindowDays', message: expect.any(String) }],
    });
    await setReturnWindow(t.deps, { sellerId, returnWindowDays: 60 });
    const r = await requestReturn(
      { db: t.deps.db, now: t.clock.now() },
      { actor: buyer(), orderLineId: lineId },
    );
    expect(r.kind).toBe('commercial');
    await setReturnWindow(t.deps, { sellerId, returnWindowDays: 30 });
  });
});

describe.each(ENGINES)('warranty claims on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let buyerId: number;
  let sellerId: number;
  const lines: { lineId: number; orderId: number }[] = [];

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 8, sellers: 3, offers: 40 });
    const shipped = await buyerWithShippedLines(t, {
      email: 'w-buyer@example.com',
      count: 2,
      deliveredBy: 'sandbox',
    });
    buyerId = shipped.buyerId;
    sellerId = shipped.sellerId;
    lines.push(...shipped.lines);
  });
  afterAll(() => t?.close());

  const buyer = () => ({ userId: buyerId, sellers: new Map(), operator: false });
  const seller = () => ({ userId: null, sellers: new Map([[sellerId, 'owner']]), operator: false });

  it('covers the warranty months, then the legal guarantee, then refuses with the end date', async () => {
    const deps = () => ({ db: t.deps.db, now: t.clock.now() });
    t.clock.advance(200 * DAY);
    const repair = await openWarrantyClaim(deps(), {
      actor: buyer(),
      orderLineId: lines[0]!.lineId,
      description: 'Battery dies in an hour',
    });
    expect(repair).toMatchObject({ basis: 'commercial_warranty', status: 'open' });
    expect(
      await decideWarrantyClaim(t.deps, { actor: seller(), claimId: repair.id, outcome: 'repair' }),
    ).toEqual({
      status: 'in_progress',
      outcome: 'repair',
    });
    await expect(
      decideWarrantyClaim(t.deps, { actor: seller(), claimId: repair.id, outcome: 'teleport' }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await completeWarrantyClaim(deps(), { actor: seller(), claimId: repair.id })).toEqual({
      status: 'completed',
    });

    t.clock.advance(400 * DAY);
    const legal = await openWarrantyClaim(deps(), {
      actor: buyer(),
      orderLineId: lines[1]!.lineId,
      description: 'Screen flickers',
    });
    expect(legal.basis).toBe('legal_guarantee');
    expect(legal.legalGuaranteeEndsOn > legal.warrantyEndsOn).toBe(true);
    const refunded = await decideWarrantyClaim(t.deps, {
      actor: seller(),
      claimId: legal.id,
      outcome: 'refund',
    });
    expect(refunded).toEqual({ status: 'completed', outcome: 'refund' });
    const [line] = await t.deps.db.select().from(orderLines).where(eq(orderLines.id, lines[1]!.lineId));
    expect(line!.state).toBe(6);

    t.clock.advance(200 * DAY);
    await expect(
      openWarrantyClaim(deps(), { actor: buyer(), orderLineId: lines[0]!.lineId, description: 'Again' }),
    ).rejects.toMatchObject({ code: 'WINDOW_CLOSED' });
    await expect(
      openWarrantyClaim(deps(), {
        actor: { ...buyer(), userId: buyerId + 999 },
        orderLineId: lines[0]!.lineId,
        description: 'x',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
