/**
 * Issue 12, finding 11: a console refund above REFUND_APPROVAL_THRESHOLD_CENTS asked by an
 * operator who is not an admin waits for a second operator (admin or compliance, never the
 * requester), who approves it (the refund is then made by refundOrderLine) or rejects it.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, type Pick, placeOrder, type TestApp } from '../../../test/orders.ts';
import type { OperatorRole } from '../../platform/http/actor.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { orderLines } from '../orders/orders.schema.ts';
import { approveRefund } from './approve-refund.ts';
import { refundApprovals, refunds } from './refunds.schema.ts';
import { rejectRefund } from './reject-refund.ts';
import { requestRefundApproval } from './request-refund-approval.ts';

describe.each(ENGINES)('refund approvals on %s', (engine) => {
  let t: TestApp;
  let picks: Pick[];
  let next = 0;
  let n = 0;
  beforeAll(async () => {
    // 10.00 in any currency: every order line of the generated marketplace is above it.
    t = await createTestApp(
      engine,
      { products: 12, sellers: 4, offers: 80 },
      { REFUND_APPROVAL_THRESHOLD_CENTS: '1000' },
    );
    picks = await offerPicks(t);
  });
  afterAll(() => t.close());

  const op = async (roles: OperatorRole[]) =>
    (await createActor(t.deps, { email: `approvals-${++n}@reloop.test`, buyerType: null, operator: roles }))
      .userId;
  const paidLine = async () => {
    const p = picks[next++ % picks.length]!;
    const body = await placeOrder(t, {
      lines: [{ offerId: p.id }],
      email: `approval-buyer-${next}@example.com`,
    });
    return { orderId: body.orders[0].id as number, lineId: body.orders[0].lines[0].id as number };
  };
  const lineState = async (id: number) =>
    (await t.deps.db.select().from(orderLines).where(eq(orderLines.id, id)))[0]!.state;
  const refundsOf = (lineId: number) =>
    t.deps.db.select().from(refunds).where(eq(refunds.orderLineId, lineId));
  const approval = async (id: number) =>
    (await t.deps.db.select().from(refundApprovals).where(eq(refundApprovals.id, id)))[0]!;

  it('support above the threshold: a pending approval, nothing refunded; a second operator approves', async () => {
    const support = await op(['support']);
    const { lineId } = await paidLine();
    const r = await requestRefundApproval(t.deps, {
      orderLineId: lineId,
      reason: 'Arrived broken',
      operatorId: support,
    });
    expect(r.status).toBe('awaiting_approval');
    if (r.status !== 'awaiting_approval') return;
    expect(r.amountMinor).toBeGreaterThan(1000);
    expect(await refundsOf(lineId)).toHaveLength(0);
    expect(await lineState(lineId)).toBe(1);
    const [requested] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'refund.approval_requested'), eq(auditEvents.actorUserId, support)));
    expect(requested!.after).toMatchObject({ approvalId: r.approvalId, status: 'pending' });

    // One request per line at a time.
    await expect(
      requestRefundApproval(t.deps, { orderLineId: lineId, reason: 'Again', operatorId: support }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    // Not by the requester, not by another support operator.
    await expect(
      approveRefund(t.deps, { approvalId: r.approvalId, operatorId: support }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('own') });
    const otherSupport = await op(['support']);
    await expect(
      approveRefund(t.deps, { approvalId: r.approvalId, operatorId: otherSupport }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await approval(r.approvalId)).status).toBe('pending');

    const admin = await op(['admin']);
    const done = await approveRefund(t.deps, { approvalId: r.approvalId, operatorId: admin });
    expect(done.amountMinor).toBe(r.amountMinor);
    const [made] = await refundsOf(lineId);
    expect(made).toMatchObject({ id: done.refundId, amountMinor: r.amountMinor, status: 'succeeded' });
    expect(await lineState(lineId)).toBe(4);
    expect(await approval(r.approvalId)).toMatchObject({
      status: 'approved',
      decidedBy: admin,
      refundId: done.refundId,
    });
    await expect(
      approveRefund(t.deps, { approvalId: r.approvalId, operatorId: admin }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(await refundsOf(lineId)).toHaveLength(1);
  });

  it('compliance rejects with a reason; the line can be asked again', async () => {
    const support = await op(['support']);
    const compliance = await op(['compliance']);
    const { lineId } = await paidLine();
    const r = await requestRefundApproval(t.deps, {
      orderLineId: lineId,
      reason: 'Goodwill',
      operatorId: support,
    });
    if (r.status !== 'awaiting_approval') throw new Error('expected an approval');
    await expect(
      rejectRefund(t.deps, { approvalId: r.approvalId, operatorId: compliance, reason: ' ' }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await rejectRefund(t.deps, {
      approvalId: r.approvalId,
      operatorId: compliance,
      reason: 'No proof of damage',
    });
    expect(await approval(r.approvalId)).toMatchObject({
      status: 'rejected',
      decidedBy: compliance,
      rejectionReason: 'No proof of damage',
    });
    expect(await refundsOf(lineId)).toHaveLength(0);
    await expect(
      approveRefund(t.deps, { approvalId: r.approvalId, operatorId: compliance }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const again = await requestRefundApproval(t.deps, {
      orderLineId: lineId,
      reason: 'Photos received',
      operatorId: support,
    });
    expect(again.status).toBe('awaiting_approval');
  });

  it('an admin above the threshold, or support at or below it, refunds at once', async () => {
    const admin = await op(['admin']);
    const a = await paidLine();
    const byAdmin = await requestRefundApproval(t.deps, {
      orderLineId: a.lineId,
      reason: 'x',
      operatorId: admin,
    });
    expect(byAdmin.status).toBe('refunded');
    expect(await refundsOf(a.lineId)).toHaveLength(1);

    const support = await op(['support']);
    const b = await paidLine();
    const high = { ...t.deps, config: { ...t.deps.config, REFUND_APPROVAL_THRESHOLD_CENTS: 100_000_000 } };
    const bySupport = await requestRefundApproval(high, {
      orderLineId: b.lineId,
      reason: 'y',
      operatorId: support,
    });
    expect(bySupport.status).toBe('refunded');
    expect(await lineState(b.lineId)).toBe(4);
  });

  it('someone without an operator role is refused', async () => {
    const buyer = (await createActor(t.deps, { email: `not-an-operator-${++n}@example.com` })).userId;
    const { lineId } = await paidLine();
    await expect(
      requestRefundApproval(t.deps, { orderLineId: lineId, reason: 'x', operatorId: buyer }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
