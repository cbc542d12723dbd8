import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { localDay } from '../../platform/calendar.ts';
import type { Db } from '../../platform/db/client.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import { marketByCode } from '../../platform/markets.ts';
import type { Storage } from '../../platform/storage.ts';
import { findOrderLine } from '../orders/order-queries.ts';
import type { InsuranceProvider } from '../pricing/insurance.rules.ts';
import {
  claimIssues,
  INSURANCE_COVERS,
  isInsuranceCover,
  OPEN_CLAIM_STATUSES,
} from '../pricing/insurance-claims.rules.ts';
import { insuranceClaims } from './after-sales.schema.ts';
import { type AfterSalesMail, mailAboutLine } from './after-sales-recipients.ts';
import { MAX_MESSAGE_LENGTH } from './care.rules.ts';
import type { CareActor } from './care-actor.ts';
import { checkAttachments, type IncomingFile } from './care-attachments.ts';
import { type InsuranceClaimRow, insuranceOfLines } from './insurance.read-model.ts';
import { insuranceClaimEmails } from './insurance-claim-emails.ts';

export type FileInsuranceClaimInput = {
  actor: CareActor;
  orderLineId: number;
  /** Which insured unit of the line (1 when the line has one). */
  unit?: number;
  cover: string;
  /** YYYY-MM-DD, the market's calendar. */
  incidentOn: string;
  description: string;
  files?: readonly IncomingFile[];
};

/**
 * The buyer claims on the insurance of one of their insured devices (breakage, theft, liquid
 * damage where covered), with photos or a police report: the insurer (deps.insurance) takes it,
 * the claim is recorded with its reference and the buyer is emailed. Someone else's line: 404. A
 * cover the policy lacks or an incident outside its term (or in the future): 422 naming the field.
 * A policy whose premium was refunded covers nothing (NOT_ELIGIBLE); one open claim per policy
 * (CONFLICT). Nothing is recorded when anything is refused.
 */
export async function fileInsuranceClaim(
  deps: { db: Db; storage: Storage; now: Date; insurance: InsuranceProvider } & AfterSalesMail,
  input: FileInsuranceClaimInput,
): Promise<{ claimId: number; claimRef: string }> {
  const description = input.description.trim();
  const issues: FieldIssue[] = [];
  if (!isInsuranceCover(input.cover))
    issues.push({ field: 'cover', message: `must be one of ${INSURANCE_COVERS.join(', ')}` });
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(input.incidentOn) ||
    Number.isNaN(Date.parse(`${input.incidentOn}T00:00:00Z`))
  )
    issues.push({ field: 'incidentOn', message: 'must be a date (YYYY-MM-DD)' });
  if (!description || description.length > MAX_MESSAGE_LENGTH)
    issues.push({ field: 'description', message: `is required, at most ${MAX_MESSAGE_LENGTH} characters` });
  if (issues.length) throw AppError.invalid(issues);
  const files = checkAttachments(input.files ?? [], 0);
  const found = await findOrderLine(deps.db, input.orderLineId);
  if (!found || found.order.buyerUserId === null || found.order.buyerUserId !== input.actor.userId)
    throw AppError.notFound('Order line');
  const { line, order } = found;
  const policies = (await insuranceOfLines(deps.db, [line], deps.now)).get(line.id) ?? [];
  if (policies.length === 0)
    throw new AppError('NOT_ELIGIBLE', 'This item is not insured', [
      { field: 'orderLineId', message: 'has no insurance policy' },
    ]);
  const policy = policies.find((p) => p.unit === (input.unit ?? 1));
  if (!policy) throw AppError.invalid([{ field: 'unit', message: `must be 1 to ${policies.length}` }]);
  if (policy.ended === 'premium_refunded')
    throw new AppError('NOT_ELIGIBLE', 'The insurance premium was refunded: this device is not covered', [
      { field: 'orderLineId', message: 'has its insurance premium refunded' },
    ]);
  const tz = marketByCode(order.market)?.timeZone ?? 'UTC';
  const refused = claimIssues({
    covers: policy.covers,
    term: { from: policy.from, until: policy.validUntil },
    cover: input.cover,
    incidentOn: input.incidentOn,
    today: localDay(deps.now, tz),
  });
  if (refused.length) throw new AppError('UNPROCESSABLE', refused[0]!.message, refused);
  const open = policy.claims.find((c) => OPEN_CLAIM_STATUSES.includes(c.status));
  if (open)
    throw new AppError('CONFLICT', `Claim ${open.providerClaimRef} is already open on this policy`, [
      { field: 'orderLineId', message: `has open claim ${open.providerClaimRef}` },
    ]);
  const cover = input.cover as (typeof INSURANCE_COVERS)[number];
  // The files are stored first: the insurer receives their references with the claim.
  const folder = randomUUID();
  const stored: InsuranceClaimRow['attachments'] = [];
  for (const f of files) {
    const key = `insurance-claims/${folder}/${randomUUID()}.${f.ext}`;
    await deps.storage.put(key, f.bytes, f.contentType);
    stored.push({ key, name: f.name, contentType: f.contentType, sizeBytes: f.bytes.length });
  }
  const answer = await deps.insurance.claim({
    policyRef: policy.policyRef,
    cover,
    incidentOn: input.incidentOn,
    description,
    attachmentRefs: stored.map((s) => s.key),
    reference: `insurance-claim:${policy.id}:${folder}`,
  });
  const conflict = (ref: string) =>
    new AppError('CONFLICT', `Claim ${ref} is already open on this policy`, [
      { field: 'orderLineId', message: `has open claim ${ref}` },
    ]);
  try {
    return await deps.db.transaction(async (tx) => {
      const [again] = await tx
        .select({ ref: insuranceClaims.providerClaimRef })
        .from(insuranceClaims)
        .where(
          and(
            eq(insuranceClaims.policyId, policy.id),
            inArray(insuranceClaims.status, [...OPEN_CLAIM_STATUSES]),
          ),
        );
      if (again) throw conflict(again.ref);
      const [row] = await tx
        .insert(insuranceClaims)
        .values({
          policyId: policy.id,
          policyRef: policy.policyRef,
          orderId: order.id,
          orderLineId: line.id,
          buyerUserId: order.buyerUserId,
          cover,
          incidentOn: input.incidentOn,
          description,
          attachments: stored,
          provider: deps.insurance.name,
          providerClaimRef: answer.claimRef,
          status: answer.status,
          outcome: answer.outcome,
          refusalReason: answer.refusal,
          filedAt: deps.now,
          updatedAt: deps.now,
        })
        .returning({ id: insuranceClaims.id });
      await mailAboutLine(tx, deps, line.id, async (ctx) =>
        ctx.buyer
          ? [
              insuranceClaimEmails.filed(ctx.buyer, {
                ...ctx.forBuyer,
                claimRef: answer.claimRef,
                policyRef: policy.policyRef,
                cover,
              }),
            ]
          : [],
      );
      return { claimId: row!.id, claimRef: answer.claimRef };
    });
  } catch (e) {
    // Two claims at once on one policy: the open-claim index keeps one.
    if (isUniqueViolation(e)) throw conflict('(just filed)');
    throw e;
  }
}
