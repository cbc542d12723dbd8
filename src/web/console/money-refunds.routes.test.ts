/**
 * The console's failed-refund alerts (defect 4): a refund that failed at the provider after
 * counting is listed for support until the line is refunded again, and the order page shows each
 * refund's real status.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, placeOrder, type TestApp } from '../../../test/orders.ts';
import type { RefundInput, RefundResult } from '../../modules/payments/payment-provider.ts';
import { refundOrderLine } from '../../modules/refunds/refund-order-line.ts';
import { settleRefund } from '../../modules/refunds/settle-refund.ts';
import type { OperatorRole } from '../../platform/http/actor.ts';
import { registerConsoleMoneyRoutes } from './money.routes.ts';

describe.each(ENGINES)('console failed refunds (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    if (!t.app.routes.some((r) => r.path === '/console/refunds')) registerConsoleMoneyRoutes(t.app, t.deps);
  });
  afterAll(() => t.close());

  let n = 0;
  async function as(roles: OperatorRole[]): Promise<TestBrowser> {
    const b = new TestBrowser(t.app, `203.0.113.${120 + n}`);
    const a = await createActor(t.deps, { email: `refund-ops-${++n}@reloop.test`, operator: roles });
    const [name, value] = (await a.cookie()).split('=');
    b.cookies.set(name!, value!);
    return b;
  }

  it('lists a reversed refund for support (not moderators) until the line is refunded again', async () => {
    const [p] = await offerPicks(t);
    const body = await placeOrder(t, { lines: [{ offerId: p!.id }], email: 'alert-buyer@example.com' });
    const orderId = body.orders[0].id as number;
    const lineId = body.orders[0].lines[0].id as number;
    const pending = {
      ...t.deps,
      payments: {
        ...t.deps.payments,
        refund: async (_: RefundInput): Promise<RefundResult> => ({
          status: 'pending',
          providerRef: `re_console_${engine}`,
        }),
      },
    };
    const r = await refundOrderLine(pending, {
      orderLineId: lineId,
      reason: 'Broken',
      actor: { operatorId: 1 },
    });
    expect(
      await settleRefund(t.deps, {
        refundRef: `re_console_${engine}`,
        outcome: 'failed',
        message: 'Card closed',
        source: 'provider_event',
      }),
    ).toBe('applied');

    const support = await as(['support']);
    const list = await support.get('/console/refunds');
    expect(list.status).toBe(200);
    expect(list.text).toContain(`#${r.refundId}`);
    expect(list.text).toContain(`/console/orders/${orderId}`);
    expect(list.text).toContain('Card closed');
    expect((await (await as(['moderator'])).get('/console/refunds')).status).toBe(403);
    const detail = await support.get(`/console/orders/${orderId}`);
    expect(detail.text).toMatch(/failed<\/strong> <span class="muted">after counting, reversed/);

    await refundOrderLine(t.deps, { orderLineId: lineId, reason: 'Broken', actor: { operatorId: 1 } });
    const after = await support.get('/console/refunds');
    expect(after.text).not.toContain(`#${r.refundId}<`);
  });

  it('a refused service-fee refund is listed with a retry button; support retries it, then it is gone', async () => {
    const [, p] = await offerPicks(t);
    const body = await placeOrder(t, { lines: [{ offerId: p!.id }], email: 'fee-retry@example.com' });
    const orderId = body.orders[0].id as number;
    const lineId = body.orders[0].lines[0].id as number;
    let seq = 0;
    const refusing = {
      ...t.deps,
      payments: {
        ...t.deps.payments,
        refund: async (i: RefundInput): Promise<RefundResult> =>
          i.idempotencyKey.startsWith('refund-fee-')
            ? { status: 'failed', providerRef: `re_fee_console_${engine}_${++seq}`, message: 'Do not honor' }
            : t.deps.payments.refund(i),
      },
    };
    await refundOrderLine(refusing, { orderLineId: lineId, reason: 'Cancelled', actor: { operatorId: 1 } });
    const support = await as(['support']);
    const list = await support.get('/console/refunds');
    const id = /Service fee<\/td>.*?action="\/console\/refunds\/(\d+)\/retry"/.exec(list.text)?.[1];
    expect(id).toBeDefined();
    expect(list.text).toContain('Service fee');
    expect(list.text).toContain(`action="/console/refunds/${id}/retry"`);
    expect(orderId).toBeGreaterThan(0);
    // Moderators may not retry.
    expect((await (await as(['moderator'])).post(`/console/refunds/${id}/retry`, {})).status).toBe(403);
    const done = await support.post(`/console/refunds/${id}/retry`, {});
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/console/refunds?done=retried');
    const after = await support.get('/console/refunds?done=retried');
    expect(after.text).toContain('The refund was made again');
    expect(after.text).not.toContain(`#${id}<`);
    // A second retry of an answered failure is refused, nothing is refunded twice.
    expect((await support.post(`/console/refunds/${id}/retry`, {})).status).toBe(409);
  });
});
