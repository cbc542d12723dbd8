/**
 * The insurance policies of insured order lines (insurance_policies, the checkout module's):
 * recorded by bindInsurance after payment, read by the order page and by after-sales' claims.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { InsurancePolicy } from '../pricing/insurance.rules.ts';
import { insurancePolicies } from './insurance-policies.schema.ts';

export type InsurancePolicyRow = typeof insurancePolicies.$inferSelect;

/** Record a bound policy once per (line, unit): a retried bind keeps the first row. */
export async function recordInsurancePolicy(
  db: Db,
  a: { orderId: number; orderLineId: number; unit: number; policy: InsurancePolicy; now: Date },
): Promise<void> {
  const p = a.policy;
  await db
    .insert(insurancePolicies)
    .values({
      orderId: a.orderId,
      orderLineId: a.orderLineId,
      unit: a.unit,
      policyRef: p.policyRef,
      provider: p.provider,
      market: p.market,
      covers: p.covers,
      startsAt: p.startsAt,
      endsAt: p.endsAt,
      premiumMinor: p.premiumMinor,
      currency: p.currency,
      status: 'active',
      createdAt: a.now,
    })
    .onConflictDoNothing();
}

/** The policies of some order lines, by line then unit. */
export async function insurancePoliciesOfLines(
  db: Db,
  orderLineIds: readonly number[],
): Promise<InsurancePolicyRow[]> {
  if (orderLineIds.length === 0) return [];
  const rows = await db
    .select()
    .from(insurancePolicies)
    .where(inArray(insurancePolicies.orderLineId, [...orderLineIds]));
  return rows.sort((a, b) => a.orderLineId - b.orderLineId || a.unit - b.unit);
}

export async function findInsurancePolicyByRef(
  db: Db,
  policyRef: string,
): Promise<InsurancePolicyRow | null> {
  const [row] = await db.select().from(insurancePolicies).where(eq(insurancePolicies.policyRef, policyRef));
  return row ?? null;
}
