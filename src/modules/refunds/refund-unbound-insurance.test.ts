import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { linesOf, offerPicks, type Pick, placeOrder, shipOrder, type TestApp } from '../../../test/orders.ts';
import { listOutbox } from '../../platform/mail/outbox.store.ts';
import { creditNotesOfOrder } from '../documents/credit-notes.read-model.ts';
import { ACCOUNTS } from '../ledger/ledger.rules.ts';
import { ledgerPostings, ledgerTransactions } from '../ledger/ledger.schema.ts';
import type { RefundInput, RefundResult } from '../payments/payment-provider.ts';
import type { InsuranceProvider } from '../pricing/insurance.rules.ts';
import { lineTotals } from './refund.rules.ts';
import { failedRefundAlerts } from './refund-alerts.read-model.ts';
import { refundOrderLine } from './refund-order-line.ts';
import { refundUnboundInsurance } from './refund-unbound-insurance.ts';
import { refunds } from './refunds.schema.ts';
import { retryFailedRefund } from './retry-failed-refund.ts';
import { settleRefund } from './settle-refund.ts';

/**
 * Defect 6, second half: a failed insurance binding refunds the premium and tells the buyer; a
 * later refund of the line never refunds that premium again.
 */
describe.each(ENGINES)('unbound insurance on %s', (engine) => {
  let t: TestApp;
  let picks: Pick[];
  let next = 0;
  const calls: RefundInput[] = [];
  let failUnit: ((reference: string) => boolean) | null = null;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    picks = await offerPicks(t);
    const real = t.deps.insurance;
    const failing: InsuranceProvider = {
      name: real.name,
      quote: (r) => real.quote(r),
      bind: async (r) => {
        if (failUnit?.(r.reference)) throw new Error('insurer refused the policy');
        return real.bind(r);
      },
      claim: (r) => real.claim(r),
      claimStatus: (ref) => real.claimStatus(ref),
    };
    (t.deps as { insurance: InsuranceProvider }).insurance = failing;
    const refund = t.deps.payments.refund.bind(t.deps.payments);
    t.deps.payments.refund = async (i: RefundInput) => {
      calls.push(i);
      return refund(i);
    };
  });
  afterAll(() => t.close());

  const insuredOrder = async (quantity: number) => {
    for (let attempt = 0; ; attempt++) {
      const p = picks[next++ % picks.length]!;
      const email = `unbound-${engine}-${next}@example.com`;
      try {
        const body = await placeOrder(t, { lines: [{ offerId: p.id, quantity, insurance: true }], email });
        const orderId = body.orders[0].id as number;
        const [line] = await linesOf(t, orderId);
        if (!line || line.insurancePremiumMinor <= 0) throw new Error('not insurable');
        return { body, orderId, line, email };
      } catch (e) {
        if (attempt >= 20) throw e;
      }
    }
  };
  const refundEntry = async (refundId: number) =>
    t.deps.db
      .select({ account: ledgerPostings.account, amountMinor: ledgerPostings.amountMinor })
      .from(ledgerPostings)
      .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
      .where(and(eq(ledgerTransactions.kind, 'refund'), eq(ledgerTransactions.reference, String(refundId))));
  const sumOf = async (ids: number[], kinds: Array<'refund' | 'refund_reversal'> = ['refund']) => {
    const rows = await t.deps.db
      .select({ account: ledgerPostings.account, s: sql<string>`sum(${ledgerPostings.amountMinor})` })
      .from(ledgerPostings)
      .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
      .where(
        and(
          inArray(ledgerTransactions.kind, kinds),
          inArray(
            ledgerTransactions.reference,
            ids.map((i) => String(i)),
          ),
        ),
      )
      .groupBy(ledgerPostings.account);
    return new Map(rows.map((r) => [r.account, Number(r.s)]));
  };

  it('a failed binding refunds that unit’s premium once, books it to the insurer and emails the buyer', async () => {
    failUnit = (ref) => ref.endsWith(':2');
    calls.length = 0;
    const o = await insuredOrder(2);
    failUnit = null;
    const premium = o.line.insurancePremiumMinor;
    const mine = calls.filter((c) => c.idempotencyKey.startsWith(`refund-insurance-${o.line.id}-`));
    expect(mine.map((c) => c.idempotencyKey)).toEqual([`refund-insurance-${o.line.id}-2`]);
    expect(mine[0]!.amountMinor).toBe(premium);
    const rows = await t.deps.db.select().from(refunds).where(eq(refunds.orderLineId, o.line.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.amountMinor).toBe(premium);
    expect(rows[0]!.kind).toBe('insurance');
    const postings = await refundEntry(rows[0]!.id);
    expect(postings.reduce((s, p) => s + p.amountMinor, 0)).toBe(0);
    expect(Object.fromEntries(postings.map((p) => [p.account, p.amountMinor]))).toEqual({
      [ACCOUNTS.insurerPayable]: premium,
      [ACCOUNTS.pspClearing]: -premium,
    });
    expect(await creditNotesOfOrder(t.deps.db, o.orderId)).toHaveLength(0);
    const mails = await listOutbox(t.deps.db, { to: o.email, limit: 10 });
    const insured = mails.find((m) => m.template === 'refunds.insurance-refunded');
    expect(insured).toBeDefined();
    // The buyer reads the grade's name, never its seller-API code (issue 13).
    expect(insured!.textBody).not.toMatch(/\((PREMIUM|EXCELLENT|VERY_GOOD|GOOD|FAIR|STALLONE)\)/);
    // The line itself is untouched: still paid.
    expect((await linesOf(t, o.orderId))[0]!.state).toBe(1);
  });

  it('a later full refund of the line refunds exactly the goods and the remaining insurance', async () => {
    failUnit = (ref) => ref.endsWith(':1');
    const o = await insuredOrder(2);
    failUnit = null;
    await shipOrder(t, o.orderId);
    const totals = lineTotals(o.line);
    const premium = o.line.insurancePremiumMinor;
    const r = await refundOrderLine(t.deps, {
      orderLineId: o.line.id,
      reason: 'Returned',
      actor: { operatorId: 1 },
    });
    expect(r.amountMinor).toBe(totals.totalMinor - premium);
    expect((await linesOf(t, o.orderId))[0]!.state).toBe(6);
    const rows = await t.deps.db.select().from(refunds).where(eq(refunds.orderLineId, o.line.id));
    const total = rows.reduce((s, x) => s + x.amountMinor, 0);
    expect(total).toBe(totals.totalMinor);
    const net = await sumOf(rows.map((x) => x.id));
    expect([...net.values()].reduce((s, v) => s + v, 0)).toBe(0);
    expect(net.get(ACCOUNTS.insurerPayable)).toBe(totals.insuranceMinor);
    expect(net.get(ACCOUNTS.pspClearing)).toBe(-totals.totalMinor);
    await expect(
      refundOrderLine(t.deps, {
        orderLineId: o.line.id,
        amountMinor: 1,
        reason: 'x',
        actor: { operatorId: 1 },
      }),
    ).rejects.toThrow();
  });

  it('records the insured unit in its own column, and reads it from there', async () => {
    failUnit = (ref) => ref.endsWith(':2');
    const o = await insuredOrder(2);
    failUnit = null;
    const [row] = await t.deps.db.select().from(refunds).where(eq(refunds.orderLineId, o.line.id));
    expect(row!.insuranceUnit).toBe(2);
    // The reason is free text for people; the unit decides what was refunded already.
    await t.deps.db
      .update(refunds)
      .set({ reason: 'Policy refused by the insurer' })
      .where(eq(refunds.id, row!.id));
    expect(await refundUnboundInsurance(t.deps, { orderLineId: o.line.id, unit: 2 })).toEqual({
      refunded: false,
      why: 'already_refunded',
    });
    const one = await refundUnboundInsurance(t.deps, { orderLineId: o.line.id, unit: 1 });
    expect(one.refunded).toBe(true);
    const units = (await t.deps.db.select().from(refunds).where(eq(refunds.orderLineId, o.line.id)))
      .map((r) => r.insuranceUnit)
      .sort();
    expect(units).toEqual([1, 2]);
  });

  it('a pending insurance refund that fails is reversed, told, listed and retried like other refunds', async () => {
    const opsEmail = `insurance-ops-${engine}@example.com`;
    await createActor(t.deps, { email: opsEmail, operator: ['support'] });
    const o = await insuredOrder(1);
    const premium = o.line.insurancePremiumMinor;
    const pendingRef = `re_ins_pending_${engine}`;
    const pending = {
      ...t.deps,
      payments: {
        ...t.deps.payments,
        refund: async (i: RefundInput): Promise<RefundResult> => {
          calls.push(i);
          return { status: 'pending', providerRef: pendingRef };
        },
      },
    };
    const r = await refundUnboundInsurance(pending, { orderLineId: o.line.id, unit: 1 });
    expect(r).toMatchObject({ refunded: true, status: 'pending' });
    const refundId = (r as { refundId: number }).refundId;
    expect(
      await settleRefund(t.deps, {
        refundRef: pendingRef,
        outcome: 'failed',
        message: 'Card expired',
        source: 'provider_event',
      }),
    ).toBe('applied');
    const [failed] = await t.deps.db.select().from(refunds).where(eq(refunds.id, refundId));
    expect(failed!.status).toBe('failed');
    expect(failed!.reversedAt).not.toBeNull();
    const net = await sumOf([refundId], ['refund', 'refund_reversal']);
    expect(net.get(ACCOUNTS.insurerPayable) ?? 0).toBe(0);
    expect(net.get(ACCOUNTS.pspClearing) ?? 0).toBe(0);
    expect(
      (await listOutbox(t.deps.db, { to: o.email, limit: 10 })).some(
        (m) => m.template === 'refunds.refund-failed',
      ),
    ).toBe(true);
    expect(
      (await listOutbox(t.deps.db, { to: opsEmail, limit: 10 })).some(
        (m) => m.template === 'refunds.refund-failed-operator' && m.textBody.includes(`Refund ${refundId} `),
      ),
    ).toBe(true);
    const alert = (await failedRefundAlerts(t.deps.db)).find((a) => a.refundId === refundId);
    expect(alert).toMatchObject({
      kind: 'reversed',
      what: 'insurance',
      orderLineId: o.line.id,
      insuranceUnit: 1,
    });

    calls.length = 0;
    const retried = await retryFailedRefund(t.deps, { refundId, operatorId: 1 });
    expect(retried).toMatchObject({ retried: true, status: 'succeeded' });
    expect(calls.map((c) => [c.idempotencyKey, c.amountMinor])).toEqual([
      [`refund-insurance-${o.line.id}-1-2`, premium],
    ]);
    expect((await failedRefundAlerts(t.deps.db)).some((a) => a.refundId === refundId)).toBe(false);
    // Owed once: a second retry finds nothing to do.
    await expect(retryFailedRefund(t.deps, { refundId, operatorId: 1 })).rejects.toThrow(/no longer owed/);
    expect(calls).toHaveLength(1);
  });
});
