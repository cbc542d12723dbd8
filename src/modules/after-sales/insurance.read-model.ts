/**
 * Read model: the insurance of a buyer's lines as the order page and the claim form show it —
 * each insured unit's policy (checkout's insurance_policies) with its covers, last covered day and
 * whether it still covers anything, and the claims filed on it. Also what the local insurer reads
 * of a claim (LocalInsuranceRecords). Never writes.
 */
import { desc, eq, inArray } from 'drizzle-orm';
import { type Day, localDay } from '../../platform/calendar.ts';
import type { Db } from '../../platform/db/client.ts';
import { marketByCode } from '../../platform/markets.ts';
import { type InsurancePolicyRow, insurancePoliciesOfLines } from '../checkout/insurance-policies.store.ts';
import { LINE } from '../orders/order-states.ts';
import type { InsuranceCover } from '../pricing/insurance.rules.ts';
import { policyTerm } from '../pricing/insurance-claims.rules.ts';
import { insuranceClaims } from './after-sales.schema.ts';

export type InsuranceClaimRow = typeof insuranceClaims.$inferSelect;
export type BuyerInsuranceClaim = Pick<
  InsuranceClaimRow,
  | 'id'
  | 'cover'
  | 'incidentOn'
  | 'providerClaimRef'
  | 'status'
  | 'outcome'
  | 'refusalReason'
  | 'filedAt'
  | 'decidedAt'
>;

export type LinePolicy = {
  id: number;
  unit: number;
  policyRef: string;
  covers: InsuranceCover[];
  from: Day;
  validUntil: Day;
  /** Why the policy covers nothing any more: its premium was refunded, or its term is over. */
  ended: 'premium_refunded' | 'expired' | null;
  claims: BuyerInsuranceClaim[];
};

/** Lines whose whole amount, insurance premium included, went back to the buyer. */
const REFUNDED: readonly number[] = [LINE.cancelled, LINE.refundedBeforeShipping, LINE.refundedAfterShipping];

/** Whether a policy still covers: not when its premium was refunded (with its line), nor after its term. */
export function policyEnded(
  p: Pick<InsurancePolicyRow, 'status' | 'market' | 'startsAt' | 'endsAt'>,
  lineState: number,
  now: Date,
): LinePolicy['ended'] {
  if (p.status === 'ended' || REFUNDED.includes(lineState)) return 'premium_refunded';
  const tz = marketByCode(p.market)?.timeZone ?? 'UTC';
  return localDay(now, tz) > policyTerm(p, tz).until ? 'expired' : null;
}

/** The policies and claims of some lines (with their states), by line id. */
export async function insuranceOfLines(
  db: Db,
  lines: ReadonlyArray<{ id: number; state: number }>,
  now: Date,
): Promise<Map<number, LinePolicy[]>> {
  const out = new Map<number, LinePolicy[]>();
  const ids = lines.map((l) => l.id);
  const policies = await insurancePoliciesOfLines(db, ids);
  if (policies.length === 0) return out;
  const claims = await db
    .select()
    .from(insuranceClaims)
    .where(inArray(insuranceClaims.orderLineId, ids))
    .orderBy(desc(insuranceClaims.id));
  const stateOf = new Map(lines.map((l) => [l.id, l.state]));
  for (const p of policies) {
    const term = policyTerm(p, marketByCode(p.market)?.timeZone ?? 'UTC');
    const list = out.get(p.orderLineId) ?? [];
    list.push({
      id: p.id,
      unit: p.unit,
      policyRef: p.policyRef,
      covers: p.covers,
      from: term.from,
      validUntil: term.until,
      ended: policyEnded(p, stateOf.get(p.orderLineId) ?? LINE.paid, now),
      claims: claims
        .filter((c) => c.policyId === p.id)
        .map((c) => ({
          id: c.id,
          cover: c.cover,
          incidentOn: c.incidentOn,
          providerClaimRef: c.providerClaimRef,
          status: c.status,
          outcome: c.outcome,
          refusalReason: c.refusalReason,
          filedAt: c.filedAt,
          decidedAt: c.decidedAt,
        })),
    });
    out.set(p.orderLineId, list);
  }
  return out;
}

/** A claim as the local insurer reads it back (claimStatus). */
export async function insuranceClaimByRef(
  db: Db,
  claimRef: string,
): Promise<{ cover: InsuranceCover; filedAt: Date; attachmentCount: number } | null> {
  const [c] = await db
    .select({
      cover: insuranceClaims.cover,
      filedAt: insuranceClaims.filedAt,
      attachments: insuranceClaims.attachments,
    })
    .from(insuranceClaims)
    .where(eq(insuranceClaims.providerClaimRef, claimRef));
  return c ? { cover: c.cover, filedAt: c.filedAt, attachmentCount: c.attachments.length } : null;
}

export type PersonInsuranceClaim = BuyerInsuranceClaim & Pick<InsuranceClaimRow, 'orderId' | 'policyRef'>;

/** A buyer's insurance claims, newest first (the console's person history). */
export async function buyerInsuranceClaims(db: Db, buyerUserId: number): Promise<PersonInsuranceClaim[]> {
  return db
    .select({
      id: insuranceClaims.id,
      orderId: insuranceClaims.orderId,
      policyRef: insuranceClaims.policyRef,
      cover: insuranceClaims.cover,
      incidentOn: insuranceClaims.incidentOn,
      providerClaimRef: insuranceClaims.providerClaimRef,
      status: insuranceClaims.status,
      outcome: insuranceClaims.outcome,
      refusalReason: insuranceClaims.refusalReason,
      filedAt: insuranceClaims.filedAt,
      decidedAt: insuranceClaims.decidedAt,
    })
    .from(insuranceClaims)
    .where(eq(insuranceClaims.buyerUserId, buyerUserId))
    .orderBy(desc(insuranceClaims.id))
    .limit(100);
}
