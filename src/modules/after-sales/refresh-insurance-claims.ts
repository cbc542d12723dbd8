import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { Job } from '../../platform/jobs.ts';
import type { Logger } from '../../platform/logger.ts';
import type { InsuranceProvider } from '../pricing/insurance.rules.ts';
import { claimMoves, OPEN_CLAIM_STATUSES } from '../pricing/insurance-claims.rules.ts';
import { insuranceClaims } from './after-sales.schema.ts';
import { type AfterSalesMail, mailAboutLine } from './after-sales-recipients.ts';
import { insuranceClaimEmails } from './insurance-claim-emails.ts';

const BATCH = 100;

/**
 * Open insurance claims follow the insurer: each one still under review or accepted is asked
 * where it stands (claimStatus), and a status that moved forward is recorded with its outcome or
 * refusal, and the buyer emailed, in one transaction per claim (conditional on the status read,
 * so two runs never record a step twice). A claim the insurer does not answer for stays as it is.
 */
export async function refreshInsuranceClaims(
  deps: { db: Db; now: Date; insurance: InsuranceProvider; logger?: Logger } & AfterSalesMail,
): Promise<{ checked: number; moved: number }> {
  let checked = 0;
  let moved = 0;
  for (let after = 0; ; ) {
    const open = await deps.db
      .select()
      .from(insuranceClaims)
      .where(
        and(
          inArray(insuranceClaims.status, [...OPEN_CLAIM_STATUSES]),
          eq(insuranceClaims.provider, deps.insurance.name),
          gt(insuranceClaims.id, after),
        ),
      )
      .orderBy(asc(insuranceClaims.id))
      .limit(BATCH);
    for (const c of open) {
      checked++;
      let answer: Awaited<ReturnType<InsuranceProvider['claimStatus']>>;
      try {
        answer = await deps.insurance.claimStatus(c.providerClaimRef);
      } catch (err) {
        deps.logger?.error({ err, claim: c.id }, 'insurance claim status unavailable: retried next run');
        continue;
      }
      if (!answer || !claimMoves(c.status, answer.status) || answer.status === 'under_review') continue;
      const to = answer.status;
      const done = await deps.db.transaction(async (tx) => {
        const [row] = await tx
          .update(insuranceClaims)
          .set({
            status: to,
            outcome: answer.outcome,
            refusalReason: answer.refusal,
            ...(c.decidedAt ? {} : { decidedAt: deps.now }),
            ...(to === 'settled' ? { settledAt: deps.now } : {}),
            updatedAt: deps.now,
          })
          .where(and(eq(insuranceClaims.id, c.id), eq(insuranceClaims.status, c.status)))
          .returning({ id: insuranceClaims.id });
        if (!row) return false;
        await mailAboutLine(tx, deps, c.orderLineId, async (ctx) =>
          ctx.buyer
            ? [
                insuranceClaimEmails.statusChanged(ctx.buyer, {
                  ...ctx.forBuyer,
                  claimRef: c.providerClaimRef,
                  policyRef: c.policyRef,
                  cover: c.cover,
                  status: to,
                  outcome: answer.outcome,
                  refusal: answer.refusal,
                }),
              ]
            : [],
        );
        return true;
      });
      if (done) moved++;
    }
    if (open.length < BATCH) break;
    after = open[open.length - 1]!.id;
  }
  return { checked, moved };
}

/** Every 15 minutes: insurers answer within days, not seconds. */
export function refreshInsuranceClaimsJob(
  deps: { db: Db; clock: { now(): Date }; insurance: InsuranceProvider; logger: Logger } & AfterSalesMail,
): Job {
  return {
    name: 'refresh-insurance-claims',
    everyMs: 15 * 60_000,
    run: async () => {
      await refreshInsuranceClaims({ ...deps, now: deps.clock.now() });
    },
  };
}
