/**
 * Issue 12, finding 11 through the console: support's refund above the threshold waits for a
 * second operator; the order page says "awaiting approval", the queue lists it, support cannot
 * decide, the requester cannot approve their own request, an admin approves and the refund is made.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, placeOrder, type TestApp } from '../../../test/orders.ts';
import { orderLines } from '../../modules/orders/orders.schema.ts';
import { refundApprovals, refunds } from '../../modules/refunds/refunds.schema.ts';
import type { OperatorRole } from '../../platform/http/actor.ts';

describe.each(ENGINES)('console refund approvals (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(
      engine,
      { products: 12, sellers: 4, offers: 80 },
      { REFUND_APPROVAL_THRESHOLD_CENTS: '1000' },
    );
  });
  afterAll(() => t.close());

  let n = 0;
  async function as(roles: OperatorRole[]) {
    const a = await createActor(t.deps, { email: `approval-ops-${++n}@reloop.test`, operator: roles });
    const b = new TestBrowser(t.app, `203.0.113.${170 + n}`);
    const [name, value] = (await a.cookie()).split('=');
    b.cookies.set(name!, value!);
    return { userId: a.userId, b };
  }

  it('support asks, the order shows awaiting approval, an admin approves and the refund is made', async () => {
    const [p] = await offerPicks(t);
    const body = await placeOrder(t, { lines: [{ offerId: p!.id }], email: 'approval-route@example.com' });
    const orderId = body.orders[0].id as number;
    const lineId = body.orders[0].lines[0].id as number;

    const support = await as(['support']);
    await support.b.get(`/console/orders/${orderId}`);
    const asked = await support.b.post(`/console/orders/${orderId}/lines/${lineId}/refund`, {
      [`reason-${lineId}`]: 'Screen cracked on arrival',
    });
    expect(asked.status).toBe(303);
    expect(asked.location).toBe(`/console/orders/${orderId}?done=awaiting-approval`);
    expect(await t.deps.db.select().from(refunds).where(eq(refunds.orderLineId, lineId))).toHaveLength(0);
    const order = await support.b.get(`/console/orders/${orderId}?done=awaiting-approval`);
    expect(order.text).toContain('awaiting approval');
    expect(order.text).not.toContain(`action="/console/orders/${orderId}/lines/${lineId}/refund"`);

    const queue = await support.b.get('/console/refunds/approvals');
    expect(queue.status).toBe(200);
    expect(queue.text).toContain('Screen cracked on arrival');
    expect(queue.text).not.toContain('/approve"');
    const [req] = await t.deps.db
      .select()
      .from(refundApprovals)
      .where(eq(refundApprovals.orderLineId, lineId));
    expect((await support.b.post(`/console/refunds/approvals/${req!.id}/approve`, {})).status).toBe(403);
    expect(
      (await t.deps.db.select().from(refundApprovals).where(eq(refundApprovals.id, req!.id)))[0]!.status,
    ).toBe('pending');

    const admin = await as(['admin']);
    const adminQueue = await admin.b.get('/console/refunds/approvals');
    expect(adminQueue.text).toContain(`action="/console/refunds/approvals/${req!.id}/approve"`);
    const emptyReject = await admin.b.post(`/console/refunds/approvals/${req!.id}/reject`, { reason: '' });
    expect(emptyReject.status).toBe(400);
    expect(emptyReject.text).toContain('href="#f-reason"');
    const ok = await admin.b.post(`/console/refunds/approvals/${req!.id}/approve`, {});
    expect(ok.status).toBe(303);
    expect(ok.location).toBe('/console/refunds/approvals?done=approved');
    expect(await t.deps.db.select().from(refunds).where(eq(refunds.orderLineId, lineId))).toHaveLength(1);
    expect((await t.deps.db.select().from(orderLines).where(eq(orderLines.id, lineId)))[0]!.state).toBe(4);
    const after = await admin.b.get(`/console/orders/${orderId}`);
    expect(after.text).toMatch(/approved <time/);
  });

  it('compliance asking cannot approve its own request; another compliance operator can reject it', async () => {
    const picks = await offerPicks(t);
    const body = await placeOrder(t, {
      lines: [{ offerId: picks[1]!.id }],
      email: 'approval-own@example.com',
    });
    const orderId = body.orders[0].id as number;
    const lineId = body.orders[0].lines[0].id as number;
    const asker = await as(['compliance']);
    await asker.b.get(`/console/orders/${orderId}`);
    await asker.b.post(`/console/orders/${orderId}/lines/${lineId}/refund`, {
      [`reason-${lineId}`]: 'Goodwill',
    });
    const [req] = await t.deps.db
      .select()
      .from(refundApprovals)
      .where(eq(refundApprovals.orderLineId, lineId));
    const own = await asker.b.post(`/console/refunds/approvals/${req!.id}/approve`, {});
    expect(own.status).toBe(403);
    expect(own.text).toContain('your own refund request');
    const other = await as(['compliance']);
    await other.b.get('/console/refunds/approvals');
    const rejected = await other.b.post(`/console/refunds/approvals/${req!.id}/reject`, {
      reason: 'Outside the return window',
    });
    expect(rejected.status).toBe(303);
    const order = await asker.b.get(`/console/orders/${orderId}`);
    expect(order.text).toContain('Outside the return window');
    expect(order.text).toContain(`action="/console/orders/${orderId}/lines/${lineId}/refund"`);
  });
});
